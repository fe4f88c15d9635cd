"""Field values: what people type, what is stored, what conditions and texts see."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bpdesk.engine.evaluate import evaluate, helper_functions
from bpdesk.engine.values import ValueProblemError, display_value, expression_value, parse_value
from bpdesk.model import ChoiceOption, FieldDef
from tests.support.memory import demo_directory

DIRECTORY = demo_directory()


def field(kind: str, **extra: object) -> FieldDef:
    return FieldDef(key="f", label="F", type=kind, **extra)  # type: ignore[arg-type]


CHOICE = field("choice", options=[ChoiceOption(key="remote", label="Remote work")])


@pytest.mark.parametrize(
    ("definition", "typed", "stored"),
    [
        (field("money"), "1 250,5", "1250.50"),
        (field("money"), 99, "99.00"),
        (field("number"), "12,5", 12.5),
        (field("number"), "7", 7),
        (field("date"), "31.12.2026", "2026-12-31"),
        (field("datetime"), "2026-03-05 15:00", "2026-03-05T15:00"),
        (field("boolean"), "да", True),
        (field("boolean"), "no", False),
        (CHOICE, "Remote work", "remote"),
        (field("user"), "popov", "popov"),
        (field("department"), "sales", "sales"),
        (field("url"), "https://example.com/a", "https://example.com/a"),
        (field("email"), "a@b.example", "a@b.example"),
        (field("text"), "  padded  ", "padded"),
        (field("text"), "", None),
    ],
)
def test_parse(definition: FieldDef, typed: object, stored: object) -> None:
    assert parse_value(definition, typed, DIRECTORY) == stored


@pytest.mark.parametrize(
    ("definition", "typed", "message"),
    [
        (field("money"), "-1", "enter an amount greater than zero"),
        (field("money"), "lots", "enter an amount, e.g. 1250.50"),
        (field("number"), "NaN", "enter a number"),
        (field("date"), "tomorrow", "enter a date such as 2026-12-31"),
        (field("boolean"), "maybe", "answer yes or no"),
        (CHOICE, "office", "choose one of: remote"),
        (field("user"), "nobody", "there is no user “nobody”"),
        (field("department"), "space", "there is no department “space”"),
        (field("url"), "example.com", "enter a link starting with http:// or https://"),
        (field("email"), "not-an-address", "enter an e-mail address such as name@example.com"),
        (field("text"), "two\nlines", "enter a single line"),
        (field("file"), "path.pdf", "attach a file"),
    ],
)
def test_refusals_say_what_to_do(definition: FieldDef, typed: object, message: str) -> None:
    with pytest.raises(ValueProblemError, match=message):
        parse_value(definition, typed, DIRECTORY)


def test_conditions_see_typed_values() -> None:
    money, day = field("money"), field("date")
    names = {
        "amount": expression_value(money, "150000.00"),
        "start": expression_value(day, "2026-03-02"),
        "end": expression_value(day, "2026-03-20"),
    }
    functions = helper_functions(lambda: dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    assert names["amount"] == Decimal("150000.00")
    assert evaluate("amount > 100000 and days_between(start, end) == 18", names, functions) is True
    assert evaluate("start > today()", names, functions) is True
    assert evaluate("is_empty(missing)", {"missing": None}, functions) is True


def test_texts_see_formatted_values() -> None:
    assert (
        display_value(field("money", currency="RUB"), "150000.00", "ru", None)
        == "150\xa0000,00\xa0₽"
    )
    assert display_value(field("date"), "2026-03-02", "en", None) == "March 2, 2026"
    assert display_value(field("boolean"), True, "ru", None) == "да"
    assert display_value(CHOICE, "remote", "en", None) == "Remote work"
    assert display_value(field("user"), "popov", "en", DIRECTORY) == "Dmitry Popov"
    assert display_value(field("file"), {"id": "1", "name": "a.pdf"}, "en", None) == "a.pdf"
