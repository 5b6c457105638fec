"""The visitor log workspace: check in, host response, pass, check out, and the history."""

from __future__ import annotations

import logging
from dataclasses import replace
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLineEdit, QListWidgetItem, QWidget

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import ValidationError
from deskapp.errors import UserError
from deskapp.domain.identity import IdType
from deskapp.domain.records import Purpose, VisitRow
from deskapp.domain.screening import DenyListHit, ScreeningService, WatchListHit
from deskapp.domain.settings import AppSettings
from deskapp.domain.identity import mask_id_number
from deskapp.domain.visitors import (
    AlreadyOnSite, HostRef, VisitInput, VisitorLog, VisitorProfile, VisitQuery,
)
from deskapp.ui import messages
from deskapp.ui.dialogs.host_response_dialog import HostResponseDialog
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_visitor_log_tab import Ui_VisitorLogTab
from deskapp.ui.host_completer import HostCompleter
from deskapp.ui.page_loader import PageLoader, SyncPageLoader
from deskapp.ui.visit_table_model import COLUMN_WIDTHS, COLUMNS, TIME_IN_COLUMN, VisitTableModel

logger = logging.getLogger(__name__)


class VisitorLogTab(QWidget):
    """Check-in form on the left, the visit history on the right.

    Signals:
        print_requested(int): print the pass of this visit.
        status_message(str): a short line for the status bar.
    """

    print_requested = Signal(int)
    status_message = Signal(str)

    def __init__(self, visitors: VisitorLog, screening: ScreeningService,
                 directory: DirectoryService, settings: Callable[[], AppSettings],
                 loader: PageLoader | SyncPageLoader | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitorLogTab()
        self.ui.setupUi(self)
        self._visitors = visitors
        self._screening = screening
        self._directory = directory
        self._settings = settings
        self._time_in_edited = False
        self._returning: VisitorProfile | None = None
        self._filled: dict[QLineEdit, str] = {}  # fields the returning visitor's record filled
        self._shown_day = visitors.clock.today()
        self.model = VisitTableModel(visitors, loader or PageLoader(self),
                                     lambda: self._settings().late_hour, self)
        self._errors = FieldErrors({
            "name": (self.ui.name_edit, self.ui.name_error),
            "phone": (self.ui.phone_edit, self.ui.phone_error),
            "id_number": (self.ui.id_number_edit, self.ui.id_number_error),
            "party_size": (self.ui.party_size_spin, self.ui.party_size_error),
            "host": (self.ui.host_edit, self.ui.host_error),
            "temp_pass_no": (self.ui.temp_pass_edit, self.ui.temp_pass_no_error),
            "time_in": (self.ui.time_in_edit, self.ui.time_in_error),
        })
        self._host_completer = HostCompleter(self.ui.host_edit, directory.host_options)
        self._setup_widgets()
        self._connect_signals()
        self.retranslate()
        self.reset_form()
        self.show_today()
        self.reload_regulars()

    # --- Set-up
    def _setup_widgets(self) -> None:
        title_font = QFont(self.ui.check_in_title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.ui.check_in_title.setFont(title_font)
        table = self.ui.visits_table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        header.setSortIndicator(TIME_IN_COLUMN, Qt.SortOrder.DescendingOrder)
        self.ui.check_in_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.main_splitter.setStretchFactor(1, 1)
        self.ui.check_in_form.setColumnStretch(1, 1)
        self.ui.main_splitter.setSizes([360, 900])
        today = QDate.currentDate()
        for edit in (self.ui.from_date_edit, self.ui.to_date_edit, self.ui.time_in_edit):
            # Only the days the log accepts (a date box would offer 1752 … 9999).
            edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        self.ui.from_date_edit.setDate(today)
        self.ui.to_date_edit.setDate(today)
        # The time in follows the clock until the receptionist edits it.
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(15_000)
        self._clock_timer.timeout.connect(self._tick_time_in)
        self._clock_timer.start()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.check_in_button.clicked.connect(self.submit_check_in)
        ui.clear_button.clicked.connect(self.reset_form)
        for edit in (ui.name_edit, ui.phone_edit, ui.id_number_edit, ui.company_edit,
                     ui.temp_pass_edit, ui.plate_edit, ui.items_edit, ui.note_edit):
            edit.returnPressed.connect(self.submit_check_in)
        ui.host_edit.returnPressed.connect(self._on_host_return)
        ui.phone_edit.editingFinished.connect(self._look_up_returning)
        ui.id_number_edit.editingFinished.connect(self._look_up_returning)
        ui.temp_pass_edit.editingFinished.connect(self._fill_from_temp_pass)
        self._host_completer.activated[str].connect(self._on_host_chosen)
        ui.time_in_edit.dateTimeChanged.connect(self._on_time_in_changed)
        ui.search_edit.textChanged.connect(self._on_filter_changed)
        ui.from_date_edit.dateChanged.connect(self._on_filter_changed)
        ui.to_date_edit.dateChanged.connect(self._on_filter_changed)
        ui.on_site_check.toggled.connect(self._on_filter_changed)
        ui.today_button.clicked.connect(self.show_today)
        ui.check_out_button.clicked.connect(self.check_out)
        ui.check_out_edit.returnPressed.connect(self.check_out)
        ui.host_response_button.clicked.connect(self.record_host_response)
        ui.print_pass_button.clicked.connect(self.print_selected)
        ui.exempt_button.clicked.connect(self.toggle_exempt)
        ui.quick_check_in_button.clicked.connect(self.quick_check_in)
        ui.regulars_list.itemActivated.connect(lambda _item: self.quick_check_in())
        ui.visits_table.doubleClicked.connect(lambda _i: self.record_host_response())
        self.model.counted.connect(self._on_counted)
        self.model.row_ready.connect(self._on_row_ready)
        self.model.load_failed.connect(self._on_load_failed)
        ui.visits_table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_clicked)
        self.model.loading_changed.connect(self._on_loading_changed)
        self.model.modelReset.connect(self._update_buttons)
        ui.visits_table.selectionModel().selectionChanged.connect(self._update_buttons)

        def shortcut(keys: QKeySequence | str, slot: Callable[[], object],
                     parent: QWidget | None = None,
                     context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
                     ) -> None:
            sc = QShortcut(QKeySequence(keys), parent or self)
            sc.setContext(context)
            sc.activated.connect(slot)

        shortcut("Escape", self.reset_form, ui.check_in_panel)
        # Enter in a spin box, combo or date edit saves the form too.
        for widget in (ui.party_size_spin, ui.purpose_combo, ui.id_type_combo, ui.time_in_edit):
            shortcut("Return", self.submit_check_in, widget, Qt.ShortcutContext.WidgetShortcut)
            shortcut("Enter", self.submit_check_in, widget, Qt.ShortcutContext.WidgetShortcut)
        shortcut("F4", self.check_out)
        shortcut("F3", self.focus_check_out)
        shortcut("F6", self.record_host_response)
        shortcut("F9", self._on_f9)
        shortcut("Return", self.record_host_response, ui.visits_table,
                 Qt.ShortcutContext.WidgetShortcut)

    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        ui = self.ui
        current_type = ui.id_type_combo.currentData()
        ui.id_type_combo.clear()
        for id_type in IdType:
            ui.id_type_combo.addItem(id_type.label(), id_type)
        ui.id_type_combo.setCurrentIndex(max(0, ui.id_type_combo.findData(current_type)))
        current_purpose = ui.purpose_combo.currentData()
        ui.purpose_combo.clear()
        for purpose in Purpose:
            ui.purpose_combo.addItem(purpose.label(), purpose)
        ui.purpose_combo.setCurrentIndex(max(0, ui.purpose_combo.findData(current_purpose)))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self.reload_regulars()
        self._update_summary()

    # --- Workspace actions the main window calls (Ctrl+N, Ctrl+F, Ctrl+P)
    def new_entry(self) -> None:
        """Start a fresh check-in with the cursor in the name field."""
        self.reset_form()

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def focus_check_out(self) -> None:
        """F3: the cursor to the pass-number field, ready for a scanner."""
        self.ui.check_out_edit.setFocus()
        self.ui.check_out_edit.selectAll()

    def print_selected(self) -> None:
        """Print the pass of the selected visit."""
        visit = self.selected_visit()
        if visit is None:
            self.status_message.emit(self.tr("Select a visit to print its pass."))
            return
        self.print_requested.emit(visit.id)

    # --- Check-in
    def reset_form(self) -> None:
        """Empty the form, time in back to now, cursor in the name field."""
        ui = self.ui
        for edit in (ui.name_edit, ui.phone_edit, ui.id_number_edit, ui.company_edit,
                     ui.host_edit, ui.temp_pass_edit, ui.plate_edit, ui.items_edit, ui.note_edit):
            edit.clear()
        ui.id_type_combo.setCurrentIndex(0)
        ui.purpose_combo.setCurrentIndex(0)
        ui.party_size_spin.setValue(1)
        self._returning = None
        self._filled.clear()
        ui.id_number_edit.setPlaceholderText("")
        ui.returning_label.clear()  # stays in place, so the form never jumps
        self._errors.clear()
        self._set_time_in_now()
        ui.name_edit.setFocus()

    def _set_time_in_now(self) -> None:
        now = self._visitors.clock.local(self._visitors.clock.now())
        self.ui.time_in_edit.blockSignals(True)
        self.ui.time_in_edit.setDateTime(QDateTime(now.replace(tzinfo=None)))
        self.ui.time_in_edit.blockSignals(False)
        self._time_in_edited = False

    @Slot()
    def _tick_time_in(self) -> None:
        if not self._time_in_edited:
            self._set_time_in_now()
        today = self._visitors.clock.today()
        if today != self._shown_day:
            # Past midnight: a list still showing "today" moves on to the new day.
            showing_today = (self.ui.from_date_edit.date().toPython() == self._shown_day
                             == self.ui.to_date_edit.date().toPython())
            self._shown_day = today
            if showing_today:
                self.show_today()

    @Slot()
    def _on_time_in_changed(self) -> None:
        self._time_in_edited = True

    def form_input(self) -> VisitInput:
        """What the form holds, as the visitor log's input."""
        ui = self.ui
        host_text = ui.host_edit.text().strip()
        option = self._host_completer.resolve(host_text)
        if option is not None:
            host = HostRef(option.label, option.id if option.kind == "unit" else None,
                           option.id if option.kind == "department" else None)
        else:
            host = HostRef(host_text)
        time_in = None
        if self._time_in_edited:
            naive = ui.time_in_edit.dateTime().toPython()
            time_in = self._visitors.clock.from_local(naive)
        return VisitInput(
            name=ui.name_edit.text(), id_type=ui.id_type_combo.currentData() or IdType.RESIDENT,
            id_number=ui.id_number_edit.text(), phone=ui.phone_edit.text(),
            company=ui.company_edit.text(), party_size=ui.party_size_spin.value(),
            purpose=ui.purpose_combo.currentData() or Purpose.VISIT, host=host,
            plate=ui.plate_edit.text(), items=ui.items_edit.text(), note=ui.note_edit.text(),
            time_in=time_in, temp_pass_no=ui.temp_pass_edit.text(),
            visitor_id=self._returning.visitor_id if self._returning else None,
        )

    @Slot(str)
    def _on_host_chosen(self, label: str) -> None:
        # Choosing from the list is not saving: on to the next field.
        self.ui.host_edit.setText(label)
        self.ui.temp_pass_edit.setFocus()

    @Slot()
    def _on_host_return(self) -> None:
        typed = self.ui.host_edit.text()
        popup = self._host_completer.popup()
        if popup.isVisible():
            # Enter on the list chooses (the highlighted entry, else the best); it never
            # saves: the receptionist goes on to the next field.
            row = popup.currentIndex().row() if popup.currentIndex().isValid() else 0
            choice = self._host_completer.option_at(row)
            popup.hide()
            if choice is not None:
                self._on_host_chosen(choice.label)
            return
        if typed and self._host_completer.resolve(typed) is None:
            best = self._host_completer.first_match(typed)
            if best is not None:
                self._on_host_chosen(best.label)
                return
        self.submit_check_in()

    @Slot()
    def submit_check_in(self) -> VisitRow | None:
        """Validate, screen and save the form; print the pass. Returns the visit or None."""
        self._errors.clear()
        scanned = self.ui.name_edit.text().strip()
        if self._visitors.is_pass_number(scanned) and not self.ui.host_edit.text().strip():
            # A pass slip scanned while the cursor sat in the name field: that is a check-out.
            self.ui.check_out_edit.setText(scanned)
            self.ui.name_edit.clear()
            self.check_out()
            self.ui.name_edit.setFocus()
            return None
        row = self._check_in_with_questions(self.form_input(), self._visitors.check_in)
        if row is not None:
            self._after_check_in(row)
        return row

    def _check_in_with_questions(self, data: VisitInput, save) -> VisitRow | None:  # type: ignore[no-untyped-def]
        """Save ``data`` with ``save``, asking the receptionist what the rules leave to them:
        a deny-list override, a second visit while already on site."""
        while True:
            try:
                return save(data)
            except ValidationError as exc:
                self._errors.show(exc.errors)
                return None
            except WatchListHit as hit:
                self._show_watch_alert(hit)
                return None
            except DenyListHit as hit:
                reason = self._ask_deny_override(hit)
                if reason is None:
                    self._screening.record_turned_away(data.person, hit.entries)
                    self.status_message.emit(self.tr("Turned away: %1").replace("%1", data.name))
                    self.reset_form()
                    return None
                data = replace(data, deny_override_reason=reason)
            except AlreadyOnSite as exc:
                if not messages.ask(self, str(exc) + "\n\n" + self.tr(
                        "Check them in again anyway? (Usually: check out the open visit first.)")):
                    self.select_visit(exc.open_visit.id)
                    return None
                data = replace(data, again_while_on_site=True)
            except UserError as exc:  # busy, read-only, full disk: the form keeps its text
                messages.warn(self, str(exc))
                return None

    def _show_watch_alert(self, hit: WatchListHit) -> None:
        details = "\n\n".join(
            self.tr("Notice: %1\nValid until: %2\n%3").replace("%1", e.source)
            .replace("%2", str(e.valid_until or "—")).replace("%3", e.description)
            for e in hit.entries)
        messages.watch_alert(self, self.tr(
            "Check-in paused (reference %1).\n\nPlease ask the visitor to take a seat and wait "
            "a moment, calmly, without giving a reason. Inform the property manager and the "
            "security manager now. The event has been recorded.").replace("%1", str(hit.event_id)),
            details)
        self.status_message.emit(self.tr("Check-in paused; reference %1.").replace(
            "%1", str(hit.event_id)))

    def _ask_deny_override(self, hit: DenyListHit) -> str | None:
        """Who permitted the deny-list match and why; None when the visitor is turned away."""
        reasons = ", ".join(sorted({e.reason.label() for e in hit.entries}))
        text = self.tr(
            "This visitor matches the deny list (%1). Visitors on it are refused unless "
            "specially permitted.\n\nTo let them in anyway, enter who permitted it and why. "
            "Cancel turns them away.").replace("%1", reasons)
        while True:
            reason = messages.ask_override_reason(self, text)
            if reason is None or reason.strip():
                return reason
            messages.warn(self, self.tr("Enter who permitted it and why, or press Cancel."))

    def _after_check_in(self, row: VisitRow) -> None:
        self.reset_form()
        self.status_message.emit(self.tr("Checked in %1, pass %2.").replace("%1", row.name)
                                 .replace("%2", row.pass_no))
        self.model.select_when_loaded(row.id)
        self.model.refresh()
        self.print_requested.emit(row.id)

    @Slot()
    def _look_up_returning(self) -> None:
        ui = self.ui
        profile = self._visitors.find_returning(phone=ui.phone_edit.text(),
                                                id_number=ui.id_number_edit.text())
        if profile is None or (self._returning and self._returning.visitor_id == profile.visitor_id):
            return
        # Another person than the one filled in before: take back what their record filled.
        for edit, value in self._filled.items():
            if edit.text() == value:
                edit.clear()
        self._filled.clear()
        self._returning = profile
        # Fill only what is still empty: never overwrite what was typed.
        fills = ((ui.name_edit, profile.name), (ui.phone_edit, profile.phone),
                 (ui.company_edit, profile.company), (ui.plate_edit, profile.plate),
                 (ui.host_edit, profile.last_host.label if profile.last_host else ""))
        for edit, value in fills:
            if not edit.text().strip() and value:
                edit.setText(value)
                self._filled[edit] = value
        if not ui.id_number_edit.text().strip() and profile.id_number:
            # The number on file is used for screening and the record, never shown in full.
            ui.id_type_combo.setCurrentIndex(max(0, ui.id_type_combo.findData(profile.id_type)))
            ui.id_number_edit.setPlaceholderText(
                self.tr("On file: %1").replace("%1", mask_id_number(profile.id_number)))
        if profile.last_purpose is not None:
            ui.purpose_combo.setCurrentIndex(ui.purpose_combo.findData(profile.last_purpose))
        ui.party_size_spin.setValue(profile.last_party_size)
        text = self.tr("Returning visitor %1 (visits so far: %2); details filled in.").replace(
            "%1", profile.name).replace("%2", str(profile.visit_count))
        if profile.exempt:
            text += " " + self.tr("Regular (exempt).")
        if profile.on_site_pass:
            text += " " + self.tr("Still on site with pass %1: check that visit out first.").replace(
                "%1", profile.on_site_pass)
        ui.returning_label.setText(text)
        ui.returning_label.show()

    @Slot()
    def _fill_from_temp_pass(self) -> None:
        """A temporary pass number fills in its holder, company and host."""
        number = self.ui.temp_pass_edit.text().strip()
        temp = self._screening.temp_pass(number) if number else None
        if temp is None:
            return
        ui = self.ui
        for edit, value in ((ui.name_edit, temp.holder_name), (ui.phone_edit, temp.phone),
                            (ui.company_edit, temp.company), (ui.host_edit, temp.host_label)):
            if not edit.text().strip() and value:
                edit.setText(value)
        if not ui.id_number_edit.text().strip() and temp.id_number:
            ui.id_number_edit.setPlaceholderText(
                self.tr("On pass: %1").replace("%1", mask_id_number(temp.id_number)))
        ui.purpose_combo.setCurrentIndex(max(0, ui.purpose_combo.findData(Purpose.MAINTENANCE)))

    def reload_directory(self) -> None:
        """Read the hosts again after the directory changed."""
        self._host_completer.reload()

    # --- Regulars
    def reload_regulars(self) -> None:
        """List the exempt regulars for one-key check-in."""
        lst = self.ui.regulars_list
        lst.clear()
        for profile in self._visitors.exempt_regulars():
            label = profile.name + (f" · {profile.company}" if profile.company else "")
            if profile.last_host:
                label += f" → {profile.last_host.label}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, profile.visitor_id)
            lst.addItem(item)
        self.ui.quick_check_in_button.setEnabled(lst.count() > 0)

    @Slot()
    def _on_f9(self) -> None:
        # One key checks a regular in, but only once the list has the cursor: a stray F9
        # while typing a check-in must not print someone's pass.
        regulars = self.ui.regulars_list
        if regulars.hasFocus() and regulars.currentItem() is not None:
            self.quick_check_in()
            return
        if regulars.count():
            regulars.setFocus()
            if regulars.currentItem() is None:
                regulars.setCurrentRow(0)
            self.status_message.emit(self.tr("Choose the regular with ↑/↓, then press F9 again."))

    @Slot()
    def quick_check_in(self) -> VisitRow | None:
        """Check in the selected regular with their last details."""
        item = self.ui.regulars_list.currentItem()
        if item is None:
            return None
        visitor_id = int(item.data(Qt.ItemDataRole.UserRole))
        profile = self._visitors.profile(visitor_id)

        def save(data: VisitInput) -> VisitRow:
            return self._visitors.quick_check_in(
                visitor_id, deny_override_reason=data.deny_override_reason,
                again_while_on_site=data.again_while_on_site)

        row = self._check_in_with_questions(
            VisitInput(name=profile.name, phone=profile.phone), save)
        if row is not None:
            self._after_check_in(row)
        return row

    @Slot()
    def toggle_exempt(self) -> None:
        """Mark the selected visit's visitor as a regular (or no longer one)."""
        visit = self.selected_visit()
        if visit is None or visit.visitor_id is None:
            return
        profile = self._visitors.profile(visit.visitor_id)
        self._visitors.set_exempt(profile.visitor_id, not profile.exempt)
        self.status_message.emit(
            (self.tr("%1 is now a regular.") if not profile.exempt
             else self.tr("%1 is no longer a regular.")).replace("%1", profile.name))
        self.reload_regulars()

    # --- The history
    def selected_visit(self) -> VisitRow | None:
        """The visit selected in the table."""
        indexes = self.ui.visits_table.selectionModel().selectedRows()
        return self.model.row(indexes[0].row()) if indexes else None

    def select_visit(self, visit_id: int) -> None:
        """Select a visit's row if it is loaded."""
        row = self.model.find_row(visit_id)
        if row >= 0:
            self.ui.visits_table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.ui.visits_table.scrollTo(self.model.index(row, 0))

    def show_today(self) -> None:
        """Back to today's visitors."""
        today = QDate(self._visitors.clock.today())
        for edit in (self.ui.from_date_edit, self.ui.to_date_edit):
            edit.blockSignals(True)
            edit.setDate(today)
            edit.blockSignals(False)
        self._on_filter_changed()

    def current_query(self) -> VisitQuery:
        """The query the filter bar describes."""
        first = self.ui.from_date_edit.date().toPython()
        last = self.ui.to_date_edit.date().toPython()
        if last < first:
            first, last = last, first
        previous = self.model.query
        return VisitQuery(first, last, self.ui.search_edit.text().strip(),
                          self.ui.on_site_check.isChecked(),
                          previous.sort if previous else VisitQuery(first, last).sort,
                          previous.descending if previous else True)

    @Slot()
    def _on_filter_changed(self) -> None:
        self.model.set_query(self.current_query())

    @Slot(int, int)
    def _on_counted(self, visits: int, people: int) -> None:
        self._counted = (visits, people)
        self._update_summary()

    @Slot(int)
    def _on_row_ready(self, visit_id: int) -> None:
        self.select_visit(visit_id)

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        self.status_message.emit(self.tr("The list could not be read: %1").replace("%1", message))

    @Slot(int, Qt.SortOrder)
    def _on_sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        # Columns without an index do not sort: the arrow goes back where the order is.
        if COLUMNS[column][1] is None and self.model.query is not None:
            header = self.ui.visits_table.horizontalHeader()
            sorted_column = next(i for i, (_c, key) in enumerate(COLUMNS)
                                 if key == self.model.query.sort)
            header.blockSignals(True)
            header.setSortIndicator(sorted_column, Qt.SortOrder.DescendingOrder
                                    if self.model.query.descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    @Slot(bool)
    def _on_loading_changed(self, loading: bool) -> None:
        self._loading = loading
        self._update_summary()

    def _update_summary(self) -> None:
        visits, people = getattr(self, "_counted", (0, 0))
        on_site, on_site_people = self._visitors.on_site_count()
        self.ui.summary_label.setText(
            self.tr("%1 visits, %2 people shown · %3 visits (%4 people) on site now")
            .replace("%1", str(visits)).replace("%2", str(people))
            .replace("%3", str(on_site)).replace("%4", str(on_site_people))
            + (" · " + self.tr("Searching…") if getattr(self, "_loading", False) else ""))

    @Slot()
    def _update_buttons(self) -> None:
        visit = self.selected_visit()
        for button in (self.ui.host_response_button, self.ui.print_pass_button,
                       self.ui.exempt_button):
            button.setEnabled(visit is not None)

    # --- Check-out and host response
    @Slot()
    def check_out(self) -> VisitRow | None:
        """Check out by the typed/scanned pass number, else the selected visit."""
        typed = self.ui.check_out_edit.text().strip()
        try:
            if typed:
                row = self._visitors.check_out_by_pass(typed)
            else:
                visit = self.selected_visit()
                if visit is None:
                    self.status_message.emit(self.tr("Select a visit or type its pass number."))
                    return None
                row = self._visitors.check_out(visit.id)
        except UserError as exc:
            messages.warn(self, self._domain_text(exc))
            self.ui.check_out_edit.selectAll()
            return None
        self.ui.check_out_edit.clear()
        if self.model.find_row(row.id) >= 0 and not self.ui.on_site_check.isChecked():
            self.model.replace_row(row)
        else:
            self.model.refresh()
        self._update_summary()
        self.status_message.emit(self.tr("Checked out %1 (%2).").replace("%1", row.name)
                                 .replace("%2", row.pass_no))
        return row

    @Slot()
    def record_host_response(self) -> None:
        """Ask what the host said about the selected visit."""
        visit = self.selected_visit()
        if visit is None:
            return
        dialog = HostResponseDialog(self._visitors, visit, self)
        dialog.finished.connect(lambda _r: self._on_host_response_done(dialog))
        dialog.open()

    def _on_host_response_done(self, dialog: HostResponseDialog) -> None:
        if dialog.result_row is not None:
            self.model.replace_row(dialog.result_row)
            self._update_summary()
        dialog.deleteLater()

    @staticmethod
    def _domain_text(exc: UserError) -> str:
        if isinstance(exc, ValidationError):
            return "\n".join(exc.errors.values())
        return str(exc)
