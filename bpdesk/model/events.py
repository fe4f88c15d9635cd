"""Plain-Python events a design emits after each change.

The designer UI bridges them to Qt signals; model tests subscribe with a list.
Each event carries enough (old and new values) to undo the change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bpdesk.model.fields import FieldDef
from bpdesk.model.nodes import AnyNode, Edge, Point
from bpdesk.model.roles import RoleDef


@dataclass(frozen=True)
class NodeAdded:
    node: AnyNode


@dataclass(frozen=True)
class NodeRemoved:
    node: AnyNode


@dataclass(frozen=True)
class NodeChanged:
    old: AnyNode
    new: AnyNode


@dataclass(frozen=True)
class NodeMoved:
    node_id: str
    old: Point
    new: Point


@dataclass(frozen=True)
class EdgeAdded:
    edge: Edge


@dataclass(frozen=True)
class EdgeRemoved:
    edge: Edge


@dataclass(frozen=True)
class FieldAdded:
    field: FieldDef
    index: int


@dataclass(frozen=True)
class FieldRemoved:
    field: FieldDef
    index: int


@dataclass(frozen=True)
class FieldChanged:
    old: FieldDef
    new: FieldDef


@dataclass(frozen=True)
class RoleAdded:
    role: RoleDef
    index: int


@dataclass(frozen=True)
class RoleRemoved:
    role: RoleDef
    index: int


@dataclass(frozen=True)
class RoleChanged:
    old: RoleDef
    new: RoleDef


@dataclass(frozen=True)
class ProcessChanged:
    old: dict[str, Any]
    new: dict[str, Any]


DesignEvent = (
    NodeAdded
    | NodeRemoved
    | NodeChanged
    | NodeMoved
    | EdgeAdded
    | EdgeRemoved
    | FieldAdded
    | FieldRemoved
    | FieldChanged
    | RoleAdded
    | RoleRemoved
    | RoleChanged
    | ProcessChanged
)

Listener = Callable[[DesignEvent], None]
