"""The canvas scene: follows the document's signals, turns gestures into commands."""

from __future__ import annotations

import contextlib
import gc
import math
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from bpdesk.model import AnyNode, Edge
from bpdesk.model.errors import DesignError
from bpdesk.model.nodes import Point
from bpdesk.ui.editor import commands
from bpdesk.ui.editor.document import DesignDocument
from bpdesk.ui.editor.interactions import Interaction, NewEdgeInteraction, ReconnectInteraction
from bpdesk.ui.editor.items import SKETCH_LIMIT, EdgeItem, NodeItem

GRID = 24
SCENE_MARGIN = 600.0  # room to drop new steps around the design
SKETCH_PIXELS = 16_000_000  # a far-out image bigger than this is drawn directly
NUDGE = 8.0


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Opening a design makes thousands of items at once; Python's cycle collector
    would meanwhile sweep the whole heap again and again, finding nothing to free."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _end(path: QPainterPath) -> tuple[float, float]:
    end = path.currentPosition()
    return end.x(), end.y()


class DesignScene(QGraphicsScene):
    """Keeps ``{node id: NodeItem}`` and ``{edge id: EdgeItem}`` in step with the model."""

    errorOccurred = Signal(str)
    selectedIdsChanged = Signal(list)  # [node or edge ids]

    def __init__(self, document: DesignDocument) -> None:
        super().__init__()
        self.document = document
        self.design = document.design
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self.interaction: Interaction | None = None
        self._pressed_at: dict[str, tuple[float, float]] = {}
        self._styled_edges: set[EdgeItem] = set()  # drawn as selected
        self._sketching = False  # far out, one recorded picture draws every step and edge
        self._grid: tuple[float, QBrush] | None = None
        self._sketch: tuple[float, QRectF, QImage] | None = None  # scale, scene area, image
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._tune_index(len(self.design.nodes), len(self.design.edges))
        self._area = QRectF()
        self._building = True  # the area is set once, after every step is in
        with _collector_paused():
            for node in self.design.nodes:
                self._add_node(node)
            for item in self.nodes.values():
                self._area = self._area.united(item.sceneBoundingRect())
            margin = SCENE_MARGIN
            self._area.adjust(-margin, -margin, margin, margin)
            self.setSceneRect(self._area)
            for edge in self.design.edges:
                self._add_edge(edge)
        self._building = False
        document.nodeAdded.connect(self._add_node)
        document.nodeRemoved.connect(self._remove_node)
        document.nodeChanged.connect(self._change_node)
        document.nodeMoved.connect(self._move_node)
        document.edgeAdded.connect(self._add_edge)
        document.edgeRemoved.connect(self._remove_edge)
        document.rolesChanged.connect(self._refresh_texts)
        document.problemsChanged.connect(self.refresh_problems)
        self.selectionChanged.connect(self._on_selection)
        if document.problems_known:
            self.refresh_problems()

    def dispose(self) -> None:
        """Hand every item back to Python before the scene goes.

        PySide does not learn when a scene deletes its items, so a scene torn
        down with items in it leaves wrappers that crash when collected later.
        """
        for item in list(self.edges.values()):
            item.detach()
            self.removeItem(item)
        for item in list(self.nodes.values()):
            self.removeItem(item)
        self.edges.clear()
        self.nodes.clear()
        self._styled_edges.clear()
        for signal in (
            self.document.nodeAdded,
            self.document.nodeRemoved,
            self.document.nodeChanged,
            self.document.nodeMoved,
            self.document.edgeAdded,
            self.document.edgeRemoved,
            self.document.rolesChanged,
            self.document.changed,
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self)

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    # ---------------------------------------------------------- model → scene
    def _add_node(self, node: AnyNode) -> None:
        item = NodeItem(node, self.design)
        if self._sketching:
            self._sketch_item(item)
        self._sketch = None
        self._take_in(item)
        if self.read_only:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        self.addItem(item)
        self.nodes[node.id] = item
        if not self._building:
            self._tune_index(len(self.nodes), len(self.edges))

    def _remove_node(self, node: AnyNode) -> None:
        item = self.nodes.pop(node.id, None)
        if item is not None:
            self.removeItem(item)
            self.sketch_changed()
            self._tune_index(len(self.nodes), len(self.edges))

    def _change_node(self, old: AnyNode, new: AnyNode) -> None:
        item = self.nodes.get(new.id)
        if item is not None:
            item.set_node(new)
            self.sketch_changed()

    def _move_node(self, node_id: str, x: float, y: float) -> None:
        item = self.nodes.get(node_id)
        if item is not None:
            if (item.pos().x(), item.pos().y()) != (x, y):
                item.setPos(x, y)
            self.follow(item)

    def follow(self, item: NodeItem) -> None:
        """A step moved (by the model or under the pointer): edges and the sketch follow."""
        item.follow()
        self._sketch = None
        self._take_in(item)

    def _tune_index(self, nodes: int, edges: int) -> None:
        """Keep the item index about half as deep as Qt would make it.

        Qt splits its index log2(n) levels deep: for a design of a thousand steps,
        thousands of leaves to fill on opening, and each long edge entered into
        hundreds of them. With √n leaves of about √n items each, the index is built
        in a third of the time and still finds the items under a point or in the
        view at once. Worked out again as the design grows or shrinks fourfold.
        """
        items = nodes + 2 * edges  # an edge is two items: itself and its drawn curve
        depth = max(3, round(math.log2(max(items, 1)) / 2))
        if depth != self.bspTreeDepth():
            self.setBspTreeDepth(depth)

    def _take_in(self, item: NodeItem) -> None:
        """The scene's area grows to hold every step with room around it, and never shrinks
        while open (as Qt's own would), but is kept here from the model's places: Qt
        working it out asks every item for its bounds, a thousand calls into Python."""
        if self._building:
            return
        rect = item.sceneBoundingRect().adjusted(
            -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN
        )
        if not self._area.contains(rect):
            self._area = self._area.united(rect) if not self._area.isNull() else rect
            self.setSceneRect(self._area)

    def _add_edge(self, edge: Edge) -> None:
        item = EdgeItem(edge, self.nodes[edge.source], self.nodes[edge.target])
        if self._sketching:
            self._sketch_item(item)
        else:
            self._sketch = None
        self.addItem(item)
        self.edges[edge.id] = item
        if not self._building:
            item.source.update()  # the port fills in once connected
            item.target.update()  # and the arrowhead appears
            self._tune_index(len(self.nodes), len(self.edges))

    def _remove_edge(self, edge: Edge) -> None:
        item = self.edges.pop(edge.id, None)
        if item is not None:
            item.detach()
            self.removeItem(item)
            self.sketch_changed()
            item.source.update()
            item.target.update()
            self._tune_index(len(self.nodes), len(self.edges))

    def _refresh_texts(self) -> None:
        for item in self.nodes.values():
            item.update()

    def set_zoom(self, zoom: float) -> None:
        """Far out, steps are coloured shapes: one recorded picture draws them all.

        A thousand items each painted from Python cost more than the whole
        picture replayed by Qt, so far out the items keep their place (for
        clicks, selection and the rubber band) but draw nothing themselves,
        and ports, too small to aim at, are hidden.
        """
        sketching = zoom < SKETCH_LIMIT
        if sketching == self._sketching:
            return
        self._sketching = sketching
        for item in self.nodes.values():
            self._sketch_item(item)
        for edge in self.edges.values():
            self._sketch_item(edge)
        self.update()

    def _sketch_item(self, item: NodeItem | EdgeItem) -> None:
        if isinstance(item, NodeItem):
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self._sketching)
        else:
            item.set_drawn(not self._sketching)
        self._sketch = None

    def sketch_changed(self) -> None:
        """Something moved or changed: the far-out picture is recorded again when next drawn."""
        self._sketch = None

    def _draw_sketch(self, painter: QPainter) -> None:
        painter.setPen(QPen(QApplication.palette().color(QPalette.ColorRole.PlaceholderText), 0))
        lines = []  # far out a curve and its chord look the same
        for edge in self.edges.values():
            path = edge.path()
            lines.append(QLineF(path.elementAt(0).x, path.elementAt(0).y, *_end(path)))
        painter.drawLines(lines)
        for item in self.nodes.values():
            painter.fillRect(item.body().translated(item.pos()), item.accent())

    def _paint_sketch(self, painter: QPainter) -> None:
        """Far out, the whole design as one image at the current scale, redrawn after changes."""
        scale = painter.worldTransform().m11()
        bounds = self._sketch[1] if self._sketch else self.items_rect().adjusted(-40, -40, 40, 40)
        width, height = math.ceil(bounds.width() * scale), math.ceil(bounds.height() * scale)
        if width * height > SKETCH_PIXELS or width <= 0 or height <= 0:
            self._draw_sketch(painter)  # too big to keep: drawn directly
            return
        if self._sketch is None or self._sketch[0] != scale:
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            image_painter = QPainter(image)
            image_painter.scale(scale, scale)
            image_painter.translate(-bounds.topLeft())
            self._draw_sketch(image_painter)
            image_painter.end()
            self._sketch = (scale, bounds, image)
        painter.drawImage(bounds, self._sketch[2])

    def refresh_problems(self) -> None:
        counts: dict[str, int] = {}
        for problem in self.document.problems():
            if problem.node_id and problem.severity == "error":
                counts[problem.node_id] = counts.get(problem.node_id, 0) + 1
        for node_id, item in self.nodes.items():
            item.set_problems(counts.get(node_id, 0))

    # ---------------------------------------------------------------- helpers
    def run(self, command: Any) -> bool:
        """Run a command; a refusal is reported, and the model and the stack stay as they were."""
        if self.read_only:
            self.errorOccurred.emit(
                self.tr("This version is read-only: make a new draft to change it.")
            )
            return False
        try:
            commands.run(self.document.undo_stack, command)
        except DesignError as error:
            self.errorOccurred.emit(str(error)[:1].upper() + str(error)[1:])
            return False
        return True

    def node_item_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos):
            while item is not None and not isinstance(item, NodeItem):
                item = item.parentItem()
            if isinstance(item, NodeItem):
                return item
        return None

    def selected_node_ids(self) -> list[str]:
        return [item.node.id for item in self.selectedItems() if isinstance(item, NodeItem)]

    def selected_edge_ids(self) -> list[str]:
        return [item.edge.id for item in self.selectedItems() if isinstance(item, EdgeItem)]

    def select_ids(self, ids: list[str]) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for identifier in ids:
            item = self.nodes.get(identifier) or self.edges.get(identifier)
            if item is not None:
                item.setSelected(True)
        self.blockSignals(False)
        self._on_selection()

    def _on_selection(self) -> None:
        if self._sketching:  # far out, the selection is drawn with the background
            self.update()
        selected = {item for item in self.selectedItems() if isinstance(item, EdgeItem)}
        for edge in selected | self._styled_edges:
            if edge.scene() is self:
                edge.restyle()
        self._styled_edges = selected
        self.selectedIdsChanged.emit(self.selected_node_ids() + self.selected_edge_ids())

    def items_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.nodes.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    # --------------------------------------------------------------- gestures
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.read_only:
            item = self.itemAt(
                event.scenePos(), self.views()[0].transform() if self.views() else None
            )
            node = item if isinstance(item, NodeItem) else None
            port = node.port_at(node.mapFromScene(event.scenePos())) if node else None
            if port is not None and not self._sketching:
                self.interaction = NewEdgeInteraction(self, port)
                event.accept()
                return
            if isinstance(item, EdgeItem) and item.isSelected():
                end = item.end_point()
                if (end - event.scenePos()).manhattanLength() < 14:
                    self.interaction = ReconnectInteraction(self, item)
                    event.accept()
                    return
        super().mousePressEvent(event)
        self._pressed_at = {
            item.node.id: (item.pos().x(), item.pos().y())
            for item in self.selectedItems()
            if isinstance(item, NodeItem)
        }

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None:
            self.interaction.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)
        for node_id, (x, y) in self._pressed_at.items():  # a drag: edges follow the steps
            item = self.nodes.get(node_id)
            if item is not None and (item.pos().x(), item.pos().y()) != (x, y):
                self.follow(item)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None:
            self.interaction.finish(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self._finish_drag()

    def _finish_drag(self) -> None:
        """A drag moved only the items; now the model learns it, as one undo step."""
        moves = {}
        for node_id, (x, y) in self._pressed_at.items():
            item = self.nodes.get(node_id)
            if item is None:
                continue
            new = (round(item.pos().x(), 1), round(item.pos().y(), 1))
            if new != (x, y):
                moves[node_id] = (Point(x=x, y=y), Point(x=new[0], y=new[1]))
        self._pressed_at = {}
        if moves:
            text = self.tr("Move step") if len(moves) == 1 else self.tr("Move steps")
            if not self.run(commands.MoveNodes(self.design, moves, text)):
                for node_id, (old, _) in moves.items():
                    self.nodes[node_id].setPos(old.x, old.y)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.interaction is not None:
            self.interaction.cancel()
            event.accept()
            return
        offsets = {
            Qt.Key.Key_Left: (-NUDGE, 0.0),
            Qt.Key.Key_Right: (NUDGE, 0.0),
            Qt.Key.Key_Up: (0.0, -NUDGE),
            Qt.Key.Key_Down: (0.0, NUDGE),
        }
        ids = self.selected_node_ids()
        if event.key() in offsets and ids and not self.read_only:
            dx, dy = offsets[Qt.Key(event.key())]
            moves = {}
            for node_id in ids:
                old = self.design.node(node_id).position
                moves[node_id] = (old, Point(x=old.x + dx, y=old.y + dy))
            self.run(commands.MoveNodes(self.design, moves, self.tr("Nudge"), nudge=True))
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------- background
    def _grid_brush(self, palette: QPalette, scale: float) -> QBrush:
        """One grid cell as a tile made for this zoom, so its lines stay one crisp pixel:
        the raster engine fills a tiled brush in one pass."""
        if self._grid is None or self._grid[0] != scale:
            line = QColor(palette.color(QPalette.ColorRole.Mid))
            line.setAlpha(60)
            size = max(4, round(GRID * scale))
            tile = QPixmap(size, size)
            tile.fill(Qt.GlobalColor.transparent)
            tile_painter = QPainter(tile)
            tile_painter.fillRect(QRectF(0, 0, size, 1), line)
            tile_painter.fillRect(QRectF(0, 1, 1, size - 1), line)
            tile_painter.end()
            brush = QBrush(tile)
            brush.setTransform(QTransform.fromScale(1 / scale, 1 / scale))  # pixels, not units
            self._grid = (scale, brush)
        return self._grid[1]

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        palette = QApplication.palette()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        if self._sketching:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            self._paint_sketch(painter)
            highlight = palette.color(QPalette.ColorRole.Highlight)
            for item in self.selectedItems():
                if isinstance(item, NodeItem):
                    painter.fillRect(item.body().translated(item.pos()), highlight)
            return
        scale = painter.worldTransform().m11()
        if scale < 0.35:
            return
        painter.fillRect(rect, self._grid_brush(palette, scale))
