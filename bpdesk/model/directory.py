"""The office directory: departments with heads, users, positions.

Roles of a design resolve against it (head of a department, whoever is the
accountant, ...). The demo directory ships as a JSON file with names in every
interface language; ``Directory.localized`` picks one.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from bpdesk.model.base import DesignObject, Key

LocalText = dict[str, str]


def _has_text(value: LocalText) -> LocalText:
    if not value or not all(text.strip() for text in value.values()):
        raise ValueError("a name is needed in at least one language, and none may be empty")
    return value


Names = Annotated[LocalText, AfterValidator(_has_text)]


class Position(DesignObject):
    key: Key
    name: Names


class Department(DesignObject):
    key: Key
    name: Names
    head: str | None = None
    parent: Key | None = None


class DirectoryUser(DesignObject):
    login: str = Field(pattern=r"^[a-z][a-z0-9._-]*$")
    name: Names
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")
    department: Key | None = None
    positions: tuple[Key, ...] = ()
    admin: bool = False
    designer: bool = False


class Directory(DesignObject):
    format: str = "bpdesk.directory"
    schema_version: int = 1
    positions: tuple[Position, ...] = ()
    departments: tuple[Department, ...] = ()
    users: tuple[DirectoryUser, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Directory:
        logins = [user.login for user in self.users]
        if len(set(logins)) != len(logins):
            raise ValueError("two users have the same login")
        departments = {department.key for department in self.departments}
        positions = {position.key for position in self.positions}
        for department in self.departments:
            if department.head and department.head not in logins:
                raise ValueError(f"the head of '{department.key}' is not a user")
            if department.parent and department.parent not in departments:
                raise ValueError(f"the parent of '{department.key}' is not a department")
        for user in self.users:
            if user.department and user.department not in departments:
                raise ValueError(f"{user.login}: no department '{user.department}'")
            unknown = set(user.positions) - positions
            if unknown:
                raise ValueError(f"{user.login}: no position {sorted(unknown)}")
        return self

    def text(self, value: LocalText, language: str) -> str:
        return value.get(language) or value.get("en") or next(iter(value.values()))

    def holders(self, position: str) -> list[DirectoryUser]:
        return [user for user in self.users if position in user.positions]

    def head_of(self, department: str) -> str | None:
        for item in self.departments:
            if item.key == department:
                return item.head
        return None
