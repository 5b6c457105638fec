"""What the screening dialog's pages share: a table of records above a form Enter saves."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from deskapp.domain.roles import Approval
from deskapp.domain.screening import DenyRow, WatchRow
from deskapp.i18n import fill
from deskapp.ui.access.approval import Approver

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_COLUMN_WIDTH = 240
DIM = QBrush(QColor("#8a8a8a"))

Cell = tuple[int, Sequence[str], bool]  # (record id, cell texts, dimmed)
T = TypeVar("T")


class ListPage(QWidget):
    """One page of the screening dialog: a list of records, and a form below it.

    Subclasses give :meth:`first_field`, :meth:`add_form`, :meth:`save` and :meth:`reload`.

    Signals:
        status_changed(str): a line for the dialog's status label (rich text, values escaped).
    """

    status_changed = Signal(str)
    # Set by the dialog: changing the lists may need a supervisor's approval in place.
    approver: Approver | None = None

    def approved(self, call: Callable[[Approval | None], T]) -> T:
        """``call`` with the approval it needs, asked for in place.

        Raises:
            ApprovalDeclined: not given (the receptionist has been told why).
        """
        if self.approver is None:
            return call(None)
        return self.approver.run(self, call)

    def first_field(self) -> QWidget:
        """Where the cursor goes when the page is shown."""
        raise NotImplementedError

    def add_form(self) -> QWidget:
        """The group of fields that Enter saves."""
        raise NotImplementedError

    def save(self) -> object:
        """Save what the form holds (Enter in the form, or its button)."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read the list again (after the clock moved, or the data changed)."""
        raise NotImplementedError

    def enter_action(self, focus: QWidget) -> Callable[[], object] | None:
        """What Enter does with the cursor on ``focus``; None leaves the key to the dialog."""
        return self.save if self.add_form().isAncestorOf(focus) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Qt override: Enter inside the add form saves that form (Esc still closes)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            focus = self.window().focusWidget()  # QApplication's is None while inactive
            action = self.enter_action(focus) if focus is not None else None
            if action is not None:
                event.accept()
                action()
                return
        super().keyPressEvent(event)

    def set_status(self, template: str, *values: str, bold_first: bool = False) -> None:
        """Say ``template`` under the tabs with %1, %2… filled in (%1 in bold if asked)."""
        shown = [html.escape(value) for value in values]
        if shown and bold_first:
            shown[0] = f"<b>{shown[0]}</b>"
        self.status_changed.emit(fill(html.escape(template), *shown))


def fill_table(table: QTableWidget, rows: Sequence[Cell], select_id: int | None) -> None:
    """Show ``rows`` in ``table``; the record id rides on column 0; reselect ``select_id``."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, (record_id, texts, dimmed) in enumerate(rows):
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(ID_ROLE, record_id)
            if len(text) > 16:
                item.setToolTip(text)
            if dimmed:
                item.setForeground(DIM)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    # The last visible column stretches; sizing it by hand would add a scroll bar.
    visible = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
    for c in visible[:-1]:
        table.setColumnWidth(c, min(table.columnWidth(c) + 12, MAX_COLUMN_WIDTH))
    if select_id is not None:
        for r in range(table.rowCount()):
            if table.item(r, 0).data(ID_ROLE) == select_id:
                table.selectRow(r)
                table.scrollToItem(table.item(r, 0))
                break


def selected_id(table: QTableWidget) -> int | None:
    """The record id of the selected row, or None."""
    selected = table.selectionModel().selectedRows()
    if not selected:
        return None
    return table.item(selected[0].row(), 0).data(ID_ROLE)


def who(row: DenyRow | WatchRow) -> str:
    """How an entry is named in messages: name, else masked ID, else phone."""
    return row.name or row.id_number_masked or row.phone
