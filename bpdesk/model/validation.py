"""Whole-design checks, reported in plain language.

``validate(design)`` returns every problem it finds, each tied to the step,
field or role it concerns, with a message a non-programmer can act on. Errors
block publishing; warnings are advice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import networkx as nx

from bpdesk.model import references
from bpdesk.model.actions import InviteUserAction, SetFieldAction, WebhookAction, missing_settings
from bpdesk.model.dataflow import FlowFacts, analyse_flow
from bpdesk.model.design import BUILTIN_ROLES, ProcessDesign
from bpdesk.model.expressions import (
    ExpressionError,
    expression_names,
    template_names,
    unknown_names,
)
from bpdesk.model.fields import FieldDef, FieldType
from bpdesk.model.nodes import (
    OUT,
    ActionNode,
    AnyNode,
    ConditionNode,
    EndNode,
    JoinNode,
    ParallelNode,
    StartNode,
    TaskNode,
    TimerNode,
    outcome_words,
)
from bpdesk.model.people import FieldRef, PersonRef, RoleRef
from bpdesk.model.references import node_name, role_name
from bpdesk.model.roles import DepartmentHeadRole, RoleDef, SetDuringRunRole, UserFieldRole
from bpdesk.translation import tr, tr_later

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    severity: Severity
    code: str
    message: str
    node_id: str | None = None
    field_key: str | None = None
    role_key: str | None = None

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(problem.severity == "error" for problem in problems)


def build_graph(design: ProcessDesign) -> nx.MultiDiGraph:
    graph: nx.MultiDiGraph = nx.MultiDiGraph()
    for node in design.nodes:
        graph.add_node(node.id)
    for edge in design.edges:
        graph.add_edge(edge.source, edge.target, key=edge.id, port=edge.port)
    return graph


def validate(design: ProcessDesign) -> list[Problem]:
    """Every problem of ``design``: errors first, then warnings, each in design order."""
    problems: list[Problem] = []
    graph = build_graph(design)
    starts = [node for node in design.nodes if isinstance(node, StartNode)]
    problems += _check_start_and_end(design, starts)
    problems += _check_reachability(design, graph, starts)
    problems += _check_ports(design)
    problems += _check_names(design)
    problems += _check_references(design)
    problems += _check_incomplete_actions(design)
    problems += _check_parallel(design, graph)
    problems += _check_loops(design, graph)
    problems += _check_required_fields(design)
    if len(starts) == 1:
        problems += _check_flow(design, analyse_flow(design, starts[0].id))
    order = {node.id: index for index, node in enumerate(design.nodes)}
    problems.sort(key=lambda p: (p.severity != "error", order.get(p.node_id or "", -1)))
    return list(dict.fromkeys(problems))


def _error(code: str, message: str, node: AnyNode | None = None, **where: str) -> Problem:
    return Problem("error", code, message, node.id if node else None, **where)


def _warning(code: str, message: str, node: AnyNode | None = None, **where: str) -> Problem:
    return Problem("warning", code, message, node.id if node else None, **where)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _names(node: AnyNode) -> dict[str, str]:
    """A step's name for messages: ``{step}`` inside a sentence, ``{Step}`` opening one."""
    name = node_name(node)
    return {"step": name, "Step": _capital(name)}


_TYPE_WORDS: dict[str, str] = {
    "text": tr_later("text"),
    "multiline": tr_later("multi-line text"),
    "number": tr_later("number"),
    "money": tr_later("money"),
    "date": tr_later("date"),
    "datetime": tr_later("date and time"),
    "boolean": tr_later("yes/no"),
    "choice": tr_later("choice"),
    "user": tr_later("user"),
    "department": tr_later("department"),
    "file": tr_later("file"),
    "url": tr_later("link"),
    "email": tr_later("e-mail"),
}


def _type_words(kind: FieldType) -> str:
    return tr(_TYPE_WORDS.get(kind.value, kind.value))


