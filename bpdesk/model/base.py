"""Shared pydantic configuration for design objects.

Design objects are frozen: an edit replaces an object, so events can carry the
old and the new value and undo is trivial. Unknown keys are refused so that a
typo in a design file is reported rather than silently dropped.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

from bpdesk.model.ids import check_key, check_slug, check_uuid


class DesignObject(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)


Id = Annotated[str, AfterValidator(check_uuid)]
Key = Annotated[str, AfterValidator(check_key)]
Slug = Annotated[str, AfterValidator(check_slug)]
