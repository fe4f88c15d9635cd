"""Copy and paste of steps as design JSON, also between two open designs."""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter, ValidationError

from bpdesk.model import AnyNode, Edge, ProcessDesign
from bpdesk.model.ids import new_id
from bpdesk.model.nodes import Node, Point

MIME_FRAGMENT = "application/x-bpdesk-fragment+json"
_NODE = TypeAdapter(Node)


def fragment(design: ProcessDesign, node_ids: list[str]) -> str:
    """The chosen steps and the connections among them, as JSON."""
    chosen = set(node_ids)
    nodes = [n.model_dump(mode="json") for n in design.nodes if n.id in chosen]  # design order
    edges = [
        e.model_dump(mode="json") for e in design.edges if e.source in chosen and e.target in chosen
    ]
    return json.dumps(
        {"format": "bpdesk.fragment", "nodes": nodes, "edges": edges}, ensure_ascii=False
    )


def parse_fragment(text: str, offset: tuple[float, float]) -> tuple[list[AnyNode], list[Edge]]:
    """New steps and connections from a fragment: fresh ids, shifted by ``offset``."""
    try:
        raw: Any = json.loads(text)
        if not isinstance(raw, dict) or raw.get("format") != "bpdesk.fragment":
            return [], []
        mapping: dict[str, str] = {}
        nodes: list[AnyNode] = []
        for item in raw.get("nodes", []):
            node = _NODE.validate_python(item)
            mapping[node.id] = new_id()
            nodes.append(
                node.model_copy(
                    update={
                        "id": mapping[node.id],
                        "position": Point(
                            x=node.position.x + offset[0], y=node.position.y + offset[1]
                        ),
                    }
                )
            )
        edges = [
            Edge(
                id=new_id(),
                source=mapping[e["source"]],
                port=e["port"],
                target=mapping[e["target"]],
            )
            for e in raw.get("edges", [])
            if e.get("source") in mapping and e.get("target") in mapping
        ]
    except (ValueError, ValidationError, KeyError, TypeError):
        return [], []
    return nodes, edges
