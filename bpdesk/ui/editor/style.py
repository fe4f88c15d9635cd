"""How each node kind looks: colour, shape and glyph, so kinds differ by all three.

Colours are accents only; text and fills come from the application palette so
light and dark themes both work.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

ACCENT: dict[str, str] = {
    "start": "#16a34a",
    "stage": "#2563eb",
    "task": "#d97706",
    "condition": "#7c3aed",
    "parallel": "#0891b2",
    "join": "#0891b2",
    "action": "#db2777",
    "timer": "#4f46e5",
    "end": "#16a34a",
}
END_ACCENT = {"success": "#16a34a", "rejected": "#dc2626", "cancelled": "#6b7280"}


def accent(kind: str, result: str | None = None) -> QColor:
    if kind == "end" and result:
        return QColor(END_ACCENT.get(result, ACCENT["end"]))
    return QColor(ACCENT[kind])


def draw_glyph(painter: QPainter, name: str, box: QRectF, color: QColor) -> None:
    """Small vector icons, drawn rather than taken from a font so every machine shows them."""
    painter.save()
    pen = QPen(
        color,
        max(1.5, box.width() / 9),
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    c = box.center()
    r = min(box.width(), box.height()) / 2
    if name == "play":
        path = QPainterPath(QPointF(c.x() - r * 0.45, c.y() - r * 0.6))
        path.lineTo(c.x() + r * 0.6, c.y())
        path.lineTo(c.x() - r * 0.45, c.y() + r * 0.6)
        path.closeSubpath()
        painter.setBrush(color)
        painter.drawPath(path)
    elif name == "stop":
        painter.setBrush(color)
        painter.drawRect(QRectF(c.x() - r * 0.45, c.y() - r * 0.45, r * 0.9, r * 0.9))
    elif name == "check":
        path = QPainterPath(QPointF(c.x() - r * 0.6, c.y()))
        path.lineTo(c.x() - r * 0.15, c.y() + r * 0.5)
        path.lineTo(c.x() + r * 0.65, c.y() - r * 0.5)
        painter.drawPath(path)
    elif name == "question":
        painter.drawArc(
            QRectF(c.x() - r * 0.45, c.y() - r * 0.8, r * 0.9, r * 0.8), 160 * 16, -250 * 16
        )
        painter.drawLine(QPointF(c.x(), c.y()), QPointF(c.x(), c.y() + r * 0.25))
        painter.drawPoint(QPointF(c.x(), c.y() + r * 0.65))
    elif name == "eye":
        path = QPainterPath(QPointF(c.x() - r * 0.8, c.y()))
        path.quadTo(QPointF(c.x(), c.y() - r * 0.8), QPointF(c.x() + r * 0.8, c.y()))
        path.quadTo(QPointF(c.x(), c.y() + r * 0.8), QPointF(c.x() - r * 0.8, c.y()))
        painter.drawPath(path)
        painter.drawEllipse(c, r * 0.18, r * 0.18)
    elif name == "list":
        for dy in (-0.45, 0.0, 0.45):
            painter.drawLine(
                QPointF(c.x() - r * 0.6, c.y() + r * dy), QPointF(c.x() + r * 0.6, c.y() + r * dy)
            )
    elif name == "branch":
        painter.drawLine(QPointF(c.x() - r * 0.6, c.y()), QPointF(c.x(), c.y()))
        painter.drawLine(QPointF(c.x(), c.y()), QPointF(c.x() + r * 0.6, c.y() - r * 0.5))
        painter.drawLine(QPointF(c.x(), c.y()), QPointF(c.x() + r * 0.6, c.y() + r * 0.5))
    elif name == "plus":
        painter.drawLine(QPointF(c.x() - r * 0.55, c.y()), QPointF(c.x() + r * 0.55, c.y()))
        painter.drawLine(QPointF(c.x(), c.y() - r * 0.55), QPointF(c.x(), c.y() + r * 0.55))
    elif name == "merge":
        painter.drawLine(QPointF(c.x() - r * 0.6, c.y() - r * 0.5), QPointF(c.x(), c.y()))
        painter.drawLine(QPointF(c.x() - r * 0.6, c.y() + r * 0.5), QPointF(c.x(), c.y()))
        painter.drawLine(QPointF(c.x(), c.y()), QPointF(c.x() + r * 0.6, c.y()))
    elif name == "bolt":
        path = QPainterPath(QPointF(c.x() + r * 0.2, c.y() - r * 0.8))
        path.lineTo(c.x() - r * 0.4, c.y() + r * 0.1)
        path.lineTo(c.x() + r * 0.05, c.y() + r * 0.1)
        path.lineTo(c.x() - r * 0.2, c.y() + r * 0.8)
        path.lineTo(c.x() + r * 0.45, c.y() - r * 0.15)
        path.lineTo(c.x(), c.y() - r * 0.15)
        path.closeSubpath()
        painter.setBrush(color)
        painter.drawPath(path)
    elif name == "clock":
        painter.drawEllipse(c, r * 0.75, r * 0.75)
        painter.drawLine(c, QPointF(c.x(), c.y() - r * 0.45))
        painter.drawLine(c, QPointF(c.x() + r * 0.35, c.y()))
    elif name == "flag":
        painter.drawLine(
            QPointF(c.x() - r * 0.45, c.y() + r * 0.75), QPointF(c.x() - r * 0.45, c.y() - r * 0.7)
        )
        path = QPainterPath(QPointF(c.x() - r * 0.45, c.y() - r * 0.7))
        path.lineTo(c.x() + r * 0.55, c.y() - r * 0.45)
        path.lineTo(c.x() - r * 0.45, c.y() - r * 0.15)
        painter.setBrush(color)
        painter.drawPath(path)
    elif name == "mail":
        box2 = QRectF(c.x() - r * 0.7, c.y() - r * 0.45, r * 1.4, r * 0.9)
        painter.drawRect(box2)
        painter.drawLine(box2.topLeft(), QPointF(c.x(), c.y() + r * 0.05))
        painter.drawLine(box2.topRight(), QPointF(c.x(), c.y() + r * 0.05))
    else:  # a dot, never nothing
        painter.setBrush(color)
        painter.drawEllipse(c, r * 0.3, r * 0.3)
    painter.restore()


GLYPHS: dict[str, str] = {
    "start": "play",
    "stage": "flag",
    "condition": "question",
    "parallel": "plus",
    "join": "merge",
    "action": "bolt",
    "timer": "clock",
    "end": "stop",
}
TASK_GLYPHS = {
    "approve": "check",
    "request_info": "list",
    "acknowledge": "eye",
    "todo": "check",
    "choice": "branch",
}


def diamond(rect: QRectF) -> QPainterPath:
    path = QPainterPath(QPointF(rect.center().x(), rect.top()))
    path.lineTo(rect.right(), rect.center().y())
    path.lineTo(rect.center().x(), rect.bottom())
    path.lineTo(rect.left(), rect.center().y())
    path.closeSubpath()
    return path


def arrow_head(tip: QPointF, angle: float, size: float = 9.0) -> QPainterPath:
    path = QPainterPath(tip)
    for side in (-1, 1):
        a = angle + math.pi + side * 0.45
        path.lineTo(tip.x() + size * math.cos(a), tip.y() + size * math.sin(a))
    path.closeSubpath()
    return path
