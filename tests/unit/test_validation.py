"""Each validation rule, caught on a small broken design, in plain words."""

from __future__ import annotations

from bpdesk.model import (
    ActionNode,
    Branch,
    ConditionNode,
    FieldDef,
    FieldRef,
    FieldToFill,
    JoinNode,
    NotifyAction,
    ParallelNode,
    RoleDef,
    RoleFromField,
    RoleRef,
    SetFieldAction,
    StageNode,
    StartNode,
    TaskNode,
    TimerNode,
    validate,
)
from bpdesk.model.roles import UserFieldRole
from tests.unit.builders import Approval, codes


def problem(design, code):  # type: ignore[no-untyped-def]
    found = [p for p in validate(design) if p.code == code]
    assert found, f"expected {code}, got {[p.code for p in validate(design)]}"
    return found[0]


def test_a_good_design_has_no_problems() -> None:
    assert validate(Approval().design) == []


def test_no_start() -> None:
    flow = Approval()
    flow.design.remove_node(flow.start)
    assert problem(flow.design, "no_start").message == (
        "The process has no start: add one start step."
    )


def test_several_starts() -> None:
    flow = Approval()
    extra = flow.design.add_node(StartNode(title="Second"))
    flow.design.connect(extra.id, "out", flow.task)
    found = problem(flow.design, "several_starts")
    assert found.node_id == extra.id and found.severity == "error"


def test_unreachable_node() -> None:
    flow = Approval()
    orphan = flow.design.add_node(StageNode(title="Forgotten"))
    flow.design.connect(orphan.id, "out", flow.ok)
    found = problem(flow.design, "unreachable")
    assert found.node_id == orphan.id
    assert "Stage 'Forgotten' can never be reached" in found.message


def test_no_way_to_an_end() -> None:
    flow = Approval()
    edge = next(e for e in flow.design.edges_from(flow.task) if e.port == "approved")
    flow.design.disconnect(edge.id)
    stage = flow.design.add_node(StageNode(title="Limbo"))
    flow.design.connect(flow.task, "approved", stage.id)
    found = problem(flow.design, "no_way_to_end")
    assert found.node_id == stage.id and "no way to an end" in found.message


def test_unconnected_outcome() -> None:
    flow = Approval()
    edge = next(e for e in flow.design.edges_from(flow.task) if e.port == "rejected")
    flow.design.disconnect(edge.id)
    found = problem(flow.design, "unconnected_port")
    assert "Outcome 'Rejected' of task 'Approve {{ amount }}' leads nowhere" in found.message


def test_unconnected_branch_and_missing_otherwise() -> None:
    flow = Approval()
    d = flow.design
    d.disconnect(d.edges_from(flow.start)[0].id)
    big = Branch(label="Big", expression="amount > 100")
    cond = d.add_node(ConditionNode(title="Size?", branches=[big], otherwise=False))
    d.connect(flow.start, "out", cond.id)
    assert problem(d, "unconnected_port").message.startswith("Branch 'Big' of condition 'Size?'")
    assert "stuck" in problem(d, "no_otherwise").message


def test_expression_that_does_not_parse() -> None:
    flow = Approval()
    d = flow.design
    d.disconnect(d.edges_from(flow.start)[0].id)
    cond = d.add_node(
        ConditionNode(title="Size?", branches=[Branch(label="Big", expression="amount >> > 1")])
    )
    d.connect(flow.start, "out", cond.id)
    for port in cond.output_ports():
        d.connect(cond.id, port, flow.task)
    found = problem(d, "bad_expression")
    assert "cannot read the expression 'amount >> > 1'" in found.message
    assert found.node_id == cond.id


def test_expression_with_unknown_name_and_forbidden_call() -> None:
    flow = Approval()
    d = flow.design
    d.update_node(flow.task, title="Approve")
    d.add_field(
        FieldDef(
            key="note",
            label="Note",
            type="text",
            required="when",
            required_when="amont > 5 and __import__('os')",
        )
    )
    messages = [p.message for p in validate(d)]
    assert any("calls '__import__'" in m for m in messages)
    d.update_field("note", required_when="amont > 5")
    found = problem(d, "unknown_name")
    assert found.field_key == "note"
    assert "uses 'amont', which is not a field" in found.message


def test_template_with_unknown_field_and_bad_syntax() -> None:
    flow = Approval()
    flow.design.update_node(flow.task, title="Approve {{ amout }}")
    assert "uses 'amout'" in problem(flow.design, "unknown_name").message
    flow.design.update_node(flow.task, title="Approve {{ amount ")
    assert "cannot read the text" in problem(flow.design, "bad_template").message


