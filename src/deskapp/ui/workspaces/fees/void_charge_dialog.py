"""A charge made by mistake voided (作废): it stays on record, struck out, with the reason
and a supervisor's approval asked for in place. A charge with money paid on it is not
voided here — its receipts are voided first — and the dialog says so."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.fees.rows import ChargeRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import format_money
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_void_charge_dialog import Ui_FeeVoidChargeDialog
from deskapp.ui.workspaces.fees.fee_texts import charge_summary


class FeeVoidChargeDialog(QDialog):
    """Void ``charge``; ``saved`` is the charge afterwards (None: not voided). Void
    (Enter) asks the approval; Esc cancels."""

    def __init__(self, fees: FeeCollection, approver: Approver | None, charge: ChargeRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeVoidChargeDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._approver = approver
        self._charge = charge
        self.saved: ChargeRow | None = None
        ui = self.ui
        self.errors = FieldErrors({"reason": (ui.reason_edit, ui.reason_error)},
                                  fallback=ui.form_error)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.retranslate()
        ui.reason_edit.setFocus()

    def void_button(self) -> QWidget:
        """The button that voids (Enter)."""
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        """The texts in the language chosen; a refusal said at once when it cannot be
        voided here."""
        ui = self.ui
        ui.retranslateUi(self)
        ui.charge_label.setText(charge_summary(self._charge))
        self.void_button().setText(self.tr("&Void charge"))
        refusal = self.refusal()
        if refusal:
            self.errors.show({"": refusal})
        self.void_button().setEnabled(not refusal)
        ui.reason_edit.setEnabled(not refusal)

    def refusal(self) -> str:
        """Why this charge cannot be voided here ("" when it can)."""
        charge = self._charge
        if charge.voided:
            return self.tr("This charge is voided already.")
        if charge.paid_fen:
            return fill(self.tr("%1 has been paid on this charge: void its receipts first "
                                "(the receipt's detail), then void the charge."),
                        format_money(charge.paid_fen))
        return ""

    @Slot()
    def save(self) -> None:
        """Void under approval; the dialog closes once saved."""
        if self.refusal():
            return
        self.errors.clear()
        reason = self.ui.reason_edit.text()
        charge_id = self._charge.id
        try:
            if self._approver is None:
                self.saved = self._fees.void_charge(charge_id, reason)
            else:
                self.saved = self._approver.run(self, lambda approval: self._fees.void_charge(
                    charge_id, reason, approval))
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ApprovalDeclined:
            return
        except UserError as exc:  # paid meanwhile at another counter, voided already
            self.errors.show({"": str(exc)})
            return
        self.accept()
