"""The fee collection workspace: a unit's open charges on the left, every receipt on the
right.

Type a unit (or scan the code on its payment notice) and press Enter: what it owes shows,
oldest first, and the payment dialog opens on the cash handed over — a cash payment of the
whole arrears is the unit, the amount tendered and Enter. Rows chosen in the charges table
are paid instead of all of them. F5 takes a payment, F7 a deposit, F8 sells business
services; Enter on a receipt opens it, Ctrl+P prints it again (marked as a copy)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from deskapp.domain.directory import HostOption
from deskapp.domain.fees.ledger_rows import ArrearsTotals, UnitArrears
from deskapp.domain.fees.receipt_list import ReceiptFilter, ReceiptQuery, ReceiptSummary
from deskapp.domain.fees.rows import ChargeRow, ReceiptRow
from deskapp.domain.money import format_money
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui.access.approval import Approver
from deskapp.ui.forms.ui_fee_tab import Ui_FeeTab
from deskapp.ui.framework.history_view import HistoryView
from deskapp.ui.framework.workspace import Workspace, WorkspaceContext, WorkspaceSpec, host
from deskapp.ui.host_completer import HostCompleter
from deskapp.ui.workspaces.fees.columns import (
    OVERDUE_BRUSH,
    arrears_cells,
    arrears_headers,
    charge_cells,
    charge_headers,
    receipt_background,
    receipt_columns,
)
from deskapp.ui.workspaces.fees.pay_dialog import FeePayDialog
from deskapp.ui.workspaces.fees.tab_actions import RECEIPT, FeeTabActions

OWING_SHOWN = 1000  # units listed when none is chosen (a building has a few thousand at most)


class FeeTab(FeeTabActions, Workspace):
    """Take money for a unit's charges, deposits and services, with its receipts."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        services = context.services
        self._services = services
        self._fees = services.fees
        self.approver = Approver(services.accounts, services.operator)
        self.ui = Ui_FeeTab()
        self.ui.setupUi(self)
        clock = self._fees.clock
        self.history = HistoryView(
            self._fees, receipt_columns(clock), clock, make_query=self._query,
            summary=self._summary, loader=context.loader, row_background=receipt_background,
            parent=self)
        self.history.set_default_sort("issued_at")
        self.model = self.history.model
        host(self.ui.history_host, self.history)
        self.action_area = self.ui.action_bar
        self.ui.action_bar_layout.insertWidget(self.ui.action_bar_layout.count() - 1,
                                               self.undo_button)
        self.ui.main_splitter.setSizes([560, 700])
        self.ui.attention_banner.setStyleSheet("background: #fff1c2; padding: 4px;")
        self.ui.attention_banner.hide()
        table = self.ui.charges_table
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.unit_completer = HostCompleter(self.ui.unit_edit, self._unit_options)
        self._unit: HostOption | None = None
        self._charges: list[ChargeRow] = []
        self._owing: list[UnitArrears] = []  # every unit's arrears, when no unit is chosen
        self._owing_totals: ArrearsTotals | None = None
        self._connect()
        self.retranslate()
        self.history.show_today()
        self.when_shown(self._load_unit)

    def _connect(self) -> None:
        ui = self.ui
        self.history.status_message.connect(self.status_message)
        self.history.activated.connect(lambda _row: self.show_receipt())
        ui.unit_edit.returnPressed.connect(self._on_unit_entered)
        ui.charges_table.activated.connect(self._on_row_activated)
        self.unit_completer.activated[str].connect(lambda _text: self._on_unit_entered())
        buttons = (
            (ui.pay_button, self.take_payment, "F5"),
            (ui.deposit_button, self.take_deposit, "F7"),
            (ui.sale_button, self.sell_services, "F8"),
            (ui.receipt_button, self.show_receipt, None),
            (ui.print_button, self.print_selected, None),
            (ui.refund_button, self.refund_deposit, None),
            (ui.handover_button, self.hand_over, None),
            (ui.waive_button, self.waive_charge, None),
            (ui.void_charge_button, self.void_charge, None),
            (ui.ledger_button, self.show_ledger, "F9"),
            (ui.notice_button, self.print_notice, None),
        )
        self.bind_buttons(buttons)
        self.context.events.data_replaced.connect(self.refresh)

    # --- The workspace's part of the window
    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        super().retranslate()
        self.history.set_filter_choices([(f.label(), f) for f in ReceiptFilter])
        self.history.set_texts(search_hint=self.tr("Receipt number, unit or payer…"),
                               filters=self.tr("Sho&w"))
        self.ui.unit_hint.setText(self.tr(
            "Type the unit (or scan the payment notice) and press Enter: what it owes "
            "shows and the payment opens. Choose rows to pay only those."))
        for action, text in zip(self.menu_actions(), (
                self.tr("Fees: &hand over the day…"),
                self.tr("Fees: print the &payment notices of every unit owing"),
                self.tr("Fees: charge &items and rates…"),
                self.tr("Fees: make the month's &bills…"),
                self.tr("Fees: &meter readings…")), strict=True):
            action.setText(text)
        self._show_unit()

    def refresh(self) -> None:
        """Everything again after the data changed underneath."""
        super().refresh()
        self.when_shown(self._load_unit)

    def reload_in_place(self) -> None:
        """Another counter took money: the list and the unit follow."""
        super().reload_in_place()
        self.when_shown(self._load_unit)

    def new_entry(self) -> None:
        """Ctrl+N in this tab: the unit box, to start the next payment."""
        self.focus_search()

    def focus_search(self) -> None:
        """Ctrl+F: the unit box."""
        self.ui.unit_edit.setFocus()
        self.ui.unit_edit.selectAll()

    def print_selected(self) -> None:
        """Ctrl+P: the receipt worked on, again (it prints marked as a copy)."""
        receipt = self.acting_row()
        if receipt is not None:
            self.print_requested.emit(RECEIPT, receipt.id)

    def shortcut_help(self) -> str:
        """The workspace's own keys."""
        return self.tr(
            "Unit + Enter  what it owes, and the payment · Ctrl+F  the unit box\n"
            "F5  take payment · F7  deposit · F8  business services · F9  the unit's ledger "
            "and dunning · Enter  the receipt · Ctrl+P  print the receipt again")

    def menu_actions(self) -> list[QAction]:
        """The handover, the payment notices, the items and rates, the bills and the meter
        readings, in the Counter menu."""
        return self.menu_actions_for((
            self.hand_over, self.print_all_notices,
            self.edit_items, self.make_bills, self.enter_readings))

    # --- The unit and what it owes
    def _unit_options(self) -> list[HostOption]:
        return [o for o in self._services.directory.host_options() if o.kind == "unit"]

    @Slot()
    def _on_unit_entered(self) -> None:
        typed = self.ui.unit_edit.text().strip()
        if not typed:  # the box emptied: every unit's arrears again
            self._unit = None
            self._load_unit()
            return
        option = self.unit_completer.resolve(typed) or self.unit_completer.first_match(typed)
        if option is None or option.kind != "unit":
            self._unit = None
            self._charges = []
            self._show_unit()
            self.status_message.emit(fill(self.tr("No unit matches %1."), typed))
            return
        self._unit = option
        self.ui.unit_edit.setText(option.label)
        self._load_unit()
        if self._charges:
            self.take_payment()

    def _load_unit(self) -> None:
        if self._unit is None:
            self._charges = []
            try:
                page = self._fees.arrears_overview(only_owing=False, limit=OWING_SHOWN)
            except UserError as exc:
                self.status_message.emit(str(exc))
                self._owing, self._owing_totals = [], None
            else:
                self._owing = [row for row in page.rows if row.owed_fen]
                self._owing_totals = page.totals
        else:
            try:
                self._charges = self._fees.open_charges(self._unit.id)
            except UserError as exc:
                self.status_message.emit(str(exc))
                self._charges = []
        self._show_unit()

    def _show_unit(self) -> None:
        ui = self.ui
        if self._unit is None:
            self._show_owing()
            return
        table = ui.charges_table
        self._set_headers(charge_headers())
        today = self._fees.clock.today()
        table.setRowCount(len(self._charges))
        for row, charge in enumerate(self._charges):
            late = charge.overdue_days(today) > 0
            for column, text in enumerate(charge_cells(charge, today)):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if late:
                    item.setBackground(OVERDUE_BRUSH)
                table.setItem(row, column, item)
        owed = sum(c.outstanding_fen for c in self._charges)
        late = sum(c.outstanding_fen for c in self._charges if c.overdue_days(today))
        credit = self._fees.credit(self._unit.id)
        ui.unit_title.setText(fill(self.tr("<b>%1</b>"), self._unit.label))
        ui.charges_total.setText(fill(self.tr(
            "Owed: <b>%1</b> · of it overdue: %2 · credit held: %3"),
            format_money(owed), format_money(late), format_money(credit)))

    def _set_headers(self, headers: list[str]) -> None:
        table = self.ui.charges_table
        table.clearContents()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)  # the item or occupant takes the room left

    def _show_owing(self) -> None:
        """No unit chosen: every unit that owes, in unit order, aged."""
        ui = self.ui
        table = ui.charges_table
        self._set_headers(arrears_headers())
        table.setRowCount(len(self._owing))
        for row, unit in enumerate(self._owing):
            for column, text in enumerate(arrears_cells(unit)):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if unit.arrears_fen:
                    item.setBackground(OVERDUE_BRUSH)
                table.setItem(row, column, item)
        ui.unit_title.setText(self.tr("Units that owe (Enter on a unit to take its payment)"))
        totals = self._owing_totals
        ui.charges_total.setText("" if totals is None else fill(self.tr(
            "Owed by every unit: %1 · overdue: %2, in %3 unit(s)"),
            format_money(totals.owed_fen), format_money(totals.arrears.total_fen),
            totals.units_in_arrears))

    @Slot()
    def _on_row_activated(self) -> None:
        row = self.ui.charges_table.currentRow()
        if self._unit is None and 0 <= row < len(self._owing):
            self.ui.unit_edit.setText(self._owing[row].unit_number)
            self._on_unit_entered()
        elif self._unit is not None:
            self.take_payment()

    def _picked_charges(self) -> list[ChargeRow]:
        rows = sorted({index.row() for index in self.ui.charges_table.selectedIndexes()})
        return [self._charges[row] for row in rows if row < len(self._charges)]

    # --- Taking money
    def take_payment(self) -> None:
        """F5: the payment dialog for the unit shown (its chosen rows, or all it owes)."""
        if self._unit is None:
            self.status_message.emit(self.tr("Type the unit first."))
            self.focus_search()
            return
        picked = self._picked_charges() if self.ui.charges_table.hasFocus() else []
        dialog = FeePayDialog(self._fees, self._unit.id, self._unit.label,
                              picked or self._charges, picked=bool(picked),
                              approver=self.approver, parent=self)
        if dialog.exec() and dialog.receipt is not None:
            self._after_receipt(dialog.receipt, dialog.print_receipt)

    def _after_receipt(self, receipt: ReceiptRow, print_it: bool) -> None:
        self.status_message.emit(fill(self.tr("Receipt %1: %2 received."), receipt.number,
                                      format_money(receipt.total_fen)))
        self._after_change()
        self.history.select(receipt.id)
        if print_it:
            self.print_requested.emit(RECEIPT, receipt.id)

    # --- The list
    def _query(self, first: dt.date, last: dt.date, text: str, shown: object) -> ReceiptQuery:
        only = shown if isinstance(shown, ReceiptFilter) else ReceiptFilter.ALL
        return ReceiptQuery(first, last, text, only)

    def _summary(self, summary: ReceiptSummary) -> str:
        return fill(self.tr("Shown: %1 receipts · %2 received · %3 voided"),
                    summary.shown, format_money(summary.total_fen), summary.voided)


SPEC = WorkspaceSpec(
    name="fees",
    title=lambda: QCoreApplication.translate("Workspaces", "Fee collection"),
    factory=FeeTab,
)
