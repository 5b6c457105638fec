"""The charge items and their rates (收费项目与收费标准), for a supervisor: every item with
its category, how it is priced, its unit price and billing cycle; add one, change a
price, retire an item or charge it again — each under a supervisor's approval asked for
in place — and print the rate schedule posted at the counter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from deskapp.domain.fees.billing_records import ChargeItemRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.forms.ui_fee_items_dialog import Ui_FeeItemsDialog
from deskapp.ui.workspaces.fees.fee_texts import price_per
from deskapp.ui.workspaces.fees.item_dialog import FeeItemDialog
from deskapp.ui.workspaces.fees.price_dialog import FeePriceDialog

RATE_SCHEDULE = "rate-schedule"
_RETIRED = QBrush(QColor("#8a8a8a"))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FeeItemsDialog(QDialog):
    """Every charge item, those still charged first; Enter on one changes its price.

    Signals:
        print_requested(str, object): ("rate-schedule", 0) — print the rate schedule.
        items_changed(): an item was added, repriced, retired or charged again.
    """

    print_requested = Signal(str, object)
    items_changed = Signal()

    def __init__(self, fees: FeeCollection, approver: Approver | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeItemsDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._approver = approver
        self._items: list[ChargeItemRow] = []
        ui = self.ui
        header = ui.items_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.add_button.clicked.connect(self.add_item)
        ui.price_button.clicked.connect(self.change_price)
        ui.retire_button.clicked.connect(self.retire)
        ui.reactivate_button.clicked.connect(self.reactivate)
        ui.print_button.clicked.connect(self.print_schedule)
        ui.items_table.activated.connect(lambda _index: self.change_price())
        ui.items_table.itemSelectionChanged.connect(self._show_buttons)
        ui.button_box.rejected.connect(self.reject)
        self.retranslate()
        ui.items_table.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        self.ui.retranslateUi(self)
        self.reload()

    # --- The list
    def reload(self, select: int | None = None) -> None:
        """Read the items again, keeping (or moving to) the item ``select``."""
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)
        try:
            self._items = self._fees.charge_items(include_inactive=True)
        except UserError as exc:
            self._items = []
            self.ui.status_label.setText(str(exc))
        table = self.ui.items_table
        headers = [self.tr("Item"), self.tr("Category"), self.tr("Priced"),
                   self.tr("Unit price"), self.tr("Billed"), self.tr("Price since"),
                   self.tr("State")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            cells = [item.name, item.category.label(), item.pricing.label(),
                     price_per(item.unit_price, item.pricing), item.cycle.label(),
                     item.price_since.isoformat() if item.price_since else "",
                     self.tr("Charged") if item.active else self.tr("Retired")]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 3:
                    cell.setTextAlignment(_RIGHT)
                if not item.active:
                    cell.setForeground(_RETIRED)
                table.setItem(row, column, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        index = next((n for n, item in enumerate(self._items) if item.id == keep), 0)
        if self._items:
            table.selectRow(index)
        self._show_buttons()

    def selected(self) -> ChargeItemRow | None:
        """The item chosen in the list."""
        rows = {index.row() for index in self.ui.items_table.selectedIndexes()}
        row = min(rows) if rows else -1
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[ChargeItemRow]:
        """The items listed, in their order."""
        return list(self._items)

    @Slot()
    def _show_buttons(self) -> None:
        item = self.selected()
        ui = self.ui
        ui.price_button.setEnabled(item is not None and item.active)
        ui.retire_button.setEnabled(item is not None and item.active)
        ui.reactivate_button.setEnabled(item is not None and not item.active)

    def _changed(self, item: ChargeItemRow, message: str) -> None:
        self.reload(select=item.id)
        self.ui.status_label.setText(message)
        self.items_changed.emit()

    # --- Actions
    @Slot()
    def add_item(self) -> None:
        """A new item (its own dialog, saved under approval)."""
        dialog = FeeItemDialog(self._fees, self._approver, self)
        if dialog.exec() and dialog.item is not None:
            item = dialog.item
            self._changed(item, fill(self.tr("%1 added at %2."), item.name,
                                     price_per(item.unit_price, item.pricing)))

    @Slot()
    def change_price(self) -> None:
        """A new price of the item chosen, with its history shown."""
        item = self.selected()
        if item is None or not item.active:
            return
        dialog = FeePriceDialog(self._fees, self._approver, item.id, self)
        if dialog.exec() and dialog.saved:
            saved = dialog.item
            self._changed(saved, fill(self.tr("%1 now %2 from %3."), saved.name,
                                      price_per(saved.unit_price, saved.pricing),
                                      saved.price_since.isoformat() if saved.price_since
                                      else ""))

    @Slot()
    def retire(self) -> None:
        """Stop charging the item chosen (bill runs leave it out; its bills stay)."""
        item = self.selected()
        if item is None or not item.active:
            return
        if not messages.ask(self, fill(self.tr(
                "Stop charging %1? Bill runs leave it out from now on; the bills made with "
                "it stay as they are. It can be charged again later."), item.name),
                self.tr("Retire a charge item"), default_yes=False):
            return
        self._set_active(item, False)

    @Slot()
    def reactivate(self) -> None:
        """Charge a retired item again, at its last price."""
        item = self.selected()
        if item is None or item.active:
            return
        self._set_active(item, True)

    def _set_active(self, item: ChargeItemRow, active: bool) -> None:
        change = self._fees.reactivate_item if active else self._fees.deactivate_item
        try:
            if self._approver is None:
                saved = change(item.id)
            else:
                saved = self._approver.run(self, lambda approval: change(item.id, approval))
        except ApprovalDeclined:
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._changed(saved, fill(self.tr("%1 is charged again at %2.") if active else
                                  self.tr("%1 is retired: bill runs leave it out."),
                                  saved.name, price_per(saved.unit_price, saved.pricing)))

    @Slot()
    def print_schedule(self) -> None:
        """The rate schedule of every item still charged, for the counter's wall."""
        self.print_requested.emit(RATE_SCHEDULE, 0)
