"""The runtime on its own: no database, a memory directory and a clock that stands still."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from bpdesk.engine.errors import FormError, NotAllowedError
from bpdesk.engine.ports import FixedClock
from bpdesk.engine.runtime import Runtime
from bpdesk.engine.spec import compile_design
from bpdesk.engine.state import TASK_TRANSITIONS, InstanceStatus, TaskState, check_transition
from bpdesk.io import load_design
from bpdesk.model import (
    ActionNode,
    Branch,
    CalendarEventAction,
    ConditionNode,
    CreateInstanceAction,
    EndNode,
    FieldDef,
    InviteUserAction,
    PlannedExpenseAction,
    ProcessDesign,
    SetFieldAction,
    StageNode,
    StartNode,
    TimerNode,
    WebhookAction,
)
from tests.conftest import DESIGNS, START
from tests.support.designs import branching_flow
from tests.support.memory import demo_directory


@pytest.fixture
def runtime() -> Runtime:
    return Runtime(FixedClock(START), demo_directory())


def _chain(design: ProcessDesign, *nodes):  # type: ignore[no-untyped-def]
    ids = [design.add_node(node).id for node in nodes]
    for source, target in itertools.pairwise(ids):
        (port,) = design.node(source).output_ports()
        design.connect(source, port, target)
    return ids


def _endless_loop(name: str, locale: str = "en") -> ProcessDesign:
    """A stage and a condition that always sends the instance back to it."""
    design = ProcessDesign.new("loop", name)
    design.set_properties(locale=locale)
    _start, stage, condition = _chain(
        design,
        StartNode(),
        StageNode(title="Again"),
        ConditionNode(title="Round?", branches=[Branch(expression="1 == 1")], otherwise=False),
    )
    design.connect(condition, design.node(condition).output_ports()[0], stage)
    return design


def test_an_automatic_loop_ends_in_the_error_state(runtime: Runtime) -> None:
    design = _endless_loop("Loop")
    state, effects = runtime.start(compile_design(design), "morozov", {}, "i-1", 1)
    assert state.status is InstanceStatus.ERROR
    assert "more than 1000 automatic steps" in (state.error or "")
    assert effects.history[-1].kind == "error"
    assert [t for t in state.tokens if t.wait == "active"] == []


def test_why_an_instance_stopped_is_written_in_its_process_s_language(runtime: Runtime) -> None:
    """Whoever's screen ran the step, the history reads in the process's language."""
    design = _endless_loop("Цикл", locale="ru")
    state, _effects = runtime.start(compile_design(design), "morozov", {}, "i-1", 1)
    assert state.status is InstanceStatus.ERROR
    assert "больше 1000 автоматических шагов" in (state.error or "")


def test_a_join_waits_for_both_branches(runtime: Runtime) -> None:
    spec = compile_design(branching_flow())
    state, effects = runtime.start(spec, "morozov", {"amount": "500"}, "i-1", 1)
    approve = effects.new_tasks[0]
    effects = runtime.complete(spec, state, approve, "smirnova", "approved")
    left, right = sorted(effects.new_tasks, key=lambda task: task.title)
    assert (left.title, right.title) == ("Left", "Right")
    effects = runtime.complete(spec, state, left, "petrov", "done")
    assert not [e for e in effects.history if e.kind == "joined"]
    assert [t.wait for t in state.tokens].count("join") == 1
    effects = runtime.complete(spec, state, right, "ivanova", "done")
    assert [e.kind for e in effects.history].count("joined") == 1
    (timer_job,) = effects.jobs
    assert timer_job.due_at == START + dt.timedelta(hours=2)
    effects = runtime.fire_timer(spec, state, timer_job.payload["token_id"])
    assert state.status is InstanceStatus.SUCCESS
    assert state.tokens == [] and effects.cancel_open_tasks


def test_a_timer_waits_for_a_date_field(runtime: Runtime) -> None:
    design = ProcessDesign.new("wait", "Wait")
    design.add_field(
        FieldDef(key="go", label="Go", type="datetime", start_form=True, required="always")
    )
    _chain(
        design,
        StartNode(),
        TimerNode(title="Until go", wait="field", field="go", duration=None),
        EndNode(),
    )
    state, effects = runtime.start(
        compile_design(design), "morozov", {"go": "2026-04-01 10:30"}, "i", 1
    )
    assert [job.due_at for job in effects.jobs] == [dt.datetime(2026, 4, 1, 10, 30, tzinfo=dt.UTC)]
    assert state.tokens[0].wait == "timer"


def test_actions_set_fields_plan_expenses_book_meetings_and_call_webhooks(runtime: Runtime) -> None:
    design = ProcessDesign.new("acts", "Acts")
    design.add_field(
        FieldDef(key="amount", label="Amount", type="money", start_form=True, required="always")
    )
    design.add_field(
        FieldDef(key="day", label="Day", type="date", start_form=True, required="always")
    )
    design.add_field(FieldDef(key="total", label="Total", type="money"))
    _chain(
        design,
        StartNode(),
        ActionNode(title="Total", action=SetFieldAction(field="total", expression="amount * 2")),
        ActionNode(
            title="Plan",
            action=PlannedExpenseAction(
                amount="total",
                category="Hardware",
                date="day + days(3)",
                description="For {{ amount }}",
            ),
        ),
        ActionNode(
            title="Meet", action=CalendarEventAction(title="Review {{ total }}", start="day")
        ),
        ActionNode(
            title="Tell the CRM",
            action=WebhookAction(url="https://crm.example.com/hook", payload_fields=("total",)),
        ),
        ActionNode(
            title="Follow-up",
            action=CreateInstanceAction(
                design_key="employee-absence", fields={"reason": '"vacation"', "date_from": "day"}
            ),
        ),
        EndNode(),
    )
    state, effects = runtime.start(
        compile_design(design), "morozov", {"amount": "100.5", "day": "2026-03-10"}, "i", 7
    )
    assert state.status is InstanceStatus.SUCCESS
    assert state.fields["total"] == "201.00"
    (expense,) = effects.expenses
    assert (expense.amount, expense.category, expense.date) == (
        "201.00",
        "Hardware",
        dt.date(2026, 3, 13),
    )
    assert expense.description == "For RUB100.50"
    (meeting,) = effects.calendar_events
    assert (meeting.title, meeting.start) == ("Review RUB201.00", dt.datetime(2026, 3, 10, 9, 0))
    (hook,) = effects.outbox
    assert hook.kind == "webhook" and hook.payload["body"]["fields"] == {"total": "201.00"}
    assert hook.payload["body"]["instance"]["number"] == 7
    (linked,) = effects.linked_starts
    assert linked.values == {"reason": "vacation", "date_from": "2026-03-10"}


def test_invite_makes_a_unique_login_and_skips_known_people(runtime: Runtime) -> None:
    design = ProcessDesign.new("invite", "Invite")
    design.add_field(
        FieldDef(key="email", label="E-mail", type="email", start_form=True, required="always")
    )
    design.add_field(
        FieldDef(key="name", label="Name", type="text", start_form=True, required="always")
    )
    _chain(
        design,
        StartNode(),
        ActionNode(title="Invite", action=InviteUserAction(email_field="email", name_field="name")),
        EndNode(),
    )
    spec = compile_design(design)
    _, effects = runtime.start(
        spec, "kuznetsova", {"email": "popov@newmail.com", "name": "P"}, "a", 1
    )
    assert [u.login for u in effects.new_users] == ["popov2"]  # 'popov' is taken
    assert effects.outbox[0].payload["to"] == "popov@newmail.com"
    _, effects = runtime.start(
        spec, "kuznetsova", {"email": "POPOV@example.com", "name": "P"}, "b", 2
    )
    assert effects.new_users == []
    assert "user_exists" in [event.kind for event in effects.history]


def test_start_form_checks(runtime: Runtime) -> None:
    spec = compile_design(load_design(DESIGNS / "en" / "payment-approval.bpd.json"))
    with pytest.raises(FormError) as refused:
        runtime.start(spec, "morozov", {"amount": "-5", "act": "x", "colour": "red"}, "i", 1)
    assert refused.value.problems == {
        "amount": "Amount: enter an amount greater than zero",
        "act": "this field is not on the start form",
        "colour": "“Payment approval” has no field “colour”",
        "counterparty": "Counterparty: fill this in",
        "purpose": "Purpose of payment: fill this in",
        "invoice": "Invoice: fill this in",
    }
    hiring = compile_design(load_design(DESIGNS / "en" / "hiring.bpd.json"))
    with pytest.raises(NotAllowedError, match="Ivan Morozov may not start “Hiring”"):
        runtime.start(hiring, "morozov", {}, "i", 1)


def test_russian_texts_are_formatted_for_russia() -> None:
    runtime = Runtime(FixedClock(START), demo_directory("ru"))
    spec = compile_design(load_design(DESIGNS / "ru" / "payment-approval.bpd.json"))
    state, effects = runtime.start(
        spec,
        "morozov",
        {
            "amount": "150000",
            "counterparty": "ООО Ромашка",
            "purpose": "Серверы",
            "invoice": {"id": "f", "name": "счёт.pdf"},
        },
        "i",
        1,
    )
    assert state.title == "Оплата 150\xa0000,00\xa0₽ — ООО Ромашка"
    assert effects.new_tasks[0].assignee == "smirnova"


def test_the_task_state_machine() -> None:
    assert TASK_TRANSITIONS[TaskState.OPEN] == {TaskState.COMPLETED, TaskState.CANCELLED}
    check_transition(TaskState.OPEN, TaskState.COMPLETED)
    with pytest.raises(ValueError, match="cannot go from completed to open"):
        check_transition(TaskState.COMPLETED, TaskState.OPEN)
    with pytest.raises(ValueError, match="cannot go from cancelled to completed"):
        check_transition(TaskState.CANCELLED, TaskState.COMPLETED)
