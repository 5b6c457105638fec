"""The visitor log workspace: check in, host response, pass, check out, and the history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import NotFound
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.records import VisitFlag, VisitRow
from deskapp.domain.settings import AppSettings
from deskapp.domain.visitors import SortKey, VisitQuery
from deskapp.domain.visitors.expected import ExpectedRow
from deskapp.i18n import fill
from deskapp.ui.access.approval import Approver
from deskapp.ui.forms.ui_visitor_log_tab import Ui_VisitorLogTab
from deskapp.ui.framework.history_view import HistoryView
from deskapp.ui.framework.late_entries import mark_late_entries
from deskapp.ui.framework.scanner import ScanDetector
from deskapp.ui.framework.workspace import Workspace, WorkspaceContext, WorkspaceSpec, host
from deskapp.ui.tasks import TaskRunner
from deskapp.ui.workspaces.visitors.check_in_form import CheckInForm
from deskapp.ui.workspaces.visitors.check_out import CheckOutActions
from deskapp.ui.workspaces.visitors.columns import visit_background, visit_columns, visit_tooltip
from deskapp.ui.workspaces.visitors.corrections import VisitCorrectionActions
from deskapp.ui.workspaces.visitors.expected_panel import ExpectedPanel
from deskapp.ui.workspaces.visitors.host_response_dialog import HostResponseDialog
from deskapp.ui.workspaces.visitors.id_card_reading import IdCardReading, counter_reader
from deskapp.ui.workspaces.visitors.regulars_panel import RegularsPanel

PASS = "visitor-pass"
ON_SITE = "on-site"


class VisitorLogTab(CheckOutActions, Workspace):
    """Check-in form and regulars on the left, the visit history on the right."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        services = context.services
        self._visitors = services.visitors
        self._menu: list[QAction] = []
        self._screening = services.screening
        self._directory = services.directory
        self.ui = Ui_VisitorLogTab()
        self.ui.setupUi(self)
        clock = self._visitors.clock
        self.form = CheckInForm(self._visitors, self._screening, self._directory, self)
        self.regulars = RegularsPanel(self._visitors, self.form.questions, self)
        self.expected = ExpectedPanel(services.expected, self._directory, self)
        self.history = HistoryView(
            self._visitors, mark_late_entries(visit_columns(clock), "time_in", services.closing,
                                              clock, lambda row: row.time_in),
            clock, make_query=self._query,
            summary=self._summary, loader=context.loader,
            row_background=visit_background(
                lambda row: self._visitors.is_late(row, context.settings().late_hour)),
            row_tooltip=visit_tooltip,
            row_struck_out=lambda row: VisitFlag.VOIDED in row.flags, parent=self)
        self.history.set_default_sort(SortKey.TIME_IN)
        self.model = self.history.model
        host(self.ui.check_in_host, self.form)
        host(self.ui.expected_host, self.expected)
        host(self.ui.regulars_host, self.regulars)
        host(self.ui.history_host, self.history)
        self.action_area = self.ui.action_bar
        self.ui.action_bar_layout.insertWidget(self.ui.action_bar_layout.count() - 1,
                                               self.undo_button)
        self.ui.check_in_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.main_splitter.setStretchFactor(1, 1)
        self.ui.main_splitter.setSizes([340, 900])
        self.corrections = VisitCorrectionActions(
            self, self._visitors, Approver(services.accounts, services.operator),
            self.acting_row, self._directory)
        self.history.ui.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.history.ui.table.addActions(self.corrections.actions())
        # A pass scanned wherever the cursor is checks that visit out.
        self.scanner = ScanDetector(self, self._visitors.is_pass_number)
        self._connect()
        self.form.take_id_numbers(context.settings().collect_id_number)
        self._reader = counter_reader(practice=context.settings().demo)
        if self._reader is not None:
            # Its own worker: a read waits for no export or backup, and holds none up.
            runner = TaskRunner(self) if isinstance(context.tasks, TaskRunner) else context.tasks
            self.form.use_card_reader(IdCardReading(runner, lambda: self._reader, self))
        self.retranslate()
        self.history.show_today()

    def _connect(self) -> None:
        ui = self.ui
        for part in (self.form, self.regulars, self.history, self.expected):
            part.status_message.connect(self.status_message)
        # An expected visitor's arrival: one key fills the form and checks them in.
        self.expected.arrive_requested.connect(self._arrive)
        self.form.checked_in.connect(self._after_check_in)
        self.regulars.checked_in.connect(self._after_check_in)
        self.regulars.checked_in.connect(self.form.reset)  # back to the form for the next one
        self.form.pass_scanned.connect(self._check_out_scanned)
        self.scanner.scanned.connect(self._check_out_scanned)
        ui.check_out_edit.textChanged.connect(self._update_buttons)
        self.form.select_requested.connect(self.history.select)
        self.history.activated.connect(self._open_host_response)
        self.corrections.changed.connect(self._show_changed)
        self.corrections.status_message.connect(self.status_message)
        self.history.selection_changed.connect(self._update_buttons)
        ui.check_out_button.clicked.connect(self.check_out)
        ui.check_out_edit.returnPressed.connect(self.check_out)
        ui.host_response_button.clicked.connect(self.record_host_response)
        ui.print_pass_button.clicked.connect(self.print_selected)
        ui.exempt_button.clicked.connect(self.toggle_exempt)
        events = self.context.events
        events.directory_changed.connect(self.form.reload_directory)
        events.settings_changed.connect(self._apply_settings)
        events.data_replaced.connect(self.refresh)

        def shortcut(keys: str, slot: Callable[[], object]) -> None:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        shortcut("F3", self.focus_check_out)
        shortcut("F4", self.check_out)
        shortcut("F6", self.record_host_response)
        shortcut("F9", self.regulars.on_f9)

    # --- The workspace's part of the window
    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        self.form.retranslate()
        self.regulars.retranslate()
        self.corrections.retranslate()
        super().retranslate()
        self.history.set_texts(
            search_hint=self.tr("Search name, phone, company, host, plate, pass…"),
            open_only=self.tr("On site only"))

    def refresh(self) -> None:
        """Everything again: the directory, the regulars, the expected, the list."""
        self.form.reload_directory()
        self.regulars.reload()
        self.expected.reload()
        super().refresh()

    def new_entry(self) -> None:
        """A fresh check-in with the cursor in the name field."""
        self.form.reset()

    def print_selected(self) -> None:
        """Print the pass of the number in the pass field ("25" too), else of the visit
        worked on."""
        visit = self._typed_or_acting()
        if visit is not None:
            self.print_requested.emit(PASS, visit.id)

    def menu_actions(self) -> list[QAction]:
        """The deny and watch lists, temporary passes, the alert log, who is on site;
        made once, their texts re-set with the language."""
        if not self._menu:
            for slot in (lambda: self.open_screening("deny"),
                         lambda: self.open_screening("passes"), self.open_alert_log,
                         self.print_on_site):
                action = QAction(self)
                action.triggered.connect(slot)
                self._menu.append(action)
            self._menu[3].setShortcut(QKeySequence("F12"))  # any tab: an alarm won't wait
        lists, passes, alerts, on_site = self._menu
        lists.setText(self.tr("Deny &and watch lists…"))
        passes.setText(self.tr("&Temporary passes…"))
        alerts.setText(self.tr("Alert &log…"))
        on_site.setText(self.tr("Print who is &on site (evacuation list)"))
        return list(self._menu)

    def open_record(self, kind: str, record_id: int) -> bool:
        """A visit: its row chosen in the list of its day (its pass number searched)."""
        if kind != RecordKind.VISIT:
            return False
        try:
            visit = self._visitors.visit(record_id)
        except NotFound:
            return False
        return self.show_in_history(visit.time_in, visit.pass_no, visit.id)

    def print_on_site(self) -> None:
        """F12: everyone in the building now, floor by floor, for a drill or an emergency."""
        self.print_requested.emit(ON_SITE, 0)

    def shortcut_help(self) -> str:
        """The visitor log's own keys."""
        return self.tr("Enter  check in · Esc  clear the form · a scanned pass checks out\n"
                       "F3  pass number field (\"25\" is today's V…-0025) · F4  check out · "
                       "F6  host response · Ctrl+P  print the pass\n"
                       "F8  read the ID card · F9  quick check-in of a regular · "
                       "Alt+Z  undo a check-out · "
                       "F12  print who is on site (evacuation)\n"
                       "F7  correct the visit · Menu key in the list  void a visit, "
                       "show a full ID number")

    # --- History
    def _query(self, first: dt.date, last: dt.date, text: str, open_only: bool) -> VisitQuery:
        # Today's list also holds everyone from earlier days not yet checked out: an open
        # visit is never out of sight (and the count below agrees with the list).
        today = self._visitors.clock.today()
        return VisitQuery(first, last, text, open_only,
                          earlier_on_site=not open_only and first == last == today)

    def _summary(self, counted: tuple[int, int]) -> str:
        visits, people = counted
        on_site, on_site_people = self._visitors.on_site_count()
        return fill(self.tr("Shown: %1, %2 · On site now: %3, %4"),
                    self.tr("%n visit(s)", "", visits), self.tr("%n person(s)", "", people),
                    self.tr("%n visit(s)", "", on_site),
                    self.tr("%n person(s)", "", on_site_people))

    def selected_visit(self) -> VisitRow | None:
        """The visit selected in the list."""
        return self.history.selected_row()

    @Slot()
    def _update_buttons(self) -> None:
        selected = self.history.selected_row() is not None
        typed = bool(self.ui.check_out_edit.text().strip())
        for button in (self.ui.host_response_button, self.ui.print_pass_button):
            button.setEnabled(selected or typed)
        self.ui.exempt_button.setEnabled(selected)

    def _arrive(self, expected: ExpectedRow) -> None:
        if self.form.fill_from_expected(expected):
            self.form.submit()

    def _after_check_in(self, row: VisitRow) -> None:
        self.expected.reload()
        self.status_message.emit(fill(self.tr("Checked in %1, pass %2."), row.name, row.pass_no))
        self.history.model.select_when_loaded(row.id)
        self.history.refresh()
        self.context.events.records_changed.emit("visitors")
        self.print_requested.emit(PASS, row.id)

    def _apply_settings(self, settings: AppSettings) -> None:
        self.form.take_id_numbers(settings.collect_id_number)
        self.history.refresh()

    def _show_changed(self, row: VisitRow) -> None:
        if self.model.find_row(row.id) >= 0 and not self.history.ui.open_only_check.isChecked():
            self.model.replace_row(row)
            self.history.update_summary()
        else:
            self.history.refresh()
        self.context.events.records_changed.emit("visitors")

    # --- Host response and regulars
    @Slot()
    def record_host_response(self) -> None:
        """F6: what the host said about the pass number typed ("25" too), else about the
        visit worked on."""
        visit = self._typed_or_acting()
        if visit is not None:
            self._open_host_response(visit)

    def _open_host_response(self, visit: VisitRow) -> None:
        contact = self._directory.host_contact(unit_id=visit.host_unit_id,
                                               department_id=visit.host_department_id)
        dialog = HostResponseDialog(self._visitors, visit, self, contact=contact)
        dialog.finished.connect(lambda _r: self._on_host_response_done(dialog))
        dialog.open()

    def _on_host_response_done(self, dialog: HostResponseDialog) -> None:
        if dialog.result_row is not None:
            self._show_changed(dialog.result_row)
            self.expected.reload()  # a new appointment is on the expected list
        dialog.deleteLater()

    @Slot()
    def toggle_exempt(self) -> None:
        """Mark the visitor worked on as a regular (or no longer one)."""
        visit = self.acting_row()
        if visit is None or visit.visitor_id is None:
            return
        profile = self._visitors.profile(visit.visitor_id)
        self._visitors.set_exempt(profile.visitor_id, not profile.exempt)
        self.status_message.emit(fill(
            self.tr("%1 is now a regular.") if not profile.exempt
            else self.tr("%1 is no longer a regular."), profile.name))
        self.regulars.reload()

    # --- Lists and passes
    def open_screening(self, page: str) -> None:
        """The deny list, watch list and temporary passes."""
        from deskapp.ui.workspaces.visitors.screening.dialog import ScreeningDialog

        services = self.context.services
        dialog = ScreeningDialog(services.screening, services.directory, services.clock,
                                 self, start_page=page,
                                 approver=self.corrections.approver,
                                 print_document=self.print_requested.emit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_alert_log(self) -> None:
        """Every deny-list and watch-list match, for the manager."""
        from deskapp.ui.workspaces.visitors.alert_log_dialog import AlertLogDialog

        services = self.context.services
        dialog = AlertLogDialog(services.screening, services.clock, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(980, 520)
        dialog.open()


SPEC = WorkspaceSpec(
    name="visitors",
    title=lambda: QCoreApplication.translate("Workspaces", "Visitor log"),
    factory=VisitorLogTab,
)
