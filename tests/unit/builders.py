"""Small designs for tests, built through the model's own operations."""

from __future__ import annotations

from bpdesk.model import (
    EndNode,
    FieldDef,
    ProcessDesign,
    RoleDef,
    RoleRef,
    StartNode,
    TaskNode,
)
from bpdesk.model.roles import PositionRole


class Approval:
    """start → approve(cfo) → approved: end success / rejected: end rejected."""

    def __init__(self) -> None:
        self.design = ProcessDesign.new("approval", "Approval")
        d = self.design
        d.add_field(
            FieldDef(key="amount", label="Amount", type="money", required="always", start_form=True)
        )
        d.add_role(RoleDef(key="cfo", label="CFO", resolve=PositionRole(position="cfo")))
        self.start = d.add_node(StartNode(title="Start")).id
        self.task = d.add_node(
            TaskNode(title="Approve {{ amount }}", task="approve", assignee=RoleRef(role="cfo"))
        ).id
        self.ok = d.add_node(EndNode(title="Paid", result="success")).id
        self.no = d.add_node(EndNode(title="Rejected", result="rejected")).id
        d.connect(self.start, "out", self.task)
        d.connect(self.task, "approved", self.ok)
        d.connect(self.task, "rejected", self.no)


def codes(design: ProcessDesign) -> list[str]:
    from bpdesk.model import validate

    return [problem.code for problem in validate(design)]
