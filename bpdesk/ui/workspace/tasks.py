"""My tasks: the inbox (overdue first) and the panel where a task is done.

The list is a model and a delegate. The panel shows the case's fields and
files, the form for what the task asks, and the task's outcome buttons; a task
someone else finished meanwhile gives a clear message and the list refreshes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from bpdesk.services import TaskForm
from bpdesk.services.dto import TaskView
from bpdesk.ui.workspace.common import open_attachment, problem_label, save_attachment
from bpdesk.ui.workspace.forms import FormView
from bpdesk.ui.workspace.session import Session, error_text, is_conflict

TaskRole = Qt.ItemDataRole.UserRole + 1


def when(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%d.%m.%Y %H:%M")


class TaskListModel(QAbstractListModel):
    """The person's open tasks: overdue first, then by due date, then oldest first."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks: list[TaskView] = []

    def set_tasks(self, tasks: list[TaskView]) -> None:
        far = dt.datetime.max.replace(tzinfo=dt.UTC)
        self.beginResetModel()
        self.tasks = sorted(tasks, key=lambda t: (not t.overdue, t.due_at or far, t.created_at))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tasks)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        task = self.tasks[index.row()]
        if role == TaskRole:
            return task
        if role == Qt.ItemDataRole.DisplayRole:
            return task.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            due = f", due {when(task.due_at)}" if task.due_at else ""
            return f"{task.title} — {task.process} №{task.instance_number}{due}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return task.instance_title
        return None

    def row_of(self, task_id: str) -> int:
        return next((i for i, t in enumerate(self.tasks) if t.id == task_id), -1)


