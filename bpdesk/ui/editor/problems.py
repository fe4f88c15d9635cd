"""The problems panel: the design's validation, live, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QWidget

from bpdesk.ui.editor.document import DesignDocument


class ProblemsView(QListView):
    """Click (or Enter on) a problem to select and centre its step."""

    nodeRequested = Signal(str)

    def __init__(self, document: DesignDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setAccessibleName(self.tr("Problems"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.clicked.connect(self._open)
        self.activated.connect(self._open)
        document.problemsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.model_.clear()
        if not self.document.problems_known:
            item = QStandardItem(self.tr("Checking the process…"))
            item.setEditable(False)
            self.model_.appendRow(item)
            return
        problems = self.document.problems()
        if not problems:
            item = QStandardItem(self.tr("No problems: the process can be published."))
            item.setEditable(False)
            item.setForeground(QColor("#16a34a"))
            self.model_.appendRow(item)
            return
        for problem in problems:
            prefix = self.tr("Error") if problem.severity == "error" else self.tr("Warning")
            item = QStandardItem(f"{prefix}: {problem.message}")
            item.setEditable(False)
            item.setData(problem.node_id, Qt.ItemDataRole.UserRole)
            item.setData(problem.code, Qt.ItemDataRole.UserRole + 1)
            item.setForeground(QColor("#dc2626" if problem.severity == "error" else "#b45309"))
            self.model_.appendRow(item)

    def error_count(self) -> int:
        return sum(1 for p in self.document.problems() if p.severity == "error")

    def _open(self, index: QModelIndex) -> None:
        node_id = index.data(Qt.ItemDataRole.UserRole)
        if node_id:
            self.nodeRequested.emit(node_id)
