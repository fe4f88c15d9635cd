"""The list pages: archive, calendar, expenses, notifications and the directory.

Each is a table over a model; a double-click opens the case it belongs to.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bpdesk.services import UserEdit
from bpdesk.ui.workspace.common import problem_label
from bpdesk.ui.workspace.session import Session, error_text
from bpdesk.ui.workspace.tasks import when

IdRole = Qt.ItemDataRole.UserRole + 1


def table(
    headers: list[str], name: str
) -> tuple[QTableView, QStandardItemModel, QSortFilterProxyModel]:
    """A sortable, searchable, read-only table."""
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as read (newest first) until a click
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAccessibleName(name)
    return view, model, proxy


def row(values: list[Any], identifier: Any = None) -> list[QStandardItem]:
    items = []
    for value in values:
        item = QStandardItem()
        # numbers stay numbers, so that sorting by them sorts 9 before 10
        item.setData(
            value if isinstance(value, int) else "" if value is None else str(value),
            Qt.ItemDataRole.DisplayRole,
        )
        item.setData(identifier, IdRole)
        items.append(item)
    return items


def empty_state(text: str) -> QLabel:
    """What to expect on an empty page, instead of a blank table."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setEnabled(False)
    label.hide()
    return label


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


class ArchivePage(QWidget):
    """Closed cases: search, filter by process, result and dates."""

    opened = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Archive")))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.process = QComboBox()
        self.result = QComboBox()
        for key, label in (
            (None, self.tr("Any result")),
            ("success", self.tr("Done")),
            ("rejected", self.tr("Rejected")),
            ("cancelled", self.tr("Cancelled")),
        ):
            self.result.addItem(label, key)
        self.since = QDateEdit(QDate.currentDate().addYears(-1))
        self.until = QDateEdit(QDate.currentDate())
        for date in (self.since, self.until):
            date.setCalendarPopup(True)
            date.setDisplayFormat("dd.MM.yyyy")
            date.dateChanged.connect(self.refresh)
        for widget in (self.search, self.process, self.result):
            bar.addWidget(widget)
        bar.addWidget(QLabel(self.tr("finished from")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.until)
        layout.addLayout(bar)
        self.view, self.model, self.proxy = table(
            [
                self.tr("№"),
                self.tr("Title"),
                self.tr("Process"),
                self.tr("Result"),
                self.tr("Initiator"),
                self.tr("Started"),
                self.tr("Finished"),
            ],
            self.tr("Archive"),
        )
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.process.activated.connect(lambda _i: self.refresh())
        self.result.activated.connect(lambda _i: self.refresh())
        self.view.doubleClicked.connect(self._open)
        layout.addWidget(self.view, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        # filled when first shown (MainWindow refreshes the visible page)

    def refresh(self) -> None:
        current = self.process.currentData()
        self.process.clear()
        self.process.addItem(self.tr("Any process"), None)
        names = {}
        for version in self.session.services.published():
            names.setdefault(version["design_key"], version["name"])
        for key, name in names.items():
            self.process.addItem(name, key)
        self.process.setCurrentIndex(max(self.process.findData(current), 0))
        results = {
            "success": self.tr("Done"),
            "rejected": self.tr("Rejected"),
            "cancelled": self.tr("Cancelled"),
        }
        self.model.removeRows(0, self.model.rowCount())
        cases = self.session.services.archive(
            self.process.currentData(),
            self.result.currentData(),
            self.since.date().toPython(),
            self.until.date().toPython(),
        )
        for instance in cases:
            self.model.appendRow(
                row(
                    [
                        instance.number,
                        instance.title,
                        names.get(instance.design_key, instance.design_key),
                        results[instance.status],
                        self.session.name(instance.initiator),
                        when(instance.started_at),
                        when(instance.finished_at),
                    ],
                    instance.id,
                )
            )
        self.view.resizeColumnsToContents()
        self.count.setText(self.tr("{0} closed cases").format(self.model.rowCount()))
        if not self.model.rowCount():
            self.count.setText(self.tr("No closed cases match: finished cases appear here."))

    def _open(self, index: Any) -> None:
        self.opened.emit(index.data(IdRole))


class CalendarPage(QWidget):
    """Events processes put in the calendar: the month, the agenda, and an .ics export."""

    opened = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.events: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Calendar")))
        top.addStretch(1)
        self.mine = QCheckBox(self.tr("Only mine"))
        self.mine.toggled.connect(self.refresh)
        top.addWidget(self.mine)
        export = QPushButton(self.tr("Export .ics…"))
        export.clicked.connect(self.export)
        top.addWidget(export)
        layout.addLayout(top)
        splitter = QSplitter()
        self.month = QCalendarWidget()
        self.month.setGridVisible(True)
        self.month.selectionChanged.connect(self._show_day)
        splitter.addWidget(self.month)
        self.view, self.model, self.proxy = table(
            [self.tr("When"), self.tr("Event"), self.tr("Where"), self.tr("Who")], self.tr("Agenda")
        )
        self.view.doubleClicked.connect(lambda index: self.opened.emit(index.data(IdRole)))
        splitter.addWidget(self.view)
        splitter.setSizes([420, 700])
        layout.addWidget(splitter, 1)
        self.empty = empty_state(
            self.tr("No events yet: processes with a calendar step put their meetings here.")
        )
        layout.addWidget(self.empty)
        # filled when first shown (MainWindow refreshes the visible page)

    def refresh(self) -> None:
        self.events = self.session.services.calendar_events(
            self.session.login if self.mine.isChecked() else None
        )
        self.month.setDateTextFormat(QDate(), QTextCharFormat())  # clear the marks
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setForeground(Qt.GlobalColor.darkGreen)
        for event in self.events:
            self.month.setDateTextFormat(QDate(event["start"].date()), marked)
        self.empty.setVisible(not self.events)
        self._show_day()

    def _show_day(self) -> None:
        """The agenda from the chosen day on."""
        since = self.month.selectedDate().toPython()
        self.model.removeRows(0, self.model.rowCount())
        for event in self.events:
            if event["start"].date() >= since:
                people = ", ".join(self.session.name(login) for login in event["attendees"])
                self.model.appendRow(
                    row(
                        [
                            event["start"].strftime("%d.%m.%Y %H:%M"),
                            event["title"],
                            event["location"],
                            people,
                        ],
                        event["instance_id"],
                    )
                )

    def export(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the calendar"), "bpdesk.ics", self.tr("Calendar (*.ics)")
        )
        if target:
            write_ics(self.events, Path(target))


def write_ics(events: list[dict[str, Any]], path: Path) -> None:
    """The events as an iCalendar file any calendar program imports."""
    from icalendar import Calendar, Event  # only when exporting

    calendar = Calendar()
    calendar.add("prodid", "-//bpdesk//calendar//EN")
    calendar.add("version", "2.0")
    for item in events:
        event = Event()
        event.add("uid", f"bpdesk-event-{item['id']}@bpdesk")
        event.add("summary", item["title"])
        event.add("dtstart", item["start"])
        event.add("dtend", item["end"])
        if item["location"]:
            event.add("location", item["location"])
        if item["description"]:
            event.add("description", item["description"])
        calendar.add_component(event)
    path.write_bytes(calendar.to_ical())


class ExpensesPage(QWidget):
    """Planned expenses from processes, with totals by category and month, and a CSV export."""

    opened = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.expenses: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Planned expenses")))
        top.addStretch(1)
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self.export)
        top.addWidget(export)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view, self.model, self.proxy = table(
            [
                self.tr("Date"),
                self.tr("Category"),
                self.tr("Amount"),
                self.tr("Currency"),
                self.tr("What for"),
            ],
            self.tr("Planned expenses"),
        )
        self.view.doubleClicked.connect(lambda index: self.opened.emit(index.data(IdRole)))
        splitter.addWidget(self.view)
        self.totals, self.totals_model, _ = table(
            [self.tr("Month"), self.tr("Category"), self.tr("Total"), self.tr("Currency")],
            self.tr("Totals"),
        )
        splitter.addWidget(self.totals)
        layout.addWidget(splitter, 1)
        self.empty = empty_state(
            self.tr("No planned expenses yet: processes with an expense step list them here.")
        )
        layout.addWidget(self.empty)
        # filled when first shown (MainWindow refreshes the visible page)

    def refresh(self) -> None:
        self.expenses = self.session.services.planned_expenses()
        self.model.removeRows(0, self.model.rowCount())
        totals: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
        for item in self.expenses:
            self.model.appendRow(
                row(
                    [
                        item["date"].strftime("%d.%m.%Y"),
                        item["category"],
                        item["amount"],
                        item["currency"],
                        item["description"],
                    ],
                    item["instance_id"],
                )
            )
            month = item["date"].strftime("%Y-%m")
            totals[(month, item["category"], item["currency"])] += Decimal(item["amount"])
        self.empty.setVisible(not self.expenses)
        self.view.resizeColumnsToContents()
        self.totals_model.removeRows(0, self.totals_model.rowCount())
        for (month, category, currency), total in sorted(totals.items()):
            self.totals_model.appendRow(row([month, category, f"{total:.2f}", currency]))

    def export(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export expenses"), "expenses.csv", self.tr("CSV (*.csv)")
        )
        if target:
            write_expenses_csv(self.expenses, Path(target))


def write_expenses_csv(expenses: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "category", "amount", "currency", "description", "instance"])
        for item in expenses:
            writer.writerow(
                [
                    item["date"].isoformat(),
                    item["category"],
                    item["amount"],
                    item["currency"],
                    item["description"],
                    item["instance_id"],
                ]
            )