class TaskDelegate(QStyledItemDelegate):
    """Two lines per task: the title in bold, then process, case and due date (red when late)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(240, option.fontMetrics.height() * 2 + 20)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        task: TaskView = index.data(TaskRole)
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = option.rect.adjusted(10, 6, -10, -6)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        line = option.fontMetrics.height()
        title = painter.fontMetrics().elidedText(
            task.title, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, title)
        painter.setFont(option.font)
        detail = f"{task.process} №{task.instance_number} · {task.instance_title}"
        due = when(task.due_at)
        due_width = painter.fontMetrics().horizontalAdvance(due) + 8 if due else 0
        if due:
            late = QColor("#dc2626") if task.overdue and not selected else text
            painter.setPen(late)
            painter.drawText(
                QRect(rect.right() - due_width, rect.top() + line + 4, due_width, line),
                int(Qt.AlignmentFlag.AlignRight),
                due,
            )
        painter.setPen(text if selected else palette.color(QPalette.ColorRole.PlaceholderText))
        detail = painter.fontMetrics().elidedText(
            detail, Qt.TextElideMode.ElideRight, rect.width() - due_width
        )
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 4, rect.width() - due_width, line), 0, detail
        )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()


class TaskPanel(QWidget):
    """One task: the case's fields and files, the form, the outcome buttons and reassign."""

    finished = Signal(str)  # a message to show; the list refreshes
    conflict = Signal(str)  # someone else acted first

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.task: TaskView | None = None
        self.form: FormView | None = None
        self.task_form: TaskForm | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        outer.addWidget(self.scroll)
        self.show_empty()

    def show_empty(self, text: str | None = None) -> None:
        self.task = None
        label = QLabel(text or self.tr("Choose a task on the left to see it here."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setEnabled(False)
        self.scroll.setWidget(label)

    def show_task(self, task: TaskView) -> None:
        try:
            task = self.session.services.task(task.id)  # in full: the list has it in brief
            self.task_form = self.session.services.task_form(task.id)
        except Exception as error:
            self.show_empty(error_text(error))
            return
        self.task = task
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        title = QLabel(task.title)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        facts = [f"{task.process} №{task.instance_number} · {task.instance_title}"]
        if task.due_at:
            late = self.tr(" (overdue)") if task.overdue else ""
            facts.append(self.tr("Due {0}{1}").format(when(task.due_at), late))
        about = QLabel("\n".join(facts))
        about.setWordWrap(True)
        layout.addWidget(about)
        if task.description:
            text = QLabel(task.description)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(text)
        if task.show_fields:
            box = QGroupBox(self.tr("About the case"))
            facts_form = QFormLayout(box)
            for field in task.show_fields:
                if field.type == "file" and isinstance(field.value, dict):
                    facts_form.addRow(field.label, self._file_row(field.value))
                else:
                    value = QLabel(field.text or "—")
                    value.setWordWrap(True)
                    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    facts_form.addRow(field.label, value)
            layout.addWidget(box)
        assert self.task_form is not None
        self.form = None
        if self.task_form.fields:
            box = QGroupBox(self.tr("Fill in"))
            box_layout = QVBoxLayout(box)
            required = {field.key for field, needed in self.task_form.fields if needed}
            self.form = FormView(
                [field for field, _ in self.task_form.fields],
                self._people(),
                self._departments(),
                required=lambda field: field.key in required,
            )
            box_layout.addWidget(self.form)
            layout.addWidget(box)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(
            self.tr("A comment (required to reject)")
            if self.task_form.comment_required_on_reject
            else self.tr("A comment (optional)")
        )
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setFixedHeight(64)
        layout.addWidget(self.comment)
        self.message = problem_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.outcome_buttons: dict[str, QPushButton] = {}
        verbs = {  # what the button does, not what the design calls the outcome
            "approved": self.tr("Approve"),
            "rejected": self.tr("Reject"),
            "done": self.tr("Send") if task.kind == "request_info" else self.tr("Done"),
            "acknowledged": self.tr("Acknowledged"),
        }
        for outcome in task.outcomes:
            label = self.task_form.outcome_labels.get(outcome, outcome)
            if outcome in verbs and task.kind != "choice":
                label = verbs[outcome]
            button = QPushButton(label)
            button.setObjectName(f"outcome:{outcome}")
            button.setDefault(outcome in ("approved", "done", "acknowledged"))
            button.clicked.connect(lambda _=False, o=outcome: self.complete(o))
            buttons.addWidget(button)
            self.outcome_buttons[outcome] = button
        buttons.addStretch(1)
        reassign = QPushButton(self.tr("Reassign…"))
        reassign.clicked.connect(self.reassign)
        buttons.addWidget(reassign)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.scroll.setWidget(page)

    def _file_row(self, value: dict[str, Any]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(str(value.get("name", ""))))
        open_button = QPushButton(self.tr("Open"))
        open_button.clicked.connect(lambda: self.open_file(str(value["id"])))
        save_button = QPushButton(self.tr("Save as…"))
        save_button.clicked.connect(lambda: self.save_file(str(value["id"])))
        layout.addWidget(open_button)
        layout.addWidget(save_button)
        layout.addStretch(1)
        return row

    def open_file(self, attachment_id: str) -> None:
        open_attachment(self.session, attachment_id)

    def save_file(self, attachment_id: str) -> None:
        save_attachment(self, self.session, attachment_id)

    def _people(self) -> list[tuple[str, str]]:
        return [(u.login, u.name) for u in self.session.services.users() if u.active]

    def _departments(self) -> list[tuple[str, str]]:
        return [(d.key, d.name) for d in self.session.services.departments()]

    def complete(self, outcome: str) -> None:
        if self.task is None:
            return
        values = self.form.values() if self.form else {}
        files = self.form.files() if self.form else {}
        if self.form is not None:
            if self.form.has_type_problems():
                self._say(self.tr("Correct the fields marked in red first."))
                return
            missing = self.form.missing()
            if missing and outcome != "rejected":
                self.form.show_problems({key: self.tr("Fill this in") for key in missing})
                self._say(self.tr("Fill in the fields marked in red first."))
                return
        comment = self.comment.toPlainText().strip() or None
        if (
            outcome == "rejected"
            and self.task_form is not None
            and self.task_form.comment_required_on_reject
            and not comment
        ):
            self._say(self.tr("Say why you reject it in the comment."))
            self.comment.setFocus()
            return
        try:
            self.session.services.complete(
                self.task.id, self.session.login, outcome, values, comment, files
            )
        except Exception as error:
            if is_conflict(error):
                self.conflict.emit(self.conflict_text(error))
                return
            problems = getattr(error, "problems", None)
            if problems and self.form is not None:
                self.form.show_problems(problems)
            self._say(error_text(error))  # what was typed stays
            return
        self.finished.emit(self.tr("Done: “{0}”").format(self.task.title))

    def reassign(self) -> None:
        if self.task is None:
            return
        people = [(u.login, u.name) for u in self.session.services.users() if u.active]
        names = [f"{name} ({login})" for login, name in people if login != self.task.assignee]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Reassign"),
            self.tr("Give “{0}” to:").format(self.task.title),
            names,
            0,
            False,
        )
        if not ok:
            return
        login = choice.rsplit("(", 1)[1].rstrip(")")
        try:
            self.session.services.reassign(self.task.id, self.session.login, login)
        except Exception as error:
            if is_conflict(error):
                self.conflict.emit(self.conflict_text(error))
            else:
                QMessageBox.warning(self, self.tr("Reassign"), error_text(error))
            return
        self.finished.emit(self.tr("Given to {0}").format(self.session.name(login)))

    def conflict_text(self, error: BaseException) -> str:
        """Who acted first and when, in the interface's language."""
        by, at = getattr(error, "by", None), getattr(error, "at", None)
        if by and at:
            return self.tr(
                "“{0}” was already completed by {1} at {2}. Nothing was changed."
            ).format(getattr(error, "task", ""), by, when(at))
        return error_text(error)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class TasksPage(QWidget):
    """The inbox on the left, the chosen task on the right."""

    status = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        header.addWidget(self.heading)
        header.addStretch(1)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Open tasks"), False)
        self.scope.addItem(self.tr("Including done"), True)
        self.scope.currentIndexChanged.connect(self.refresh)
        header.addWidget(self.scope)
        layout.addLayout(header)
        splitter = QSplitter()
        self.model = TaskListModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(TaskDelegate(self.list))
        self.list.setAccessibleName(self.tr("My tasks"))
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentChanged.connect(self._chosen)
        self.empty = QLabel(self.tr("No tasks for you. Start a process from the Start page."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.empty)
        splitter.addWidget(left)
        self.panel = TaskPanel(session)
        self.panel.finished.connect(self._done)
        self.panel.conflict.connect(self._conflict)
        splitter.addWidget(self.panel)
        splitter.setSizes([380, 700])
        layout.addWidget(splitter, 1)
        # filled when first shown (MainWindow refreshes the visible page)

    def refresh(self) -> None:
        current = self.panel.task.id if self.panel.task else None
        tasks = self.session.services.tasks_for(
            self.session.login, include_closed=bool(self.scope.currentData()), brief=True
        )
        if not self.scope.currentData():
            tasks = [t for t in tasks if t.state == "open"]
        self.model.set_tasks(tasks)
        overdue = sum(1 for t in tasks if t.overdue and t.state == "open")
        text = self.tr("My tasks: {0}").format(len(tasks))
        if overdue:
            text += self.tr(", {0} overdue").format(overdue)
        self.heading.setText(text)
        self.empty.setVisible(not tasks)
        self.list.setVisible(bool(tasks))
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        elif current:
            self.panel.show_empty()

    def _chosen(self, index: QModelIndex) -> None:
        task = index.data(TaskRole) if index.isValid() else None
        if task is None:
            self.panel.show_empty()
        elif self.panel.task is None or self.panel.task.id != task.id:
            if task.state == "open":
                self.panel.show_task(task)
            else:
                self.panel.show_empty(self.tr("Done: {0}").format(task.outcome or ""))

    def _done(self, message: str) -> None:
        self.panel.show_empty(message)
        self.status.emit(message)
        self.session.changed.emit()
        self.refresh()

    def _conflict(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Someone acted first"), message)
        self.panel.show_empty(message)
        self.refresh()
