"""Today's tiles: one per attention group — its count large, coloured by how urgent it is,
its first few entries under it. The arrow keys move between the lines of a tile and from
tile to tile (Tab too); Enter or a click opens the line's record, or the group's workspace.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from deskapp.domain.today import AttentionGroup, Entry, Urgency

# How urgent, as a colour the eye finds across the room (the lists' own tints, deeper).
URGENCY_COLOUR = {
    Urgency.NORMAL: QColor("#5b7db1"),
    Urgency.ATTENTION: QColor("#d98e04"),
    Urgency.OVERDUE: QColor("#c62828"),
}
URGENCY_TINT = {
    Urgency.NORMAL: QColor("#f4f7fb"),
    Urgency.ATTENTION: QColor("#fff6e0"),
    Urgency.OVERDUE: QColor("#fdecea"),
}
QUIET = QColor("#8a8a8a")
TEXT = QColor("#262626")
BAND = 6  # the coloured band on the tile's left edge
PAD = 8
HEADER_ROW = -1  # the tile itself (its title and count), not one of its entries


class AttentionTile(QWidget):
    """One group. Its lines are the header (the group: opens its workspace) and its
    entries (each opens its record).

    Signals:
        activated(object, object): the group and the entry chosen (None: the header).
        leave(int, int): the arrow keys went past an edge: columns and rows to move.
    """

    activated = Signal(object, object)
    leave = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.group: AttentionGroup | None = None
        self.row = HEADER_ROW
        self._empty_text = ""

    # --- Content
    def set_group(self, group: AttentionGroup, empty_text: str) -> None:
        """Show ``group``; ``empty_text`` is the line shown when it lists nothing."""
        self.group = group
        self._empty_text = empty_text
        self.row = min(self.row, len(group.entries) - 1)
        self.setAccessibleName(f"{group.title}: {group.big_text}")
        self.updateGeometry()
        self.update()

    def current_entry(self) -> Entry | None:
        """The entry the cursor is on (None: the header)."""
        if self.group is None or self.row == HEADER_ROW:
            return None
        return self.group.entries[self.row]

    def activate(self) -> None:
        """Open what the cursor is on."""
        if self.group is not None:
            self.activated.emit(self.group, self.current_entry())

    # --- Geometry
    def _line(self) -> float:
        return QFontMetricsF(self.font()).height() + 4

    def _big_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(18.0, self.font().pointSizeF() * 2))
        font.setBold(True)
        return font

    def _header_height(self) -> float:
        return QFontMetricsF(self._big_font()).height() + 2 * PAD

    def sizeHint(self) -> QSize:  # noqa: N802
        lines = max(1, len(self.group.entries) if self.group else 1)
        return QSize(260, int(self._header_height() + lines * self._line() + PAD))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(180, self.sizeHint().height())

    def _row_rect(self, row: int) -> QRectF:
        if row == HEADER_ROW:
            return QRectF(BAND, 0, self.width() - BAND, self._header_height())
        top = self._header_height() + row * self._line()
        return QRectF(BAND, top, self.width() - BAND, self._line())

    def _row_at(self, y: float) -> int:
        if self.group is None or y < self._header_height():
            return HEADER_ROW
        row = int((y - self._header_height()) // self._line())
        return row if 0 <= row < len(self.group.entries) else HEADER_ROW

    # --- Painting
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        group = self.group
        urgency = group.urgency if group and group.count else Urgency.NORMAL
        painter.fillRect(self.rect(), URGENCY_TINT[urgency] if group and group.count
                         else self.palette().base().color())
        painter.fillRect(0, 0, BAND, self.height(),
                         URGENCY_COLOUR[urgency] if group and group.count else QUIET)
        if group is None:
            painter.end()
            return
        if self.hasFocus():
            painter.fillRect(self._row_rect(self.row), self.palette().highlight().color()
                             .lighter(180))
        big = self._big_font()
        big_metrics = QFontMetricsF(big)
        figure = group.big_text
        figure_width = big_metrics.horizontalAdvance(figure)
        header = self._row_rect(HEADER_ROW).adjusted(PAD, PAD / 2, -PAD, -PAD / 2)
        painter.setFont(big)
        painter.setPen(URGENCY_COLOUR[urgency] if group.count else QUIET)
        painter.drawText(header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         figure)
        text_width = header.width() - figure_width - PAD
        title_font = QFont(self.font())
        title_font.setBold(True)
        metrics = QFontMetricsF(self.font())
        painter.setFont(title_font)
        painter.setPen(TEXT)
        half = header.height() / 2
        title_rect = QRectF(header.left(), header.top(), text_width,
                            half if group.note else header.height())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(title_font).elidedText(
                             group.title, Qt.TextElideMode.ElideRight, text_width))
        if group.note:
            painter.setFont(self.font())
            painter.setPen(URGENCY_COLOUR[urgency])
            painter.drawText(QRectF(header.left(), header.top() + half, text_width, half),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(group.note, Qt.TextElideMode.ElideRight,
                                                text_width))
        painter.setFont(self.font())
        painter.setPen(QPen(QColor("#dddddd")))
        painter.drawLine(BAND + PAD, int(self._header_height()), self.width() - PAD,
                         int(self._header_height()))
        if not group.entries:
            painter.setPen(QUIET)
            painter.drawText(self._row_rect(0).adjusted(PAD, 0, -PAD, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             group.empty or self._empty_text)
        for row, entry in enumerate(group.entries):
            rect = self._row_rect(row).adjusted(PAD, 0, -PAD, 0)
            dot = 6.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(URGENCY_COLOUR[entry.urgency])
            painter.drawEllipse(QRectF(rect.left(), rect.center().y() - dot / 2, dot, dot))
            aside_width = metrics.horizontalAdvance(entry.aside) + 8 if entry.aside else 0
            if entry.aside:
                painter.setPen(URGENCY_COLOUR[entry.urgency]
                               if entry.urgency is not Urgency.NORMAL else QUIET)
                painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 entry.aside)
            painter.setPen(TEXT)
            text_rect = rect.adjusted(dot + 6, 0, -aside_width, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(entry.text, Qt.TextElideMode.ElideRight,
                                                text_rect.width()))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    # --- Keys and the mouse
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        last = len(self.group.entries) - 1 if self.group else -1
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
        elif key == Qt.Key.Key_Down:
            if self.row < last:
                self._move_to(self.row + 1)
            else:
                self.leave.emit(0, 1)
        elif key == Qt.Key.Key_Up:
            if self.row > HEADER_ROW:
                self._move_to(self.row - 1)
            else:
                self.leave.emit(0, -1)
        elif key == Qt.Key.Key_Left:
            self.leave.emit(-1, 0)
        elif key == Qt.Key.Key_Right:
            self.leave.emit(1, 0)
        elif key == Qt.Key.Key_Home:
            self._move_to(HEADER_ROW)
        elif key == Qt.Key.Key_End:
            self._move_to(last)
        else:
            super().keyPressEvent(event)

    def _move_to(self, row: int) -> None:
        self.row = row
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._move_to(self._row_at(event.position().y()))
            self.activate()
        else:
            super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()


class TileGrid(QWidget):
    """The tiles in rows of ``columns``; the arrows carry the cursor across tiles.

    Signals:
        activated(object, object): a tile's group and entry (None: its header) chosen.
    """

    activated = Signal(object, object)

    def __init__(self, columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.tiles: list[AttentionTile] = []

    def set_groups(self, groups: Sequence[AttentionGroup], empty_text: str) -> None:
        """One tile per group, in order (tiles are kept and refilled: the cursor stays)."""
        while len(self.tiles) < len(groups):
            tile = AttentionTile(self)
            tile.activated.connect(self.activated)
            tile.leave.connect(lambda dx, dy, t=tile: self._leave(t, dx, dy))
            index = len(self.tiles)
            self._layout.addWidget(tile, index // self._columns, index % self._columns)
            if self.tiles:
                QWidget.setTabOrder(self.tiles[-1], tile)
            self.tiles.append(tile)
        while len(self.tiles) > len(groups):
            tile = self.tiles.pop()
            self._layout.removeWidget(tile)
            tile.deleteLater()
        for tile, group in zip(self.tiles, groups, strict=True):
            tile.set_group(group, empty_text)

    def tile(self, key: str) -> AttentionTile | None:
        """The tile of the group named ``key``."""
        return next((t for t in self.tiles if t.group and t.group.key == key), None)

    def _leave(self, tile: AttentionTile, dx: int, dy: int) -> None:
        """Move the cursor from ``tile`` to its neighbour (left, right: same row only); going
        up it lands on the neighbour's last line, otherwise on its header."""
        index = self.tiles.index(tile)
        target = index + dx + dy * self._columns
        same_row = target // self._columns == index // self._columns
        if not (0 <= target < len(self.tiles) and (dy or same_row)):
            return
        chosen = self.tiles[target]
        entries = len(chosen.group.entries) if chosen.group else 0
        chosen.row = entries - 1 if dy < 0 and entries else HEADER_ROW
        chosen.setFocus(Qt.FocusReason.OtherFocusReason)
