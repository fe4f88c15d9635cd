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
from bpdesk.translation import tr, tr_later

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


# How messages name a step of each kind: with its title, and without one.
_NAMED: dict[str, tuple[str, str]] = {
    "start": (tr_later("start '{title}'"), tr_later("the untitled start")),
    "stage": (tr_later("stage '{title}'"), tr_later("the untitled stage")),
    "task": (tr_later("task '{title}'"), tr_later("the untitled task")),
    "condition": (tr_later("condition '{title}'"), tr_later("the untitled condition")),
    "parallel": (tr_later("parallel split '{title}'"), tr_later("the untitled parallel split")),
    "join": (tr_later("join '{title}'"), tr_later("the untitled join")),
    "action": (tr_later("action '{title}'"), tr_later("the untitled action")),
    "timer": (tr_later("timer '{title}'"), tr_later("the untitled timer")),
    "end": (tr_later("end '{title}'"), tr_later("the untitled end")),
}


def node_name(node: AnyNode) -> str:
    """How messages name a step: its kind in words and its title."""
    titled, untitled = _NAMED[node.kind]
    return tr(titled).format(title=node.title) if node.title else tr(untitled)


def texts(design: ProcessDesign) -> Iterator[Text]:
    props = design.properties
    if props.title_template:
        yield Text(tr("the instance title"), None, None, "template", props.title_template)
    for field in design.fields:
        if field.required == "when" and field.required_when:
            place = tr("the condition under which '{field}' is required").format(field=field.label)
            yield Text(place, None, field.key, "expression", field.required_when)
    for node in design.nodes:
        name = node_name(node)
        if isinstance(node, TaskNode):
            yield Text(
                tr("the title of {step}").format(step=name), node.id, None, "template", node.title
            )
            if node.description:
                place = tr("the text of {step}").format(step=name)
                yield Text(place, node.id, None, "template", node.description)
        elif isinstance(node, ConditionNode):
            for number, branch in enumerate(node.branches, 1):
                label = branch.label or tr("branch {number}").format(number=number)
                place = tr("'{branch}' of {step}").format(branch=label, step=name)
                yield Text(place, node.id, None, "expression", branch.expression)
        elif isinstance(node, ActionNode):
            yield from _action_texts(node, name)


def _action_texts(node: ActionNode, name: str) -> Iterator[Text]:
    action = node.action
    pairs: list[tuple[str, Literal["expression", "template"], str]] = []
    if isinstance(action, NotifyAction):
        pairs = [
            (tr("the subject of {step}"), "template", action.subject),
            (tr("the message of {step}"), "template", action.message),
        ]
    elif isinstance(action, SetFieldAction):
        pairs = [(tr("the value of {step}"), "expression", action.expression)]
    elif isinstance(action, CalendarEventAction):
        pairs = [
            (tr("the title of {step}"), "template", action.title),
            (tr("the start of {step}"), "expression", action.start),
            (tr("the location of {step}"), "template", action.location),
            (tr("the description of {step}"), "template", action.description),
        ]
    elif isinstance(action, PlannedExpenseAction):
        pairs = [
            (tr("the amount of {step}"), "expression", action.amount),
            (tr("the date of {step}"), "expression", action.date),
            (tr("the description of {step}"), "template", action.description),
        ]
    elif isinstance(action, CreateInstanceAction):
        value_of = tr("the value of '{field}' of {step}")
        pairs = [
            (value_of.replace("{field}", k), "expression", v) for k, v in action.fields.items()
        ]
    elif isinstance(action, WebhookAction):
        pairs = [(tr("the address of {step}"), "template", action.url)]
    for place, kind, text in pairs:
        if text:
            yield Text(place.replace("{step}", name), node.id, None, kind, text)


def persons(design: ProcessDesign) -> Iterator[tuple[str, str | None, PersonRef]]:
    """Every person reference: (place, node id, reference)."""
    default_sla = design.properties.default_sla
    if default_sla:
        for person in default_sla.notify:
            yield tr("the default time limit of the process"), None, person
    for node in design.nodes:
        name = node_name(node)
        if isinstance(node, TaskNode):
            yield tr("the assignee of {step}").format(step=name), node.id, node.assignee
        elif isinstance(node, StageNode):
            for person in node.sla_notify:
                yield tr("whom {step} notifies when late").format(step=name), node.id, person
        elif isinstance(node, ActionNode):
            action = node.action
            if isinstance(action, NotifyAction):
                for person in action.recipients:
                    yield tr("the recipients of {step}").format(step=name), node.id, person
            elif isinstance(action, CalendarEventAction):
                for person in action.attendees:
                    yield tr("the attendees of {step}").format(step=name), node.id, person
            elif isinstance(action, SetRoleAction) and action.person is not None:
                yield tr("the person {step} sets").format(step=name), node.id, action.person


def field_refs(design: ProcessDesign) -> Iterator[Ref]:
    """Direct references to fields by key (not through expressions)."""
    for place, node_id, person in persons(design):
        if isinstance(person, FieldRef):
            yield Ref(place, node_id, person.field)
    for role in design.roles:
        if isinstance(role.resolve, UserFieldRole | DepartmentHeadRole) and role.resolve.field:
            yield Ref(role_name(role.label), None, role.resolve.field)
    for node in design.nodes:
        name = node_name(node)
        if isinstance(node, TaskNode):
            for key in node.show_fields:
                yield Ref(tr("the fields shown by {step}").format(step=name), node.id, key)
            for item in node.fill_fields:
                yield Ref(tr("the fields filled in {step}").format(step=name), node.id, item.field)
            for setting in node.sets_roles:
                yield Ref(tr("the roles set by {step}").format(step=name), node.id, setting.field)
        elif isinstance(node, TimerNode) and node.wait == "field" and node.field:
            yield Ref(tr("the date {step} waits for").format(step=name), node.id, node.field)
        elif isinstance(node, ActionNode):
            yield from _action_field_refs(node, name)


def _action_field_refs(node: ActionNode, name: str) -> Iterator[Ref]:
    action = node.action
    if isinstance(action, SetFieldAction) and action.field:
        yield Ref(tr("the field {step} sets").format(step=name), node.id, action.field)
    elif isinstance(action, InviteUserAction):
        for key in (
            action.email_field,
            action.name_field,
            action.department_field,
            action.position_field,
        ):
            if key:
                yield Ref(tr("the fields {step} reads").format(step=name), node.id, key)
    elif isinstance(action, WebhookAction):
        for key in action.payload_fields:
            yield Ref(tr("the fields {step} sends").format(step=name), node.id, key)


def role_refs(design: ProcessDesign) -> Iterator[Ref]:
    for place, node_id, person in persons(design):
        if isinstance(person, RoleRef):
            yield Ref(place, node_id, person.role)
    for node in design.nodes:
        if isinstance(node, TaskNode):
            for item in node.sets_roles:
                place = tr("the roles set by {step}").format(step=node_name(node))
                yield Ref(place, node.id, item.role)
        elif (
            isinstance(node, ActionNode)
            and isinstance(node.action, SetRoleAction)
            and node.action.role
        ):
            place = tr("the role {step} sets").format(step=node_name(node))
            yield Ref(place, node.id, node.action.role)


def role_name(label: str) -> str:
    return tr("role '{role}'").format(role=label)


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
