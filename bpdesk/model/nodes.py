"""Node kinds of a process graph and their output ports.

Every node has a position on the canvas and a list of output ports; an edge
leaves a port and enters a node. A task has one port per outcome, a condition
one per branch plus ``otherwise``; the other kinds have a single ``out`` port
(``end`` has none).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, model_validator

from bpdesk.model.actions import ActionSettings
from bpdesk.model.base import DesignObject, Id, Key
from bpdesk.model.durations import parse_duration
from bpdesk.model.ids import new_id
from bpdesk.model.people import PersonRef, RoleRef

OUT = "out"
OTHERWISE = "otherwise"


class Point(DesignObject):
    """A node's centre on the canvas, in scene units."""

    x: float = Field(allow_inf_nan=False)
    y: float = Field(allow_inf_nan=False)


class NodeBase(DesignObject):
    id: Id = Field(default_factory=new_id)
    title: str = ""
    position: Point = Field(default_factory=lambda: Point(x=0.0, y=0.0))

    def output_ports(self) -> tuple[str, ...]:
        return (OUT,)

    def port_label(self, port: str) -> str:
        return port


class StartRule(DesignObject):
    """Who may start the process: everyone, or the listed departments, positions, users."""

    everyone: bool = True
    departments: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()
    users: tuple[str, ...] = ()


class StartNode(NodeBase):
    kind: Literal["start"] = "start"
    starters: StartRule = Field(default_factory=StartRule)


class StageNode(NodeBase):
    """Entering a stage moves the instance to that board column and restarts its clock."""

    kind: Literal["stage"] = "stage"
    sla_days: int | None = Field(default=None, gt=0)
    sla_notify: tuple[PersonRef, ...] = ()


class Outcome(DesignObject):
    key: Key
    label: str = Field(min_length=1)


class FieldToFill(DesignObject):
    field: Key
    required: bool = True


class RoleFromField(DesignObject):
    """After the task, ``role`` becomes the user the assignee put in ``field``."""

    role: Key
    field: Key


TaskKind = Literal["approve", "request_info", "acknowledge", "todo", "choice"]

FIXED_OUTCOMES: dict[str, tuple[str, ...]] = {
    "approve": ("approved", "rejected"),
    "request_info": ("done",),
    "acknowledge": ("acknowledged",),
    "todo": ("done",),
}


class TaskNode(NodeBase):
    kind: Literal["task"] = "task"
    task: TaskKind = "todo"
    assignee: PersonRef = Field(default_factory=lambda: RoleRef(role="initiator"))
    description: str = ""
    due_days: int | None = Field(default=None, gt=0)
    show_fields: tuple[Key, ...] = ()
    fill_fields: tuple[FieldToFill, ...] = ()
    choices: tuple[Outcome, ...] = ()
    comment_required_on_reject: bool = False
    sets_roles: tuple[RoleFromField, ...] = ()

    @model_validator(mode="after")
    def _outcomes_fit_kind(self) -> TaskNode:
        if self.task == "choice":
            if len(self.choices) < 2:
                raise ValueError("a choice task needs at least two options")
            keys = [choice.key for choice in self.choices]
            if len(set(keys)) != len(keys):
                raise ValueError("two options of a choice task have the same key")
        elif self.choices:
            raise ValueError(f"only choice tasks have options (this one is '{self.task}')")
        if self.comment_required_on_reject and self.task != "approve":
            raise ValueError("only approval tasks can require a comment on reject")
        fill = [item.field for item in self.fill_fields]
        if len(set(fill)) != len(fill):
            raise ValueError("a field is listed twice among the fields to fill")
        return self

    def output_ports(self) -> tuple[str, ...]:
        if self.task == "choice":
            return tuple(choice.key for choice in self.choices)
        return FIXED_OUTCOMES[self.task]

    def port_label(self, port: str) -> str:
        for choice in self.choices:
            if choice.key == port:
                return choice.label
        return port


STANDARD_OUTCOME_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "approved": "Approved",
        "rejected": "Rejected",
        "done": "Done",
        "acknowledged": "Acknowledged",
    },
    "ru": {
        "approved": "Согласовано",
        "rejected": "Отклонено",
        "done": "Готово",
        "acknowledged": "Ознакомлен",
    },
}


