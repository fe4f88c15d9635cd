"""Graphics items for nodes, their output ports, and edges.

Items draw what the model says and report gestures to the scene; they never
change the model themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
ARROW = 9.0  # the arrowhead's length, drawn by the step it points at
LABELLED_BELOW = ("start", "end", "timer", "condition", "parallel", "join")  # small shapes
LABEL_WIDTH = 150.0  # their titles, written under them
NODE_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)
EDGE_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
)


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


@dataclass(slots=True)
class Port:
    """An output port: a dot on the step's right side, labelled with its outcome.

    Ports are drawn and hit-tested by their step, not items of their own: a design of
    a thousand steps would otherwise build and index thousands more items on opening.
    """

    node_item: NodeItem
    port: str
    label: str
    at: QPointF  # in the step's coordinates

    def scenePos(self) -> QPointF:
        return self.node_item.pos() + self.at  # steps are never turned or scaled

    def tooltip(self) -> str:
        return translate("Canvas", "Drag to connect “{0}” to the next step").format(self.label)


@dataclass(frozen=True, slots=True)
class _Geometry:
    """A step's body, bounds and port places: they depend only on its kind and outcomes.

    Steps of the same kind with the same outcomes share one, worked out once, so
    opening a design of a thousand steps measures a few dozen shapes, not a thousand.
    """

    body: QRectF
    bounds: QRectF
    ports: tuple[tuple[str, str, float, float], ...]  # port, label, x, y in the step
    input_x: float  # edges end here, at the body's left middle

    @classmethod
    def of(cls, kind: str, ports: tuple[str, ...], labels: tuple[str, ...]) -> _Geometry:
        key = (kind, ports, labels)
        found = _GEOMETRIES.get(key)
        if found is None:
            found = _GEOMETRIES[key] = cls._measure(kind, ports, labels)
        return found

    @staticmethod
    def _measure(kind: str, ports: tuple[str, ...], labels: tuple[str, ...]) -> _Geometry:
        w, h = NODE_SIZE[kind]
        body = QRectF(-w / 2, -h / 2, w, h)
        # the arrowhead sticks out on the left, ports and their outcomes on the right
        bounds = body.adjusted(-ARROW - 2, -10, PORT_RADIUS + 5, 6)
        places = []
        for index, (port, label) in enumerate(zip(ports, labels, strict=True)):
            y = 0.0
            if len(ports) > 1:
                span = h * 0.8 if kind == "condition" else h
                y = -span / 2 + span * (index + 1) / (len(ports) + 1)
            x = w / 2
            if kind in ("condition", "parallel", "join"):
                x = w / 2 - abs(y) * (w / h)  # on the diamond's edge
            places.append((port, label if port != "out" else "", x, y))
        reach = max(
            (x + 14 + _caption_layout(label)[1] for _, label, x, _ in places if label),
            default=0.0,
        )
        if reach > bounds.right():
            bounds.setRight(reach)
            bounds.setTop(min(bounds.top(), -h / 2 - _caption_layout("")[2] - 4))
        if kind in LABELLED_BELOW:  # the title under the shape (see _paint_label_below)
            line = QFontMetricsF(QApplication.font()).height()
            bounds = bounds.united(QRectF(-LABEL_WIDTH / 2, h / 2, LABEL_WIDTH, line + 4))
        return _Geometry(body, bounds, tuple(places), -w / 2)

    def offset(self, port: str) -> tuple[float, float]:
        for name, _label, x, y in self.ports:
            if name == port:
                return x, y
        return -self.input_x, 0.0  # the right middle


_GEOMETRIES: dict[tuple[str, tuple[str, ...], tuple[str, ...]], _Geometry] = {}


class NodeItem(_Hovered, QGraphicsItem):
    """One step on the canvas, drawn by kind: shape, accent colour and glyph."""

    _hover_port: str | None = None
    problem_count = 0
    marking: str | None = None  # "current" or "visited" on an instance's diagram
    _ports: dict[str, Port] | None = None  # made when first asked for (drawn, aimed at)

    def __init__(self, node: AnyNode, design: ProcessDesign) -> None:
        super().__init__()
        self.node = node
        self.design = design
        self.edges: list[EdgeItem] = []
        self._geometry = self._measure()
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.setPos(node.position.x, node.position.y)
        # No geometry-change callbacks: the scene tells a moved step's edges to
        # follow (see ``follow``), so building a thousand steps costs no calls back.
        self.setFlags(NODE_FLAGS)
        # Painted once per zoom into a picture Qt keeps: moving a step, or the view
        # past it, copies the picture instead of running the painting in Python again.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _measure(self) -> _Geometry:
        ports = self.node.output_ports()
        locale = self.design.properties.locale
        labels = tuple(outcome_words(self.node, port, locale) for port in ports)
        return _Geometry.of(self.node.kind, ports, labels)

    # ---------------------------------------------------------------- data
    @property
    def size(self) -> tuple[float, float]:
        return NODE_SIZE[self.node.kind]

    @property
    def _body(self) -> QRectF:
        return self._geometry.body

    @property
    def ports(self) -> dict[str, Port]:
        if self._ports is None:
            self._ports = {
                port: Port(self, port, label, QPointF(x, y))
                for port, label, x, y in self._geometry.ports
            }
        return self._ports

    def set_node(self, node: AnyNode) -> None:
        self.prepareGeometryChange()
        self.node = node
        self._geometry = self._measure()  # the outcomes may have changed, and with them the bounds
        self._ports = None
        self.setToolTip(self._tooltip())
        self.update()
        for edge in self.edges:
            edge.update_path()

    def port_at(self, local: QPointF) -> Port | None:
        """The port under a point in the step's coordinates (a little generous, to aim at)."""
        reach = (PORT_RADIUS + 4) ** 2
        for port in self.ports.values():
            dx, dy = local.x() - port.at.x(), local.y() - port.at.y()
            if dx * dx + dy * dy <= reach:
                return port
        return None

    def hoverMoveEvent(self, event: Any) -> None:
        port = self.port_at(event.pos())
        name = port.port if port is not None else None
        if name != self._hover_port:
            self._hover_port = name
            if port is not None:
                self.setCursor(Qt.CursorShape.CrossCursor)
                self.setToolTip(port.tooltip())
            else:
                self.unsetCursor()
                self.setToolTip(self._tooltip())
            self.update()

    def hoverEnterEvent(self, event: Any) -> None:
        self.setToolTip(self._tooltip())  # made when wanted, not for every step at opening
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: Any) -> None:
        self._hover_port = None
        self.unsetCursor()
        super().hoverLeaveEvent(event)

    def _tooltip(self) -> str:
        return (
            f"{kind_words(self.node)}: {self.node.title}"
            if self.node.title
            else kind_words(self.node)
        )

    def connected(self, port: str) -> bool:
        return any(edge.edge.port == port and edge.source is self for edge in self.edges)

    def input_point(self) -> QPointF:
        return self.pos() + QPointF(self._geometry.input_x, 0)

    def port_point(self, port: str) -> QPointF:
        return self.pos() + QPointF(*self._geometry.offset(port))

    def input_offset(self) -> float:
        """How far left of the step's centre its input is (edges end there)."""
        return self._geometry.input_x

    def port_offset(self, port: str) -> tuple[float, float]:
        """Where a port sits in the step, as plain numbers (edges are laid out from these)."""
        return self._geometry.offset(port)

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
        return self._geometry.bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        kind = self.node.kind
        if kind in ("start", "end", "timer"):
            path.addEllipse(self.body())
        elif kind in ("condition", "parallel", "join"):
            path = diamond(self.body())
        else:
            path.addRoundedRect(self.body(), 8, 8)
        for port in self.ports.values():  # so a press on a port's outer half finds the step
            path.addEllipse(port.at, PORT_RADIUS + 4, PORT_RADIUS + 4)
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
                band.setFillRule(Qt.FillRule.WindingFill)  # the two shapes overlap: fill both
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
        self._paint_ports(painter, color, pal)
        self._paint_arrow(painter)
        if lod < DETAIL_LIMIT:
            return
        self._paint_captions(painter, pal)
        glyph = TASK_GLYPHS[node.task] if isinstance(node, TaskNode) else GLYPHS.get(kind, "dot")
        if kind in LABELLED_BELOW:
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

    def _paint_arrow(self, painter: QPainter) -> None:
        """One arrowhead at the input for all incoming edges (they all end level here)."""
        incoming = [edge for edge in self.edges if edge.target is self and edge.isVisible()]
        if not incoming:
            return
        chosen = next((e for e in incoming if e.isSelected()), incoming[0])
        colour = chosen.colour()
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(colour)
        painter.drawPath(_ARROW.translated(-self._body.width() / 2, 0))

    def _paint_captions(self, painter: QPainter, pal: QPalette) -> None:
        """Each connected outcome's name on a pale tag just after its port."""
        font = _caption_font()[0]
        back = QColor(pal.color(QPalette.ColorRole.Window))
        back.setAlpha(220)
        text_colour = pal.color(QPalette.ColorRole.Text)
        for name, port in self.ports.items():
            if not port.label or not self.connected(name):
                continue
            shown, width, height = _caption_layout(port.label)
            box = QRectF(port.at.x() + 8, port.at.y() - height - 2, width + 6, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(back)
            painter.drawRoundedRect(box, 3, 3)
            painter.setFont(font)
            painter.setPen(text_colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)

    def _paint_ports(self, painter: QPainter, color: QColor, pal: QPalette) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, 1.5))
        for name, port in self.ports.items():
            hover = name == self._hover_port
            painter.setBrush(
                color if hover or self.connected(name) else pal.color(QPalette.ColorRole.Base)
            )
            radius = PORT_RADIUS + (1.5 if hover else 0)
            painter.drawEllipse(port.at, radius, radius)

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
        width = LABEL_WIDTH
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
    """The small font of edge captions (the application's font is chosen once, at start)."""
    if "font" not in _CAPTION_FONTS:
        font = QFont(QApplication.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() - 1))
        _CAPTION_FONTS["font"] = (font, QFontMetricsF(font))
    return _CAPTION_FONTS["font"]


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


