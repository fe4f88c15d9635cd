"""The process design: fields, roles, nodes and edges, with editing operations.

``DesignData`` is the frozen, serialisable shape (what a file holds).
``ProcessDesign`` is the editable document built from it: it keeps the
structural invariants (unique ids and keys, edges between existing ports),
checks every edit before applying it, raises a typed error when it refuses,
and tells its listeners what changed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from pydantic import Field, ValidationError

from bpdesk.model import errors
from bpdesk.model.base import DesignObject, Id, Slug
from bpdesk.model.events import (
    DesignEvent,
    EdgeAdded,
    EdgeRemoved,
    FieldAdded,
    FieldChanged,
    FieldRemoved,
    Listener,
    NodeAdded,
    NodeChanged,
    NodeMoved,
    NodeRemoved,
    ProcessChanged,
    RoleAdded,
    RoleChanged,
    RoleRemoved,
)
from bpdesk.model.fields import FieldDef
from bpdesk.model.ids import new_id
from bpdesk.model.nodes import AnyNode, Edge, Node, Point, StartNode, allows_many_edges
from bpdesk.model.people import PersonRef
from bpdesk.model.references import node_name
from bpdesk.model.roles import RoleDef
from bpdesk.translation import tr

BUILTIN_ROLES = ("initiator",)
_T = TypeVar("_T", bound=DesignObject)


class SlaRule(DesignObject):
    days: int = Field(gt=0)
    notify: tuple[PersonRef, ...] = ()


class ProcessProperties(DesignObject):
    """Process-wide settings, edited in the inspector when nothing is selected."""

    id: Id = Field(default_factory=new_id)
    key: Slug
    name: str = Field(min_length=1)
    description: str = ""
    color: str = Field(default="#3b82f6", pattern=r"^#[0-9a-fA-F]{6}$")
    icon: str = "workflow"
    title_template: str = ""
    default_sla: SlaRule | None = None
    locale: str = Field(default="en", pattern=r"^[a-z]{2}(_[A-Z]{2})?$")


class DesignData(ProcessProperties):
    fields: tuple[FieldDef, ...] = ()
    roles: tuple[RoleDef, ...] = ()
    nodes: tuple[Node, ...] = ()
    edges: tuple[Edge, ...] = ()


PROPERTY_NAMES = tuple(ProcessProperties.model_fields)


class IntegrityProblem(DesignObject):
    path: str
    message: str


class DesignIntegrityError(errors.DesignError):
    """A design breaks a structural rule; ``problems`` lists each with its path."""

    def __init__(self, problems: list[IntegrityProblem]) -> None:
        super().__init__("; ".join(f"{p.path}: {p.message}" for p in problems))
        self.problems = problems


def integrity_problems(data: DesignData) -> list[IntegrityProblem]:
    """Every structural rule ``data`` breaks, with the path of the offending item."""
    problems: list[IntegrityProblem] = []

    def add(path: str, message: str) -> None:
        problems.append(IntegrityProblem(path=path, message=message))

    _unique(data.fields, "fields", "id", add)
    _unique(data.fields, "fields", "key", add)
    _unique(data.roles, "roles", "id", add)
    _unique(data.roles, "roles", "key", add)
    for index, role in enumerate(data.roles):
        if role.key in BUILTIN_ROLES:
            add(f"$.roles[{index}].key", f"'{role.key}' is built in and cannot be redefined")
    seen_ids: dict[str, str] = {}
    for collection in ("nodes", "edges"):
        for index, item in enumerate(getattr(data, collection)):
            path = f"$.{collection}[{index}].id"
            if item.id in seen_ids:
                add(path, f"id {item.id} is used twice (first at {seen_ids[item.id]})")
            else:
                seen_ids[item.id] = path
    nodes = {node.id: node for node in data.nodes}
    used_ports: dict[tuple[str, str], int] = {}
    for index, edge in enumerate(data.edges):
        path = f"$.edges[{index}]"
        source = nodes.get(edge.source)
        target = nodes.get(edge.target)
        if source is None:
            add(f"{path}.source", f"no node has the id {edge.source}")
        if target is None:
            add(f"{path}.target", f"no node has the id {edge.target}")
        if source is None or target is None:
            continue
        problem = _connection_problem(source, edge.port, target)
        if problem:
            add(path, problem)
            continue
        key = (edge.source, edge.port)
        if key in used_ports and not allows_many_edges(source):
            add(f"{path}.port", f"{_port_phrase(source, edge.port)} already has an edge")
        used_ports[key] = index
    pairs = [(edge.source, edge.port, edge.target) for edge in data.edges]
    if len(set(pairs)) != len(pairs):
        add("$.edges", "two edges join the same port to the same node")
    return problems


def _unique(items: Iterable[Any], name: str, attr: str, add: Callable[[str, str], None]) -> None:
    seen: set[str] = set()
    for index, item in enumerate(items):
        value = getattr(item, attr)
        if value in seen:
            add(f"$.{name}[{index}].{attr}", f"{attr} '{value}' is used twice")
        seen.add(value)


def _describe(node: AnyNode) -> str:
    return tr("'{title}'").format(title=node.title) if node.title else node_name(node)


def _port_phrase(node: AnyNode, port: str) -> str:
    label = node.port_label(port)
    if label == "out":
        return _describe(node)
    return tr("outcome '{outcome}' of {step}").format(outcome=label, step=_describe(node))


def _connection_problem(source: AnyNode, port: str, target: AnyNode) -> str | None:
    step = _describe(source)
    if port not in source.output_ports():
        if not source.output_ports():
            return tr("{step} is an end: nothing can follow it").format(step=step)
        return tr("{step} has no outcome '{outcome}'").format(step=step, outcome=port)
    if isinstance(target, StartNode):
        return tr("nothing can lead into the start")
    if source.id == target.id:
        return tr("{step} cannot lead to itself").format(step=step)
    return None


class ProcessDesign:
    """An editable process design.

    Every operation checks first and changes nothing when it raises a
    ``DesignError``; after a change it calls the listeners with one event per
    elementary change (removing a node emits its edges' removals first).
    """

    def __init__(self, data: DesignData) -> None:
        problems = integrity_problems(data)
        if problems:
            raise DesignIntegrityError(problems)
        self._props = ProcessProperties.model_validate(
            {name: getattr(data, name) for name in PROPERTY_NAMES}
        )
        self._fields: list[FieldDef] = list(data.fields)
        self._roles: list[RoleDef] = list(data.roles)
        self._nodes: dict[str, AnyNode] = {node.id: node for node in data.nodes}
        self._edges: dict[str, Edge] = {}
        # Adjacency, kept in step with _edges: node id -> {edge id: edge}.
        self._out: dict[str, dict[str, Edge]] = {node.id: {} for node in data.nodes}
        self._in: dict[str, dict[str, Edge]] = {node.id: {} for node in data.nodes}
        for edge in data.edges:
            self._index_edge(edge)
        self._listeners: list[Listener] = []

    def _index_edge(self, edge: Edge) -> None:
        self._edges[edge.id] = edge
        self._out[edge.source][edge.id] = edge
        self._in[edge.target][edge.id] = edge

    @classmethod
    def new(cls, key: str, name: str) -> ProcessDesign:
        return cls(DesignData(key=key, name=name))

    # ----------------------------------------------------------------- reading
    @property
    def properties(self) -> ProcessProperties:
        return self._props

    @property
    def key(self) -> str:
        return self._props.key

    @property
    def name(self) -> str:
        return self._props.name

    @property
    def fields(self) -> tuple[FieldDef, ...]:
        return tuple(self._fields)

    @property
    def roles(self) -> tuple[RoleDef, ...]:
        return tuple(self._roles)

    @property
    def nodes(self) -> tuple[AnyNode, ...]:
        return tuple(self._nodes.values())

    @property
    def edges(self) -> tuple[Edge, ...]:
        return tuple(self._edges.values())

    def node(self, node_id: str) -> AnyNode:
        try:
            return self._nodes[node_id]
        except KeyError:
            raise errors.UnknownNodeError(f"there is no step with id {node_id}") from None

    def has_node(self, node_id: str) -> bool:
        return node_id in self._nodes

    def edge(self, edge_id: str) -> Edge:
        try:
            return self._edges[edge_id]
        except KeyError:
            raise errors.UnknownEdgeError(f"there is no connection with id {edge_id}") from None

    def field(self, key: str) -> FieldDef:
        for field in self._fields:
            if field.key == key:
                return field
        raise errors.UnknownFieldError(f"there is no field '{key}'")

    def role(self, key: str) -> RoleDef:
        for role in self._roles:
            if role.key == key:
                return role
        raise errors.UnknownRoleError(f"there is no role '{key}'")

    def edges_from(self, node_id: str) -> list[Edge]:
        """Edges leaving a node, in the order they were made."""
        return list(self._out.get(node_id, {}).values())

    def edges_to(self, node_id: str) -> list[Edge]:
        return list(self._in.get(node_id, {}).values())

    def edges_of(self, node_id: str) -> list[Edge]:
        both = {**self._out.get(node_id, {}), **self._in.get(node_id, {})}
        return [edge for edge in self._edges.values() if edge.id in both]

    def to_data(self) -> DesignData:
        return DesignData.model_validate(
            {
                **{name: getattr(self._props, name) for name in PROPERTY_NAMES},
                "fields": self._fields,
                "roles": self._roles,
                "nodes": list(self._nodes.values()),
                "edges": list(self._edges.values()),
            }
        )

    # -------------------------------------------------------------- listeners
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, event: DesignEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # ------------------------------------------------------------------ nodes
    def add_node(self, node: AnyNode) -> AnyNode:
        if node.id in self._nodes or node.id in self._edges:
            raise errors.DuplicateIdError(f"a step with id {node.id} already exists")
        self._nodes[node.id] = node
        self._out[node.id] = {}
        self._in[node.id] = {}
        self._emit(NodeAdded(node))
        return node

    def remove_node(self, node_id: str) -> tuple[AnyNode, list[Edge]]:
        """Remove a node and every edge touching it; returns both for undo."""
        node = self.node(node_id)
        removed = self.edges_of(node_id)
        for edge in removed:
            self.disconnect(edge.id)
        del self._nodes[node_id]
        del self._out[node_id]
        del self._in[node_id]
        self._emit(NodeRemoved(node))
        return node, removed

    def move_node(self, node_id: str, x: float, y: float) -> None:
        node = self.node(node_id)
        if not (math.isfinite(x) and math.isfinite(y)):
            raise errors.InvalidPropertyError("a step's position must be a finite number")
        new = Point(x=float(x), y=float(y))
        if new == node.position:
            return
        self._nodes[node_id] = node.model_copy(update={"position": new})
        self._emit(NodeMoved(node_id, node.position, new))

    def update_node(self, node_id: str, /, **changes: Any) -> AnyNode:
        """Change a node's settings (not its id or kind).

        Refused when an outcome that still has an edge would disappear: the
        designer first disconnects it, as its own undoable step.
        """
        old = self.node(node_id)
        for fixed in ("id", "kind"):
            if fixed in changes and changes[fixed] != getattr(old, fixed):
                raise errors.InvalidPropertyError(f"the {fixed} of a step cannot be changed")
        new = _revalidate(old, changes)
        lost = [e for e in self.edges_from(node_id) if e.port not in new.output_ports()]
        if lost:
            labels = ", ".join(f"'{old.port_label(edge.port)}'" for edge in lost)
            raise errors.PortInUseError(
                tr("disconnect {outcomes} of {step} before removing that outcome").format(
                    outcomes=labels, step=_describe(old)
                )
            )
        if new == old:
            return old
        self._nodes[node_id] = new
        self._emit(NodeChanged(old, new))
        return new

    def replace_node(self, node: AnyNode) -> AnyNode:
        """Put back a whole node value (used by undo); same rules as ``update_node``."""
        changes = {name: getattr(node, name) for name in type(node).model_fields}
        return self.update_node(node.id, **changes)

    # ------------------------------------------------------------------ edges
    def connect(self, source: str, port: str, target: str, edge_id: str | None = None) -> Edge:
        source_node = self.node(source)
        target_node = self.node(target)
        edge_id = edge_id or new_id()
        if edge_id in self._edges or edge_id in self._nodes:
            raise errors.DuplicateIdError(f"a connection with id {edge_id} already exists")
        if port not in source_node.output_ports():
            problem = _connection_problem(source_node, port, target_node)
            raise errors.UnknownPortError(
                problem
                or tr("{step} has no outcome '{outcome}'").format(
                    step=_describe(source_node), outcome=port
                )
            )
        problem = _connection_problem(source_node, port, target_node)
        if problem:
            raise errors.InvalidConnectionError(problem)
        existing = [e for e in self.edges_from(source) if e.port == port]
        if any(e.target == target for e in existing):
            raise errors.InvalidConnectionError(
                tr("{connection} already leads to {step}").format(
                    connection=_port_phrase(source_node, port), step=_describe(target_node)
                )
            )
        if existing and not allows_many_edges(source_node):
            raise errors.PortInUseError(
                tr("{connection} is already connected").format(
                    connection=_port_phrase(source_node, port)
                )
            )
        edge = Edge(id=edge_id, source=source, port=port, target=target)
        self._index_edge(edge)
        self._emit(EdgeAdded(edge))
        return edge

    def disconnect(self, edge_id: str) -> Edge:
        edge = self.edge(edge_id)
        del self._edges[edge_id]
        del self._out[edge.source][edge_id]
        del self._in[edge.target][edge_id]
        self._emit(EdgeRemoved(edge))
        return edge

    # ----------------------------------------------------------------- fields
    def add_field(self, field: FieldDef, index: int | None = None) -> FieldDef:
        if any(f.key == field.key for f in self._fields):
            raise errors.DuplicateKeyError(
                tr("a field with the key '{key}' already exists").format(key=field.key)
            )
        if any(f.id == field.id for f in self._fields):
            raise errors.DuplicateIdError(f"a field with id {field.id} already exists")
        index = len(self._fields) if index is None else max(0, min(index, len(self._fields)))
        self._fields.insert(index, field)
        self._emit(FieldAdded(field, index))
        return field

    def remove_field(self, key: str, force: bool = False) -> tuple[FieldDef, int]:
        """Remove a field; refused while steps use it unless ``force``."""
        field = self.field(key)
        if not force:
            from bpdesk.model.references import field_users

            users = field_users(self, key)
            if users:
                raise errors.InUseError(
                    tr("field '{field}' is still used by: {places}").format(
                        field=field.label, places="; ".join(users)
                    ),
                    users,
                )
        index = self._fields.index(field)
        del self._fields[index]
        self._emit(FieldRemoved(field, index))
        return field, index

    def update_field(self, key: str, /, **changes: Any) -> FieldDef:
        old = self.field(key)
        if "key" in changes and changes["key"] != key:
            raise errors.InvalidPropertyError(
                tr("the key of a field cannot be changed: steps refer to it by its key")
            )
        new = _revalidate(old, changes)
        if new == old:
            return old
        self._fields[self._fields.index(old)] = new
        self._emit(FieldChanged(old, new))
        return new

    # ------------------------------------------------------------------ roles
    def add_role(self, role: RoleDef, index: int | None = None) -> RoleDef:
        if role.key in BUILTIN_ROLES or any(r.key == role.key for r in self._roles):
            raise errors.DuplicateKeyError(
                tr("a role with the key '{key}' already exists").format(key=role.key)
            )
        if any(r.id == role.id for r in self._roles):
            raise errors.DuplicateIdError(f"a role with id {role.id} already exists")
        index = len(self._roles) if index is None else max(0, min(index, len(self._roles)))
        self._roles.insert(index, role)
        self._emit(RoleAdded(role, index))
        return role

    def remove_role(self, key: str, force: bool = False) -> tuple[RoleDef, int]:
        role = self.role(key)
        if not force:
            from bpdesk.model.references import role_users

            users = role_users(self, key)
            if users:
                raise errors.InUseError(
                    tr("role '{role}' is still used by: {places}").format(
                        role=role.label, places="; ".join(users)
                    ),
                    users,
                )
        index = self._roles.index(role)
        del self._roles[index]
        self._emit(RoleRemoved(role, index))
        return role, index

    def update_role(self, key: str, /, **changes: Any) -> RoleDef:
        old = self.role(key)
        if "key" in changes and changes["key"] != key:
            raise errors.InvalidPropertyError(
                tr("the key of a role cannot be changed: steps refer to it by its key")
            )
        new = _revalidate(old, changes)
        if new == old:
            return old
        self._roles[self._roles.index(old)] = new
        self._emit(RoleChanged(old, new))
        return new

    # ---------------------------------------------------------------- process
    def set_properties(self, **changes: Any) -> ProcessProperties:
        if "id" in changes and changes["id"] != self._props.id:
            raise errors.InvalidPropertyError("the id of a process cannot be changed")
        old = self._props
        new = _revalidate(old, changes)
        if new == old:
            return old
        self._props = new
        before = {k: getattr(old, k) for k in changes}
        after = {k: getattr(new, k) for k in changes}
        self._emit(ProcessChanged(before, after))
        return new


def _revalidate(old: _T, changes: dict[str, Any]) -> _T:
    """A copy of ``old`` with ``changes``, validated as a whole; typed error on failure."""
    unknown = sorted(set(changes) - set(type(old).model_fields))
    if unknown:
        raise errors.InvalidPropertyError(f"unknown setting(s): {', '.join(unknown)}")
    values = {name: getattr(old, name) for name in type(old).model_fields}
    values.update(changes)
    try:
        return type(old).model_validate(values)
    except ValidationError as error:
        raise errors.InvalidPropertyError(readable_validation_error(error)) from None


def readable_validation_error(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)
