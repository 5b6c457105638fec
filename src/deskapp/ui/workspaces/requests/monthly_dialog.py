"""The monthly summary 《月度投诉一览表》: choose the month, then print it or save it as a
workbook."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.ui.forms.ui_monthly_requests_dialog import Ui_MonthlyRequestsDialog

MONTHLY = "monthly-complaints"
MONTHS_OFFERED = 24


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

    def __init__(self, services, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
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
        rows = self._services.requests.month(year, month)
        self.ui.figures_label.setText(self.tr("%n request(s) taken that month.", "",
                                              len(rows)))

    @Slot()
    def print_summary(self) -> None:
        """Print (or preview) the chosen month's summary."""
        self.print_requested.emit(MONTHLY, str(self.ui.month_combo.currentData()))

    @Slot()
    def save_workbook(self) -> None:
        """Save the chosen month as a workbook."""
