"""Start a process: the designs this person may start, and the start form checked as they type.

Type mistakes and fields that become required show at once (``FormView``); the
engine's own rules are applied before anything is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bpdesk.services import StartForm
from bpdesk.ui.workspace.common import problem_label
from bpdesk.ui.workspace.forms import FormView
from bpdesk.ui.workspace.session import Session, error_text


class StartPage(QWidget):
    started = Signal(str, str)  # instance id, message

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.form: FormView | None = None
        self.start_form: StartForm | None = None
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        self.processes = QListWidget()
        self.processes.setAccessibleName(self.tr("Processes you can start"))
        self.processes.setIconSize(QSize(20, 20))
        self.processes.currentItemChanged.connect(self._chosen)
        splitter.addWidget(self.processes)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        splitter.addWidget(self.scroll)
        splitter.setSizes([280, 800])
        layout.addWidget(splitter)
        # filled when first shown (MainWindow refreshes the visible page)

    def refresh(self) -> None:
        current = self.processes.currentItem()
        key = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.processes.blockSignals(True)
        self.processes.clear()
        for process in self.session.services.startable(self.session.login):
            swatch = QPixmap(16, 16)
            swatch.fill(QColor(process.color))
            item = QListWidgetItem(QIcon(swatch), process.name)
            item.setData(Qt.ItemDataRole.UserRole, process.key)
            item.setToolTip(process.description)
            self.processes.addItem(item)
        self.processes.blockSignals(False)
        if self.processes.count() == 0:
            self._empty(self.tr("No process is published for you to start yet."))
            return
        keys = [
            self.processes.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.processes.count())
        ]
        # the one chosen before, else the first: a form is ready to fill at once
        self.processes.setCurrentRow(keys.index(key) if key in keys else 0)

    def choose(self, design_key: str) -> None:
        for row in range(self.processes.count()):
            if self.processes.item(row).data(Qt.ItemDataRole.UserRole) == design_key:
                self.processes.setCurrentRow(row)
                return

    def _empty(self, text: str) -> None:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        self.scroll.setWidget(label)
        self.form = None

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        try:
            self.start_form = self.session.services.start_form(item.data(Qt.ItemDataRole.UserRole))
        except Exception as error:
            self._empty(error_text(error))
            return
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        title = QLabel(self.start_form.name)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout.addWidget(title)
        if self.start_form.description:
            about = QLabel(self.start_form.description)
            about.setWordWrap(True)
            layout.addWidget(about)
        people = [(u.login, u.name) for u in self.session.services.users() if u.active]
        departments = [(d.key, d.name) for d in self.session.services.departments()]
        self.form = FormView(
            self.start_form.fields, people, departments, initiator=self.session.login
        )
        layout.addWidget(self.form)
        self.message = problem_label()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton(self.tr("Start process"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.scroll.setWidget(page)

    def start(self) -> None:
        if self.form is None or self.start_form is None:
            return
        values, files = self.form.values(), self.form.files()
        if self.form.has_type_problems():
            self._say(self.tr("Correct the fields marked in red first."))
            return
        try:
            problems = self.session.services.start_form_problems(
                self.start_form.key,
                self.session.login,
                {**values, **{k: {"id": "-", "name": p.name} for k, p in files.items()}},
            )
            if problems:
                self.form.show_problems(problems)
                self._say(self.tr("Fill in the fields marked in red first."))
                return
            instance = self.session.services.start(
                self.start_form.key, self.session.login, values, files
            )
        except Exception as error:
            problems = getattr(error, "problems", None)
            if problems:
                self.form.show_problems(problems)
            self._say(error_text(error))  # what was typed stays
            return
        message = self.tr("Started “{0}” (№{1})").format(instance.title, instance.number)
        self._chosen(self.processes.currentItem())  # a fresh form for the next one
        self.started.emit(instance.id, message)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
