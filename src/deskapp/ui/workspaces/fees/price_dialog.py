"""A new price of a charge item (调价): the price typed in yuan, the day it holds from and
the reason (the approved standard it follows), over the item's price history. Saved
under a supervisor's approval asked for in place; bills already made keep their price."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.fees.billing_records import ChargeItemRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_price_dialog import Ui_FeePriceDialog
from deskapp.ui.framework.times import when
from deskapp.ui.workspaces.fees.fee_texts import day_of, price_per, show_day, yuan_per

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FeePriceDialog(QDialog):
    """Reprice ``item`` (its id; the history is read afresh); ``item`` afterwards is the
    item as saved. Save (Enter) asks a supervisor's approval in place when needed; Esc
    cancels."""

    def __init__(self, fees: FeeCollection, approver: Approver | None, item_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeePriceDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._approver = approver
        self._item_id = item_id
        self.item: ChargeItemRow = fees.charge_item(item_id, with_rates=True)
        self.saved = False
        ui = self.ui
        self.errors = FieldErrors({
            "unit_price": (ui.price_edit, ui.unit_price_error),
            "effective_from": (ui.effective_from_edit, ui.effective_from_error),
            "reason": (ui.reason_edit, ui.reason_error),
        }, fallback=ui.form_error)
        today = fees.clock.today()
        show_day(ui.effective_from_edit, today, latest=today)
        header = ui.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.retranslate()
        ui.price_edit.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        ui = self.ui
        ui.retranslateUi(self)
        item = self.item
        self.setWindowTitle(fill(self.tr("Change the price of %1"), item.name))
        since = item.price_since.isoformat() if item.price_since else ""
        ui.item_label.setText(fill(self.tr("<b>%1</b> · %2 · %3<br>Price now: <b>%4</b>, "
                                           "since %5"),
                                   item.name, item.category.label(), item.cycle.label(),
                                   price_per(item.unit_price, item.pricing), since))
        ui.per_label.setText(yuan_per(item.pricing))
        self._show_history()

    def _show_history(self) -> None:
        table = self.ui.history_table
        headers = [self.tr("From"), self.tr("Price"), self.tr("Reason"),
                   self.tr("Entered by"), self.tr("Approved by"), self.tr("Entered")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.item.rates))
        clock = self._fees.clock
        for row, rate in enumerate(self.item.rates):
            cells = [rate.effective_from.isoformat(), price_per(rate.unit_price, self.item.pricing),
                     rate.reason or self.tr("(first price)"), rate.created_by,
                     rate.approved_by, when(clock, rate.created_at)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setTextAlignment(_RIGHT)
                table.setItem(row, column, cell)

    @Slot()
    def save(self) -> None:
        """Save the new price under approval; the dialog closes once saved."""
        self.errors.clear()
        ui = self.ui
        price, reason, day = ui.price_edit.text(), ui.reason_edit.text(), \
            day_of(ui.effective_from_edit)
        try:
            if self._approver is None:
                self.item = self._fees.change_price(self._item_id, price, reason, day)
            else:
                self.item = self._approver.run(self, lambda approval: self._fees.change_price(
                    self._item_id, price, reason, day, approval))
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ApprovalDeclined:
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.saved = True
        self.accept()