def test_task_assigned_from_a_field_not_filled_on_every_path() -> None:
    flow = Approval()
    d = flow.design
    d.add_field(FieldDef(key="reviewer", label="Reviewer", type="user"))
    review = d.add_node(TaskNode(title="Review", task="todo", assignee=FieldRef(field="reviewer")))
    edge = next(e for e in d.edges_from(flow.task) if e.port == "approved")
    d.disconnect(edge.id)
    d.connect(flow.task, "approved", review.id)
    d.connect(review.id, "done", flow.ok)
    found = problem(d, "field_not_filled")
    assert found.node_id == review.id
    assert "the user in 'Reviewer'" in found.message
    # Filling it in the earlier task fixes it.
    d.update_node(flow.task, fill_fields=[FieldToFill(field="reviewer")])
    assert "field_not_filled" not in codes(d)


def test_field_filled_on_one_branch_only() -> None:
    flow = Approval()
    d = flow.design
    d.add_field(FieldDef(key="reviewer", label="Reviewer", type="user", start_form=True))
    d.disconnect(d.edges_from(flow.start)[0].id)
    cond = d.add_node(ConditionNode(title="Big?", branches=[Branch(expression="amount > 5")]))
    pick = d.add_node(
        ActionNode(title="Pick", action=SetFieldAction(field="reviewer", expression="initiator"))
    )
    review = d.add_node(TaskNode(title="Review", task="todo", assignee=FieldRef(field="reviewer")))
    d.connect(flow.start, "out", cond.id)
    d.connect(cond.id, cond.output_ports()[0], pick.id)
    d.connect(cond.id, "otherwise", review.id)
    d.connect(pick.id, "out", review.id)
    d.connect(review.id, "done", flow.task)
    assert "field_not_filled" in codes(d)  # the otherwise path never fills it
    d.update_field("reviewer", required="always")  # now the start form guarantees it
    assert "field_not_filled" not in codes(d)


def test_branch_guard_proves_a_field_is_filled() -> None:
    flow = Approval()
    d = flow.design
    d.add_field(FieldDef(key="reviewer", label="Reviewer", type="user", start_form=True))
    d.disconnect(d.edges_from(flow.start)[0].id)
    cond = d.add_node(
        ConditionNode(title="Reviewer?", branches=[Branch(expression="not is_empty(reviewer)")])
    )
    review = d.add_node(TaskNode(title="Review", task="todo", assignee=FieldRef(field="reviewer")))
    d.connect(flow.start, "out", cond.id)
    d.connect(cond.id, cond.output_ports()[0], review.id)
    d.connect(cond.id, "otherwise", flow.task)
    d.connect(review.id, "done", flow.task)
    assert validate(d) == []


def test_role_used_but_never_set() -> None:
    flow = Approval()
    d = flow.design
    d.add_role(RoleDef(key="expert", label="Expert"))
    d.update_node(flow.task, assignee=RoleRef(role="expert"))
    found = problem(d, "role_never_set")
    assert found.role_key == "expert" and "nothing ever sets it" in found.message


def test_role_set_later_than_it_is_used() -> None:
    flow = Approval()
    d = flow.design
    d.add_field(FieldDef(key="expert_user", label="Expert", type="user"))
    d.add_role(RoleDef(key="expert", label="Expert"))
    notify = d.add_node(
        ActionNode(title="Tell", action=NotifyAction(recipients=(RoleRef(role="expert"),)))
    )
    choose = d.add_node(
        TaskNode(
            title="Choose",
            task="request_info",
            fill_fields=[FieldToFill(field="expert_user")],
            sets_roles=[RoleFromField(role="expert", field="expert_user")],
        )
    )
    edge = next(e for e in d.edges_from(flow.task) if e.port == "approved")
    d.disconnect(edge.id)
    d.connect(flow.task, "approved", notify.id)
    d.connect(notify.id, "out", choose.id)
    d.connect(choose.id, "done", flow.ok)
    assert "role_not_set" in codes(d)


def test_role_from_an_unknown_or_wrong_field() -> None:
    flow = Approval()
    flow.design.add_role(RoleDef(key="boss", label="Boss", resolve=UserFieldRole(field="boss")))
    assert "unknown field 'boss'" in problem(flow.design, "unknown_field").message
    flow.design.add_field(FieldDef(key="boss", label="Boss", type="text"))
    assert "needs a field of type user" in problem(flow.design, "wrong_field_type").message


def test_unknown_role() -> None:
    flow = Approval()
    flow.design.update_node(flow.task, assignee=RoleRef(role="cto"))
    assert "unknown role 'cto'" in problem(flow.design, "unknown_role").message


