"""References to people: whom a task is assigned to, whom a message goes to."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from bpdesk.model.base import DesignObject, Key


class RoleRef(DesignObject):
    """A role of the process, resolved per instance."""

    kind: Literal["role"] = "role"
    role: Key


class UserRef(DesignObject):
    """A fixed user of the directory, by login."""

    kind: Literal["user"] = "user"
    login: str = Field(min_length=1)


class FieldRef(DesignObject):
    """The user held in a user-type field of the instance."""

    kind: Literal["field"] = "field"
    field: Key


PersonRef = Annotated[RoleRef | UserRef | FieldRef, Field(discriminator="kind")]


def describe_person(person: RoleRef | UserRef | FieldRef) -> str:
    if isinstance(person, RoleRef):
        return f"role '{person.role}'"
    if isinstance(person, UserRef):
        return f"user '{person.login}'"
    return f"the user in field '{person.field}'"
