"""Payment approval, every path (product.md §2), on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpdesk.services import ConflictError, FormError, Services
from tests.support.office import Office


@pytest.fixture
def office(app: Services) -> Office:
    return Office(app)


@pytest.fixture
def invoice(tmp_path: Path) -> Path:
    path = tmp_path / "invoice-42.pdf"
    path.write_bytes(b"%PDF-1.4 invoice 42 for servers")
    return path


def _start(office: Office, invoice: Path) -> str:
    return office.start(
        "payment-approval",
        "morozov",
        files={"invoice": invoice},
        amount="150000",
        counterparty="ACME",
        purpose="Two servers",
    )


def test_cfo_rejects(office: Office, invoice: Path) -> None:
    instance = _start(office, invoice)
    assert office.stage(instance) == "CFO"
    assert office.open_tasks(instance) == [("smirnova", "Approve payment RUB150,000.00 to ACME")]
    with pytest.raises(FormError) as missing:
        office.do("smirnova", instance, "rejected")
    assert missing.value.problems == {"comment": "say why you reject it"}
    office.do("smirnova", instance, "rejected", comment="Too expensive")
    assert office.status(instance) == "rejected"
    assert office.open_tasks(instance) == []
    assert office.notified("morozov") == ["Payment rejected: ACME"]


def test_approved_without_ceo_paid_and_act_provided(
    office: Office, app: Services, invoice: Path, tmp_path: Path
) -> None:
    instance = _start(office, invoice)
    office.do("smirnova", instance, "approved")
    assert office.open_tasks(instance) == [("smirnova", "Is the CEO's approval needed?")]
    office.do("smirnova", instance, "no")
    assert office.stage(instance) == "Invoice in payment"
    assert office.notified("orlov") == ["Invoice approved: ACME"]
    pay = office.task("ivanova", instance)
    assert pay.title == "Pay the invoice"
    # The initiator's invoice file reaches the accountant's task.
    invoice_field = next(f for f in pay.show_fields if f.key == "invoice")
    assert invoice_field.text == "invoice-42.pdf"
    name, data = app.attachment(invoice_field.value["id"])
    assert (name, data) == ("invoice-42.pdf", invoice.read_bytes())
    office.do("ivanova", instance, "done")
    assert office.stage(instance) == "Waiting for the act"
    with pytest.raises(FormError, match="Act: fill this in"):
        office.do("morozov", instance, "done")
    act = tmp_path / "act.pdf"
    act.write_bytes(b"act")
    office.do("morozov", instance, "done", files={"act": act})
    assert office.status(instance) == "success"
    assert office.field(instance, "act")["name"] == "act.pdf"


def test_ceo_rejects(office: Office, invoice: Path) -> None:
    instance = _start(office, invoice)
    office.do("smirnova", instance, "approved")
    office.do("smirnova", instance, "yes")
    assert office.stage(instance) == "CEO"
    office.do("petrov", instance, "rejected", comment="Not this quarter")
    assert office.status(instance) == "rejected"
    assert office.notified("morozov") == ["Payment rejected: ACME"]
    assert office.notified("orlov") == []


def test_ceo_approves_then_paid_then_act(office: Office, invoice: Path, tmp_path: Path) -> None:
    instance = _start(office, invoice)
    office.do("smirnova", instance, "approved")
    office.do("smirnova", instance, "yes")
    office.do("petrov", instance, "approved")
    assert office.stage(instance) == "Invoice in payment"
    office.do("ivanova", instance, "done")
    act = tmp_path / "act.pdf"
    act.write_bytes(b"act")
    office.do("morozov", instance, "done", files={"act": act})
    view = office.app.instance(instance)
    assert view.status == "success"
    kinds = [h.kind for h in view.history]
    assert kinds.count("task_completed") == 5
    assert kinds[-1] == "finished"


def test_a_task_is_completed_once(office: Office, invoice: Path) -> None:
    instance = _start(office, invoice)
    task = office.task("smirnova", instance)
    office.app.complete(task.id, "smirnova", "approved")
    with pytest.raises(ConflictError, match="already completed by Elena Smirnova"):
        office.app.complete(task.id, "smirnova", "rejected", comment="changed my mind")
    completions = [h for h in office.app.instance(instance).history if h.kind == "task_completed"]
    assert len(completions) == 1


def test_only_the_assignee_or_an_admin(office: Office, invoice: Path) -> None:
    from bpdesk.services import NotAllowedError

    instance = _start(office, invoice)
    task = office.task("smirnova", instance)
    with pytest.raises(NotAllowedError, match="assigned to Elena Smirnova"):
        office.app.complete(task.id, "morozov", "approved")
    office.app.complete(task.id, "admin", "approved")
    completed = next(h for h in office.app.instance(instance).history if h.kind == "task_completed")
    assert completed.actor == "admin" and completed.data["on_behalf_of"] == "smirnova"
    assert "on behalf of Elena Smirnova" in completed.text


def test_reassign_and_cancel(office: Office, invoice: Path) -> None:
    instance = _start(office, invoice)
    task = office.task("smirnova", instance)
    office.app.reassign(task.id, "smirnova", "petrov")
    assert office.open_tasks(instance) == [("petrov", task.title)]
    from bpdesk.services import NotAllowedError

    with pytest.raises(NotAllowedError):
        office.app.cancel(instance, "ivanova")
    office.app.cancel(instance, "morozov", "Ordered elsewhere")
    assert office.status(instance) == "cancelled"
    assert office.open_tasks(instance) == []
    assert office.app.tasks_for("petrov") == []
