"""The cabinet at a glance: one tile per hook, in the cabinet's order, coloured by where the
keys are — in, out (with whom, since when), overdue, partly back, lost. Arrow keys move
between hooks; typing a unit or tag in the tab's box narrows the board."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from deskapp.domain.clock import Clock
from deskapp.domain.keys.records import KeyState
from deskapp.domain.keys.rows import BoardEntry
from deskapp.i18n import fill, translate

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
TILE = QSize(168, 92)

# Where the keys are, as a colour the eye finds across the room.
IN_COLOUR = QColor("#e3f2e1")
OUT_COLOUR = QColor("#fff1c2")
OVERDUE_COLOUR = QColor("#f7c9c6")
LOST_COLOUR = QColor("#dddddd")
FLAG_PEN = QColor("#d9730d")

Index = QModelIndex | QPersistentModelIndex


class Look:
    """What a tile says and how it is coloured, in words the counter uses."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def when(self, moment: dt.datetime) -> str:
        local = self._clock.local(moment)
        return local.strftime("%H:%M") if local.date() == self._clock.today() \
            else local.strftime("%m-%d %H:%M")

    def overdue(self, entry: BoardEntry) -> bool:
        return entry.overdue(self._clock.now())

    def colour(self, entry: BoardEntry) -> QColor:
        state = entry.key_set.state
        if state is KeyState.LOST:
            return LOST_COLOUR
        if self.overdue(entry):
            return OVERDUE_COLOUR
        if state is KeyState.OUT or entry.loan is not None:
            return OUT_COLOUR
        return IN_COLOUR

    def status(self, entry: BoardEntry) -> str:
        """Where the keys are, in one line (the list's words, a screen reader's)."""
        return " · ".join(part for part in self.status_lines(entry) if part)

    def status_lines(self, entry: BoardEntry) -> tuple[str, str]:
        """The tile's last two lines: where the keys are, and since or until when."""
        key_set, loan = entry.key_set, entry.loan
        if key_set.state is KeyState.LOST:
            return translate("KeyBoard", "Lost"), ""
        if loan is not None and key_set.partly_back:
            return (fill(translate("KeyBoard", "Back, %1 still with %2"), loan.outstanding,
                         loan.borrower_name),
                    fill(translate("KeyBoard", "due %1"), self.when(loan.expected_back)))
        if loan is not None and self.overdue(entry):
            return (fill(translate("KeyBoard", "Overdue: %1"), loan.borrower_name),
                    fill(translate("KeyBoard", "due %1"), self.when(loan.expected_back)))
        if loan is not None:
            return (fill(translate("KeyBoard", "Out: %1"), loan.borrower_name),
                    fill(translate("KeyBoard", "since %1"), self.when(loan.out_at)))
        if key_set.keys_lost:
            return fill(translate("KeyBoard", "In, %1 of %2 keys lost"), key_set.keys_lost,
                        key_set.key_count), ""
        return QCoreApplication.translate("KeyBoard", "In · %n key(s)", None,
                                          key_set.keys_in_cabinet), ""

    def tooltip(self, entry: BoardEntry) -> str:
        key_set, loan = entry.key_set, entry.loan
        lines = [fill(translate("KeyBoard", "%1 · hook %2 · %3"), key_set.tag,
                      key_set.hook or "—", key_set.unit_label),
                 key_set.kind.label(), self.status(entry)]
        if loan is not None:
            lines.append(fill(translate("KeyBoard", "Slip %1 · %2 · expected back %3"),
                              loan.number, loan.purpose.label(),
                              self.when(loan.expected_back)))
        if key_set.notes:
            lines.append(key_set.notes)
        return "\n".join(lines)


