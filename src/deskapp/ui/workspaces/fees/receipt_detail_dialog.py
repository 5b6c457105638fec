"""A receipt read-only: its lines, payments, amount in capitals, stamp, and whether it was
voided or exchanged for an invoice; buttons to reprint it, void it or record its invoice
(the fee workspace does those and opens their dialogs)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.fees.records import ReceiptKind
from deskapp.domain.fees.rows import ReceiptRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.i18n import fill
from deskapp.ui.forms.ui_fee_receipt_dialog import Ui_FeeReceiptDialog
from deskapp.ui.workspaces.fees.receipt_text import receipt_html

PRINT, VOID, INVOICE = "print", "void", "invoice"


class FeeReceiptDialog(QDialog):
    """Show ``receipt`` (read again, so a void or invoice since is shown). A button chosen
    closes the dialog with ``action`` set to "print", "void" or "invoice" ("" for Close).

    Signals:
        action_requested(str, object): the action chosen and the ReceiptRow.
    """

    action_requested = Signal(str, object)

    def __init__(self, fees: FeeCollection, receipt: ReceiptRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeReceiptDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self.receipt = fees.receipt(receipt.id)
        self.action = ""
        ui = self.ui
        ui.print_button.clicked.connect(lambda: self._choose(PRINT))
        ui.void_button.clicked.connect(lambda: self._choose(VOID))
        ui.invoice_button.clicked.connect(lambda: self._choose(INVOICE))
        ui.button_box.rejected.connect(self.reject)
        shown = self.receipt
        ui.void_button.setEnabled(not shown.voided and not shown.handed_over)
        # A deposit is money held, not income: finance issues no invoice for it.
        ui.invoice_button.setEnabled(not shown.voided and not shown.invoice_no
                                     and shown.kind is not ReceiptKind.DEPOSIT)
        self.retranslate()
        ui.print_button.setFocus()

    def retranslate(self) -> None:
        """Texts in the user's language."""
        self.ui.retranslateUi(self)
        self.setWindowTitle(fill(self.tr("Receipt %1"), self.receipt.number))
        self.ui.receipt_view.setHtml(receipt_html(self.receipt, self._fees.clock))

    @Slot()
    def _choose(self, action: str) -> None:
        self.action = action
        self.action_requested.emit(action, self.receipt)
        self.accept()
