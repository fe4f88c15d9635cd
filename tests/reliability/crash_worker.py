"""Child process that dies by SIGKILL in the middle of an engine step.

``python -m tests.reliability.crash_worker URL MODE NOW``: MODE ``timer`` runs the
worker and kills itself right after the step's history rows are written, before
the commit; MODE ``complete TASK_ID`` does the same while completing a task.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from typing import Any

from bpdesk.engine.ports import FixedClock
from bpdesk.services import Services
from bpdesk.storage import repository


def die_after_history_insert() -> None:
    original = repository._INSERT_HISTORY.execute_many

    def insert_then_die(connection: Any, rows: list[dict[str, Any]]) -> None:
        original(connection, rows)
        os.kill(os.getpid(), signal.SIGKILL)

    repository._INSERT_HISTORY.execute_many = insert_then_die  # type: ignore[method-assign]


def main(url: str, mode: str, now: str, task_id: str = "") -> None:
    clock = FixedClock(dt.datetime.fromisoformat(now))
    app = Services.open(url, clock=clock)
    die_after_history_insert()
    if mode == "timer":
        app.run_due(now=clock.now())
    else:
        app.complete(task_id, "smirnova", "approved")
    raise SystemExit("should have been killed")


if __name__ == "__main__":
    main(*sys.argv[1:])
