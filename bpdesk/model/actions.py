"""Settings of automatic actions (the ``action`` node kind).

Settings may be left empty while a design is drafted (a node just dropped from
the palette); validation names what is still missing, and a design with
missing settings cannot be published.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from bpdesk.model.base import DesignObject, Key
from bpdesk.model.people import PersonRef
from bpdesk.translation import tr, tr_in, tr_later


class NotifyAction(DesignObject):
    type: Literal["notify"] = "notify"
    recipients: tuple[PersonRef, ...] = ()
    subject: str = ""
    message: str = ""
    in_app: bool = True
    email: bool = True


class SetFieldAction(DesignObject):
    """Set ``field`` to the value of ``expression`` (over the instance's fields)."""

    type: Literal["set_field"] = "set_field"
    field: Key | None = None
    expression: str = ""


class SetRoleAction(DesignObject):
    type: Literal["set_role"] = "set_role"
    role: Key | None = None
    person: PersonRef | None = None


class CalendarEventAction(DesignObject):
    """Create a calendar event; ``start`` is an expression giving a date or datetime."""

    type: Literal["calendar_event"] = "calendar_event"
    title: str = ""
    start: str = ""
    duration_minutes: int = Field(default=60, gt=0)
    attendees: tuple[PersonRef, ...] = ()
    location: str = ""
    description: str = ""


class PlannedExpenseAction(DesignObject):
    type: Literal["planned_expense"] = "planned_expense"
    amount: str = ""
    currency: str = Field(default="RUB", min_length=3, max_length=3)
    category: str = ""
    date: str = "today()"
    description: str = ""


class InviteUserAction(DesignObject):
    """Create a directory account from fields and e-mail an invitation."""

    type: Literal["invite_user"] = "invite_user"
    email_field: Key | None = None
    name_field: Key | None = None
    department_field: Key | None = None
    position_field: Key | None = None


class CreateInstanceAction(DesignObject):
    """Start a linked instance of another design, its fields computed from ours."""

    type: Literal["create_instance"] = "create_instance"
    design_key: str = ""
    fields: dict[str, str] = Field(default_factory=dict)


class WebhookAction(DesignObject):
    """POST the instance's fields as JSON; sent after commit and retried."""

    type: Literal["webhook"] = "webhook"
    url: str = ""
    payload_fields: tuple[Key, ...] = ()
    headers: dict[str, str] = Field(default_factory=dict)


ActionSettings = Annotated[
    NotifyAction
    | SetFieldAction
    | SetRoleAction
    | CalendarEventAction
    | PlannedExpenseAction
    | InviteUserAction
    | CreateInstanceAction
    | WebhookAction,
    Field(discriminator="type"),
]

ACTION_TYPES: tuple[str, ...] = (
    "notify",
    "set_field",
    "set_role",
    "calendar_event",
    "planned_expense",
    "invite_user",
    "create_instance",
    "webhook",
)


_REQUIRED_SETTINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "notify": (("recipients", tr_later("whom to notify")),),
    "set_field": (("field", tr_later("the field to set")), ("expression", tr_later("the value"))),
    "set_role": (("role", tr_later("the role to set")), ("person", tr_later("the person"))),
    "calendar_event": (("title", tr_later("the title")), ("start", tr_later("when it starts"))),
    "planned_expense": (("amount", tr_later("the amount")), ("category", tr_later("the category"))),
    "invite_user": (
        ("email_field", tr_later("the e-mail field")),
        ("name_field", tr_later("the name field")),
    ),
    "create_instance": (("design_key", tr_later("which process to start")),),
    "webhook": (("url", tr_later("the address")),),
}


def missing_settings(action: object, language: str | None = None) -> list[str]:
    """What an action still needs before it can run, in words (the reader's language,
    or ``language``)."""
    return [
        tr(words) if language is None else tr_in(language, words)
        for setting, words in _REQUIRED_SETTINGS[getattr(action, "type", "")]
        if not getattr(action, setting)
    ]
