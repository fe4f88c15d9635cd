"""Graphics items for nodes, their output ports, and edges.

Items draw what the model says and report gestures to the scene; they never
change the model themselves.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from bpdesk.model import NODE_SIZE, AnyNode, Edge
from bpdesk.model.nodes import ActionNode, EndNode, StageNode, TaskNode, TimerNode, outcome_words
from bpdesk.model.people import FieldRef, RoleRef
from bpdesk.ui.editor.style import GLYPHS, TASK_GLYPHS, accent, arrow_head, diamond, draw_glyph

if TYPE_CHECKING:
    from bpdesk.model import ProcessDesign

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

PORT_RADIUS = 5.0
DETAIL_LIMIT = 0.45  # below this zoom, text is not drawn
SKETCH_LIMIT = 0.15  # below this zoom, steps are plain coloured shapes and ports are hidden


def palette() -> QPalette:
    return QApplication.palette()


def kind_words(node: AnyNode) -> str:
    if isinstance(node, TaskNode):
        return {
            "approve": translate("Canvas", "Approve or reject"),
            "request_info": translate("Canvas", "Request information"),
            "acknowledge": translate("Canvas", "Acknowledge"),
            "todo": translate("Canvas", "To-do"),
            "choice": translate("Canvas", "Choice"),
        }[node.task]
    if isinstance(node, ActionNode):
        return {
            "notify": translate("Canvas", "Notify"),
            "set_field": translate("Canvas", "Set field"),
            "set_role": translate("Canvas", "Set role"),
            "calendar_event": translate("Canvas", "Calendar event"),
            "planned_expense": translate("Canvas", "Planned expense"),
            "invite_user": translate("Canvas", "Invite user"),
            "create_instance": translate("Canvas", "Start linked process"),
            "webhook": translate("Canvas", "Webhook"),
        }[node.action.type]
    return {
        "start": translate("Canvas", "Start"),
        "stage": translate("Canvas", "Stage"),
        "condition": translate("Canvas", "Condition"),
        "parallel": translate("Canvas", "Parallel split"),
        "join": translate("Canvas", "Join"),
        "timer": translate("Canvas", "Timer"),
        "end": translate("Canvas", "End"),
    }[node.kind]


def person_words(person: Any, design: ProcessDesign | None) -> str:
    if isinstance(person, RoleRef):
        if person.role == "initiator":
            return translate("Canvas", "initiator")
        if design is not None:
            for role in design.roles:
                if role.key == person.role:
                    return role.label
        return person.role
    if isinstance(person, FieldRef):
        return translate("Canvas", "from field {0}").format(person.field)
    return str(getattr(person, "login", ""))


_PLACEHOLDER = re.compile(r"\{\{\s*([a-z][a-z0-9_]*)((?:\.[a-z_]+)*)\s*\}\}")


def readable(text: str, design: ProcessDesign | None) -> str:
    """A template as a person reads it: ``{{ amount }}`` shown as «Amount»."""
    if design is None or "{{" not in text:
        return text
    labels = {field.key: field.label for field in design.fields}
    labels.update(
        initiator=translate("Canvas", "initiator"),
        instance=translate("Canvas", "instance"),
        roles=translate("Canvas", "role"),
    )

    def label(match: re.Match[str]) -> str:
        name, rest = match.group(1), match.group(2)
        words = {".name": "", ".number": " №", ".title": ""}
        return f"«{labels.get(name, name)}{words.get(rest, '')}»"

    shown = _PLACEHOLDER.sub(label, text)
    return shown.replace("««", "«").replace("»»", "»")


def detail_line(node: AnyNode, design: ProcessDesign | None) -> str:
    if isinstance(node, TaskNode):
        return f"{kind_words(node)} · {person_words(node.assignee, design)}"
    if isinstance(node, ActionNode):
        return kind_words(node)
    if isinstance(node, StageNode):
        return (
            translate("Canvas", "at most {0} days").format(node.sla_days)
            if node.sla_days
            else translate("Canvas", "Stage")
        )
    if isinstance(node, TimerNode):
        return {
            "duration": node.duration or "",
            "date": node.date or "",
            "field": node.field or "",
        }[node.wait]
    if isinstance(node, EndNode):
        return {
            "success": translate("Canvas", "Success"),
            "rejected": translate("Canvas", "Rejected"),
            "cancelled": translate("Canvas", "Cancelled"),
        }[node.result]
    return kind_words(node)


class _Hovered:
    """Items that draw themselves highlighted under the pointer."""

    _hover = False

    def hoverEnterEvent(self, event: Any) -> None:
        self._hover = True
        self.update()  # type: ignore[attr-defined]

    def hoverLeaveEvent(self, event: Any) -> None:
        self._hover = False
        self.update()  # type: ignore[attr-defined]


class PortItem(_Hovered, QGraphicsItem):
    """An output port: a dot on the node's right side, labelled with its outcome."""

    def __init__(self, parent: NodeItem, port: str, label: str) -> None:
        super().__init__(parent)
        self.node_item = parent
        self.port = port
        self.label = label
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(translate("Canvas", "Drag to connect “{0}” to the next step").format(label))
        self.setZValue(2)

    BOUNDS = QRectF(-PORT_RADIUS - 3, -PORT_RADIUS - 3, 2 * PORT_RADIUS + 6, 2 * PORT_RADIUS + 6)

    def boundingRect(self) -> QRectF:
        return self.BOUNDS

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), PORT_RADIUS + 4, PORT_RADIUS + 4)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        color = accent(self.node_item.node.kind)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(
            color if self._hover or self.node_item.connected(self.port) else palette().base()
        )
        radius = PORT_RADIUS + (1.5 if self._hover else 0)
        painter.drawEllipse(QPointF(0, 0), radius, radius)


