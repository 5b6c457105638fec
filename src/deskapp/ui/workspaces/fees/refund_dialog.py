"""Refund a deposit (退押金): only against the deposit's own receipt, whose number the payer
brings (typed, or scanned: the scanner's Enter checks it and moves on); deductions
itemised in a small table (Insert adds one, Delete removes the one chosen); the refund
worked out as it is typed, in figures and capitals; a supervisor signs it off in place
unless the operator is one. Enter saves, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from deskapp.domain.fees.deposits import Deduction, RefundInput
from deskapp.domain.fees.records import PART_METHODS, DepositState, Method
from deskapp.domain.fees.rows import DepositRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import MoneyError, format_money, parse_yuan, yuan_text
from deskapp.domain.text import clean_text, halfwidth
from deskapp.i18n import fill
from deskapp.ui.access.approval import Approver
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import ERROR_STYLE, FieldErrors
from deskapp.ui.forms.ui_fee_refund_dialog import Ui_FeeRefundDialog
from deskapp.ui.workspaces.fees.dialog_base import FeeDialog
from deskapp.ui.workspaces.fees.money_fields import QUIET_STYLE, capitals, typed_fen

REASON, AMOUNT = 0, 1


def receipt_number_key(typed: str) -> str:
    """A receipt number as compared: blanks gone, full-width as ASCII, upper case (the
    service compares the same way)."""
    return "".join(halfwidth(typed).split()).upper()


class FeeRefundDialog(FeeDialog):
    """Give ``deposit`` back; ``deposit`` afterwards is the DepositRow refunded (its
    refund slip to print). The dialog stays while the deposit is not refunded."""

    def __init__(self, fees: FeeCollection, approver: Approver, deposit: DepositRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeRefundDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._approver = approver
        self._held = deposit
        # The money goes back the way it came (cash for a mixed payment).
        paid_with = fees.receipt(deposit.receipt_id).method
        self._paid_with = paid_with if paid_with in PART_METHODS else Method.CASH
        self.deposit: DepositRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "receipt_number": (ui.receipt_number_edit, ui.receipt_number_error),
            "deductions": (ui.deductions_table, ui.deductions_error),
            "method": (ui.method_combo, ui.method_error),
            "received_by": (ui.received_by_edit, ui.received_by_error),
        }, fallback=ui.form_error)
        table = ui.deductions_table
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(AMOUNT, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(AMOUNT, 110)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.itemChanged.connect(self._on_item_changed)
        table.currentCellChanged.connect(self._enable_remove)
        ui.add_button.clicked.connect(lambda: self.add_deduction())
        ui.remove_button.clicked.connect(self.remove_deduction)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.setContext(Qt.ShortcutContext.WindowShortcut)
        insert.activated.connect(lambda: self.add_deduction())
        # Only on the table itself: in a cell being edited, or any line edit, Delete deletes text.
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_deduction)
        ui.refund_words.setStyleSheet(QUIET_STYLE)
        ui.received_by_edit.setText(deposit.payer)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self.retranslate()
        self._enable_remove()
        if deposit.state is not DepositState.HELD:
            self.errors.show({"": fill(self.tr("This deposit is %1: nothing is held to give "
                                               "back."), deposit.state.label().lower())})
            ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        ui.receipt_number_edit.setFocus()

    def retranslate(self) -> None:
        """Texts and choices in the user's language."""
        self.ui.retranslateUi(self)
        ui, held = self.ui, self._held
        clock = self._fees.clock
        self.setWindowTitle(fill(self.tr("Refund deposit — receipt %1"), held.receipt_number))
        lines = [fill(self.tr("Receipt %1 · %2 · paid by %3"), held.receipt_number,
                      held.kind.label(), held.payer)]
        taken = clock.local(held.taken_at).strftime("%Y-%m-%d %H:%M")
        lines.append(fill(self.tr("Taken %1 · %2 · held %3"), taken,
                          " · ".join(filter(None, (held.unit_label, held.purpose))) or "—",
                          format_money(held.amount_fen)))
        ui.deposit_label.setText("\n".join(lines))
        ui.receipt_number_edit.setPlaceholderText(
            self.tr("Scan or type the number on the receipt the payer brings"))
        ui.deductions_table.setHorizontalHeaderLabels([self.tr("Reason"), self.tr("Amount")])
        ui.add_button.setText(self.tr("&Add (Insert)"))
        ui.remove_button.setText(self.tr("Remo&ve (Delete)"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Refund"))
        fill_choices(ui.method_combo, PART_METHODS, self._paid_with)
        self._show_refund()

    # --- The receipt the payer brings
    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter in the receipt number checks it (a scanner ends with Enter); elsewhere saves."""
        if focus is self.ui.receipt_number_edit:
            return self.check_receipt_number
        return self.save

    @Slot()
    def check_receipt_number(self) -> bool:
        """Whether the number typed is the deposit's receipt's; said by the field, and the
        cursor moves on when it is."""
        typed = receipt_number_key(self.ui.receipt_number_edit.text())
        if not typed:
            self.errors.show({"receipt_number": self.tr(
                "Scan or type the number on the deposit's receipt: a deposit is refunded only "
                "against it.")})
            return False
        if typed != receipt_number_key(self._held.receipt_number):
            self.errors.show({"receipt_number": QCoreApplication.translate(
                "FeeCollection", "This is not the number on the deposit's receipt: a deposit "
                "is refunded only against its own receipt.")})
            self.ui.receipt_number_edit.selectAll()
            return False
        self.errors.clear_field("receipt_number")
        self.ui.received_by_edit.setFocus()
        self.ui.received_by_edit.selectAll()
        return True

    # --- Deductions
    def add_deduction(self, reason: str = "", amount: str = "") -> None:
        """A new row of the table; without text given, the cursor goes into its reason."""
        table = self.ui.deductions_table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        table.setItem(row, REASON, QTableWidgetItem(reason))
        amount_item = QTableWidgetItem(amount)
        amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, AMOUNT, amount_item)
        table.blockSignals(False)
        table.setCurrentCell(row, REASON)
        self._on_item_changed(amount_item)
        if not reason and not amount:
            table.setFocus()
            table.editItem(table.item(row, REASON))

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        """An amount typed reads back as yuan and fen (300 → 300.00); the refund follows."""
        fen = typed_fen(item.text()) if item.column() == AMOUNT else None
        if fen is not None and item.text() != yuan_text(fen):
            table = self.ui.deductions_table
            table.blockSignals(True)
            item.setText(yuan_text(fen))
            table.blockSignals(False)
        self._show_refund()

    @Slot()
    def remove_deduction(self) -> None:
        """Take the chosen row out of the table."""
        table = self.ui.deductions_table
        row = table.currentRow()
        if 0 <= row < table.rowCount():
            table.removeRow(row)
            self._show_refund()
            self._enable_remove()

    @Slot()
    def _enable_remove(self) -> None:
        table = self.ui.deductions_table
        self.ui.remove_button.setEnabled(0 <= table.currentRow() < table.rowCount())

    def deductions(self) -> tuple[list[Deduction], str]:
        """The rows as typed (blank rows left out), and what is wrong with an amount ("")."""
        table = self.ui.deductions_table
        found: list[Deduction] = []
        problem = ""
        for row in range(table.rowCount()):
            reason = clean_text(_text(table.item(row, REASON)))
            typed = _text(table.item(row, AMOUNT))
            if not reason and not clean_text(typed):
                continue
            try:
                fen = parse_yuan(typed)
            except MoneyError as exc:
                problem = problem or fill(self.tr("Row %1: %2"), row + 1, str(exc))
                fen = 0
            found.append(Deduction(reason, fen))
        return found, problem

    @Slot()
    def _show_refund(self) -> None:
        ui = self.ui
        deductions, problem = self.deductions()
        deducted = sum(d.amount_fen for d in deductions)
        held = self._held.amount_fen
        if not problem and deducted > held:
            problem = fill(self.tr("The deductions (%1) are more than the deposit (%2)."),
                           format_money(deducted), format_money(held))
        if problem:
            ui.deductions_error.setText(problem)
            ui.deductions_error.setStyleSheet(ERROR_STYLE)
            ui.deductions_error.show()
        else:
            ui.deductions_error.clear()
            ui.deductions_error.hide()
        refund = held - deducted
        if problem or refund < 0:
            ui.refund_value.setText("—")
            ui.refund_words.clear()
            return
        figures = f"<b>{format_money(refund)}</b>"
        if deducted:
            figures += " " + fill(self.tr("(%1 held − %2 deducted)"), format_money(held),
                                  format_money(deducted))
        ui.refund_value.setText(figures)
        ui.refund_words.setText(capitals(refund))

    def refund_text(self) -> str:
        """The refund as shown (figures and capitals), for tests."""
        return f"{self.ui.refund_value.text()} {self.ui.refund_words.text()}"

    # --- Saving
    def refund_input(self) -> RefundInput:
        """What the dialog says, as the service takes it."""
        ui = self.ui
        return RefundInput(receipt_number=ui.receipt_number_edit.text(),
                           received_by=ui.received_by_edit.text(),
                           method=chosen(ui.method_combo, Method) or Method.CASH,
                           deductions=tuple(self.deductions()[0]))

    def _save(self) -> bool:
        if not self.check_receipt_number():
            return False
        deductions, problem = self.deductions()
        if problem:
            self.errors.show({"deductions": problem})
            return False
        data = self.refund_input()
        self.deposit = self._approver.run(
            self, lambda approval: self._fees.refund_deposit(self._held.id, data, approval))
        return True


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
