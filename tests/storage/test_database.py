"""The database: migrations, SQLite settings, addresses, and a server that is not there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from bpdesk.storage.db import DatabaseError, connect, data_version, resolve_url
from bpdesk.storage.migrate import current_revision
from bpdesk.storage.schema import metadata
from tests.conftest import ROOT


def test_migrations_build_exactly_the_tables_of_the_schema(any_db: str) -> None:
    engine = connect(any_db)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
    assert current_revision(engine) == "0002"
    connect(any_db).dispose()  # applying again changes nothing and does not fail
    engine.dispose()


def test_the_known_head_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from bpdesk.storage.migrate import HEAD, MIGRATIONS

    assert ScriptDirectory(str(MIGRATIONS)).get_current_head() == HEAD


def test_upgrading_an_older_database_keeps_its_data(any_db: str) -> None:
    from bpdesk.storage.migrate import upgrade

    engine = connect(any_db, migrate=False)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO positions (key, name) VALUES ('cfo', 'CFO')"))
    engine.dispose()
    engine = connect(any_db)  # brings it to the newest schema
    assert current_revision(engine) == "0002"
    with engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM positions")).scalar_one() == "CFO"
    engine.dispose()


def test_sqlite_runs_in_wal_with_foreign_keys(sqlite_db: str) -> None:
    engine = connect(sqlite_db)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_data_version_moves_when_another_client_commits(sqlite_db: str) -> None:
    mine, theirs = connect(sqlite_db), connect(sqlite_db)
    before = data_version(mine)
    with theirs.begin() as connection:
        connection.execute(text("INSERT INTO positions (key, name) VALUES ('x', 'X')"))
    assert data_version(mine) != before
    mine.dispose()
    theirs.dispose()


def test_addresses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_url(str(tmp_path / "office.db")) == f"sqlite:///{tmp_path / 'office.db'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("BPDESK_DB", "sqlite:///from-env.sqlite3")
    assert resolve_url(None) == "sqlite:///from-env.sqlite3"
    monkeypatch.delenv("BPDESK_DB")
    assert resolve_url(None).endswith("bpdesk.sqlite3")


def test_a_server_that_is_not_there_gives_one_clear_line() -> None:
    with pytest.raises(DatabaseError, match=r"cannot open the database at postgresql\+psycopg://"):
        connect("postgresql://nobody@127.0.0.1:9/nothing")
    result = subprocess.run(
        [sys.executable, "-m", "bpdesk.cli", "--db", "postgresql://nobody@127.0.0.1:9/x", "users"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("bpdesk: cannot open the database")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_an_unknown_kind_of_database() -> None:
    with pytest.raises(DatabaseError, match="SQLite or PostgreSQL, not 'mysql'"):
        connect("mysql://x@y/z")
