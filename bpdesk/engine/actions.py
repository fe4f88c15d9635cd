"""What each automatic action does. Effects that leave the database (e-mail,
webhooks) only go into the outbox here; the worker sends them after commit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from bpdesk.engine.errors import DesignRuntimeError
from bpdesk.engine.evaluate import evaluate, helper_functions
from bpdesk.engine.state import CalendarEvent, LinkedStart, NewUser, OutboxMessage, PlannedExpense
from bpdesk.engine.values import ValueProblemError, parse_value
from bpdesk.model.actions import (
    CalendarEventAction,
    CreateInstanceAction,
    InviteUserAction,
    NotifyAction,
    PlannedExpenseAction,
    SetFieldAction,
    SetRoleAction,
    WebhookAction,
    missing_settings,
)
from bpdesk.model.nodes import ActionNode

if TYPE_CHECKING:
    from bpdesk.engine.runtime import _Run


def execute(run: _Run, node: ActionNode) -> None:
    action = node.action
    missing = missing_settings(action, run.spec.locale)
    if missing:
        raise DesignRuntimeError(
            run.say("“{step}” still needs {settings}.").format(
                step=node.title, settings=run.say(" and ").join(missing)
            )
        )
    if isinstance(action, NotifyAction):
        recipients = run.resolve_many(action.recipients)
        subject = run.render(action.subject) or node.title
        body = run.render(action.message)
        run.notify(recipients, subject, body, in_app=action.in_app, email=action.email)
    elif isinstance(action, SetFieldAction):
        _set_field(run, action)
    elif isinstance(action, SetRoleAction):
        assert action.person is not None and action.role is not None
        login = run.resolve_one(action.person)
        if login is None:
            raise DesignRuntimeError(
                run.say("“{step}” cannot set role “{role}”: {source} is empty.").format(
                    step=node.title, role=action.role, source=run.describe(action.person)
                )
            )
        run.state.roles[action.role] = login
        run.history("role_set", node_id=node.id, data={"role": action.role, "login": login})
    elif isinstance(action, CalendarEventAction):
        _calendar_event(run, node, action)
    elif isinstance(action, PlannedExpenseAction):
        _planned_expense(run, node, action)
    elif isinstance(action, InviteUserAction):
        _invite_user(run, node, action)
    elif isinstance(action, CreateInstanceAction):
        values = {key: _plain(_eval(run, expr)) for key, expr in action.fields.items()}
        run.effects.linked_starts.append(
            LinkedStart(design_key=action.design_key, values=values, initiator=run.state.initiator)
        )
    elif isinstance(action, WebhookAction):
        keys = action.payload_fields or tuple(run.spec.fields)
        payload: dict[str, Any] = {
            "process": run.spec.key,
            "instance": {"id": run.state.id, "number": run.state.number, "title": run.state.title},
            "fields": {name: run.state.fields.get(name) for name in keys},
        }
        url = run.render(action.url)
        run.effects.outbox.append(
            OutboxMessage(
                kind="webhook",
                payload={"url": url, "headers": dict(action.headers), "body": payload},
            )
        )


def _eval(run: _Run, expression: str) -> Any:
    return evaluate(expression, run.expression_names(), helper_functions(lambda: run.now))


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _set_field(run: _Run, action: SetFieldAction) -> None:
    field = run.spec.fields.get(action.field or "")
    if field is None:
        raise DesignRuntimeError(
            run.say("There is no field “{field}” to set.").format(field=action.field)
        )
    value = _eval(run, action.expression)
    try:
        run.state.fields[field.key] = parse_value(field, _plain(value), run.directory)
    except ValueProblemError as problem:
        raise DesignRuntimeError(
            run.say("Cannot put {value} into “{field}”: {problem}.").format(
                value=repr(value), field=field.label, problem=problem
            )
        ) from None
    run.fields_changed()
    run.history("field_set", data={"field": field.key, "value": run.state.fields[field.key]})


def _moment(run: _Run, value: Any, what: str) -> dt.datetime:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            raise DesignRuntimeError(
                run.say("{what}: “{value}” is not a date.").format(what=what, value=value)
            ) from None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(9, 0))
    raise DesignRuntimeError(run.say("{what}: empty or not a date.").format(what=what))


def _calendar_event(run: _Run, node: ActionNode, action: CalendarEventAction) -> None:
    start = _moment(
        run, _eval(run, action.start), run.say("the start of “{step}”").format(step=node.title)
    )
    run.effects.calendar_events.append(
        CalendarEvent(
            instance_id=run.state.id,
            title=run.render(action.title),
            start=start,
            end=start + dt.timedelta(minutes=action.duration_minutes),
            attendees=run.resolve_many(action.attendees),
            location=run.render(action.location),
            description=run.render(action.description),
        )
    )


def _planned_expense(run: _Run, node: ActionNode, action: PlannedExpenseAction) -> None:
    try:
        amount = Decimal(str(_eval(run, action.amount)))
    except InvalidOperation:
        raise DesignRuntimeError(
            run.say("The amount of “{step}” is not a number.").format(step=node.title)
        ) from None
    day = _moment(
        run, _eval(run, action.date), run.say("the date of “{step}”").format(step=node.title)
    ).date()
    run.effects.expenses.append(
        PlannedExpense(
            instance_id=run.state.id,
            amount=str(amount.quantize(Decimal("0.01"))),
            currency=action.currency,
            category=action.category,
            date=day,
            description=run.render(action.description),
        )
    )


def _invite_user(run: _Run, node: ActionNode, action: InviteUserAction) -> None:
    fields = run.state.fields
    email = fields.get(action.email_field or "")
    name = fields.get(action.name_field or "")
    if not email or not name:
        raise DesignRuntimeError(
            run.say("“{step}” needs the e-mail and the name filled in.").format(step=node.title)
        )
    existing = run.directory.person_by_email(str(email))
    if existing is not None:
        run.history("user_exists", node_id=node.id, data={"login": existing.login, "email": email})
        return
    login = run.new_login(str(email))
    department = fields.get(action.department_field) if action.department_field else None
    position = fields.get(action.position_field) if action.position_field else None
    run.effects.new_users.append(
        NewUser(
            login=login,
            name=str(name),
            email=str(email),
            department=str(department) if department else None,
            position_title=str(position) if position else None,
        )
    )
    run.effects.outbox.append(
        OutboxMessage(
            kind="email",
            payload={
                "to": str(email),
                "subject": run.say("You are invited to bpdesk"),
                "body": run.say(
                    "Hello, {name}!\n\nAn account has been created for you in bpdesk.\n"
                    "Login: {login}\nSign in to set your password.\n"
                ).format(name=name, login=login),
                "instance_id": run.state.id,
                "message_id": run.runtime.new_id(),
            },
        )
    )
    run.history("user_invited", node_id=node.id, data={"login": login, "email": email})
