"""Plain data the services return: never ORM rows, never engine internals."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


class Dto:
    def to_json(self) -> dict[str, Any]:
        return _jsonable(asdict(self))  # type: ignore[call-overload]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class VersionInfo(Dto):
    design_key: str
    name: str
    number: int
    version_id: int


@dataclass(frozen=True)
class InstanceRef(Dto):
    id: str
    number: int
    title: str
    status: str


@dataclass(frozen=True)
class FieldView(Dto):
    key: str
    label: str
    type: str
    value: Any
    text: str


@dataclass(frozen=True)
class TaskView(Dto):
    id: str
    instance_id: str
    instance_number: int
    instance_title: str
    process: str
    title: str
    description: str
    kind: str
    assignee: str
    assignee_name: str
    state: str
    outcomes: list[str]
    fill_fields: list[dict[str, Any]]
    show_fields: list[FieldView]
    created_at: dt.datetime
    due_at: dt.datetime | None
    overdue: bool
    outcome: str | None = None
    completed_by: str | None = None
    completed_at: dt.datetime | None = None


@dataclass(frozen=True)
class HistoryItem(Dto):
    at: dt.datetime
    kind: str
    actor: str | None
    text: str
    data: dict[str, Any]


@dataclass(frozen=True)
class InstanceView(Dto):
    id: str
    number: int
    title: str
    process: str
    design_key: str
    version: int
    status: str
    error: str | None
    initiator: str
    stage: str | None
    stage_entered_at: dt.datetime | None
    started_at: dt.datetime
    finished_at: dt.datetime | None
    fields: list[FieldView]
    roles: dict[str, str]
    open_tasks: list[TaskView]
    history: list[HistoryItem]
    comments: list[dict[str, Any]] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class InstanceSummary(Dto):
    id: str
    number: int
    title: str
    design_key: str
    status: str
    stage: str | None
    initiator: str
    started_at: dt.datetime
    finished_at: dt.datetime | None


@dataclass(frozen=True)
class NotificationView(Dto):
    id: int
    instance_id: str | None
    subject: str
    body: str
    created_at: dt.datetime
    read: bool


@dataclass(frozen=True)
class UserView(Dto):
    login: str
    name: str
    email: str
    department: str | None
    department_name: str | None
    head: bool
    positions: list[str]
    admin: bool
    active: bool


@dataclass(frozen=True)
class CompletionResult(Dto):
    task_id: str
    instance: InstanceRef
    new_tasks: list[TaskView]


@dataclass
class WorkerReport(Dto):
    timers: int = 0
    sla_checks: int = 0
    emails_sent: int = 0
    webhooks_sent: int = 0
    failures: list[str] = field(default_factory=list)