_LAYOUTS: dict[str, tuple[str, float, float]] = {}


def _caption_layout(text: str) -> tuple[str, float, float]:
    """A caption's shown text, width and height: the same few outcomes recur on every edge."""
    if text not in _LAYOUTS:
        metrics = _caption_font()[1]
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, 110)
        _LAYOUTS[text] = (shown, metrics.horizontalAdvance(shown), metrics.height())
    return _LAYOUTS[text]


def _shape(build: Any) -> QPainterPath:
    path = QPainterPath()
    build(path)
    return path


_ARROW = arrow_head(QPointF(0, 0), 0.0)  # pointing right, the tip at the origin
_HANDLE = _shape(lambda path: path.addEllipse(QPointF(0, 0), 5, 5))


class _Part(QGraphicsPathItem):
    """A piece of an edge that Qt draws by itself; clicks and hovers belong to the edge."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def contains(self, point: QPointF) -> bool:  # the pointer finds the edge, not its parts
        return False


class EdgeItem(_Hovered, QGraphicsPathItem):
    """A smooth curve from an outcome port to the next step.

    The edge itself draws nothing: its curve (and, while selected, the handle to
    drag its end) are child items Qt paints without calling Python, so a design
    with hundreds of long edges crossing the view repaints within a frame. Its
    arrowhead and outcome are drawn by the steps at its ends: every edge ends level
    at its target's input, so one arrowhead there serves them all, and the outcome
    is its port's. The edge keeps the shape for clicks, hover and selection.
    """

    handle: _Part | None = None  # the end to drag elsewhere, made when first selected
    _drawn = True
    _taken = False
    _styled_selected = False

    def __init__(self, edge: Edge, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.edge = edge
        self.source = source
        self.target = target
        self.setFlags(EDGE_FLAGS)
        self.setAcceptHoverEvents(True)
        self.curve = _Part(self)
        self.curve.setPen(_edge_style(False, False)[0])
        source.edges.append(self)
        target.edges.append(self)
        self.update_path(new=True)

    def detach(self) -> None:
        for node in (self.source, self.target):
            if self in node.edges:
                node.edges.remove(self)

    def end_point(self) -> QPointF:
        return self.target.input_point()

    def update_path(self, new: bool = False) -> None:
        """Lay the curve out again from where its steps stand (in plain numbers: opening a
        design lays out every edge, and each Qt value made on the way costs a call)."""
        source, target = self.source, self.target
        port_x, port_y = source.port_offset(self.edge.port)
        sx, sy = source.x() + port_x, source.y() + port_y
        ex, ey = target.x() + target.input_offset(), target.y()
        dx = max(40.0, abs(ex - sx) / 2)
        path = QPainterPath(QPointF(sx, sy))
        path.cubicTo(sx + dx, sy, ex - dx, ey, ex, ey)
        if not new:  # a new edge is not in the index yet: nothing to update
            self.prepareGeometryChange()
        self._path = path  # kept here: the edge draws nothing itself, its curve does
        # the curve stays within its control points; the margin is for the pointer
        left, right = min(sx, ex - dx), max(sx + dx, ex)
        top, bottom = min(sy, ey), max(sy, ey)
        self._bounds = QRectF(left - 12, top - 12, right - left + 24, bottom - top + 24)
        self.curve.setPath(path)
        if self.handle is not None:
            self.handle.setPos(ex, ey)

    def path(self) -> QPainterPath:
        return self._path

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self._path)

    def boundingRect(self) -> QRectF:
        return self._bounds

    # ------------------------------------------------------------- drawing
    def set_drawn(self, drawn: bool) -> None:
        """Far out the scene sketches edges itself (too thin to pick there, they are hidden)."""
        if drawn != self._drawn:
            self._drawn = drawn
            self.setVisible(drawn)

    def colour(self) -> QColor:
        """The edge's colour now: its arrowhead, drawn by its target, takes it too."""
        return _edge_style(self.isSelected(), False)[1].color()

    def _restyle(self) -> None:
        selected = self.isSelected()
        self._styled_selected = selected
        curve, _arrow, brush = _edge_style(selected, self._hover)
        if self._taken and not selected:
            curve = QPen(QColor(MARK_COLOUR), 2.5)
        self.curve.setPen(curve)
        if selected and self.handle is None:
            self.handle = _Part(self)
            self.handle.setPath(_HANDLE)
            self.handle.setPos(self.path().currentPosition())
        if self.handle is not None:
            self.handle.setPen(QPen(brush.color(), 1.5))
            self.handle.setBrush(palette().color(QPalette.ColorRole.Base))
            self.handle.setVisible(selected)
        self.target.update()  # the arrowhead follows the edge's colour

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
