"""Which fields are surely filled, and which roles surely chosen, at each step.

A forward "definitely assigned" analysis over the process graph: a field is
known at a step when it is known on *every* path from the start to it. The
start form's required fields and fields with defaults are known from the
start; a task's required fields-to-fill and a set-field action add theirs; a
join, which waits for all its branches, knows what any of them knew; and a
condition branch that tests a field for a value (``expert``,
``not is_empty(expert)``, ``expert != None``) knows that field on that branch.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from bpdesk.model.actions import SetFieldAction, SetRoleAction
from bpdesk.model.design import ProcessDesign
from bpdesk.model.nodes import ActionNode, AnyNode, ConditionNode, JoinNode, TaskNode


@dataclass(frozen=True)
class FlowFacts:
    fields_in: dict[str, frozenset[str]]
    roles_in: dict[str, frozenset[str]]
    roles_set_anywhere: frozenset[str]


def _gen(node: AnyNode) -> tuple[set[str], set[str]]:
    fields: set[str] = set()
    roles: set[str] = set()
    if isinstance(node, TaskNode):
        fields |= {item.field for item in node.fill_fields if item.required}
        roles |= {item.role for item in node.sets_roles}
    elif isinstance(node, ActionNode):
        if isinstance(node.action, SetFieldAction) and node.action.field:
            fields.add(node.action.field)
        elif isinstance(node.action, SetRoleAction) and node.action.role:
            roles.add(node.action.role)
    return fields, roles


def guarded_fields(expression: str) -> frozenset[str]:
    """Fields a branch expression proves non-empty when it holds."""
    try:
        tree = ast.parse(expression.strip(), mode="eval").body
    except SyntaxError:
        return frozenset()
    return frozenset(_guards(tree))


def _guards(node: ast.expr) -> set[str]:
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        return set().union(*(_guards(value) for value in node.values))
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.Not)
        and isinstance(node.operand, ast.Call)
        and isinstance(node.operand.func, ast.Name)
        and node.operand.func.id == "is_empty"
        and len(node.operand.args) == 1
        and isinstance(node.operand.args[0], ast.Name)
    ):
        return {node.operand.args[0].id}
    if (
        isinstance(node, ast.Compare)
        and isinstance(node.left, ast.Name)
        and len(node.ops) == 1
        and isinstance(node.ops[0], ast.IsNot | ast.NotEq)
        and isinstance(node.comparators[0], ast.Constant)
        and node.comparators[0].value in (None, "")
    ):
        return {node.left.id}
    return set()


def analyse_flow(design: ProcessDesign, start_id: str) -> FlowFacts:
    """Facts at the entry of every step reachable from ``start_id``."""
    initial = frozenset(
        f.key
        for f in design.fields
        if (f.start_form and f.required == "always") or f.default is not None
    )
    all_fields = frozenset(f.key for f in design.fields)
    all_roles = frozenset(r.key for r in design.roles)
    gens = {node.id: _gen(node) for node in design.nodes}
    preds: dict[str, list[tuple[str, frozenset[str]]]] = {node.id: [] for node in design.nodes}
    succs: dict[str, list[str]] = {node.id: [] for node in design.nodes}
    for edge in design.edges:
        guard = frozenset[str]()
        source = design.node(edge.source)
        if isinstance(source, ConditionNode):
            for branch in source.branches:
                if branch.id == edge.port:
                    guard = guarded_fields(branch.expression)
        preds[edge.target].append((edge.source, guard))
        succs[edge.source].append(edge.target)

    order = _reverse_postorder(start_id, succs)
    reachable = set(order)
    fields_out: dict[str, frozenset[str]] = dict.fromkeys(reachable, all_fields)
    roles_out: dict[str, frozenset[str]] = dict.fromkeys(reachable, all_roles)
    fields_in: dict[str, frozenset[str]] = {}
    roles_in: dict[str, frozenset[str]] = {}
    joins = {node.id for node in design.nodes if isinstance(node, JoinNode)}
    # Round-robin in reverse postorder: one pass settles an acyclic process,
    # each loop adds at most a pass or two.
    changed = True
    while changed:
        changed = False
        for node_id in order:
            incoming = [(p, guard) for p, guard in preds[node_id] if p in reachable]
            arriving = [fields_out[p] | guard for p, guard in incoming]
            if node_id == start_id:
                f_in, r_in = initial, frozenset[str]()
            elif node_id in joins:
                f_in = frozenset().union(*arriving)
                r_in = frozenset().union(*(roles_out[p] for p, _ in incoming))
            else:
                f_in = frozenset.intersection(*arriving)
                r_in = frozenset.intersection(*(roles_out[p] for p, _ in incoming))
            fields_in[node_id], roles_in[node_id] = f_in, r_in
            gen_fields, gen_roles = gens[node_id]
            f_out, r_out = f_in | gen_fields, r_in | gen_roles
            if (f_out, r_out) != (fields_out[node_id], roles_out[node_id]):
                fields_out[node_id], roles_out[node_id] = f_out, r_out
                changed = True
    roles_anywhere = frozenset().union(*(g[1] for g in gens.values())) if gens else frozenset()
    return FlowFacts(fields_in, roles_in, roles_anywhere)


def _reverse_postorder(start_id: str, succs: dict[str, list[str]]) -> list[str]:
    """Steps reachable from the start, each after its predecessors where loops allow."""
    seen = {start_id}
    post: list[str] = []
    stack = [(start_id, iter(succs[start_id]))]
    while stack:
        node_id, children = stack[-1]
        child = next(children, None)
        if child is None:
            post.append(node_id)
            stack.pop()
        elif child not in seen:
            seen.add(child)
            stack.append((child, iter(succs[child])))
    return post[::-1]
