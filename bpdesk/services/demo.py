"""The demo office: its directory and the four reference processes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import delete, insert

from bpdesk.io import load_design
from bpdesk.model.directory import Directory
from bpdesk.services.accounts import hash_password
from bpdesk.services.core import ServicesCore
from bpdesk.storage import schema as t

DESIGNS = Path(__file__).resolve().parent.parent.parent / "designs"
REFERENCE_KEYS = ("payment-approval", "employee-absence", "hiring", "article-writing")
DEMO_PASSWORD = "demo"


def designs_folder() -> Path:
    """The shipped designs: beside the package in a checkout."""
    return DESIGNS


class DemoCommands(ServicesCore):
    def load_directory(self, directory: Directory, language: str, reset: bool = False) -> int:
        """Put a directory into the database; with ``reset`` everything else goes first."""
        now = dt.datetime.now(dt.UTC)
        password = hash_password(DEMO_PASSWORD)  # one hash for all: argon2 is slow on purpose
        with self.unit_of_work() as connection:
            if reset:
                for table in reversed(t.metadata.sorted_tables):
                    connection.execute(delete(table))
            connection.execute(
                insert(t.positions),
                [
                    {"key": p.key, "name": directory.text(p.name, language)}
                    for p in directory.positions
                ],
            )
            connection.execute(
                insert(t.departments),
                [
                    {
                        "key": d.key,
                        "name": directory.text(d.name, language),
                        "head": d.head,
                        "parent": d.parent,
                    }
                    for d in directory.departments
                ],
            )
            connection.execute(
                insert(t.users),
                [
                    {
                        "login": u.login,
                        "name": directory.text(u.name, language),
                        "email": u.email,
                        "department": u.department,
                        "positions": list(u.positions),
                        "admin": u.admin,
                        "designer": u.designer,
                        "active": True,
                        "password_hash": password,
                        "created_at": now,
                    }
                    for u in directory.users
                ],
            )
        self.directory_changed()
        return len(directory.users)

    def is_empty(self) -> bool:
        from sqlalchemy import func, select

        with self.unit_of_work() as connection:
            return not connection.execute(select(func.count()).select_from(t.users)).scalar_one()

    def load_demo(self, language: str = "en", reset: bool = False) -> list[str]:
        """Directory, then the four designs in ``language``; returns what was published."""
        if not reset and not self.is_empty():
            from bpdesk.engine.errors import ConflictError

            raise ConflictError("the database already has data: use --reset to start over")
        folder = designs_folder()
        directory = Directory.model_validate_json(
            (folder / "demo" / "directory.json").read_text("utf-8")
        )
        self.load_directory(directory, language, reset=reset)
        published = []
        for key in REFERENCE_KEYS:
            design = load_design(folder / language / f"{key}.bpd.json")
            version = self.publish(design, actor="admin", note="demo")  # type: ignore[attr-defined]
            published.append(f"{version.name} ({version.design_key}) v{version.number}")
        return published