class NodeItem(_Hovered, QGraphicsItem):
    """One step on the canvas, drawn by kind: shape, accent colour and glyph."""

    def __init__(self, node: AnyNode, design: ProcessDesign) -> None:
        super().__init__()
        self.node = node
        self.design = design
        self.edges: list[EdgeItem] = []
        self.ports: dict[str, PortItem] = {}
        self.problem_count = 0
        self.marking: str | None = None  # "current" or "visited" on an instance's diagram
        self._measure()
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.setPos(node.position.x, node.position.y)
        # No geometry-change callbacks: the scene tells a moved step's edges to
        # follow (see ``follow``), so building a thousand steps costs no calls back.
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self._make_ports()

    def _measure(self) -> None:
        """Body and bounds depend only on the kind: worked out once, not on every paint."""
        w, h = NODE_SIZE[self.node.kind]
        self._body = QRectF(-w / 2, -h / 2, w, h)
        self._bounds = self._body.adjusted(-6, -10, 6, 6)

    # ---------------------------------------------------------------- data
    @property
    def size(self) -> tuple[float, float]:
        return NODE_SIZE[self.node.kind]

    def set_node(self, node: AnyNode) -> None:
        ports_before = [(p, self.node.port_label(p)) for p in self.node.output_ports()]
        self.prepareGeometryChange()
        self.node = node
        self._measure()
        if [(p, node.port_label(p)) for p in node.output_ports()] != ports_before:
            for port in self.ports.values():
                port.setParentItem(None)
                if port.scene() is not None:
                    port.scene().removeItem(port)
            self._make_ports()
        self.setToolTip(self._tooltip())
        self.update()
        for edge in self.edges:
            edge.update_path()

    def _make_ports(self) -> None:
        w, h = self.size
        ports = self.node.output_ports()
        self.ports = {}
        for index, port in enumerate(ports):
            label = outcome_words(self.node, port, self.design.properties.locale)
            item = PortItem(self, port, label if port != "out" else "")
            if len(ports) == 1:
                y = 0.0
            else:
                span = h if self.node.kind not in ("condition",) else h * 0.8
                y = -span / 2 + span * (index + 1) / (len(ports) + 1)
            x = w / 2
            if self.node.kind in ("condition", "parallel", "join"):
                x = w / 2 - abs(y) * (w / h)  # on the diamond's edge
            item.setPos(x, y)
            self.ports[port] = item
        self.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        return (
            f"{kind_words(self.node)}: {self.node.title}"
            if self.node.title
            else kind_words(self.node)
        )

    def connected(self, port: str) -> bool:
        return any(edge.edge.port == port and edge.source is self for edge in self.edges)

    def input_point(self) -> QPointF:
        w, _ = self.size
        return self.mapToScene(QPointF(-w / 2, 0))

    def port_point(self, port: str) -> QPointF:
        item = self.ports.get(port)
        if item is None:
            return self.mapToScene(QPointF(self.size[0] / 2, 0))
        return item.scenePos()

    def accent(self) -> QColor:
        return accent(self.node.kind, self.node.result if isinstance(self.node, EndNode) else None)

    def set_marking(self, marking: str | None) -> None:
        """Where an instance stands ("current") and has been ("visited"), on its diagram."""
        if marking != self.marking:
            self.marking = marking
            self.update()

    def set_problems(self, count: int) -> None:
        if count != self.problem_count:
            self.problem_count = count
            self.update()

    # ------------------------------------------------------------ geometry
    def body(self) -> QRectF:
        return QRectF(self._body)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        kind = self.node.kind
        if kind in ("start", "end", "timer"):
            path.addEllipse(self.body())
        elif kind in ("condition", "parallel", "join"):
            path = diamond(self.body())
        else:
            path.addRoundedRect(self.body(), 8, 8)
        return path

    def follow(self) -> None:
        """The step moved: its edges follow (the scene calls this after every move)."""
        for edge in self.edges:
            edge.update_path()

    # ------------------------------------------------------------- drawing
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        node = self.node
        pal = palette()
        color = self.accent()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < SKETCH_LIMIT:  # far out: a plain coloured shape is all the eye can see
            painter.fillRect(
                self.body(), pal.color(QPalette.ColorRole.Highlight) if self.isSelected() else color
            )
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > DETAIL_LIMIT)
        selected = self.isSelected()
        border = QPen(
            pal.color(QPalette.ColorRole.Highlight) if selected else color, 2.5 if selected else 1.5
        )
        if self._hover and not selected:
            border.setWidthF(2.2)
        fill = pal.color(QPalette.ColorRole.Base)
        if self.marking is not None:  # the path an instance took, and where it is now
            tint = QColor(MARK_COLOUR)
            tint.setAlpha(60 if self.marking == "current" else 28)
            fill = _blend(fill, tint)
            if self.marking == "current":
                border = QPen(QColor(MARK_COLOUR), 4.0)
        body = self.body()
        kind = node.kind
        painter.setPen(border)
        painter.setBrush(fill)
        if kind in ("start", "end", "timer"):
            painter.drawEllipse(body)
            if kind == "end":
                painter.drawEllipse(body.adjusted(4, 4, -4, -4))
        elif kind in ("condition", "parallel", "join"):
            painter.drawPath(diamond(body))
        else:
            painter.drawRoundedRect(body, 8, 8)
            if kind == "stage":  # a wide coloured band across the top
                band = QPainterPath()
                band.addRoundedRect(QRectF(body.left(), body.top(), body.width(), 18), 8, 8)
                band.addRect(QRectF(body.left(), body.top() + 9, body.width(), 9))
                painter.fillPath(band.simplified(), QBrush(color))
            elif kind == "action":  # a stripe down the left side
                painter.fillRect(
                    QRectF(body.left() + 1, body.top() + 6, 5, body.height() - 12), color
                )
            elif kind == "task":
                painter.fillRect(
                    QRectF(body.left() + 8, body.top() + 1, body.width() - 16, 3), color
                )
        if lod < DETAIL_LIMIT:
            return
        glyph = TASK_GLYPHS[node.task] if isinstance(node, TaskNode) else GLYPHS.get(kind, "dot")
        if kind in ("start", "end", "timer", "condition", "parallel", "join"):
            draw_glyph(
                painter,
                glyph,
                body.adjusted(
                    body.width() * 0.28,
                    body.height() * 0.28,
                    -body.width() * 0.28,
                    -body.height() * 0.28,
                ),
                color,
            )
            self._paint_label_below(painter, pal)
        else:
            self._paint_box_text(painter, pal, color, glyph)
        if self.problem_count:
            self._paint_badge(painter)

    def _paint_box_text(self, painter: QPainter, pal: QPalette, color: QColor, glyph: str) -> None:
        body = self.body()
        top = body.top() + (22 if self.node.kind == "stage" else 10)
        icon = QRectF(body.left() + 12, top, 16, 16)
        if self.node.kind == "stage":
            draw_glyph(
                painter, glyph, QRectF(body.left() + 8, body.top() + 2, 14, 14), QColor("white")
            )
            icon = QRectF(body.left() + 12, top, 0, 16)
        else:
            draw_glyph(painter, glyph, icon, color)
        text_left = icon.right() + (8 if icon.width() else 0)
        width = body.right() - 10 - text_left
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        metrics = QFontMetricsF(font)
        title = readable(self.node.title, self.design) or kind_words(self.node)
        lines = _wrap(title, metrics, width, 2 if self.node.kind == "task" else 1)
        y = top
        for line in lines:
            painter.drawText(
                QRectF(text_left, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft, line
            )
            y += metrics.height()
        font.setBold(False)
        font.setPointSizeF(max(6.0, font.pointSizeF() - 1))
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        small = QFontMetricsF(font)
        detail = small.elidedText(
            detail_line(self.node, self.design), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            QRectF(text_left, body.bottom() - small.height() - 8, width, small.height()),
            Qt.AlignmentFlag.AlignLeft,
            detail,
        )

    def _paint_label_below(self, painter: QPainter, pal: QPalette) -> None:
        title = self.node.title
        if not title:
            return
        body = self.body()
        metrics = QFontMetricsF(painter.font())
        width = 150.0
        text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRectF(-width / 2, body.bottom() + 2, width, metrics.height()),
            Qt.AlignmentFlag.AlignHCenter,
            text,
        )

    def _paint_badge(self, painter: QPainter) -> None:
        body = self.body()
        centre = QPointF(body.right() - 2, body.top() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#dc2626"))
        painter.drawEllipse(centre, 8, 8)
        painter.setPen(QColor("white"))
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(7)
        painter.setFont(font)
        painter.drawText(
            QRectF(centre.x() - 8, centre.y() - 8, 16, 16),
            Qt.AlignmentFlag.AlignCenter,
            "!" if self.problem_count > 9 else str(self.problem_count),
        )


MARK_COLOUR = "#16a34a"


def _blend(base: QColor, over: QColor) -> QColor:
    alpha = over.alphaF()
    return QColor.fromRgbF(
        base.redF() * (1 - alpha) + over.redF() * alpha,
        base.greenF() * (1 - alpha) + over.greenF() * alpha,
        base.blueF() * (1 - alpha) + over.blueF() * alpha,
    )


def _wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [
            *lines[: max_lines - 1],
            metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width),
        ]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


