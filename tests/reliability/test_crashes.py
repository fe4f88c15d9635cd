"""A process killed with SIGKILL mid-step leaves no half-applied state; the next run finishes."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from bpdesk.engine.ports import FixedClock
from bpdesk.services import Services
from bpdesk.storage import schema as t
from tests.conftest import ROOT
from tests.support.designs import branching_flow, timer_flow


def _child(url: str, *args: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.run(
        [sys.executable, "-m", "tests.reliability.crash_worker", url, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    return process.returncode


def _snapshot(app: Services) -> dict[str, object]:
    with app.engine.connect() as connection:
        return {
            table.name: sorted(map(repr, connection.execute(select(table)).all()))
            for table in (t.instances, t.tokens, t.tasks, t.history, t.jobs, t.notifications)
        }


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_worker_killed_mid_timer_step(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest, clock: FixedClock
) -> None:
    from tests.conftest import database_url

    url = database_url(kind, tmp_path, request)
    app = Services.open(url, clock=clock)
    app.load_demo("en")
    app.publish(timer_flow())
    instance = app.start("timer-flow", "morozov").id
    before = _snapshot(app)
    later = (clock.now() + dt.timedelta(hours=2)).isoformat()
    assert _child(url, "timer", later) == -signal.SIGKILL
    assert _snapshot(app) == before  # nothing of the step survived
    report = app.run_due(now=clock.now() + dt.timedelta(hours=2))
    assert report.timers == 1
    view = app.instance(instance)
    assert [h.kind for h in view.history].count("timer_fired") == 1
    assert [task.title for task in view.open_tasks] == ["Go on"]
    assert app.run_due(now=clock.now() + dt.timedelta(days=2)).timers == 0
    app.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_client_killed_mid_completion(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest, clock: FixedClock
) -> None:
    from tests.conftest import database_url

    url = database_url(kind, tmp_path, request)
    app = Services.open(url, clock=clock)
    app.load_demo("en")
    app.publish(branching_flow())
    instance = app.start("branching-flow", "morozov", {"amount": "500"}).id
    task = app.tasks_for("smirnova")[0]
    before = _snapshot(app)
    assert _child(url, "complete", clock.now().isoformat(), task.id) == -signal.SIGKILL
    assert _snapshot(app) == before
    app.complete(task.id, "smirnova", "approved")
    assert sorted(
        title for _, title in [(x.assignee, x.title) for x in app.instance(instance).open_tasks]
    ) == [
        "Left",
        "Right",
    ]
