"""The workspace driven through the GUI alone: sign in as each participant, act in the task
panel, and watch the board put the case in the right column after each step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from bpdesk.services import Services
from bpdesk.services.demo import DEMO_PASSWORD
from bpdesk.ui.workspace.forms import FieldEditor
from bpdesk.ui.workspace.session import Session
from bpdesk.ui.workspace.signin import SignInDialog
from bpdesk.ui.workspace.window import MainWindow
from tests.ui.gestures import choose, type_text


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    app = Services.open(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    app.load_demo("en")
    yield app
    app.close()


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Files a person would pick in the file dialog (which cannot open offscreen)."""
    chosen = {"invoice": tmp_path / "invoice-42.pdf", "act": tmp_path / "act-42.pdf"}
    for path in chosen.values():
        path.write_bytes(b"%PDF-1.4 " + path.name.encode())
    queue: list[Path] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *a, **k: (str(queue.pop(0)), "") if queue else ("", ""),
    )
    chosen["_queue"] = queue  # type: ignore[assignment]
    return chosen


class Person:
    """One participant at their own window."""

    def __init__(self, qtbot, services: Services, login: str) -> None:  # type: ignore[no-untyped-def]
        dialog = SignInDialog(services)
        qtbot.addWidget(dialog)
        dialog.login.setFocus()
        dialog.login.lineEdit().selectAll()
        QTest.keyClicks(dialog.login.lineEdit(), login)
        QTest.keyClicks(dialog.password, DEMO_PASSWORD)
        QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert dialog.account is not None and dialog.account.login == login
        self.window = MainWindow(Session(services, dialog.account))
        self.window.poll.stop()  # the test refreshes explicitly; polling is tested on its own
        qtbot.addWidget(self.window)
        self.window.show()

    def do(self, task_title: str, button_text: str, before=None) -> None:  # type: ignore[no-untyped-def]
        window = self.window
        window.show_page("tasks")
        tasks = window.tasks
        titles = [task.title for task in tasks.model.tasks]
        row = next(i for i, title in enumerate(titles) if title.startswith(task_title))
        rect = tasks.list.visualRect(tasks.model.index(row))
        QTest.mouseClick(tasks.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert tasks.panel.task is not None and tasks.panel.task.title.startswith(task_title)
        if before is not None:
            before(tasks.panel)
        button = next(b for b in tasks.panel.findChildren(QPushButton) if b.text() == button_text)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def column(self, design_key: str, instance_id: str) -> str | None:
        board = self.window.board
        self.window.show_page("board")
        board.choose(design_key, wait=True)
        return board.column_of(instance_id)

    def close(self) -> None:
        self.window.close()


def _start_payment(qtbot, services: Services, files: dict) -> str:  # type: ignore[no-untyped-def]
    lebedev = Person(qtbot, services, "lebedev")
    window = lebedev.window
    window.show_page("start")
    window.start.choose("payment-approval")
    form = window.start.form
    assert form is not None
    type_text(form.editors["amount"].input, "150000")
    type_text(form.editors["counterparty"].input, "ACME")
    type_text(form.editors["purpose"].input, "Two servers")
    files["_queue"].append(files["invoice"])
    QTest.mouseClick(form.editors["invoice"].input, Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.start.start_button, Qt.MouseButton.LeftButton)
    (instance,) = services.instances("payment-approval")
    assert lebedev.column("payment-approval", instance.id) == "CFO"
    lebedev.close()
    return instance.id


def test_payment_approval_from_start_to_archive_through_the_gui(
    qtbot, services: Services, files
) -> None:  # type: ignore[no-untyped-def]
    instance = _start_payment(qtbot, services, files)
    cfo = Person(qtbot, services, "smirnova")
    cfo.do("Approve payment", "Approve")
    assert cfo.column("payment-approval", instance) == "CFO"  # the choice is still hers
    cfo.do("Is the CEO", "Yes, ask the CEO")
    assert cfo.column("payment-approval", instance) == "CEO"
    cfo.close()
    ceo = Person(qtbot, services, "petrov")
    ceo.do("Approve payment", "Approve")
    assert ceo.column("payment-approval", instance) == "Invoice in payment"
    ceo.close()
    accountant = Person(qtbot, services, "ivanova")
    accountant.do("Pay the invoice", "Done")
    assert accountant.column("payment-approval", instance) == "Waiting for the act"
    accountant.close()
    author = Person(qtbot, services, "lebedev")

    def attach_act(panel) -> None:  # type: ignore[no-untyped-def]
        files["_queue"].append(files["act"])
        QTest.mouseClick(panel.form.editors["act"].input, Qt.MouseButton.LeftButton)

    author.do("Provide the act", "Send", before=attach_act)
    assert author.column("payment-approval", instance) == "success"
    author.window.show_page("archive")
    titles = [
        author.window.archive.model.item(r, 1).text()
        for r in range(author.window.archive.model.rowCount())
    ]
    assert any("ACME" in title for title in titles)
    assert services.instance(instance).status == "success"
    author.close()


def test_a_rejection_needs_a_comment_and_ends_in_the_rejected_column(
    qtbot, services: Services, files
) -> None:  # type: ignore[no-untyped-def]
    instance = _start_payment(qtbot, services, files)
    cfo = Person(qtbot, services, "smirnova")
    cfo.do("Approve payment", "Reject")  # no comment: refused, nothing changes
    assert "Say why" in cfo.window.tasks.panel.message.text()
    assert services.instance(instance).status == "running"

    def say_why(panel) -> None:  # type: ignore[no-untyped-def]
        type_text(panel.comment, "Too expensive")

    cfo.do("Approve payment", "Reject", before=say_why)
    assert cfo.column("payment-approval", instance) == "rejected"
    cfo.close()


def test_the_absence_form_requires_a_justification_for_remote_work(
    qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    person = Person(qtbot, services, "lebedev")
    start = person.window.start
    person.window.show_page("start")
    start.choose("employee-absence")
    form = start.form
    assert form is not None
    label = form.labels["justification"]
    assert not label.text().endswith("*")
    choose(form.editors["reason"].input, "remote")
    assert label.text().endswith("*")  # required the moment the reason says so
    type_text(form.editors["date_from"].input, "10.03.2027")
    type_text(form.editors["date_to"].input, "13.03.2027")
    QTest.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    assert services.instances("employee-absence") == []
    assert form.problems["justification"].isVisible()
    assert "Fill this in" in form.problems["justification"].text()
    assert form.editors["reason"].raw() == "remote"  # what was typed stays
    type_text(form.editors["justification"].input, "Flat renovation")
    assert not form.problems["justification"].isVisible()
    QTest.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    assert len(services.instances("employee-absence")) == 1
    choose(start.form.editors["reason"].input, "vacation")  # a fresh form for the next one
    assert not start.form.labels["justification"].text().endswith("*")
    person.close()


def test_a_task_finished_elsewhere_meanwhile_gives_the_conflict_message_and_no_change(
    qtbot,
    services: Services,
    files,
    no_modal_questions,  # type: ignore[no-untyped-def]
) -> None:
    instance = _start_payment(qtbot, services, files)
    cfo = Person(qtbot, services, "smirnova")

    def someone_else_first(panel) -> None:  # type: ignore[no-untyped-def]
        other = Services.open(services.url)  # another client on the same database
        try:
            other.complete(panel.task.id, "admin", "approved")
        finally:
            other.close()

    cfo.do("Approve payment", "Approve", before=someone_else_first)
    assert any(
        "already completed by" in text and "Nothing was changed" in text
        for text in no_modal_questions
    )
    history = [h.kind for h in services.instance(instance).history]
    assert history.count("task_completed") == 1
    titles = [task.title for task in cfo.window.tasks.model.tasks]
    assert any(title.startswith("Is the CEO") for title in titles)  # the list refreshed
    cfo.close()


def test_the_board_follows_another_client_within_two_seconds(
    qtbot, services: Services, files
) -> None:  # type: ignore[no-untyped-def]
    instance = _start_payment(qtbot, services, files)
    watcher = Person(qtbot, services, "orlov")
    watcher.window.poll.start()
    assert watcher.column("payment-approval", instance) == "CFO"
    other = Services.open(services.url)
    try:
        task = next(t for t in other.tasks_for("smirnova") if t.instance_id == instance)
        other.complete(task.id, "smirnova", "rejected", comment="No budget")
    finally:
        other.close()
    qtbot.waitUntil(lambda: watcher.window.board.column_of(instance) == "rejected", timeout=2000)
    watcher.close()


def test_every_field_type_has_an_editor_that_reads_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    from bpdesk.model import FieldDef
    from bpdesk.model.fields import ChoiceOption, FieldType

    for kind in FieldType:
        options = (ChoiceOption(key="a", label="A"),) if kind is FieldType.CHOICE else ()
        editor = FieldEditor(FieldDef(key="f", label="F", type=kind, options=options))
        qtbot.addWidget(editor)
        assert editor.raw() in (None, "", False)
    money = FieldEditor(FieldDef(key="m", label="M", type=FieldType.MONEY, currency="RUB"))
    qtbot.addWidget(money)
    type_text(money.input, "-5")
    assert money.problem() == "Enter an amount greater than zero"
    QApplication.processEvents()


def fill(form, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Type or pick each value the way its editor takes it."""
    from PySide6.QtWidgets import QComboBox

    for key, value in values.items():
        widget = form.editors[key].input
        if isinstance(widget, QComboBox):
            choose(widget, value)
        else:
            type_text(widget, value)


def start_through_the_form(qtbot, services: Services, login: str, key: str, values: dict) -> str:  # type: ignore[no-untyped-def]
    person = Person(qtbot, services, login)
    person.window.show_page("start")
    person.window.start.choose(key)
    fill(person.window.start.form, values)
    QTest.mouseClick(person.window.start.start_button, Qt.MouseButton.LeftButton)
    (instance,) = services.instances(key)
    person.close()
    return instance.id


def run_steps(qtbot, services: Services, key: str, instance: str, steps: list) -> None:  # type: ignore[no-untyped-def]
    """Each step: who signs in, which task, which button, what they fill, the column after."""
    for login, task, button, values, column in steps:
        person = Person(qtbot, services, login)
        person.do(task, button, before=lambda panel, v=values: fill(panel.form, v) if v else None)
        assert person.column(key, instance) == column, (login, task)
        person.close()


def test_employee_absence_through_the_gui(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    instance = start_through_the_form(
        qtbot,
        services,
        "lebedev",
        "employee-absence",
        {"reason": "vacation", "date_from": "10.03.2027", "date_to": "20.03.2027"},
    )
    run_steps(
        qtbot,
        services,
        "employee-absence",
        instance,
        [
            ("volkova", "Approve the absence", "Approve", {}, "Paperwork"),
            ("ivanova", "Add to the vacation schedule", "Done", {}, "Paperwork"),
            ("lebedev", "Sign the application", "Done", {}, "success"),
        ],
    )
    assert services.instance(instance).status == "success"


def test_hiring_through_the_gui(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    instance = start_through_the_form(
        qtbot,
        services,
        "kuznetsova",
        "hiring",
        {"candidate_name": "Svetlana Belova", "department": "sales", "job_title": "Sales manager"},
    )
    run_steps(
        qtbot,
        services,
        "hiring",
        instance,
        [
            ("sokolov", "Request documents", "Done", {}, "Documents"),
            ("ivanova", "Prepare the documents", "Done", {}, "Access"),
            ("popov", "Grant access", "Done", {"access_granted": "Mail, CRM"}, "Access"),
            ("popov", "Fill in the e-mail", "Send", {"email": "s.belova@example.com"}, "Workplace"),
            ("vasilieva", "Prepare the workplace", "Done", {}, "Onboarding"),
            ("sokolov", "Welcome", "Send", {"start_date": "16.03.2027"}, "success"),
        ],
    )
    assert services.instance(instance).status == "success"


def test_article_writing_through_the_gui(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    instance = start_through_the_form(
        qtbot,
        services,
        "volkova",
        "article-writing",
        {
            "topic": "Remote teams",
            "brief": "Tools and habits",
            "author": "lebedev",
            "publisher": "volkova",
            "need_expert": "no",
            "need_seo": "no",
        },
    )
    run_steps(
        qtbot,
        services,
        "article-writing",
        instance,
        [
            (
                "lebedev",
                "Write the article",
                "Send",
                {"article_url": "https://docs.example.com/article"},
                "Design",
            ),
            ("fedorov", "Choose a designer", "Send", {"designer": "kozlova"}, "Design"),
            (
                "kozlova",
                "Images for",
                "Send",
                {"images_url": "https://images.example.com/1"},
                "Publication",
            ),
            (
                "volkova",
                "Publish",
                "Send",
                {"published_url": "https://blog.example.com/remote-teams"},
                "success",
            ),
        ],
    )
    assert services.instance(instance).status == "success"


def test_calendar_and_expenses_export_files_other_programs_read(tmp_path: Path) -> None:
    import csv
    import datetime as dt

    from icalendar import Calendar

    from bpdesk.ui.workspace.lists import write_expenses_csv, write_ics

    events = [
        {
            "id": 7,
            "instance_id": "i-1",
            "title": "Interview: Remote teams",
            "start": dt.datetime(2027, 3, 5, 15, 0),
            "end": dt.datetime(2027, 3, 5, 16, 0),
            "attendees": ["lebedev"],
            "location": "Room 2",
            "description": "",
        }
    ]
    ics = tmp_path / "events.ics"
    write_ics(events, ics)
    (event,) = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Interview: Remote teams"
    assert event.decoded("DTSTART") == dt.datetime(2027, 3, 5, 15, 0)
    assert str(event["LOCATION"]) == "Room 2"
    expenses = [
        {
            "id": 1,
            "instance_id": "i-2",
            "amount": "1250.50",
            "currency": "RUB",
            "category": "Travel",
            "date": dt.date(2027, 3, 1),
            "description": "Train",
        },
    ]
    table = tmp_path / "expenses.csv"
    write_expenses_csv(expenses, table)
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    assert rows == [
        {
            "date": "2027-03-01",
            "category": "Travel",
            "amount": "1250.50",
            "currency": "RUB",
            "description": "Train",
            "instance": "i-2",
        }
    ]


def test_the_window_is_on_screen_before_the_database_and_filled_after_sign_in(
    qtbot,
    services: Services,  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.opening
    assert window.nav.count() == 0
    window.attach(Session(services, services.sign_in("volkova", DEMO_PASSWORD)))
    window.poll.stop()
    keys = [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]
    assert keys[0] == "tasks" and "designer" in keys  # Volkova may design
    assert window.stack.currentWidget() is window.tasks
    window.close()


def test_a_wrong_password_is_refused_in_words_and_nothing_opens(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(services)
    qtbot.addWidget(dialog)
    dialog.login.lineEdit().setText("smirnova")
    QTest.keyClicks(dialog.password, "not-it")
    QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.account is None
    assert "wrong" in dialog.message.text()
    assert dialog.isVisible() or not dialog.result()


def test_a_clean_start_makes_the_first_administrator(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from bpdesk.ui.workspace.signin import FirstRunDialog

    empty = Services.open(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        assert not empty.has_users()
        dialog = FirstRunDialog(empty)
        qtbot.addWidget(dialog)
        type_text(dialog.login, "boss")
        type_text(dialog.name, "Anna Boss")
        type_text(dialog.email, "anna@example.com")
        type_text(dialog.password, "s3cret")
        clean = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Start clean")
        QTest.mouseClick(clean, Qt.MouseButton.LeftButton)
        assert dialog.account is not None and dialog.account.admin
        assert empty.sign_in("boss", "s3cret").designer
    finally:
        empty.close()


def test_the_card_shows_the_case_takes_a_comment_and_cancels_it(
    qtbot,
    services: Services,
    files,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from bpdesk.ui.workspace.instance import InstanceDialog

    instance = _start_payment(qtbot, services, files)
    author = Person(qtbot, services, "lebedev")
    card = InstanceDialog(author.window.session, instance, author.window)
    qtbot.addWidget(card)
    assert "ACME" in card.header.text() and "CFO" in card.header.text()
    titles = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert titles[:3] == ["Overview", "Diagram", "History"]
    card.tabs.setCurrentIndex(1)  # the diagram marks where the case is
    marked = {i.node.title for i in card.scene.nodes.values() if i.marking == "current"}
    assert marked == {"Approve payment {{ amount }} to {{ counterparty }}"}
    card.tabs.setCurrentIndex(3)
    type_text(card.new_comment, "Please pay **before Friday**")
    add = next(b for b in card.findChildren(QPushButton) if b.text() == "Add comment")
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    assert services.instance(instance).comments[0]["body"] == "Please pay **before Friday**"
    assert card.tabs.tabText(3) == "Comments (1)"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Not needed any more", True))
    QTest.mouseClick(card.cancel_button, Qt.MouseButton.LeftButton)
    assert services.instance(instance).status == "cancelled"
    assert not card.cancel_button.isVisible()
    card.close()
    assert author.column("payment-approval", instance) == "cancelled"
    author.close()


def test_a_task_is_handed_to_someone_else_from_its_panel(
    qtbot,
    services: Services,
    files,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QInputDialog

    instance = _start_payment(qtbot, services, files)
    cfo = Person(qtbot, services, "smirnova")
    picked = {}

    def pick(parent, title, label, items, *args, **kwargs):  # type: ignore[no-untyped-def]
        picked["items"] = items
        return next(item for item in items if item.endswith("(ivanova)")), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    cfo.do("Approve payment", "Reassign…")
    assert not any(item.endswith("(smirnova)") for item in picked["items"])  # not to herself
    view = services.instance(instance)
    assert [task.assignee for task in view.open_tasks] == ["ivanova"]
    assert cfo.window.tasks.model.rowCount() == 0  # gone from her list
    cfo.close()