_CAPTION_FONTS: dict[str, tuple[QFont, QFontMetricsF]] = {}


def _caption_font() -> tuple[QFont, QFontMetricsF]:
    """The small font of edge captions, one per application font."""
    base = QApplication.font()
    key = base.key()
    if key not in _CAPTION_FONTS:
        font = QFont(base)
        font.setPointSizeF(max(6.0, font.pointSizeF() - 1))
        _CAPTION_FONTS[key] = (font, QFontMetricsF(font))
    return _CAPTION_FONTS[key]


_EDGE_STYLES: dict[tuple[int, bool, bool], tuple[QPen, QPen, QBrush]] = {}


def _edge_style(selected: bool, hover: bool) -> tuple[QPen, QPen, QBrush]:
    """Pens for an edge's curve and arrow, shared by all edges in the same state."""
    pal = palette()
    key = (pal.cacheKey(), selected, hover)
    if key not in _EDGE_STYLES:
        color = pal.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.PlaceholderText
        )
        # One pixel is the raster engine's fast path for smooth curves; wider
        # strokes cost three times as much, so only the edge in hand is wide.
        _EDGE_STYLES[key] = (
            QPen(color, 2.5 if selected or hover else 1.0),
            QPen(color, 1.0),
            QBrush(color),
        )
    return _EDGE_STYLES[key]


