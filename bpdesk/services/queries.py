"""Read-only service calls: inboxes, instance cards, lists, the directory."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, update

from bpdesk.engine.errors import NotFoundError
from bpdesk.engine.values import display_value
from bpdesk.services.core import ServicesCore
from bpdesk.services.dto import (
    FieldView,
    HistoryItem,
    InstanceSummary,
    InstanceView,
    NotificationView,
    TaskView,
    UserView,
)
from bpdesk.services.history import history_text
from bpdesk.storage import schema as t
from bpdesk.storage.directory import DirectorySnapshot
from bpdesk.storage.repository import task_from_row

if TYPE_CHECKING:
    from bpdesk.engine.spec import ProcessSpec
    from bpdesk.engine.state import InstanceState, TaskRecord


def _field_views(
    spec: ProcessSpec, values: dict[str, Any], keys: list[str], directory: DirectorySnapshot
) -> list[FieldView]:
    views = []
    for key in keys:
        field = spec.fields.get(key)
        if field is None:
            continue
        value = values.get(key)
        views.append(
            FieldView(
                key,
                field.label,
                field.type.value,
                value,
                display_value(field, value, spec.locale, directory),
            )
        )
    return views


def task_views(
    connection: Connection,
    core: ServicesCore,
    task_ids: list[str] | None = None,
    where: Any = None,
    brief: bool = False,
) -> list[TaskView]:
    """Task views; ``brief`` ones leave out the case's fields (an inbox lists hundreds)."""
    columns = [t.tasks, t.instances.c.number, t.instances.c.title.label("instance_title")]
    if not brief:
        columns.append(t.instances.c.fields)
    query = select(*columns, t.instances.c.version_id).join(
        t.instances, t.instances.c.id == t.tasks.c.instance_id
    )
    if task_ids is not None:
        if not task_ids:
            return []
        query = query.where(t.tasks.c.id.in_(task_ids))
    if where is not None:
        query = query.where(where)
    directory = core.directory(connection)
    now = core.clock.now()
    views = []
    for row in connection.execute(query):
        task = task_from_row(row)
        if brief:
            task = replace(task, show_fields=())
        fields = {} if brief else row.fields
        spec = core.spec(connection, row.version_id)
        views.append(
            make_task_view(task, row.number, row.instance_title, fields, spec, directory, now)
        )
    return views


def make_task_view(
    task: TaskRecord,
    instance_number: int,
    instance_title: str,
    instance_fields: dict[str, Any],
    spec: ProcessSpec,
    directory: DirectorySnapshot,
    now: dt.datetime,
) -> TaskView:
    assignee = directory.person(task.assignee)
    return TaskView(
        id=task.id,
        instance_id=task.instance_id,
        instance_number=instance_number,
        instance_title=instance_title,
        process=spec.name,
        title=task.title,
        description=task.description,
        kind=task.kind,
        assignee=task.assignee,
        assignee_name=assignee.name if assignee else task.assignee,
        state=task.state.value,
        outcomes=list(task.outcomes),
        fill_fields=[
            {
                **item,
                "label": spec.fields[item["field"]].label,
                "type": spec.fields[item["field"]].type.value,
            }
            for item in task.fill_fields
            if item["field"] in spec.fields
        ],
        show_fields=_field_views(spec, instance_fields, list(task.show_fields), directory),
        created_at=task.created_at,
        due_at=task.due_at,
        overdue=bool(task.due_at and task.due_at < now and task.state.value == "open"),
        outcome=task.outcome,
        completed_by=task.completed_by,
        completed_at=task.completed_at,
    )


def task_view_from_record(
    task: TaskRecord,
    state: InstanceState,
    spec: ProcessSpec,
    directory: DirectorySnapshot,
    now: dt.datetime,
) -> TaskView:
    """The view of a task the engine just made, without reading it back."""
    return make_task_view(task, state.number, state.title, state.fields, spec, directory, now)


