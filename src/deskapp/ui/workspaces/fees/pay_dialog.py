"""Take a payment for a unit (收费): the amount (the whole arrears to start with), the
method, cash tendered and the change, a second method for a split payment, the payer.
What the money will pay is shown as it is typed; Enter takes it, Esc cancels.

For a cash payment of the whole arrears the cashier types the cash handed over and
presses Enter: the dialog opens with the focus there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.fees.payments import PaymentInput
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import PART_METHODS, Method
from deskapp.domain.fees.rows import ChargeRow, ReceiptRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import MoneyError, format_money, parse_yuan, yuan_text
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_pay_dialog import Ui_FeePayDialog


class FeePayDialog(QDialog):
    """Take money for ``unit_id``'s ``charges`` (the cashier's pick, or every charge the
    unit owes oldest first). ``receipt`` is the receipt issued (None: cancelled);
    ``print_receipt`` whether it should print."""

    def __init__(self, fees: FeeCollection, unit_id: int, unit_text: str,
                 charges: Sequence[ChargeRow], *, picked: bool = False,
                 approver: Approver | None = None, payer: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeePayDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._unit_id = unit_id
        self._unit_text = unit_text
        self._charges = list(charges)
        self._picked = picked
        self._approver = approver
        self._credit = fees.credit(unit_id)
        self.receipt: ReceiptRow | None = None
        self.print_receipt = False
        ui = self.ui
        self.errors = FieldErrors({
            "amount": (ui.amount_edit, ui.amount_error),
            "method": (ui.method_combo, ui.method_error),
            "tendered": (ui.tendered_edit, ui.tendered_error),
            "second": (ui.second_amount_edit, ui.second_error),
            "reference": (ui.reference_edit, ui.reference_error),
            "payer": (ui.payer_edit, ui.payer_error),
            "form_serial": (ui.serial_edit, ui.form_serial_error),
        }, fallback=ui.form_error)
        ui.payer_edit.setText(payer)
        ui.credit_check.setVisible(self._credit > 0)
        for edit in (ui.amount_edit, ui.tendered_edit, ui.second_amount_edit):
            edit.textChanged.connect(self._show_effect)
        ui.method_combo.currentIndexChanged.connect(self._show_effect)
        ui.second_method_combo.currentIndexChanged.connect(self._show_effect)
        ui.credit_check.toggled.connect(self._start_amount)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.retranslate()
        self._start_amount()
        focus = ui.tendered_edit if self.due_fen() else ui.amount_edit
        focus.setFocus()
        focus.selectAll()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        ui = self.ui
        ui.retranslateUi(self)
        self.setWindowTitle(self.tr("Take payment"))
        fill_choices(ui.method_combo, PART_METHODS, Method.CASH)
        second = ui.second_method_combo
        kept = second.currentData() or ""
        second.blockSignals(True)
        second.clear()
        second.addItem(self.tr("(none)"), "")
        for method in PART_METHODS:
            second.addItem(method.label(), method.value)
        second.setCurrentIndex(max(second.findData(kept), 0))
        second.blockSignals(False)
        owed = sum(c.outstanding_fen for c in self._charges)
        lines = [fill(self.tr("<b>%1</b>"), self._unit_text)]
        if self._charges:
            lines.append(fill(self.tr("%1 charge(s), %2 owed, the oldest due %3"),
                              len(self._charges), format_money(owed),
                              self._charges[0].due_on.isoformat()))
        else:
            lines.append(self.tr("Nothing is owed: money paid now is kept as credit."))
        if self._credit:
            lines.append(fill(self.tr("Credit held: %1"), format_money(self._credit)))
        ui.unit_summary.setText("<br>".join(lines))
        self._show_effect()

    def due_fen(self) -> int:
        """What the money should be to settle the charges (credit spent first)."""
        owed = sum(c.outstanding_fen for c in self._charges)
        credit = self._credit if self.ui.credit_check.isChecked() else 0
        return max(owed - credit, 0)

    @Slot()
    def _start_amount(self) -> None:
        self.ui.amount_edit.setText(yuan_text(self.due_fen()))
        self._show_effect()

    def _typed(self, text: str) -> int | None:
        try:
            return parse_yuan(text) if text.strip() else 0
        except MoneyError:
            return None

    def _parts(self) -> tuple[list[PaymentPart], int | None] | None:
        """The payment parts and cash tendered as typed (None: something unreadable)."""
        ui = self.ui
        amount = self._typed(ui.amount_edit.text())
        second = self._typed(ui.second_amount_edit.text())
        tendered = self._typed(ui.tendered_edit.text())
        if amount is None or second is None or tendered is None:
            return None
        method = chosen(ui.method_combo, Method) or Method.CASH
        second_method = ui.second_method_combo.currentData()
        reference = ui.reference_edit.text()
        if second_method and second:
            first_fen = max(amount - second, 0)
            parts = [PaymentPart(method, first_fen, "" if method is Method.CASH else reference),
                     PaymentPart(Method(second_method), second,
                                 "" if second_method == Method.CASH else reference)]
        else:
            parts = [PaymentPart(method, amount, "" if method is Method.CASH else reference)]
        return parts, tendered or None

    @Slot()
    def _show_effect(self) -> None:
        ui = self.ui
        read = self._parts()
        cash_method = any(p.method is Method.CASH for p in (read[0] if read else []))
        ui.tendered_edit.setEnabled(cash_method)
        ui.reference_edit.setEnabled(not cash_method or bool(ui.second_method_combo.currentData()))
        if read is None:
            ui.change_value.setText("")
            ui.allocation_label.setText("")
            return
        parts, tendered = read
        money = sum(p.amount_fen for p in parts)
        cash = sum(p.amount_fen for p in parts if p.method is Method.CASH)
        change = (tendered or cash) - cash
        ui.change_value.setText(f"<b style='font-size:16pt'>{format_money(max(change, 0))}</b>"
                                if cash_method and change >= 0 else "")
        plan = self._fees.plan_payment(self._unit_id, money, [c.id for c in self._charges]
                                       if self._picked else (), ui.credit_check.isChecked())
        names = {c.id: c for c in self._charges}
        paid = [fill(self.tr("%1 %2: %3"), names[i].period, names[i].item_name, format_money(fen))
                for i, fen in plan.paid if i in names]
        text = [self.tr("This pays:") + " " + ("; ".join(paid) if paid else self.tr("nothing"))]
        if plan.credit_used_fen:
            text.append(fill(self.tr("Credit spent: %1"), format_money(plan.credit_used_fen)))
        if plan.credit_kept_fen:
            text.append(fill(self.tr("Kept as credit: %1"), format_money(plan.credit_kept_fen)))
        if plan.still_owed_fen:
            text.append(fill(self.tr("Still owed afterwards: %1"),
                             format_money(plan.still_owed_fen)))
        ui.allocation_label.setText("\n".join(text))

    @Slot()
    def save(self) -> None:
        """Take the money; the dialog closes once the receipt is issued."""
        ui = self.ui
        self.errors.clear()
        read = self._parts()
        if read is None:
            errors = {}
            for field, edit in (("amount", ui.amount_edit), ("tendered", ui.tendered_edit),
                                ("second", ui.second_amount_edit)):
                try:
                    parse_yuan(edit.text()) if edit.text().strip() else 0
                except MoneyError as exc:
                    errors[field] = str(exc)
            self.errors.show(errors)
            return
        parts, tendered = read
        second = self._typed(ui.second_amount_edit.text()) or 0
        amount = self._typed(ui.amount_edit.text()) or 0
        if ui.second_method_combo.currentData() and second > amount:
            self.errors.show({"second": self.tr(
                "The second part cannot be more than the amount paid.")})
            return
        data = PaymentInput(
            self._unit_id, tuple(parts), tendered_fen=tendered,
            charge_ids=tuple(c.id for c in self._charges) if self._picked else (),
            payer=ui.payer_edit.text(), use_credit=ui.credit_check.isChecked(),
            form_serial=ui.serial_edit.text())
        try:
            if self._approver is not None:
                self.receipt = self._approver.run(self, lambda approval: self._fees.pay(
                    data, approval))
            else:
                self.receipt = self._fees.pay(data)
        except ApprovalDeclined:
            return
        except ValidationError as exc:
            errors = dict(exc.errors)
            if "parts" in errors:
                errors["amount"] = errors.pop("parts")
            self.errors.show(errors)
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.print_receipt = ui.print_check.isChecked()
        self.accept()
