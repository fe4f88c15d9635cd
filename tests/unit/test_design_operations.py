"""Every editing operation of ProcessDesign, its events and its refusals."""

from __future__ import annotations

import pytest

from bpdesk.model import (
    ConditionNode,
    EndNode,
    FieldDef,
    FieldRef,
    ParallelNode,
    RoleDef,
    RoleRef,
    StageNode,
    StartNode,
    TaskNode,
    TimerNode,
    errors,
)
from bpdesk.model.design import DesignData, DesignIntegrityError, ProcessDesign
from bpdesk.model.events import (
    EdgeAdded,
    EdgeRemoved,
    FieldAdded,
    FieldChanged,
    FieldRemoved,
    NodeAdded,
    NodeChanged,
    NodeMoved,
    NodeRemoved,
    ProcessChanged,
    RoleAdded,
    RoleChanged,
    RoleRemoved,
)
from bpdesk.model.nodes import Branch, Outcome
from bpdesk.model.roles import PositionRole
from tests.unit.builders import Approval


@pytest.fixture
def flow() -> Approval:
    return Approval()


@pytest.fixture
def events(flow: Approval) -> list[object]:
    seen: list[object] = []
    flow.design.subscribe(seen.append)
    return seen


def test_add_node_emits_and_keeps_order(flow: Approval, events: list[object]) -> None:
    stage = flow.design.add_node(StageNode(title="Review"))
    assert flow.design.nodes[-1] == stage
    assert events == [NodeAdded(stage)]


def test_add_node_with_existing_id_is_refused(flow: Approval, events: list[object]) -> None:
    with pytest.raises(errors.DuplicateIdError, match="already exists"):
        flow.design.add_node(StageNode(id=flow.task, title="Copy"))
    assert events == []
    assert len(flow.design.nodes) == 4


def test_remove_node_takes_its_edges_first(flow: Approval, events: list[object]) -> None:
    node, removed = flow.design.remove_node(flow.task)
    assert {e.port for e in removed} == {"out", "approved", "rejected"}
    assert flow.design.edges == ()
    assert [type(e) for e in events] == [EdgeRemoved, EdgeRemoved, EdgeRemoved, NodeRemoved]
    assert events[-1] == NodeRemoved(node)


def test_remove_unknown_node(flow: Approval) -> None:
    with pytest.raises(errors.UnknownNodeError, match="no step"):
        flow.design.remove_node("00000000-0000-4000-8000-000000000000")


def test_move_node_emits_old_and_new(flow: Approval, events: list[object]) -> None:
    flow.design.move_node(flow.task, 120, 40.5)
    node = flow.design.node(flow.task)
    assert (node.position.x, node.position.y) == (120.0, 40.5)
    assert isinstance(events[0], NodeMoved)
    assert events[0].old.x == 0 and events[0].new.y == 40.5
    flow.design.move_node(flow.task, 120, 40.5)
    assert len(events) == 1  # no event when nothing moved
    with pytest.raises(errors.InvalidPropertyError, match="finite"):
        flow.design.move_node(flow.task, float("nan"), 0)


def test_connect_and_disconnect(flow: Approval, events: list[object]) -> None:
    stage = flow.design.add_node(StageNode(title="Review"))
    flow.design.disconnect(flow.design.edges_from(flow.start)[0].id)
    edge = flow.design.connect(flow.start, "out", stage.id)
    flow.design.connect(stage.id, "out", flow.task)
    assert isinstance(events[-2], EdgeAdded) and events[-2].edge == edge
    removed = flow.design.disconnect(edge.id)
    assert removed == edge and isinstance(events[-1], EdgeRemoved)


@pytest.mark.parametrize(
    ("source", "port", "target", "error", "words"),
    [
        ("task", "maybe", "ok", errors.UnknownPortError, "no outcome 'maybe'"),
        ("ok", "out", "task", errors.UnknownPortError, "is an end"),
        ("task", "approved", "start", errors.InvalidConnectionError, "into the start"),
        ("task", "approved", "no", errors.PortInUseError, "already connected"),
        ("task", "approved", "ok", errors.InvalidConnectionError, "already leads"),
    ],
)
def test_connect_refusals(
    flow: Approval, source: str, port: str, target: str, error: type, words: str
) -> None:
    ids = {"task": flow.task, "ok": flow.ok, "no": flow.no, "start": flow.start}
    before = flow.design.edges
    with pytest.raises(error, match=words):
        flow.design.connect(ids[source], port, ids[target])
    assert flow.design.edges == before


