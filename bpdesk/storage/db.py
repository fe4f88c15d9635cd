"""Connecting to the database: SQLite by default, PostgreSQL by URL.

SQLite runs in WAL mode with foreign keys on, and every write transaction
starts with ``BEGIN IMMEDIATE`` so that two processes serialise their writes
instead of failing halfway. Migrations are applied on connect.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

ENV_VAR = "BPDESK_DB"


class DatabaseError(Exception):
    """The database cannot be used; the message says which and why."""


def default_url() -> str:
    folder = Path(platformdirs.user_data_dir("bpdesk", appauthor=False))
    return f"sqlite:///{folder / 'bpdesk.sqlite3'}"


def resolve_url(url: str | None) -> str:
    """``--db`` wins, then ``BPDESK_DB``, then the SQLite file in the user data folder.

    A plain file path is taken as an SQLite file.
    """
    chosen = url or os.environ.get(ENV_VAR) or default_url()
    if "://" not in chosen:
        chosen = f"sqlite:///{Path(chosen).expanduser().resolve()}"
    if chosen.startswith("postgresql://"):
        chosen = "postgresql+psycopg://" + chosen.removeprefix("postgresql://")
    return chosen


def connect(url: str | None = None, migrate: bool = True) -> Engine:
    """An engine for ``url`` with the schema brought up to date."""
    resolved = resolve_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError:
        raise DatabaseError(f"'{resolved}' is not a database address") from None
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(resolved, parsed.database)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(resolved, pool_pre_ping=True, pool_size=5, max_overflow=5)
    else:
        raise DatabaseError(f"bpdesk works with SQLite or PostgreSQL, not '{parsed.drivername}'")
    if migrate:
        from bpdesk.storage.migrate import upgrade

        try:
            upgrade(engine)
        except Exception as error:
            raise DatabaseError(
                f"cannot open the database at {_safe(parsed)}: {_reason(error)}"
            ) from None
    return engine


def _safe(parsed: Any) -> str:
    return str(parsed.render_as_string(hide_password=True))


def _reason(error: Exception) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(error).__name__


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Take the write lock now, not at the first write: two writers then queue
        # up instead of one failing halfway with "database is locked".
        connection.connection.dbapi_connection.execute("BEGIN IMMEDIATE")

    return engine


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def data_version(engine: Engine) -> int:
    """SQLite's counter of commits by other connections (for cheap change polling)."""
    with engine.connect() as connection:
        return int(connection.execute(text("PRAGMA data_version")).scalar_one())
