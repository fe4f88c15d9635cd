"""What the workspace pages read: start forms, the board of a process, and a change signal.

The board is read in a few set-based queries (instances, then their open tasks),
never an instance at a time, so a process with 100,000 instances still opens in
a second or so. ``change_token`` lets a client see cheaply that another client
committed something: on SQLite ``PRAGMA data_version`` on a connection kept for
the purpose, elsewhere the newest history, comment and notification ids.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from bpdesk.engine.errors import NotFoundError
from bpdesk.engine.spec import ProcessSpec
from bpdesk.model import FieldDef
from bpdesk.model.nodes import StageNode, TaskNode, outcome_words
from bpdesk.services.core import ServicesCore
from bpdesk.services.dto import Dto
from bpdesk.storage import schema as t

FINAL_COLUMNS = ("success", "rejected", "cancelled")
NO_STAGE = "_start"  # running instances that have not reached a stage yet


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


@dataclass(frozen=True)
class BoardColumn(Dto):
    key: str  # a stage's title, NO_STAGE, or one of FINAL_COLUMNS
    title: str
    final: bool
    sla_days: int | None


@dataclass(frozen=True)
class BoardCard(Dto):
    instance_id: str
    number: int
    title: str
    status: str
    column: str
    initiator: str
    initiator_name: str
    task: str | None
    assignee: str | None
    assignee_name: str | None
    days_in_stage: int
    sla_days: int | None
    started_at: dt.datetime
    finished_at: dt.datetime | None


@dataclass(frozen=True)
class BoardView(Dto):
    design_key: str
    name: str
    columns: list[BoardColumn]
    cards: list[BoardCard]


class BoardQueries(ServicesCore):
    _watch: Any = None
    _watch_lock = threading.Lock()

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

    def board(self, design_key: str, closed_limit: int = 200) -> BoardView:
        """Running instances by stage, and the latest closed ones by result."""
        with self.unit_of_work() as connection:
            latest = self.spec(connection, self.latest_version_id(connection, design_key))
            columns = _columns(latest)
            sla = {c.key: c.sla_days for c in columns}
            names = self.directory(connection)
            now = self.clock.now()
            instances = t.instances
            running = connection.execute(
                select(
                    instances.c.id,
                    instances.c.number,
                    instances.c.title,
                    instances.c.status,
                    instances.c.initiator,
                    instances.c.version_id,
                    instances.c.stage_node_id,
                    instances.c.stage_entered_at,
                    instances.c.started_at,
                    instances.c.finished_at,
                ).where(
                    instances.c.design_key == design_key,
                    instances.c.status.in_(("running", "error")),
                )
            ).all()
            closed = []
            for status in FINAL_COLUMNS:
                closed += connection.execute(
                    select(
                        instances.c.id,
                        instances.c.number,
                        instances.c.title,
                        instances.c.status,
                        instances.c.initiator,
                        instances.c.version_id,
                        instances.c.stage_node_id,
                        instances.c.stage_entered_at,
                        instances.c.started_at,
                        instances.c.finished_at,
                    )
                    .where(instances.c.design_key == design_key, instances.c.status == status)
                    .order_by(instances.c.finished_at.desc())
                    .limit(closed_limit)
                ).all()
            tasks: dict[str, tuple[str, str]] = {}
            for task in connection.execute(
                select(t.tasks.c.instance_id, t.tasks.c.title, t.tasks.c.assignee)
                .join(instances, instances.c.id == t.tasks.c.instance_id)
                .where(
                    instances.c.design_key == design_key,
                    instances.c.status == "running",
                    t.tasks.c.state == "open",
                )
                .order_by(t.tasks.c.created_at)
            ):
                tasks.setdefault(task.instance_id, (task.title, task.assignee))
            stage_titles: dict[tuple[int, str], str] = {}
            people: dict[str, str] = {}

            def name(login: str) -> str:
                if login not in people:
                    person = names.person(login)
                    people[login] = person.name if person else login
                return people[login]

            cards = []
            for row in [*running, *closed]:
                if row.status in FINAL_COLUMNS:
                    column = row.status
                elif row.stage_node_id:
                    key = (row.version_id, row.stage_node_id)
                    if key not in stage_titles:
                        node = self.spec(connection, row.version_id).nodes.get(row.stage_node_id)
                        stage_titles[key] = node.title if node is not None else NO_STAGE
                    column = stage_titles[key]
                else:
                    column = NO_STAGE
                task = tasks.get(row.id)
                entered = row.stage_entered_at or row.started_at
                cards.append(
                    BoardCard(
                        row.id,
                        row.number,
                        row.title,
                        row.status,
                        column,
                        row.initiator,
                        name(row.initiator),
                        task[0] if task else None,
                        task[1] if task else None,
                        name(task[1]) if task else None,
                        max(0, (now - entered).days),
                        sla.get(column),
                        row.started_at,
                        row.finished_at,
                    )
                )
            known = {c.key for c in columns}
            if any(card.column == NO_STAGE for card in cards):
                columns.insert(0, BoardColumn(NO_STAGE, "", False, None))
            for card_column in sorted({c.column for c in cards} - known - {NO_STAGE}):
                # a stage only older versions have: kept, before the final columns
                columns.insert(
                    len(columns) - len(FINAL_COLUMNS),
                    BoardColumn(card_column, card_column, False, None),
                )
            return BoardView(design_key, latest.name, columns, cards)

    def change_token(self) -> tuple[int, ...]:
        """Changes whenever anyone commits: compare it with the last one to know when to refresh."""
        if self.engine.dialect.name == "sqlite":
            with self._watch_lock:
                if self._watch is None:
                    self._watch = self.engine.raw_connection()
                cursor = self._watch.cursor()
                cursor.execute("PRAGMA data_version")
                (version,) = cursor.fetchone()
                cursor.close()
            return (int(version),)
        with self.unit_of_work() as connection:
            row = connection.execute(
                select(
                    select(func.coalesce(func.max(t.history.c.id), 0)).scalar_subquery(),
                    select(func.coalesce(func.max(t.comments.c.id), 0)).scalar_subquery(),
                    select(func.coalesce(func.max(t.notifications.c.id), 0)).scalar_subquery(),
                    select(func.count()).select_from(t.users).scalar_subquery(),
                )
            ).one()
        return tuple(int(value) for value in row)

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        super().close()


def _columns(spec: ProcessSpec) -> list[BoardColumn]:
    """Stages in the order a case meets them (breadth first from the start), then the results."""
    order: list[str] = []
    seen = {spec.start_id}
    queue = deque([spec.start_id])
    while queue:
        node_id = queue.popleft()
        node = spec.nodes[node_id]
        if isinstance(node, StageNode) and node.title not in order:
            order.append(node.title)
        for port in node.output_ports():
            for step in spec.steps_from(node_id, port):
                if step.target not in seen:
                    seen.add(step.target)
                    queue.append(step.target)
    default = spec.data.default_sla.days if spec.data.default_sla else None
    sla = {}
    for node in spec.nodes.values():
        if isinstance(node, StageNode):
            sla.setdefault(node.title, node.sla_days or default)
    columns = [BoardColumn(title, title, False, sla.get(title)) for title in order]
    titles = {"success": "Done", "rejected": "Rejected", "cancelled": "Cancelled"}
    columns += [BoardColumn(key, titles[key], True, None) for key in FINAL_COLUMNS]
    return columns
