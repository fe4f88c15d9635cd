"""The runtime: start instances, complete tasks, fire timers, run tokens.

Each public method works on one instance's state, runs its tokens until every
token waits (for a task, a timer or a join) or the instance ends, and returns
the ``Effects`` of that one step. The caller (storage) writes state and
effects in one transaction. A design that cannot go on at run time puts the
instance into the error state with a message; it never hangs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from bpdesk.engine import actions as action_handlers
from bpdesk.engine.errors import (
    ConflictError,
    DesignRuntimeError,
    FormError,
    NotAllowedError,
)
from bpdesk.engine.evaluate import evaluate, helper_functions, render
from bpdesk.engine.ports import Clock, Directory, Person
from bpdesk.engine.spec import ProcessSpec
from bpdesk.engine.state import (
    Effects,
    HistoryEvent,
    InstanceState,
    InstanceStatus,
    Job,
    Notification,
    OutboxMessage,
    TaskRecord,
    TaskState,
    Token,
    check_transition,
)
from bpdesk.engine.values import (
    ValueProblemError,
    display_value,
    expression_value,
    is_empty,
    parse_value,
)
from bpdesk.model.durations import parse_duration
from bpdesk.model.expressions import ExpressionError, template_names
from bpdesk.model.fields import FieldDef
from bpdesk.model.ids import new_id
from bpdesk.model.nodes import (
    ActionNode,
    ConditionNode,
    EndNode,
    JoinNode,
    ParallelNode,
    StageNode,
    StartNode,
    TaskNode,
    TimerNode,
)
from bpdesk.model.people import FieldRef, PersonRef, RoleRef, UserRef
from bpdesk.model.roles import (
    DepartmentHeadRole,
    FixedUserRole,
    InitiatorManagerRole,
    InitiatorRole,
    PositionRole,
    UserFieldRole,
)
from bpdesk.translation import tr, tr_in

MAX_AUTOMATIC_STEPS = 1000
_BUILTINS = frozenset({"initiator", "instance", "roles"})


class Runtime:
    """Stateless between calls: everything per instance comes in and goes out."""

    def __init__(
        self,
        clock: Clock,
        directory: Directory,
        max_automatic_steps: int = MAX_AUTOMATIC_STEPS,
        id_factory: Callable[[], str] = new_id,
    ) -> None:
        self.clock = clock
        self.directory = directory
        self.max_automatic_steps = max_automatic_steps
        self.new_id = id_factory

    # ------------------------------------------------------------------ start
    def start(
        self,
        spec: ProcessSpec,
        initiator: str,
        values: Mapping[str, Any],
        instance_id: str,
        number: int,
        parent_id: str | None = None,
        check_permission: bool = True,
    ) -> tuple[InstanceState, Effects]:
        person = self._person(initiator)
        if check_permission:
            self._check_may_start(spec, person)
        fields, problems = self._start_values(spec, values, initiator, parent_id)
        if problems:
            raise FormError(problems)
        now = self.clock.now()
        state = InstanceState(
            id=instance_id,
            number=number,
            design_key=spec.key,
            version_id=spec.version_id,
            title="",
            status=InstanceStatus.RUNNING,
            initiator=initiator,
            fields=fields,
            roles={},
            tokens=[Token(id=self.new_id(), node_id=spec.start_id)],
            started_at=now,
            parent_id=parent_id,
        )
        run = _Run(self, spec, state)
        typed = {key: fields[key] for key in values if key in fields}
        run.history("started", actor=initiator, data={"values": typed})
        run.run()
        return state, run.effects

    def may_start(self, spec: ProcessSpec, login: str) -> bool:
        person = self.directory.person(login)
        return person is not None and person.active and _allowed_to_start(spec, person)

    def _check_may_start(self, spec: ProcessSpec, person: Person) -> None:
        if not _allowed_to_start(spec, person):
            start = spec.node(spec.start_id)
            assert isinstance(start, StartNode)
            rule = start.starters
            who = ", ".join([*rule.positions, *rule.departments, *rule.users]) or tr("nobody")
            raise NotAllowedError(
                tr("{person} may not start “{process}” (allowed: {who})").format(
                    person=person.name, process=spec.name, who=who
                )
            )

    # --------------------------------------------------------------- complete
    def complete(
        self,
        spec: ProcessSpec,
        state: InstanceState,
        task: TaskRecord,
        actor: str,
        outcome: str,
        values: Mapping[str, Any] | None = None,
        comment: str | None = None,
    ) -> Effects:
        if task.state is not TaskState.OPEN:
            raise self.closed_error(task)
        if not state.running:
            raise self._finished_error(state)
        person = self._person(actor)
        if actor != task.assignee and not person.admin:
            assignee = self._name(task.assignee)
            raise NotAllowedError(
                tr("“{task}” is assigned to {assignee}, not to {person}").format(
                    task=task.title, assignee=assignee, person=person.name
                )
            )
        if outcome not in task.outcomes:
            options = ", ".join(task.outcomes)
            raise FormError({"outcome": tr("choose one of: {options}").format(options=options)})
        values = dict(values or {})
        allowed = {item["field"]: item for item in task.fill_fields}
        problems: dict[str, str] = {}
        for key in values:
            if key not in allowed:
                problems[key] = tr("this task does not ask for this field")
        parsed = self._parse(spec, values, problems)
        merged = {**state.fields, **parsed}
        needed = [spec.fields[k] for k, item in allowed.items() if item["required"]]
        optional = [spec.fields[k] for k, item in allowed.items() if not item["required"]]
        self._check_required(spec, needed, merged, problems, state.initiator, force=True)
        self._check_required(spec, optional, merged, problems, state.initiator)
        node = spec.node(task.node_id)
        text_comment = (comment or "").strip() or None
        if (
            isinstance(node, TaskNode)
            and node.comment_required_on_reject
            and outcome == "rejected"
            and not text_comment
        ):
            problems["comment"] = tr("say why you reject it")
        if problems:
            raise FormError(problems)
        now = self.clock.now()
        check_transition(task.state, TaskState.COMPLETED)
        task.state = TaskState.COMPLETED
        task.outcome = outcome
        task.completed_by = actor
        task.on_behalf_of = task.assignee if actor != task.assignee else None
        task.completed_at = now
        task.comment = text_comment
        state.fields.update(parsed)
        run = _Run(self, spec, state)
        run.effects.changed_tasks.append(task)
        run.history(
            "task_completed",
            actor=actor,
            node_id=task.node_id,
            task_id=task.id,
            data={
                "title": task.title,
                "outcome": outcome,
                "values": parsed,
                "comment": text_comment,
                "on_behalf_of": task.on_behalf_of,
            },
        )
        if isinstance(node, TaskNode):
            for setting in node.sets_roles:
                login = state.fields.get(setting.field)
                if login:
                    state.roles[setting.role] = login
                    run.history("role_set", data={"role": setting.role, "login": login})
        token = next((t for t in state.tokens if t.task_id == task.id), None)
        if token is not None:
            run.move(token, outcome)
            run.run()
        return run.effects

    def closed_error(self, task: TaskRecord) -> ConflictError:
        """The refusal for acting on a task that is no longer open: who closed it, and when."""
        if task.state is TaskState.COMPLETED and task.completed_by and task.completed_at:
            when = task.completed_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
            who = self._name(task.completed_by)
            return ConflictError(
                tr("“{task}” was already completed by {person} at {when}").format(
                    task=task.title, person=who, when=when
                ),
                task=task.title,
                by=who,
                at=task.completed_at,
            )
        if task.state is TaskState.CANCELLED:
            closed = tr("“{task}” has been cancelled")
        else:
            closed = tr("“{task}” is no longer open")
        return ConflictError(closed.format(task=task.title), task=task.title)

    # ------------------------------------------------------------- reassign
    def reassign(
        self, state: InstanceState, task: TaskRecord, actor: str, new_assignee: str
    ) -> Effects:
        if task.state is not TaskState.OPEN:
            raise self.closed_error(task)
        person = self._person(actor)
        if actor != task.assignee and not person.admin:
            raise NotAllowedError(
                tr("only {assignee} or an admin can hand it over").format(
                    assignee=self._name(task.assignee)
                )
            )
        target = self.directory.person(new_assignee)
        if target is None or not target.active:
            raise FormError(
                {"assignee": tr("there is no active user “{login}”").format(login=new_assignee)}
            )
        if target.login == task.assignee:
            raise FormError(
                {"assignee": tr("{person} already has this task").format(person=target.name)}
            )
        previous = task.assignee
        task.assignee = target.login
        effects = Effects(changed_tasks=[task])
        effects.history.append(
            HistoryEvent(
                instance_id=state.id,
                at=self.clock.now(),
                kind="task_reassigned",
                actor=actor,
                node_id=task.node_id,
                task_id=task.id,
                data={"title": task.title, "from": previous, "to": target.login},
            )
        )
        return effects

    # --------------------------------------------------------------- cancel
    def cancel(self, spec: ProcessSpec, state: InstanceState, actor: str, reason: str) -> Effects:
        if not state.running:
            raise self._finished_error(state)
        person = self._person(actor)
        if actor != state.initiator and not person.admin:
            raise NotAllowedError(tr("only the initiator or an admin can cancel an instance"))
        run = _Run(self, spec, state)
        run.finish(InstanceStatus.CANCELLED, actor=actor, data={"reason": reason})
        return run.effects

    # ------------------------------------------------------------ time jobs
    def fire_timer(self, spec: ProcessSpec, state: InstanceState, token_id: str) -> Effects:
        run = _Run(self, spec, state)
        token = next((t for t in state.tokens if t.id == token_id and t.wait == "timer"), None)
        if token is None or not state.running:
            return run.effects  # the instance moved on or ended: nothing to do
        run.history("timer_fired", node_id=token.node_id)
        run.move(token, "out")
        run.run()
        return run.effects

    def check_sla(
        self, spec: ProcessSpec, state: InstanceState, payload: Mapping[str, Any]
    ) -> Effects:
        run = _Run(self, spec, state)
        if not state.running or state.stage_entry != payload.get("stage_entry"):
            return run.effects  # the stage was left in time
        stage = spec.node(str(payload["node_id"]))
        days = int(payload["days"])
        recipients = run.resolve_many(_people_from_json(payload.get("notify", [])))
        subject = run.say("Time limit passed: {title}").format(title=state.title)
        body = run.say("“{title}” has been in the stage “{stage}” for more than {days} days.")
        body = body.format(title=state.title, stage=stage.title, days=days)
        run.notify(recipients, subject, body, in_app=True, email=True)
        run.history("sla_exceeded", node_id=stage.id, data={"days": days, "notified": recipients})
        return run.effects

    # -------------------------------------------------------------- helpers
    def _person(self, login: str) -> Person:
        person = self.directory.person(login)
        if person is None:
            raise NotAllowedError(tr("there is no user “{login}”").format(login=login))
        return person

    @staticmethod
    def _finished_error(state: InstanceState) -> ConflictError:
        """The refusal for acting on an instance that has stopped running."""
        words = {
            InstanceStatus.SUCCESS: tr("the instance has already finished"),
            InstanceStatus.REJECTED: tr("the instance has already finished: rejected"),
            InstanceStatus.CANCELLED: tr("the instance has already been cancelled"),
        }
        return ConflictError(words.get(state.status, tr("the instance stopped on an error")))

    def _name(self, login: str) -> str:
        person = self.directory.person(login)
        return person.name if person else login

    def start_form_problems(
        self, spec: ProcessSpec, initiator: str, values: Mapping[str, Any]
    ) -> dict[str, str]:
        """What starting with ``values`` would refuse, field by field (for checks as you type):
        the same rules ``start`` applies, conditional requirements included."""
        return self._start_values(spec, values, initiator, None)[1]

    def _start_values(
        self,
        spec: ProcessSpec,
        values: Mapping[str, Any],
        initiator: str,
        parent_id: str | None,
    ) -> tuple[dict[str, Any], dict[str, str]]:
        fields = {f.key: f.default for f in spec.fields.values() if f.default is not None}
        start_fields = {f.key for f in spec.fields.values() if f.start_form}
        problems: dict[str, str] = {}
        for key in values:
            if key not in spec.fields:
                problems[key] = tr("“{process}” has no field “{key}”").format(
                    process=spec.name, key=key
                )
            elif key not in start_fields and parent_id is None:
                problems[key] = tr("this field is not on the start form")
        parsed = self._parse(spec, values, problems)
        fields.update(parsed)
        required = [f for f in spec.fields.values() if f.key in start_fields]
        self._check_required(spec, required, fields, problems, initiator)
        return fields, problems

    def _parse(
        self, spec: ProcessSpec, values: Mapping[str, Any], problems: dict[str, str]
    ) -> dict[str, Any]:
        parsed: dict[str, Any] = {}
        for key, raw in values.items():
            field = spec.fields.get(key)
            if field is None or key in problems:
                continue
            try:
                parsed[key] = parse_value(field, raw, self.directory)
            except ValueProblemError as problem:
                problems[key] = f"{field.label}: {problem}"
        return parsed

    def _check_required(
        self,
        spec: ProcessSpec,
        candidates: list[FieldDef],
        fields: Mapping[str, Any],
        problems: dict[str, str],
        initiator: str,
        force: bool = False,
    ) -> None:
        names = expression_names_for(spec, fields, initiator)
        functions = helper_functions(self.clock.now)
        for field in candidates:
            if field.key in problems or not is_empty(fields.get(field.key)):
                continue
            needed = force or field.required == "always"
            if field.required == "when" and field.required_when:
                needed = needed or bool(evaluate(field.required_when, names, functions))
            if needed:
                problems[field.key] = tr("{field}: fill this in").format(field=field.label)


def _allowed_to_start(spec: ProcessSpec, person: Person) -> bool:
    start = spec.node(spec.start_id)
    assert isinstance(start, StartNode)
    rule = start.starters
    return (
        rule.everyone
        or person.admin
        or person.login in rule.users
        or (person.department is not None and person.department in rule.departments)
        or bool(set(person.positions) & set(rule.positions))
    )


def expression_names_for(
    spec: ProcessSpec,
    fields: Mapping[str, Any],
    initiator: str,
    roles: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    names: dict[str, Any] = {
        key: expression_value(field, fields.get(key)) for key, field in spec.fields.items()
    }
    names["initiator"] = initiator
    names["roles"] = dict(roles or {})
    return names


def _people_from_json(items: list[dict[str, Any]]) -> list[PersonRef]:
    people: list[PersonRef] = []
    for item in items:
        kind = item.get("kind")
        if kind == "role":
            people.append(RoleRef(role=item["role"]))
        elif kind == "user":
            people.append(UserRef(login=item["login"]))
        elif kind == "field":
            people.append(FieldRef(field=item["field"]))
    return people


_LOGIN_CHARS = re.compile(r"[^a-z0-9._-]")


class _Run:
    """One step over one instance: moves tokens and gathers effects."""

    def __init__(self, runtime: Runtime, spec: ProcessSpec, state: InstanceState) -> None:
        self.runtime = runtime
        self.spec = spec
        self.state = state
        self.effects = Effects()
        self.now = runtime.clock.now()
        self.directory = runtime.directory
        self._shown: dict[str, Any] = {}  # formatted values, per run

    # ---------------------------------------------------------------- history
    def history(
        self,
        kind: str,
        actor: str | None = None,
        node_id: str | None = None,
        task_id: str | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        self.effects.history.append(
            HistoryEvent(
                instance_id=self.state.id,
                at=self.now,
                kind=kind,
                actor=actor,
                node_id=node_id,
                task_id=task_id,
                data=data or {},
            )
        )

    # ------------------------------------------------------------------ loop
    def run(self) -> None:
        steps = 0
        try:
            while self.state.running:
                token = next((t for t in self.state.tokens if t.wait == "active"), None)
                if token is None:
                    break
                steps += 1
                if steps > self.runtime.max_automatic_steps:
                    node = self.spec.node(token.node_id)
                    raise DesignRuntimeError(
                        self.say(
                            "The process went through more than {count} automatic steps "
                            "without waiting for anyone (last at “{step}”): the design has a "
                            "loop with no task or timer in it."
                        ).format(count=self.runtime.max_automatic_steps, step=node.title)
                    )
                self.enter(token)
        except DesignRuntimeError as error:
            self.fail(str(error))
        self.refresh_title()

    def fail(self, message: str) -> None:
        self.state.status = InstanceStatus.ERROR
        self.state.error = message
        self.state.tokens = [t for t in self.state.tokens if t.wait != "active"]
        self.history("error", data={"message": message})

    def refresh_title(self) -> None:
        template = self.spec.data.title_template
        title = ""
        if template:
            try:
                title = self.render(template).strip()
            except DesignRuntimeError:
                title = ""
        self.state.title = title or self.say("{process} #{number}").format(
            process=self.spec.name, number=self.state.number
        )

    def enter(self, token: Token) -> None:
        node = self.spec.node(token.node_id)
        if isinstance(node, StartNode):
            self.move(token, "out")
        elif isinstance(node, StageNode):
            self.enter_stage(node)
            self.move(token, "out")
        elif isinstance(node, TaskNode):
            self.open_task(node, token)
        elif isinstance(node, ConditionNode):
            self.move(token, self.choose_branch(node))
        elif isinstance(node, ParallelNode):
            self.state.tokens.remove(token)
            for step in self.spec.steps_from(node.id, "out"):
                self.state.tokens.append(
                    Token(id=self.runtime.new_id(), node_id=step.target, via_edge=step.edge_id)
                )
        elif isinstance(node, JoinNode):
            self.arrive_at_join(node, token)
        elif isinstance(node, ActionNode):
            action_handlers.execute(self, node)
            self.history("action", node_id=node.id, data={"type": node.action.type})
            self.move(token, "out")
        elif isinstance(node, TimerNode):
            self.start_timer(node, token)
        elif isinstance(node, EndNode):
            self.finish(InstanceStatus(node.result), node_id=node.id)

    def move(self, token: Token, port: str) -> None:
        steps = self.spec.steps_from(token.node_id, port)
        if not steps:
            node = self.spec.node(token.node_id)
            raise DesignRuntimeError(
                self.say("Nothing follows “{outcome}” of “{step}”.").format(
                    outcome=node.port_label(port), step=node.title
                )
            )
        step = steps[0]
        token.node_id = step.target
        token.via_edge = step.edge_id
        token.wait = "active"
        token.task_id = None

    # ----------------------------------------------------------------- kinds
    def enter_stage(self, node: StageNode) -> None:
        state = self.state
        state.stage_node_id = node.id
        state.stage_entered_at = self.now
        state.stage_entry += 1
        self.history("stage_entered", node_id=node.id, data={"title": node.title})
        default = self.spec.data.default_sla
        days, notify = node.sla_days, node.sla_notify
        if days is None and default is not None:
            days, notify = default.days, default.notify
        if days:
            self.effects.jobs.append(
                Job(
                    kind="sla",
                    due_at=self.now + dt.timedelta(days=days),
                    instance_id=state.id,
                    payload={
                        "stage_entry": state.stage_entry,
                        "node_id": node.id,
                        "days": days,
                        "notify": [p.model_dump() for p in notify],
                    },
                )
            )

    def open_task(self, node: TaskNode, token: Token) -> None:
        assignee = self.resolve_one(node.assignee)
        if assignee is None:
            raise DesignRuntimeError(
                self.say("Nobody to give “{step}” to: {source} is empty.").format(
                    step=node.title, source=self.describe(node.assignee)
                )
            )
        task = TaskRecord(
            id=self.runtime.new_id(),
            instance_id=self.state.id,
            node_id=node.id,
            kind=node.task,
            title=self.render(node.title),
            description=self.render(node.description),
            assignee=assignee,
            outcomes=list(node.output_ports()),
            fill_fields=[item.model_dump() for item in node.fill_fields],
            show_fields=list(node.show_fields),
            created_at=self.now,
            due_at=self.now + dt.timedelta(days=node.due_days) if node.due_days else None,
        )
        self.effects.new_tasks.append(task)
        token.wait = "task"
        token.task_id = task.id
        self.history(
            "task_created",
            node_id=node.id,
            task_id=task.id,
            data={"title": task.title, "assignee": assignee},
        )

    def choose_branch(self, node: ConditionNode) -> str:
        names = self.expression_names()
        functions = helper_functions(lambda: self.now)
        for branch in node.branches:
            if evaluate(branch.expression, names, functions):
                self.history("branch_taken", node_id=node.id, data={"branch": branch.label})
                return branch.id
        if not node.otherwise:
            raise DesignRuntimeError(
                self.say("No branch of “{step}” holds and it has no “otherwise”.").format(
                    step=node.title
                )
            )
        self.history("branch_taken", node_id=node.id, data={"branch": "otherwise"})
        return "otherwise"

    def arrive_at_join(self, node: JoinNode, token: Token) -> None:
        token.wait = "join"
        waiting = [t for t in self.state.tokens if t.node_id == node.id and t.wait == "join"]
        needed = self.spec.incoming.get(node.id, ())
        arrived = {t.via_edge for t in waiting}
        if not all(edge in arrived for edge in needed):
            return
        used: set[str] = set()
        for waiting_token in waiting:
            if waiting_token.via_edge in needed and waiting_token.via_edge not in used:
                used.add(waiting_token.via_edge or "")
                self.state.tokens.remove(waiting_token)
        merged = Token(id=self.runtime.new_id(), node_id=node.id)
        self.state.tokens.append(merged)
        self.history("joined", node_id=node.id)
        self.move(merged, "out")

    def start_timer(self, node: TimerNode, token: Token) -> None:
        if node.wait == "duration" and node.duration:
            due = self.now + parse_duration(node.duration)
        elif node.wait == "date" and node.date:
            due = _aware(dt.datetime.fromisoformat(node.date))
        else:
            value = self.state.fields.get(node.field or "")
            if value is None:
                raise DesignRuntimeError(
                    self.say("“{step}” waits for an empty date.").format(step=node.title)
                )
            moment = dt.datetime.fromisoformat(value)
            due = _aware(moment)
        token.wait = "timer"
        self.effects.jobs.append(
            Job(kind="timer", due_at=due, instance_id=self.state.id, payload={"token_id": token.id})
        )
        self.history("timer_started", node_id=node.id, data={"due_at": due.isoformat()})

    def finish(
        self,
        status: InstanceStatus,
        actor: str | None = None,
        node_id: str | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        state = self.state
        state.status = status
        state.finished_at = self.now
        state.tokens = []
        self.effects.cancel_open_tasks = True
        self.history(
            "finished", actor=actor, node_id=node_id, data={"result": status.value, **(data or {})}
        )

    # ---------------------------------------------------------------- people
    def say(self, text: str) -> str:
        """``text`` in the process's language: what the instance records, for all who read it."""
        return tr_in(self.spec.locale, text)

    def describe(self, person: PersonRef) -> str:
        if isinstance(person, RoleRef):
            role = self.spec.roles.get(person.role)
            return self.say("role “{role}”").format(role=role.label if role else person.role)
        if isinstance(person, UserRef):
            return self.say("user “{login}”").format(login=person.login)
        field = self.spec.fields.get(person.field)
        return self.say("field “{field}”").format(field=field.label if field else person.field)

    def resolve_many(self, people: list[PersonRef] | tuple[PersonRef, ...]) -> list[str]:
        logins: dict[str, None] = {}
        for person in people:
            login = self.resolve_one(person)
            if login:
                logins[login] = None
        return list(logins)

    def resolve_one(self, person: PersonRef) -> str | None:
        state = self.state
        if isinstance(person, UserRef):
            return person.login
        if isinstance(person, FieldRef):
            value = state.fields.get(person.field)
            return str(value) if value else None
        key = person.role
        if key == "initiator":
            return state.initiator
        if key in state.roles:
            return state.roles[key]
        role = self.spec.roles.get(key)
        if role is None:
            return None
        resolve = role.resolve
        login: str | None = None
        remember = True
        if isinstance(resolve, InitiatorRole):
            login = state.initiator
        elif isinstance(resolve, FixedUserRole):
            login = resolve.login
        elif isinstance(resolve, PositionRole):
            holders = self.directory.holders(resolve.position)
            login = holders[0] if holders else None
        elif isinstance(resolve, UserFieldRole):
            value = state.fields.get(resolve.field)
            login = str(value) if value else None
            remember = False  # follows the field if it changes
        elif isinstance(resolve, DepartmentHeadRole | InitiatorManagerRole):
            department = None
            if isinstance(resolve, DepartmentHeadRole) and resolve.field:
                department = state.fields.get(resolve.field)
                remember = department is not None
            else:
                initiator = self.directory.person(state.initiator)
                department = initiator.department if initiator else None
            login = self.head_for(department, exclude=state.initiator)
        if login and remember:
            state.roles[key] = login
        return login

    def head_for(self, department: str | None, exclude: str) -> str | None:
        """The head of ``department``; when that is ``exclude`` itself, the head above."""
        seen: set[str] = set()
        while department and department not in seen:
            seen.add(department)
            head = self.directory.head_of(department)
            if head and head != exclude:
                return head
            department = self.directory.parent_of(department)
        return None

    # ---------------------------------------------------------- expressions
    def expression_names(self) -> dict[str, Any]:
        return expression_names_for(
            self.spec, self.state.fields, self.state.initiator, self.state.roles
        )

    def template_context(self, names: frozenset[str] | None = None) -> dict[str, Any]:
        """What templates see: only the ``names`` asked for (all when None), formatted once."""
        state = self.state
        wanted = names if names is not None else frozenset(self.spec.fields) | _BUILTINS
        context: dict[str, Any] = {}
        for name in wanted:
            if name in self._shown:
                context[name] = self._shown[name]
                continue
            field = self.spec.fields.get(name)
            value: Any
            if field is not None:
                value = display_value(
                    field, state.fields.get(name), self.spec.locale, self.directory
                )
            elif name == "initiator":
                person = self.directory.person(state.initiator)
                value = {
                    "login": state.initiator,
                    "name": person.name if person else state.initiator,
                    "email": person.email if person else "",
                }
            elif name == "instance":
                value = {"id": state.id, "number": state.number, "title": state.title}
            elif name == "roles":
                value = {
                    key: (p.name if (p := self.directory.person(login)) else login)
                    for key, login in state.roles.items()
                }
            else:
                continue
            if name not in ("instance", "roles"):
                self._shown[name] = value
            context[name] = value
        return context

    def render(self, text: str) -> str:
        if "{" not in text:
            return text
        try:
            names = template_names(text)
        except ExpressionError as error:
            raise DesignRuntimeError(str(error)) from None
        return render(text, self.template_context(names))

    def fields_changed(self) -> None:
        self._shown.clear()

    def notify(
        self, recipients: list[str], subject: str, body: str, in_app: bool, email: bool
    ) -> None:
        for login in recipients:
            if in_app:
                self.effects.notifications.append(
                    Notification(
                        recipient=login, instance_id=self.state.id, subject=subject, body=body
                    )
                )
            person = self.directory.person(login)
            if email and person is not None and person.email:
                self.effects.outbox.append(
                    OutboxMessage(
                        kind="email",
                        payload={
                            "to": person.email,
                            "subject": subject,
                            "body": body,
                            "instance_id": self.state.id,
                            "message_id": self.runtime.new_id(),
                        },
                    )
                )

    def new_login(self, email: str) -> str:
        base = _LOGIN_CHARS.sub("", email.split("@")[0].lower()) or "user"
        login, number = base, 1
        while self.directory.person(login) is not None or any(
            u.login == login for u in self.effects.new_users
        ):
            number += 1
            login = f"{base}{number}"
        return login


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
