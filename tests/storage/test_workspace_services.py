"""What the workspace reads and changes: sign-in, the directory, start forms, the board."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpdesk.services import BoardFilter, FormError, NotAllowedError, Services, UserEdit
from bpdesk.services.demo import DEMO_PASSWORD
from tests.support.office import Office

DATES = {"date_from": "2026-03-10", "date_to": "2026-03-13"}


def test_demo_users_sign_in_with_the_demo_password_and_nobody_else(app: Services) -> None:
    account = app.sign_in("volkova", DEMO_PASSWORD)
    assert account.name and account.designer
    with pytest.raises(NotAllowedError, match="login or the password is wrong"):
        app.sign_in("volkova", "wrong")
    with pytest.raises(NotAllowedError, match="login or the password is wrong"):
        app.sign_in("nobody", DEMO_PASSWORD)


def test_an_administrator_adds_a_user_who_chooses_a_password_at_first_sign_in(
    app: Services,
) -> None:
    edit = UserEdit("novikov", "Pavel Novikov", "novikov@example.com", "sales", [])
    with pytest.raises(NotAllowedError):
        app.save_user("lebedev", edit)  # not an administrator
    app.save_user("admin", edit)
    assert app.needs_password("novikov")
    with pytest.raises(FormError):
        app.set_password("novikov", "x")  # too short
    app.set_password("novikov", "s3cret")
    assert not app.needs_password("novikov")
    assert app.sign_in("novikov", "s3cret").login == "novikov"
    with pytest.raises(NotAllowedError, match="current password"):
        app.set_password("novikov", "other", old_password="wrong")
    app.set_active("admin", "novikov", False)
    with pytest.raises(NotAllowedError, match="switched off"):
        app.sign_in("novikov", "s3cret")
    with pytest.raises(FormError) as bad:
        app.save_user("admin", UserEdit("Bad Login", "", "nope", None, []))
    assert set(bad.value.problems) == {"login", "name", "email"}


def test_start_form_problems_follow_the_conditional_requirement(app: Services) -> None:
    form = app.start_form("employee-absence")
    keys = [field.key for field in form.fields]
    assert {"reason", "date_from", "date_to", "justification"} <= set(keys)
    values = {"reason": "vacation", **DATES}
    assert app.start_form_problems("employee-absence", "lebedev", values) == {}
    values["reason"] = "remote"
    assert set(app.start_form_problems("employee-absence", "lebedev", values)) == {"justification"}
    values["justification"] = "Flat renovation"
    assert app.start_form_problems("employee-absence", "lebedev", values) == {}


def test_everyone_may_start_the_reference_processes(app: Services) -> None:
    keys = {p.key for p in app.startable("lebedev")}
    assert {"payment-approval", "employee-absence"} <= keys


def test_the_board_shows_stages_in_order_and_cards_where_the_cases_are(
    app: Services, tmp_path: Path
) -> None:
    office = Office(app)
    assert app.board("payment-approval").counts == {}
    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(b"%PDF-1.4")
    values = {"amount": "1000", "counterparty": "Acme", "purpose": "Paper"}
    first = office.start("payment-approval", "lebedev", files={"invoice": invoice}, **values)
    second = office.start("payment-approval", "lebedev", files={"invoice": invoice}, **values)
    office.do(office.open_tasks(second)[0][0], second, "rejected", comment="Too much")
    board = app.board("payment-approval")
    assert [c.key for c in board.columns] == [
        "CFO",
        "CEO",
        "Invoice in payment",
        "Waiting for the act",
        "success",
        "rejected",
        "cancelled",
    ]
    cards = {card.instance_id: card for column in board.cards.values() for card in column}
    assert cards[first].column == "CFO"
    assert cards[first].task is not None and cards[first].assignee_name
    assert cards[first].initiator == "lebedev"
    assert cards[second].column == "rejected" and cards[second].task is None
    assert board.counts == {"CFO": 1, "rejected": 1}
    # filters are applied by the database: text or number, initiator, assignee
    assert app.board("payment-approval", BoardFilter(text="acme")).counts == {
        "CFO": 1,
        "rejected": 1,
    }
    assert app.board("payment-approval", BoardFilter(text="nothing like it")).counts == {}
    number = cards[first].number
    assert app.board("payment-approval", BoardFilter(text=f"№{number}")).counts == {"CFO": 1}
    cfo = cards[first].assignee
    assert app.board("payment-approval", BoardFilter(assignee=cfo)).counts == {"CFO": 1}
    assert app.board("payment-approval", BoardFilter(initiator="volkova")).counts == {}
    # and the rest of a column comes a page at a time
    for _ in range(3):
        office.start("payment-approval", "lebedev", files={"invoice": invoice}, **values)
    page = app.board("payment-approval", page=2)
    assert len(page.cards["CFO"]) == 2 and page.counts["CFO"] == 4
    rest = app.board_cards("payment-approval", "CFO", offset=2, limit=10)
    seen = [c.instance_id for c in page.cards["CFO"]] + [c.instance_id for c in rest]
    assert len(set(seen)) == 4


def test_the_change_token_moves_when_another_client_commits(any_db: str, clock) -> None:  # type: ignore[no-untyped-def]
    one = Services.open(any_db, clock=clock)
    other = Services.open(any_db, clock=clock)
    try:
        one.load_demo("en")
        before = one.change_token()
        assert one.change_token() == before  # nothing happened
        office = Office(other)
        office.start("employee-absence", "lebedev", reason="vacation", **DATES)
        assert one.change_token() != before
    finally:
        one.close()
        other.close()


def test_history_reads_in_the_language_of_the_process(sqlite_db: str, clock) -> None:  # type: ignore[no-untyped-def]
    russian = Services.open(sqlite_db, clock=clock)
    try:
        russian.load_demo("ru")
        office = Office(russian)
        instance = office.start("employee-absence", "lebedev", reason="vacation", **DATES)
        office.do(office.open_tasks(instance)[0][0], instance, "approved")
        lines = [item.text for item in russian.instance(instance).history]
        assert lines[0].startswith("Запустил(а) ")
        assert any(line.startswith("Этап: ") for line in lines)
        assert any("Согласовано" in line for line in lines)
        assert not any(line.startswith(("Started", "Stage:", "Task ")) for line in lines)
    finally:
        russian.close()


def test_history_in_english_for_an_english_process(app: Services) -> None:
    office = Office(app)
    instance = office.start("employee-absence", "lebedev", reason="vacation", **DATES)
    lines = [item.text for item in app.instance(instance).history]
    assert lines[0].startswith("Started by ")


def test_the_archive_filters_closed_cases_in_the_database(app: Services, tmp_path: Path) -> None:
    import datetime as dt

    office = Office(app)
    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(b"%PDF-1.4")
    values = {"amount": "1000", "counterparty": "Acme", "purpose": "Paper"}
    closed = office.start("payment-approval", "lebedev", files={"invoice": invoice}, **values)
    office.do(office.open_tasks(closed)[0][0], closed, "rejected", comment="No budget")
    office.start("payment-approval", "lebedev", files={"invoice": invoice}, **values)  # running
    finished = app.instance(closed).finished_at
    assert finished is not None
    day = finished.astimezone().date()
    assert [c.id for c in app.archive()] == [closed]  # running cases are not archived
    assert [c.id for c in app.archive("payment-approval", "rejected", day, day)] == [closed]
    assert app.archive(status="success") == []
    assert app.archive(since=day + dt.timedelta(days=1)) == []
    assert app.archive("employee-absence") == []
