"""Two OS processes complete the same task at once, 200 times: exactly one wins each race."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bpdesk.services import Services
from tests.conftest import ROOT
from tests.support.designs import branching_flow

RACES = 200


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_two_processes_complete_the_same_task(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest, clock
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import database_url

    url = database_url(kind, tmp_path, request)
    app = Services.open(url, clock=clock)
    app.load_demo("en")
    app.publish(branching_flow())
    instances = [app.start("branching-flow", "morozov", {"amount": "50"}).id for _ in range(RACES)]
    task_ids = [app.tasks_for("smirnova")[i].id for i in range(RACES)]
    assert len(set(task_ids)) == RACES
    (tmp_path / "tasks.json").write_text(json.dumps(task_ids))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    racers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.reliability.race_worker",
                url,
                name,
                str(tmp_path / "tasks.json"),
                str(tmp_path / f"{name}.json"),
            ],
            cwd=ROOT,
            env=env,
        )
        for name in ("a", "b")
    ]
    for racer in racers:
        assert racer.wait(timeout=600) == 0
    a = json.loads((tmp_path / "a.json").read_text())
    b = json.loads((tmp_path / "b.json").read_text())
    for task_id in task_ids:
        outcomes = sorted([a[task_id][:8], b[task_id][:8]])
        assert outcomes == ["conflict", "won"], (task_id, a[task_id], b[task_id])
        loser = a[task_id] if a[task_id] != "won" else b[task_id]
        assert "already completed by Elena Smirnova" in loser
    for instance in instances:
        history = app.instance(instance).history
        assert [h.kind for h in history].count("task_completed") == 1
    app.close()
