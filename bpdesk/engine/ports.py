"""What the engine needs from outside: a clock and the office directory.

Storage implements the directory over its tables; tests and test runs use a
settable clock so that timers and time limits can be moved through.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Person:
    login: str
    name: str
    email: str
    department: str | None
    positions: tuple[str, ...]
    active: bool = True
    admin: bool = False


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current moment, timezone-aware (UTC)."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock that stands still until moved; for tests, test runs and ``worker --now``."""

    def __init__(self, moment: dt.datetime | None = None) -> None:
        self._now = moment or dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self._now

    def set(self, moment: dt.datetime) -> None:
        self._now = moment

    def advance(self, **delta: float) -> dt.datetime:
        self._now += dt.timedelta(**delta)
        return self._now


class Directory(Protocol):
    def person(self, login: str) -> Person | None: ...

    def person_by_email(self, email: str) -> Person | None: ...

    def head_of(self, department: str) -> str | None: ...

    def parent_of(self, department: str) -> str | None: ...

    def holders(self, position: str) -> list[str]: ...

    def department_name(self, department: str) -> str | None: ...


@dataclass
class MemoryDirectory:
    """A directory held in memory: for the engine's own tests and test runs."""

    people: dict[str, Person]
    heads: dict[str, str]
    parents: dict[str, str | None]
    department_names: dict[str, str]

    def person(self, login: str) -> Person | None:
        return self.people.get(login)

    def person_by_email(self, email: str) -> Person | None:
        lowered = email.lower()
        return next((p for p in self.people.values() if p.email.lower() == lowered), None)

    def head_of(self, department: str) -> str | None:
        return self.heads.get(department)

    def parent_of(self, department: str) -> str | None:
        return self.parents.get(department)

    def holders(self, position: str) -> list[str]:
        return sorted(p.login for p in self.people.values() if position in p.positions and p.active)

    def department_name(self, department: str) -> str | None:
        return self.department_names.get(department)
