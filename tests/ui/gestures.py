"""A person's gestures on the designer: drops from the palette, clicks, typing, keyboard choices.

Every helper goes through Qt's event delivery (mouse and key events, drag-and-drop
events), never through the model, so a test built from them uses the designer the
way someone at the keyboard would.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from bpdesk.ui.editor.palette import PaletteView
from bpdesk.ui.editor.widgets import ExpressionEdit
from bpdesk.ui.editor.window import DesignerWindow
from tests.ui.conftest import click, drag


def drop_from_palette(window: DesignerWindow, key: str, scene_point: QPointF) -> str:
    """Drag a palette entry onto the canvas: the enter, move and drop events Qt delivers."""
    window.view.centerOn(scene_point)
    QApplication.processEvents()
    viewport = window.view.viewport()
    at = window.view.mapFromScene(scene_point)
    mime = PaletteView.mime_data(key)
    copy = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(at, copy, mime, buttons, mods),
        QDragMoveEvent(at, copy, mime, buttons, mods),
        QDropEvent(QPointF(at), copy, mime, buttons, mods),
    ):
        QApplication.sendEvent(viewport, event)
    (node_id,) = window.scene.selected_node_ids()
    return node_id


def connect(window: DesignerWindow, source: str, port: str, target: str) -> None:
    """Drag from an outcome port onto the next step."""
    start = window.scene.nodes[source].port_point(port)
    end = window.scene.nodes[target].sceneBoundingRect().center()
    window.view.centerOn((start + end) / 2)
    QApplication.processEvents()
    drag(window, start, end)


def select_step(window: DesignerWindow, node_id: str) -> None:
    item = window.scene.nodes[node_id]
    window.view.centerOn(item)
    QApplication.processEvents()
    click(window, item.sceneBoundingRect().center())
    assert window.scene.selected_node_ids() == [node_id]


def select_nothing(window: DesignerWindow) -> None:
    """Click an empty spot of the canvas: the inspector shows the process."""
    rect = window.scene.items_rect()
    empty = QPointF(rect.left() - 400, rect.top() - 400)
    window.view.centerOn(empty)
    QApplication.processEvents()
    click(window, empty)
    assert window.scene.selected_node_ids() == []


def row(window: DesignerWindow, label: str, within: QWidget | None = None) -> QWidget:
    """The editor beside the form label ``label`` in the inspector (searched afresh each time)."""
    for form in (within or window.inspector.widget()).findChildren(QFormLayout):
        for index in range(form.rowCount()):
            item = form.itemAt(index, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and widget.text().replace("&", "") == label:
                return form.itemAt(index, QFormLayout.ItemRole.FieldRole).widget()
    raise AssertionError(f"no row {label!r} in the inspector")


def named(window: DesignerWindow, kind: type, accessible_name: str) -> QWidget:
    for widget in window.inspector.widget().findChildren(kind):
        if widget.accessibleName() == accessible_name:
            return widget
    raise AssertionError(f"no {kind.__name__} named {accessible_name!r}")


def button(window: DesignerWindow, text: str) -> QAbstractButton:
    for widget in window.inspector.widget().findChildren(QAbstractButton):
        if widget.text().replace("&", "") == text and widget.isVisible():
            return widget
    raise AssertionError(f"no button {text!r}")


def press(widget: QAbstractButton) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(widget: QWidget, text: str) -> None:
    """Select what is there and type over it, key by key (lines end with Return)."""
    if isinstance(widget, ExpressionEdit):
        widget = widget.edit
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if isinstance(widget, QLineEdit | QSpinBox):
        QTest.keyClick(widget, Qt.Key.Key_Backspace)
    for number, text_line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        QTest.keyClicks(widget, text_line)
    if isinstance(widget, QPlainTextEdit):
        assert widget.toPlainText() == text
    QApplication.processEvents()


def choose(combo: QComboBox, data: object) -> None:
    """Pick an entry of a closed combo box with the arrow keys, as the keyboard does."""
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        QTest.keyClick(combo, key)
    QApplication.processEvents()


def tick(check_list: QListWidget, wanted: list[str]) -> None:
    """Click each entry to change and toggle it with the space bar, until ``wanted`` is ticked."""
    for index in range(check_list.count()):
        item = check_list.item(index)
        on = item.checkState() == Qt.CheckState.Checked
        if (item.data(Qt.ItemDataRole.UserRole) in wanted) != on:
            check_list.scrollToItem(item)
            centre = check_list.visualItemRect(item).center() + QPoint(20, 0)
            QTest.mouseClick(check_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
            QTest.keyClick(check_list.viewport(), Qt.Key.Key_Space)
    QApplication.processEvents()


def set_checked(box: QCheckBox, on: bool) -> None:
    if box.isChecked() != on:
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert box.isChecked() == on


def click_table_row(table: QTableWidget, text: str) -> None:
    for index in range(table.rowCount()):
        if table.item(index, 0).text() == text:
            table.scrollToItem(table.item(index, 0))
            centre = table.visualItemRect(table.item(index, 0)).center()
            QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
            QApplication.processEvents()
            return
    raise AssertionError(f"no row {text!r}")
