"""The monthly summary 《月度投诉一览表》: choose the month, then print it or save it as a
workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from deskapp.domain.requests.summary import percent
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.forms.ui_monthly_requests_dialog import Ui_MonthlyRequestsDialog
from deskapp.ui.tasks import BaseTaskRunner, run_with_progress_dialog
from deskapp.usecases.requests_month import month_report, save_monthly_workbook

MONTHLY = "monthly-complaints"
MONTHS_OFFERED = 24


def choose_target(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Where the workbook goes (a function of its own so tests can answer it)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                          QCoreApplication.translate(
                                              "MonthlyRequestsDialog",
                                              "Excel workbook (*.xlsx)"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")


def months_before(today: dt.date, count: int) -> list[str]:
    """This month and the ``count - 1`` before it, newest first, as YYYY-MM."""
    year, month = today.year, today.month
    found = []
    for _ in range(count):
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return found


class MonthlyRequestsDialog(QDialog):
    """Pick a month; print its summary or save it as a workbook.

    Signals:
        print_requested(str, object): the summary to print ("monthly-complaints", month).
        status_message(str): what was saved where.
    """

    print_requested = Signal(str, object)
    status_message = Signal(str)

    def __init__(self, services, tasks: BaseTaskRunner,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.ui = Ui_MonthlyRequestsDialog()
        self.ui.setupUi(self)
        self._services = services
        today = services.requests.clock.today()
        # Early in a month the desk sums up the month before.
        months = months_before(today, MONTHS_OFFERED)
        for month in months:
            self.ui.month_combo.addItem(month, month)
        self.ui.month_combo.setCurrentIndex(1 if today.day <= 10 else 0)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.print_button.clicked.connect(self.print_summary)
        self.ui.workbook_button.clicked.connect(self.save_workbook)
        self.ui.month_combo.currentIndexChanged.connect(self._show_figures)
        self._show_figures()
        self.ui.month_combo.setFocus()

    def month(self) -> tuple[int, int]:
        """The month chosen."""
        year, month = str(self.ui.month_combo.currentData()).split("-")
        return int(year), int(month)

    @Slot()
    def _show_figures(self) -> None:
        year, month = self.month()
        try:
            summary = month_report(self._services, year, month).summary
        except UserError as exc:
            self.ui.figures_label.setText(str(exc))
            return
        self.ui.figures_label.setText(fill(self.tr(
            "%1\nValid complaints handled: %2 (target %3) · revisited: %4 (target %5) · "
            "average %6 working days to resolve."),
            self.tr("%n request(s) taken that month.", "", summary.total),
            summary.handling_rate.text(), percent(summary.handling_rate.target),
            summary.revisit_rate.text(), percent(summary.revisit_rate.target),
            summary.average_days_text()))

    @Slot()
    def print_summary(self) -> None:
        """Print (or preview) the chosen month's summary."""
        self.print_requested.emit(MONTHLY, str(self.ui.month_combo.currentData()))

    @Slot()
    def save_workbook(self) -> None:
        """Save the chosen month as a workbook, in the background with Cancel."""
        year, month = self.month()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        target = choose_target(self, self.tr("Save the monthly summary"),
                               Path(documents) / f"requests-{year:04d}-{month:02d}.xlsx")
        if target is None:
            return
        services = self._services

        def job(report):  # type: ignore[no-untyped-def]
            return save_monthly_workbook(services, year, month, target,
                                         progress=report.progress,
                                         cancelled=report.is_cancelled)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PermissionError):
                messages.warn(self, self.tr("The file cannot be replaced: it is probably "
                                            "open in Excel. Close it and save again."))
            elif isinstance(exc, UserError):
                messages.warn(self, str(exc))
            else:
                messages.warn(self, fill(self.tr("The workbook could not be saved; no file "
                                                 "was written.\n%1"), exc))

        run_with_progress_dialog(
            self, self._tasks, job, self.tr("Monthly summary"),
            fill(self.tr("Writing %1…"), target.name),
            on_success=lambda _path: self.status_message.emit(
                fill(self.tr("Saved %1."), target)),
            on_failure=failed)
