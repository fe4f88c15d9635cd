"""The outline: stages, steps and connections as a tree, for the keyboard and screen readers.

The canvas is invisible to a screen reader; this list is not. Selection follows
the canvas both ways.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from bpdesk.model.summary import flow_order
from bpdesk.ui.editor.document import DesignDocument
from bpdesk.ui.editor.items import kind_words


class Outline(QTreeWidget):
    idsSelected = Signal(list)

    def __init__(self, document: DesignDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setAccessibleName(self.tr("Outline of the process"))
        self.setHeaderHidden(True)
        self.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._syncing = False
        document.changed.connect(self.rebuild)
        self.itemSelectionChanged.connect(self._selected)
        self.rebuild()

    def rebuild(self) -> None:
        selected = self.selected_ids()
        self._syncing = True
        self.clear()
        self._items = {}
        design = self.document.design
        for node in flow_order(design):
            label = f"{kind_words(node)}: {node.title}" if node.title else kind_words(node)
            item = QTreeWidgetItem([label])
            item.setData(0, Qt.ItemDataRole.UserRole, node.id)
            self.addTopLevelItem(item)
            self._items[node.id] = item
            for edge in design.edges_from(node.id):
                target = design.node(edge.target)
                outcome = "" if edge.port == "out" else f"{node.port_label(edge.port)} → "
                child = QTreeWidgetItem([f"{outcome}{target.title or kind_words(target)}"])
                child.setData(0, Qt.ItemDataRole.UserRole, edge.id)
                item.addChild(child)
                self._items[edge.id] = child
        self.expandAll()
        self._syncing = False
        self.select_ids(selected)

    def selected_ids(self) -> list[str]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self.selectedItems()]

    def select_ids(self, ids: list[str]) -> None:
        self._syncing = True
        self.clearSelection()
        for identifier in ids:
            item = self._items.get(identifier)
            if item is not None:
                item.setSelected(True)
                self.scrollToItem(item)
        self._syncing = False

    def _selected(self) -> None:
        if not self._syncing:
            self.idsSelected.emit(self.selected_ids())