class KeyBoardModel(QAbstractListModel):
    """The board's tiles: the sets in the desk's care, narrowed by what was typed."""

    def __init__(self, look: Look, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._look = look
        self._all: list[BoardEntry] = []
        self._shown: list[BoardEntry] = []
        self._text = ""

    def set_entries(self, entries: list[BoardEntry]) -> None:
        self.beginResetModel()
        self._all = entries
        self._shown = self._narrowed()
        self.endResetModel()

    def narrow(self, text: str) -> None:
        """Only the sets whose tag, hook, unit or borrower contains ``text``."""
        self.beginResetModel()
        self._text = text.strip().casefold()
        self._shown = self._narrowed()
        self.endResetModel()

    def _narrowed(self) -> list[BoardEntry]:
        if not self._text:
            return list(self._all)
        return [e for e in self._all if self._text in " ".join((
            e.key_set.tag, e.key_set.hook, e.key_set.unit_label,
            e.loan.borrower_name if e.loan else "")).casefold()]

    def entries(self) -> list[BoardEntry]:
        return list(self._shown)

    def every_entry(self) -> list[BoardEntry]:
        return list(self._all)

    def row_of(self, set_id: int) -> int:
        return next((i for i, e in enumerate(self._shown) if e.key_set.id == set_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        entry = self._shown[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            # What a screen reader (and a test) reads: the tile's words in one line.
            return " · ".join((entry.key_set.hook, entry.key_set.tag,
                               entry.key_set.unit_label, self._look.status(entry)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._look.tooltip(entry)
        return None


class KeyTileDelegate(QStyledItemDelegate):
    """Paints a hook's tile: hook and tag, the unit, where the keys are."""

    def __init__(self, look: Look, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._look = look

    def sizeHint(self, _option: QStyleOptionViewItem, _index: Index) -> QSize:  # noqa: N802
        return TILE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry: BoardEntry | None = index.data(ENTRY_ROLE)
        if entry is None:
            return
        rect: QRect = option.rect.adjusted(3, 3, -3, -3)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setBrush(self._look.colour(entry))
        if selected:
            pen = QPen(option.palette.highlight().color(), 3)  # type: ignore[attr-defined]
        elif entry.key_set.flagged:
            pen = QPen(FLAG_PEN, 2, Qt.PenStyle.DashLine)
        else:
            pen = QPen(QColor("#b0b0b0"), 1)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 5, 5)
        inner = rect.adjusted(7, 4, -7, -4)
        base: QFont = option.font  # type: ignore[attr-defined]
        bold = QFont(base)
        bold.setBold(True)
        line = painter.fontMetrics().height() + 2
        painter.setPen(QColor("#202020"))
        painter.setFont(bold)
        top = QRect(inner.left(), inner.top(), inner.width(), line)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         entry.key_set.hook or "—")
        painter.setFont(base)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         entry.key_set.tag)
        metrics = painter.fontMetrics()
        where, when = self._look.status_lines(entry)
        for offset, text in ((1, entry.key_set.unit_label), (2, where), (3, when)):
            row = QRect(inner.left(), inner.top() + offset * line, inner.width(), line)
            if offset == 2 and self._look.overdue(entry):
                painter.setFont(bold)
                metrics = painter.fontMetrics()
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, row.width()))
        painter.restore()


class KeyBoardView(QListView):
    """The board: tiles flowing left to right, a row per cabinet shelf as the width allows.

    Signals:
        activated_entry(object): Enter or a double click on a tile (its BoardEntry).
    """

    activated_entry = Signal(object)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.look = Look(clock)
        self.board_model = KeyBoardModel(self.look, self)
        self.setModel(self.board_model)
        self.setItemDelegate(KeyTileDelegate(self.look, self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(TILE)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.doubleClicked.connect(lambda index: self._activate(index))

    def show_entries(self, entries: list[BoardEntry], keep: Callable[[], int | None]) -> None:
        """Fill the board, keeping the tile chosen (``keep()``: its set id) where it is."""
        chosen = keep()
        self.board_model.set_entries(entries)
        if chosen is not None:
            self.select_set(chosen)

    def current_entry(self) -> BoardEntry | None:
        index = self.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def select_set(self, set_id: int) -> bool:
        row = self.board_model.row_of(set_id)
        if row < 0:
            return False
        index = self.board_model.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _activate(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is not None:
            self.activated_entry.emit(entry)
