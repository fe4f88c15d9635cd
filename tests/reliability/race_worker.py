"""Child process for the race tests: completes each task at the same moment as its twin.

Run as ``python -m tests.reliability.race_worker URL NAME TASKS_FILE OUT_FILE`` by
the test, which starts two of them; a shared barrier file makes each race start
together.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bpdesk.services import ConflictError, Services


def wait_for(path: Path, count: int) -> None:
    """A crude cross-process barrier: each side appends a byte and waits for both."""
    with path.open("ab") as stream:
        stream.write(b"x")
    deadline = time.monotonic() + 30
    while path.stat().st_size < count:
        if time.monotonic() > deadline:
            raise TimeoutError("the other racer never arrived")
        time.sleep(0.0005)


def main(url: str, name: str, tasks_file: str, out_file: str) -> None:
    app = Services.open(url)
    task_ids = json.loads(Path(tasks_file).read_text())
    barrier_dir = Path(tasks_file).parent
    results = {}
    for index, task_id in enumerate(task_ids):
        wait_for(barrier_dir / f"barrier-{index}", 2)
        try:
            app.complete(task_id, "smirnova", "approved")
            results[task_id] = "won"
        except ConflictError as error:
            results[task_id] = f"conflict: {error}"
    Path(out_file).write_text(json.dumps(results))


if __name__ == "__main__":
    main(*sys.argv[1:])
