"""One key set in full: its details and where it is, the owner's deposit and list of who may
borrow, every dated step and every loan; and what can be done with it from here — edit,
hand over, report lost, new keys, retire, print its label or the deposit slip, look up a
borrower's loans."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QWidget

from deskapp.domain.directory import DirectoryService
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.keys.records import KeyKind, KeyState
from deskapp.domain.keys.rows import KeySetRow, LoanRow
from deskapp.i18n import fill
from deskapp.ui.forms.ui_key_detail_dialog import Ui_KeyDetailDialog
from deskapp.ui.workspaces.keys.borrower_history_dialog import BorrowerHistoryDialog
from deskapp.ui.workspaces.keys.dialog_base import KeyDialog, html_table
from deskapp.ui.workspaces.keys.incident_dialogs import (
    KeyHandoverDialog,
    KeyLostDialog,
    KeyReplacementDialog,
)
from deskapp.ui.workspaces.keys.key_set_dialog import KeySetDialog
from deskapp.ui.workspaces.keys.reason_dialog import KeyReasonDialog

LABEL = "key-label"
DEPOSIT_SLIP = "key-deposit"


class KeyDetailDialog(KeyDialog):
    """Key set ``set_id`` in full.

    Signals:
        print_requested(str, object): print this document kind for this record
            ("key-label" or "key-deposit" with the set's id, "key-handover" with the
            handover's, "key-slip" with a loan's).
        changed(): the set was changed from here (edited, handed over, lost, replaced,
            retired, its owner's list).
    """

    print_requested = Signal(str, object)
    changed = Signal()

    def __init__(self, custody: KeyCustody, directory: DirectoryService, set_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyDetailDialog()
        self.ui.setupUi(self)
        self._custody = custody
        self._directory = directory
        self._clock = custody.clock
        self._set_id = set_id
        self.key_set: KeySetRow = custody.key_set(set_id)
        self._loans: list[LoanRow] = []
        self._has_deposit = False
        ui = self.ui
        for table in (ui.events_table, ui.loans_table):
            table.verticalHeader().hide()
        ui.dialog_layout.setStretch(1, 1)  # the history and loans take the height
        ui.button_box.rejected.connect(self.reject)
        ui.edit_button.clicked.connect(self.edit)
        ui.handover_button.clicked.connect(self.hand_over)
        ui.lost_button.clicked.connect(self.report_lost)
        ui.replace_button.clicked.connect(self.replace)
        ui.retire_button.clicked.connect(self.retire)
        ui.borrower_button.clicked.connect(self.borrower_history)
        ui.loans_table.itemDoubleClicked.connect(lambda _item: self.borrower_history())
        ui.loans_table.itemSelectionChanged.connect(self._update_buttons)
        ui.print_label_button.clicked.connect(
            lambda: self.print_requested.emit(LABEL, self._set_id))
        ui.print_deposit_button.clicked.connect(
            lambda: self.print_requested.emit(DEPOSIT_SLIP, self._set_id))
        self.retranslate()
        ui.events_table.setFocus()

    def retranslate(self) -> None:
        """Texts in the user's language, and the set read again."""
        self.ui.retranslateUi(self)
        self.show_set()

    # --- Showing
    def show_set(self) -> None:
        """Read the set, its deposit, steps and loans again and show them."""
        ui = self.ui
        key_set = self.key_set = self._custody.key_set(self._set_id)
        self.setWindowTitle(fill(self.tr("Key set %1 — %2"), key_set.tag, key_set.unit_label))
        ui.details_browser.setHtml(self._details_html(key_set))
        entrusted = key_set.kind is KeyKind.ENTRUSTED
        self._has_deposit = entrusted and self._custody.deposit(self._set_id) is not None
        ui.deposit_browser.setVisible(entrusted)
        if entrusted:
            ui.deposit_browser.setHtml(self._deposit_html())
        self._show_events()
        self._show_loans()
        self._update_buttons()

    def _when(self, value: dt.datetime | None) -> str:
        return self._clock.local(value).strftime("%Y-%m-%d %H:%M") if value else ""

    def _details_html(self, key_set: KeySetRow) -> str:
        state = key_set.state.label()
        if key_set.partly_back:
            state = fill(self.tr("%1; keys still out: %2"), state, key_set.keys_outstanding)
        if key_set.keys_lost and key_set.state is not KeyState.LOST:
            state = fill(self.tr("%1; keys lost, not yet replaced: %2"), state, key_set.keys_lost)
        lines = [
            (self.tr("Tag"), key_set.tag),
            (self.tr("Unit or area"), key_set.unit_label),
            (self.tr("Kind"), key_set.kind.label()),
            (self.tr("State"), state),
            (self.tr("Keys"), fill(self.tr("%1 in the set, %2 on the hook"), key_set.key_count,
                              key_set.keys_in_cabinet)),
            (self.tr("Hook"), key_set.hook),
            (self.tr("Notes"), key_set.notes),
            (self.tr("Registered"), " · ".join(filter(None, (
                self._when(key_set.created_at), key_set.created_by, key_set.desk)))),
        ]
        if key_set.state is KeyState.RETIRED:
            lines.append((self.tr("Retired"), fill("%1 · %2", self._when(key_set.retired_at),
                                              key_set.retire_reason)))
        if key_set.state is KeyState.HANDED_OVER and (
                handover := self._custody.handover_of(key_set.id)) is not None:
            lines.append((self.tr("Handed over"), " · ".join(filter(None, (
                self._when(handover.at), handover.owner_name, handover.phone_masked,
                handover.id_number_masked, fill(self.tr("keys: %1"), handover.keys_handed),
                handover.note)))))
        return html_table(lines)

    def _deposit_html(self) -> str:
        deposit = self._custody.deposit(self._set_id)
        if deposit is None:
            return html_table([(self.tr("Owner's deposit"), self.tr("None on record"))])
        until = (deposit.authorised_until.isoformat() if deposit.authorised_until
                 else self.tr("until withdrawn"))
        text = html_table([
            (self.tr("Owner"), fill("%1 · %2", deposit.owner_name, deposit.owner_phone)),
            (self.tr("Signed by"), deposit.signed_by),
            (self.tr("Left"), fill(self.tr("%1, keys: %2"), self._when(deposit.deposited_at),
                              deposit.keys_deposited)),
            (self.tr("The list may borrow"), until),
            (self.tr("Note"), deposit.note),
        ], self.tr("Owner's deposit"))
        people = []
        for person in self._custody.authorised(self._set_id, include_withdrawn=True):
            about = " · ".join(filter(None, (person.relation, person.phone,
                                             person.id_number_masked)))
            if person.revoked_at is not None:
                about = fill(self.tr("%1 — withdrawn %2: %3"), about,
                             self._when(person.revoked_at), person.revoke_reason)
            elif person.valid_until is not None:
                about = fill(self.tr("%1 — until %2"), about, person.valid_until.isoformat())
            people.append((person.name, about or "-"))
        return text + html_table(people or [("-", self.tr("Nobody is on the list"))],
                                 self.tr("Who may borrow"))

    def _show_events(self) -> None:
        rows = []
        for event in self._custody.key_history(self._set_id):
            what = event.text
            if event.borrower_name:
                what = " · ".join(filter(None, (event.borrower_name, event.loan_number, what)))
            rows.append([self._when(event.at), event.kind.label(),
                         str(event.keys) if event.keys else "",
                         " · ".join(filter(None, (event.created_by, event.desk))), what])
        _fill_table(self.ui.events_table,
                    [self.tr("When"), self.tr("Step"), self.tr("Keys"), self.tr("By"),
                     self.tr("What")], rows)
        self.ui.events_table.scrollToBottom()  # the latest step first in sight

    def _show_loans(self) -> None:
        self._loans = self._custody.loans_of_set(self._set_id)
        rows = []
        for loan in self._loans:
            keys = fill(self.tr("%1 out, %2 back"), loan.keys_out, loan.keys_back)
            if loan.keys_lost:
                keys = fill(self.tr("%1, %2 lost"), keys, loan.keys_lost)
            rows.append([loan.number, " · ".join(filter(None, (loan.borrower_name,
                                                               loan.company))),
                         loan.purpose.label(), self._when(loan.out_at),
                         self._when(loan.expected_back),
                         self._when(loan.closed_at) or self.tr("still out"), keys,
                         loan.basis.label()])
        _fill_table(self.ui.loans_table,
                    [self.tr("Slip"), self.tr("Borrower"), self.tr("Purpose"), self.tr("Out"),
                     self.tr("Due back"), self.tr("Back"), self.tr("Keys"),
                     self.tr("On whose authority")], rows)
        if rows:
            self.ui.loans_table.selectRow(0)

    @Slot()
    def _update_buttons(self) -> None:
        ui = self.ui
        key_set = self.key_set
        custody = key_set.in_custody
        out = key_set.state is KeyState.OUT or key_set.keys_outstanding > 0
        entrusted = key_set.kind is KeyKind.ENTRUSTED
        ui.edit_button.setEnabled(custody)
        ui.handover_button.setEnabled(custody and not out and key_set.state is not KeyState.LOST)
        ui.lost_button.setEnabled(custody and key_set.state is not KeyState.LOST)
        ui.replace_button.setEnabled(custody and not out)
        ui.retire_button.setEnabled(custody and not out and (
            not entrusted or key_set.state is KeyState.LOST))
        ui.print_label_button.setEnabled(custody)
        ui.print_deposit_button.setVisible(entrusted)
        ui.print_deposit_button.setEnabled(self._has_deposit)
        ui.borrower_button.setEnabled(self._chosen_loan() is not None)

    def _chosen_loan(self) -> LoanRow | None:
        row = self.ui.loans_table.currentRow()
        return self._loans[row] if 0 <= row < len(self._loans) else None

    # --- Acting
    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter on a loan shows the borrower's loans."""
        return self.borrower_history if focus is self.ui.loans_table else None

    def _after(self, dialog: QDialog) -> bool:
        """Run ``dialog``; when it saved, show the set again and say it changed."""
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        if saved:
            self.show_set()
            self.changed.emit()
        return saved

    @Slot()
    def edit(self) -> None:
        """Change the set's details, the owner's deposit and list."""
        dialog = KeySetDialog(self._custody, self._directory, self._set_id, self)
        list_changed: list[bool] = []
        dialog.list_changed.connect(lambda: list_changed.append(True))
        if not self._after(dialog) and list_changed:
            # The list is saved at once, even when the rest of the dialog is cancelled.
            self.show_set()
            self.changed.emit()

    @Slot()
    def hand_over(self) -> None:
        """The owner takes the set for good; the handover slip prints when asked."""
        dialog = KeyHandoverDialog(self._custody, self._set_id, self)
        dialog.print_requested.connect(self.print_requested)
        self._after(dialog)

    @Slot()
    def report_lost(self) -> None:
        """Keys of the set reported lost."""
        self._after(KeyLostDialog(self._custody, self._set_id, self))

    @Slot()
    def replace(self) -> None:
        """New keys for the set (copies, or a new lock)."""
        self._after(KeyReplacementDialog(self._custody, self._set_id, self))

    @Slot()
    def retire(self) -> None:
        """Take the set out of use, saying why; its history stays."""
        key_set = self.key_set
        self._after(KeyReasonDialog(
            fill(self.tr("Retire key set %1"), key_set.tag),
            fill(self.tr("%1 (%2) leaves the board and frees hook %3; its history stays. Why "
                         "(the lock was changed, the area is gone …)?"),
                 key_set.tag, key_set.unit_label, key_set.hook or "-"),
            lambda reason: self._custody.retire(self._set_id, reason), self))

    @Slot()
    def borrower_history(self) -> None:
        """Every loan of the chosen loan's borrower."""
        loan = self._chosen_loan()
        if loan is None:
            return
        dialog = BorrowerHistoryDialog(self._custody, loan.borrower_name, loan.phone,
                                       parent=self)
        dialog.print_requested.connect(self.print_requested)
        dialog.exec()


def _fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
