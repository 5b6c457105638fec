"""Void a receipt (作废): with a reason, signed off by a supervisor in place unless the
operator is one. The receipt stays and prints as void, its number stays used, the bills it
paid are owed again. Enter voids, Esc cancels."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from deskapp.domain.fees.rows import ReceiptRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.i18n import fill
from deskapp.ui.access.approval import Approver
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_void_dialog import Ui_FeeVoidDialog
from deskapp.ui.workspaces.fees.dialog_base import FeeDialog
from deskapp.ui.workspaces.fees.receipt_text import receipt_summary


class FeeVoidDialog(FeeDialog):
    """Void ``receipt``; ``receipt`` afterwards is the ReceiptRow voided (None until then)."""

    def __init__(self, fees: FeeCollection, approver: Approver, receipt: ReceiptRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeVoidDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._approver = approver
        self._shown = receipt
        self.receipt: ReceiptRow | None = None
        ui = self.ui
        self.errors = FieldErrors({"reason": (ui.reason_edit, ui.reason_error)},
                                  fallback=ui.form_error)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self.retranslate()
        ui.reason_edit.setFocus()

    def retranslate(self) -> None:
        """Texts in the user's language."""
        self.ui.retranslateUi(self)
        ui = self.ui
        self.setWindowTitle(fill(self.tr("Void receipt %1"), self._shown.number))
        ui.receipt_label.setText(receipt_summary(self._shown, self._fees.clock))
        ui.warning_label.setText(self.tr(
            "The receipt stays on record and prints as void; its number is not used again. "
            "What it paid is owed again, and a deposit it took was never held. Take the "
            "paper receipt back and keep it with the stub."))
        ui.reason_edit.setPlaceholderText(self.tr("e.g. wrong amount typed, paid twice"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Void"))

    def _save(self) -> bool:
        reason = self.ui.reason_edit.text()
        self.receipt = self._approver.run(
            self, lambda approval: self._fees.void_receipt(self._shown.id, reason, approval))
        return True
