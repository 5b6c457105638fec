"""A waiver (减免): part or all of what a charge still asks for let go, with the reason,
under a supervisor's approval asked for in place. The amount starts as everything still
owed; earlier waivers of the charge are listed."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.fees.rows import ChargeRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import MoneyError, format_money, parse_yuan, yuan_text
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_waive_dialog import Ui_FeeWaiveDialog
from deskapp.ui.workspaces.fees.fee_texts import charge_summary


class FeeWaiveDialog(QDialog):
    """Waive part or all of ``charge``; ``saved`` is the charge afterwards (None:
    cancelled). Waive (Enter) asks the approval; Esc cancels."""

    def __init__(self, fees: FeeCollection, approver: Approver | None, charge: ChargeRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeWaiveDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._approver = approver
        self._charge = charge
        self.saved: ChargeRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "amount_fen": (ui.amount_edit, ui.amount_fen_error),
            "reason": (ui.reason_edit, ui.reason_error),
        }, fallback=ui.form_error)
        ui.amount_edit.setText(yuan_text(charge.outstanding_fen))
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.retranslate()
        ui.amount_edit.setFocus()
        ui.amount_edit.selectAll()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        ui = self.ui
        ui.retranslateUi(self)
        ui.charge_label.setText(charge_summary(self._charge))
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Waive"))
        try:
            earlier = self._fees.waivers(self._charge.id)
        except UserError:
            earlier = []
        clock = self._fees.clock
        ui.history_label.setText("<br>".join(
            [self.tr("Waived before:")] + [fill(
                self.tr("%1 on %2: %3 (approved by %4)"), format_money(w.amount_fen),
                clock.local(w.at).strftime("%Y-%m-%d %H:%M"), w.reason, w.approved_by)
                for w in earlier])
            if earlier else "")
        ui.history_label.setVisible(bool(earlier))
        owed = self._charge.outstanding_fen > 0
        if not owed:
            self.errors.show({"": self.tr("Nothing is owed on this charge.")})
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(owed)

    def _refuse_too_much(self, typed: str) -> None:
        """The service refuses more than is owed too, but only once the approval is given."""
        try:
            fen = parse_yuan(typed)
        except MoneyError:
            return  # the service says what is wrong with it, before asking anyone
        owed = self._charge.outstanding_fen
        if fen > owed:
            raise ValidationError({"amount_fen": fill(self.tr(
                "At most what is still owed: %1."), format_money(owed))})

    @Slot()
    def save(self) -> None:
        """Waive under approval; the dialog closes once saved."""
        self.errors.clear()
        ui = self.ui
        amount, reason = ui.amount_edit.text(), ui.reason_edit.text()
        charge_id = self._charge.id
        try:
            self._refuse_too_much(amount)
            if self._approver is None:
                self.saved = self._fees.waive(charge_id, amount, reason)
            else:
                self.saved = self._approver.run(self, lambda approval: self._fees.waive(
                    charge_id, amount, reason, approval))
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ApprovalDeclined:
            return
        except UserError as exc:
            self.errors.show({"": str(exc)})
            return
        self.accept()
