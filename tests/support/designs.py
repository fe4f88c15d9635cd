"""Small designs the reliability tests run, built with the model's own operations."""

from __future__ import annotations

from bpdesk.model import (
    Branch,
    ConditionNode,
    EndNode,
    FieldDef,
    JoinNode,
    ParallelNode,
    ProcessDesign,
    RoleRef,
    StageNode,
    StartNode,
    TaskNode,
    TimerNode,
    UserRef,
    validate,
)
from bpdesk.model.layout import apply_layout


def timer_flow() -> ProcessDesign:
    """start → stage → wait an hour → the initiator's to-do → end."""
    design = ProcessDesign.new("timer-flow", "Timer flow")
    start = design.add_node(StartNode(title="Start")).id
    stage = design.add_node(StageNode(title="Waiting")).id
    timer = design.add_node(TimerNode(title="An hour", duration="PT1H")).id
    task = design.add_node(
        TaskNode(title="Go on", task="todo", assignee=RoleRef(role="initiator"))
    ).id
    end = design.add_node(EndNode(title="Done")).id
    design.connect(start, "out", stage)
    design.connect(stage, "out", timer)
    design.connect(timer, "out", task)
    design.connect(task, "done", end)
    apply_layout(design)
    assert not validate(design)
    return design


def branching_flow() -> ProcessDesign:
    """Approve, then big amounts go to two people in parallel and wait two hours."""
    design = ProcessDesign.new("branching-flow", "Branching flow")
    design.add_field(
        FieldDef(key="amount", label="Amount", type="number", required="always", start_form=True)
    )
    start = design.add_node(StartNode(title="Start")).id
    approve = design.add_node(
        TaskNode(title="Approve", task="approve", assignee=UserRef(login="smirnova"))
    ).id
    big = Branch(label="Big", expression="amount > 100")
    condition = design.add_node(ConditionNode(title="Big?", branches=[big])).id
    split = design.add_node(ParallelNode(title="Both")).id
    left = design.add_node(TaskNode(title="Left", task="todo", assignee=UserRef(login="petrov"))).id
    right = design.add_node(
        TaskNode(title="Right", task="todo", assignee=UserRef(login="ivanova"))
    ).id
    join = design.add_node(JoinNode(title="Together")).id
    wait = design.add_node(TimerNode(title="Two hours", duration="PT2H")).id
    small = design.add_node(
        TaskNode(title="Small", task="todo", assignee=RoleRef(role="initiator"))
    ).id
    done = design.add_node(EndNode(title="Done")).id
    rejected = design.add_node(EndNode(title="Rejected", result="rejected")).id
    design.connect(start, "out", approve)
    design.connect(approve, "approved", condition)
    design.connect(approve, "rejected", rejected)
    design.connect(condition, big.id, split)
    design.connect(condition, "otherwise", small)
    design.connect(split, "out", left)
    design.connect(split, "out", right)
    design.connect(left, "done", join)
    design.connect(right, "done", join)
    design.connect(join, "out", wait)
    design.connect(wait, "out", done)
    design.connect(small, "done", done)
    apply_layout(design)
    assert not validate(design)
    return design