# ---------------------------------------------------------------- graph shape
def _check_start_and_end(design: ProcessDesign, starts: list[StartNode]) -> list[Problem]:
    problems = []
    if not starts:
        problems.append(_error("no_start", tr("The process has no start: add one start step.")))
    for extra in starts[1:]:
        problems.append(
            _error(
                "several_starts", tr("The process has more than one start: keep only one."), extra
            )
        )
    if design.nodes and not any(isinstance(node, EndNode) for node in design.nodes):
        problems.append(_error("no_end", tr("The process has no end: add at least one end step.")))
    return problems


def _check_reachability(
    design: ProcessDesign, graph: nx.MultiDiGraph, starts: list[StartNode]
) -> list[Problem]:
    problems = []
    if starts:
        reached = set().union(*(nx.descendants(graph, s.id) | {s.id} for s in starts))
        for node in design.nodes:
            if node.id not in reached:
                problems.append(
                    _error(
                        "unreachable",
                        tr(
                            "{Step} can never be reached from the start: "
                            "connect something to it or delete it."
                        ).format(**_names(node)),
                        node,
                    )
                )
    ends = [node.id for node in design.nodes if isinstance(node, EndNode)]
    if ends:
        can_finish = set().union(*(nx.ancestors(graph, end) | {end} for end in ends))
        for node in design.nodes:
            if node.id not in can_finish:
                problems.append(
                    _error(
                        "no_way_to_end",
                        tr(
                            "From {step} there is no way to an end: an instance that "
                            "gets here could never finish."
                        ).format(**_names(node)),
                        node,
                    )
                )
    return problems


def _check_ports(design: ProcessDesign) -> list[Problem]:
    problems = []
    for node in design.nodes:
        used = {edge.port for edge in design.edges_from(node.id)}
        for port in node.output_ports():
            if port in used:
                continue
            if port == OUT:
                message = tr("{Step} has no next step: connect it to one.").format(**_names(node))
            elif isinstance(node, ConditionNode):
                label = node.port_label(port)
                message = tr("Branch '{branch}' of {step} leads nowhere: connect it.").format(
                    branch=label, **_names(node)
                )
            else:
                label = outcome_words(node, port, design.properties.locale)
                message = tr("Outcome '{outcome}' of {step} leads nowhere: connect it.").format(
                    outcome=label, **_names(node)
                )
            problems.append(_error("unconnected_port", message, node))
        if isinstance(node, ConditionNode):
            if not node.branches:
                problems.append(
                    _error(
                        "no_branches", tr("{Step} has no branches.").format(**_names(node)), node
                    )
                )
            if not node.otherwise:
                problems.append(
                    _error(
                        "no_otherwise",
                        tr(
                            "{Step} has no 'otherwise' branch: when none of "
                            "its branches holds, the instance would be stuck."
                        ).format(**_names(node)),
                        node,
                    )
                )
            for number, branch in enumerate(node.branches, 1):
                if not branch.expression.strip():
                    problems.append(
                        _error(
                            "empty_condition",
                            tr("Branch {number} of {step} has no condition.").format(
                                number=number, **_names(node)
                            ),
                            node,
                        )
                    )
        if isinstance(node, ParallelNode) and len(design.edges_from(node.id)) == 1:
            problems.append(
                _warning(
                    "single_branch_split",
                    tr("{Step} starts only one branch: it does nothing.").format(**_names(node)),
                    node,
                )
            )
        if isinstance(node, JoinNode) and len(design.edges_to(node.id)) == 1:
            problems.append(
                _warning(
                    "single_branch_join",
                    tr("{Step} has only one incoming branch.").format(**_names(node)),
                    node,
                )
            )
        if isinstance(node, TaskNode) and not node.title.strip():
            problems.append(
                _error(
                    "untitled_task",
                    tr("A task has no title: the assignee would not know what to do."),
                    node,
                )
            )
    return problems


