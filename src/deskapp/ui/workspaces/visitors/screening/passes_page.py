"""The temporary passes page (临时出入证): passes for contractors and decoration workers,
their cards printed, and the card deposits taken and given back."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QWidget

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.clock import Clock, format_local
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.money import format_money
from deskapp.domain.screening import ScreeningService
from deskapp.domain.temp_passes import DepositNotHeld, TempPassRow
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_screening_passes_page import Ui_PassesPage
from deskapp.ui.host_completer import HostCompleter
from deskapp.ui.workspaces.visitors.screening.list_page import (
    Cell,
    ListPage,
    fill_table,
    selected_id,
)

logger = logging.getLogger(__name__)

# Who, for whom, until when and whether the card is still out come first; company and
# work (long texts, in full in their tooltips) last.
VALID_COLUMN = 4
STATUS_COLUMN = 5
DEPOSIT_COLUMN = 6
PRINT_KIND = "temp-pass"  # the printing registry's name for the card
DEFAULT_DAYS = 7  # a week of work, as the form first offers it
STATUS_COLOURS = {
    "valid": QColor("#1b5e20"),
    "not_yet_valid": QColor("#8a5a00"),
    "expired": QColor("#b3261e"),
    "revoked": QColor("#b3261e"),
}
HELD_COLOUR = QColor("#8a5a00")  # a deposit still held for a pass that has ended


def pass_status(row: TempPassRow, now: dt.datetime) -> str:
    """``valid``, ``not_yet_valid``, ``expired`` or ``revoked`` at ``now``."""
    if row.problem_at(now) is None:
        return "valid"
    if row.revoked:
        return "revoked"
    return "not_yet_valid" if now < row.valid_from else "expired"


class PassesPage(ListPage):
    """Temporary passes and the form to issue one; passes are revoked with a reason.

    The selected pass prints as a card (Print card…, Ctrl+P) through ``print_document``,
    the window's printer; its card deposit is marked returned when the card comes back.

    Signals:
        issued(object): a pass was issued; carries the TempPassRow.
    """

    issued = Signal(object)

    def __init__(self, screening: ScreeningService, directory: DirectoryService, clock: Clock,
                 parent: QWidget | None = None,
                 print_document: Callable[[str, int], None] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PassesPage()
        self.ui.setupUi(self)
        self._screening = screening
        self._clock = clock
        self._print_document = print_document
        self._rows: dict[int, TempPassRow] = {}
        self._dates_day: dt.date | None = None  # the day the form's dates were defaulted on
        ui = self.ui
        self.errors = FieldErrors({
            "holder_name": (ui.holder_edit, ui.holder_error_label),
            "id_number": (ui.id_number_edit, ui.id_number_error_label),
            "phone": (ui.phone_edit, ui.phone_error_label),
            "host": (ui.host_edit, ui.host_error_label),
            "work": (ui.work_edit, ui.work_error_label),
            "valid_to": (ui.valid_to_date_edit, ui.valid_to_error_label),
            "deposit": (ui.deposit_edit, ui.deposit_error_label),
        }, fallback=ui.form_error_label)
        for id_type in IdType:
            ui.id_type_combo.addItem(id_type.label(), id_type.value)
        # The same completion as at check-in: text, full pinyin or initials.
        self.host_completer = HostCompleter(ui.host_edit, directory.host_options)
        for edit in (ui.valid_from_date_edit, ui.valid_to_date_edit):
            edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # the days the lists accept
        ui.issue_button.clicked.connect(self.save)
        ui.revoke_button.clicked.connect(self._on_revoke_clicked)
        ui.print_button.clicked.connect(self.print_selected)
        ui.deposit_returned_button.clicked.connect(self._on_deposit_returned_clicked)
        # Ctrl+P on this page only: the deny and watch lists have nothing to print.
        self.print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        self.print_shortcut.activated.connect(self.print_selected)
        ui.print_button.setVisible(print_document is not None)
        self.print_shortcut.setEnabled(print_document is not None)
        ui.show_ended_check.toggled.connect(self._on_show_ended_toggled)
        ui.table.itemSelectionChanged.connect(self._update_actions)
        ui.host_edit.returnPressed.connect(self._on_host_return)
        self.host_completer.activated[str].connect(self._on_host_chosen)
        ui.valid_from_date_edit.dateChanged.connect(self._on_valid_from_changed)
        self.reload()

    def first_field(self) -> QWidget:
        """The holder's name."""
        return self.ui.holder_edit

    def add_form(self) -> QWidget:
        """The group of fields that Enter saves."""
        return self.ui.issue_group

    def enter_action(self, focus: QWidget) -> Callable[[], object] | None:
        """Enter in the host field may choose a host first; elsewhere in the form it issues."""
        if focus is self.ui.host_edit:
            return self._on_host_enter
        return super().enter_action(focus)

    def reload(self, select_id: int | None = None) -> None:
        """Read the passes and the directory again; reselect ``select_id`` if given."""
        if self._dates_day != self._clock.today():
            self._reset_dates()  # left open overnight: yesterday's defaults would be wrong
        self.host_completer.reload()
        show_all = self.ui.show_ended_check.isChecked()
        rows = self._screening.temp_passes(current_only=not show_all)
        self._rows = {r.id: r for r in rows}
        now = self._clock.now()
        labels = {"valid": self.tr("Valid"), "not_yet_valid": self.tr("Not yet valid"),
                  "expired": self.tr("Expired"), "revoked": self.tr("Revoked")}
        cells: list[Cell] = []
        statuses: list[tuple[str, str]] = []
        for r in rows:
            status = pass_status(r, now)
            statuses.append((status, r.problem_at(now) or ""))
            first = self._clock.local(r.valid_from).date()
            last = self._clock.local(r.last_valid_moment).date()
            cells.append((r.id, [r.pass_no, r.holder_name, r.id_number_masked, r.host_label,
                                 f"{first.isoformat()} – {last.isoformat()}", labels[status],
                                 self._deposit_cell(r), r.company, r.work],
                          status in ("expired", "revoked") and not r.deposit_held))
        table = self.ui.table
        fill_table(table, cells, select_id)
        for row_index, (status, problem) in enumerate(statuses):
            item = table.item(row_index, STATUS_COLUMN)
            item.setForeground(QBrush(STATUS_COLOURS[status]))
            item.setToolTip(problem)
            row = rows[row_index]
            if row.deposit_held and status in ("expired", "revoked"):
                # The pass has ended but its card is still out: the counter must chase it.
                table.item(row_index, DEPOSIT_COLUMN).setForeground(QBrush(HELD_COLOUR))
            if row.deposit_returned_at is not None:
                table.item(row_index, DEPOSIT_COLUMN).setToolTip(fill(
                    self.tr("Returned %1 by %2"), format_local(row.deposit_returned_at),
                    row.deposit_returned_by or "-"))
        self._update_actions()

    def _deposit_cell(self, row: TempPassRow) -> str:
        if row.deposit_fen <= 0:
            return ""
        amount = format_money(row.deposit_fen)
        if row.deposit_returned_at is not None:
            return fill(self.tr("%1 returned"), amount)
        return fill(self.tr("%1 held"), amount)

    def ask_revoke_reason(self, row: TempPassRow) -> str | None:
        """Ask why ``row`` is revoked; None when cancelled (tests replace this method)."""
        text, ok = QInputDialog.getText(
            self, self.tr("Revoke pass"),
            fill(self.tr("Why is pass %1 (%2) revoked?"), row.pass_no, row.holder_name))
        return text if ok else None

    @Slot()
    def save(self) -> TempPassRow | None:
        """Issue the pass the form describes; None when the form has errors."""
        ui = self.ui
        self.errors.clear()
        host = self.host_completer.resolve(ui.host_edit.text())  # else the service resolves it
        try:
            row = self._screening.issue_temp_pass(
                holder_name=ui.holder_edit.text(),
                id_type=IdType(ui.id_type_combo.currentData()),
                id_number=ui.id_number_edit.text(), phone=ui.phone_edit.text(),
                company=ui.company_edit.text(),
                host_label=host.label if host else ui.host_edit.text(),
                host_unit_id=host.id if host and host.kind == "unit" else None,
                work=ui.work_edit.text(),
                valid_from=ui.valid_from_date_edit.date().toPython(),
                valid_to=ui.valid_to_date_edit.date().toPython(),
                deposit=ui.deposit_edit.text())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return None
        # Workers of one team come together: keep company, host, work, dates and deposit.
        for edit in (ui.holder_edit, ui.id_number_edit, ui.phone_edit):
            edit.clear()
        ui.holder_edit.setFocus()
        logger.info("temporary pass %s issued", row.pass_no)
        self.reload(select_id=row.id)
        if self._print_document is not None:
            self.set_status(self.tr("Pass %1 issued to %2; Ctrl+P prints its card."),
                            row.pass_no, row.holder_name, bold_first=True)
        else:
            self.set_status(self.tr("Pass %1 issued to %2."), row.pass_no, row.holder_name,
                            bold_first=True)
        self.issued.emit(row)
        return row

    def selected_pass(self) -> TempPassRow | None:
        """The pass selected in the list, or None."""
        return self._rows.get(selected_id(self.ui.table) or -1)

    @Slot()
    def print_selected(self) -> None:
        """Ask the window to print the selected pass as a card (Print card…, Ctrl+P)."""
        row = self.selected_pass()
        if row is None or self._print_document is None:
            return
        logger.info("printing temporary pass %s", row.pass_no)
        self._print_document(PRINT_KIND, row.id)

    def confirm_deposit_return(self, row: TempPassRow) -> bool:
        """Whether the receptionist confirms giving back ``row``'s deposit (tests replace it)."""
        # One literal per tr(): lupdate does not join implicitly concatenated strings.
        question = self.tr("Record that the %1 deposit of pass %2 (%3) was given back?")
        once = self.tr("This is recorded once and cannot be undone.")
        text = fill(question, format_money(row.deposit_fen), row.pass_no, row.holder_name)
        return messages.ask(self, f"{text}\n{once}", self.tr("Deposit returned"))

    @Slot()
    def _on_deposit_returned_clicked(self) -> None:
        row = self.selected_pass()
        if row is None or not row.deposit_held or not self.confirm_deposit_return(row):
            return
        try:
            returned = self._screening.return_temp_pass_deposit(row.id)
        except (DepositNotHeld, NotFound) as exc:  # another counter was quicker
            messages.warn(self, str(exc))
        else:
            logger.info("deposit of temporary pass %s returned", row.pass_no)
            self.set_status(self.tr("Deposit %1 of pass %2 returned."),
                            format_money(returned.deposit_fen), row.pass_no)
        self.reload(select_id=row.id)

    @Slot()
    def _on_revoke_clicked(self) -> None:
        row = self.selected_pass()
        if row is None or row.revoked:
            return
        reason = self.ask_revoke_reason(row)
        if reason is None:
            return
        try:
            self._screening.revoke_temp_pass(row.id, reason)
        except ValidationError as exc:
            messages.warn(self, "\n".join(exc.errors.values()))
            return
        except NotFound:
            messages.warn(self, self.tr("This pass is no longer in the list."))
        else:
            logger.info("temporary pass %s revoked", row.pass_no)
            self.set_status(self.tr("Pass %1 revoked."), row.pass_no, bold_first=True)
        self.reload(select_id=row.id)

    @Slot(bool)
    def _on_show_ended_toggled(self, _checked: bool) -> None:
        self.reload(select_id=selected_id(self.ui.table))

    @Slot()
    def _update_actions(self) -> None:
        row = self.selected_pass()
        self.ui.revoke_button.setEnabled(row is not None and not row.revoked)
        self.ui.print_button.setEnabled(row is not None)
        self.ui.deposit_returned_button.setEnabled(row is not None and row.deposit_held)

    # --- The host field
    @Slot(str)
    def _on_host_chosen(self, label: str) -> None:
        # Choosing from the list is not issuing: on to the next field.
        self.ui.host_edit.setText(label)
        self.errors.clear()
        self.ui.work_edit.setFocus()

    @Slot()
    def _on_host_return(self) -> None:
        """Enter on the host list chooses (the highlighted entry, else the best), as at check-in.

        The list hands Enter straight to the field, so this is the only place that sees it.
        """
        popup = self.host_completer.popup()
        if popup.isVisible():
            row = popup.currentIndex().row() if popup.currentIndex().isValid() else 0
            choice = self.host_completer.option_at(row)
            popup.hide()
            if choice is not None:
                self._on_host_chosen(choice.label)

    def _on_host_enter(self) -> None:
        """Enter in the host field, no list open: half-typed text picks its best entry first."""
        typed = self.ui.host_edit.text()
        if typed.strip() and self.host_completer.resolve(typed) is None:
            best = self.host_completer.first_match(typed)
            if best is not None:
                self._on_host_chosen(best.label)
                return
        self.save()

    # --- Dates
    @Slot(QDate)
    def _on_valid_from_changed(self, first: QDate) -> None:
        if self.ui.valid_to_date_edit.date() < first:
            self.ui.valid_to_date_edit.setDate(first)

    def _reset_dates(self) -> None:
        today = self._clock.today()
        self._dates_day = today
        self.ui.valid_from_date_edit.setDate(QDate(today))
        self.ui.valid_to_date_edit.setDate(QDate(today + dt.timedelta(days=DEFAULT_DAYS)))
