"""The requests workspace: the intake form on the left; on the right every request with
its state and deadline, and the steps that move one on (F5 dispatch … F9 revisit)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.errors import NotFound
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.requests.records import (
    RequestFilter,
    RequestQuery,
    RequestRow,
    RequestSort,
    RequestSummary,
    State,
)
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.forms.ui_request_log_tab import Ui_RequestLogTab
from deskapp.ui.framework.history_view import HistoryView
from deskapp.ui.framework.late_entries import mark_late_entries
from deskapp.ui.framework.workspace import Workspace, WorkspaceContext, WorkspaceSpec, host
from deskapp.ui.workspaces.requests.columns import (
    request_background,
    request_columns,
    request_tooltip,
)
from deskapp.ui.workspaces.requests.request_form import RequestForm
from deskapp.ui.workspaces.requests.step_dialog import RequestStepDialog, Step

FORM = "complaint-form"
REVISIT_RECORD = "revisit-record"
ATTENTION_EVERY_MS = 5 * 60 * 1000



class RequestLogTab(Workspace):
    """Take complaints and requests, send them to the department, chase them, revisit."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        services = context.services
        self._services = services
        self._requests = services.requests
        self.ui = Ui_RequestLogTab()
        self.ui.setupUi(self)
        clock = self._requests.clock
        self.form = RequestForm(self._requests, services.directory, self)
        self.history = HistoryView(
            self._requests, mark_late_entries(request_columns(clock), "received_at",
                                              services.closing, clock,
                                              lambda row: row.received_at),
            clock, make_query=self._query,
            summary=self._summary, loader=context.loader,
            row_background=request_background(clock), row_tooltip=request_tooltip,
            parent=self)
        self.history.set_default_sort(RequestSort.RECEIVED_AT)
        self.model = self.history.model
        host(self.ui.form_host, self.form)
        host(self.ui.history_host, self.history)
        self.action_area = self.ui.action_bar
        self.ui.action_bar_layout.insertWidget(self.ui.action_bar_layout.count() - 1,
                                               self.undo_button)
        self.ui.main_splitter.setStretchFactor(1, 1)
        self.ui.main_splitter.setSizes([360, 900])
        self.ui.attention_banner.setStyleSheet("background: #fff4ce; padding: 4px;")
        self._looked = False  # the banner is counted once the window is up
        # Deadlines pass without anyone saving: the banner looks again now and then.
        self._attention_timer = QTimer(self)
        self._attention_timer.setInterval(ATTENTION_EVERY_MS)
        self._attention_timer.timeout.connect(self._show_attention)
        self._attention_timer.start()
        self._connect()
        self.retranslate()
        self.history.show_today()
        # The desk's work queue: every request not yet closed, whenever it was taken.
        self.history.choose_filter(RequestFilter.OPEN)
        # After the window is up: starting shows the first tab before anything of this one.
        QTimer.singleShot(0, self._look_again)

    def _connect(self) -> None:
        ui = self.ui
        self.history.status_message.connect(self.status_message)
        self.history.selection_changed.connect(self._update_buttons)
        self.history.activated.connect(lambda _row: self.show_details())
        self.form.registered.connect(self._after_registered)
        steps: tuple[tuple[object, Callable[[], object], str | None], ...] = (
            (ui.dispatch_button, lambda: self.take_step(Step.DISPATCH), "F5"),
            (ui.progress_button, lambda: self.take_step(Step.PROGRESS), "F6"),
            (ui.resolve_button, lambda: self.take_step(Step.RESOLVE), "F7"),
            (ui.pause_button, self.pause_or_resume, "F8"),
            (ui.revisit_button, self.revisit, "F9"),
            (ui.close_button, lambda: self.take_step(Step.CLOSE), None),
            (ui.details_button, self.show_details, None),
            (ui.severity_button, self.change_severity, "F4"),
            (ui.print_form_button, self.print_selected, None),
            (ui.review_button, self.open_review, None),
        )
        for button, slot, keys in steps:
            button.clicked.connect(slot)  # type: ignore[attr-defined]
            if keys:
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        events = self.context.events
        events.directory_changed.connect(self.form.reload_directory)
        events.data_replaced.connect(self.refresh)
        events.request_from_call.connect(self.take_call)

    # --- The workspace's part of the window
    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        self.form.retranslate()
        super().retranslate()
        self.history.set_filter_choices([(f.label(), f) for f in RequestFilter])
        self.history.set_texts(search_hint=self.tr("Search name, phone, unit, number…"),
                               filters=self.tr("Sho&w"))
        for action, text in zip(self.menu_actions(), (
                self.tr("Requests: &review before closing…"),
                self.tr("Requests: &monthly summary…"),
                self.tr("Requests: &deadlines…"),
                self.tr("&Working-day calendar…")), strict=True):
            action.setText(text)
        self._show_attention()

    def refresh(self) -> None:
        """Everything again after the data changed underneath."""
        self.form.reload_directory()
        self._escalate()
        super().refresh()
        self._show_attention()

    def reload_in_place(self) -> None:
        """Another counter saved something: the list and the banner follow."""
        super().reload_in_place()
        self._show_attention()

    def new_entry(self) -> None:
        """Ctrl+N in this tab: a new request."""
        self.form.start()

    def print_selected(self) -> None:
        """Ctrl+P: the handling form of the request worked on."""
        row = self.acting_row()
        if row is not None:
            self.print_requested.emit(FORM, row.id)

    def shortcut_help(self) -> str:
        """The workspace's own keys."""
        return self.tr(
            "Tab  next field · Enter or Ctrl+Enter  register · Esc  clear\n"
            "F4  change severity · F5  dispatch · F6  progress · F7  resolved · F8  waiting on "
            "the customer / resumed · F9  revisit · Enter on a request  details · Ctrl+P  "
            "print the handling form")

    def menu_actions(self) -> list[QAction]:
        """The review, the monthly summary, the deadlines and the calendar, in the Counter
        menu."""
        return self.menu_actions_for((
            self.open_review, self.open_monthly, self.open_deadlines, self.open_calendar))

    # --- The list
    def _query(self, first: dt.date, last: dt.date, text: str, shown: object) -> RequestQuery:
        only = shown if isinstance(shown, RequestFilter) else RequestFilter.ALL
        return RequestQuery(first, last, text, only)

    def _summary(self, summary: RequestSummary) -> str:
        return fill(self.tr("Shown: %1 · still open: %2 · overdue: %3 · revisits due: %4"),
                    summary.shown, summary.open, summary.overdue, summary.revisits_due)

    def _show_attention(self) -> None:
        if not self._looked:
            return
        try:
            summary = self._requests.count(RequestQuery(self._requests.clock.today(),
                                                        self._requests.clock.today()))
        except UserError:
            return
        banner = self.ui.attention_banner
        banner.setVisible(bool(summary.overdue or summary.revisits_due))
        banner.setText(fill(self.tr(
            "%1 requests overdue, %2 revisits due: Review before closing (Alt+B) lists "
            "them."), summary.overdue, summary.revisits_due))

    @Slot()
    def _look_again(self) -> None:
        # Complaints that became major while deskapp was closed, then the banner.
        self._looked = True
        if self._escalate():
            self.history.refresh()
        self._show_attention()

    def _escalate(self) -> bool:
        # A valid complaint unresolved for 30 days becomes major by itself.
        try:
            escalated = self._requests.escalate_overdue()
        except UserError:
            return False  # read-only, or busy: the next start tries again
        if escalated:
            self.status_message.emit(fill(self.tr(
                "%1 complaint(s) unresolved for 30 days became major: %2."),
                len(escalated), ", ".join(r.number for r in escalated)))
        return bool(escalated)

    @Slot()
    def _update_buttons(self) -> None:
        row = self.history.selected_row()
        ui = self.ui
        handling = row is not None and row.state.being_handled
        ui.dispatch_button.setEnabled(handling)
        ui.progress_button.setEnabled(handling)
        ui.resolve_button.setEnabled(handling)
        ui.pause_button.setEnabled(handling)
        ui.revisit_button.setEnabled(row is not None and row.state in (State.RESOLVED,
                                                                        State.REVISITED))
        ui.close_button.setEnabled(row is not None and row.state in (State.RESOLVED,
                                                                      State.REVISITED))
        ui.details_button.setEnabled(row is not None)
        ui.severity_button.setEnabled(handling)
        ui.print_form_button.setEnabled(row is not None)
        if row is not None and row.paused:
            ui.pause_button.setText(self.tr("Customer answered (F8)"))
        else:
            ui.pause_button.setText(self.tr("Waiting on customer (F8)"))

    def _after_registered(self, row: RequestRow) -> None:
        self.status_message.emit(fill(self.tr("Request %1 registered: %2, due %3."),
                                      row.number, row.severity.label(), self._due(row)))
        self._show_changed(row.id)

    def _due(self, row: RequestRow) -> str:
        if row.due_at is None:
            return ""
        return self._requests.clock.local(row.due_at).strftime("%Y-%m-%d %H:%M")

    def _show_changed(self, select_id: int | None = None) -> None:
        if select_id is not None:
            self.history.model.select_when_loaded(select_id)
        self.history.refresh()
        self._show_attention()
        self.context.events.records_changed.emit("requests")

    # --- From the call log
    @Slot(int)
    def take_call(self, call_id: int) -> None:
        """A logged call becomes a request: this tab, the form filled from the call."""
        try:
            data = self._requests.from_call(call_id)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.activation_requested.emit()
        self.form.start(data)

    # --- Steps
    def take_step(self, step: Step) -> None:
        """Dispatch, progress, resolved or close, for the request worked on."""
        row = self.acting_row()
        if row is None:
            return
        dialog = RequestStepDialog(self._requests, row, step,
                                   self._services.directory.departments(), self)
        dialog.finished.connect(lambda _r: self._step_done(dialog))
        dialog.open()

    def _step_done(self, dialog: QDialog) -> None:
        row = getattr(dialog, "result_row", None)
        if row is not None:
            self._show_changed(row.id)
            if getattr(dialog, "step", None) is Step.DISPATCH:
                self.status_message.emit(fill(self.tr(
                    "Request %1 sent to %2 — Ctrl+P prints its handling form."),
                    row.number, row.department_label))
        dialog.deleteLater()

    @Slot()
    def pause_or_resume(self) -> None:
        """F8: the request waits on the customer, or the customer answered."""
        row = self.acting_row()
        if row is None:
            return
        if not row.paused:
            self.take_step(Step.PAUSE)
            return
        try:
            resumed = self._requests.resume(row.id)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.status_message.emit(fill(self.tr("Request %1 goes on; now due %2."),
                                      resumed.number, self._due(resumed)))
        self._show_changed(resumed.id)

    @Slot()
    def change_severity(self) -> None:
        """F4: the request is more (or less) serious than first thought."""
        from deskapp.ui.access.approval import Approver
        from deskapp.ui.workspaces.requests.reclassify_dialog import ReclassifyDialog

        row = self.acting_row()
        if row is None:
            return
        services = self._services
        dialog = ReclassifyDialog(self._requests, Approver(services.accounts, services.operator),
                                  row, self)
        dialog.finished.connect(lambda _r: self._step_done(dialog))
        dialog.open()

    @Slot()
    def revisit(self) -> None:
        """F9: the revisit of a resolved request."""
        from deskapp.ui.workspaces.requests.revisit_dialog import RevisitDialog

        row = self.acting_row()
        if row is None:
            return
        if row.state not in (State.RESOLVED, State.REVISITED):
            self.status_message.emit(self.tr("Only a resolved request is revisited."))
            return
        dialog = RevisitDialog(self._requests, row, self._services.operator.name, self)
        dialog.finished.connect(lambda _r: self._revisit_done(dialog))
        dialog.open()

    def _revisit_done(self, dialog) -> None:  # type: ignore[no-untyped-def]
        row = dialog.result_row
        if row is not None:
            if row.state is State.CLOSED:
                text = fill(self.tr("Request %1 revisited and closed."), row.number)
            elif row.state is State.IN_PROGRESS:
                text = fill(self.tr("Request %1 reopened: back to %2 (reopened %3×)."),
                            row.number, row.department_label, row.reopened)
            else:
                text = fill(self.tr("Request %1 revisited."), row.number)
            self.status_message.emit(text)
            self._show_changed(row.id)
            if dialog.print_record and dialog.revisit is not None:
                self.print_requested.emit(REVISIT_RECORD, dialog.revisit.id)
        dialog.deleteLater()

    def open_record(self, kind: str, record_id: int) -> bool:
        """A request: its row chosen in the list of the day it came, and its detail."""
        from deskapp.ui.workspaces.requests.detail_dialog import RequestDetailDialog

        if kind != RecordKind.REQUEST:
            return False
        try:
            row = self._requests.request(record_id)
        except NotFound:
            return False
        self.show_in_history(row.received_at, row.number, row.id)
        dialog = RequestDetailDialog(self._requests, row.id, self)
        dialog.print_requested.connect(self.print_requested)
        dialog.changed.connect(lambda: self._show_changed(row.id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return True

    @Slot()
    def show_details(self) -> None:
        """Enter: the request in full, its steps and its files."""
        from deskapp.ui.workspaces.requests.detail_dialog import RequestDetailDialog

        row = self.acting_row()
        if row is None:
            return
        dialog = RequestDetailDialog(self._requests, row.id, self)
        dialog.print_requested.connect(self.print_requested)
        dialog.changed.connect(lambda: self._show_changed(row.id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- Lists and settings
    @Slot()
    def open_review(self) -> None:
        """Everything not yet resolved, overdue first, to call customers with news."""
        from deskapp.ui.workspaces.requests.review_dialog import RequestReviewDialog

        dialog = RequestReviewDialog(self._requests, self._services.directory.departments(),
                                     self)
        dialog.finished.connect(lambda _r: self._review_done(dialog))
        dialog.open()

    def _review_done(self, dialog) -> None:  # type: ignore[no-untyped-def]
        if dialog.changed:
            self._show_changed()
        dialog.deleteLater()

    @Slot()
    def open_monthly(self) -> None:
        """The monthly summary: print it, or save it as a workbook."""
        from deskapp.ui.workspaces.requests.monthly_dialog import MonthlyRequestsDialog

        dialog = MonthlyRequestsDialog(self._services, self.context.tasks, self)
        dialog.print_requested.connect(self.print_requested)
        dialog.status_message.connect(self.status_message)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def open_deadlines(self) -> None:
        """How long each severity and kind may take (a supervisor's)."""
        from deskapp.ui.workspaces.requests.deadlines_dialog import open_request_deadlines

        open_request_deadlines(self, self._services)
        self.form.retranslate()  # the rule shown follows

    @Slot()
    def open_calendar(self) -> None:
        """Holidays and weekends worked in exchange (the administrator's)."""
        from deskapp.ui.workspaces.requests.calendar_dialog import open_working_calendar

        open_working_calendar(self, self._services)


SPEC = WorkspaceSpec(
    name="requests",
    title=lambda: QCoreApplication.translate("Workspaces", "Complaints and requests"),
    factory=RequestLogTab,
)
