"""The board: a process's stages as columns, its cases as cards, refreshed when anyone acts.

One list model and one delegate per column; no widget per card, so a process
with tens of thousands of cases scrolls like a short one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from bpdesk.services import BoardCard, BoardColumn, BoardFilter, BoardView
from bpdesk.ui.workspace.session import Session, error_text

CardRole = Qt.ItemDataRole.UserRole + 1
LAST_PROCESS = "board/process"
SEARCH_DELAY_MS = 300
CARD_HEIGHT = 96
COLUMN_WIDTH = 250


def initials(name: str) -> str:
    parts = [part for part in name.replace("(", " ").split() if part[:1].isalpha()]
    return "".join(part[0] for part in parts[:2]).upper() or "?"


def person_colour(login: str) -> QColor:
    """The same colour for the same person everywhere."""
    hue = sum(ord(ch) * 31 for ch in login) % 360
    return QColor.fromHsl(hue, 140, 110)


class CardModel(QAbstractListModel):
    """A column's cards: the first page comes with the board, the rest as the list scrolls."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[BoardCard] = []
        self.total = 0
        self.more: Callable[[int], list[BoardCard]] | None = None  # offset -> next cards

    def set_cards(
        self, cards: list[BoardCard], total: int, more: Callable[[int], list[BoardCard]]
    ) -> None:
        self.beginResetModel()
        self.cards, self.total, self.more = list(cards), total, more
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more is not None and len(self.cards) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.more is None or parent.isValid():
            return
        cards = self.more(len(self.cards))
        if not cards:
            self.total = len(self.cards)  # fewer than counted: cases moved meanwhile
            return
        self.beginInsertRows(QModelIndex(), len(self.cards), len(self.cards) + len(cards) - 1)
        self.cards.extend(cards)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        card = self.cards[index.row()]
        if role == CardRole:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            task = f" — {card.task}, {card.assignee_name}" if card.task else ""
            return f"№{card.number} {card.title}{task}"
        return None


