"""Property: any sequence of edits the model accepts leaves a design that saves and loads.

Hypothesis draws random edits (some valid, some the model must refuse); after
each accepted or refused edit the design still satisfies its invariants, and
saving then loading it gives the same design back.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bpdesk.io import dump_design, loads_design
from bpdesk.model import (
    ActionNode,
    Branch,
    ConditionNode,
    DesignError,
    EndNode,
    FieldDef,
    JoinNode,
    NotifyAction,
    Outcome,
    ParallelNode,
    ProcessDesign,
    RoleDef,
    StageNode,
    StartNode,
    TaskNode,
    TimerNode,
    validate,
)
from bpdesk.model.design import integrity_problems
from bpdesk.model.layout import apply_layout

titles = st.text(alphabet="abc {}АБВ", max_size=12)


@st.composite
def new_node(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    kind = draw(
        st.sampled_from(
            [
                "start",
                "stage",
                "task",
                "choice",
                "condition",
                "parallel",
                "join",
                "action",
                "timer",
                "end",
            ]
        )
    )
    title = draw(titles)
    if kind == "task":
        return TaskNode(
            title=title,
            task=draw(st.sampled_from(["approve", "request_info", "acknowledge", "todo"])),
        )
    if kind == "choice":
        return TaskNode(
            title=title,
            task="choice",
            choices=[Outcome(key="a", label="A"), Outcome(key="b", label="B")],
        )
    if kind == "condition":
        count = draw(st.integers(0, 3))
        return ConditionNode(
            title=title,
            otherwise=draw(st.booleans()),
            branches=[
                Branch(label=f"b{i}", expression=draw(st.sampled_from(["x > 1", "y", "(", ""])))
                for i in range(count)
            ],
        )
    if kind == "action":
        return ActionNode(title=title, action=NotifyAction(message=draw(titles)))
    cls = {
        "start": StartNode,
        "stage": StageNode,
        "parallel": ParallelNode,
        "join": JoinNode,
        "timer": TimerNode,
        "end": EndNode,
    }[kind]
    return cls(title=title)


edit = st.one_of(
    st.tuples(st.just("add"), new_node()),
    st.tuples(st.just("remove"), st.integers(0, 30)),
    st.tuples(st.just("move"), st.integers(0, 30), st.floats(-1e4, 1e4), st.floats(-1e4, 1e4)),
    st.tuples(st.just("connect"), st.integers(0, 30), st.integers(0, 5), st.integers(0, 30)),
    st.tuples(st.just("disconnect"), st.integers(0, 60)),
    st.tuples(st.just("retitle"), st.integers(0, 30), titles),
    st.tuples(st.just("field"), st.sampled_from(["x", "y", "note"]), st.booleans()),
    st.tuples(st.just("role"), st.sampled_from(["boss", "expert"]), st.booleans()),
    st.tuples(
        st.just("layout"),
    ),
)


def _pick(items: tuple, index: int):  # type: ignore[no-untyped-def, type-arg]
    return items[index % len(items)] if items else None


def _apply(design: ProcessDesign, step: tuple) -> None:  # type: ignore[type-arg]
    action = step[0]
    nodes = design.nodes
    if action == "add":
        design.add_node(step[1])
    elif action == "remove" and nodes:
        design.remove_node(_pick(nodes, step[1]).id)
    elif action == "move" and nodes:
        design.move_node(_pick(nodes, step[1]).id, step[2], step[3])
    elif action == "connect" and nodes:
        source = _pick(nodes, step[1])
        ports = source.output_ports()
        port = ports[step[2] % len(ports)] if ports else "out"
        design.connect(source.id, port, _pick(nodes, step[3]).id)
    elif action == "disconnect" and design.edges:
        design.disconnect(_pick(design.edges, step[1]).id)
    elif action == "retitle" and nodes:
        design.update_node(_pick(nodes, step[1]).id, title=step[2])
    elif action == "field":
        if step[2]:
            design.add_field(FieldDef(key=step[1], label=step[1].upper(), type="number"))
        else:
            design.remove_field(step[1])
    elif action == "role":
        if step[2]:
            design.add_role(RoleDef(key=step[1], label=step[1].title()))
        else:
            design.remove_role(step[1])
    elif action == "layout":
        apply_layout(design)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edit, max_size=40))
def test_random_edits_keep_the_design_loadable(steps: list[tuple]) -> None:  # type: ignore[type-arg]
    design = ProcessDesign.new("random", "Random")
    for step in steps:
        before = design.to_data()
        try:
            _apply(design, step)
        except DesignError:
            assert design.to_data() == before  # a refused edit changes nothing
        assert integrity_problems(design.to_data()) == []
    text = dump_design(design)
    again = loads_design(text)
    assert again.to_data() == design.to_data()
    assert dump_design(again) == text
    validate(again)  # never raises, whatever the shape
