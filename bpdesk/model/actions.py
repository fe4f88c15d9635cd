"""Settings of automatic actions (the ``action`` node kind)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from bpdesk.model.base import DesignObject, Key
from bpdesk.model.people import PersonRef


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
    field: Key
    expression: str = Field(min_length=1)


class SetRoleAction(DesignObject):
    type: Literal["set_role"] = "set_role"
    role: Key
    person: PersonRef


class CalendarEventAction(DesignObject):
    """Create a calendar event; ``start`` is an expression giving a date or datetime."""

    type: Literal["calendar_event"] = "calendar_event"
    title: str = Field(min_length=1)
    start: str = Field(min_length=1)
    duration_minutes: int = Field(default=60, gt=0)
    attendees: tuple[PersonRef, ...] = ()
    location: str = ""
    description: str = ""


class PlannedExpenseAction(DesignObject):
    type: Literal["planned_expense"] = "planned_expense"
    amount: str = Field(min_length=1)
    currency: str = Field(default="RUB", min_length=3, max_length=3)
    category: str = Field(min_length=1)
    date: str = "today()"
    description: str = ""


class InviteUserAction(DesignObject):
    """Create a directory account from fields and e-mail an invitation."""

    type: Literal["invite_user"] = "invite_user"
    email_field: Key
    name_field: Key
    department_field: Key | None = None
    position_field: Key | None = None


class CreateInstanceAction(DesignObject):
    """Start a linked instance of another design, its fields computed from ours."""

    type: Literal["create_instance"] = "create_instance"
    design_key: str = Field(min_length=1)
    fields: dict[str, str] = Field(default_factory=dict)


class WebhookAction(DesignObject):
    """POST the instance's fields as JSON; sent after commit and retried."""

    type: Literal["webhook"] = "webhook"
    url: str = Field(min_length=1)
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