# ---------------------------------------------------------- names and types
def _check_names(design: ProcessDesign) -> list[Problem]:
    known = {field.key for field in design.fields}
    problems = []
    for text in references.texts(design):
        node = design.node(text.node_id) if text.node_id else None
        try:
            parse = expression_names if text.kind == "expression" else template_names
            names = parse(text.text)
        except ExpressionError as error:
            problems.append(
                _error(
                    f"bad_{text.kind}",
                    tr("{Place}: {problem}.").format(Place=_capital(text.place), problem=error),
                    node,
                    **({"field_key": text.field_key} if text.field_key else {}),
                )
            )
            continue
        for name in unknown_names(names, known):
            problems.append(
                _error(
                    "unknown_name",
                    tr("{Place} uses '{name}', which is not a field of the process.").format(
                        Place=_capital(text.place), name=name
                    ),
                    node,
                    **({"field_key": text.field_key} if text.field_key else {}),
                )
            )
    return problems


_FIELD_TYPES_FOR: dict[str, tuple[FieldType, ...]] = {
    "person": (FieldType.USER,),
    "timer": (FieldType.DATE, FieldType.DATETIME),
    "department": (FieldType.DEPARTMENT,),
    "email": (FieldType.EMAIL,),
}


def _check_references(design: ProcessDesign) -> list[Problem]:
    fields = {field.key: field for field in design.fields}
    roles = {role.key for role in design.roles} | set(BUILTIN_ROLES)
    problems = []

    def field_problem(place: str, node_id: str | None, key: str, need: str | None) -> None:
        node = design.node(node_id) if node_id else None
        field = fields.get(key)
        if field is None:
            problems.append(
                _error(
                    "unknown_field",
                    tr("{Place} names the unknown field '{field}'.").format(
                        Place=_capital(place), field=key
                    ),
                    node,
                )
            )
        elif need and field.type not in _FIELD_TYPES_FOR[need]:
            wanted = tr(" or ").join(_type_words(t) for t in _FIELD_TYPES_FOR[need])
            problems.append(
                _error(
                    "wrong_field_type",
                    tr("{Place} needs a field of type {wanted}, but '{field}' is {type}.").format(
                        Place=_capital(place),
                        wanted=wanted,
                        field=field.label,
                        type=_type_words(field.type),
                    ),
                    node,
                    field_key=key,
                )
            )

    for place, node_id, person in references.persons(design):
        if isinstance(person, FieldRef):
            field_problem(place, node_id, person.field, "person")
    for role in design.roles:
        resolve = role.resolve
        if isinstance(resolve, UserFieldRole):
            field_problem(role_name(role.label), None, resolve.field, "person")
        elif isinstance(resolve, DepartmentHeadRole) and resolve.field:
            field_problem(role_name(role.label), None, resolve.field, "department")
    for node in design.nodes:
        name = node_name(node)
        if isinstance(node, TaskNode):
            for key in node.show_fields:
                field_problem(
                    tr("the fields shown by {step}").format(step=name), node.id, key, None
                )
            for item in node.fill_fields:
                place = tr("the fields filled in {step}").format(step=name)
                field_problem(place, node.id, item.field, None)
            for setting in node.sets_roles:
                place = tr("the roles set by {step}").format(step=name)
                field_problem(place, node.id, setting.field, "person")
        elif isinstance(node, TimerNode) and node.wait == "field" and node.field:
            place = tr("the date {step} waits for").format(step=name)
            field_problem(place, node.id, node.field, "timer")
        elif isinstance(node, ActionNode):
            action = node.action
            if isinstance(action, SetFieldAction) and action.field:
                place = tr("the field {step} sets").format(step=name)
                field_problem(place, node.id, action.field, None)
            elif isinstance(action, InviteUserAction):
                if action.email_field:
                    place = tr("the e-mail {step} uses").format(step=name)
                    field_problem(place, node.id, action.email_field, "email")
                if action.name_field:
                    place = tr("the name {step} uses").format(step=name)
                    field_problem(place, node.id, action.name_field, None)
                if action.department_field:
                    field_problem(
                        tr("the department {step} uses").format(step=name),
                        node.id,
                        action.department_field,
                        "department",
                    )
                if action.position_field:
                    place = tr("the position {step} uses").format(step=name)
                    field_problem(place, node.id, action.position_field, None)
            elif isinstance(action, WebhookAction):
                for key in action.payload_fields:
                    place = tr("the fields {step} sends").format(step=name)
                    field_problem(place, node.id, key, None)
    for ref in references.role_refs(design):
        if ref.key not in roles:
            user = design.node(ref.node_id) if ref.node_id else None
            problems.append(
                _error(
                    "unknown_role",
                    tr("{Place} names the unknown role '{role}'.").format(
                        Place=_capital(ref.place), role=ref.key
                    ),
                    user,
                    role_key=ref.key,
                )
            )
    return problems