def outcome_words(node: AnyNode, port: str, locale: str = "en") -> str:
    """How an outcome reads in the design's language (choices and branches have their own)."""
    label = node.port_label(port)
    if label != port or port == "otherwise":
        return label
    words = STANDARD_OUTCOME_WORDS.get(locale.split("_")[0], STANDARD_OUTCOME_WORDS["en"])
    return words.get(port, label)


class Branch(DesignObject):
    id: Id = Field(default_factory=new_id)
    label: str = ""
    expression: str = ""


class ConditionNode(NodeBase):
    """Branches are tried in order; the first that holds is taken, else ``otherwise``."""

    kind: Literal["condition"] = "condition"
    branches: tuple[Branch, ...] = ()
    otherwise: bool = True
    otherwise_label: str = ""

    @model_validator(mode="after")
    def _unique_branches(self) -> ConditionNode:
        ids = [branch.id for branch in self.branches]
        if len(set(ids)) != len(ids):
            raise ValueError("two branches of a condition have the same id")
        return self

    def output_ports(self) -> tuple[str, ...]:
        ports = tuple(branch.id for branch in self.branches)
        return (*ports, OTHERWISE) if self.otherwise else ports

    def port_label(self, port: str) -> str:
        for branch in self.branches:
            if branch.id == port:
                return branch.label or branch.expression
        return self.otherwise_label or port


class ParallelNode(NodeBase):
    """Parallel split: every edge leaving ``out`` starts a branch at once."""

    kind: Literal["parallel"] = "parallel"


class JoinNode(NodeBase):
    """Waits until every incoming branch has arrived."""

    kind: Literal["join"] = "join"


class ActionNode(NodeBase):
    kind: Literal["action"] = "action"
    action: ActionSettings


class TimerNode(NodeBase):
    """Waits for an ISO-8601 duration, until a fixed datetime, or until a date field."""

    kind: Literal["timer"] = "timer"
    wait: Literal["duration", "date", "field"] = "duration"
    duration: str | None = "P1D"
    date: str | None = None
    field: Key | None = None

    @model_validator(mode="after")
    def _one_setting(self) -> TimerNode:
        needed = {"duration": self.duration, "date": self.date, "field": self.field}[self.wait]
        if not needed:
            raise ValueError(f"a timer that waits by '{self.wait}' needs its '{self.wait}' set")
        if self.wait == "duration" and self.duration:
            parse_duration(self.duration)
        if self.wait == "date" and self.date:
            try:
                dt.datetime.fromisoformat(self.date)
            except ValueError:
                raise ValueError(f"'{self.date}' is not a date and time (ISO 8601)") from None
        return self


class EndNode(NodeBase):
    kind: Literal["end"] = "end"
    result: Literal["success", "rejected", "cancelled"] = "success"

    def output_ports(self) -> tuple[str, ...]:
        return ()


Node = Annotated[
    StartNode
    | StageNode
    | TaskNode
    | ConditionNode
    | ParallelNode
    | JoinNode
    | ActionNode
    | TimerNode
    | EndNode,
    Field(discriminator="kind"),
]

AnyNode = (
    StartNode
    | StageNode
    | TaskNode
    | ConditionNode
    | ParallelNode
    | JoinNode
    | ActionNode
    | TimerNode
    | EndNode
)

NODE_KINDS: tuple[str, ...] = (
    "start",
    "stage",
    "task",
    "condition",
    "parallel",
    "join",
    "action",
    "timer",
    "end",
)

# Nominal size of each kind on the canvas (width, height), shared by the
# layout and the canvas so that "no overlaps" means the same thing to both.
NODE_SIZE: dict[str, tuple[float, float]] = {
    "start": (56.0, 56.0),
    "stage": (200.0, 56.0),
    "task": (200.0, 84.0),
    "condition": (96.0, 96.0),
    "parallel": (56.0, 56.0),
    "join": (56.0, 56.0),
    "action": (200.0, 64.0),
    "timer": (64.0, 64.0),
    "end": (56.0, 56.0),
}


def allows_many_edges(node: AnyNode) -> bool:
    """Only a parallel split may have several edges leaving one port."""
    return isinstance(node, ParallelNode)


class Edge(DesignObject):
    id: Id = Field(default_factory=new_id)
    source: Id
    port: str = Field(min_length=1)
    target: Id
