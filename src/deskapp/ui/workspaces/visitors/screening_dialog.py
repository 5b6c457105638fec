"""Deny list, police watch list (协查通报) and temporary passes (临时出入证) in one dialog."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import QDialog, QInputDialog, QTableWidget, QTableWidgetItem, QWidget

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.screening import DenyReason, DenyRow, ScreeningService, TempPassRow, WatchRow
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_screening_dialog import Ui_ScreeningDialog
from deskapp.ui.host_completer import HostCompleter

logger = logging.getLogger(__name__)

PAGES = ("deny", "watch", "passes")
"""Names for ``start_page`` / :meth:`ScreeningDialog.show_page`, in tab order (Ctrl+1/2/3)."""

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_COLUMN_WIDTH = 240
DIM = QBrush(QColor("#8a8a8a"))
STATUS_COLOURS = {
    "valid": QColor("#1b5e20"),
    "not_yet_valid": QColor("#8a5a00"),
    "expired": QColor("#b3261e"),
    "revoked": QColor("#b3261e"),
}

Cell = tuple[int, Sequence[str], bool]  # (record id, cell texts, dimmed)


def pass_status(row: TempPassRow, now: dt.datetime) -> str:
    """``valid``, ``not_yet_valid``, ``expired`` or ``revoked`` at ``now``."""
    if row.problem_at(now) is None:
        return "valid"
    if row.revoked:
        return "revoked"
    return "not_yet_valid" if now < row.valid_from else "expired"


class ScreeningDialog(QDialog):
    """Keep the deny list, the police watch list and temporary passes.

    Nothing is ever deleted: deny entries are deactivated, watch entries withdrawn and passes
    revoked with a reason. ID numbers show masked in the tables.

    Signals:
        temp_pass_issued: a temporary pass was issued; carries the TempPassRow.
    """

    temp_pass_issued = Signal(object)

    def __init__(self, screening: ScreeningService, directory: DirectoryService, clock: Clock,
                 parent: QWidget | None = None, start_page: str = "deny") -> None:
        super().__init__(parent)
        self.ui = Ui_ScreeningDialog()
        self.ui.setupUi(self)
        self._screening = screening
        self._directory = directory
        self._clock = clock
        self._deny_rows: dict[int, DenyRow] = {}
        self._watch_rows: dict[int, WatchRow] = {}
        self._pass_rows: dict[int, TempPassRow] = {}
        self._dates_day: dt.date | None = None  # the day the form dates were defaulted on
        ui = self.ui
        self.deny_errors = FieldErrors({
            "name": (ui.deny_name_edit, ui.deny_name_error_label),
            "id_number": (ui.deny_id_number_edit, ui.deny_id_number_error_label),
            "phone": (ui.deny_phone_edit, ui.deny_phone_error_label),
        }, fallback=ui.deny_form_error_label)
        self.watch_errors = FieldErrors({
            "id_number": (ui.watch_id_number_edit, ui.watch_id_number_error_label),
            "phone": (ui.watch_phone_edit, ui.watch_phone_error_label),
            "source": (ui.watch_source_edit, ui.watch_source_error_label),
            "valid_until": (ui.watch_valid_until_date_edit, ui.watch_valid_until_error_label),
        }, fallback=ui.watch_form_error_label)
        self.pass_errors = FieldErrors({
            "holder_name": (ui.pass_holder_edit, ui.pass_holder_error_label),
            "id_number": (ui.pass_id_number_edit, ui.pass_id_number_error_label),
            "phone": (ui.pass_phone_edit, ui.pass_phone_error_label),
            "host": (ui.pass_host_edit, ui.pass_host_error_label),
            "valid_to": (ui.pass_valid_to_date_edit, ui.pass_valid_to_error_label),
        }, fallback=ui.pass_form_error_label)
        for reason in DenyReason:
            ui.deny_reason_combo.addItem(reason.label(), reason.value)
        for id_type in IdType:
            ui.pass_id_type_combo.addItem(id_type.label(), id_type.value)
        ui.status_label.setTextFormat(Qt.TextFormat.RichText)
        # The same completion as at check-in: text, full pinyin or initials.
        self.host_completer = HostCompleter(ui.pass_host_edit, directory.host_options)
        for edit in (ui.pass_valid_from_date_edit, ui.pass_valid_to_date_edit,
                     ui.watch_valid_until_date_edit):
            edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # the days the lists accept
        self._reset_dates()
        self._connect_signals()
        self.reload()
        self.show_page(start_page)

    # --- Public API
    def show_page(self, page: str) -> None:
        """Switch to ``deny``, ``watch`` or ``passes`` and put the cursor in its form."""
        if page not in PAGES:
            raise ValueError(f"unknown page {page!r}; expected one of {PAGES}")
        self.ui.tab_widget.setCurrentIndex(PAGES.index(page))
        first_field = {"deny": self.ui.deny_name_edit, "watch": self.ui.watch_name_edit,
                       "passes": self.ui.pass_holder_edit}[page]
        first_field.setFocus()

    def current_page(self) -> str:
        """The name of the tab shown."""
        return PAGES[self.ui.tab_widget.currentIndex()]

    def reload(self) -> None:
        """Read the three lists and the directory again (after the clock moved, or data changed)."""
        if self._dates_day != self._clock.today():
            self._reset_dates()  # left open overnight: yesterday's defaults would be wrong
        self.host_completer.reload()
        self._load_deny()
        self._load_watch()
        self._load_passes()

    def ask_revoke_reason(self, row: TempPassRow) -> str | None:
        """Ask why ``row`` is revoked; None when cancelled (tests replace this method)."""
        text, ok = QInputDialog.getText(
            self, self.tr("Revoke pass"),
            fill(self.tr("Why is pass %1 (%2) revoked?"), row.pass_no, row.holder_name))
        return text if ok else None

    # --- Wiring
    def _connect_signals(self) -> None:
        ui = self.ui
        ui.button_box.rejected.connect(self.reject)
        # Enter belongs to the add forms; only Esc or a click closes the dialog.
        for button in ui.button_box.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        ui.deny_add_button.clicked.connect(self._on_deny_add_clicked)
        ui.deactivate_button.clicked.connect(self._on_deactivate_clicked)
        ui.deny_show_inactive_check.toggled.connect(self._on_deny_show_inactive_toggled)
        ui.deny_table.itemSelectionChanged.connect(self._update_actions)
        ui.watch_add_button.clicked.connect(self._on_watch_add_clicked)
        ui.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        ui.watch_show_inactive_check.toggled.connect(self._on_watch_show_inactive_toggled)
        ui.watch_no_end_check.toggled.connect(self._on_watch_no_end_toggled)
        ui.watch_table.itemSelectionChanged.connect(self._update_actions)
        ui.issue_button.clicked.connect(self._on_issue_clicked)
        ui.revoke_button.clicked.connect(self._on_revoke_clicked)
        ui.passes_show_ended_check.toggled.connect(self._on_passes_show_ended_toggled)
        ui.passes_table.itemSelectionChanged.connect(self._update_actions)
        ui.pass_host_edit.returnPressed.connect(self._on_host_return)
        self.host_completer.activated[str].connect(self._on_host_chosen)
        ui.pass_valid_from_date_edit.dateChanged.connect(self._on_pass_valid_from_changed)
        for number, page in enumerate(PAGES, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda page=page: self.show_page(page))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Qt override: Enter inside an add form saves that form (Esc still closes)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self.focusWidget() is self.ui.pass_host_edit:
                event.accept()
                self._on_host_enter()
                return
            save = self._form_with_focus()
            if save is not None:
                event.accept()
                save()
                return
        super().keyPressEvent(event)

    def _form_with_focus(self) -> Callable[[], None] | None:
        focus = self.focusWidget()  # QApplication.focusWidget() is None while inactive
        if focus is None:
            return None
        for group, save in ((self.ui.deny_add_group, self._on_deny_add_clicked),
                            (self.ui.watch_add_group, self._on_watch_add_clicked),
                            (self.ui.issue_group, self._on_issue_clicked)):
            if group.isAncestorOf(focus):
                return save
        return None

    # --- Deny list
    def _load_deny(self, select_id: int | None = None) -> None:
        show_all = self.ui.deny_show_inactive_check.isChecked()
        rows = self._screening.deny_list(include_inactive=show_all)
        self._deny_rows = {r.id: r for r in rows}
        self.ui.deny_table.setColumnHidden(6, not show_all)
        self._fill(self.ui.deny_table, [
            (r.id, [r.name, r.id_number_masked, r.phone, r.company, r.reason.label(),
                    r.note, self.tr("Active") if r.active else self.tr("Deactivated")],
             not r.active)
            for r in rows], select_id)
        self._update_actions()

    @Slot()
    def _on_deny_add_clicked(self) -> None:
        ui = self.ui
        self.deny_errors.clear()
        try:
            row = self._screening.add_deny(
                name=ui.deny_name_edit.text(), id_number=ui.deny_id_number_edit.text(),
                phone=ui.deny_phone_edit.text(), company=ui.deny_company_edit.text(),
                reason=DenyReason(ui.deny_reason_combo.currentData()),
                note=ui.deny_note_edit.text())
        except ValidationError as exc:
            self.deny_errors.show(exc.errors)
            return
        for edit in (ui.deny_name_edit, ui.deny_id_number_edit, ui.deny_phone_edit,
                     ui.deny_company_edit, ui.deny_note_edit):
            edit.clear()
        ui.deny_name_edit.setFocus()
        logger.info("deny entry %s added", row.id)
        self._load_deny(select_id=row.id)
        self._set_status(self.tr("%1 added to the deny list."), _who(row))

    @Slot()
    def _on_deactivate_clicked(self) -> None:
        row = self._deny_rows.get(self._selected_id(self.ui.deny_table) or -1)
        if row is None or not row.active:
            return
        question = self.tr("Take %1 off the deny list?\nThe entry stays on record.")
        if not messages.ask(self, fill(question, _who(row))):
            return
        try:
            self._screening.deactivate_deny(row.id)
        except NotFound:
            messages.warn(self, self.tr("This entry is no longer in the list."))
        else:
            logger.info("deny entry %s deactivated", row.id)
            self._set_status(self.tr("%1 is no longer on the deny list."), _who(row))
        self._load_deny()

    @Slot(bool)
    def _on_deny_show_inactive_toggled(self, _checked: bool) -> None:
        self._load_deny(select_id=self._selected_id(self.ui.deny_table))

    # --- Watch list
    def _load_watch(self, select_id: int | None = None) -> None:
        show_all = self.ui.watch_show_inactive_check.isChecked()
        rows = self._screening.watch_list(include_inactive=show_all)
        self._watch_rows = {r.id: r for r in rows}
        today = self._clock.today()
        cells: list[Cell] = []
        for r in rows:
            expired = r.valid_until is not None and r.valid_until < today
            status = (self.tr("Withdrawn") if not r.active else
                      self.tr("Expired") if expired else self.tr("In force"))
            until = r.valid_until.isoformat() if r.valid_until else self.tr("No end date")
            cells.append((r.id, [r.name, r.id_number_masked, r.phone, r.description,
                                 r.source, until, status], not r.active or expired))
        self.ui.watch_table.setColumnHidden(6, not show_all)
        self._fill(self.ui.watch_table, cells, select_id)
        self._update_actions()

    @Slot()
    def _on_watch_add_clicked(self) -> None:
        ui = self.ui
        self.watch_errors.clear()
        until: dt.date | None = None
        if not ui.watch_no_end_check.isChecked():
            until = ui.watch_valid_until_date_edit.date().toPython()
        try:
            row = self._screening.add_watch(
                name=ui.watch_name_edit.text(), id_number=ui.watch_id_number_edit.text(),
                phone=ui.watch_phone_edit.text(), description=ui.watch_description_edit.text(),
                source=ui.watch_source_edit.text(), valid_until=until)
        except ValidationError as exc:
            self.watch_errors.show(exc.errors)
            return
        # The full ID number was only ever in this form; clear it once it is saved.
        for edit in (ui.watch_name_edit, ui.watch_id_number_edit, ui.watch_phone_edit,
                     ui.watch_description_edit):
            edit.clear()
        ui.watch_name_edit.setFocus()
        logger.info("watch entry %s added", row.id)
        self._load_watch(select_id=row.id)
        self._set_status(self.tr("%1 added to the watch list."), _who(row))

    @Slot()
    def _on_withdraw_clicked(self) -> None:
        row = self._watch_rows.get(self._selected_id(self.ui.watch_table) or -1)
        if row is None or not row.active:
            return
        question = self.tr("Withdraw the watch entry for %1?\nIt stops matching visitors but "
                           "stays on record.")
        if not messages.ask(self, fill(question, _who(row))):
            return
        try:
            self._screening.withdraw_watch(row.id)
        except NotFound:
            messages.warn(self, self.tr("This entry is no longer in the list."))
        else:
            logger.info("watch entry %s withdrawn", row.id)
            self._set_status(self.tr("Watch entry for %1 withdrawn."), _who(row))
        self._load_watch()

    @Slot(bool)
    def _on_watch_show_inactive_toggled(self, _checked: bool) -> None:
        self._load_watch(select_id=self._selected_id(self.ui.watch_table))

    @Slot(bool)
    def _on_watch_no_end_toggled(self, checked: bool) -> None:
        self.ui.watch_valid_until_date_edit.setEnabled(not checked)

    # --- Temporary passes
    def _load_passes(self, select_id: int | None = None) -> None:
        show_all = self.ui.passes_show_ended_check.isChecked()
        rows = self._screening.temp_passes(current_only=not show_all)
        self._pass_rows = {r.id: r for r in rows}
        now = self._clock.now()
        labels = {"valid": self.tr("Valid"), "not_yet_valid": self.tr("Not yet valid"),
                  "expired": self.tr("Expired"), "revoked": self.tr("Revoked")}
        cells: list[Cell] = []
        statuses: list[tuple[str, str]] = []
        for r in rows:
            status = pass_status(r, now)
            statuses.append((status, r.problem_at(now) or ""))
            first = self._clock.local(r.valid_from).date()
            last = (self._clock.local(r.valid_to) - dt.timedelta(microseconds=1)).date()
            cells.append((r.id, [r.pass_no, r.holder_name, r.company, r.host_label, r.work,
                                 f"{first.isoformat()} – {last.isoformat()}", labels[status]],
                          status in ("expired", "revoked")))
        table = self.ui.passes_table
        self._fill(table, cells, select_id)
        for row_index, (status, problem) in enumerate(statuses):
            item = table.item(row_index, 6)
            item.setForeground(QBrush(STATUS_COLOURS[status]))
            item.setToolTip(problem)
        self._update_actions()

    @Slot()
    def _on_issue_clicked(self) -> None:
        ui = self.ui
        self.pass_errors.clear()
        host = self.host_completer.resolve(ui.pass_host_edit.text())  # else the service does
        valid_to = ui.pass_valid_to_date_edit.date().toPython()
        try:
            row = self._screening.issue_temp_pass(
                holder_name=ui.pass_holder_edit.text(),
                id_type=IdType(ui.pass_id_type_combo.currentData()),
                id_number=ui.pass_id_number_edit.text(), phone=ui.pass_phone_edit.text(),
                company=ui.pass_company_edit.text(),
                host_label=host.label if host else ui.pass_host_edit.text(),
                host_unit_id=host.id if host and host.kind == "unit" else None,
                work=ui.pass_work_edit.text(),
                valid_from=ui.pass_valid_from_date_edit.date().toPython(),
                valid_to=valid_to)
        except ValidationError as exc:
            self.pass_errors.show(exc.errors)
            return
        # Workers of one team come together: keep company, host, work and dates for the next.
        for edit in (ui.pass_holder_edit, ui.pass_id_number_edit, ui.pass_phone_edit):
            edit.clear()
        ui.pass_holder_edit.setFocus()
        logger.info("temporary pass %s issued", row.pass_no)
        self._load_passes(select_id=row.id)
        self._set_status(self.tr("Pass %1 issued to %2."), row.pass_no, row.holder_name,
                         bold_first=True)
        self.temp_pass_issued.emit(row)

    @Slot()
    def _on_revoke_clicked(self) -> None:
        row = self._pass_rows.get(self._selected_id(self.ui.passes_table) or -1)
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
            self._set_status(self.tr("Pass %1 revoked."), row.pass_no, bold_first=True)
        self._load_passes(select_id=row.id)

    @Slot(bool)
    def _on_passes_show_ended_toggled(self, _checked: bool) -> None:
        self._load_passes(select_id=self._selected_id(self.ui.passes_table))

    @Slot(str)
    def _on_host_chosen(self, label: str) -> None:
        # Choosing from the list is not issuing: on to the next field.
        self.ui.pass_host_edit.setText(label)
        self.pass_errors.clear()
        self.ui.pass_work_edit.setFocus()

    @Slot()
    def _on_host_return(self) -> None:
        """Enter on the host list chooses (the highlighted entry, else the best), as at check-in.

        The list passes Enter straight to the field, so this is the only place that sees it.
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
        typed = self.ui.pass_host_edit.text()
        if typed.strip() and self.host_completer.resolve(typed) is None:
            best = self.host_completer.first_match(typed)
            if best is not None:
                self._on_host_chosen(best.label)
                return
        self._on_issue_clicked()

    @Slot(QDate)
    def _on_pass_valid_from_changed(self, first: QDate) -> None:
        if self.ui.pass_valid_to_date_edit.date() < first:
            self.ui.pass_valid_to_date_edit.setDate(first)

    # --- Helpers
    def _reset_dates(self) -> None:
        today = self._clock.today()
        self._dates_day = today
        self.ui.pass_valid_from_date_edit.setDate(QDate(today))
        self.ui.pass_valid_to_date_edit.setDate(QDate(today + dt.timedelta(days=7)))
        self.ui.watch_valid_until_date_edit.setDate(QDate(today + dt.timedelta(days=90)))
        self.ui.watch_valid_until_date_edit.setEnabled(not self.ui.watch_no_end_check.isChecked())

    def _fill(self, table: QTableWidget, rows: Sequence[Cell], select_id: int | None) -> None:
        """Show ``rows`` in ``table``; the record id rides on column 0; reselect ``select_id``."""
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for r, (record_id, texts, dimmed) in enumerate(rows):
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(ID_ROLE, record_id)
                if len(text) > 16:
                    item.setToolTip(text)
                if dimmed:
                    item.setForeground(DIM)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        # The last visible column stretches; sizing it by hand would add a scroll bar.
        visible = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
        for c in visible[:-1]:
            table.setColumnWidth(c, min(table.columnWidth(c) + 12, MAX_COLUMN_WIDTH))
        if select_id is not None:
            for r in range(table.rowCount()):
                if table.item(r, 0).data(ID_ROLE) == select_id:
                    table.selectRow(r)
                    table.scrollToItem(table.item(r, 0))
                    break

    @staticmethod
    def _selected_id(table: QTableWidget) -> int | None:
        selected = table.selectionModel().selectedRows()
        if not selected:
            return None
        return table.item(selected[0].row(), 0).data(ID_ROLE)

    @Slot()
    def _update_actions(self) -> None:
        deny = self._deny_rows.get(self._selected_id(self.ui.deny_table) or -1)
        self.ui.deactivate_button.setEnabled(deny is not None and deny.active)
        watch = self._watch_rows.get(self._selected_id(self.ui.watch_table) or -1)
        self.ui.withdraw_button.setEnabled(watch is not None and watch.active)
        temp = self._pass_rows.get(self._selected_id(self.ui.passes_table) or -1)
        self.ui.revoke_button.setEnabled(temp is not None and not temp.revoked)

    def _set_status(self, template: str, *values: str, bold_first: bool = False) -> None:
        """Show ``template`` under the tabs with %1, %2… filled in (%1 in bold if asked)."""
        shown = [html.escape(value) for value in values]
        if shown and bold_first:
            shown[0] = f"<b>{shown[0]}</b>"
        self.ui.status_label.setText(fill(html.escape(template), *shown))

    def status_text(self) -> str:
        """The status line as plain text (for tests and screen readers)."""
        return QTextDocumentFragment.fromHtml(self.ui.status_label.text()).toPlainText()



def _who(row: DenyRow | WatchRow) -> str:
    """How an entry is named in messages: name, else masked ID, else phone."""
    return row.name or row.id_number_masked or row.phone
