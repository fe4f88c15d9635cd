"""Identifiers: UUID strings, so that ids survive save, load and copy/paste."""

from __future__ import annotations

import re
import uuid

_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def new_id() -> str:
    """A fresh random id for a node, edge, field, role or branch."""
    return str(uuid.uuid4())


def is_uuid(value: str) -> bool:
    return bool(_UUID_RE.match(value))


def check_uuid(value: str) -> str:
    """Pydantic validator body: ids must be canonical lower-case UUID strings."""
    if not is_uuid(value):
        raise ValueError(f"'{value}' is not an id (expected a UUID such as {new_id()})")
    return value


def check_key(value: str) -> str:
    """Field, role and outcome keys are used in expressions, so they must be identifiers."""
    if not _KEY_RE.match(value):
        raise ValueError(
            f"'{value}' is not a valid key: use lower-case latin letters, digits and '_', "
            "starting with a letter"
        )
    return value


def check_slug(value: str) -> str:
    if not _SLUG_RE.match(value):
        raise ValueError(
            f"'{value}' is not a valid process key: use lower-case latin letters, digits and '-'"
        )
    return value
