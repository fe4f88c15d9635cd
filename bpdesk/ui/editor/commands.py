"""Undoable edits: one command per model operation, composites as macros.

A command is applied once before it is pushed (``DesignDocument``-level
``run``), so a refused edit never reaches the undo stack; the stack's first
``redo`` then does nothing. Later redos and undos call the model again, which
emits events, which the scene follows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QUndoCommand

from bpdesk.model import AnyNode, Edge, FieldDef, ProcessDesign, RoleDef
from bpdesk.model.errors import DesignError
from bpdesk.model.nodes import Point

MOVE_ID = 1
UPDATE_ID = 2


class _AppliedOnce(QUndoCommand):
    """Applied by ``run`` before it is pushed, so the stack's first redo does nothing."""

    _applied_by_run = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied_by_run:
            self._applied_by_run = False
            return
        self.apply()

    def undo(self) -> None:
        self.revert()


class ModelCommand(_AppliedOnce):
    def __init__(
        self, design: ProcessDesign, text: str, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(text, parent)
        self.design = design


class MacroCommand(_AppliedOnce):
    """Several commands as one undo step; children are applied in order, undone in reverse."""

    def __init__(self, text: str, children: list[ModelCommand]) -> None:
        super().__init__(text)
        self.steps = children

    def apply(self) -> None:
        done: list[ModelCommand] = []
        try:
            for step in self.steps:
                step.apply()
                done.append(step)
        except DesignError:
            for step in reversed(done):
                step.revert()
            raise

    def revert(self) -> None:
        for step in reversed(self.steps):
            step.revert()


def run(stack: Any, command: ModelCommand | MacroCommand) -> None:
    """Apply ``command``; only if the model accepts it, push it on ``stack``."""
    command.apply()
    command._applied_by_run = True
    stack.push(command)


# ------------------------------------------------------------------- nodes
class AddNode(ModelCommand):
    def __init__(self, design: ProcessDesign, node: AnyNode) -> None:
        super().__init__(design, f"Add {node.kind}")
        self.node = node

    def apply(self) -> None:
        self.design.add_node(self.node)

    def revert(self) -> None:
        self.design.remove_node(self.node.id)


class RemoveItems(ModelCommand):
    """Delete nodes (with their edges) and edges; undo puts back the same ids."""

    def __init__(
        self, design: ProcessDesign, node_ids: Iterable[str], edge_ids: Iterable[str]
    ) -> None:
        node_ids, edge_ids = list(node_ids), list(edge_ids)
        count = len(node_ids) + len(edge_ids)
        super().__init__(design, "Delete" if count != 1 else "Delete item")
        self.node_ids = node_ids
        self.edge_ids = [
            e
            for e in edge_ids
            if design.edge(e).source not in node_ids and design.edge(e).target not in node_ids
        ]
        self._nodes: list[tuple[int, AnyNode]] = []
        self._edges: list[Edge] = []

    def apply(self) -> None:
        order = {node.id: index for index, node in enumerate(self.design.nodes)}
        self._edges = [self.design.disconnect(edge_id) for edge_id in self.edge_ids]
        self._nodes = []
        for node_id in self.node_ids:
            node, edges = self.design.remove_node(node_id)
            self._nodes.append((order[node_id], node))
            self._edges.extend(edges)

    def revert(self) -> None:
        for _, node in self._nodes:
            self.design.add_node(node)
        for edge in self._edges:
            self.design.connect(edge.source, edge.port, edge.target, edge_id=edge.id)


class MoveNodes(ModelCommand):
    """One step for a drag of many nodes; arrow-key nudges of the same nodes merge."""

    def __init__(
        self,
        design: ProcessDesign,
        moves: dict[str, tuple[Point, Point]],
        text: str = "Move",
        nudge: bool = False,
    ) -> None:
        super().__init__(design, text)
        self.moves = moves
        self.nudge = nudge

    def id(self) -> int:
        return MOVE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, MoveNodes)
            or not other.nudge
            or set(other.moves) != set(self.moves)
        ):
            return False
        for node_id, (_, new) in other.moves.items():
            self.moves[node_id] = (self.moves[node_id][0], new)
        return True

    def apply(self) -> None:
        for node_id, (_, new) in self.moves.items():
            self.design.move_node(node_id, new.x, new.y)

    def revert(self) -> None:
        for node_id, (old, _) in self.moves.items():
            self.design.move_node(node_id, old.x, old.y)


class UpdateNode(ModelCommand):
    """A change of a node's settings; typing into one setting merges into one step."""

    def __init__(
        self,
        design: ProcessDesign,
        node_id: str,
        changes: dict[str, Any],
        merge_key: str | None = None,
    ) -> None:
        old = design.node(node_id)
        super().__init__(design, f"Change {', '.join(changes)}")
        self.node_id = node_id
        self.old = old
        self.changes = changes
        self.merge_key = merge_key

    def id(self) -> int:
        return UPDATE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            isinstance(other, UpdateNode)
            and other.node_id == self.node_id
            and other.merge_key == self.merge_key
            and self.merge_key is not None
        ):
            self.changes = {**self.changes, **other.changes}
            return True
        return False

    def apply(self) -> None:
        self.design.update_node(self.node_id, **self.changes)

    def revert(self) -> None:
        self.design.replace_node(self.old)