def find_instance_row(connection: Connection, text: str) -> Any:
    """An instance by its id, its number, or an unambiguous beginning of its id."""
    row = connection.execute(select(t.instances).where(t.instances.c.id == text)).first()
    if row is None and text.isdigit() and len(text) < 8:
        row = connection.execute(
            select(t.instances).where(t.instances.c.number == int(text))
        ).first()
    if row is None and len(text) >= 4:
        rows = connection.execute(
            select(t.instances).where(t.instances.c.id.like(f"{text}%")).limit(2)
        ).all()
        row = rows[0] if len(rows) == 1 else None
    return row


class Queries(ServicesCore):
    def tasks_for(
        self, login: str, include_closed: bool = False, brief: bool = False
    ) -> list[TaskView]:
        """Open tasks of ``login``, overdue first, then by due date and age (``brief``: without
        the case's fields, for a list; ``task`` reads one in full)."""
        with self.unit_of_work() as connection:
            where = t.tasks.c.assignee == login
            if not include_closed:
                where = where & (t.tasks.c.state == "open")
            views = task_views(connection, self, where=where, brief=brief)
        far = self.clock.now().replace(year=9999)
        return sorted(views, key=lambda v: (not v.overdue, v.due_at or far, v.created_at))

    def task(self, task_id: str) -> TaskView:
        with self.unit_of_work() as connection:
            views = task_views(connection, self, [task_id])
        if not views:
            raise NotFoundError(f"there is no task {task_id}")
        return views[0]

    def instance(self, instance_id: str) -> InstanceView:
        with self.unit_of_work() as connection:
            row = find_instance_row(connection, instance_id)
            if row is None:
                raise NotFoundError(f"there is no instance {instance_id}")
            spec = self.spec(connection, row.version_id)
            directory = self.directory(connection)
            version = connection.execute(
                select(t.design_versions.c.number).where(t.design_versions.c.id == row.version_id)
            ).scalar_one()
            stage = spec.nodes.get(row.stage_node_id) if row.stage_node_id else None
            events = connection.execute(
                select(t.history).where(t.history.c.instance_id == row.id).order_by(t.history.c.id)
            )
            comments = connection.execute(
                select(t.comments)
                .where(t.comments.c.instance_id == row.id)
                .order_by(t.comments.c.id)
            )
            links = connection.execute(
                select(t.instance_links.c.child_id).where(t.instance_links.c.parent_id == row.id)
            )
            return InstanceView(
                id=row.id,
                number=row.number,
                title=row.title,
                process=spec.name,
                design_key=row.design_key,
                version=version,
                status=row.status,
                error=row.error,
                initiator=row.initiator,
                stage=stage.title if stage else None,
                stage_entered_at=row.stage_entered_at,
                started_at=row.started_at,
                finished_at=row.finished_at,
                fields=_field_views(spec, row.fields, list(spec.fields), directory),
                roles=dict(row.roles),
                open_tasks=task_views(
                    connection,
                    self,
                    where=(t.tasks.c.instance_id == row.id) & (t.tasks.c.state == "open"),
                ),
                history=[
                    HistoryItem(
                        e.at,
                        e.kind,
                        e.actor,
                        history_text(e.kind, e.data, e.actor, directory, spec.locale),
                        e.data,
                    )
                    for e in events
                ],
                comments=[
                    {"author": c.author, "at": c.at.isoformat(), "body": c.body} for c in comments
                ],
                links=[link.child_id for link in links],
            )

    def instances(
        self, design_key: str | None = None, status: str | None = None
    ) -> list[InstanceSummary]:
        with self.unit_of_work() as connection:
            query = select(t.instances).order_by(t.instances.c.number)
            if design_key:
                query = query.where(t.instances.c.design_key == design_key)
            if status:
                query = query.where(t.instances.c.status == status)
            result = []
            for row in connection.execute(query):
                spec = self.spec(connection, row.version_id)
                stage = spec.nodes.get(row.stage_node_id) if row.stage_node_id else None
                result.append(
                    InstanceSummary(
                        row.id,
                        row.number,
                        row.title,
                        row.design_key,
                        row.status,
                        stage.title if stage else None,
                        row.initiator,
                        row.started_at,
                        row.finished_at,
                    )
                )
            return result

    def notifications(self, login: str, unread_only: bool = False) -> list[NotificationView]:
        with self.unit_of_work() as connection:
            query = (
                select(t.notifications)
                .where(t.notifications.c.recipient == login)
                .order_by(t.notifications.c.id.desc())
            )
            if unread_only:
                query = query.where(t.notifications.c.read_at.is_(None))
            return [
                NotificationView(
                    r.id, r.instance_id, r.subject, r.body, r.created_at, r.read_at is not None
                )
                for r in connection.execute(query)
            ]

    def mark_read(self, login: str, notification_ids: list[int]) -> None:
        with self.unit_of_work() as connection:
            connection.execute(
                update(t.notifications)
                .where(
                    t.notifications.c.recipient == login, t.notifications.c.id.in_(notification_ids)
                )
                .values(read_at=self.clock.now())
            )

    def users(self) -> list[UserView]:
        with self.unit_of_work() as connection:
            heads = {r.head: r.key for r in connection.execute(select(t.departments)) if r.head}
            names = {r.key: r.name for r in connection.execute(select(t.departments))}
            return [
                UserView(
                    login=r.login,
                    name=r.name,
                    email=r.email,
                    department=r.department,
                    department_name=names.get(r.department or ""),
                    head=heads.get(r.login) == r.department and r.department is not None,
                    positions=list(r.positions or []),
                    admin=bool(r.admin),
                    active=bool(r.active),
                )
                for r in connection.execute(select(t.users).order_by(t.users.c.login))
            ]