class _Part(QGraphicsPathItem):
    """A piece of an edge that Qt draws by itself; clicks and hovers belong to the edge."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def contains(self, point: QPointF) -> bool:  # the pointer finds the edge, not its parts
        return False


class _Caption(QGraphicsItem):
    """An edge's outcome on a pale tag by its port; painted only when on screen."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.text = ""
        self.box = QRectF()

    def set_text(self, text: str, start: QPointF) -> None:
        metrics = _caption_font()[1]
        self.prepareGeometryChange()
        self.text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, 110)
        self.box = QRectF(
            start.x() + 8,
            start.y() - metrics.height() - 2,
            metrics.horizontalAdvance(self.text) + 6,
            metrics.height(),
        )

    def boundingRect(self) -> QRectF:
        return self.box

    def contains(self, point: QPointF) -> bool:
        return False

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pal = palette()
        back = QColor(pal.color(QPalette.ColorRole.Window))
        back.setAlpha(220)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(back)
        painter.drawRoundedRect(self.box, 3, 3)
        painter.setFont(_caption_font()[0])
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        painter.drawText(self.box, Qt.AlignmentFlag.AlignCenter, self.text)


class EdgeItem(_Hovered, QGraphicsPathItem):
    """A smooth curve from an outcome port to the next step, with an arrowhead and a label.

    The edge itself draws nothing: its curve, arrowhead, handle and label are
    child items Qt paints without calling Python, so a design with hundreds of
    long edges crossing the view still repaints within a frame. The edge keeps
    the shape for clicks, hover and selection, and restyles its parts.
    """

    def __init__(self, edge: Edge, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.edge = edge
        self.source = source
        self.target = target
        self._bounds = QRectF()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(0)
        self.curve = _Part(self)
        self.arrow = _Part(self)
        self.handle: _Part | None = None  # the end to drag elsewhere, made when first selected
        self.caption: _Caption | None = None  # made for edges that carry an outcome
        self._drawn = True
        self._detailed = True
        self._styled_selected = False
        source.edges.append(self)
        target.edges.append(self)
        self._restyle()
        self.update_path()

    def detach(self) -> None:
        for node in (self.source, self.target):
            if self in node.edges:
                node.edges.remove(self)

    def label(self) -> str:
        if self.edge.port == "out":
            return ""
        return outcome_words(self.source.node, self.edge.port, self.source.design.properties.locale)

    def end_point(self) -> QPointF:
        return self.target.input_point()

    def update_path(self) -> None:
        start = self.source.port_point(self.edge.port)
        end = self.end_point()
        dx = max(40.0, abs(end.x() - start.x()) / 2)
        c1, c2 = QPointF(start.x() + dx, start.y()), QPointF(end.x() - dx, end.y())
        path = QPainterPath(start)
        path.cubicTo(c1, c2, end)
        self.prepareGeometryChange()
        self.setPath(path)
        self._bounds = path.boundingRect().adjusted(-12, -20, 12, 12)
        self.curve.setPath(path)
        self.arrow.setPath(arrow_head(end, math.radians(-path.angleAtPercent(1.0))))
        if self.handle is not None:
            self._place_handle(end)
        self._place_caption(start)

    def _place_handle(self, end: QPointF) -> None:
        if self.handle is None:
            self.handle = _Part(self)
        handle = QPainterPath()
        handle.addEllipse(end, 5, 5)
        self.handle.setPath(handle)

    def _place_caption(self, start: QPointF) -> None:
        text = self.label()
        if not text and self.caption is None:
            return
        if self.caption is None:
            self.caption = _Caption(self)
        self.caption.set_text(text, start)
        self._show_parts()

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())

    def boundingRect(self) -> QRectF:
        return self._bounds

    # ------------------------------------------------------------- drawing
    def set_drawn(self, drawn: bool, detailed: bool) -> None:
        """Far out the scene sketches edges itself (too thin to pick there, they are
        hidden); text goes when too small to read."""
        if (drawn, detailed) != (self._drawn, self._detailed):
            self._drawn, self._detailed = drawn, detailed
            self._show_parts()

    def _show_parts(self) -> None:
        self.setVisible(self._drawn)
        if self.handle is not None:
            self.handle.setVisible(self.isSelected())
        if self.caption is not None:
            self.caption.setVisible(self._drawn and self._detailed and bool(self.caption.text))

    def _restyle(self) -> None:
        selected = self.isSelected()
        self._styled_selected = selected
        curve, arrow, brush = _edge_style(selected, self._hover)
        if getattr(self, "_taken", False) and not selected:
            curve = QPen(QColor(MARK_COLOUR), 2.5)
        self.curve.setPen(curve)
        self.arrow.setPen(arrow)
        self.arrow.setBrush(brush)
        if selected and self.handle is None:
            self._place_handle(self.path().currentPosition())
        if self.handle is not None:
            self.handle.setPen(QPen(brush.color(), 1.5))
            self.handle.setBrush(palette().color(QPalette.ColorRole.Base))
        self._show_parts()

    def hoverEnterEvent(self, event: Any) -> None:
        self._hover = True
        self._restyle()

    def hoverLeaveEvent(self, event: Any) -> None:
        self._hover = False
        self._restyle()

    def set_taken(self, taken: bool) -> None:
        """On an instance's diagram: this connection is part of the path taken so far."""
        self._taken = taken
        self._restyle()

    def restyle(self) -> None:
        """Selected or not: the scene calls this when the selection changes."""
        if self.isSelected() != self._styled_selected:
            self._restyle()
