"""Employee absence, every reason and the refusal (product.md §2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpdesk.services import FormError, Services
from tests.support.office import Office

DATES = {"date_from": "2026-03-10", "date_to": "2026-03-13"}


@pytest.fixture
def office(app: Services) -> Office:
    return Office(app)


def _approved(office: Office, reason: str, **extra: str) -> str:
    instance = office.start("employee-absence", "lebedev", reason=reason, **DATES, **extra)
    # The manager is the head of the initiator's department (editorial: Volkova).
    assert office.open_tasks(instance)[0][0] == "volkova"
    office.do("volkova", instance, "approved")
    return instance


def _absence_notices(office: Office) -> tuple[list[str], list[str]]:
    return office.notified("volkova"), office.notified("vasilieva")


def test_remote_work_without_justification_is_refused_at_start(office: Office) -> None:
    with pytest.raises(FormError) as refused:
        office.start("employee-absence", "lebedev", reason="remote", **DATES)
    assert refused.value.problems == {"justification": "Justification: fill this in"}
    assert office.app.instances() == []


def test_remote_work_succeeds_at_once(office: Office) -> None:
    instance = _approved(office, "remote", justification="Flat renovation")
    assert office.status(instance) == "success"
    manager, office_manager = _absence_notices(office)
    assert manager == office_manager == ["Pavel Lebedev will be absent"]


def test_sick_leave_waits_for_documents(office: Office, tmp_path: Path) -> None:
    instance = _approved(office, "sick_leave")
    assert office.stage(instance) == "Waiting for documents"
    assert office.open_tasks(instance) == [("lebedev", "Provide the sick-leave certificate")]
    note = tmp_path / "sick-note.jpg"
    note.write_bytes(b"\xff\xd8 scan")
    office.do("lebedev", instance, "done", files={"sick_note": note})
    assert office.status(instance) == "success"
    assert _absence_notices(office)[1] == ["Pavel Lebedev will be absent"]


def test_unpaid_leave_accountant_then_signature(office: Office) -> None:
    instance = _approved(office, "unpaid_leave")
    assert office.stage(instance) == "Paperwork"
    assert office.open_tasks(instance) == [("ivanova", "Prepare the unpaid leave application")]
    office.do("ivanova", instance, "done")
    assert office.open_tasks(instance) == [("lebedev", "Sign the application")]
    office.do("lebedev", instance, "done")
    assert office.status(instance) == "success"


def test_vacation_schedule_then_signature(office: Office) -> None:
    instance = _approved(office, "vacation")
    assert office.open_tasks(instance) == [("ivanova", "Add to the vacation schedule")]
    office.do("ivanova", instance, "done")
    office.do("lebedev", instance, "done")
    assert office.status(instance) == "success"
    assert _absence_notices(office)[0] == ["Pavel Lebedev will be absent"]


def test_manager_rejects(office: Office) -> None:
    instance = office.start("employee-absence", "lebedev", reason="vacation", **DATES)
    office.do("volkova", instance, "rejected", comment="Deadline week")
    assert office.status(instance) == "rejected"
    assert office.notified("lebedev") == ["Absence not approved"]
    assert office.notified("vasilieva") == []


def test_a_head_asks_the_head_above(office: Office) -> None:
    # Volkova heads editorial; her manager is the head of management above it.
    instance = office.start("employee-absence", "volkova", reason="vacation", **DATES)
    assert office.open_tasks(instance)[0][0] == "petrov"
