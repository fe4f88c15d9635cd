"""Shared fixtures. Qt renders offscreen in every test run.

``app`` is the whole application (services) over a real database with the demo
office loaded and a clock the test moves; it runs once on an SQLite file and
once on PostgreSQL for tests that take ``any_db``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DESIGNS = ROOT / "designs"
REFERENCE_FILES = sorted(DESIGNS.glob("*/*.bpd.json"))
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a Monday morning


@pytest.fixture
def designs_dir() -> Path:
    return DESIGNS


@pytest.fixture(scope="session")
def postgres() -> Iterator[object]:
    from tests.support.postgres import running_postgres

    try:
        with running_postgres() as server:
            from bpdesk.storage.db import connect

            template = server.new_database()
            connect(server.url(template)).dispose()  # migrate once, copy per test
            server.template = template  # type: ignore[attr-defined]
            yield server
    except RuntimeError as error:
        if os.environ.get("BPDESK_REQUIRE_POSTGRES") == "1":
            raise
        pytest.skip(str(error))


def database_url(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'bpdesk.sqlite3'}"
    server = request.getfixturevalue("postgres")
    return str(server.url(server.new_database(server.template)))  # type: ignore[attr-defined]


@pytest.fixture(params=["sqlite", "postgres"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return database_url(request.param, tmp_path, request)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bpdesk.sqlite3'}"


@pytest.fixture
def clock():  # type: ignore[no-untyped-def]
    from bpdesk.engine.ports import FixedClock

    return FixedClock(START)


@pytest.fixture
def app(any_db: str, clock):  # type: ignore[no-untyped-def]
    from bpdesk.services import Services

    services = Services.open(any_db, clock=clock)
    services.load_demo("en")
    yield services
    services.close()