def _split_design(join_both: bool) -> Approval:
    flow = Approval()
    d = flow.design
    d.disconnect(d.edges_from(flow.start)[0].id)
    split = d.add_node(ParallelNode(title="Both"))
    a = d.add_node(TaskNode(title="A", task="todo"))
    b = d.add_node(TaskNode(title="B", task="todo"))
    join = d.add_node(JoinNode(title="Together"))
    d.connect(flow.start, "out", split.id)
    d.connect(split.id, "out", a.id)
    d.connect(split.id, "out", b.id)
    d.connect(a.id, "done", join.id)
    d.connect(b.id, "done", join.id if join_both else flow.task)
    d.connect(join.id, "out", flow.task)
    return flow


def test_split_whose_branches_meet() -> None:
    assert "split_never_joins" not in codes(_split_design(join_both=True).design)


def test_split_whose_branches_never_meet() -> None:
    found = problem(_split_design(join_both=False).design, "split_never_joins")
    assert "never meet in a join" in found.message


def test_branch_that_ends_before_the_join() -> None:
    flow = _split_design(join_both=True)
    d = flow.design
    b = next(n for n in d.nodes if n.title == "B")
    d.disconnect(d.edges_from(b.id)[0].id)
    d.connect(b.id, "done", flow.no)
    assert "branch_ends_early" in codes(d)


def test_loop_without_a_task_or_timer() -> None:
    flow = Approval()
    d = flow.design
    d.disconnect(d.edges_from(flow.start)[0].id)
    stage = d.add_node(StageNode(title="Again"))
    cond = d.add_node(ConditionNode(title="Loop?", branches=[Branch(expression="amount > 1")]))
    d.connect(flow.start, "out", stage.id)
    d.connect(stage.id, "out", cond.id)
    d.connect(cond.id, cond.output_ports()[0], stage.id)
    d.connect(cond.id, "otherwise", flow.task)
    found = problem(d, "endless_loop")
    assert "go round forever" in found.message and "stage 'Again'" in found.message
    # A timer in the loop makes it wait, so it is fine.
    timer = d.add_node(TimerNode(title="Wait a day"))
    edge = next(e for e in d.edges_from(cond.id) if e.target == stage.id)
    d.disconnect(edge.id)
    d.connect(cond.id, cond.output_ports()[0], timer.id)
    d.connect(timer.id, "out", stage.id)
    assert "endless_loop" not in codes(d)


def test_required_field_nobody_fills() -> None:
    flow = Approval()
    flow.design.add_field(FieldDef(key="act", label="Act", type="file", required="always"))
    found = problem(flow.design, "required_never_filled")
    assert found.field_key == "act" and "no task or action fills it" in found.message
    flow.design.update_node(flow.task, fill_fields=[FieldToFill(field="act")])
    assert "required_never_filled" not in codes(flow.design)


def test_start_form_condition_that_names_a_later_field() -> None:
    flow = Approval()
    d = flow.design
    d.add_field(FieldDef(key="decision", label="Decision", type="text"))
    d.add_field(
        FieldDef(
            key="why",
            label="Why",
            type="text",
            start_form=True,
            required="when",
            required_when='decision == "no"',
        )
    )
    found = problem(d, "condition_sees_later_field")
    assert found.severity == "warning"


def test_untitled_task_and_unknown_fields_in_lists() -> None:
    flow = Approval()
    flow.design.update_node(flow.task, title="", show_fields=("ghost",))
    assert "untitled_task" in codes(flow.design)
    assert "unknown field 'ghost'" in problem(flow.design, "unknown_field").message


def test_timer_waiting_for_a_text_field() -> None:
    flow = Approval()
    d = flow.design
    d.add_field(FieldDef(key="when", label="When", type="text", start_form=True, required="always"))
    d.disconnect(d.edges_from(flow.start)[0].id)
    timer = d.add_node(TimerNode(title="Until", wait="field", field="when", duration=None))
    d.connect(flow.start, "out", timer.id)
    d.connect(timer.id, "out", flow.task)
    assert "needs a field of type date or date and time" in problem(d, "wrong_field_type").message


def test_errors_come_before_warnings() -> None:
    flow = Approval()
    d = flow.design
    split = d.add_node(ParallelNode(title="Lonely"))
    d.connect(split.id, "out", flow.ok)
    severities = [p.severity for p in validate(d)]
    assert "warning" in severities
    assert severities == sorted(severities, key=lambda s: s != "error")


def test_an_action_dropped_from_the_palette_says_what_it_still_needs() -> None:
    from bpdesk.model import SetRoleAction

    flow = Approval()
    d = flow.design
    edge = next(e for e in d.edges_from(flow.task) if e.port == "approved")
    d.disconnect(edge.id)
    action = d.add_node(ActionNode(title="Choose", action=SetRoleAction()))
    d.connect(flow.task, "approved", action.id)
    d.connect(action.id, "out", flow.ok)
    found = problem(d, "incomplete_action")
    assert found.message == "Action 'Choose' still needs the role to set and the person."
