"""Due jobs run exactly once with two workers; e-mail waits out an SMTP outage."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from sqlalchemy import func, select

from bpdesk.engine.ports import FixedClock
from bpdesk.services import Services
from bpdesk.services.mail import SmtpSettings
from bpdesk.storage import schema as t
from tests.conftest import ROOT
from tests.support.designs import timer_flow
from tests.support.smtp import free_port, running_smtp

JOBS = 1000


def test_two_workers_run_each_of_1000_due_jobs_once(postgres: object, clock: FixedClock) -> None:
    url = postgres.url(postgres.new_database(postgres.template))  # type: ignore[attr-defined]
    app = Services.open(url, clock=clock)
    app.load_demo("en")
    app.publish(timer_flow())
    for _ in range(JOBS):
        app.start("timer-flow", "morozov")
    later = (clock.now() + dt.timedelta(hours=2)).isoformat()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bpdesk.cli",
                "--db",
                url,
                "worker",
                "--once",
                "--now",
                later,
                "--json",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    import json

    reports = [json.loads(worker.communicate(timeout=600)[0]) for worker in workers]
    assert all(worker.returncode == 0 for worker in workers)
    assert sum(report["timers"] for report in reports) == JOBS
    assert all(report["timers"] > 0 for report in reports)  # both really worked
    with app.engine.connect() as connection:
        fired = connection.execute(
            select(t.history.c.instance_id, func.count())
            .where(t.history.c.kind == "timer_fired")
            .group_by(t.history.c.instance_id)
        ).all()
        pending = connection.execute(
            select(func.count())
            .select_from(t.jobs)
            .where(t.jobs.c.kind == "timer", t.jobs.c.state != "done")
        ).scalar_one()
    assert len(fired) == JOBS and all(count == 1 for _, count in fired)
    assert pending == 0
    assert len(app.tasks_for("morozov")) == JOBS
    app.close()


def test_email_waits_while_smtp_is_down_and_goes_out_once(
    sqlite_db: str, clock: FixedClock
) -> None:
    app = Services.open(sqlite_db, clock=clock)
    app.load_demo("en")
    instance = app.start(
        "employee-absence",
        "lebedev",
        {
            "reason": "vacation",
            "date_from": "2026-03-10",
            "date_to": "2026-03-11",
        },
    ).id
    task = app.tasks_for("volkova")[0]
    app.complete(task.id, "volkova", "rejected", comment="No")  # e-mails the employee
    port = free_port()
    settings = SmtpSettings(host="127.0.0.1", port=port, timeout=2)
    down = app.run_due(now=clock.now(), smtp=settings)
    assert down.emails_sent == 0 and len(down.failures) == 1
    (waiting,) = app.outbox()
    assert (waiting["state"], waiting["attempts"], waiting["to"]) == (
        "pending",
        1,
        "lebedev@example.com",
    )
    with running_smtp(port) as server:
        assert app.run_due(now=clock.now(), smtp=settings).emails_sent == 0  # backing off
        sent = app.run_due(now=clock.now() + dt.timedelta(minutes=5), smtp=settings)
        assert sent.emails_sent == 1
        assert app.run_due(now=clock.now() + dt.timedelta(hours=5), smtp=settings).emails_sent == 0
        assert len(server.messages) == 1
        assert server.messages[0]["Subject"] == "Absence not approved"
    assert app.outbox() == []
    assert app.instance(instance).status == "rejected"


def test_emails_wait_when_no_smtp_is_configured(
    sqlite_db: str, clock: FixedClock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("BPDESK_SMTP_HOST", raising=False)
    app = Services.open(sqlite_db, clock=clock)
    app.load_demo("en")
    app.start(
        "employee-absence",
        "lebedev",
        {"reason": "vacation", "date_from": "2026-03-10", "date_to": "2026-03-11"},
    )
    app.complete(app.tasks_for("volkova")[0].id, "volkova", "rejected", comment="No")
    report = app.run_due(now=clock.now())
    assert report.emails_sent == 0 and report.failures == []
    assert [m["state"] for m in app.outbox()] == ["pending"]
