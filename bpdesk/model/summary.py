"""A plain, JSON-ready summary of a design: what ``bpdesk design show`` prints.

Also the stable ``--json`` shape documented in docs/cli.md.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from bpdesk.model.design import ProcessDesign
from bpdesk.model.nodes import (
    ActionNode,
    AnyNode,
    ConditionNode,
    EndNode,
    StageNode,
    StartNode,
    TaskNode,
    TimerNode,
)
from bpdesk.model.people import PersonRef, RoleRef, UserRef
from bpdesk.model.roles import RoleDef


def person_text(person: PersonRef) -> str:
    if isinstance(person, RoleRef):
        return f"role {person.role}"
    if isinstance(person, UserRef):
        return f"user {person.login}"
    return f"field {person.field}"


def role_text(role: RoleDef) -> str:
    resolve = role.resolve
    kind = resolve.kind
    if kind == "initiator":
        return "the initiator"
    if kind == "fixed_user":
        return f"user {resolve.login}"  # type: ignore[union-attr]
    if kind == "position":
        return f"whoever holds position {resolve.position}"  # type: ignore[union-attr]
    if kind == "user_field":
        return f"the user in field {resolve.field}"  # type: ignore[union-attr]
    if kind == "department_head":
        field = resolve.field  # type: ignore[union-attr]
        return (
            f"head of the department in field {field}"
            if field
            else ("head of the initiator's department")
        )
    if kind == "initiator_manager":
        return "the initiator's manager"
    return "chosen during the run"


def flow_order(design: ProcessDesign) -> list[AnyNode]:
    """Steps in breadth-first order from the start, then any unreachable ones."""
    starts = [node.id for node in design.nodes if isinstance(node, StartNode)]
    seen: dict[str, None] = {}
    queue = deque(starts)
    while queue:
        node_id = queue.popleft()
        if node_id in seen:
            continue
        seen[node_id] = None
        node = design.node(node_id)
        ports = node.output_ports()
        edges = sorted(design.edges_from(node_id), key=lambda e: ports.index(e.port))
        queue.extend(edge.target for edge in edges)
    for node in design.nodes:
        seen.setdefault(node.id, None)
    return [design.node(node_id) for node_id in seen]


def node_details(node: AnyNode) -> dict[str, Any]:
    if isinstance(node, StartNode):
        rule = node.starters
        return {
            "who_may_start": "everyone"
            if rule.everyone
            else {
                "departments": list(rule.departments),
                "positions": list(rule.positions),
                "users": list(rule.users),
            }
        }
    if isinstance(node, StageNode):
        return {"sla_days": node.sla_days, "sla_notify": [person_text(p) for p in node.sla_notify]}
    if isinstance(node, TaskNode):
        return {
            "task": node.task,
            "assignee": person_text(node.assignee),
            "due_days": node.due_days,
            "show_fields": list(node.show_fields),
            "fill_fields": [f.field for f in node.fill_fields],
        }
    if isinstance(node, ConditionNode):
        return {
            "branches": [{"label": b.label, "expression": b.expression} for b in node.branches],
            "otherwise": node.otherwise,
        }
    if isinstance(node, ActionNode):
        return {"action": node.action.type}
    if isinstance(node, TimerNode):
        value = {"duration": node.duration, "date": node.date, "field": node.field}[node.wait]
        return {"wait": node.wait, "until": value}
    if isinstance(node, EndNode):
        return {"result": node.result}
    return {}


def design_summary(design: ProcessDesign) -> dict[str, Any]:
    props = design.properties
    order = flow_order(design)
    titles = {node.id: node.title for node in design.nodes}
    return {
        "key": props.key,
        "name": props.name,
        "description": props.description,
        "title_template": props.title_template,
        "default_sla": None
        if props.default_sla is None
        else {
            "days": props.default_sla.days,
            "notify": [person_text(p) for p in props.default_sla.notify],
        },
        "fields": [
            {
                "key": field.key,
                "label": field.label,
                "type": field.type.value,
                "options": [option.key for option in field.options],
                "currency": field.currency,
                "required": field.required,
                "required_when": field.required_when,
                "start_form": field.start_form,
                "default": field.default,
            }
            for field in design.fields
        ],
        "roles": [
            {
                "key": role.key,
                "label": role.label,
                "kind": role.resolve.kind,
                "resolves_to": role_text(role),
            }
            for role in design.roles
        ],
        "stages": [
            {"id": node.id, "title": node.title, "sla_days": node.sla_days}
            for node in order
            if isinstance(node, StageNode)
        ],
        "nodes": [
            {
                "id": node.id,
                "kind": node.kind,
                "title": node.title,
                **node_details(node),
                "outcomes": [
                    {
                        "port": port,
                        "label": node.port_label(port),
                        "to": [
                            {"id": edge.target, "title": titles[edge.target]}
                            for edge in design.edges_from(node.id)
                            if edge.port == port
                        ],
                    }
                    for port in node.output_ports()
                ],
            }
            for node in order
        ],
    }


__all__ = ["design_summary", "flow_order", "person_text", "role_text"]
