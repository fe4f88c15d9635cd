"""Gestures on the canvas, one class each, with start, move, finish and cancel.

An interaction draws only temporary feedback; when it finishes it asks the
scene to run one command. Escape cancels it and leaves the model untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsPathItem

from bpdesk.ui.editor import commands
from bpdesk.ui.editor.items import EdgeItem, NodeItem, Port

if TYPE_CHECKING:
    from bpdesk.ui.editor.scene import DesignScene


class Interaction:
    def __init__(self, scene: DesignScene) -> None:
        self.scene = scene

    def move(self, pos: QPointF) -> None:
        pass

    def finish(self, pos: QPointF) -> None:
        self.end()

    def cancel(self) -> None:
        self.end()

    def end(self) -> None:
        self.scene.interaction = None


class _DraggedLine(Interaction):
    """Shared by new and moved edges: a dashed curve that follows the pointer."""

    def __init__(self, scene: DesignScene, start: QPointF) -> None:
        super().__init__(scene)
        self.start = start
        self.line = QGraphicsPathItem()
        pen = QPen(
            QApplication.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine
        )
        self.line.setPen(pen)
        self.line.setZValue(10)
        scene.addItem(self.line)
        self.hovered: NodeItem | None = None

    def move(self, pos: QPointF) -> None:
        path = QPainterPath(self.start)
        dx = max(40.0, abs(pos.x() - self.start.x()) / 2)
        path.cubicTo(
            QPointF(self.start.x() + dx, self.start.y()), QPointF(pos.x() - dx, pos.y()), pos
        )
        self.line.setPath(path)
        target = self.scene.node_item_at(pos)
        if target is not self.hovered:
            if self.hovered is not None:
                self.hovered.setSelected(False)
            self.hovered = target

    def end(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)
        super().end()


class NewEdgeInteraction(_DraggedLine):
    """Drag from an outcome port to a step: connects them."""

    def __init__(self, scene: DesignScene, port: Port) -> None:
        super().__init__(scene, port.scenePos())
        self.port = port

    def finish(self, pos: QPointF) -> None:
        target = self.scene.node_item_at(pos)
        source = self.port.node_item
        self.end()
        if target is not None and target is not source:
            self.scene.run(
                commands.Connect(self.scene.design, source.node.id, self.port.port, target.node.id)
            )


class ReconnectInteraction(_DraggedLine):
    """Drag the arrow end of a selected edge onto another step."""

    def __init__(self, scene: DesignScene, edge: EdgeItem) -> None:
        super().__init__(scene, edge.source.port_point(edge.edge.port))
        self.edge = edge
        edge.setVisible(False)

    def finish(self, pos: QPointF) -> None:
        target = self.scene.node_item_at(pos)
        self.end()
        if target is not None and target.node.id != self.edge.edge.target:
            self.scene.run(commands.Reconnect(self.scene.design, self.edge.edge.id, target.node.id))

    def end(self) -> None:
        self.edge.setVisible(True)
        super().end()
