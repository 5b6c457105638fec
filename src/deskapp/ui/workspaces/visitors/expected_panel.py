"""Today's expected visitors (预约来访): a compact list worked from the keyboard.

Enter on a line asks for that visitor's check-in (the workspace fills its form from the
entry), Insert or the button books another, Delete or the Menu key cancels one with a
reason. The list is read again only when :meth:`ExpectedPanel.reload` is called (after a
check-in, or when another counter saved): it never polls.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QTreeWidgetItem,
    QWidget,
)

from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import ValidationError
from deskapp.domain.visitors.expected import (
    ExpectedRow,
    ExpectedState,
    ExpectedVisitors,
    summarise,
)
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.forms.ui_expected_panel import Ui_ExpectedPanel
from deskapp.ui.workspaces.visitors.expected_dialog import ExpectedVisitorDialog

logger = logging.getLogger(__name__)

TIME, NAME, HOST, PARTY, STATUS = range(5)
DONE_COLOUR = QColor("#8a8a8a")  # arrived or cancelled: nothing more to do
NO_SHOW_COLOUR = QColor("#b3261e")


class ExpectedPanel(QWidget):
    """The day's expected visitors and what the counter does with them.

    Signals:
        arrive_requested(object): Enter on a waiting (or late) visitor: their ExpectedRow,
            for the check-in form to fill itself from and link on saving.
        changed(): an entry was booked or cancelled here.
        status_message(str): a short line for the status bar.
    """

    arrive_requested = Signal(object)
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, expected: ExpectedVisitors, directory: DirectoryService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExpectedPanel()
        self.ui.setupUi(self)
        self._expected = expected
        self._directory = directory
        self._rows: list[ExpectedRow] = []
        self.last_dialog: ExpectedVisitorDialog | None = None
        listing = self.ui.expected_list
        header = listing.header()
        header.setStretchLastSection(False)
        for column, mode in ((TIME, QHeaderView.ResizeMode.ResizeToContents),
                             (NAME, QHeaderView.ResizeMode.Stretch),
                             (HOST, QHeaderView.ResizeMode.Stretch),
                             (PARTY, QHeaderView.ResizeMode.ResizeToContents),
                             (STATUS, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.cancel_action = QAction(self)
        self.cancel_action.triggered.connect(self.cancel_selected)
        listing.addAction(self.cancel_action)
        self.ui.add_button.clicked.connect(self.add)
        listing.itemActivated.connect(lambda _item, _column: self.arrive_selected())
        listing.currentItemChanged.connect(lambda *_: self._update_actions())
        for keys, slot in (("Insert", self.add), ("Delete", self.cancel_selected)):
            shortcut = QShortcut(QKeySequence(keys), listing)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set the texts after the language changed (the states' words too)."""
        self.ui.retranslateUi(self)
        self.cancel_action.setText(self.tr("&Cancel this visit…"))
        self.ui.expected_list.setToolTip(self.tr(
            "Enter: check the visitor in · Insert: book another · Delete: cancel"))
        self.reload()

    # --- The list
    def reload(self) -> None:
        """Read today's list again, keeping the line the cursor is on."""
        current = self.selected()
        self._rows = self._expected.for_day(self._expected.clock.today())
        listing = self.ui.expected_list
        listing.clear()
        for row in self._rows:
            listing.addTopLevelItem(self._item(row))
        wanted = next((i for i, r in enumerate(self._rows)
                       if current is not None and r.id == current.id), None)
        if wanted is None:  # the first still to come, else the first line
            wanted = next((i for i, r in enumerate(self._rows)
                           if r.state is ExpectedState.WAITING), 0)
        if self._rows:
            listing.setCurrentItem(listing.topLevelItem(wanted))
        self._show_summary()
        self._update_actions()

    def rows(self) -> list[ExpectedRow]:
        """The entries listed, in their order."""
        return list(self._rows)

    def selected(self) -> ExpectedRow | None:
        """The entry the cursor is on."""
        item = self.ui.expected_list.currentItem()
        if item is None:
            return None
        index = self.ui.expected_list.indexOfTopLevelItem(item)
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def select(self, expected_id: int) -> None:
        """Put the cursor on the entry ``expected_id`` (if listed)."""
        for index, row in enumerate(self._rows):
            if row.id == expected_id:
                self.ui.expected_list.setCurrentItem(
                    self.ui.expected_list.topLevelItem(index))

    def focus_list(self) -> None:
        """The cursor into the list (for a workspace key)."""
        self.ui.expected_list.setFocus()

    def summary_text(self) -> str:
        """The line under the list."""
        return self.ui.summary_label.text()

    def _item(self, row: ExpectedRow) -> QTreeWidgetItem:
        clock = self._expected.clock
        status = {
            ExpectedState.WAITING: "",
            # Today's short pass number ("0025" of V261128-0025) keeps the column narrow.
            ExpectedState.ARRIVED: fill(self.tr("Pass %1"), row.pass_no.rsplit("-", 1)[-1]),
            ExpectedState.NO_SHOW: row.state.label(),
            ExpectedState.CANCELLED: row.state.label(),
        }[row.state]
        item = QTreeWidgetItem([clock.local(row.expected_at).strftime("%H:%M"), row.name,
                                row.host_label, str(row.party_size), status])
        item.setTextAlignment(PARTY, Qt.AlignmentFlag.AlignCenter)
        tooltip = self._tooltip(row)
        for column in range(item.columnCount()):
            item.setToolTip(column, tooltip)
        if row.state in (ExpectedState.ARRIVED, ExpectedState.CANCELLED):
            for column in range(item.columnCount()):
                item.setForeground(column, QBrush(DONE_COLOUR))
        if row.state is ExpectedState.CANCELLED:
            for column in range(item.columnCount()):
                font = item.font(column)
                font.setStrikeOut(True)
                item.setFont(column, font)
        if row.state is ExpectedState.NO_SHOW:
            item.setForeground(STATUS, QBrush(NO_SHOW_COLOUR))
        return item

    def _tooltip(self, row: ExpectedRow) -> str:
        lines = [row.name + (f" · {row.company}" if row.company else ""), "→ " + row.host_label,
                 fill(self.tr("%1 people · %2"), row.party_size, row.purpose.label())]
        if row.phone:
            lines.append(row.phone_masked)
        if row.note:
            lines.append(row.note)
        if row.from_visit_id is not None:
            lines.append(self.tr("New appointment after a declined visit."))
        if row.state is ExpectedState.ARRIVED:
            lines.append(fill(self.tr("Arrived at %1, pass %2."),
                              self._expected.clock.local(row.arrived_at).strftime("%H:%M")
                              if row.arrived_at else "", row.pass_no))
        elif row.state is ExpectedState.CANCELLED:
            lines.append(fill(self.tr("Cancelled: %1"), row.cancel_reason))
        if row.created_by:
            lines.append(fill(self.tr("Booked by %1"), row.created_by))
        return "\n".join(lines)

    def _show_summary(self) -> None:
        counts = summarise(self._rows)
        if not counts.expected:
            text = self.tr("No one expected today.")
        else:
            text = fill(self.tr("%1 expected · %2 arrived · %3 not come"),
                        counts.expected, counts.arrived, counts.no_show)
        self.ui.summary_label.setText(text)

    def _update_actions(self) -> None:
        row = self.selected()
        self.cancel_action.setEnabled(row is not None and row.state in (
            ExpectedState.WAITING, ExpectedState.NO_SHOW))

    # --- What the counter does
    @Slot()
    def arrive_selected(self) -> ExpectedRow | None:
        """Ask for the check-in of the entry the cursor is on (a late one too)."""
        row = self.selected()
        if row is None:
            return None
        if row.state in (ExpectedState.ARRIVED, ExpectedState.CANCELLED):
            self._say_done(row)
            return None
        self.arrive_requested.emit(row)
        return row

    def _say_done(self, row: ExpectedRow) -> None:
        if row.state is ExpectedState.ARRIVED:
            self.status_message.emit(fill(self.tr("%1 has arrived already (pass %2)."),
                                          row.name, row.pass_no))
        else:
            self.status_message.emit(fill(self.tr("The visit of %1 was cancelled: %2"),
                                          row.name, row.cancel_reason))

    @Slot()
    def add(self) -> ExpectedRow | None:
        """Book an expected visitor in the dialog; the list shows them at once."""
        dialog = ExpectedVisitorDialog(self._expected, self._directory, self)
        self.last_dialog = dialog
        if self.run_dialog(dialog) != ExpectedVisitorDialog.DialogCode.Accepted:
            return None
        row = dialog.result_row
        if row is None:
            return None
        logger.info("expected visitor %s booked", row.id)
        self.reload()
        self.select(row.id)
        self.changed.emit()
        when = self._expected.clock.local(row.expected_at)
        day = "" if when.date() == self._expected.clock.today() else when.strftime("%Y-%m-%d ")
        self.status_message.emit(fill(self.tr("%1 is expected at %2 to see %3."), row.name,
                                      day + when.strftime("%H:%M"), row.host_label))
        return row

    def run_dialog(self, dialog: ExpectedVisitorDialog) -> int:
        """Show the dialog modally (tests answer it in place)."""
        return dialog.exec()

    @Slot()
    def cancel_selected(self) -> ExpectedRow | None:
        """Cancel the entry the cursor is on, after asking why; it stays listed, struck."""
        row = self.selected()
        if row is None:
            return None
        if not self.cancel_action.isEnabled():  # arrived, or cancelled already
            self._say_done(row)
            return None
        problem = ""
        while True:
            reason = self.ask_cancel_reason(row, problem)
            if reason is None:
                return None
            try:
                cancelled = self._expected.cancel(row.id, reason)
            except ValidationError as exc:
                problem = " ".join(exc.errors.values())
                continue
            except UserError as exc:  # arrived meanwhile at another counter, say
                messages.warn(self, str(exc))
                self.reload()
                return None
            break
        logger.info("expected visitor %s cancelled", cancelled.id)
        self.reload()
        self.changed.emit()
        self.status_message.emit(fill(self.tr("The visit of %1 is cancelled."),
                                      cancelled.name))
        return cancelled

    def ask_cancel_reason(self, row: ExpectedRow, problem: str = "") -> str | None:
        """Why the visit is cancelled (None: not cancelled); tests replace this method."""
        question = fill(self.tr("Why is the visit of %1 at %2 cancelled?"), row.name,
                        self._expected.clock.local(row.expected_at).strftime("%H:%M"))
        if problem:
            question = f"{problem}\n\n{question}"
        reason, ok = QInputDialog.getText(self, self.tr("Cancel an expected visit"), question,
                                          QLineEdit.EchoMode.Normal)
        return reason if ok else None
