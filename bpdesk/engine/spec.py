"""A published design version compiled into an immutable, shared spec.

The spec holds no per-instance state; many instances and threads share one.
It indexes what the runtime asks all the time: where each port leads, which
edges enter a join, the fields and roles by key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from bpdesk.engine.errors import DesignRuntimeError
from bpdesk.model.design import DesignData, ProcessDesign
from bpdesk.model.fields import FieldDef
from bpdesk.model.nodes import AnyNode, StartNode
from bpdesk.model.roles import RoleDef


@dataclass(frozen=True)
class Step:
    edge_id: str
    target: str


@dataclass(frozen=True)
class ProcessSpec:
    version_id: int
    data: DesignData
    nodes: Mapping[str, AnyNode]
    next_steps: Mapping[tuple[str, str], tuple[Step, ...]]
    incoming: Mapping[str, tuple[str, ...]]
    fields: Mapping[str, FieldDef]
    roles: Mapping[str, RoleDef]
    start_id: str

    @property
    def key(self) -> str:
        return self.data.key

    @property
    def name(self) -> str:
        return self.data.name

    @property
    def locale(self) -> str:
        return self.data.locale

    def steps_from(self, node_id: str, port: str) -> tuple[Step, ...]:
        return self.next_steps.get((node_id, port), ())

    def node(self, node_id: str) -> AnyNode:
        return self.nodes[node_id]


def compile_design(design: ProcessDesign | DesignData, version_id: int = 0) -> ProcessSpec:
    data = design.to_data() if isinstance(design, ProcessDesign) else design
    starts = [node.id for node in data.nodes if isinstance(node, StartNode)]
    if len(starts) != 1:
        raise DesignRuntimeError(f"'{data.name}' needs exactly one start to run")
    next_steps: dict[tuple[str, str], list[Step]] = {}
    incoming: dict[str, list[str]] = {}
    for edge in data.edges:
        next_steps.setdefault((edge.source, edge.port), []).append(Step(edge.id, edge.target))
        incoming.setdefault(edge.target, []).append(edge.id)
    return ProcessSpec(
        version_id=version_id,
        data=data,
        nodes=MappingProxyType({node.id: node for node in data.nodes}),
        next_steps=MappingProxyType({k: tuple(v) for k, v in next_steps.items()}),
        incoming=MappingProxyType({k: tuple(v) for k, v in incoming.items()}),
        fields=MappingProxyType({field.key: field for field in data.fields}),
        roles=MappingProxyType({role.key: role for role in data.roles}),
        start_id=starts[0],
    )
