"""What the workspace pages read besides the board: start forms, task forms, the diagram
path of a case, and the archive."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from bpdesk.engine.errors import NotFoundError
from bpdesk.model import FieldDef
from bpdesk.model.nodes import TaskNode, outcome_words
from bpdesk.services.board import FINAL_COLUMNS
from bpdesk.services.core import ServicesCore
from bpdesk.services.dto import Dto, InstanceSummary
from bpdesk.storage import schema as t


@dataclass(frozen=True)
class StartableProcess(Dto):
    key: str
    name: str
    description: str
    color: str
    icon: str
    version: int


@dataclass(frozen=True)
class StartForm(Dto):
    key: str
    name: str
    description: str
    locale: str
    fields: list[FieldDef]  # the fields on the start form, in the design's order


@dataclass(frozen=True)
class TaskForm(Dto):
    task_id: str
    fields: list[tuple[FieldDef, bool]]  # each field the task asks for, and whether required
    outcome_labels: dict[str, str]  # outcome key -> the words on its button
    comment_required_on_reject: bool
    locale: str


@dataclass(frozen=True)
class InstancePath(Dto):
    version_id: int
    document: str  # the published design, for the read-only diagram
    current: list[str]  # node ids where the instance waits now
    visited: list[str]  # node ids it has passed through (the path so far)


class WorkspaceQueries(ServicesCore):
    def startable(self, login: str) -> list[StartableProcess]:
        """The published processes ``login`` may start, by name."""
        with self.unit_of_work() as connection:
            runtime = self.runtime(connection)
            rows = connection.execute(
                select(t.designs.c.key, t.designs.c.latest_version).order_by(t.designs.c.name)
            ).all()
            result = []
            for row in rows:
                spec = self.spec(connection, self.latest_version_id(connection, row.key))
                if runtime.may_start(spec, login):
                    data = spec.data
                    result.append(
                        StartableProcess(
                            row.key,
                            data.name,
                            data.description,
                            data.color,
                            data.icon,
                            row.latest_version,
                        )
                    )
            return result

    def start_form(self, design_key: str) -> StartForm:
        with self.unit_of_work() as connection:
            spec = self.spec(connection, self.latest_version_id(connection, design_key))
        data = spec.data
        fields = [field for field in data.fields if field.start_form]
        return StartForm(spec.key, data.name, data.description, data.locale, fields)

    def start_form_problems(
        self, design_key: str, initiator: str, values: dict[str, Any]
    ) -> dict[str, str]:
        """What ``start`` would say of these values, by field: checked as the person types."""
        with self.unit_of_work() as connection:
            spec = self.spec(connection, self.latest_version_id(connection, design_key))
            return self.runtime(connection).start_form_problems(spec, initiator, values)

    def task_form(self, task_id: str) -> TaskForm:
        """What a task's panel needs besides the task: its fields to fill, outcome labels."""
        with self.unit_of_work() as connection:
            row = connection.execute(
                select(
                    t.tasks.c.fill_fields,
                    t.tasks.c.node_id,
                    t.tasks.c.outcomes,
                    t.instances.c.version_id,
                )
                .join(t.instances, t.instances.c.id == t.tasks.c.instance_id)
                .where(t.tasks.c.id == task_id)
            ).first()
            if row is None:
                raise NotFoundError(f"there is no task {task_id}")
            spec = self.spec(connection, row.version_id)
        node = spec.nodes.get(row.node_id)
        fields = [
            (spec.fields[item["field"]], bool(item.get("required")))
            for item in row.fill_fields
            if item["field"] in spec.fields
        ]
        labels = {
            outcome: outcome_words(node, outcome, spec.locale) if node is not None else outcome
            for outcome in row.outcomes
        }
        comment = isinstance(node, TaskNode) and node.comment_required_on_reject
        return TaskForm(task_id, fields, labels, comment, spec.locale)

    def instance_path(self, instance_id: str) -> InstancePath:
        """The instance's version as a document, where it stands now and where it has been."""
        with self.unit_of_work() as connection:
            row = connection.execute(
                select(t.instances.c.version_id).where(t.instances.c.id == instance_id)
            ).first()
            if row is None:
                raise NotFoundError(f"there is no instance {instance_id}")
            spec = self.spec(connection, row.version_id)
            current = [
                r.node_id
                for r in connection.execute(
                    select(t.tokens.c.node_id).where(t.tokens.c.instance_id == instance_id)
                )
            ]
            visited = {spec.start_id, *current}
            visited |= {
                r.node_id
                for r in connection.execute(
                    select(t.history.c.node_id).where(
                        t.history.c.instance_id == instance_id, t.history.c.node_id.is_not(None)
                    )
                )
            }
            visited |= {
                r.node_id
                for r in connection.execute(
                    select(t.tasks.c.node_id).where(t.tasks.c.instance_id == instance_id)
                )
            }
            document = connection.execute(
                select(t.design_versions.c.document).where(t.design_versions.c.id == row.version_id)
            ).scalar_one()
        return InstancePath(row.version_id, str(document), current, sorted(visited))

    def archive(
        self,
        design_key: str | None = None,
        status: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int = 2000,
    ) -> list[InstanceSummary]:
        """Closed cases, newest first, filtered in the database (there may be very many)."""
        instances = t.instances
        query = select(
            instances.c.id,
            instances.c.number,
            instances.c.title,
            instances.c.design_key,
            instances.c.status,
            instances.c.initiator,
            instances.c.started_at,
            instances.c.finished_at,
        ).where(instances.c.status.in_([status] if status else FINAL_COLUMNS))
        if design_key:
            query = query.where(instances.c.design_key == design_key)
        if since:
            query = query.where(instances.c.finished_at >= _midnight(since))
        if until:
            query = query.where(instances.c.finished_at < _midnight(until + dt.timedelta(days=1)))
        query = query.order_by(instances.c.finished_at.desc()).limit(limit)
        with self.unit_of_work() as connection:
            return [
                InstanceSummary(
                    r.id,
                    r.number,
                    r.title,
                    r.design_key,
                    r.status,
                    None,
                    r.initiator,
                    r.started_at,
                    r.finished_at,
                )
                for r in connection.execute(query)
            ]


def _midnight(day: dt.date) -> dt.datetime:
    """The start of ``day`` where this client is, as the database stores moments (UTC)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)
