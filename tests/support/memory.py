"""The demo directory in memory, for engine tests that need no database."""

from __future__ import annotations

from bpdesk.engine.ports import MemoryDirectory, Person
from bpdesk.model.directory import Directory
from tests.conftest import DESIGNS


def demo_directory(language: str = "en") -> MemoryDirectory:
    data = Directory.model_validate_json((DESIGNS / "demo" / "directory.json").read_text("utf-8"))
    people = {
        u.login: Person(
            u.login, data.text(u.name, language), u.email, u.department, u.positions, True, u.admin
        )
        for u in data.users
    }
    return MemoryDirectory(
        people=people,
        heads={d.key: d.head for d in data.departments if d.head},
        parents={d.key: d.parent for d in data.departments},
        department_names={d.key: data.text(d.name, language) for d in data.departments},
    )
