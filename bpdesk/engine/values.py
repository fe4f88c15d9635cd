"""Field values: what a form may put in each field type, and how values read.

Values are stored as JSON: text as strings, numbers as numbers, money as a
decimal string (``"1250.00"``), dates as ISO strings, users by login,
departments by key, files as ``{"id", "name", "size"}``. ``parse_value`` turns
what a person typed (or a JSON value) into that form, or says in words what is
wrong. ``expression_value`` gives conditions typed values (``Decimal``,
``date``); ``display_value`` gives texts formatted for the locale.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

from bpdesk.engine.ports import Directory
from bpdesk.model.fields import FieldDef, FieldType
from bpdesk.translation import tr

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)
_TRUE = {"true", "yes", "y", "1", "on", "да"}
_FALSE = {"false", "no", "n", "0", "off", "нет"}


class ValueProblemError(ValueError):
    """A value that does not fit its field; the message is for the person who typed it."""


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def parse_value(field: FieldDef, raw: Any, directory: Directory | None = None) -> Any:
    """The stored form of ``raw`` for ``field``; None for an empty value."""
    if isinstance(raw, str):
        raw = raw.strip()
    if is_empty(raw):
        return None
    kind = field.type
    if kind in (FieldType.TEXT, FieldType.MULTILINE):
        if not isinstance(raw, str):
            raise ValueProblemError(tr("enter text"))
        if kind is FieldType.TEXT and "\n" in raw:
            raise ValueProblemError(tr("enter a single line"))
        return raw
    if kind is FieldType.NUMBER:
        number = _decimal(raw, tr("enter a number"))
        return int(number) if number == number.to_integral_value() else float(number)
    if kind is FieldType.MONEY:
        amount = _decimal(raw, tr("enter an amount, e.g. 1250.50"))
        if amount <= 0:
            raise ValueProblemError(tr("enter an amount greater than zero"))
        return str(amount.quantize(Decimal("0.01")))
    if kind is FieldType.DATE:
        return _date(raw).isoformat()
    if kind is FieldType.DATETIME:
        return _datetime(raw).isoformat(timespec="minutes")
    if kind is FieldType.BOOLEAN:
        if isinstance(raw, bool):
            return raw
        text = str(raw).lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValueProblemError(tr("answer yes or no"))
    if kind is FieldType.CHOICE:
        for option in field.options:
            if raw in (option.key, option.label):
                return option.key
        keys = ", ".join(option.key for option in field.options)
        raise ValueProblemError(tr("choose one of: {options}").format(options=keys))
    if kind is FieldType.USER:
        if not isinstance(raw, str):
            raise ValueProblemError(tr("choose a user"))
        if directory is not None:
            person = directory.person(raw)
            if person is None:
                raise ValueProblemError(tr("there is no user “{login}”").format(login=raw))
        return raw
    if kind is FieldType.DEPARTMENT:
        if not isinstance(raw, str):
            raise ValueProblemError(tr("choose a department"))
        if directory is not None and directory.department_name(raw) is None:
            raise ValueProblemError(tr("there is no department “{key}”").format(key=raw))
        return raw
    if kind is FieldType.FILE:
        if isinstance(raw, dict) and {"id", "name"} <= set(raw):
            return {"id": str(raw["id"]), "name": str(raw["name"]), "size": int(raw.get("size", 0))}
        raise ValueProblemError(tr("attach a file"))
    if kind is FieldType.URL:
        if not isinstance(raw, str) or not _URL.match(raw):
            raise ValueProblemError(tr("enter a link starting with http:// or https://"))
        return raw
    if kind is FieldType.EMAIL:
        if not isinstance(raw, str) or not _EMAIL.match(raw):
            raise ValueProblemError(tr("enter an e-mail address such as name@example.com"))
        return raw
    raise ValueProblemError(tr("unsupported field type {kind}").format(kind=kind))


def _decimal(raw: Any, problem: str) -> Decimal:
    if isinstance(raw, bool):
        raise ValueProblemError(problem)
    text = str(raw).replace("\u00a0", "").replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueProblemError(problem) from None
    if not number.is_finite():
        raise ValueProblemError(problem)
    return number


def _date(raw: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = str(raw)
    for parse in (dt.date.fromisoformat, lambda t: dt.datetime.strptime(t, "%d.%m.%Y").date()):
        try:
            return parse(text)
        except ValueError:
            continue
    raise ValueProblemError(tr("enter a date such as 2026-12-31"))


def _datetime(raw: Any) -> dt.datetime:
    if isinstance(raw, dt.datetime):
        return raw
    text = str(raw)
    for parse in (dt.datetime.fromisoformat, lambda t: dt.datetime.strptime(t, "%d.%m.%Y %H:%M")):
        try:
            return parse(text)
        except ValueError:
            continue
    raise ValueProblemError(tr("enter a date and time such as 2026-12-31 14:30"))


def expression_value(field: FieldDef, value: Any) -> Any:
    """The value as conditions see it: amounts as Decimal, dates as date objects."""
    if value is None:
        return None
    if field.type is FieldType.MONEY:
        return Decimal(value)
    if field.type is FieldType.DATE:
        return dt.date.fromisoformat(value)
    if field.type is FieldType.DATETIME:
        return dt.datetime.fromisoformat(value)
    return value


@lru_cache(maxsize=4096)
def _money(amount: str, currency: str, locale: str) -> str:
    """Babel is thorough but slow; the same amounts come back again and again."""
    return str(format_currency(Decimal(amount), currency, locale=locale))


def display_value(
    field: FieldDef, value: Any, locale: str, directory: Directory | None = None
) -> str:
    """The value as a person reads it, formatted for ``locale``."""
    if value is None:
        return ""
    kind = field.type
    if kind is FieldType.MONEY:
        return _money(str(value), field.currency or "RUB", locale)
    if kind is FieldType.NUMBER:
        return format_decimal(value, locale=locale)
    if kind is FieldType.DATE:
        return format_date(dt.date.fromisoformat(value), "long", locale=locale)
    if kind is FieldType.DATETIME:
        return format_datetime(dt.datetime.fromisoformat(value), "d MMMM y, HH:mm", locale=locale)
    if kind is FieldType.BOOLEAN:
        yes, no = ("да", "нет") if locale.startswith("ru") else ("yes", "no")
        return yes if value else no
    if kind is FieldType.CHOICE:
        return next((o.label for o in field.options if o.key == value), str(value))
    if kind is FieldType.USER and directory is not None:
        person = directory.person(value)
        return person.name if person else str(value)
    if kind is FieldType.DEPARTMENT and directory is not None:
        return directory.department_name(value) or str(value)
    if kind is FieldType.FILE:
        return str(value.get("name", ""))
    return str(value)
