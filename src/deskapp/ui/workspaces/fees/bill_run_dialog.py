"""The month's bills (生成账单): choose the month (this one to start with) and the due day
(the 25th), make the bills, and read what the run did — the charges made and what they
come to, those made before, and the units it could not bill for want of an area or a
meter reading, each listed.

A run is one transaction in the database: off the UI thread when the window has a task
runner, with a progress dialog whose Cancel stops it only before it starts (once started
the run completes, or nothing of it is written)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.fees import periods
from deskapp.domain.fees.billing_records import BillRun, SkippedCharge
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import format_money
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_bill_run_dialog import Ui_FeeBillRunDialog
from deskapp.ui.tasks import BaseTaskRunner, ProgressReporter, run_with_progress_dialog
from deskapp.ui.workspaces.fees.fee_texts import day_of, month_of, show_day, show_month

logger = logging.getLogger(__name__)


class FeeBillRunDialog(QDialog):
    """Make a month's bills and show what the run did (``run``; None before a run).

    Make bills (Enter) runs on ``tasks`` when given (the app's runner), else at once.

    Signals:
        bills_made(object): the :class:`BillRun` of a run that made charges.
    """

    bills_made = Signal(object)

    def __init__(self, fees: FeeCollection, tasks: BaseTaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeBillRunDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._tasks = tasks
        self.run: BillRun | None = None
        self._running = False
        ui = self.ui
        self.errors = FieldErrors({
            "period": (ui.month_edit, ui.period_error),
            "due_on": (ui.due_edit, ui.due_on_error),
        }, fallback=ui.form_error)
        today = fees.clock.today()
        show_month(ui.month_edit, today)
        self._due_typed = False
        self._on_month_changed()
        ui.month_edit.dateChanged.connect(self._on_month_changed)
        ui.due_edit.dateChanged.connect(self._on_due_changed)
        ui.make_button.clicked.connect(self.make_bills)
        ui.button_box.rejected.connect(self.reject)
        self.retranslate()
        ui.month_edit.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        self.ui.retranslateUi(self)
        self._show_run()

    @Slot()
    def _on_month_changed(self) -> None:
        """The due day follows the month (the 25th) until it is typed."""
        if self._due_typed:
            return
        first = day_of(self.ui.month_edit)
        edit = self.ui.due_edit
        edit.blockSignals(True)
        show_day(edit, periods.default_due_on(first.year, first.month))
        edit.blockSignals(False)

    @Slot()
    def _on_due_changed(self) -> None:
        self._due_typed = True

    def period(self) -> str:
        """The month chosen, ``2026-11``."""
        return month_of(self.ui.month_edit)

    def due_on(self) -> dt.date:
        """The due day chosen."""
        return day_of(self.ui.due_edit)

    # --- The run
    @Slot()
    def make_bills(self) -> None:
        """Make the month's bills (on the task runner when there is one)."""
        if self._running:
            return
        self.errors.clear()
        period, due = self.period(), self.due_on()
        fees = self._fees

        def job(report: ProgressReporter) -> BillRun:
            report.raise_if_cancelled()  # the only moment a run can stop: before it starts
            return fees.generate_bills(period, due)

        if self._tasks is None:
            try:
                self._on_made(job(ProgressReporter()))
            except Exception as exc:  # noqa: BLE001 - shown as the runner would show it
                self._on_failed(exc)
            return
        self._set_running(True)
        run_with_progress_dialog(
            self, self._tasks, job, self.tr("Make the month's bills"),
            fill(self.tr("Billing %1… (one step: once started, the run finishes)"), period),
            self._on_made, self._on_failed, on_cancelled=lambda: self._set_running(False))

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.ui.make_button.setEnabled(not running)
        self.ui.month_edit.setEnabled(not running)
        self.ui.due_edit.setEnabled(not running)

    def _on_made(self, run: BillRun) -> None:
        self._set_running(False)
        self.run = run
        self._show_run()
        # A second Enter closes the dialog rather than running the month again.
        self.ui.make_button.setDefault(False)
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        if run.made:
            self.bills_made.emit(run)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, ValidationError):
            self.errors.show(exc.errors)
        elif isinstance(exc, UserError):
            self.errors.show({"": str(exc)})
        else:  # not something the form can say: the app's error dialog, logged
            logger.error("bill run failed", exc_info=exc)
            messages.show_unexpected(self, exc)

    def _show_run(self) -> None:
        ui = self.ui
        run = self.run
        for label, widget, skipped in (
                (ui.no_area_label, ui.no_area_list, run.no_area if run else ()),
                (ui.no_reading_label, ui.no_reading_list, run.no_reading if run else ())):
            widget.clear()
            widget.addItems([self._skipped_line(s) for s in skipped])
            label.setVisible(bool(skipped))
            widget.setVisible(bool(skipped))
        if run is None:
            ui.result_label.setText("")
            return
        lines = [fill(self.tr("<b>%1</b>: made %2 charge(s) for <b>%3</b>, due %4.")
                      if run.made else self.tr("<b>%1</b>: no new charge to make."),
                      run.period, len(run.made), format_money(run.total_fen),
                      run.due_on.isoformat())]
        if run.already_billed:
            lines.append(fill(self.tr("Billed before, not made again: %1."),
                              run.already_billed))
        if run.skipped:
            lines.append(fill(self.tr("Not billed: %1 (listed below)."), len(run.skipped)))
        ui.result_label.setText("<br>".join(lines))

    def _skipped_line(self, skipped: SkippedCharge) -> str:
        return fill(self.tr("%1 — %2"), skipped.unit_label, skipped.item_name)
