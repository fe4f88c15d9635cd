"""The worker: due timers, stage time limits, and the outbox.

A due timer or time-limit check is claimed, applied and marked done in one
transaction, so it fires exactly once however many workers run (PostgreSQL:
``FOR UPDATE SKIP LOCKED``; SQLite: writers are serialised). An e-mail or
webhook is claimed with a lease and committed before it is sent, then marked
sent; a failed send is retried with growing delays; a worker that dies while
sending leaves a lease that runs out, and the message is sent by the next.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from typing import Any

from sqlalchemy import Connection, and_, or_, select, update

from bpdesk.engine.ports import Clock
from bpdesk.engine.runtime import Runtime
from bpdesk.services.core import ServicesCore
from bpdesk.services.dto import WorkerReport
from bpdesk.services.mail import SmtpSettings, send_email, send_webhook
from bpdesk.storage import schema as t
from bpdesk.storage.repository import StaleStateError, load_state

LEASE = dt.timedelta(minutes=5)
MAX_ATTEMPTS = 12


def backoff(attempts: int) -> dt.timedelta:
    """1, 2, 4 ... minutes, at most six hours."""
    return dt.timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


class Worker(ServicesCore):
    worker_id = f"{socket.gethostname()}:{os.getpid()}"

    def run_due(
        self,
        now: dt.datetime | None = None,
        smtp: SmtpSettings | None = None,
        limit: int = 10_000,
    ) -> WorkerReport:
        """Everything due at ``now``: timers and time limits first, then the outbox."""
        clock = _At(now) if now else self.clock
        report = WorkerReport()
        for _ in range(limit):
            kind = self._run_one_job(clock)
            if kind is None:
                break
            if kind == "timer":
                report.timers += 1
            elif kind == "sla":
                report.sla_checks += 1
        settings = smtp if smtp is not None else SmtpSettings.from_env()
        for _ in range(limit):
            claimed = self._claim_message(clock.now(), with_email=settings is not None)
            if claimed is None:
                break
            job_id, kind, payload, attempts = claimed
            try:
                if kind == "email":
                    assert settings is not None
                    send_email(settings, payload)
                else:
                    send_webhook(payload)
            except OSError as error:  # smtplib's and urllib's errors are OSErrors
                self._message_failed(
                    job_id, attempts + 1, str(error) or type(error).__name__, clock.now()
                )
                report.failures.append(
                    f"{kind} to {payload.get('to') or payload.get('url')}: {error}"
                )
                continue
            self._message_sent(job_id, clock.now())
            if kind == "email":
                report.emails_sent += 1
            else:
                report.webhooks_sent += 1
        return report

    # ------------------------------------------------------------ time jobs
    def _due_jobs_query(
        self, connection: Connection, kinds: tuple[str, ...], now: dt.datetime
    ) -> Any:
        query = (
            select(t.jobs)
            .where(t.jobs.c.state == "pending", t.jobs.c.kind.in_(kinds), t.jobs.c.due_at <= now)
            .order_by(t.jobs.c.due_at, t.jobs.c.id)
            .limit(1)
        )
        if connection.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        return query

    def _run_one_job(self, clock: Clock) -> str | None:
        now = clock.now()
        try:
            with self.unit_of_work() as connection:
                job = connection.execute(
                    self._due_jobs_query(connection, ("timer", "sla"), now)
                ).first()
                if job is None:
                    return None
                state = (
                    load_state(connection, job.instance_id, for_update=True)
                    if job.instance_id
                    else None
                )
                if state is not None:
                    spec = self.spec(connection, state.version_id)
                    runtime = Runtime(clock, self.directory(connection))
                    if job.kind == "timer":
                        effects = runtime.fire_timer(spec, state, job.payload["token_id"])
                    else:
                        effects = runtime.check_sla(spec, state, job.payload)
                    self.save_step(connection, state, effects)
                connection.execute(
                    update(t.jobs)
                    .where(t.jobs.c.id == job.id)
                    .values(
                        state="done",
                        done_at=now,
                        claimed_by=self.worker_id,
                        attempts=job.attempts + 1,
                    )
                )
                return str(job.kind)
        except StaleStateError:
            return "retry"  # someone changed the instance meanwhile; the job is still pending

    # --------------------------------------------------------------- outbox
    def _claim_message(
        self, now: dt.datetime, with_email: bool
    ) -> tuple[int, str, dict[str, Any], int] | None:
        kinds = ("email", "webhook") if with_email else ("webhook",)
        with self.unit_of_work() as connection:
            query = (
                select(t.jobs)
                .where(
                    t.jobs.c.kind.in_(kinds),
                    t.jobs.c.due_at <= now,
                    or_(
                        t.jobs.c.state == "pending",
                        and_(t.jobs.c.state == "sending", t.jobs.c.lease_until < now),
                    ),
                )
                .order_by(t.jobs.c.due_at, t.jobs.c.id)
                .limit(1)
            )
            if connection.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            job = connection.execute(query).first()
            if job is None:
                return None
            connection.execute(
                update(t.jobs)
                .where(t.jobs.c.id == job.id)
                .values(state="sending", lease_until=now + LEASE, claimed_by=self.worker_id)
            )
            return int(job.id), str(job.kind), dict(job.payload), int(job.attempts)

    def _message_sent(self, job_id: int, now: dt.datetime) -> None:
        with self.unit_of_work() as connection:
            connection.execute(
                update(t.jobs)
                .where(t.jobs.c.id == job_id)
                .values(state="done", done_at=now, lease_until=None)
            )

    def _message_failed(self, job_id: int, attempts: int, error: str, now: dt.datetime) -> None:
        state = "failed" if attempts >= MAX_ATTEMPTS else "pending"
        with self.unit_of_work() as connection:
            connection.execute(
                update(t.jobs)
                .where(t.jobs.c.id == job_id)
                .values(
                    state=state,
                    attempts=attempts,
                    last_error=error[:2000],
                    due_at=now + backoff(attempts),
                    lease_until=None,
                )
            )

    def outbox(self) -> list[dict[str, Any]]:
        """Messages not yet sent, for admins."""
        with self.unit_of_work() as connection:
            rows = connection.execute(
                select(t.jobs).where(
                    t.jobs.c.kind.in_(("email", "webhook")), t.jobs.c.state != "done"
                )
            )
            return [
                {
                    "id": r.id,
                    "kind": r.kind,
                    "state": r.state,
                    "attempts": r.attempts,
                    "last_error": r.last_error,
                    "to": r.payload.get("to") or r.payload.get("url"),
                }
                for r in rows
            ]


class _At:
    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self.moment
