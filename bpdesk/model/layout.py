"""Automatic layered layout, left to right.

A compact Sugiyama-style layout on networkx: back edges of loops are set
aside, steps are put in columns by their longest distance from the start,
long edges get invisible waypoints, rows are ordered by barycentres to avoid
crossings, and each step is lined up with the steps before it. Positions are
node centres, as everywhere in the model.
"""

from __future__ import annotations

from collections import defaultdict
from statistics import median

import networkx as nx

from bpdesk.model.design import ProcessDesign
from bpdesk.model.nodes import NODE_SIZE, StartNode

COLUMN_GAP = 96.0
ROW_GAP = 40.0
_DUMMY_SIZE = (0.0, 24.0)
# Edges longer than this many columns get no waypoints: in big designs a shared
# end reached from everywhere would otherwise add a waypoint per column per edge.
MAX_WAYPOINT_SPAN = 8


def compute_layout(design: ProcessDesign) -> dict[str, tuple[float, float]]:
    """New centre of every node; the design itself is not changed."""
    if not design.nodes:
        return {}
    graph = nx.DiGraph()
    order = {node.id: index for index, node in enumerate(design.nodes)}
    graph.add_nodes_from(order)
    graph.add_edges_from((edge.source, edge.target) for edge in design.edges)
    dag = _acyclic(graph, design)
    layer = _layers(dag, order)
    size = {node.id: NODE_SIZE[node.kind] for node in design.nodes}
    columns, succs, preds = _with_waypoints(dag, layer, order, size)
    # Within one source, outcomes keep their order top to bottom (approved above rejected).
    offset: dict[tuple[str, str], float] = {}
    for node in design.nodes:
        ports = node.output_ports()
        for edge in design.edges_from(node.id):
            offset.setdefault((edge.source, edge.target), ports.index(edge.port) / (len(ports) + 1))
    _order_rows(columns, succs, preds, offset)
    return _coordinates(columns, preds, size)


def _acyclic(graph: nx.DiGraph, design: ProcessDesign) -> nx.DiGraph:
    """The graph without the edges that close loops (found by depth-first search)."""
    starts = [n.id for n in design.nodes if isinstance(n, StartNode)]
    roots = starts + [n for n in graph.nodes if n not in starts and graph.in_degree(n) == 0]
    roots += [n for n in graph.nodes if n not in roots]
    back: set[tuple[str, str]] = set()
    state: dict[str, int] = {}
    for root in roots:
        if root in state:
            continue
        stack = [(root, iter(list(graph.successors(root))))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                back.add((node, child))
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(list(graph.successors(child)))))
    dag = graph.copy()
    dag.remove_edges_from(back)
    return dag


def _layers(dag: nx.DiGraph, order: dict[str, int]) -> dict[str, int]:
    layer: dict[str, int] = {}
    for node in nx.lexicographical_topological_sort(dag, key=order.__getitem__):
        layer[node] = max((layer[p] + 1 for p in dag.predecessors(node)), default=0)
    return layer


def _with_waypoints(
    dag: nx.DiGraph,
    layer: dict[str, int],
    order: dict[str, int],
    size: dict[str, tuple[float, float]],
) -> tuple[list[list[str]], dict[str, list[str]], dict[str, list[str]]]:
    succs: dict[str, list[str]] = defaultdict(list)
    preds: dict[str, list[str]] = defaultdict(list)
    depth = max(layer.values()) + 1
    columns: list[list[str]] = [[] for _ in range(depth)]
    for node in sorted(layer, key=order.__getitem__):
        columns[layer[node]].append(node)
    for source, target in sorted(dag.edges, key=lambda e: (order[e[0]], order[e[1]])):
        previous = source
        span = layer[target] - layer[source]
        if span > MAX_WAYPOINT_SPAN:
            succs[source].append(target)
            preds[target].append(source)
            continue
        for step in range(layer[source] + 1, layer[target]):
            waypoint = f"~{source}>{target}#{step}"
            size[waypoint] = _DUMMY_SIZE
            columns[step].append(waypoint)
            succs[previous].append(waypoint)
            preds[waypoint].append(previous)
            previous = waypoint
        succs[previous].append(target)
        preds[target].append(previous)
    return columns, succs, preds


def _order_rows(
    columns: list[list[str]],
    succs: dict[str, list[str]],
    preds: dict[str, list[str]],
    offset: dict[tuple[str, str], float],
) -> None:
    """Barycentre sweeps, down then up, to reduce edge crossings."""
    for _ in range(6):
        for index in range(1, len(columns)):
            _sort_by(columns[index], columns[index - 1], preds, offset, incoming=True)
        for index in range(len(columns) - 2, -1, -1):
            _sort_by(columns[index], columns[index + 1], succs, offset, incoming=False)


def _sort_by(
    column: list[str],
    neighbour: list[str],
    links: dict[str, list[str]],
    offset: dict[tuple[str, str], float],
    incoming: bool,
) -> None:
    rank = {node: index for index, node in enumerate(neighbour)}
    current = {node: index for index, node in enumerate(column)}

    def barycentre(node: str) -> float:
        linked = [
            rank[n] + offset.get((n, node) if incoming else (node, n), 0.0)
            for n in links.get(node, [])
            if n in rank
        ]
        return sum(linked) / len(linked) if linked else float(current[node])

    column.sort(key=lambda node: (barycentre(node), current[node]))


def _coordinates(
    columns: list[list[str]],
    preds: dict[str, list[str]],
    size: dict[str, tuple[float, float]],
) -> dict[str, tuple[float, float]]:
    centre_y: dict[str, float] = {}
    x = 0.0
    positions: dict[str, tuple[float, float]] = {}
    previous_width = 0.0
    for index, column in enumerate(columns):
        width = max(size[node][0] for node in column)
        if index:
            x += previous_width / 2 + COLUMN_GAP + width / 2
        previous_width = width
        # Each node wants to sit level with the median of its predecessors;
        # then nodes are pushed apart in order so that none overlap.
        bottom = float("-inf")
        placed: list[tuple[str, float]] = []
        for node in column:
            wanted = median(centre_y[p] for p in preds[node]) if preds.get(node) else 0.0
            half = size[node][1] / 2
            top_limit = bottom + ROW_GAP + half if placed else wanted
            y = max(wanted, top_limit)
            placed.append((node, y))
            bottom = y + half
        for node, y in placed:
            centre_y[node] = y
            if not node.startswith("~"):
                positions[node] = (round(x, 1), round(y, 1))
    return positions


def apply_layout(design: ProcessDesign) -> None:
    """Move every node to its laid-out place (one ``NodeMoved`` event per node)."""
    for node_id, (x, y) in compute_layout(design).items():
        design.move_node(node_id, x, y)
