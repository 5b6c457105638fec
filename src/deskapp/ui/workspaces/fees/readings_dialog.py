"""The month's meter readings (抄表) of one metered item: a grid of the units, each typed
in with Enter, which saves the row and makes the next unit ready; a lower reading is
refused in its row until it is marked as a rollover or a meter change; a saved reading is
corrected by a new signed one (with a supervisor's approval once it is billed); and a
sheet of readings imported after a dry run that shows what each row would do."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.fees import rounding
from deskapp.domain.fees.billing_records import (
    ChargeItemRow,
    ReadingImportReport,
    ReadingInput,
    ReadingKind,
    ReadingRow,
)
from deskapp.domain.fees.records import Pricing
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import format_money
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import Approver
from deskapp.ui.field_errors import ERROR_STYLE
from deskapp.ui.forms.ui_fee_readings_dialog import Ui_FeeReadingsDialog
from deskapp.ui.tasks import BaseTaskRunner, ProgressReporter, run_with_progress_dialog
from deskapp.ui.workspaces.fees.fee_texts import (
    day_of,
    month_of,
    price_per,
    quantity_text,
    show_day,
    show_month,
)
from deskapp.ui.workspaces.fees.import_preview_dialog import FeeImportPreviewDialog
from deskapp.ui.workspaces.fees.reading_dialog import FeeReadingDialog, MeterFigures, ReadingEntry
from deskapp.ui.workspaces.fees.readings_grid import CURRENT, LAST, MULTIPLIER, ReadingsGrid
from deskapp.usecases.imports import SheetRows, import_readings, read_readings

logger = logging.getLogger(__name__)


class FeeReadingsDialog(QDialog):
    """The entry grid of one meter for a month; typing starts in the first unit not read.

    ``approver`` asks a supervisor's approval in place (a billed reading corrected);
    ``tasks`` runs a sheet's import off the UI thread (None: at once).

    Signals:
        readings_changed(): a reading was saved, corrected or imported.
    """

    readings_changed = Signal()

    def __init__(self, fees: FeeCollection, approver: Approver | None = None,
                 tasks: BaseTaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeReadingsDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._approver = approver
        self._tasks = tasks
        self._items: list[ChargeItemRow] = []
        self.grid = ReadingsGrid(self.ui.readings_table, self._on_enter)
        ui = self.ui
        ui.row_message_label.setStyleSheet(ERROR_STYLE)
        today = fees.clock.today()
        show_month(ui.month_edit, today)
        show_day(ui.read_on_edit, today, latest=today)
        ui.item_combo.currentIndexChanged.connect(self.reload)
        ui.month_edit.dateChanged.connect(self.reload)
        ui.readings_table.currentCellChanged.connect(self._show_row_message)
        ui.readings_table.activated.connect(self._on_activated)
        ui.mark_button.clicked.connect(self.mark_row)
        ui.correct_button.clicked.connect(self.correct_row)
        ui.import_button.clicked.connect(self.import_sheet)
        ui.button_box.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the language chosen (the grid read again)."""
        ui = self.ui
        ui.retranslateUi(self)
        kept = ui.item_combo.currentData()
        self._items = [i for i in self._fees.charge_items(include_inactive=False)
                       if i.pricing is Pricing.METERED]
        ui.item_combo.blockSignals(True)
        ui.item_combo.clear()
        for item in self._items:
            ui.item_combo.addItem(item.name, item.id)
        ui.item_combo.setCurrentIndex(max(ui.item_combo.findData(kept), 0))
        ui.item_combo.blockSignals(False)
        self.reload()

    # --- What is shown
    def item(self) -> ChargeItemRow | None:
        """The metered item chosen."""
        item_id = self.ui.item_combo.currentData()
        return next((i for i in self._items if i.id == item_id), None)

    def period(self) -> str:
        """The month chosen, ``2026-11``."""
        return month_of(self.ui.month_edit)

    @Slot()
    def reload(self) -> None:
        """Read the month's grid again and put the cursor in the first unit not read."""
        ui = self.ui
        item = self.item()
        for widget in (ui.readings_table, ui.mark_button, ui.correct_button):
            widget.setEnabled(item is not None)
        if item is None:
            self.grid.show([], 0)
            ui.price_label.setText("")
            ui.row_message_label.setText(self.tr(
                "No metered item is charged: set one up under Charge items first."))
            self._show_summary()
            return
        ui.price_label.setText(price_per(item.unit_price, item.pricing))
        try:
            rows = self._fees.readings(self.period(), item.id)
        except UserError as exc:
            rows = []
            ui.row_message_label.setText(str(exc))
        self.grid.show(rows, item.unit_price)
        self._show_summary()
        first = self.grid.next_unread()
        if first is not None:
            self.grid.edit(first, LAST if self.grid.row(first).previous is None else CURRENT)
        elif rows:
            ui.readings_table.setCurrentCell(0, CURRENT)
        self._show_row_message()

    def _show_summary(self) -> None:
        rows = self.grid.rows()
        item = self.item()
        saved = [r.this_period for r in rows if r.this_period is not None]
        amount = sum(rounding.charge_fen(r.usage, item.unit_price) for r in saved) \
            if item else 0
        self.ui.summary_label.setText(fill(self.tr(
            "Read: %1 of %2 · usage %3 · %4 at the current price"), len(saved), len(rows),
            quantity_text(sum(r.usage for r in saved)), format_money(amount)))

    @Slot()
    def _show_row_message(self) -> None:
        row = self.ui.readings_table.currentRow()
        message = self.grid.message(row) if 0 <= row < self.grid.row_count() else ""
        if message:
            message = fill(self.tr("%1: %2"), self.grid.row(row).unit_label, message)
        self.ui.row_message_label.setText(message)

    def _say(self, row: int, message: str) -> None:
        self.grid.set_message(row, message)
        self._show_row_message()

    # --- Typing
    def _on_enter(self, row: int, column: int) -> None:
        """Enter in the last reading or multiplier goes on to the reading; in the
        reading it saves the row."""
        if column in (LAST, MULTIPLIER):
            self.grid.edit(row, CURRENT)
            return
        self.save_row(row)

    @Slot()
    def _on_activated(self) -> None:
        row = self.ui.readings_table.currentRow()
        if not 0 <= row < self.grid.row_count():
            return
        if self.grid.row(row).this_period is not None:
            self.correct_row()
        else:
            self.grid.edit(row, CURRENT)

    def _input(self, row: int, **changes: Any) -> ReadingInput:
        item = self.item()
        assert item is not None
        grid_row = self.grid.row(row)
        multiplier: Any = self.grid.multiplier_text(row)
        if isinstance(multiplier, str) and multiplier.isascii() and multiplier.isdigit():
            multiplier = int(multiplier)
        values: dict[str, Any] = {
            "unit_id": grid_row.unit_id, "item_id": item.id, "period": self.period(),
            "read_on": day_of(self.ui.read_on_edit),
            "current": self.grid.text(row, CURRENT),
            "previous": self.grid.typed_previous(row), "multiplier": multiplier}
        values.update(changes)
        return ReadingInput(**values)

    def save_row(self, row: int) -> None:
        """Save the row's reading; refused, the row says why and keeps what was typed."""
        if self.grid.row(row).this_period is not None:
            return
        if not self.grid.text(row, CURRENT):
            self._say(row, self.tr("Type the reading, or leave the unit for later."))
            self.grid.edit(row, CURRENT)
            return
        try:
            saved = self._fees.enter_reading(self._input(row))
        except ValidationError as exc:
            errors = dict(exc.errors)
            self._say(row, errors.pop("current", "") or "; ".join(errors.values()))
            column = LAST if "previous" in exc.errors else MULTIPLIER \
                if "multiplier" in exc.errors else CURRENT
            self.grid.edit(row, column)
            return
        except UserError as exc:
            self._say(row, str(exc))
            return
        self._saved(row, saved)

    def _saved(self, row: int, saved: ReadingRow) -> None:
        self.grid.set_saved(row, saved)
        self._show_summary()
        self.readings_changed.emit()
        following = self.grid.next_unread(row)
        if following is not None:
            self.grid.edit(following, LAST if self.grid.row(following).previous is None
                           else CURRENT)
        else:
            self.ui.readings_table.setCurrentCell(row, CURRENT)
        self._show_row_message()

    # --- A rollover, a meter change, a correction
    def _current_row(self) -> int | None:
        self.grid.commit_open()
        row = self.ui.readings_table.currentRow()
        return row if 0 <= row < self.grid.row_count() else None

    @Slot()
    def mark_row(self) -> None:
        """The row's reading is lower because the meter rolled over or was changed."""
        row = self._current_row()
        item = self.item()
        if row is None or item is None:
            return
        grid_row = self.grid.row(row)
        if grid_row.this_period is not None:
            self._say(row, self.tr("This reading is saved: correct it instead."))
            return
        previous = self.grid.previous(row)
        if previous is None:
            self._say(row, self.tr("Type the last reading first (where the meter started)."))
            self.grid.edit(row, LAST)
            return

        def act(entry: ReadingEntry) -> ReadingRow:
            return self._fees.enter_reading(self._input(
                row, current=entry.current, kind=entry.kind, rollover_at=entry.rollover_at,
                old_meter_final=entry.old_meter_final))

        dialog = FeeReadingDialog(
            fill(self.tr("%1: rollover or meter change"), grid_row.unit_label),
            self.tr("A reading lower than the last is taken when the dial passed its end and "
                    "started again, or when a new meter was fitted."),
            MeterFigures(previous, self.grid.multiplier(row), item.unit_price),
            self.grid.text(row, CURRENT), (ReadingKind.ROLLOVER, ReadingKind.METER_CHANGE),
            act, parent=self)
        if dialog.exec() and dialog.reading is not None:
            self._saved(row, dialog.reading)

    @Slot()
    def correct_row(self) -> None:
        """Correct the row's saved reading by a new one, with the reason."""
        row = self._current_row()
        item = self.item()
        if row is None or item is None:
            return
        grid_row = self.grid.row(row)
        saved = grid_row.this_period
        if saved is None:
            self._say(row, self.tr("Nothing is saved for this unit yet: type the reading."))
            self.grid.edit(row, CURRENT)
            return

        def correct(entry: ReadingEntry) -> ReadingRow:
            data = ReadingInput(saved.unit_id, saved.item_id, saved.period, saved.read_on,
                                entry.current, kind=entry.kind, rollover_at=entry.rollover_at,
                                old_meter_final=entry.old_meter_final)
            if self._approver is None:
                return self._fees.correct_reading(saved.id, data, entry.reason)
            return self._approver.run(self, lambda approval: self._fees.correct_reading(
                saved.id, data, entry.reason, approval))

        intro = self.tr(
            "This reading is billed: its charge is voided and the corrected reading billed "
            "at once, with the reason. A supervisor must approve.") if saved.billed else \
            self.tr("The reading stays on record, marked as corrected by the new one.")
        dialog = FeeReadingDialog(
            fill(self.tr("Correct the reading of %1"), grid_row.unit_label), intro,
            MeterFigures(saved.previous, saved.multiplier, item.unit_price),
            quantity_text(saved.current), tuple(ReadingKind), correct, kind=saved.kind,
            needs_reason=True, parent=self)
        if dialog.exec() and dialog.reading is not None:
            self._saved(row, dialog.reading)

    # --- A sheet of readings
    def _ask_import_path(self) -> str:
        """The sheet to import, or "" when the user cancels (tests replace this)."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import meter readings"), start,
            self.tr("Sheets (*.xlsx *.xlsm *.csv);;All files (*)"))
        return path

    @Slot()
    def import_sheet(self) -> None:
        """Choose a sheet, check it in a dry run, show what it would do, then import."""
        path = self._ask_import_path()
        if not path:
            return
        fees = self._fees

        def check(report: ProgressReporter) -> tuple[SheetRows, ReadingImportReport]:
            report.raise_if_cancelled()
            rows = read_readings(path)
            report.raise_if_cancelled()
            return rows, import_readings(fees, rows, dry_run=True)

        self._run(check, self.tr("Check the sheet"),
                  fill(self.tr("Checking %1…"), Path(path).name),
                  lambda result: self._preview(Path(path).name, *result))

    def _preview(self, name: str, rows: SheetRows, report: ReadingImportReport) -> None:
        if not report.lines:
            messages.warn(self, fill(self.tr("%1 has no readings below its header row."), name),
                          self.tr("Import meter readings"))
            return
        dialog = FeeImportPreviewDialog(report, name, self)
        if not dialog.exec():
            return
        fees = self._fees

        def write(progress: ProgressReporter) -> ReadingImportReport:
            progress.raise_if_cancelled()  # one transaction: it stops only before it starts
            return import_readings(fees, rows, dry_run=False)

        self._run(write, self.tr("Import meter readings"),
                  fill(self.tr("Importing %1 (all rows at once)…"), name), self._imported)

    def _imported(self, report: ReadingImportReport) -> None:
        self.reload()
        if report.taken:
            self.readings_changed.emit()
        text = fill(self.tr("Imported %1 reading(s), %2 at the current prices."),
                    len(report.taken), format_money(report.total_fen))
        if report.refused:
            text += " " + fill(self.tr("%1 row(s) left out."), len(report.refused))
        self.ui.row_message_label.setText("")
        self.ui.summary_label.setText(text + " " + self.ui.summary_label.text())

    def _run(self, job: Callable[[ProgressReporter], Any], title: str, label: str,
             on_success: Callable[[Any], None]) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                messages.warn(self, str(exc), title)
            else:
                logger.error("%s failed", title, exc_info=exc)
                messages.show_unexpected(self, exc)

        if self._tasks is None:
            try:
                result = job(ProgressReporter())
            except Exception as exc:  # noqa: BLE001 - said as the runner would say it
                failed(exc)
                return
            on_success(result)
            return
        self.ui.import_button.setEnabled(False)

        def done(result: Any) -> None:
            self.ui.import_button.setEnabled(True)
            on_success(result)

        def not_done(exc: BaseException) -> None:
            self.ui.import_button.setEnabled(True)
            failed(exc)

        run_with_progress_dialog(self, self._tasks, job, title, label, done, not_done,
                                 on_cancelled=lambda: self.ui.import_button.setEnabled(True))
