"""Take a deposit (押金/保证金): money held against a renovation, a decoration pass, a key or
access card — not income. Its receipt is the one the payer brings back for the refund.

The unit is optional (a contractor's pass deposit has none); choosing one fills the payer.
The amount shows in capitals and the change as the cash is typed. Enter saves, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from deskapp.domain.directory import DirectoryService, HostOption
from deskapp.domain.fees.deposits import DepositInput
from deskapp.domain.fees.records import DepositKind
from deskapp.domain.fees.rows import DepositRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.ui.access.approval import Approver
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_deposit_dialog import Ui_FeeDepositDialog
from deskapp.ui.host_completer import HostCompleter
from deskapp.ui.workspaces.fees.dialog_base import FeeDialog
from deskapp.ui.workspaces.fees.money_fields import (
    QUIET_STYLE,
    PaymentFields,
    capitals,
    read_fen,
    typed_fen,
)


class FeeDepositDialog(FeeDialog):
    """Take a deposit; ``deposit`` is the DepositRow saved (its receipt to print), or None.

    ``approver`` asks a supervisor in place when the operator may not take money alone
    (without one, the refusal is said in a message).
    """

    def __init__(self, fees: FeeCollection, directory: DirectoryService,
                 parent: QWidget | None = None, *, approver: Approver | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeDepositDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._directory = directory
        self._approver = approver
        self.deposit: DepositRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "kind": (ui.kind_combo, ui.kind_error),
            "unit": (ui.unit_edit, ui.unit_error),
            "payer": (ui.payer_edit, ui.payer_error),
            "payer_phone": (ui.phone_edit, ui.payer_phone_error),
            "purpose": (ui.purpose_edit, ui.purpose_error),
            "amount": (ui.amount_edit, ui.amount_error),
            "method": (ui.method_combo, ui.method_error),
            "parts": (ui.method_combo, ui.method_error),
            "tendered": (ui.tendered_edit, ui.tendered_error),
            "reference": (ui.reference_edit, ui.reference_error),
            "form_serial": (ui.form_serial_edit, ui.form_serial_error),
        }, fallback=ui.form_error)
        self.payment = PaymentFields(ui.method_combo, ui.tendered_edit, ui.change_label,
                                     ui.reference_edit, self._amount, self)
        self.unit_completer = HostCompleter(ui.unit_edit, self._unit_options)
        self.unit_completer.activated[str].connect(self._on_unit_chosen)
        ui.amount_words.setStyleSheet(QUIET_STYLE)
        ui.amount_words.setWordWrap(True)
        ui.amount_edit.textChanged.connect(self._show_amount)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self.retranslate()
        ui.kind_combo.setFocus()

    def _unit_options(self) -> list[HostOption]:
        return [o for o in self._directory.host_options() if o.kind == "unit"]

    def retranslate(self) -> None:
        """Texts and choices in the user's language."""
        self.ui.retranslateUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("Take a deposit"))
        ui.intro_label.setText(self.tr(
            "A deposit is money held, not income: it is given back only against the receipt "
            "printed now, less any deductions a supervisor signs off."))
        ui.unit_edit.setPlaceholderText(self.tr("Optional: a unit number or name"))
        ui.purpose_edit.setPlaceholderText(self.tr("e.g. renovation of 1203, 2 access cards"))
        ui.amount_edit.setPlaceholderText(self.tr("Yuan, e.g. 2000"))
        ui.form_serial_edit.setPlaceholderText(self.tr("Only with pre-numbered receipt forms"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Take the deposit"))
        fill_choices(ui.kind_combo, list(DepositKind), DepositKind.CONSTRUCTION)
        self.payment.retranslate()
        self._show_amount()

    # --- Filling in
    def _amount(self) -> int | None:
        return typed_fen(self.ui.amount_edit.text())

    @Slot()
    def _show_amount(self) -> None:
        self.ui.amount_words.setText(capitals(self._amount()))
        self.payment.refresh()

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter in the unit takes the unit meant and goes on to the payer; elsewhere saves."""
        if focus is self.ui.unit_edit and self.ui.unit_edit.text().strip():
            return self._take_unit
        return self.save

    @Slot(str)
    def _on_unit_chosen(self, label: str) -> None:
        self.ui.unit_edit.setText(label)
        self._fill_payer(self.unit_completer.resolve(label))
        self._on_to_payer()

    def _take_unit(self) -> None:
        ui = self.ui
        option = (self.unit_completer.resolve(ui.unit_edit.text())
                  or self.unit_completer.first_match(ui.unit_edit.text()))
        self.unit_completer.popup().hide()
        if option is None:
            self.errors.show({"unit": self._unit_problem()})
            return
        ui.unit_edit.setText(option.label)
        self.errors.clear_field("unit")
        self._fill_payer(option)
        self._on_to_payer()

    def _on_to_payer(self) -> None:
        def move() -> None:
            self.ui.payer_edit.setFocus()
            self.ui.payer_edit.selectAll()

        move()
        # Again once a completion list chosen from has closed: closing gives the unit the
        # cursor back.
        QTimer.singleShot(0, move)

    def _fill_payer(self, option: HostOption | None) -> None:
        """The unit's occupant (or company) pays, unless someone else was typed."""
        if option is None or self.ui.payer_edit.text().strip():
            return
        unit = self._directory.unit(option.id)
        self.ui.payer_edit.setText(unit.occupant or unit.company)

    def _unit_problem(self) -> str:
        return self.tr("Choose a unit from the list, or leave it empty.")

    # --- Saving
    def deposit_input(self, errors: dict[str, str]) -> DepositInput:
        """What the dialog says, as the service takes it (problems of typing in ``errors``)."""
        ui = self.ui
        unit_id = None
        if ui.unit_edit.text().strip():
            option = self.unit_completer.resolve(ui.unit_edit.text())
            if option is None:
                errors["unit"] = self._unit_problem()
            else:
                unit_id = option.id
        amount = read_fen(errors, "amount", ui.amount_edit.text())
        tendered = self.payment.tendered_fen(errors)
        return DepositInput(
            kind=chosen(ui.kind_combo, DepositKind) or DepositKind.CONSTRUCTION,
            payer=ui.payer_edit.text(), amount_fen=amount or 0,
            parts=self.payment.parts(amount or 0), tendered_fen=tendered, unit_id=unit_id,
            payer_phone=ui.phone_edit.text(), purpose=ui.purpose_edit.text(),
            form_serial=ui.form_serial_edit.text())

    def _save(self) -> bool:
        errors: dict[str, str] = {}
        data = self.deposit_input(errors)
        if errors:
            self.errors.show(errors)
            return False
        if self._approver is None:
            self.deposit = self._fees.take_deposit(data)
        else:
            self.deposit = self._approver.run(
                self, lambda approval: self._fees.take_deposit(data, approval))
        return True
