"""The minimap: the whole design small, with the visible part outlined; click to go there."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from bpdesk.ui.editor.scene import DesignScene
from bpdesk.ui.editor.view import DesignView


class Minimap(QGraphicsView):
    def __init__(self, scene: DesignScene, main: DesignView, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.main = main
        self.setAccessibleName(self.tr("Minimap"))
        self.setInteractive(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setMinimumHeight(120)
        main.horizontalScrollBar().valueChanged.connect(self._repaint)
        main.verticalScrollBar().valueChanged.connect(self._repaint)
        main.zoomChanged.connect(self._repaint)
        scene.changed.connect(self._scene_changed)

    def _repaint(self, *_args: object) -> None:
        self.viewport().update()

    def _scene_changed(self, *_args: object) -> None:
        self.refit()

    def refit(self) -> None:
        scene = self.scene()
        if scene is None:
            return
        rect = scene.items_rect()  # type: ignore[attr-defined]
        if not rect.isNull():
            self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.refit()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        visible = self.main.mapToScene(self.main.viewport().rect()).boundingRect()
        color = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
        painter.setPen(QPen(color, 0))
        color.setAlpha(40)
        painter.setBrush(color)
        painter.drawRect(visible)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.main.centerOn(self.mapToScene(event.position().toPoint()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.main.centerOn(self.mapToScene(event.position().toPoint()))