class NotificationsPage(QWidget):
    """What processes told this person: unread in bold; read marks; open the case."""

    opened = Signal(str)
    unread_changed = Signal(int)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Notifications")))
        top.addStretch(1)
        mark = QPushButton(self.tr("Mark selected read"))
        mark.clicked.connect(self.mark_selected)
        mark_all = QPushButton(self.tr("Mark all read"))
        mark_all.clicked.connect(self.mark_all)
        top.addWidget(mark)
        top.addWidget(mark_all)
        layout.addLayout(top)
        self.view, self.model, self.proxy = table(
            [self.tr("When"), self.tr("Subject"), self.tr("Message")], self.tr("Notifications")
        )
        self.view.doubleClicked.connect(self._open)
        layout.addWidget(self.view, 1)
        self.empty = empty_state(
            self.tr("No notifications yet: processes tell you here when something concerns you.")
        )
        layout.addWidget(self.empty)
        self.ids: list[int] = []
        # filled when first shown (MainWindow refreshes the visible page)

    def refresh(self) -> None:
        notes = self.session.services.notifications(self.session.login)
        self.model.removeRows(0, self.model.rowCount())
        unread = 0
        for note in sorted(notes, key=lambda n: n.created_at, reverse=True):
            items = row(
                [when(note.created_at), note.subject, note.body.replace("\n", " ")], note.id
            )
            items[0].setData(note.instance_id, IdRole + 1)
            if not note.read:
                unread += 1
                for item in items:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            self.model.appendRow(items)
        self.empty.setVisible(not notes)
        self.view.setVisible(bool(notes))
        self.view.resizeColumnsToContents()
        self.unread_changed.emit(unread)

    def mark_selected(self) -> None:
        ids = [index.data(IdRole) for index in self.view.selectionModel().selectedRows()]
        if ids:
            self.session.services.mark_read(self.session.login, ids)
            self.refresh()

    def mark_all(self) -> None:
        ids = [self.model.item(r, 0).data(IdRole) for r in range(self.model.rowCount())]
        if ids:
            self.session.services.mark_read(self.session.login, ids)
            self.refresh()

    def _open(self, index: Any) -> None:
        source = self.proxy.mapToSource(index)
        note_id = self.model.item(source.row(), 0).data(IdRole)
        instance_id = self.model.item(source.row(), 0).data(IdRole + 1)
        self.session.services.mark_read(self.session.login, [note_id])
        self.refresh()
        if instance_id:
            self.opened.emit(instance_id)


