"""Issue a dunning notice (催缴通知书) to a unit in arrears: the charges past due that it
will name and their total, the stage the ladder suggests (a second notice while what the
first asked for is still owed), the day to pay by (the stage's days from today), and what
the notice will say. Enter issues it, Esc cancels."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from deskapp.domain.fees.dunning_wording import dunning_wording
from deskapp.domain.fees.ledger_records import DunningStage
from deskapp.domain.fees.ledger_rows import DunningRow, UnitLedger
from deskapp.domain.fees.rows import ChargeRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import format_money
from deskapp.i18n import fill
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_dunning_dialog import Ui_FeeDunningDialog
from deskapp.ui.framework.times import show_day
from deskapp.ui.workspaces.fees.dialog_base import FeeDialog
from deskapp.ui.workspaces.fees.ledger_cells import local_time


class FeeDunningDialog(FeeDialog):
    """Issue a dunning notice to ``unit_id``; ``notice`` is the notice issued (None:
    cancelled), ``print_notice`` whether it should print now."""

    def __init__(self, fees: FeeCollection, unit_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeDunningDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._clock = fees.clock
        self._unit_id = unit_id
        self._ledger: UnitLedger = fees.ledger(unit_id)
        self._earlier: list[DunningRow] = fees.notices(unit_id)
        self._suggested = fees.suggested_stage(unit_id)
        self.notice: DunningRow | None = None
        self.print_notice = False
        ui = self.ui
        self.errors = FieldErrors({
            "stage": (ui.stage_combo, ui.stage_error),
            "pay_by": (ui.pay_by_edit, ui.pay_by_error),
        }, fallback=ui.form_error)
        table = ui.charges_table
        table.verticalHeader().hide()
        ui.stage_combo.currentIndexChanged.connect(self._on_stage_changed)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self.retranslate()
        self._on_stage_changed()
        ui.stage_combo.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        ui = self.ui
        ui.retranslateUi(self)
        fill_choices(ui.stage_combo, list(DunningStage), self._suggested)
        ledger = self._ledger
        self.setWindowTitle(fill(self.tr("Dunning notice — %1"), ledger.unit_label))
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Issue the notice"))
        oldest = ledger.oldest_due.isoformat() if ledger.oldest_due else "-"
        ui.intro_label.setText(f"<b>{html.escape(ledger.unit_label)}</b><br>" + html.escape(
            fill(self.tr("The notice names what is past due today: %1, the oldest due %2. "
                         "Charges not yet due are left out."),
                 format_money(ledger.arrears_fen), oldest)))
        ui.stage_hint.setText(self._suggestion())
        self._show_charges()
        self._show_wording()

    def _suggestion(self) -> str:
        """Why the ladder suggests the stage it does."""
        stage = self._suggested.label()
        if not self._earlier:
            return fill(self.tr("Suggested: %1 — no notice has been sent yet."), stage)
        last = self._earlier[-1]
        if self._suggested is DunningStage.FIRST:
            return fill(self.tr("Suggested: %1 — what notice %2 asked for has been paid "
                                "since."), stage, last.number)
        return fill(self.tr("Suggested: %1 — notice %2 (%3, issued %4) is still unpaid."),
                    stage, last.number, last.stage.label(),
                    local_time(self._clock, last.issued_at))

    def _overdue(self) -> list[ChargeRow]:
        today = self._ledger.as_of
        return [c for c in self._ledger.charges
                if c.outstanding_fen > 0 and c.due_on < today]

    def _show_charges(self) -> None:
        table = self.ui.charges_table
        headers = [self.tr("Period"), self.tr("Item"), self.tr("Due"), self.tr("Days late"),
                   self.tr("Owed")]
        rows = self._overdue()
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        today = self._ledger.as_of
        for r, charge in enumerate(rows):
            cells = [charge.period, charge.item_name, charge.due_on.isoformat(),
                     str(charge.overdue_days(today)), format_money(charge.outstanding_fen)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _show_wording(self) -> None:
        stage = chosen(self.ui.stage_combo, DunningStage) or self._suggested
        paragraphs = "".join(f"<p>{html.escape(text)}</p>" for text in dunning_wording(stage))
        self.ui.wording_browser.setHtml(f"<p><b>{html.escape(stage.title())}</b></p>"
                                        + paragraphs)

    @Slot()
    def _on_stage_changed(self) -> None:
        """Each stage gives its own days to pay (15, 10, 7) and says its own words."""
        stage = chosen(self.ui.stage_combo, DunningStage) or self._suggested
        show_day(self.ui.pay_by_edit, self._clock.today() + dt.timedelta(days=stage.pay_days))
        self._show_wording()

    def _save(self) -> bool:
        ui = self.ui
        stage = chosen(ui.stage_combo, DunningStage) or self._suggested
        self.notice = self._fees.issue_dunning(self._unit_id, stage,
                                               ui.pay_by_edit.date().toPython())
        self.print_notice = ui.print_check.isChecked()
        return True
