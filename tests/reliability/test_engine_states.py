"""Stateful property test of the engine over a real SQLite file.

Hypothesis starts instances, completes, reassigns and cancels tasks and moves
the clock in random orders; after every step the database must satisfy:
- a finished instance has no open tasks and no tokens;
- every completed task has exactly one completion event;
- every time the "Big?" condition ran, it took exactly one branch;
- the join waits for both branches: it never fired more often than either branch finished,
  and while one branch's task is open, that instance has not passed the join.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select

from bpdesk.engine.ports import FixedClock
from bpdesk.services import ConflictError, NotAllowedError, Services
from bpdesk.storage import schema as t
from tests.conftest import START
from tests.support.designs import branching_flow

PEOPLE = ["smirnova", "petrov", "ivanova", "morozov", "admin"]


class EngineMachine(RuleBasedStateMachine):
    @initialize()
    def open_database(self) -> None:
        self.folder = tempfile.TemporaryDirectory()
        self.clock = FixedClock(START)
        self.app = Services.open(str(Path(self.folder.name) / "state.sqlite3"), clock=self.clock)
        self.app.load_demo("en")
        self.design = branching_flow()
        self.app.publish(self.design)
        self.instances: list[str] = []

    def teardown(self) -> None:
        if hasattr(self, "app"):
            self.app.close()
            self.folder.cleanup()

    def _open_tasks(self) -> list[tuple[str, str]]:
        with self.app.engine.connect() as connection:
            return [
                (row.id, row.assignee)
                for row in connection.execute(
                    select(t.tasks.c.id, t.tasks.c.assignee)
                    .where(t.tasks.c.state == "open")
                    .order_by(t.tasks.c.id)
                )
            ]

    @rule(amount=st.integers(0, 300))
    def start(self, amount: int) -> None:
        self.instances.append(self.app.start("branching-flow", "morozov", {"amount": amount}).id)

    @rule(
        pick=st.integers(0, 1000),
        outcome=st.sampled_from(["approved", "rejected", "done"]),
        as_admin=st.booleans(),
    )
    def complete(self, pick: int, outcome: str, as_admin: bool) -> None:
        tasks = self._open_tasks()
        if not tasks:
            return
        task_id, assignee = tasks[pick % len(tasks)]
        task = self.app.task(task_id)
        if outcome not in task.outcomes:
            outcome = task.outcomes[0]
        comment = "because" if outcome == "rejected" else None
        self.app.complete(task_id, "admin" if as_admin else assignee, outcome, comment=comment)

    @rule(pick=st.integers(0, 1000))
    def complete_twice(self, pick: int) -> None:
        tasks = self._open_tasks()
        if not tasks:
            return
        task_id, assignee = tasks[pick % len(tasks)]
        outcome = self.app.task(task_id).outcomes[0]
        self.app.complete(task_id, assignee, outcome)
        try:
            self.app.complete(task_id, assignee, outcome)
        except ConflictError:
            return
        raise AssertionError("a task was completed twice")

    @rule(pick=st.integers(0, 1000), to=st.sampled_from(PEOPLE))
    def reassign(self, pick: int, to: str) -> None:
        tasks = self._open_tasks()
        if not tasks:
            return
        task_id, assignee = tasks[pick % len(tasks)]
        if to == assignee:
            return
        self.app.reassign(task_id, assignee, to)

    @rule(pick=st.integers(0, 1000), by_initiator=st.booleans())
    def cancel(self, pick: int, by_initiator: bool) -> None:
        if not self.instances:
            return
        instance = self.instances[pick % len(self.instances)]
        try:
            self.app.cancel(instance, "morozov" if by_initiator else "petrov")
        except ConflictError:
            assert self.app.instance(instance).status != "running"
        except NotAllowedError:
            assert not by_initiator

    @rule(hours=st.integers(0, 5))
    def advance_clock(self, hours: int) -> None:
        self.clock.advance(hours=hours)
        self.app.run_due(now=self.clock.now())

    # ------------------------------------------------------------ invariants
    @invariant()
    def consistent(self) -> None:
        if not hasattr(self, "app"):
            return
        with self.app.engine.connect() as connection:
            instances = connection.execute(select(t.instances)).all()
            tasks = connection.execute(select(t.tasks)).all()
            tokens = connection.execute(select(t.tokens)).all()
            events = connection.execute(select(t.history)).all()
        finished = {i.id for i in instances if i.status != "running"}
        assert not [k for k in tasks if k.instance_id in finished and k.state == "open"]
        assert not [k for k in tokens if k.instance_id in finished]
        completions = Counter(e.task_id for e in events if e.kind == "task_completed")
        for task in tasks:
            assert completions[task.id] == (1 if task.state == "completed" else 0)
        titles = {node.id: node.title for node in self.design.nodes}
        for instance in instances:
            mine = [e for e in events if e.instance_id == instance.id]
            approvals = [
                e
                for e in mine
                if e.kind == "task_completed"
                and e.data["title"] == "Approve"
                and e.data["outcome"] == "approved"
            ]
            branches = [e for e in mine if e.kind == "branch_taken"]
            assert len(branches) == len(approvals) <= 1
            done = Counter(e.data["title"] for e in mine if e.kind == "task_completed")
            joined = sum(1 for e in mine if e.kind == "joined")
            assert joined <= min(done["Left"], done["Right"])
            open_titles = {
                titles[k.node_id]
                for k in tasks
                if k.instance_id == instance.id and k.state == "open"
            }
            if open_titles & {"Left", "Right"}:
                assert joined == 0
            # Open tasks and waiting tokens agree.
            waiting = {
                k.task_id for k in tokens if k.instance_id == instance.id and k.wait == "task"
            }
            assert waiting == {
                k.id for k in tasks if k.instance_id == instance.id and k.state == "open"
            }


EngineMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_engine_state_machine = EngineMachine.TestCase