class CardDelegate(QStyledItemDelegate):
    """A card: title (two lines at most), current task with its assignee's initials, days pill."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(COLUMN_WIDTH - 40, CARD_HEIGHT)  # room for the column's scroll bar

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card: BoardCard = index.data(CardRole)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = QRectF(option.rect).adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(border)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(body, 6, 6)
        inner = body.adjusted(10, 8, -10, -8).toRect()
        metrics = option.fontMetrics
        line = metrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title_rect = QRect(inner.left(), inner.top(), inner.width(), line * 2)
        title = f"№{card.number} {card.title}"
        painter.drawText(
            title_rect,
            int(Qt.TextFlag.TextWordWrap),
            painter.fontMetrics().elidedText(
                title, Qt.TextElideMode.ElideRight, inner.width() * 2 - 20
            ),
        )
        painter.setFont(option.font)
        bottom = inner.bottom() - line
        if card.assignee:
            circle = QRectF(inner.left(), bottom - 2, line + 4, line + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(person_colour(card.assignee))
            painter.drawEllipse(circle)
            small = QFont(option.font)
            small.setPointSizeF(max(6.0, small.pointSizeF() - 2))
            small.setBold(True)
            painter.setFont(small)
            painter.setPen(QColor("white"))
            painter.drawText(
                circle, int(Qt.AlignmentFlag.AlignCenter), initials(card.assignee_name or "")
            )
            painter.setFont(option.font)
        pill_text = f"{card.days_in_stage} d"
        pill_width = metrics.horizontalAdvance(pill_text) + 12
        pill = QRectF(inner.right() - pill_width, bottom - 1, pill_width, line + 2)
        if card.column in ("success", "rejected", "cancelled"):
            pill_text = card.finished_at.astimezone().strftime("%d.%m") if card.finished_at else ""
            pill_width = metrics.horizontalAdvance(pill_text) + 12
            pill = QRectF(inner.right() - pill_width, bottom - 1, pill_width, line + 2)
            colour = palette.color(QPalette.ColorRole.Mid)
        elif card.sla_days and card.days_in_stage > card.sla_days:
            colour = QColor("#dc2626")
        elif card.sla_days and card.days_in_stage >= card.sla_days * 0.8:
            colour = QColor("#d97706")
        else:
            colour = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(
            QColor("white") if colour.lightness() < 160 else palette.color(QPalette.ColorRole.Text)
        )
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), pill_text)
        if card.task:
            left = inner.left() + (line + 10 if card.assignee else 0)
            width = int(pill.left()) - left - 6
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRect(left, bottom, width, line),
                0,
                metrics.elidedText(card.task, Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()


class ColumnView(QFrame):
    """One stage (or result): its title and count, and its cards."""

    opened = Signal(str)

    def __init__(self, column: BoardColumn, title: str) -> None:
        super().__init__()
        self.column = column
        self.title = title
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.header = QLabel()
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        layout.addWidget(self.header)
        self.model = CardModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(title)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        layout.addWidget(self.view, 1)

    def set_cards(
        self, cards: list[BoardCard], total: int, more: Callable[[int], list[BoardCard]]
    ) -> None:
        self.model.set_cards(cards, total, more)
        self.header.setText(f"{self.title}  ·  {total}")

    def _open(self, index: QModelIndex) -> None:
        card = index.data(CardRole)
        if card is not None:
            self.opened.emit(card.instance_id)


class BoardPage(QWidget):
    opened = Signal(str)  # an instance id to show

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.board: BoardView | None = None
        self.columns: dict[str, ColumnView] = {}
        layout = QVBoxLayout(self)
        self._typed = QTimer(self)  # search once the person pauses typing
        self._typed.setSingleShot(True)
        self._typed.setInterval(SEARCH_DELAY_MS)
        self._typed.timeout.connect(self.reload)
        bar = QHBoxLayout()
        self.process = QComboBox()
        self.process.setAccessibleName(self.tr("Process"))
        self.process.activated.connect(self._process_chosen)
        bar.addWidget(QLabel(self.tr("Process")))
        bar.addWidget(self.process)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by title or number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._typed.start)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        bar.addWidget(self.search, 1)
        self.assignee = QComboBox()
        self.assignee.setAccessibleName(self.tr("Assignee"))
        self.assignee.activated.connect(lambda _i: self.reload())
        self.initiator = QComboBox()
        self.initiator.setAccessibleName(self.tr("Initiator"))
        self.initiator.activated.connect(lambda _i: self.reload())
        for box in (self.assignee, self.initiator):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(14)
            bar.addWidget(box)
        layout.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.notice = QLabel()
        self.notice.setEnabled(False)
        layout.addWidget(self.notice)
        self.fill_processes()

    def _process_chosen(self, _index: int) -> None:
        QSettings().setValue(LAST_PROCESS, self.process.currentData())
        self.reload()

    def fill_processes(self) -> None:
        current = self.process.currentData() or QSettings().value(LAST_PROCESS)
        self.process.clear()
        seen = set()
        for version in self.session.services.published():
            if version["design_key"] not in seen:
                seen.add(version["design_key"])
                self.process.addItem(version["name"], version["design_key"])
        index = self.process.findData(current)
        self.process.setCurrentIndex(max(index, 0))

    def choose(self, design_key: str, *, wait: bool = False) -> None:
        index = self.process.findData(design_key)
        if index >= 0:
            self.process.setCurrentIndex(index)
            self.reload(wait=wait)

    def current_filter(self) -> BoardFilter:
        return BoardFilter(
            self.search.text().strip(), self.assignee.currentData(), self.initiator.currentData()
        )

    def reload(self, *, wait: bool = False) -> None:
        """Read the board again (off the UI thread unless ``wait``)."""
        key = self.process.currentData()
        if not key:
            self._message(self.tr("Nothing is published yet: publish a process in the designer."))
            return
        where = self.current_filter()
        services = self.session.services
        if wait:
            self._show(services.board(key, where), where)
        else:
            self.session.later(
                lambda: services.board(key, where),
                lambda board: self._show(board, where),
                self._failed,
            )

    def _failed(self, error: BaseException) -> None:
        self.notice.setText(error_text(error))

    def _message(self, text: str) -> None:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        self.scroll.setWidget(label)
        self.columns = {}

    def _show(self, board: BoardView, where: BoardFilter) -> None:
        if board.design_key != self.process.currentData() or where != self.current_filter():
            return  # the person chose another process or filter meanwhile
        same = self.board is not None and [c.key for c in self.board.columns] == [
            c.key for c in board.columns
        ]
        self.board = board
        if not same or not self.columns:
            host = QWidget()
            row = QHBoxLayout(host)
            row.setAlignment(Qt.AlignmentFlag.AlignLeft)
            self.columns = {}
            finals = {
                "success": self.tr("Done"),
                "rejected": self.tr("Rejected"),
                "cancelled": self.tr("Cancelled"),
                "_start": self.tr("Starting"),
            }
            for column in board.columns:
                view = ColumnView(column, finals.get(column.key, column.title))
                view.opened.connect(self.opened)
                row.addWidget(view)
                self.columns[column.key] = view
            self.scroll.setWidget(host)
        services = self.session.services
        for key, view in self.columns.items():

            def more(offset: int, column: str = key) -> list[BoardCard]:
                return services.board_cards(board.design_key, column, where, offset)

            view.set_cards(board.cards.get(key, []), board.counts.get(key, 0), more)
        self._fill_people(board)
        total = sum(board.counts.values())
        self.notice.setText(
            self.tr("{0} cases").format(total)
            if total
            else self.tr("No cases here yet: start one from the Start page.")
        )

    def _fill_people(self, board: BoardView) -> None:
        for box, everyone, pairs in (
            (self.assignee, self.tr("Any assignee"), board.assignees),
            (self.initiator, self.tr("Any initiator"), board.initiators),
        ):
            current = box.currentData()
            box.clear()
            box.addItem(everyone, None)
            for login, name in pairs:
                box.addItem(name, login)
            box.setCurrentIndex(max(box.findData(current), 0))

    def column_of(self, instance_id: str) -> str | None:
        """Which column shows the case (tests and keyboard navigation)."""
        for key, view in self.columns.items():
            if any(card.instance_id == instance_id for card in view.model.cards):
                return key
        return None
