"""Roles: named placeholders for people, resolved per instance."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from bpdesk.model.base import DesignObject, Id, Key
from bpdesk.model.ids import new_id


class InitiatorRole(DesignObject):
    kind: Literal["initiator"] = "initiator"


class FixedUserRole(DesignObject):
    kind: Literal["fixed_user"] = "fixed_user"
    login: str = Field(min_length=1)


class PositionRole(DesignObject):
    """Whoever holds a position in the directory (accountant, CFO, ...).

    Keeps a design portable between offices: no login is written into it.
    """

    kind: Literal["position"] = "position"
    position: Key


class UserFieldRole(DesignObject):
    kind: Literal["user_field"] = "user_field"
    field: Key


class DepartmentHeadRole(DesignObject):
    """Head of the department in ``field``, or of the initiator's own when None."""

    kind: Literal["department_head"] = "department_head"
    field: Key | None = None


class InitiatorManagerRole(DesignObject):
    kind: Literal["initiator_manager"] = "initiator_manager"


class SetDuringRunRole(DesignObject):
    """Empty at start; a task or a set-role action fills it during the run."""

    kind: Literal["set_during_run"] = "set_during_run"


RoleResolution = Annotated[
    InitiatorRole
    | FixedUserRole
    | PositionRole
    | UserFieldRole
    | DepartmentHeadRole
    | InitiatorManagerRole
    | SetDuringRunRole,
    Field(discriminator="kind"),
]


class RoleDef(DesignObject):
    id: Id = Field(default_factory=new_id)
    key: Key
    label: str = Field(min_length=1)
    resolve: RoleResolution = Field(default_factory=SetDuringRunRole)
