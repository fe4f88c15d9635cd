"""Where a design refers to fields and roles.

One walk over the design serves three clients: validation (are the names
known?), the editor (may this field be removed?) and the data-flow analysis
(which step fills which field).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from bpdesk.model.actions import (
    CalendarEventAction,
    CreateInstanceAction,
    InviteUserAction,
    NotifyAction,
    PlannedExpenseAction,
    SetFieldAction,
    SetRoleAction,
    WebhookAction,
)
from bpdesk.model.nodes import (
    ActionNode,
    AnyNode,
    ConditionNode,
    StageNode,
    TaskNode,
    TimerNode,
)
from bpdesk.model.people import FieldRef, PersonRef, RoleRef
from bpdesk.model.roles import DepartmentHeadRole, UserFieldRole

if TYPE_CHECKING:
    from bpdesk.model.design import ProcessDesign


@dataclass(frozen=True)
class Text:
    """An expression or template found in the design."""

    place: str
    node_id: str | None
    field_key: str | None
    kind: Literal["expression", "template"]
    text: str


@dataclass(frozen=True)
class Ref:
    """A direct reference to a field or a role by key."""

    place: str
    node_id: str | None
    key: str


KIND_WORDS: dict[str, str] = {
    "start": "start",
    "stage": "stage",
    "task": "task",
    "condition": "condition",
    "parallel": "parallel split",
    "join": "join",
    "action": "action",
    "timer": "timer",
    "end": "end",
}


def node_name(node: AnyNode) -> str:
    """How messages name a step: its kind in words and its title."""
    kind = KIND_WORDS[node.kind]
    return f"{kind} '{node.title}'" if node.title else f"the untitled {kind}"


def texts(design: ProcessDesign) -> Iterator[Text]:
    props = design.properties
    if props.title_template:
        yield Text("the instance title", None, None, "template", props.title_template)
    for field in design.fields:
        if field.required == "when" and field.required_when:
            place = f"the condition under which '{field.label}' is required"
            yield Text(place, None, field.key, "expression", field.required_when)
    for node in design.nodes:
        name = node_name(node)
        if isinstance(node, TaskNode):
            yield Text(f"the title of {name}", node.id, None, "template", node.title)
            if node.description:
                yield Text(f"the text of {name}", node.id, None, "template", node.description)
        elif isinstance(node, ConditionNode):
            for number, branch in enumerate(node.branches, 1):
                label = branch.label or f"branch {number}"
                place = f"'{label}' of {name}"
                yield Text(place, node.id, None, "expression", branch.expression)
        elif isinstance(node, ActionNode):
            yield from _action_texts(node, name)


def _action_texts(node: ActionNode, name: str) -> Iterator[Text]:
    action = node.action
    pairs: list[tuple[str, Literal["expression", "template"], str]] = []
    if isinstance(action, NotifyAction):
        pairs = [("subject", "template", action.subject), ("message", "template", action.message)]
    elif isinstance(action, SetFieldAction):
        pairs = [("value", "expression", action.expression)]
    elif isinstance(action, CalendarEventAction):
        pairs = [
            ("title", "template", action.title),
            ("start", "expression", action.start),
            ("location", "template", action.location),
            ("description", "template", action.description),
        ]
    elif isinstance(action, PlannedExpenseAction):
        pairs = [
            ("amount", "expression", action.amount),
            ("date", "expression", action.date),
            ("description", "template", action.description),
        ]
    elif isinstance(action, CreateInstanceAction):
        pairs = [(f"value of '{k}'", "expression", v) for k, v in action.fields.items()]
    elif isinstance(action, WebhookAction):
        pairs = [("address", "template", action.url)]
    for what, kind, text in pairs:
        if text:
            yield Text(f"the {what} of {name}", node.id, None, kind, text)


def persons(design: ProcessDesign) -> Iterator[tuple[str, str | None, PersonRef]]:
    """Every person reference: (place, node id, reference)."""
    default_sla = design.properties.default_sla
    if default_sla:
        for person in default_sla.notify:
            yield "the default time limit of the process", None, person
    for node in design.nodes:
        name = node_name(node)
        if isinstance(node, TaskNode):
            yield f"the assignee of {name}", node.id, node.assignee
        elif isinstance(node, StageNode):
            for person in node.sla_notify:
                yield f"whom {name} notifies when late", node.id, person
        elif isinstance(node, ActionNode):
            action = node.action
            if isinstance(action, NotifyAction):
                for person in action.recipients:
                    yield f"the recipients of {name}", node.id, person
            elif isinstance(action, CalendarEventAction):
                for person in action.attendees:
                    yield f"the attendees of {name}", node.id, person
            elif isinstance(action, SetRoleAction) and action.person is not None:
                yield f"the person {name} sets", node.id, action.person


def field_refs(design: ProcessDesign) -> Iterator[Ref]:
    """Direct references to fields by key (not through expressions)."""
    for place, node_id, person in persons(design):
        if isinstance(person, FieldRef):
            yield Ref(place, node_id, person.field)
    for role in design.roles:
        if isinstance(role.resolve, UserFieldRole | DepartmentHeadRole) and role.resolve.field:
            yield Ref(f"role '{role.label}'", None, role.resolve.field)
    for node in design.nodes:
        name = node_name(node)
        if isinstance(node, TaskNode):
            for key in node.show_fields:
                yield Ref(f"the fields shown by {name}", node.id, key)
            for item in node.fill_fields:
                yield Ref(f"the fields filled in {name}", node.id, item.field)
            for setting in node.sets_roles:
                yield Ref(f"the roles set by {name}", node.id, setting.field)
        elif isinstance(node, TimerNode) and node.wait == "field" and node.field:
            yield Ref(f"the date {name} waits for", node.id, node.field)
        elif isinstance(node, ActionNode):
            yield from _action_field_refs(node, name)


def _action_field_refs(node: ActionNode, name: str) -> Iterator[Ref]:
    action = node.action
    if isinstance(action, SetFieldAction) and action.field:
        yield Ref(f"the field {name} sets", node.id, action.field)
    elif isinstance(action, InviteUserAction):
        for key in (
            action.email_field,
            action.name_field,
            action.department_field,
            action.position_field,
        ):
            if key:
                yield Ref(f"the fields {name} reads", node.id, key)
    elif isinstance(action, WebhookAction):
        for key in action.payload_fields:
            yield Ref(f"the fields {name} sends", node.id, key)


def role_refs(design: ProcessDesign) -> Iterator[Ref]:
    for place, node_id, person in persons(design):
        if isinstance(person, RoleRef):
            yield Ref(place, node_id, person.role)
    for node in design.nodes:
        if isinstance(node, TaskNode):
            for item in node.sets_roles:
                yield Ref(f"the roles set by {node_name(node)}", node.id, item.role)
        elif (
            isinstance(node, ActionNode)
            and isinstance(node.action, SetRoleAction)
            and node.action.role
        ):
            yield Ref(f"the role {node_name(node)} sets", node.id, node.action.role)


def field_users(design: ProcessDesign, key: str) -> list[str]:
    """Human-readable places that use field ``key``, directly or in a text."""
    from bpdesk.model.expressions import ExpressionError, expression_names, template_names

    places = [ref.place for ref in field_refs(design) if ref.key == key]
    for text in texts(design):
        if text.field_key == key:
            continue
        try:
            parse = expression_names if text.kind == "expression" else template_names
            names = parse(text.text)
        except ExpressionError:
            continue
        if key in names:
            places.append(text.place)
    return list(dict.fromkeys(places))


def role_users(design: ProcessDesign, key: str) -> list[str]:
    return list(dict.fromkeys(ref.place for ref in role_refs(design) if ref.key == key))
