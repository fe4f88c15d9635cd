"""Process fields: typed variables of an instance, shown on forms."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Literal

from pydantic import Field, model_validator

from bpdesk.model.base import DesignObject, Id, Key
from bpdesk.model.ids import new_id


class FieldType(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    BOOLEAN = "boolean"
    CHOICE = "choice"
    USER = "user"
    DEPARTMENT = "department"
    FILE = "file"
    URL = "url"
    EMAIL = "email"


class ChoiceOption(DesignObject):
    key: str = Field(min_length=1)
    label: str = Field(min_length=1)


class FieldDef(DesignObject):
    """One process field.

    ``required`` is ``always``, ``never`` or ``when``; with ``when`` the field is
    required only while ``required_when`` (an expression over other fields) holds,
    e.g. a justification required only when ``reason == "remote"``.
    """

    id: Id = Field(default_factory=new_id)
    key: Key
    label: str = Field(min_length=1)
    type: FieldType
    help: str = ""
    default: Any = None
    options: tuple[ChoiceOption, ...] = ()
    currency: str | None = None
    required: Literal["always", "never", "when"] = "never"
    required_when: str | None = None
    start_form: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> FieldDef:
        if self.type is FieldType.CHOICE and not self.options:
            raise ValueError(f"choice field '{self.key}' needs at least one option")
        if self.type is not FieldType.CHOICE and self.options:
            raise ValueError(f"only choice fields have options ('{self.key}' is {self.type})")
        keys = [option.key for option in self.options]
        if len(set(keys)) != len(keys):
            raise ValueError(f"field '{self.key}' has two options with the same key")
        if self.required == "when" and not (self.required_when or "").strip():
            raise ValueError(f"field '{self.key}' is required 'when' but has no condition")
        if self.required != "when" and self.required_when:
            raise ValueError(f"field '{self.key}' has a condition but is not required 'when'")
        if self.currency is not None and self.type is not FieldType.MONEY:
            raise ValueError(f"only money fields have a currency ('{self.key}' is {self.type})")
        if self.default is not None:
            problem = default_problem(self)
            if problem:
                raise ValueError(problem)
        return self


def default_problem(field: FieldDef) -> str | None:
    """Why ``field.default`` does not suit the field's type, or None."""
    value = field.default
    kind = field.type
    bad = f"the default of '{field.key}' is not a valid {kind.value}"
    if kind in (FieldType.NUMBER, FieldType.MONEY):
        return None if isinstance(value, int | float) and not isinstance(value, bool) else bad
    if kind is FieldType.BOOLEAN:
        return None if isinstance(value, bool) else bad
    if kind is FieldType.CHOICE:
        keys = [option.key for option in field.options]
        return None if value in keys else f"the default of '{field.key}' is not one of {keys}"
    if kind is FieldType.DATE:
        return None if isinstance(value, str) and _parses(dt.date.fromisoformat, value) else bad
    if kind is FieldType.DATETIME:
        return None if isinstance(value, str) and _parses(dt.datetime.fromisoformat, value) else bad
    if kind is FieldType.FILE:
        return f"file field '{field.key}' cannot have a default"
    return None if isinstance(value, str) else bad


def _parses(parser: Any, value: str) -> bool:
    try:
        parser(value)
    except ValueError:
        return False
    return True