# ------------------------------------------------------------------- edges
class Connect(ModelCommand):
    def __init__(
        self, design: ProcessDesign, source: str, port: str, target: str, edge_id: str | None = None
    ) -> None:
        super().__init__(design, "Connect")
        from bpdesk.model.ids import new_id

        self.source, self.port, self.target = source, port, target
        self.edge_id = edge_id or new_id()

    def apply(self) -> None:
        self.design.connect(self.source, self.port, self.target, edge_id=self.edge_id)

    def revert(self) -> None:
        self.design.disconnect(self.edge_id)


class Reconnect(ModelCommand):
    """Move an edge's end to another node, keeping its id."""

    def __init__(self, design: ProcessDesign, edge_id: str, new_target: str) -> None:
        super().__init__(design, "Reconnect")
        self.edge = design.edge(edge_id)
        self.new_target = new_target

    def apply(self) -> None:
        edge = self.edge
        self.design.disconnect(edge.id)
        try:
            self.design.connect(edge.source, edge.port, self.new_target, edge_id=edge.id)
        except DesignError:
            self.design.connect(edge.source, edge.port, edge.target, edge_id=edge.id)
            raise

    def revert(self) -> None:
        edge = self.edge
        self.design.disconnect(edge.id)
        self.design.connect(edge.source, edge.port, edge.target, edge_id=edge.id)


# ----------------------------------------------------------- fields, roles
class FieldCommand(ModelCommand):
    """Add (``new`` only), remove (``old`` only) or change a field."""

    def __init__(
        self,
        design: ProcessDesign,
        old: FieldDef | None,
        new: FieldDef | None,
        merge_key: str | None = None,
    ) -> None:
        verb = "Add field" if old is None else "Delete field" if new is None else "Change field"
        super().__init__(design, verb)
        self.old, self.new, self.merge_key = old, new, merge_key
        self._index: int | None = None

    def id(self) -> int:
        return UPDATE_ID + 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            isinstance(other, FieldCommand)
            and self.merge_key
            and other.merge_key == self.merge_key
            and self.new is not None
            and other.old is not None
            and other.new is not None
            and other.old.key == self.new.key
        ):
            self.new = other.new
            return True
        return False

    def apply(self) -> None:
        if self.old is None and self.new is not None:
            self.design.add_field(self.new, self._index)
        elif self.new is None and self.old is not None:
            _, self._index = self.design.remove_field(self.old.key, force=True)
        elif self.old is not None and self.new is not None:
            values = {k: getattr(self.new, k) for k in type(self.new).model_fields if k != "key"}
            self.design.update_field(self.old.key, **values)

    def revert(self) -> None:
        if self.old is None and self.new is not None:
            self._index = self.design.remove_field(self.new.key, force=True)[1]
        elif self.new is None and self.old is not None:
            self.design.add_field(self.old, self._index)
        elif self.old is not None:
            values = {k: getattr(self.old, k) for k in type(self.old).model_fields if k != "key"}
            self.design.update_field(self.old.key, **values)


class RoleCommand(ModelCommand):
    """Add (``new`` only), remove (``old`` only) or change a role; typing a name merges."""

    def __init__(
        self,
        design: ProcessDesign,
        old: RoleDef | None,
        new: RoleDef | None,
        merge_key: str | None = None,
    ) -> None:
        verb = "Add role" if old is None else "Delete role" if new is None else "Change role"
        super().__init__(design, verb)
        self.old, self.new, self.merge_key = old, new, merge_key
        self._index: int | None = None

    def id(self) -> int:
        return UPDATE_ID + 2 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            isinstance(other, RoleCommand)
            and self.merge_key
            and other.merge_key == self.merge_key
            and self.old is not None
            and other.new is not None
        ):
            self.new = other.new
            return True
        return False

    def apply(self) -> None:
        if self.old is None and self.new is not None:
            self.design.add_role(self.new, self._index)
        elif self.new is None and self.old is not None:
            _, self._index = self.design.remove_role(self.old.key, force=True)
        elif self.old is not None and self.new is not None:
            self.design.update_role(self.old.key, label=self.new.label, resolve=self.new.resolve)

    def revert(self) -> None:
        if self.old is None and self.new is not None:
            self._index = self.design.remove_role(self.new.key, force=True)[1]
        elif self.new is None and self.old is not None:
            self.design.add_role(self.old, self._index)
        elif self.old is not None:
            self.design.update_role(self.old.key, label=self.old.label, resolve=self.old.resolve)


class SetProperties(ModelCommand):
    def __init__(
        self, design: ProcessDesign, changes: dict[str, Any], merge_key: str | None = None
    ) -> None:
        super().__init__(design, f"Change {', '.join(changes)}")
        props = design.properties
        self.before = {name: getattr(props, name) for name in changes}
        self.changes = changes
        self.merge_key = merge_key

    def id(self) -> int:
        return UPDATE_ID + 2 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            isinstance(other, SetProperties)
            and self.merge_key
            and other.merge_key == self.merge_key
        ):
            self.changes = {**self.changes, **other.changes}
            return True
        return False

    def apply(self) -> None:
        self.design.set_properties(**self.changes)

    def revert(self) -> None:
        self.design.set_properties(**self.before)


def moves_to(design: ProcessDesign, places: dict[str, tuple[float, float]], text: str) -> MoveNodes:
    moves = {}
    for node_id, (x, y) in places.items():
        old = design.node(node_id).position
        if (old.x, old.y) != (x, y):
            moves[node_id] = (old, Point(x=x, y=y))
    return MoveNodes(design, moves, text)


Factory = Callable[[ProcessDesign], ModelCommand]
