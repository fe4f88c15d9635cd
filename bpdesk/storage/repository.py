"""Loading an instance's state and writing one engine step, in one transaction.

Writes use optimistic concurrency: the instance row and each changed task row
are updated only if their ``version`` is still the one that was read. When
another client got there first the update touches no row and
``StaleStateError`` tells the caller, which rolls the whole step back.

The statements of the hot path are built once, with bound parameters, and
reused: building a statement costs more than running it on SQLite.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from bpdesk.engine.state import (
    Effects,
    InstanceState,
    InstanceStatus,
    TaskRecord,
    TaskState,
    Token,
)
from bpdesk.storage import schema as t
from bpdesk.storage.fast import FastStatement


class StaleStateError(Exception):
    """The row changed since it was read: someone else acted first."""


_INSTANCE_QUERY = select(t.instances).where(t.instances.c.id == bindparam("instance_id"))
_SELECT_INSTANCE = FastStatement(_INSTANCE_QUERY)
_SELECT_INSTANCE_LOCKED = FastStatement(_INSTANCE_QUERY.with_for_update())
_SELECT_TOKENS = FastStatement(
    select(t.tokens)
    .where(t.tokens.c.instance_id == bindparam("instance_id"))
    .order_by(t.tokens.c.position)
)
_SELECT_TASK = FastStatement(select(t.tasks).where(t.tasks.c.id == bindparam("task_id")))
_INSTANCE_COLUMNS = (
    "title",
    "status",
    "fields",
    "roles",
    "stage_node_id",
    "stage_entered_at",
    "stage_entry",
    "finished_at",
    "error",
)


def _versioned_update(table: Any, columns: tuple[str, ...]) -> FastStatement:
    """UPDATE ... WHERE id = :b_id AND version = :b_version, setting ``columns`` and the version."""
    return FastStatement(
        update(table)
        .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
        .values(version=bindparam("new_version"), **{c: bindparam(c) for c in columns})
    )


_UPDATE_INSTANCE = _versioned_update(t.instances, _INSTANCE_COLUMNS)
_TASK_COLUMNS = (
    "state",
    "assignee",
    "outcome",
    "completed_by",
    "on_behalf_of",
    "completed_at",
    "comment",
)
_UPDATE_TASK = _versioned_update(t.tasks, _TASK_COLUMNS)
_TOKEN_COLUMNS = ("node_id", "wait", "via_edge", "task_id", "position")
_UPDATE_TOKEN = FastStatement(
    update(t.tokens)
    .where(t.tokens.c.id == bindparam("b_id"))
    .values(**{c: bindparam(c) for c in _TOKEN_COLUMNS})
)
_DELETE_TOKEN = FastStatement(delete(t.tokens).where(t.tokens.c.id == bindparam("b_id")))


def _inserter(table: Any, skip: tuple[str, ...] = ()) -> FastStatement:
    return FastStatement(insert(table), [c.name for c in table.columns if c.name not in skip])


_INSERT_TOKENS = _inserter(t.tokens)
_INSERT_TASKS = _inserter(t.tasks)
_INSERT_HISTORY = _inserter(t.history, skip=("id",))
_INSERT_NOTIFICATIONS = _inserter(t.notifications, skip=("id", "read_at"))
_INSERT_JOBS = _inserter(t.jobs, skip=("id", "last_error", "claimed_by", "lease_until", "done_at"))
_CANCEL_OPEN_TASKS = FastStatement(
    update(t.tasks)
    .where(
        t.tasks.c.instance_id == bindparam("b_instance_id"), t.tasks.c.state == TaskState.OPEN.value
    )
    .values(state=TaskState.CANCELLED.value, version=t.tasks.c.version + 1)
)


def next_instance_number(connection: Connection) -> int:
    if connection.dialect.name == "postgresql":
        # Serialise numbering without locking whole tables.
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(4242)")
    current = connection.execute(select(func.max(t.instances.c.number))).scalar()
    return int(current or 0) + 1


def load_state(
    connection: Connection, instance_id: str, for_update: bool = False
) -> InstanceState | None:
    locked = for_update and connection.dialect.name == "postgresql"
    query = _SELECT_INSTANCE_LOCKED if locked else _SELECT_INSTANCE
    rows = query.fetch(connection, {"instance_id": instance_id})
    if not rows:
        return None
    row = rows[0]
    tokens = [
        Token(
            id=tok.id,
            node_id=tok.node_id,
            wait=tok.wait,
            via_edge=tok.via_edge,
            task_id=tok.task_id,
        )
        for tok in _SELECT_TOKENS.fetch(connection, {"instance_id": instance_id})
    ]
    state = InstanceState(
        id=row.id,
        number=row.number,
        design_key=row.design_key,
        version_id=row.version_id,
        title=row.title,
        status=InstanceStatus(row.status),
        initiator=row.initiator,
        fields=dict(row.fields),
        roles=dict(row.roles),
        tokens=tokens,
        started_at=row.started_at,
        stage_node_id=row.stage_node_id,
        stage_entered_at=row.stage_entered_at,
        stage_entry=row.stage_entry,
        finished_at=row.finished_at,
        error=row.error,
        parent_id=row.parent_id,
        version=row.version,
    )
    state.loaded_tokens = {token.id: _token_row(token, i) for i, token in enumerate(tokens)}
    return state


def task_from_row(row: Any) -> TaskRecord:
    return TaskRecord(
        id=row.id,
        instance_id=row.instance_id,
        node_id=row.node_id,
        kind=row.kind,
        title=row.title,
        description=row.description,
        assignee=row.assignee,
        outcomes=list(row.outcomes),
        fill_fields=list(row.fill_fields),
        show_fields=list(row.show_fields),
        created_at=row.created_at,
        due_at=row.due_at,
        state=TaskState(row.state),
        outcome=row.outcome,
        completed_by=row.completed_by,
        on_behalf_of=row.on_behalf_of,
        completed_at=row.completed_at,
        comment=row.comment,
        version=row.version,
    )


def load_task(connection: Connection, task_id: str) -> TaskRecord | None:
    rows = _SELECT_TASK.fetch(connection, {"task_id": task_id})
    return task_from_row(rows[0]) if rows else None


def _instance_values(state: InstanceState) -> dict[str, Any]:
    return {
        "title": state.title[:500],
        "status": state.status.value,
        "fields": state.fields,
        "roles": state.roles,
        "stage_node_id": state.stage_node_id,
        "stage_entered_at": state.stage_entered_at,
        "stage_entry": state.stage_entry,
        "finished_at": state.finished_at,
        "error": state.error,
    }


def _token_row(token: Token, position: int) -> dict[str, Any]:
    return {
        "node_id": token.node_id,
        "wait": token.wait,
        "via_edge": token.via_edge,
        "task_id": token.task_id,
        "position": position,
    }


def insert_instance(connection: Connection, state: InstanceState) -> None:
    connection.execute(
        insert(t.instances).values(
            id=state.id,
            number=state.number,
            design_key=state.design_key,
            version_id=state.version_id,
            initiator=state.initiator,
            started_at=state.started_at,
            parent_id=state.parent_id,
            version=0,
            **_instance_values(state),
        )
    )
    state.loaded_tokens = {}
    _write_tokens(connection, state)


def update_instance(connection: Connection, state: InstanceState) -> None:
    changed = _UPDATE_INSTANCE.execute(
        connection,
        {
            "b_id": state.id,
            "b_version": state.version,
            "new_version": state.version + 1,
            **_instance_values(state),
        },
    )
    if changed != 1:
        raise StaleStateError(f"instance {state.number} changed meanwhile")
    state.version += 1
    _write_tokens(connection, state)


def _write_tokens(connection: Connection, state: InstanceState) -> None:
    """Only the tokens that changed: a token that moved is one UPDATE."""
    before = state.loaded_tokens
    now = {token.id: _token_row(token, i) for i, token in enumerate(state.tokens)}
    removed = [{"b_id": token_id} for token_id in before if token_id not in now]
    changed = [
        {"b_id": token_id, **row}
        for token_id, row in now.items()
        if token_id in before and before[token_id] != row
    ]
    added = [
        {"id": token_id, "instance_id": state.id, **row}
        for token_id, row in now.items()
        if token_id not in before
    ]
    _DELETE_TOKEN.execute_many(connection, removed)
    _UPDATE_TOKEN.execute_many(connection, changed)
    _INSERT_TOKENS.execute_many(connection, added)
    state.loaded_tokens = now


def write_effects(
    connection: Connection, state: InstanceState, effects: Effects, now: dt.datetime
) -> None:
    """Everything a step caused, in as few statements as the rows allow."""
    for task in effects.changed_tasks:
        touched = _UPDATE_TASK.execute(
            connection,
            {
                "b_id": task.id,
                "b_version": task.version,
                "new_version": task.version + 1,
                "state": task.state.value,
                "assignee": task.assignee,
                "outcome": task.outcome,
                "completed_by": task.completed_by,
                "on_behalf_of": task.on_behalf_of,
                "completed_at": task.completed_at,
                "comment": task.comment,
            },
        )
        if touched != 1:
            raise StaleStateError(f"task '{task.title}' changed meanwhile")
        task.version += 1
    if effects.cancel_open_tasks:
        _CANCEL_OPEN_TASKS.execute(connection, {"b_instance_id": state.id})
    if effects.new_tasks:
        _INSERT_TASKS.execute_many(
            connection,
            [
                {
                    "id": task.id,
                    "instance_id": task.instance_id,
                    "node_id": task.node_id,
                    "kind": task.kind,
                    "title": task.title[:500],
                    "description": task.description,
                    "assignee": task.assignee,
                    "state": task.state.value,
                    "outcomes": task.outcomes,
                    "fill_fields": task.fill_fields,
                    "show_fields": task.show_fields,
                    "outcome": None,
                    "completed_by": None,
                    "on_behalf_of": None,
                    "completed_at": None,
                    "comment": None,
                    "created_at": task.created_at,
                    "due_at": task.due_at,
                    "version": 0,
                }
                for task in effects.new_tasks
            ],
        )
    if effects.history:
        _INSERT_HISTORY.execute_many(
            connection,
            [
                {
                    "instance_id": event.instance_id,
                    "at": event.at,
                    "kind": event.kind,
                    "actor": event.actor,
                    "node_id": event.node_id,
                    "task_id": event.task_id,
                    "data": event.data,
                }
                for event in effects.history
            ],
        )
    _write_side_effects(connection, state, effects, now)


def _write_side_effects(
    connection: Connection, state: InstanceState, effects: Effects, now: dt.datetime
) -> None:
    if effects.notifications:
        _INSERT_NOTIFICATIONS.execute_many(
            connection,
            [
                {
                    "recipient": n.recipient,
                    "instance_id": n.instance_id,
                    "subject": n.subject[:500],
                    "body": n.body,
                    "created_at": now,
                }
                for n in effects.notifications
            ],
        )
    jobs = [
        {
            "kind": job.kind,
            "state": "pending",
            "due_at": job.due_at,
            "instance_id": job.instance_id,
            "payload": job.payload,
            "attempts": 0,
        }
        for job in effects.jobs
    ] + [
        {
            "kind": message.kind,
            "state": "pending",
            "due_at": now,
            "instance_id": state.id,
            "payload": message.payload,
            "attempts": 0,
        }
        for message in effects.outbox
    ]
    _INSERT_JOBS.execute_many(connection, jobs)
    if effects.calendar_events:
        connection.execute(
            insert(t.calendar_events),
            [
                {
                    "instance_id": e.instance_id,
                    "title": e.title[:500],
                    "start": e.start.replace(tzinfo=None),
                    "end": e.end.replace(tzinfo=None),
                    "attendees": e.attendees,
                    "location": e.location,
                    "description": e.description,
                }
                for e in effects.calendar_events
            ],
        )
    if effects.expenses:
        connection.execute(
            insert(t.planned_expenses),
            [
                {
                    "instance_id": e.instance_id,
                    "amount": e.amount,
                    "currency": e.currency,
                    "category": e.category,
                    "date": e.date,
                    "description": e.description,
                }
                for e in effects.expenses
            ],
        )
    for user in effects.new_users:
        connection.execute(
            insert(t.users).values(
                login=user.login,
                name=user.name,
                email=user.email,
                department=user.department,
                positions=[],
                position_title=user.position_title,
                admin=False,
                designer=False,
                active=False,
                invited_by_instance=state.id,
                created_at=now,
            )
        )