class TaskLookup(ServicesCore):
    def resolve_task_id(self, text: str) -> str:
        """A task id from its full form or an unambiguous beginning (as the CLI shows it)."""
        with self.unit_of_work() as connection:
            rows = connection.execute(
                select(t.tasks.c.id).where(t.tasks.c.id.like(f"{text}%")).limit(2)
            ).all()
        if not rows:
            raise NotFoundError(f"there is no task {text}")
        if len(rows) > 1 and rows[0].id != text:
            from bpdesk.engine.errors import FormError

            raise FormError({"task": f"'{text}' matches several tasks: give more of its id"})
        return str(rows[0].id)


class Agenda(ServicesCore):
    """Calendar events and planned expenses that processes created."""

    def calendar_events(self, login: str | None = None) -> list[dict[str, Any]]:
        with self.unit_of_work() as connection:
            rows = connection.execute(select(t.calendar_events).order_by(t.calendar_events.c.start))
            return [
                {
                    "id": r.id,
                    "instance_id": r.instance_id,
                    "title": r.title,
                    "start": r.start,
                    "end": r.end,
                    "attendees": list(r.attendees),
                    "location": r.location,
                    "description": r.description,
                }
                for r in rows
                if login is None or login in r.attendees
            ]

    def planned_expenses(self) -> list[dict[str, Any]]:
        with self.unit_of_work() as connection:
            rows = connection.execute(
                select(t.planned_expenses).order_by(t.planned_expenses.c.date)
            )
            return [
                {
                    "id": r.id,
                    "instance_id": r.instance_id,
                    "amount": r.amount,
                    "currency": r.currency,
                    "category": r.category,
                    "date": r.date,
                    "description": r.description,
                }
                for r in rows
            ]


class Versions(ServicesCore):
    """Published designs and their versions, for the designer."""

    def published(self) -> list[dict[str, Any]]:
        with self.unit_of_work() as connection:
            rows = connection.execute(
                select(
                    t.design_versions.c.id,
                    t.design_versions.c.design_key,
                    t.design_versions.c.number,
                    t.design_versions.c.name,
                    t.design_versions.c.note,
                    t.design_versions.c.published_at,
                    t.design_versions.c.published_by,
                ).order_by(t.design_versions.c.design_key, t.design_versions.c.number.desc())
            )
            return [dict(row._mapping) for row in rows]

    def version_document(self, version_id: int) -> str:
        with self.unit_of_work() as connection:
            document = connection.execute(
                select(t.design_versions.c.document).where(t.design_versions.c.id == version_id)
            ).scalar()
        if document is None:
            raise NotFoundError(f"there is no published version {version_id}")
        return str(document)