def test_self_loop_refused() -> None:
    design = ProcessDesign.new("p", "P")
    stage = design.add_node(StageNode(title="S"))
    with pytest.raises(errors.InvalidConnectionError, match="itself"):
        design.connect(stage.id, "out", stage.id)


def test_parallel_split_takes_many_edges() -> None:
    design = ProcessDesign.new("p", "P")
    split = design.add_node(ParallelNode())
    a = design.add_node(StageNode(title="A"))
    b = design.add_node(StageNode(title="B"))
    design.connect(split.id, "out", a.id)
    design.connect(split.id, "out", b.id)
    assert len(design.edges_from(split.id)) == 2


def test_connect_to_unknown_node(flow: Approval) -> None:
    with pytest.raises(errors.UnknownNodeError):
        flow.design.connect(flow.task, "approved", "11111111-1111-4111-8111-111111111111")


def test_update_node_replaces_and_emits(flow: Approval, events: list[object]) -> None:
    new = flow.design.update_node(flow.task, title="Approve payment", due_days=3)
    assert flow.design.node(flow.task).title == "Approve payment"
    assert isinstance(events[0], NodeChanged) and events[0].new == new
    assert events[0].old.title == "Approve {{ amount }}"


def test_update_node_validates(flow: Approval, events: list[object]) -> None:
    with pytest.raises(errors.InvalidPropertyError, match="due_days"):
        flow.design.update_node(flow.task, due_days=-1)
    with pytest.raises(errors.InvalidPropertyError, match="unknown setting"):
        flow.design.update_node(flow.task, colour="red")
    with pytest.raises(errors.InvalidPropertyError, match="kind"):
        flow.design.update_node(flow.task, kind="stage")
    assert events == []


def test_update_node_refuses_to_drop_a_connected_outcome(flow: Approval) -> None:
    with pytest.raises(errors.PortInUseError, match="'rejected'"):
        flow.design.update_node(flow.task, task="todo")
    assert flow.design.node(flow.task).task == "approve"  # type: ignore[union-attr]


def test_change_task_kind_after_disconnecting(flow: Approval) -> None:
    for edge in flow.design.edges_from(flow.task):
        flow.design.disconnect(edge.id)
    node = flow.design.update_node(
        flow.task,
        task="choice",
        choices=[Outcome(key="yes", label="Yes"), Outcome(key="no", label="No")],
    )
    assert node.output_ports() == ("yes", "no")


def test_replace_node_restores_a_previous_value(flow: Approval) -> None:
    old = flow.design.node(flow.task)
    flow.design.update_node(flow.task, title="Other")
    flow.design.replace_node(old)
    assert flow.design.node(flow.task) == old


def test_fields_add_update_remove(flow: Approval, events: list[object]) -> None:
    field = flow.design.add_field(FieldDef(key="note", label="Note", type="multiline"), index=0)
    assert flow.design.fields[0] == field and events[-1] == FieldAdded(field, 0)
    changed = flow.design.update_field("note", label="Comment", required="always")
    assert isinstance(events[-1], FieldChanged) and events[-1].new == changed
    removed, index = flow.design.remove_field("note")
    assert index == 0 and events[-1] == FieldRemoved(removed, 0)


def test_field_refusals(flow: Approval) -> None:
    with pytest.raises(errors.DuplicateKeyError, match="amount"):
        flow.design.add_field(FieldDef(key="amount", label="Again", type="number"))
    with pytest.raises(errors.InvalidPropertyError, match="key of a field"):
        flow.design.update_field("amount", key="sum")
    with pytest.raises(errors.InvalidPropertyError, match="Input should be"):
        flow.design.update_field("amount", type="colour")
    with pytest.raises(errors.UnknownFieldError):
        flow.design.update_field("nothing", label="x")


