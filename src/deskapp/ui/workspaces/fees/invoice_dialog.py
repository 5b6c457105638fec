"""Record that a receipt was exchanged for a 发票 at finance: the invoice's number (who and
when are filled in), so the receipt is not invoiced twice. Enter saves, Esc cancels."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from deskapp.domain.fees.rows import ReceiptRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.i18n import fill
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_invoice_dialog import Ui_FeeInvoiceDialog
from deskapp.ui.workspaces.fees.dialog_base import FeeDialog
from deskapp.ui.workspaces.fees.receipt_text import receipt_summary


class FeeInvoiceDialog(FeeDialog):
    """Mark ``receipt`` invoiced; ``receipt`` afterwards is the ReceiptRow marked (None
    until then)."""

    def __init__(self, fees: FeeCollection, receipt: ReceiptRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeInvoiceDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._shown = receipt
        self.receipt: ReceiptRow | None = None
        ui = self.ui
        self.errors = FieldErrors({"invoice_no": (ui.invoice_edit, ui.invoice_no_error)},
                                  fallback=ui.form_error)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self.retranslate()
        ui.invoice_edit.setFocus()

    def retranslate(self) -> None:
        """Texts in the user's language."""
        self.ui.retranslateUi(self)
        ui = self.ui
        self.setWindowTitle(fill(self.tr("Invoice for receipt %1"), self._shown.number))
        ui.receipt_label.setText(receipt_summary(self._shown, self._fees.clock))
        ui.intro_label.setText(self.tr(
            "Type the number of the invoice (发票) finance issued for this receipt. It is "
            "recorded with your name and the time, and the receipt cannot be invoiced again."))

    def _save(self) -> bool:
        self.receipt = self._fees.mark_invoiced(self._shown.id, self.ui.invoice_edit.text())
        return True
