"""The engine's Directory port over the users and departments tables.

An office directory is small (tens to hundreds of people) and changes rarely,
so it is read whole into a snapshot that answers every question from memory.
The services keep a snapshot for a few seconds and drop it when they change
users themselves; see ``bpdesk.services.core``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from bpdesk.engine.ports import Person
from bpdesk.storage.schema import departments, users


@dataclass(frozen=True)
class DepartmentInfo:
    name: str
    head: str | None
    parent: str | None


class DirectorySnapshot:
    def __init__(self, people: dict[str, Person], units: dict[str, DepartmentInfo]) -> None:
        self._people = people
        self._units = units
        self._by_email = {p.email.lower(): p for p in people.values()}
        self._holders: dict[str, list[str]] = {}

    @classmethod
    def load(cls, connection: Connection) -> DirectorySnapshot:
        people = {
            row.login: Person(
                login=row.login,
                name=row.name,
                email=row.email,
                department=row.department,
                positions=tuple(row.positions or ()),
                active=bool(row.active),
                admin=bool(row.admin),
            )
            for row in connection.execute(select(users))
        }
        units = {
            row.key: DepartmentInfo(row.name, row.head, row.parent)
            for row in connection.execute(select(departments))
        }
        return cls(people, units)

    def everyone(self) -> list[Person]:
        """Every active person (for pickers and filters)."""
        return [p for p in self._people.values() if p.active]

    def person(self, login: str) -> Person | None:
        return self._people.get(login)

    def person_by_email(self, email: str) -> Person | None:
        return self._by_email.get(email.lower())

    def head_of(self, department: str) -> str | None:
        unit = self._units.get(department)
        return unit.head if unit else None

    def parent_of(self, department: str) -> str | None:
        unit = self._units.get(department)
        return unit.parent if unit else None

    def department_name(self, department: str) -> str | None:
        unit = self._units.get(department)
        return unit.name if unit else None

    def holders(self, position: str) -> list[str]:
        if position not in self._holders:
            self._holders[position] = sorted(
                p.login for p in self._people.values() if position in p.positions and p.active
            )
        return self._holders[position]
