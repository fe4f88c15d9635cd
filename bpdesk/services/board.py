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

from sqlalchemy import ColumnElement, Connection, func, select

from bpdesk.engine.spec import ProcessSpec
from bpdesk.model.nodes import StageNode
from bpdesk.services.core import ServicesCore
from bpdesk.services.dto import Dto
from bpdesk.storage import schema as t

FINAL_COLUMNS = ("success", "rejected", "cancelled")
RUNNING = ("running", "error")
BOARD_PAGE = 100  # cards read per column at a time
NO_STAGE = "_start"  # running instances that have not reached a stage yet


@dataclass(frozen=True)
class BoardColumn(Dto):
    key: str  # a stage's title, NO_STAGE, or one of FINAL_COLUMNS
    title: str
    final: bool
    sla_days: int | None


@dataclass(slots=True)
class BoardCard(Dto):
    """One case on the board (slots, not frozen: a board reads thousands of these)."""

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
class BoardFilter(Dto):
    """What the person narrowed the board to: text in the title or the number, and people."""

    text: str = ""
    assignee: str | None = None
    initiator: str | None = None


@dataclass(frozen=True)
class BoardView(Dto):
    design_key: str
    name: str
    columns: list[BoardColumn]
    counts: dict[str, int]  # column key -> how many cases match the filter
    cards: dict[str, list[BoardCard]]  # column key -> the first page of its cards
    assignees: list[tuple[str, str]]  # (login, name) of people with open tasks here
    initiators: list[tuple[str, str]]


class BoardQueries(ServicesCore):
    """The board read a column page at a time: counts and the first cards of each column
    in a few queries, more cards as the person scrolls (``board_cards``)."""

    _watch: Any = None
    _watch_lock = threading.Lock()

    def board(
        self, design_key: str, where: BoardFilter | None = None, page: int = BOARD_PAGE
    ) -> BoardView:
        where = where or BoardFilter()
        with self.unit_of_work() as connection:
            layout = self._layout(connection, design_key)
            counts: dict[str, int] = {}
            matching = _matching(design_key, where)
            for row in connection.execute(
                select(t.instances.c.stage_node_id, func.count())
                .where(*matching, t.instances.c.status.in_(RUNNING))
                .group_by(t.instances.c.stage_node_id)
            ):
                key = layout.column_of.get(row[0], NO_STAGE) if row[0] else NO_STAGE
                counts[key] = counts.get(key, 0) + int(row[1])
            for row in connection.execute(
                select(t.instances.c.status, func.count())
                .where(*matching, t.instances.c.status.in_(FINAL_COLUMNS))
                .group_by(t.instances.c.status)
            ):
                counts[row[0]] = int(row[1])
            columns = list(layout.columns)
            if counts.get(NO_STAGE):
                columns.insert(0, BoardColumn(NO_STAGE, "", False, None))
            cards = {
                column.key: self._cards(connection, layout, design_key, column.key, where, 0, page)
                if counts.get(column.key)
                else []
                for column in columns
            }
            # Anyone may be filtered by: the directory's people, not a scan of every case.
            everyone = sorted(
                ((p.login, p.name) for p in self.directory(connection).everyone()),
                key=lambda pair: pair[1],
            )
            assignees = initiators = everyone
            return BoardView(design_key, layout.name, columns, counts, cards, assignees, initiators)

    def board_cards(
        self,
        design_key: str,
        column: str,
        where: BoardFilter | None = None,
        offset: int = 0,
        limit: int = BOARD_PAGE,
    ) -> list[BoardCard]:
        """The next cards of one column (the list asks as the person scrolls down)."""
        with self.unit_of_work() as connection:
            layout = self._layout(connection, design_key)
            return self._cards(
                connection, layout, design_key, column, where or BoardFilter(), offset, limit
            )

    def _layout(self, connection: Connection, design_key: str) -> _Layout:
        """Columns from the latest version; every version's stage nodes mapped to them by title."""
        versions = [
            row.id
            for row in connection.execute(
                select(t.design_versions.c.id).where(t.design_versions.c.design_key == design_key)
            )
        ]
        latest = self.spec(connection, self.latest_version_id(connection, design_key))
        columns = _columns(latest)
        column_of: dict[str, str] = {}
        for version_id in versions:
            for node in self.spec(connection, version_id).nodes.values():
                if isinstance(node, StageNode):
                    column_of[node.id] = node.title
        known = {c.key for c in columns}
        for title in sorted(set(column_of.values()) - known):  # stages only older versions have
            columns.insert(
                len(columns) - len(FINAL_COLUMNS), BoardColumn(title, title, False, None)
            )
        return _Layout(latest.name, columns, column_of)

    def _cards(
        self,
        connection: Connection,
        layout: _Layout,
        design_key: str,
        column: str,
        where: BoardFilter,
        offset: int,
        limit: int,
    ) -> list[BoardCard]:
        instances = t.instances
        query = select(
            instances.c.id,
            instances.c.number,
            instances.c.title,
            instances.c.status,
            instances.c.initiator,
            instances.c.stage_entered_at,
            instances.c.started_at,
            instances.c.finished_at,
        ).where(*_matching(design_key, where))
        if column in FINAL_COLUMNS:
            query = query.where(instances.c.status == column).order_by(
                instances.c.finished_at.desc()
            )
        else:
            query = query.where(instances.c.status.in_(RUNNING))
            if column == NO_STAGE:
                query = query.where(instances.c.stage_node_id.is_(None))
            else:
                nodes = [node for node, title in layout.column_of.items() if title == column]
                query = query.where(instances.c.stage_node_id.in_(nodes))
            # the longest waiting first: they need attention
            query = query.order_by(instances.c.stage_entered_at, instances.c.number)
        rows = connection.execute(query.offset(offset).limit(limit)).all()
        tasks: dict[str, tuple[str, str]] = {}
        if rows and column not in FINAL_COLUMNS:
            for task in connection.execute(
                select(t.tasks.c.instance_id, t.tasks.c.title, t.tasks.c.assignee)
                .where(t.tasks.c.instance_id.in_([r.id for r in rows]), t.tasks.c.state == "open")
                .order_by(t.tasks.c.created_at)
            ):
                tasks.setdefault(task.instance_id, (task.title, task.assignee))
        people = self.directory(connection)
        sla = next((c.sla_days for c in layout.columns if c.key == column), None)
        now = self.clock.now()

        def name(login: str) -> str:
            person = people.person(login)
            return person.name if person else login

        cards = []
        for row in rows:
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
                    sla,
                    row.started_at,
                    row.finished_at,
                )
            )
        return cards

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


@dataclass(frozen=True)
class _Layout:
    name: str
    columns: list[BoardColumn]
    column_of: dict[str, str]  # stage node id (any version) -> column key (its title)


def _matching(design_key: str, where: BoardFilter) -> list[ColumnElement[bool]]:
    """Conditions for the design's instances that match the person's filter."""
    instances = t.instances
    conditions: list[ColumnElement[bool]] = [instances.c.design_key == design_key]
    text = where.text.strip()
    if text:
        number = text.lstrip("№#")
        condition = instances.c.title.ilike(f"%{text}%")
        if number.isdigit():
            condition = condition | (instances.c.number == int(number))
        conditions.append(condition)
    if where.initiator:
        conditions.append(instances.c.initiator == where.initiator)
    if where.assignee:
        conditions.append(
            select(t.tasks.c.id)
            .where(
                t.tasks.c.instance_id == instances.c.id,
                t.tasks.c.state == "open",
                t.tasks.c.assignee == where.assignee,
            )
            .exists()
        )
    return conditions


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