def _check_incomplete_actions(design: ProcessDesign) -> list[Problem]:
    problems = []
    for node in design.nodes:
        if not isinstance(node, ActionNode):
            continue
        missing = missing_settings(node.action)
        if missing:
            problems.append(
                _error(
                    "incomplete_action",
                    tr("{Step} still needs {settings}.").format(
                        settings=tr(" and ").join(missing), **_names(node)
                    ),
                    node,
                )
            )
    return problems


# ------------------------------------------------------------------- parallel
def _check_parallel(design: ProcessDesign, graph: nx.MultiDiGraph) -> list[Problem]:
    problems = []
    for split in design.nodes:
        if not isinstance(split, ParallelNode):
            continue
        branch_joins: list[set[str]] = []
        for edge in design.edges_from(split.id):
            joins, reaches_end = _first_joins(design, edge.target)
            if reaches_end:
                problems.append(
                    _error(
                        "branch_ends_early",
                        tr(
                            "A branch of {step} reaches an end before it meets a join: "
                            "ending there would abandon the other branches."
                        ).format(**_names(split)),
                        split,
                    )
                )
            branch_joins.append(joins)
        if len(branch_joins) >= 2 and not set.intersection(*branch_joins):
            problems.append(
                _error(
                    "split_never_joins",
                    tr(
                        "The branches of {step} never meet in a join: add a join "
                        "step where they come together."
                    ).format(**_names(split)),
                    split,
                )
            )
    return problems


def _first_joins(design: ProcessDesign, first: str) -> tuple[set[str], bool]:
    """Joins that close the split a branch starting at ``first`` belongs to.

    Nested splits are counted, so an inner join does not count as the outer one.
    """
    joins: set[str] = set()
    reaches_end = False
    seen: set[tuple[str, int]] = set()
    stack = [(first, 0)]
    while stack:
        node_id, depth = stack.pop()
        if (node_id, depth) in seen or depth > len(design.nodes):
            continue
        seen.add((node_id, depth))
        node = design.node(node_id)
        if isinstance(node, JoinNode):
            if depth == 0:
                joins.add(node_id)
                continue
            depth -= 1
        elif isinstance(node, ParallelNode):
            depth += 1
        elif isinstance(node, EndNode):
            reaches_end = True
            continue
        for edge in design.edges_from(node_id):
            stack.append((edge.target, depth))
    return joins, reaches_end


def _check_loops(design: ProcessDesign, graph: nx.MultiDiGraph) -> list[Problem]:
    """A cycle made only of automatic steps would run forever without waiting."""
    waiting = {n.id for n in design.nodes if isinstance(n, TaskNode | TimerNode)}
    automatic = graph.subgraph([n for n in graph.nodes if n not in waiting])
    problems = []
    for component in nx.strongly_connected_components(automatic):
        if len(component) < 2:
            continue
        members = [node for node in design.nodes if node.id in component]
        names = ", ".join(node_name(node) for node in members)
        problems.append(
            _error(
                "endless_loop",
                tr(
                    "These steps form a loop with no task or timer in it, so an instance would go "
                    "round forever: {steps}."
                ).format(steps=names),
                members[0],
            )
        )
    return problems