class UserDialog(QDialog):
    """Add or edit a user (administrators)."""

    def __init__(self, session: Session, user: Any | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Edit user") if user else self.tr("Add user"))
        form = QFormLayout(self)
        self.login = QLineEdit(user.login if user else "")
        self.login.setEnabled(user is None)
        self.name = QLineEdit(user.name if user else "")
        self.email = QLineEdit(user.email if user else "")
        self.department = QComboBox()
        self.department.addItem(self.tr("(none)"), None)
        for department in session.services.departments():
            self.department.addItem(department.name, department.key)
        if user:
            self.department.setCurrentIndex(max(self.department.findData(user.department), 0))
        self.positions = QLineEdit(", ".join(user.positions) if user else "")
        self.positions.setToolTip(", ".join(session.services.positions()))
        self.admin = QCheckBox(self.tr("Administrator"))
        self.admin.setChecked(bool(user and user.admin))
        self.designer = QCheckBox(self.tr("May design processes"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: they choose one at first sign-in"))
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Positions (keys)"), self.positions)
        form.addRow(self.admin)
        form.addRow(self.designer)
        if user is None:
            form.addRow(self.tr("Password"), self.password)
        self.message = problem_label()
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Save user"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        edit = UserEdit(
            self.login.text().strip(),
            self.name.text(),
            self.email.text(),
            self.department.currentData(),
            [p.strip() for p in self.positions.text().split(",") if p.strip()],
            None,
            self.admin.isChecked(),
            self.designer.isChecked(),
        )
        try:
            self.session.services.save_user(self.session.login, edit, self.password.text() or None)
        except Exception as error:
            self.message.setText(error_text(error))  # what was typed stays
            self.message.show()
            return
        self.accept()


class DirectoryPage(QWidget):
    """People and departments; administrators add, edit and switch off accounts."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Directory")))
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search people"))
        top.addWidget(self.search)
        self.add_button = QPushButton(self.tr("Add user…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Switch off / on"))
        for button in (self.add_button, self.edit_button, self.active_button):
            button.setVisible(session.account.admin)
            top.addWidget(button)
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.active_button.clicked.connect(self._toggle)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view, self.model, self.proxy = table(
            [
                self.tr("Name"),
                self.tr("Login"),
                self.tr("Department"),
                self.tr("Positions"),
                self.tr("E-mail"),
                self.tr("Account"),
            ],
            self.tr("People"),
        )
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view.doubleClicked.connect(lambda _i: self._edit_selected())
        splitter.addWidget(self.view)
        self.departments, self.departments_model, _ = table(
            [self.tr("Department"), self.tr("Head"), self.tr("Part of")], self.tr("Departments")
        )
        splitter.addWidget(self.departments)
        layout.addWidget(splitter, 1)
        self.users: dict[str, Any] = {}
        # filled when first shown (MainWindow refreshes the visible page)

    def refresh(self) -> None:
        users = self.session.services.users()
        self.users = {u.login: u for u in users}
        self.model.removeRows(0, self.model.rowCount())
        for user in users:
            account = self.tr("active") if user.active else self.tr("switched off")
            if user.admin:
                account += self.tr(", administrator")
            self.model.appendRow(
                row(
                    [
                        user.name,
                        user.login,
                        user.department_name or "",
                        ", ".join(user.positions),
                        user.email,
                        account,
                    ],
                    user.login,
                )
            )
        self.view.resizeColumnsToContents()
        departments = self.session.services.departments()
        names = {d.key: d.name for d in departments}
        self.departments_model.removeRows(0, self.departments_model.rowCount())
        for department in departments:
            self.departments_model.appendRow(
                row(
                    [
                        department.name,
                        self.session.name(department.head),
                        names.get(department.parent or "", ""),
                    ],
                    department.key,
                )
            )

    def _selected_login(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def _edit_selected(self) -> None:
        login = self._selected_login()
        if login and self.session.account.admin:
            self._edit(self.users.get(login))

    def _edit(self, user: Any | None) -> None:
        if UserDialog(self.session, user, self).exec() == QDialog.DialogCode.Accepted:
            self.session.forget_names()
            self.refresh()

    def _toggle(self) -> None:
        login = self._selected_login()
        if not login:
            return
        user = self.users[login]
        try:
            self.session.services.set_active(self.session.login, login, not user.active)
        except Exception as error:
            QMessageBox.warning(self, self.tr("Directory"), error_text(error))
            return
        self.refresh()
