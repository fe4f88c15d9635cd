"""Upgrades of raw design dicts from older ``schema_version``s.

Each migration takes the raw dict of version N and returns version N + 1; they
run in a chain before pydantic sees the data, so the model only ever knows the
current shape. Register a new one in ``MIGRATIONS`` whenever the format changes
and bump ``CURRENT_VERSION``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_VERSION = 1

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# from-version -> function producing the next version
MIGRATIONS: dict[int, Migration] = {}


class MigrationError(ValueError):
    pass


def migrate(raw: dict[str, Any], version: int, target: int = CURRENT_VERSION) -> dict[str, Any]:
    """Bring ``raw`` (written as ``version``) up to ``target``."""
    if version > target:
        raise MigrationError(
            f"the file was written by a newer bpdesk (schema version {version}; this one "
            f"reads up to {target}): update bpdesk to open it"
        )
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MigrationError(f"schema version {version} is not one bpdesk knows")
        raw = step(dict(raw))
        version += 1
    return raw
