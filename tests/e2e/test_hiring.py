"""Hiring: manager from the department, the invitation e-mail, the 14-day limit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from bpdesk.engine.ports import FixedClock
from bpdesk.services import NotAllowedError, Services
from bpdesk.services.mail import SmtpSettings
from tests.support.office import Office
from tests.support.smtp import SmtpServer, running_smtp


@pytest.fixture
def office(app: Services) -> Office:
    return Office(app)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with running_smtp() as server:
        yield server


def _start(office: Office) -> str:
    return office.start(
        "hiring",
        "kuznetsova",
        candidate_name="Svetlana Belova",
        department="sales",
        job_title="Sales manager",
    )


def test_only_hr_starts_hiring(office: Office) -> None:
    with pytest.raises(NotAllowedError, match="may not start “Hiring”"):
        _start_as(office, "morozov")


def _start_as(office: Office, login: str) -> str:
    return office.start("hiring", login, candidate_name="X", department="sales", job_title="Y")


def test_the_whole_hiring(office: Office, app: Services, smtp: SmtpServer) -> None:
    instance = _start(office)
    # The manager role comes from the Department field: the head of sales.
    assert office.open_tasks(instance) == [("sokolov", "Request documents from Svetlana Belova")]
    assert app.instance(instance).roles["manager"] == "sokolov"
    office.do("sokolov", instance, "done")
    assert office.open_tasks(instance) == [("ivanova", "Prepare the documents for signing")]
    office.do("ivanova", instance, "done")
    assert office.stage(instance) == "Access"
    office.do("popov", instance, "done", access_granted="Mail, CRM, chat")
    assert office.open_tasks(instance) == [("popov", "Fill in the e-mail field")]
    office.do("popov", instance, "done", email="s.belova@example.com")
    # The invitation created the account, inactive until the first sign-in.
    user = next(u for u in app.users() if u.email == "s.belova@example.com")
    assert (user.login, user.name, user.department, user.active) == (
        "s.belova",
        "Svetlana Belova",
        "sales",
        False,
    )
    settings = SmtpSettings(host="127.0.0.1", port=smtp.port)
    report = app.run_due(smtp=settings)
    assert report.emails_sent == 1
    (message,) = smtp.messages
    assert message["To"] == "s.belova@example.com"
    assert "Login: s.belova" in message.get_content()
    workplace = office.task("vasilieva", instance)
    assert workplace.description == "For Svetlana Belova, department Sales."
    office.do("vasilieva", instance, "done")
    with pytest.raises(Exception, match="First working day: fill this in"):
        office.do("sokolov", instance, "done")
    office.do("sokolov", instance, "done", start_date="2026-03-16")
    assert office.status(instance) == "success"
    assert office.notified("kuznetsova") == ["Svetlana Belova has joined"]
    assert app.run_due(smtp=settings).emails_sent == 1  # the HR notice e-mail
    assert len(smtp.messages) == 2


def test_a_stage_older_than_14_days_notifies_the_initiator_once(
    office: Office, app: Services, clock: FixedClock
) -> None:
    instance = _start(office)
    clock.advance(days=13, hours=23)
    assert app.run_due(now=clock.now()).sla_checks == 0
    assert office.notified("kuznetsova") == []
    clock.advance(hours=2)
    report = app.run_due(now=clock.now())
    assert report.sla_checks == 1
    again = app.run_due(now=clock.now() + dt.timedelta(days=30))
    assert again.sla_checks == 0
    notices = office.notified("kuznetsova")
    assert notices == ["Time limit passed: Hiring Svetlana Belova"]
    assert [h.kind for h in app.instance(instance).history].count("sla_exceeded") == 1


def test_a_stage_left_in_time_does_not_notify(
    office: Office, app: Services, clock: FixedClock
) -> None:
    instance = _start(office)
    clock.advance(days=3)
    office.do("sokolov", instance, "done")
    office.do("ivanova", instance, "done")  # leaves "Documents" for "Access"
    clock.advance(days=12)
    assert app.run_due(now=clock.now()).sla_checks == 1  # the Documents check, now stale
    assert office.notified("kuznetsova") == []
    clock.advance(days=3)  # Access entered 12 days ago... now 15
    app.run_due(now=clock.now())
    assert office.notified("kuznetsova") == ["Time limit passed: Hiring Svetlana Belova"]
