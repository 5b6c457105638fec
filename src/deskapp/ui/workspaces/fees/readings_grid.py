"""The month's entry grid of one meter: a line per unit with its last reading, the
current reading typed in, the multiplier, and the usage and amount following what is
typed; Enter in a cell hands the row to the dialog to save. A refused row keeps what was
typed and says why in its own line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from deskapp.domain.fees import rounding
from deskapp.domain.fees.billing_records import ReadingGridRow, ReadingKind, ReadingRow
from deskapp.domain.fees.meters import usage_of
from deskapp.domain.money import format_money
from deskapp.i18n import translate
from deskapp.ui.workspaces.fees.fee_texts import quantity_text

UNIT, LAST, CURRENT, MULTIPLIER, USAGE, AMOUNT, STATE = range(7)
REFUSED_BRUSH = QBrush(QColor("#b3261e"))
REFUSED_CELL = QBrush(QColor("#f7c9c6"))
SAVED_BRUSH = QBrush(QColor("#2e6b30"))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable


class _CellDelegate(QStyledItemDelegate):
    """A plain line edit per cell that tells the grid each keystroke and each Enter."""

    def __init__(self, grid: ReadingsGrid) -> None:
        super().__init__(grid.table)
        self._grid = grid
        self.editor: QLineEdit | None = None
        self._at = (-1, -1)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(16)
        editor.setAlignment(_RIGHT)
        row, column = index.row(), index.column()
        editor.textEdited.connect(lambda text: self._grid.typing(row, column, text))
        self.editor, self._at = editor, (row, column)
        return editor

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if editor is self.editor:  # closed by the view (the cursor moved on)
            self.editor = None
        super().destroyEditor(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.editor and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _ENTER):
            at = self._at
            self.commit_open()
            self._grid.entered(*at)
            return True
        return super().eventFilter(watched, event)

    def commit_open(self) -> None:
        """Write the open editor's text into its cell and close it."""
        editor = self.editor
        self.editor = None
        if editor is not None and shiboken6.isValid(editor):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class ReadingsGrid:
    """The grid's rows on ``table``; ``on_enter(row, column)`` is called when Enter ends
    typing in a cell."""

    def __init__(self, table: QTableWidget, on_enter: Callable[[int, int], None]) -> None:
        self.table = table
        self._on_enter = on_enter
        self._rows: list[ReadingGridRow] = []
        self._messages: dict[int, str] = {}
        self._unit_price = 0
        self._filling = False
        self._delegate = _CellDelegate(self)
        table.setItemDelegate(self._delegate)
        triggers = QAbstractItemView.EditTrigger
        table.setEditTriggers(triggers.AnyKeyPressed | triggers.DoubleClicked
                              | triggers.EditKeyPressed | triggers.SelectedClicked)
        table.itemChanged.connect(self._on_item_changed)

    # --- Filling
    def show(self, rows: list[ReadingGridRow], unit_price: int) -> None:
        """Show ``rows`` priced at ``unit_price`` (what was typed and refused is dropped)."""
        self._rows = list(rows)
        self._messages.clear()
        self._unit_price = unit_price
        table = self.table
        self._filling = True
        table.clearContents()
        headers = [translate("FeeReadingsGrid", "Unit"),
                   translate("FeeReadingsGrid", "Last reading"),
                   translate("FeeReadingsGrid", "Reading now"),
                   translate("FeeReadingsGrid", "Multiplier"),
                   translate("FeeReadingsGrid", "Usage"), translate("FeeReadingsGrid", "Amount"),
                   translate("FeeReadingsGrid", "State")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for row in range(len(rows)):
            for column in range(len(headers)):
                item = QTableWidgetItem()
                if column != UNIT and column != STATE:
                    item.setTextAlignment(_RIGHT)
                table.setItem(row, column, item)
            self._show_row(row)
        self._filling = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        for column in (LAST, CURRENT, MULTIPLIER, USAGE, AMOUNT):
            table.setColumnWidth(column, max(table.columnWidth(column), 96))
        header.setStretchLastSection(True)

    def _show_row(self, row: int) -> None:
        grid_row = self._rows[row]
        saved = grid_row.this_period
        table = self.table
        was_filling, self._filling = self._filling, True
        cells = {UNIT: table.item(row, UNIT), LAST: table.item(row, LAST),
                 CURRENT: table.item(row, CURRENT), MULTIPLIER: table.item(row, MULTIPLIER),
                 STATE: table.item(row, STATE)}
        cells[UNIT].setText(grid_row.unit_label)
        message = self._messages.get(row, "")
        if saved is not None:
            cells[LAST].setText(quantity_text(saved.previous))
            cells[CURRENT].setText(quantity_text(saved.current))
            cells[MULTIPLIER].setText(str(saved.multiplier))
            for column in (LAST, CURRENT, MULTIPLIER):
                cells[column].setFlags(_READ_ONLY)
            cells[STATE].setText(self._saved_state(saved))
            cells[STATE].setForeground(SAVED_BRUSH)
        else:
            if grid_row.previous is not None:
                cells[LAST].setText(quantity_text(grid_row.previous))
            cells[LAST].setFlags(_READ_ONLY if grid_row.previous is not None else _EDITABLE)
            cells[CURRENT].setFlags(_EDITABLE)
            if not cells[MULTIPLIER].text():
                cells[MULTIPLIER].setText(str(grid_row.multiplier))
            cells[MULTIPLIER].setFlags(_EDITABLE)
            cells[STATE].setText(message or ("" if grid_row.previous is not None else translate(
                "FeeReadingsGrid", "First reading: type where the meter started too")))
            cells[STATE].setForeground(REFUSED_BRUSH if message else QBrush())
        cells[STATE].setToolTip(message)
        cells[CURRENT].setBackground(REFUSED_CELL if message else QBrush())
        self._filling = was_filling
        self._show_usage(row)

    @staticmethod
    def _saved_state(saved: ReadingRow) -> str:
        state = translate("FeeReadingsGrid", "Billed") if saved.billed \
            else translate("FeeReadingsGrid", "Saved")
        if saved.kind is not ReadingKind.NORMAL:
            state = f"{state} · {saved.kind.label()}"
        return state

    # --- Reading what is shown
    def row_count(self) -> int:
        """Units listed."""
        return len(self._rows)

    def row(self, row: int) -> ReadingGridRow:
        """A unit's line."""
        return self._rows[row]

    def rows(self) -> list[ReadingGridRow]:
        """Every line."""
        return list(self._rows)

    def text(self, row: int, column: int) -> str:
        """A cell as shown."""
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def typed_previous(self, row: int) -> str | None:
        """What the month's reading starts from as typed (None: the meter's last)."""
        if self._rows[row].previous is not None:
            return None
        return self.text(row, LAST) or None

    def previous(self, row: int) -> int | None:
        """What the month's reading starts from (None: not known, or not readable)."""
        grid_row = self._rows[row]
        if grid_row.previous is not None:
            return grid_row.previous
        return _quantity(self.text(row, LAST))

    def multiplier_text(self, row: int) -> str:
        """The multiplier as typed."""
        return self.text(row, MULTIPLIER)

    def multiplier(self, row: int) -> int:
        """The multiplier typed, or the meter's own when what is typed does not read."""
        text = self.multiplier_text(row)
        if text.isascii() and text.isdigit() and 0 < int(text) <= 100_000:
            return int(text)
        return self._rows[row].multiplier

    def message(self, row: int) -> str:
        """Why the row was refused ("" when it was not)."""
        return self._messages.get(row, "")

    def next_unread(self, after: int = -1) -> int | None:
        """The first unit below ``after`` with no reading for the month (then from the top)."""
        order = list(range(after + 1, len(self._rows))) + list(range(0, after + 1))
        return next((row for row in order if self._rows[row].this_period is None), None)

    # --- Changing
    def set_saved(self, row: int, reading: ReadingRow) -> None:
        """The row's reading was saved."""
        self._rows[row] = replace(self._rows[row], this_period=reading)
        self._messages.pop(row, None)
        self._show_row(row)

    def set_message(self, row: int, message: str) -> None:
        """Say in the row why it was refused ("" to clear)."""
        if message:
            self._messages[row] = message
        else:
            self._messages.pop(row, None)
        self._show_row(row)

    def edit(self, row: int, column: int = CURRENT) -> None:
        """Put the cursor in a cell, typing."""
        table = self.table
        table.setCurrentCell(row, column)
        table.scrollToItem(table.item(row, column))
        item = table.item(row, column)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
            table.editItem(item)
            editor = self._delegate.editor
            if editor is not None:
                editor.selectAll()

    def editor(self) -> QLineEdit | None:
        """The cell's editor open now."""
        editor = self._delegate.editor
        return editor if editor is not None and shiboken6.isValid(editor) else None

    def commit_open(self) -> None:
        """Write what is being typed into its cell."""
        self._delegate.commit_open()

    # --- Typing
    def typing(self, row: int, column: int, text: str) -> None:
        """A keystroke in a cell: the usage and amount follow, a refusal is cleared."""
        if row in self._messages:
            self.set_message(row, "")
        self._show_usage(row, {column: text})

    def entered(self, row: int, column: int) -> None:
        """Enter ended typing in a cell."""
        self._on_enter(row, column)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() != STATE:
            self._show_usage(item.row())

    def usage(self, row: int, typed: dict[int, str] | None = None) -> int | None:
        """The row's usage: saved, or what the figures typed come to (None: they do not
        add up)."""
        grid_row = self._rows[row]
        if grid_row.this_period is not None:
            return grid_row.this_period.usage
        typed = typed or {}
        previous = grid_row.previous if grid_row.previous is not None else _quantity(
            typed.get(LAST, self.text(row, LAST)))
        current = _quantity(typed.get(CURRENT, self.text(row, CURRENT)))
        multiplier_text = typed.get(MULTIPLIER, self.text(row, MULTIPLIER))
        if not (multiplier_text.isascii() and multiplier_text.isdigit()):
            return None
        multiplier = int(multiplier_text)
        if previous is None or current is None or current < previous or not multiplier:
            return None
        return usage_of(ReadingKind.NORMAL, previous, current, multiplier, None, None)

    def _show_usage(self, row: int, typed: dict[int, str] | None = None) -> None:
        usage = self.usage(row, typed)
        was_filling, self._filling = self._filling, True
        self.table.item(row, USAGE).setText(quantity_text(usage))
        self.table.item(row, AMOUNT).setText(
            "" if usage is None else format_money(rounding.charge_fen(usage, self._unit_price)))
        self._filling = was_filling


def _quantity(text: str) -> int | None:
    try:
        return rounding.parse_quantity(text) if text.strip() else None
    except ValueError:
        return None
