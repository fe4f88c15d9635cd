"""Per-instance state and the effects of one engine step.

The runtime works on an ``InstanceState`` loaded by storage, changes it, and
lists everything else the step causes in ``Effects``; storage then writes the
state and the effects in one transaction. Nothing here touches a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal


class InstanceStatus(StrEnum):
    RUNNING = "running"
    SUCCESS = "success"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    ERROR = "error"


class TaskState(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


# The task state machine: which state may follow which.
TASK_TRANSITIONS: dict[TaskState, frozenset[TaskState]] = {
    TaskState.OPEN: frozenset({TaskState.COMPLETED, TaskState.CANCELLED}),
    TaskState.COMPLETED: frozenset(),
    TaskState.CANCELLED: frozenset(),
}


def check_transition(current: TaskState, new: TaskState) -> None:
    if new not in TASK_TRANSITIONS[current]:
        raise ValueError(f"a task cannot go from {current} to {new}")


Wait = Literal["active", "task", "timer", "join"]


@dataclass
class Token:
    id: str
    node_id: str
    wait: Wait = "active"
    via_edge: str | None = None
    task_id: str | None = None


@dataclass
class InstanceState:
    id: str
    number: int
    design_key: str
    version_id: int
    title: str
    status: InstanceStatus
    initiator: str
    fields: dict[str, Any]
    roles: dict[str, str]
    tokens: list[Token]
    started_at: dt.datetime
    stage_node_id: str | None = None
    stage_entered_at: dt.datetime | None = None
    stage_entry: int = 0
    finished_at: dt.datetime | None = None
    error: str | None = None
    parent_id: str | None = None
    version: int = 0
    # The token rows as storage read them, so that it writes only what changed.
    loaded_tokens: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)

    @property
    def running(self) -> bool:
        return self.status is InstanceStatus.RUNNING


@dataclass
class TaskRecord:
    id: str
    instance_id: str
    node_id: str
    kind: str
    title: str
    description: str
    assignee: str
    outcomes: list[str]
    fill_fields: list[dict[str, Any]]
    show_fields: list[str]
    created_at: dt.datetime
    due_at: dt.datetime | None
    state: TaskState = TaskState.OPEN
    outcome: str | None = None
    completed_by: str | None = None
    on_behalf_of: str | None = None
    completed_at: dt.datetime | None = None
    comment: str | None = None
    version: int = 0


@dataclass
class HistoryEvent:
    instance_id: str
    at: dt.datetime
    kind: str
    actor: str | None = None
    node_id: str | None = None
    task_id: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Notification:
    recipient: str
    instance_id: str
    subject: str
    body: str


@dataclass
class OutboxMessage:
    """E-mail or webhook to send after commit."""

    kind: Literal["email", "webhook"]
    payload: dict[str, Any]


@dataclass
class Job:
    kind: Literal["timer", "sla"]
    due_at: dt.datetime
    instance_id: str
    payload: dict[str, Any]


@dataclass
class CalendarEvent:
    instance_id: str
    title: str
    start: dt.datetime
    end: dt.datetime
    attendees: list[str]
    location: str
    description: str


@dataclass
class PlannedExpense:
    instance_id: str
    amount: str
    currency: str
    category: str
    date: dt.date
    description: str


@dataclass
class NewUser:
    login: str
    name: str
    email: str
    department: str | None
    position_title: str | None


@dataclass
class LinkedStart:
    design_key: str
    values: dict[str, Any]
    initiator: str


@dataclass
class Effects:
    """Everything one step causes besides the instance's own state."""

    new_tasks: list[TaskRecord] = field(default_factory=list)
    # Existing tasks whose row changes (completed, cancelled, reassigned).
    changed_tasks: list[TaskRecord] = field(default_factory=list)
    # The instance ended: every task of it still open is cancelled.
    cancel_open_tasks: bool = False
    history: list[HistoryEvent] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    outbox: list[OutboxMessage] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)
    calendar_events: list[CalendarEvent] = field(default_factory=list)
    expenses: list[PlannedExpense] = field(default_factory=list)
    new_users: list[NewUser] = field(default_factory=list)
    linked_starts: list[LinkedStart] = field(default_factory=list)
