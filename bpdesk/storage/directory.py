"""The engine's Directory port over the users and departments tables."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from bpdesk.engine.ports import Person
from bpdesk.storage.schema import departments, users


class SqlDirectory:
    """Reads the directory inside the caller's transaction, caching what it read."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._people: dict[str, Person | None] = {}
        self._departments: dict[str, tuple[str, str | None, str | None] | None] = {}
        self._holders: dict[str, list[str]] = {}

    def person(self, login: str) -> Person | None:
        if login not in self._people:
            row = self.connection.execute(select(users).where(users.c.login == login)).first()
            self._people[login] = _person(row) if row else None
        return self._people[login]

    def person_by_email(self, email: str) -> Person | None:
        row = self.connection.execute(
            select(users).where(func.lower(users.c.email) == email.lower())
        ).first()
        return _person(row) if row else None

    def _department(self, key: str) -> tuple[str, str | None, str | None] | None:
        if key not in self._departments:
            row = self.connection.execute(
                select(departments.c.name, departments.c.head, departments.c.parent).where(
                    departments.c.key == key
                )
            ).first()
            self._departments[key] = (row.name, row.head, row.parent) if row else None
        return self._departments[key]

    def head_of(self, department: str) -> str | None:
        found = self._department(department)
        return found[1] if found else None

    def parent_of(self, department: str) -> str | None:
        found = self._department(department)
        return found[2] if found else None

    def department_name(self, department: str) -> str | None:
        found = self._department(department)
        return found[0] if found else None

    def holders(self, position: str) -> list[str]:
        if position not in self._holders:
            rows = self.connection.execute(
                select(users.c.login, users.c.positions)
                .where(users.c.active.is_(True))
                .order_by(users.c.login)
            )
            self._holders[position] = [
                row.login for row in rows if position in (row.positions or [])
            ]
        return self._holders[position]


def _person(row: object) -> Person:
    return Person(
        login=row.login,  # type: ignore[attr-defined]
        name=row.name,  # type: ignore[attr-defined]
        email=row.email,  # type: ignore[attr-defined]
        department=row.department,  # type: ignore[attr-defined]
        positions=tuple(row.positions or ()),  # type: ignore[attr-defined]
        active=bool(row.active),  # type: ignore[attr-defined]
        admin=bool(row.admin),  # type: ignore[attr-defined]
    )
