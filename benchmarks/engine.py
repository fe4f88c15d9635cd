"""Durable task completions per second: bpdesk against the raw database and SpiffWorkflow.

Run by hand (not in CI): ``.venv/bin/python benchmarks/engine.py [--instances N]``.

Every figure is measured in the same run on this machine:
- the raw commit rate of each database: one single-row INSERT + COMMIT per step,
  through the bare driver (sqlite3, psycopg), no ORM;
- bpdesk completing the tasks of the payment-approval process (4 tasks per
  instance: CFO approves, no CEO, paid, act provided), each completion one
  durable transaction, on an SQLite file (WAL) and on a durable PostgreSQL 15
  (fsync on) started for the run;
- SpiffWorkflow running the same path from benchmarks/spiff/payment_approval.bpmn,
  loading and saving its workflow JSON in the same kind of SQLite file around
  every step, as an application embedding it would.

Targets: bpdesk on SQLite at least 2x SpiffWorkflow's durable rate, and at
least 20% of the raw SQLite commit rate.

On a 2-core machine single runs vary by a third, so each SQLite figure is the
median of ``--rounds`` runs, the three measurements interleaved in every round.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bpdesk.services import Services  # noqa: E402

PATH = ["approved", "no", "done", "done"]  # CFO, CEO needed?, pay, act
START_VALUES = {
    "amount": "125000",
    "counterparty": "ACME Servers",
    "purpose": "Two servers for the office",
    "invoice": {"id": "bench-invoice", "name": "invoice.pdf", "size": 1},
}


def raw_sqlite_rate(path: Path, steps: int) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("CREATE TABLE steps (id INTEGER PRIMARY KEY, payload TEXT)")
    started = time.perf_counter()
    for index in range(steps):
        connection.execute("BEGIN")
        connection.execute("INSERT INTO steps (payload) VALUES (?)", (f"step {index}",))
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return steps / elapsed


def raw_postgres_rate(url: str, steps: int) -> float:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        connection.execute("CREATE TABLE raw_steps (id serial PRIMARY KEY, payload text)")
        connection.commit()
        started = time.perf_counter()
        for index in range(steps):
            connection.execute("INSERT INTO raw_steps (payload) VALUES (%s)", (f"step {index}",))
            connection.commit()
        return steps / (time.perf_counter() - started)


def bpdesk_rate(url: str, instances: int) -> float:
    app = Services.open(url)
    app.load_demo("en", reset=True)
    for _ in range(instances):
        app.start("payment-approval", "morozov", START_VALUES)
    people = ["smirnova", "smirnova", "ivanova", "morozov"]
    completions = 0
    elapsed = 0.0
    for login, outcome in zip(people, PATH, strict=True):
        tasks = [task.id for task in app.tasks_for(login)]
        started = time.perf_counter()
        for task_id in tasks:
            values = (
                {"act": {"id": "bench-act", "name": "act.pdf"}}
                if outcome == "done" and login == "morozov"
                else None
            )
            app.complete(task_id, login, outcome, values)
        elapsed += time.perf_counter() - started
        completions += len(tasks)
    finished = len(app.instances(status="success"))
    app.close()
    assert finished == instances, f"only {finished} of {instances} finished"
    return completions / elapsed


def spiff_rate(path: Path, instances: int) -> float:
    from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnParser
    from SpiffWorkflow.bpmn.serializer.workflow import BpmnWorkflowSerializer
    from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
    from SpiffWorkflow.util.task import TaskState

    parser = BpmnParser()
    parser.add_bpmn_file(str(ROOT / "benchmarks" / "spiff" / "payment_approval.bpmn"))
    spec = parser.get_spec("payment_approval")
    serializer = BpmnWorkflowSerializer()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("CREATE TABLE workflows (id INTEGER PRIMARY KEY, state TEXT NOT NULL)")
    for _ in range(instances):
        workflow = BpmnWorkflow(spec)
        workflow.do_engine_steps()
        connection.execute(
            "INSERT INTO workflows (state) VALUES (?)", (serializer.serialize_json(workflow),)
        )
    ids = [row[0] for row in connection.execute("SELECT id FROM workflows")]
    steps = 0
    started = time.perf_counter()
    for outcome in PATH:
        for workflow_id in ids:
            connection.execute("BEGIN IMMEDIATE")
            (state,) = connection.execute(
                "SELECT state FROM workflows WHERE id = ?", (workflow_id,)
            ).fetchone()
            workflow = serializer.deserialize_json(state)
            (task,) = workflow.get_tasks(state=TaskState.READY, manual=True)
            task.data["outcome"] = outcome
            task.run()
            workflow.do_engine_steps()
            connection.execute(
                "UPDATE workflows SET state = ? WHERE id = ?",
                (serializer.serialize_json(workflow), workflow_id),
            )
            connection.execute("COMMIT")
            steps += 1
    elapsed = time.perf_counter() - started
    done = sum(
        serializer.deserialize_json(row[0]).is_completed()
        for row in connection.execute("SELECT state FROM workflows")
    )
    connection.close()
    assert done == instances
    return steps / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    rounds: dict[str, list[float]] = {}
    for number in range(args.rounds):
        with tempfile.TemporaryDirectory() as folder:
            base = Path(folder)
            measures = {
                "raw SQLite commit (WAL)": (raw_sqlite_rate, base / "raw.sqlite3", 5000),
                "bpdesk on SQLite (WAL)": (
                    bpdesk_rate,
                    f"sqlite:///{base / 'bpdesk.sqlite3'}",
                    args.instances,
                ),
                "SpiffWorkflow + JSON in SQLite": (
                    spiff_rate,
                    base / "spiff.sqlite3",
                    args.instances,
                ),
            }
            for name, (measure, where, size) in measures.items():
                rounds.setdefault(name, []).append(measure(where, size))  # type: ignore[operator]
        shown = ", ".join(
            f"{name.split()[0]} {values[-1]:.0f}/s" for name, values in rounds.items()
        )
        print(f"round {number + 1}: {shown}", file=sys.stderr)
    results = {name: statistics.median(values) for name, values in rounds.items()}
    if not args.no_postgres:
        from tests.support.postgres import running_postgres

        with running_postgres(durable=True) as server:
            results["raw PostgreSQL commit"] = raw_postgres_rate(
                server.url(server.new_database()), 2000
            )
            results["bpdesk on PostgreSQL"] = bpdesk_rate(
                server.url(server.new_database()), args.instances
            )
    print(f"{'measure':<34}{'steps/s':>10}")
    for name, rate in results.items():
        print(f"{name:<34}{rate:>10.0f}")
    bp, raw, spiff = (
        results["bpdesk on SQLite (WAL)"],
        results["raw SQLite commit (WAL)"],
        results["SpiffWorkflow + JSON in SQLite"],
    )
    checks = [
        ("bpdesk / SpiffWorkflow (target >= 2.0)", bp / spiff, 2.0),
        ("bpdesk / raw SQLite (target >= 0.20)", bp / raw, 0.20),
    ]
    if "bpdesk on PostgreSQL" in results:
        ratio = results["bpdesk on PostgreSQL"] / results["raw PostgreSQL commit"]
        print(f"{'bpdesk / raw PostgreSQL (no target)':<44}{ratio:>8.2f}")
    failed = False
    for name, value, target in checks:
        verdict = "ok" if value >= target else "MISSED"
        failed = failed or verdict == "MISSED"
        print(f"{name:<44}{value:>8.2f}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
