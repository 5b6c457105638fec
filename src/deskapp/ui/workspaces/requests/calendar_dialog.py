"""The working-day calendar 节假日安排: a year's official holidays and the weekends worked in
exchange (调休), and the days the administrator sets here, which win over them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.errors import ValidationError
from deskapp.domain.requests.calendar import CalendarEntry, WorkingCalendar, official_known
from deskapp.domain.roles import Approval
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_working_calendar_dialog import Ui_WorkingCalendarDialog

if TYPE_CHECKING:
    from deskapp.bootstrap import Services

UNKNOWN_YEAR_STYLE = "background: #fff4ce; padding: 4px;"
_ONE_DAY = dt.timedelta(days=1)
T = TypeVar("T")


def open_working_calendar(parent: QWidget, services: Services) -> WorkingCalendarDialog:
    """Show the working-day calendar over ``parent`` (window-modal, not blocking); a
    receptionist's change asks an administrator's approval in place."""
    dialog = WorkingCalendarDialog(services.calendar, services.clock.today(),
                                   Approver(services.accounts, services.operator), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def day_text(day: dt.date) -> str:
    """"2026-10-01 周四" / "2026-10-01 Thu" (the language's short weekday)."""
    return QLocale().toString(QDate(day), "yyyy-MM-dd ddd")


class WorkingCalendarDialog(QDialog):
    """One year's holidays and days worked in exchange, and the form that sets a day here.

    Up/Down on the year show the next or the previous year. Enter in the form marks the
    date and moves on to the next day, so a run of holidays is typed as Enter, Enter…;
    Delete on a day set here takes it back. Each change asks for the administrator's
    approval in place when the operator is not one (``approver``; None: no asking).
    """

    def __init__(self, calendar: WorkingCalendar, today: dt.date,
                 approver: Approver | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkingCalendarDialog()
        self.ui.setupUi(self)
        self._calendar = calendar
        self._approver = approver
        self._entries: list[CalendarEntry] = []
        self._marked: set[dt.date] = set()
        ui = self.ui
        ui.name_edit.setPlaceholderText(self.tr("e.g. National Day, or Power cut: closed"))
        ui.date_edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        ui.date_edit.setDate(QDate(today))
        self.errors = FieldErrors({"day": (ui.date_edit, ui.date_error),
                                   "name": (ui.name_edit, ui.name_error)},
                                  fallback=ui.general_error_label)
        table = ui.days_table
        table.setColumnCount(4)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        ui.year_spin.setValue(today.year)
        ui.year_spin.valueChanged.connect(self._on_year_changed)
        ui.date_edit.dateChanged.connect(self._show_unmark_state)
        table.itemSelectionChanged.connect(self._on_selected)
        table.cellClicked.connect(lambda _row, _column: self._on_selected())
        ui.mark_button.clicked.connect(self.mark)
        ui.unmark_button.clicked.connect(lambda: self.unmark())
        ui.close_button.clicked.connect(self.reject)
        self.reload()
        ui.year_spin.setFocus()

    # --- The list

    def year(self) -> int:
        """The year shown."""
        return self.ui.year_spin.value()

    def reload(self, select: dt.date | None = None) -> None:
        """Read the shown year's days again; select ``select`` if it is listed."""
        year = self.year()
        self._entries = self._calendar.entries(year)
        self._marked = set(self._calendar.marked_days())
        self._show_official_line(year)
        table = self.ui.days_table
        table.blockSignals(True)  # filling is not the user choosing a day
        table.clearSelection()
        table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Day"), self.tr("From"),
                                         self.tr("Name")])
        table.setRowCount(len(self._entries))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, entry in enumerate(self._entries):
            texts = (day_text(entry.day),
                     self.tr("Worked in exchange") if entry.working else self.tr("Holiday"),
                     self.tr("Set here") if entry.marked_here else self.tr("Official"),
                     entry.name)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if entry.marked_here:
                    item.setFont(bold)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):
            table.setColumnWidth(column, table.columnWidth(column) + 16)
        table.blockSignals(False)
        if select is not None:
            for row, entry in enumerate(self._entries):
                if entry.day == select:
                    table.selectRow(row)
                    table.scrollToItem(table.item(row, 0))
                    break
        self._show_unmark_state()

    def shown_days(self) -> list[CalendarEntry]:
        """The days the list shows now (for tests)."""
        return list(self._entries)

    def _show_official_line(self, year: int) -> None:
        label = self.ui.official_label
        if official_known(year):
            label.setText(fill(self.tr(
                "The official holidays of %1 are built in, from the State Council's notice. "
                "A day set here wins over them."), year))
            label.setStyleSheet("")
        else:
            label.setText(fill(self.tr(
                "No official holidays are known for %1 — enter them from the State Council's "
                "notice; until then Monday–Friday count as working days."), year))
            label.setStyleSheet(UNKNOWN_YEAR_STYLE)

    @Slot(int)
    def _on_year_changed(self, year: int) -> None:
        # The form follows to the same day of the year shown, ready to mark in it.
        chosen = self.chosen_day()
        if chosen.year != year:
            self.ui.date_edit.setDate(QDate(_same_day_in(chosen, year)))
        self.reload()

    def selected_day(self) -> dt.date | None:
        """The day of the row selected in the list, or None."""
        rows = self.ui.days_table.selectionModel().selectedRows()
        return self._entries[rows[0].row()].day if rows else None

    @Slot()
    def _on_selected(self) -> None:
        rows = self.ui.days_table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self._entries[rows[0].row()]
        ui = self.ui
        ui.date_edit.setDate(QDate(entry.day))
        (ui.working_radio if entry.working else ui.holiday_radio).setChecked(True)
        ui.name_edit.setText(entry.name)
        self.errors.clear()

    @Slot()
    def _show_unmark_state(self) -> None:
        self.ui.unmark_button.setEnabled(self.chosen_day() in self._marked)

    # --- Changes

    def chosen_day(self) -> dt.date:
        """The date in the form."""
        return self.ui.date_edit.date().toPython()

    @Slot()
    def mark(self) -> CalendarEntry | None:
        """Set the form's date here as a holiday or a working day; the form moves on to the
        next day. Returns what was set (None: a field error, declined, or refused)."""
        ui = self.ui
        day = self.chosen_day()
        working = ui.working_radio.isChecked()
        name = ui.name_edit.text()
        try:
            entry = self._approved(lambda approval: self._calendar.mark(
                day, working, name, approval))
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return None
        except ApprovalDeclined:
            return None
        except UserError as exc:
            messages.warn(self, str(exc))
            return None
        self.errors.clear()
        template = (self.tr("%1 is now a working day here. The form moved on to the next "
                            "day: Enter marks it the same way.") if working
                    else self.tr("%1 is now a holiday here. The form moved on to the next "
                                 "day: Enter marks it the same way."))
        self._say(fill(template, day_text(day)))
        self._show_year_of(day, select=day)
        if day + _ONE_DAY <= LAST_DAY:
            ui.date_edit.setDate(QDate(day + _ONE_DAY))
        ui.date_edit.setFocus()
        return entry

    @Slot()
    def unmark(self, day: dt.date | None = None) -> bool:
        """Take back ``day`` (the form's date when None) set here: the official calendar
        counts again."""
        day = day or self.chosen_day()
        if day not in self._marked:
            self._say(fill(self.tr("%1 is not set here; the official calendar counts."),
                           day_text(day)))
            return False
        try:
            self._approved(lambda approval: self._calendar.unmark(day, approval))
        except ApprovalDeclined:
            return False
        except UserError as exc:
            messages.warn(self, str(exc))
            return False
        self.errors.clear()
        self._say(fill(self.tr("%1 follows the official calendar again."), day_text(day)))
        self._show_year_of(day, select=day)
        return True

    def _approved(self, call: Callable[[Approval | None], T]) -> T:
        if self._approver is None:
            return call(None)
        return self._approver.run(self, call)

    def _show_year_of(self, day: dt.date, select: dt.date) -> None:
        spin = self.ui.year_spin
        spin.blockSignals(True)  # one reload, with the selection
        spin.setValue(day.year)
        spin.blockSignals(False)
        self.reload(select=select)

    def _say(self, text: str) -> None:
        self.ui.status_label.setText(text)

    def status_text(self) -> str:
        """The status line (for tests and screen readers)."""
        return self.ui.status_label.text()

    # --- Keys

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Qt override: Enter in the form marks its day (on a button, presses it); Enter on
        the year goes to the list, on the list to the form; Delete on the list takes back
        the day set here."""
        ui = self.ui
        focus = self.focusWidget()
        plain = (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier) == \
            Qt.KeyboardModifier.NoModifier
        if plain and focus is not None and event.key() in (Qt.Key.Key_Return,
                                                           Qt.Key.Key_Enter):
            event.accept()
            if isinstance(focus, QPushButton):
                focus.click()
            elif ui.mark_group.isAncestorOf(focus):
                self.mark()
            elif focus is ui.year_spin:
                ui.days_table.setFocus()
            else:
                ui.name_edit.setFocus()
            return
        if plain and focus is ui.days_table and event.key() == Qt.Key.Key_Delete:
            event.accept()
            # The row in the list: after a mark the form has moved on to the next day.
            if (day := self.selected_day()) is not None:
                self.unmark(day)
            return
        super().keyPressEvent(event)


def _same_day_in(day: dt.date, year: int) -> dt.date:
    """``day``'s month and day in ``year`` (29 February becomes the 28th)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)