def test_field_in_use_cannot_be_removed_without_force(flow: Approval) -> None:
    with pytest.raises(errors.InUseError, match="title of task") as caught:
        flow.design.remove_field("amount")
    assert caught.value.users == ["the title of task 'Approve {{ amount }}'"]
    flow.design.remove_field("amount", force=True)
    assert flow.design.fields == ()


def test_roles_add_update_remove(flow: Approval, events: list[object]) -> None:
    role = flow.design.add_role(RoleDef(key="ceo", label="CEO"))
    assert events[-1] == RoleAdded(role, 1)
    flow.design.update_role("ceo", resolve=PositionRole(position="ceo"))
    assert isinstance(events[-1], RoleChanged)
    removed, index = flow.design.remove_role("ceo")
    assert index == 1 and events[-1] == RoleRemoved(removed, 1)


def test_role_refusals(flow: Approval) -> None:
    with pytest.raises(errors.DuplicateKeyError):
        flow.design.add_role(RoleDef(key="initiator", label="Me"))
    with pytest.raises(errors.InUseError, match="assignee"):
        flow.design.remove_role("cfo")
    with pytest.raises(errors.UnknownRoleError):
        flow.design.role("nobody")


def test_set_properties(flow: Approval, events: list[object]) -> None:
    flow.design.set_properties(name="Payments", title_template="Pay {{ amount }}")
    assert flow.design.name == "Payments"
    assert events[-1] == ProcessChanged(
        {"name": "Approval", "title_template": ""},
        {"name": "Payments", "title_template": "Pay {{ amount }}"},
    )
    with pytest.raises(errors.InvalidPropertyError, match="process key"):
        flow.design.set_properties(key="Not A Slug")
    with pytest.raises(errors.InvalidPropertyError, match="id of a process"):
        flow.design.set_properties(id="22222222-2222-4222-8222-222222222222")


def test_unsubscribe(flow: Approval) -> None:
    seen: list[object] = []
    unsubscribe = flow.design.subscribe(seen.append)
    unsubscribe()
    flow.design.add_node(StageNode(title="x"))
    assert seen == []


def test_integrity_is_checked_when_building_from_data(flow: Approval) -> None:
    data = flow.design.to_data()
    edge = data.edges[0]
    broken = data.model_copy(
        update={"edges": (*data.edges, edge.model_copy(update={"id": edge.id}))}
    )
    with pytest.raises(DesignIntegrityError, match="used twice"):
        ProcessDesign(broken)


def test_node_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="at least two options"):
        TaskNode(title="Pick", task="choice", choices=[Outcome(key="a", label="A")])
    with pytest.raises(ValueError, match="only choice tasks"):
        TaskNode(title="Pick", task="todo", choices=[Outcome(key="a", label="A")] * 2)
    with pytest.raises(ValueError, match="not a duration"):
        TimerNode(wait="duration", duration="three days")
    with pytest.raises(ValueError, match="not a valid key"):
        FieldDef(key="Bad Key", label="x", type="text")
    with pytest.raises(ValueError, match="default"):
        FieldDef(key="n", label="N", type="number", default="ten")
    with pytest.raises(ValueError, match="needs at least one option"):
        FieldDef(key="c", label="C", type="choice")


def test_ports_of_each_kind() -> None:
    branch = Branch(label="Big", expression="amount > 10")
    condition = ConditionNode(branches=[branch])
    assert condition.output_ports() == (branch.id, "otherwise")
    assert ConditionNode(branches=[branch], otherwise=False).output_ports() == (branch.id,)
    assert TaskNode(title="t", task="acknowledge").output_ports() == ("acknowledged",)
    assert TaskNode(title="t", task="request_info").output_ports() == ("done",)
    assert EndNode().output_ports() == ()
    assert StartNode().output_ports() == ("out",)
    assert TaskNode(title="t", assignee=FieldRef(field="u")).assignee.kind == "field"
    assert RoleRef(role="x").kind == "role"


def test_empty_design_round_trips_through_data() -> None:
    design = ProcessDesign.new("empty", "Empty")
    assert ProcessDesign(design.to_data()).to_data() == design.to_data()
    assert isinstance(design.to_data(), DesignData)
