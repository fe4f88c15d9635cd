"""The palette: every node kind, to drag onto the canvas or add with a double-click."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from bpdesk.model import (
    ActionNode,
    AnyNode,
    Branch,
    CalendarEventAction,
    ConditionNode,
    CreateInstanceAction,
    EndNode,
    InviteUserAction,
    JoinNode,
    NotifyAction,
    Outcome,
    ParallelNode,
    PlannedExpenseAction,
    SetFieldAction,
    SetRoleAction,
    StageNode,
    StartNode,
    TaskNode,
    TimerNode,
    WebhookAction,
)
from bpdesk.ui.editor.style import GLYPHS, TASK_GLYPHS, accent, draw_glyph

MIME_TYPE = "application/x-bpdesk-palette-entry"


@dataclass(frozen=True)
class Entry:
    key: str
    kind: str
    glyph: str
    make: Callable[[str], AnyNode]  # title -> a new node


def _entries() -> list[Entry]:
    def task(kind: str) -> Callable[[str], AnyNode]:
        def make(title: str) -> AnyNode:
            choices = (
                [Outcome(key="yes", label="Yes"), Outcome(key="no", label="No")]
                if kind == "choice"
                else []
            )
            return TaskNode(title=title, task=kind, choices=choices)  # type: ignore[arg-type]

        return make

    def action(settings: Callable[[], object]) -> Callable[[str], AnyNode]:
        return lambda title: ActionNode(title=title, action=settings())  # type: ignore[arg-type]

    return [
        Entry("start", "start", GLYPHS["start"], lambda t: StartNode(title=t)),
        Entry("stage", "stage", GLYPHS["stage"], lambda t: StageNode(title=t)),
        Entry("approve", "task", TASK_GLYPHS["approve"], task("approve")),
        Entry("request_info", "task", TASK_GLYPHS["request_info"], task("request_info")),
        Entry("acknowledge", "task", TASK_GLYPHS["acknowledge"], task("acknowledge")),
        Entry("todo", "task", TASK_GLYPHS["todo"], task("todo")),
        Entry("choice", "task", TASK_GLYPHS["choice"], task("choice")),
        Entry(
            "condition",
            "condition",
            GLYPHS["condition"],
            lambda t: ConditionNode(title=t, branches=[Branch(label="Yes", expression="")]),
        ),
        Entry("parallel", "parallel", GLYPHS["parallel"], lambda t: ParallelNode(title=t)),
        Entry("join", "join", GLYPHS["join"], lambda t: JoinNode(title=t)),
        Entry("notify", "action", "mail", action(NotifyAction)),
        Entry("set_field", "action", GLYPHS["action"], action(SetFieldAction)),
        Entry("set_role", "action", GLYPHS["action"], action(SetRoleAction)),
        Entry("calendar_event", "action", GLYPHS["action"], action(CalendarEventAction)),
        Entry("planned_expense", "action", GLYPHS["action"], action(PlannedExpenseAction)),
        Entry("invite_user", "action", "mail", action(InviteUserAction)),
        Entry("create_instance", "action", GLYPHS["action"], action(CreateInstanceAction)),
        Entry("webhook", "action", GLYPHS["action"], action(WebhookAction)),
        Entry("timer", "timer", GLYPHS["timer"], lambda t: TimerNode(title=t)),
        Entry("end_success", "end", GLYPHS["end"], lambda t: EndNode(title=t, result="success")),
        Entry("end_rejected", "end", GLYPHS["end"], lambda t: EndNode(title=t, result="rejected")),
    ]


ENTRIES: dict[str, Entry] = {entry.key: entry for entry in _entries()}


class PaletteView(QListView):
    """The list of node kinds; drag one onto the canvas, or double-click to add it."""

    entryActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Palette of steps"))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(20, 20))
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.model_ = QStandardItemModel(self)
        for entry in ENTRIES.values():
            item = QStandardItem(self._icon(entry), self.label(entry.key))
            item.setData(entry.key, Qt.ItemDataRole.UserRole)
            item.setToolTip(self.hint(entry.key))
            item.setEditable(False)
            self.model_.appendRow(item)
        self.setModel(self.model_)
        self.doubleClicked.connect(self._activated)
        self.activated.connect(self._activated)

    def label(self, key: str) -> str:
        return {
            "start": self.tr("Start"),
            "stage": self.tr("Stage"),
            "approve": self.tr("Approval task"),
            "request_info": self.tr("Request information"),
            "acknowledge": self.tr("Acknowledge task"),
            "todo": self.tr("To-do task"),
            "choice": self.tr("Choice task"),
            "condition": self.tr("Condition"),
            "parallel": self.tr("Parallel split"),
            "join": self.tr("Join"),
            "notify": self.tr("Notify"),
            "set_field": self.tr("Set field"),
            "set_role": self.tr("Set role"),
            "calendar_event": self.tr("Calendar event"),
            "planned_expense": self.tr("Planned expense"),
            "invite_user": self.tr("Invite user"),
            "create_instance": self.tr("Start linked process"),
            "webhook": self.tr("Webhook"),
            "timer": self.tr("Timer"),
            "end_success": self.tr("End: success"),
            "end_rejected": self.tr("End: rejected"),
        }[key]

    def hint(self, key: str) -> str:
        return self.tr("Drag onto the canvas, or double-click to add “{0}”").format(self.label(key))

    def default_title(self, key: str) -> str:
        return "" if key in ("parallel", "join") else self.label(key)

    @staticmethod
    def _icon(entry: Entry) -> QIcon:
        pixmap = QPixmap(40, 40)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        result = "rejected" if entry.key == "end_rejected" else None
        draw_glyph(painter, entry.glyph, QRectF(6, 6, 28, 28), accent(entry.kind, result))
        painter.end()
        return QIcon(pixmap)

    def _activated(self, index: QModelIndex) -> None:
        self.entryActivated.emit(index.data(Qt.ItemDataRole.UserRole))

    @staticmethod
    def mime_data(key: str) -> QMimeData:
        """What a drag of the entry ``key`` carries to the canvas."""
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(key.encode()))
        return mime

    def startDrag(self, actions: Qt.DropAction) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        drag = QDrag(self)
        drag.setMimeData(self.mime_data(index.data(Qt.ItemDataRole.UserRole)))
        drag.setPixmap(index.data(Qt.ItemDataRole.DecorationRole).pixmap(32, 32))
        drag.setHotSpot(QPoint(16, 16))
        drag.exec(Qt.DropAction.CopyAction)
