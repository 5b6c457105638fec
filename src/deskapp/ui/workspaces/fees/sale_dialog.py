"""Business services sold over the counter (特约服务: copy, print, fax by the page): one row
per service the supervisor set up, the cashier types how many; the total in figures and
capitals and the change as the cash is typed. Enter in a quantity goes on to the cash
handed over, Enter there (or anywhere else) saves; Esc cancels."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from deskapp.domain.errors import ValidationError
from deskapp.domain.fees.payments import MAX_PAGES, SaleInput, SaleLine
from deskapp.domain.fees.rounding import QUANTITY_UNITS, charge_fen, format_price
from deskapp.domain.fees.rows import ReceiptRow
from deskapp.domain.fees.sale_items import CounterItem
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import format_money
from deskapp.ui.access.approval import Approver
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_sale_dialog import Ui_FeeSaleDialog
from deskapp.ui.workspaces.fees.dialog_base import FeeDialog
from deskapp.ui.workspaces.fees.money_fields import QUIET_STYLE, PaymentFields, capitals

NAME, PRICE, QUANTITY, AMOUNT = range(4)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FeeSaleDialog(FeeDialog):
    """Sell ``items`` (the counter's services, see
    :func:`deskapp.domain.fees.sale_items.counter_items`); ``receipt`` is the ReceiptRow
    issued (to print), or None.

    ``approver`` asks a supervisor in place when the operator may not take money alone.
    """

    def __init__(self, fees: FeeCollection, items: Sequence[CounterItem],
                 parent: QWidget | None = None, *, approver: Approver | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeSaleDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._items = list(items)
        self._approver = approver
        self.receipt: ReceiptRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "lines": (ui.items_table, ui.lines_error),
            "quantity": (ui.items_table, ui.lines_error),
            "amount": (ui.items_table, ui.lines_error),
            "payer": (ui.payer_edit, ui.payer_error),
            "method": (ui.method_combo, ui.method_error),
            "parts": (ui.method_combo, ui.method_error),
            "tendered": (ui.tendered_edit, ui.tendered_error),
            "reference": (ui.reference_edit, ui.reference_error),
        }, fallback=ui.form_error)
        self.payment = PaymentFields(ui.method_combo, ui.tendered_edit, ui.change_label,
                                     ui.reference_edit, self.total_fen, self)
        self._spins = self._fill_table()
        ui.total_words.setStyleSheet(QUIET_STYLE)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self.retranslate()
        ui.payer_edit.setText(self.tr("Walk-in"))
        if self._spins:
            self._spins[0].setFocus()
            self._spins[0].selectAll()

    def _fill_table(self) -> list[QSpinBox]:
        """A row per service: name, price, a box for how many, the amount."""
        ui = self.ui
        table = ui.items_table
        # The boxes take the keys, not the table: Tab goes from box to box.
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().hide()
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PRICE, 80), (QUANTITY, 100), (AMOUNT, 90)):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, width)
        table.setRowCount(len(self._items))
        spins = []
        for row, item in enumerate(self._items):
            table.setItem(row, NAME, QTableWidgetItem(item.name))
            price = QTableWidgetItem("¥" + format_price(item.unit_price))
            price.setTextAlignment(RIGHT)
            table.setItem(row, PRICE, price)
            spin = QSpinBox()
            spin.setRange(0, MAX_PAGES // QUANTITY_UNITS)
            spin.setAlignment(RIGHT)
            spin.setSpecialValueText(" ")  # none of it: a blank box, not a 0 to type over
            spin.valueChanged.connect(self._show_total)
            table.setCellWidget(row, QUANTITY, spin)
            amount = QTableWidgetItem("")
            amount.setTextAlignment(RIGHT)
            table.setItem(row, AMOUNT, amount)
            spins.append(spin)
        for before, after in zip(spins, spins[1:], strict=False):
            QWidget.setTabOrder(before, after)
        if spins:
            QWidget.setTabOrder(spins[-1], ui.payer_edit)
            ui.items_label.setBuddy(spins[0])
        return spins

    def retranslate(self) -> None:
        """Texts and choices in the user's language."""
        self.ui.retranslateUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("Business services"))
        ui.intro_label.setText(self.tr(
            "Type how many of each (pages, or times); the prices are the posted rates.")
            if self._items else self.tr(
            "No business services are set up: a supervisor adds them (priced per page or "
            "fixed, charged when asked for) under Fees › Charge items."))
        ui.items_table.setHorizontalHeaderLabels([
            self.tr("Service"), self.tr("Price"), self.tr("How many"), self.tr("Amount")])
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Take payment"))
        self.payment.retranslate()
        self._show_total()

    # --- Live
    def set_quantity(self, row: int, quantity: int) -> None:
        """Put ``quantity`` in the box of ``row`` (as typed)."""
        self._spins[row].setValue(quantity)

    def quantities(self) -> list[int]:
        """How many of each service, in row order."""
        return [spin.value() for spin in self._spins]

    def total_fen(self) -> int:
        """What the services typed come to."""
        return sum(charge_fen(quantity * QUANTITY_UNITS, item.unit_price)
                   for item, quantity in zip(self._items, self.quantities(), strict=True))

    @Slot()
    def _show_total(self) -> None:
        ui = self.ui
        for row, (item, quantity) in enumerate(zip(self._items, self.quantities(), strict=True)):
            fen = charge_fen(quantity * QUANTITY_UNITS, item.unit_price)
            ui.items_table.item(row, AMOUNT).setText(format_money(fen) if quantity else "")
        total = self.total_fen()
        ui.total_value.setText(f"<b>{format_money(total)}</b>")
        ui.total_words.setText(capitals(total) if total else "")
        self.payment.refresh()

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter in a quantity goes on to the cash handed over (when there is cash to
        take); elsewhere it saves."""
        if focus in self._spins and self.total_fen() and self.ui.tendered_edit.isEnabled():
            return self._to_cash
        return self.save

    def _to_cash(self) -> None:
        self.ui.tendered_edit.setFocus()
        self.ui.tendered_edit.selectAll()

    # --- Saving
    def sale_input(self) -> SaleInput:
        """What the dialog says, as the service takes it."""
        errors: dict[str, str] = {}
        tendered = self.payment.tendered_fen(errors)
        if errors:
            raise ValidationError(errors)
        lines = tuple(SaleLine(item.id, quantity * QUANTITY_UNITS)
                      for item, quantity in zip(self._items, self.quantities(), strict=True)
                      if quantity)
        return SaleInput(payer=self.ui.payer_edit.text(), lines=lines,
                         parts=self.payment.parts(self.total_fen()), tendered_fen=tendered)

    def _save(self) -> bool:
        data = self.sale_input()
        if not data.lines:
            self.errors.show({"lines": self.tr("Type how many of at least one service.")})
            return False
        if self._approver is None:
            self.receipt = self._fees.sell(data)
        else:
            self.receipt = self._approver.run(self, lambda approval: self._fees.sell(data,
                                                                                     approval))
        return True
