"""What the fee workspace opens besides the payment: deposits and services sold, a
receipt's page (reprint, void, invoice), refunds, the cashier's handover, a unit's ledger,
waivers and voided charges, and the supervisor's and the month's work (items and rates,
bills, meter readings), with the papers they print."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from deskapp.domain.errors import NotFound
from deskapp.domain.fees.rows import ChargeRow, ReceiptRow
from deskapp.domain.record_kinds import RecordKind
from deskapp.errors import UserError
from deskapp.i18n import fill, translate
from deskapp.ui import messages

RECEIPT = "receipt"
PAYMENT_NOTICE = "payment-notice"
HANDOVER = "handover"
DEPOSIT_REFUND = "deposit-refund"


class FeeTabActions:
    """The fee tab's dialogs beyond the payment: a part of
    :class:`deskapp.ui.workspaces.fees.tab.FeeTab`, whose services, approver, signals and
    lists it uses. Its texts are the tab's (context "FeeTab")."""

    def take_deposit(self) -> None:
        """F7: take a deposit (money held, not income)."""
        from deskapp.ui.workspaces.fees.deposit_dialog import FeeDepositDialog

        dialog = FeeDepositDialog(self._fees, self._services.directory,
                                  approver=self.approver, parent=self)
        if dialog.exec() and dialog.deposit is not None:
            self._after_receipt(self._fees.receipt(dialog.deposit.receipt_id), True)

    def sell_services(self) -> None:
        """F8: copies, prints, faxes sold over the counter."""
        from deskapp.ui.workspaces.fees.sale_dialog import FeeSaleDialog

        dialog = FeeSaleDialog(self._fees, self._fees.sale_items(), approver=self.approver,
                               parent=self)
        if dialog.exec() and dialog.receipt is not None:
            self._after_receipt(dialog.receipt, True)

    # --- Opening a record (a search's hit, a link)
    def open_record(self, kind: str, record_id: int) -> bool:
        """A receipt (or the deposit taken on one): its row in the list of its day, and
        its page. A unit: its ledger."""
        from deskapp.ui.workspaces.fees.ledger_dialog import FeeLedgerDialog
        from deskapp.ui.workspaces.fees.receipt_detail_dialog import FeeReceiptDialog

        try:
            if kind == RecordKind.UNIT:
                dialog: QDialog = FeeLedgerDialog(self._fees, record_id, parent=self)
                dialog.print_requested.connect(self.print_requested)
                dialog.changed.connect(
                    lambda: self.context.events.records_changed.emit("fees"))
                dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dialog.open()
                return True
            if kind == RecordKind.DEPOSIT:
                record_id = self._fees.deposit(record_id).receipt_id
            elif kind != RecordKind.RECEIPT:
                return False
            receipt = self._fees.receipt(record_id)
        except (NotFound, UserError):
            return False
        self.show_in_history(receipt.issued_at, receipt.number, receipt.id)
        page = FeeReceiptDialog(self._fees, receipt, parent=self)
        page.finished.connect(lambda _result: self._receipt_page_closed(page, receipt))
        page.open()
        return True

    def _receipt_page_closed(self, page: Any, receipt: ReceiptRow) -> None:
        if page.action == "print":
            self.print_requested.emit(RECEIPT, receipt.id)
        elif page.action == "void":
            self.void_receipt(receipt)
        elif page.action == "invoice":
            self.mark_invoiced(receipt)
        page.deleteLater()

    # --- Receipts
    def show_receipt(self) -> None:
        """Enter on a receipt: its page, with reprint, void and invoice."""
        from deskapp.ui.workspaces.fees.receipt_detail_dialog import FeeReceiptDialog

        receipt = self.acting_row()
        if receipt is None:
            return
        dialog = FeeReceiptDialog(self._fees, receipt, parent=self)
        dialog.exec()
        if dialog.action == "print":
            self.print_requested.emit(RECEIPT, receipt.id)
        elif dialog.action == "void":
            self.void_receipt(receipt)
        elif dialog.action == "invoice":
            self.mark_invoiced(receipt)

    def void_receipt(self, receipt: ReceiptRow) -> None:
        """Void a receipt with a reason, a supervisor approving in place."""
        from deskapp.ui.workspaces.fees.void_dialog import FeeVoidDialog

        dialog = FeeVoidDialog(self._fees, self.approver, receipt, parent=self)
        if dialog.exec() and dialog.receipt is not None:
            self.status_message.emit(fill(translate(
                "FeeTab", "Receipt %1 is void; what it paid is owed again."),
                dialog.receipt.number))
            self._after_change()

    def mark_invoiced(self, receipt: ReceiptRow) -> None:
        """Record the 发票 a receipt was exchanged for at finance."""
        from deskapp.ui.workspaces.fees.invoice_dialog import FeeInvoiceDialog

        dialog = FeeInvoiceDialog(self._fees, receipt, parent=self)
        if dialog.exec() and dialog.receipt is not None:
            self._after_change()

    def _after_change(self) -> None:
        self.context.events.records_changed.emit("fees")
        self.history.refresh()
        self._load_unit()

    def refund_deposit(self) -> None:
        """A deposit given back against its receipt (the list's deposit, or one typed)."""
        from deskapp.ui.workspaces.fees.refund_dialog import FeeRefundDialog

        receipt = self.acting_row()
        deposit = None
        if receipt is not None:
            deposit = next((d for d in self._fees.deposits(held_only=True)
                            if d.receipt_id == receipt.id), None)
        if deposit is None:
            messages.warn(self, translate("FeeTab",
                "Choose the deposit's receipt in the list (show Deposits, or search its "
                "number), then refund it."))
            return
        dialog = FeeRefundDialog(self._fees, self.approver, deposit, parent=self)
        if dialog.exec() and dialog.deposit is not None:
            self._after_change()
            self.print_requested.emit(DEPOSIT_REFUND, dialog.deposit.id)

    def hand_over(self) -> None:
        """The cashier's day: count the cash, hand it over, print the handover sheet."""
        from deskapp.ui.workspaces.fees.handover_dialog import FeeHandoverDialog

        dialog = FeeHandoverDialog(self._fees, self._fees.clock, parent=self)
        if dialog.exec() and dialog.summary is not None:
            self.print_requested.emit(HANDOVER, dialog.summary.day.isoformat())
            self._after_change()

    def show_ledger(self) -> None:
        """F9: the ledger (台账) of the unit shown, or of the unit chosen among those that
        owe: its charges, receipts, contacts and dunning."""
        from deskapp.ui.workspaces.fees.ledger_dialog import FeeLedgerDialog

        unit_id = self._unit.id if self._unit is not None else None
        row = self.ui.charges_table.currentRow()
        if unit_id is None and 0 <= row < len(self._owing):
            unit_id = self._owing[row].unit_id
        if unit_id is None:
            self.status_message.emit(translate("FeeTab", "Type the unit first."))
            self.focus_search()
            return
        try:
            dialog = FeeLedgerDialog(self._fees, unit_id, parent=self)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        dialog.print_requested.connect(self.print_requested)
        dialog.changed.connect(lambda: self.context.events.records_changed.emit("fees"))
        dialog.exec()
        self._load_unit()

    # --- The charges
    def _charge_worked_on(self) -> ChargeRow | None:
        rows = self._picked_charges() if self._unit is not None else []
        if len(rows) != 1:
            self.status_message.emit(translate("FeeTab",
                                               "Choose one of the unit's charges first."))
            return None
        return rows[0]

    def waive_charge(self) -> None:
        """Let part or all of the chosen charge go (减免), a supervisor approving."""
        from deskapp.ui.workspaces.fees.waive_dialog import FeeWaiveDialog

        if (charge := self._charge_worked_on()) is not None:
            dialog = FeeWaiveDialog(self._fees, self.approver, charge, parent=self)
            if dialog.exec() and dialog.saved is not None:
                self._after_change()

    def void_charge(self) -> None:
        """Void a charge made by mistake (nothing paid on it), a supervisor approving."""
        from deskapp.ui.workspaces.fees.void_charge_dialog import FeeVoidChargeDialog

        if (charge := self._charge_worked_on()) is not None:
            dialog = FeeVoidChargeDialog(self._fees, self.approver, charge, parent=self)
            if dialog.exec() and dialog.saved is not None:
                self._after_change()

    # --- The supervisor's and the month's work (the Counter menu)
    def edit_items(self) -> None:
        """The charge items and their rates, and the rate schedule to post."""
        from deskapp.ui.workspaces.fees.items_dialog import FeeItemsDialog

        dialog = FeeItemsDialog(self._fees, self.approver, parent=self)
        dialog.print_requested.connect(self.print_requested)
        dialog.exec()

    def make_bills(self) -> None:
        """The month's bills, from the items and the meter readings."""
        from deskapp.ui.workspaces.fees.bill_run_dialog import FeeBillRunDialog

        dialog = FeeBillRunDialog(self._fees, self.context.tasks, parent=self)
        dialog.bills_made.connect(lambda _run: self._after_change())
        dialog.exec()

    def enter_readings(self) -> None:
        """The month's meter readings, typed or imported from a sheet."""
        from deskapp.ui.workspaces.fees.readings_dialog import FeeReadingsDialog

        dialog = FeeReadingsDialog(self._fees, self.approver, self.context.tasks, parent=self)
        dialog.readings_changed.connect(self._after_change)
        dialog.exec()

    def print_notice(self) -> None:
        """The payment notice of the unit shown."""
        if self._unit is None:
            self.status_message.emit(translate("FeeTab", "Type the unit first."))
            self.focus_search()
            return
        self.print_requested.emit(PAYMENT_NOTICE, self._unit.id)

    def print_all_notices(self) -> None:
        """One PDF with a payment notice per unit that owes."""
        self.print_requested.emit(PAYMENT_NOTICE, 0)
