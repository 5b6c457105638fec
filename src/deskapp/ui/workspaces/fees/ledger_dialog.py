"""A unit's fee ledger (台账) in one dialog: who is in it, the totals (billed, paid, waived,
owed, credit, owed after credit) and the arrears by age on one row; then the charges month
by month, the receipts and waivers, the contact log and the dunning notices with their
deliveries, a page each (Ctrl+Tab between them).

Insert logs a contact from any page; a notice is issued, delivered and printed again from
the dunning page (Enter on a notice records its delivery); the payment notice prints from
the bottom. The dialog never prints itself: it asks the tab through ``print_requested``."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from deskapp.domain.fees.ledger_records import ageing_labels
from deskapp.domain.fees.ledger_rows import ContactRow, DunningRow, UnitLedger
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import format_money
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.forms.ui_fee_ledger_dialog import Ui_FeeLedgerDialog
from deskapp.ui.workspaces.fees.columns import OVERDUE_BRUSH, VOID_BRUSH
from deskapp.ui.workspaces.fees.contact_dialog import FeeContactDialog
from deskapp.ui.workspaces.fees.delivery_dialog import FeeDeliveryDialog
from deskapp.ui.workspaces.fees.dunning_dialog import FeeDunningDialog
from deskapp.ui.workspaces.fees.ledger_cells import (
    MONEY_FROM,
    OWED_COLUMN,
    charge_headers,
    charge_rows,
    contact_cells,
    contact_headers,
    notice_cells,
    notice_headers,
    promise_broken,
    receipt_cells,
    receipt_headers,
    waiver_cells,
    waiver_headers,
)

DUNNING_NOTICE = "dunning-notice"
PAYMENT_NOTICE = "payment-notice"
GREYED = QBrush(QColor("#777777"))
WARNING = QBrush(QColor("#b3261e"))
HEADING_STYLE = "color: #555;"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FeeLedgerDialog(QDialog):
    """The fee ledger of unit ``unit_id``, its contact log and its dunning.

    Signals:
        print_requested(str, object): print a document: ("dunning-notice", the notice's
            id) when a notice is issued or printed again, ("payment-notice", the unit's id)
            for the payment notice.
        changed(): a contact, a notice or a delivery was recorded from here.
    """

    print_requested = Signal(str, object)
    changed = Signal()

    def __init__(self, fees: FeeCollection, unit_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeLedgerDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._clock = fees.clock
        self._unit_id = unit_id
        self.ledger: UnitLedger = fees.ledger(unit_id)
        self.contacts: list[ContactRow] = []
        self.notices: list[DunningRow] = []
        ui = self.ui
        for table in (ui.charges_table, ui.receipts_table, ui.waivers_table,
                      ui.contacts_table, ui.notices_table):
            table.verticalHeader().hide()
        ui.dialog_layout.setStretch(2, 1)  # the pages take the height
        ui.button_box.rejected.connect(self.reject)
        ui.contact_button.clicked.connect(self.add_contact)
        ui.issue_button.clicked.connect(self.issue_notice)
        ui.delivery_button.clicked.connect(self.record_delivery)
        ui.reprint_button.clicked.connect(self.reprint_notice)
        ui.payment_notice_button.clicked.connect(self.print_payment_notice)
        ui.notices_table.itemSelectionChanged.connect(self._update_buttons)
        ui.notices_table.activated.connect(lambda _index: self.record_delivery())
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.setContext(Qt.ShortcutContext.WindowShortcut)
        insert.activated.connect(self.add_contact)
        self.retranslate()
        ui.pages.setCurrentWidget(ui.charges_page)
        ui.charges_table.setFocus()

    # --- Showing
    def retranslate(self) -> None:
        """Texts in the user's language, and everything read again."""
        ui = self.ui
        ui.retranslateUi(self)
        ui.contact_button.setToolTip(self.tr("Insert"))
        ui.contacts_hint.setText(self.tr(
            "Insert logs a call, visit or notice from any page. Promises gone by while the "
            "unit still owes are shown in red."))
        ui.dunning_hint.setText(self.tr("Enter on a notice records how it was delivered."))
        for heading in (ui.billed_heading, ui.paid_heading, ui.waived_heading,
                        ui.owed_heading, ui.credit_heading, ui.net_heading,
                        ui.age0_heading, ui.age1_heading, ui.age2_heading, ui.age3_heading,
                        ui.due_soon_heading):
            heading.setStyleSheet(HEADING_STYLE)
        for heading, text in zip((ui.age0_heading, ui.age1_heading, ui.age2_heading,
                                  ui.age3_heading), ageing_labels(), strict=True):
            heading.setText(text)
        self.show_ledger()

    def show_ledger(self, select_notice: int | None = None) -> None:
        """Read the ledger, the contacts and the notices again and show them (the notice
        ``select_notice`` chosen, else the latest)."""
        try:
            self.ledger = self._fees.ledger(self._unit_id)
            self.contacts = self._fees.contacts(self._unit_id)
            self.notices = self._fees.notices(self._unit_id)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._show_head()
        self._show_charges()
        self._show_receipts()
        self._show_contacts()
        self._show_notices(select_notice)
        self._update_buttons()

    def _show_head(self) -> None:
        ui = self.ui
        ledger = self.ledger
        self.setWindowTitle(fill(self.tr("Ledger — %1"), ledger.unit_label))
        who = " · ".join(filter(None, (ledger.occupant, ledger.company))) \
            or self.tr("nobody on record")
        oldest = (fill(self.tr("overdue since %1"), ledger.oldest_due.isoformat())
                  if ledger.oldest_due else self.tr("nothing overdue"))
        ui.unit_title.setText(
            f"<span style='font-size:14pt'><b>{html.escape(ledger.unit_number)}</b></span>"
            f" &nbsp; {html.escape(who)}<br>"
            + html.escape(fill(self.tr("As of %1 · %2"), ledger.as_of.isoformat(), oldest)))
        values = ((ui.billed_value, ledger.billed_fen), (ui.paid_value, ledger.paid_fen),
                  (ui.waived_value, ledger.waived_fen), (ui.owed_value, ledger.owed_fen),
                  (ui.credit_value, ledger.credit_fen),
                  (ui.net_value, ledger.owed_after_credit_fen))
        for label, fen in values:
            label.setText(format_money(fen))
        ui.owed_value.setText(f"<b>{format_money(ledger.owed_fen)}</b>")
        ui.net_value.setText(f"<b>{format_money(ledger.owed_after_credit_fen)}</b>")
        ui.ageing_group.setTitle(fill(self.tr("Overdue %1, by days past due"),
                                      format_money(ledger.arrears_fen)))
        for label, fen in zip((ui.age0_value, ui.age1_value, ui.age2_value, ui.age3_value),
                              ledger.arrears.buckets, strict=True):
            label.setText(format_money(fen))
            label.setStyleSheet("color: #b3261e; font-weight: bold;" if fen else "")
        ui.due_soon_value.setText(format_money(ledger.due_soon_fen))

    def _show_charges(self) -> None:
        today = self.ledger.as_of
        rows = charge_rows(self.ledger.months, today)
        table = self.ui.charges_table
        _start(table, charge_headers(), len(rows))
        bold = QFont(table.font())
        bold.setBold(True)
        for r, (charge, cells) in enumerate(rows):
            overdue = charge.outstanding_fen > 0 and charge.due_on < today
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= MONEY_FROM:
                    item.setTextAlignment(RIGHT)
                if charge.voided:
                    item.setBackground(VOID_BRUSH)
                    item.setForeground(GREYED)
                elif overdue:
                    item.setBackground(OVERDUE_BRUSH)
                if c == 0 or (c == OWED_COLUMN and charge.outstanding_fen):
                    item.setFont(bold)
                table.setItem(r, c, item)
        _finish(table, stretch=1)
        if rows:
            table.scrollToBottom()  # the latest months first in sight

    def _show_receipts(self) -> None:
        ui = self.ui
        receipts = self.ledger.receipts
        _start(ui.receipts_table, receipt_headers(), len(receipts))
        for r, receipt in enumerate(receipts):
            for c, text in enumerate(receipt_cells(self._clock, receipt)):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(RIGHT)
                if receipt.voided:
                    item.setBackground(VOID_BRUSH)
                    item.setForeground(GREYED)
                ui.receipts_table.setItem(r, c, item)
        _finish(ui.receipts_table, stretch=6)
        waivers = self.ledger.waivers
        _start(ui.waivers_table, waiver_headers(), len(waivers))
        for r, waiver in enumerate(waivers):
            for c, text in enumerate(waiver_cells(self._clock, waiver)):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(RIGHT)
                ui.waivers_table.setItem(r, c, item)
        _finish(ui.waivers_table, stretch=2)
        ui.receipts_heading.setText(fill(self.tr("Receipts (%1)"), len(receipts)))
        ui.waivers_heading.setText(fill(self.tr("Waivers (%1)"), len(waivers)))

    def _show_contacts(self) -> None:
        table = self.ui.contacts_table
        _start(table, contact_headers(), len(self.contacts))
        today = self.ledger.as_of
        for r, contact in enumerate(self.contacts):  # newest first, as the service reads
            broken = promise_broken(contact, today, self.ledger.owed_fen)
            for c, text in enumerate(contact_cells(self._clock, contact)):
                item = QTableWidgetItem(text)
                if c == 3 and broken:
                    item.setForeground(WARNING)
                    item.setToolTip(self.tr("The day has gone by and the unit still owes."))
                table.setItem(r, c, item)
        _finish(table, stretch=2)
        if self.contacts:
            table.selectRow(0)

    def _show_notices(self, select: int | None = None) -> None:
        table = self.ui.notices_table
        _start(table, notice_headers(), len(self.notices))
        for r, notice in enumerate(self.notices):
            for c, text in enumerate(notice_cells(self._clock, notice)):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(RIGHT)
                if c == 5 and not notice.delivered:
                    item.setForeground(WARNING)
                table.setItem(r, c, item)
        _finish(table, stretch=5)
        ids = [n.id for n in self.notices]
        if select in ids:
            table.selectRow(ids.index(select))
        elif self.notices:
            table.selectRow(len(self.notices) - 1)  # the latest

    @Slot()
    def _update_buttons(self) -> None:
        ui = self.ui
        chosen = self.chosen_notice() is not None
        ui.issue_button.setEnabled(self.ledger.arrears_fen > 0)
        ui.issue_button.setToolTip("" if self.ledger.arrears_fen > 0 else self.tr(
            "Nothing is past its due date: there is nothing to send a notice about."))
        ui.delivery_button.setEnabled(chosen)
        ui.reprint_button.setEnabled(chosen)
        ui.payment_notice_button.setEnabled(self.ledger.owed_fen > 0)

    def chosen_notice(self) -> DunningRow | None:
        """The notice of the row chosen on the dunning page."""
        row = self.ui.notices_table.currentRow()
        return self.notices[row] if 0 <= row < len(self.notices) else None

    # --- Acting
    def _saved(self, select_notice: int | None = None) -> None:
        self.show_ledger(select_notice)
        self.changed.emit()

    @Slot()
    def add_contact(self) -> None:
        """Insert: log a call, visit, notice or note; the log shows it on top."""
        dialog = FeeContactDialog(self._fees, self._unit_id, self.ledger.unit_label, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.contact is not None:
            self._saved()
            self.ui.pages.setCurrentWidget(self.ui.contacts_page)
            self.ui.contacts_table.setFocus()

    @Slot()
    def issue_notice(self) -> None:
        """Issue a dunning notice (the stage the ladder suggests) and ask for it printed."""
        if self.ledger.arrears_fen <= 0:
            return
        dialog = FeeDunningDialog(self._fees, self._unit_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.notice is None:
            return
        notice = dialog.notice
        self._saved(notice.id)
        self.ui.pages.setCurrentWidget(self.ui.dunning_page)
        self.ui.notices_table.setFocus()
        if dialog.print_notice:
            self.print_requested.emit(DUNNING_NOTICE, notice.id)

    @Slot()
    def record_delivery(self) -> None:
        """Record how the chosen notice reached the unit."""
        notice = self.chosen_notice()
        if notice is None:
            return
        dialog = FeeDeliveryDialog(self._fees, notice, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.delivered:
            self._saved(notice.id)
            self.ui.notices_table.setFocus()

    @Slot()
    def reprint_notice(self) -> None:
        """Print the chosen notice again."""
        notice = self.chosen_notice()
        if notice is not None:
            self.print_requested.emit(DUNNING_NOTICE, notice.id)

    @Slot()
    def print_payment_notice(self) -> None:
        """The unit's payment notice (缴费通知单): what it owes, how and where to pay."""
        self.print_requested.emit(PAYMENT_NOTICE, self._unit_id)


def _start(table: QTableWidget, headers: Sequence[str], rows: int) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(rows)


def _finish(table: QTableWidget, stretch: int) -> None:
    """Columns fitted to their contents; column ``stretch`` takes the room left."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