# ---------------------------------------------------------------- data flow
def _check_required_fields(design: ProcessDesign) -> list[Problem]:
    filled_somewhere = {ref.key for ref in references.field_refs(design) if _fills(design, ref)}
    start_fields = {field.key for field in design.fields if field.start_form}
    problems = []
    for field in design.fields:
        never_filled = field.key not in filled_somewhere and field.default is None
        if field.required == "always" and not field.start_form and never_filled:
            problems.append(
                _error(
                    "required_never_filled",
                    tr(
                        "Field '{field}' is required, but it is not on the start form "
                        "and no task or action fills it."
                    ).format(field=field.label),
                    field_key=field.key,
                )
            )
        if field.start_form and field.required == "when" and field.required_when:
            try:
                names = expression_names(field.required_when)
            except ExpressionError:
                continue
            later = sorted(n for n in names if n in {f.key for f in design.fields} - start_fields)
            if later:
                problems.append(
                    _warning(
                        "condition_sees_later_field",
                        tr(
                            "Whether '{field}' is required depends on {names}, which is not on "
                            "the start form, so on the start form it will be treated as empty."
                        ).format(field=field.label, names=", ".join(repr(n) for n in later)),
                        field_key=field.key,
                    )
                )
    return problems


def _fills(design: ProcessDesign, ref: references.Ref) -> bool:
    if ref.node_id is None:
        return False
    node = design.node(ref.node_id)
    if isinstance(node, TaskNode):
        return any(item.field == ref.key for item in node.fill_fields)
    if isinstance(node, ActionNode) and isinstance(node.action, SetFieldAction):
        return node.action.field == ref.key
    return False


def _check_flow(design: ProcessDesign, facts: FlowFacts) -> list[Problem]:
    """Persons must be known when a step needs them, on every path to that step."""
    roles = {role.key: role for role in design.roles}
    fields = {field.key: field for field in design.fields}
    set_anywhere = facts.roles_set_anywhere
    problems = []
    reported_roles: set[str] = set()
    for place, node_id, person in references.persons(design):
        if node_id is None or node_id not in facts.fields_in:
            continue
        node = design.node(node_id)
        filled = facts.fields_in[node_id]
        roles_set = facts.roles_in[node_id]
        problem = _person_problem(person, roles, fields, filled, roles_set, set_anywhere)
        if problem is None:
            continue
        code, message = problem
        text = message.replace("{place}", place).replace("{Place}", _capital(place))
        if code == "role_never_set" and isinstance(person, RoleRef):
            if person.role not in reported_roles:
                reported_roles.add(person.role)
                problems.append(_error(code, text, role_key=person.role))
        else:
            problems.append(_error(code, text, node))
    return problems


def _person_problem(
    person: PersonRef,
    roles: dict[str, RoleDef],
    fields: dict[str, FieldDef],
    filled: frozenset[str],
    roles_set: frozenset[str],
    set_anywhere: frozenset[str],
) -> tuple[str, str] | None:
    if isinstance(person, FieldRef):
        if person.field in fields and person.field not in filled:
            label = fields[person.field].label
            return (
                "field_not_filled",
                tr(
                    "{Place} is the user in '{field}', but on some path to it nobody has "
                    "filled that field yet: put it on the start form as required, or have an "
                    "earlier task fill it."
                ).replace("{field}", label),
            )
        return None
    if not isinstance(person, RoleRef) or person.role not in roles:
        return None
    role = roles[person.role]
    resolve = role.resolve
    if isinstance(resolve, SetDuringRunRole):
        if person.role not in set_anywhere:
            return (
                "role_never_set",
                tr(
                    "Role '{role}' is used by {place}, but nothing ever sets it: "
                    "have a task or a set-role action choose the person."
                ).replace("{role}", role.label),
            )
        if person.role not in roles_set:
            return (
                "role_not_set",
                tr(
                    "{Place} is role '{role}', but on some path to it the role has "
                    "not been chosen yet."
                ).replace("{role}", role.label),
            )
    elif (
        isinstance(resolve, UserFieldRole | DepartmentHeadRole)
        and resolve.field in fields
        and resolve.field not in filled
    ):
        label = fields[resolve.field].label
        return (
            "field_not_filled",
            tr(
                "{Place} is role '{role}', which comes from field '{field}', "
                "but on some path to it nobody has filled that field yet."
            )
            .replace("{role}", role.label)
            .replace("{field}", label),
        )
    return None
