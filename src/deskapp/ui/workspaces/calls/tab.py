"""The call log workspace: the call form and the phone lookup on the left, the calls with
their messages and callbacks on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from deskapp.domain.calls.records import CallFilter, CallQuery, CallRow, CallSort, CallSummary
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.record_kinds import RecordKind
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui.forms.ui_call_log_tab import Ui_CallLogTab
from deskapp.ui.framework.history_view import HistoryView
from deskapp.ui.framework.late_entries import mark_late_entries
from deskapp.ui.framework.workspace import Workspace, WorkspaceContext, WorkspaceSpec, host
from deskapp.ui.workspaces.calls.call_form import CallForm
from deskapp.ui.workspaces.calls.columns import call_background, call_columns, call_tooltip

SLIP = "message-slip"
DIRECTORY = "phone-directory"



class CallLogTab(Workspace):
    """Log a call while the caller talks; pass messages on; make the callbacks promised."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        services = context.services
        self._calls = services.calls
        self._book = services.phone_book
        self.ui = Ui_CallLogTab()
        self.ui.setupUi(self)
        clock = self._calls.clock
        self.form = CallForm(self._calls, services.directory, self)
        self.history = HistoryView(
            self._calls, mark_late_entries(call_columns(clock), "started_at", services.closing,
                                           clock, lambda row: row.started_at),
            clock, make_query=self._query,
            summary=self._summary, loader=context.loader, row_background=call_background(clock),
            row_tooltip=call_tooltip, parent=self)
        self.history.set_default_sort(CallSort.STARTED_AT)
        self.model = self.history.model
        host(self.ui.form_host, self.form)
        host(self.ui.history_host, self.history)
        self.action_area = self.ui.action_bar
        self.ui.action_bar_layout.insertWidget(self.ui.action_bar_layout.count() - 1,
                                               self.undo_button)
        self.ui.main_splitter.setStretchFactor(1, 1)
        self.ui.main_splitter.setSizes([340, 900])
        self.ui.review_banner.setStyleSheet("background: #fff4ce; padding: 4px;")
        self._new_call = QAction(self)
        self._new_call.setShortcut(QKeySequence("F2"))
        self._new_call.triggered.connect(self.start_call)
        self._connect()
        self.retranslate()
        self.history.show_today()

    def _connect(self) -> None:
        ui = self.ui
        self.history.status_message.connect(self.status_message)
        self.history.selection_changed.connect(self._update_buttons)
        self.history.activated.connect(self._on_activated)
        self.form.logged.connect(self._after_logged)
        ui.deliver_button.clicked.connect(self.deliver_message)
        ui.call_back_button.clicked.connect(self.call_back)
        ui.callback_done_button.clicked.connect(self.callback_done)
        ui.print_slip_button.clicked.connect(self.print_selected)
        ui.request_button.clicked.connect(self.make_request)
        ui.phone_book_button.clicked.connect(self.open_phone_book)
        ui.lookup_edit.textChanged.connect(self._look_up)
        ui.lookup_list.itemActivated.connect(self._on_number_chosen)
        events = self.context.events
        events.directory_changed.connect(self.form.reload_directory)
        events.data_replaced.connect(self.refresh)

        def shortcut(keys: str, slot: Callable[[], object]) -> None:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        shortcut("F7", self.deliver_message)
        shortcut("F8", self.call_back)
        shortcut("Ctrl+R", self.make_request)

    # --- The workspace's part of the window
    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        self.form.retranslate()
        super().retranslate()
        self.history.set_filter_choices([(f.label(), f) for f in CallFilter])
        self.history.set_texts(search_hint=self.tr("Search caller, phone, unit, subject…"),
                               filters=self.tr("Sho&w"))
        self.ui.lookup_edit.setPlaceholderText(self.tr("Name, number or pinyin initials"))
        self._new_call.setText(self.tr("New call (F2)"))
        self._show_review()

    def refresh(self) -> None:
        """Everything again after the data changed underneath."""
        self.form.reload_directory()
        self._show_review()
        super().refresh()

    def new_entry(self) -> None:
        """Ctrl+N in this tab: a new call."""
        self.form.start()

    @Slot()
    def start_call(self) -> None:
        """F2 from anywhere: this tab, an empty call form started now."""
        self.activation_requested.emit()
        self.form.start()

    def window_actions(self) -> list[QAction]:
        """F2 and its toolbar button."""
        return [self._new_call]

    def print_selected(self) -> None:
        """Print the message slip of the call worked on."""
        call = self.acting_row()
        if call is None:
            return
        if not call.messages:
            self.status_message.emit(self.tr("This call has no message to print."))
            return
        self.print_requested.emit(SLIP, call.messages[-1].id)

    def open_record(self, kind: str, record_id: int) -> bool:
        """A call: its row chosen in the list of its day."""
        if kind != RecordKind.CALL:
            return False
        try:
            call = self._calls.call(record_id)
        except NotFound:
            return False
        return self.show_in_history(call.started_at, "", call.id)

    def shortcut_help(self) -> str:
        """The call log's own keys."""
        return self.tr("F2  a new call, from any tab · Tab  next field · Enter  save · "
                       "Esc  clear\nF7  message passed on · F8  call back now · "
                       "Ctrl+R  make it a request · Ctrl+P  print the message slip")

    # --- History
    def _query(self, first: dt.date, last: dt.date, text: str, shown: object) -> CallQuery:
        only = shown if isinstance(shown, CallFilter) else CallFilter.ALL
        return CallQuery(first, last, text, only)

    def _summary(self, summary: CallSummary) -> str:
        return fill(self.tr("Calls shown: %1 · messages waiting: %2 · callbacks to make: %3, "
                            "overdue: %4"), summary.calls, summary.pending_messages,
                    summary.open_callbacks, summary.overdue_callbacks)

    @Slot()
    def _update_buttons(self) -> None:
        call = self.history.selected_row()
        ui = self.ui
        ui.deliver_button.setEnabled(call is not None and bool(call.pending_messages))
        ui.call_back_button.setEnabled(call is not None and call.callback_open)
        ui.callback_done_button.setEnabled(call is not None and call.callback_open)
        ui.print_slip_button.setEnabled(call is not None and bool(call.messages))
        ui.request_button.setEnabled(call is not None)

    def _after_logged(self, row: CallRow) -> None:
        self.status_message.emit(fill(self.tr("Call logged: %1 %2."), row.caller_name or
                                      row.phone, row.subject))
        self.history.model.select_when_loaded(row.id)
        self.history.refresh()
        self.context.events.records_changed.emit("calls")

    def _show_changed(self) -> None:
        self.history.refresh()
        self.context.events.records_changed.emit("calls")

    def _on_activated(self, row: CallRow) -> None:
        # Enter on a call does what it still needs: pass the message on, else call back.
        if row.pending_messages:
            self.deliver_message()
        elif row.callback_open:
            self.call_back()

    # --- Messages and callbacks
    @Slot()
    def deliver_message(self) -> None:
        """F7: the message of the call worked on reached its recipient."""
        from deskapp.ui.workspaces.calls.small_dialogs import DeliverMessageDialog

        call = self.acting_row()
        if call is None:
            return
        pending = call.pending_messages
        if not pending:
            self.status_message.emit(self.tr("This call has no message waiting."))
            return
        dialog = DeliverMessageDialog(self._calls, pending[0], self)
        dialog.finished.connect(lambda _r: self._dialog_done(dialog))
        dialog.open()

    @Slot()
    def call_back(self) -> None:
        """F8: ring the caller back; the call logged completes the callback."""
        call = self.acting_row()
        if call is None:
            return
        if not call.callback_open:
            self.status_message.emit(self.tr("No callback is waiting on this call."))
            return
        self.form.call_back(call)

    @Slot()
    def make_request(self) -> None:
        """Ctrl+R: the call worked on becomes a complaint or request (its caller, unit,
        time and words carried over); the requests tab opens with it."""
        call = self.acting_row()
        if call is not None:
            self.context.events.request_from_call.emit(call.id)

    @Slot()
    def callback_done(self) -> None:
        """The callback was made another way: write how it went."""
        from deskapp.ui.workspaces.calls.small_dialogs import CallbackDoneDialog

        call = self.acting_row()
        if call is None or not call.callback_open:
            return
        dialog = CallbackDoneDialog(self._calls, call, self)
        dialog.finished.connect(lambda _r: self._dialog_done(dialog))
        dialog.open()

    def _dialog_done(self, dialog) -> None:  # type: ignore[no-untyped-def]
        if dialog.result_row is not None:
            self._show_changed()
        dialog.deleteLater()

    # --- The phone directory
    @Slot(str)
    def _look_up(self, typed: str) -> None:
        found = self.ui.lookup_list
        found.clear()
        if not typed.strip():
            return
        try:
            rows = self._book.lookup(typed)
        except (ValidationError, UserError):
            return
        for row in rows:
            number = " · ".join(filter(None, (row.shown_number(), row.extension)))
            item = QListWidgetItem(f"{row.name}  {number}")
            item.setData(Qt.ItemDataRole.UserRole, row.name)
            found.addItem(item)

    def _on_number_chosen(self, item: QListWidgetItem) -> None:
        # The call goes to whom was looked up.
        self.form.set_transferred_to(str(item.data(Qt.ItemDataRole.UserRole)))
        self.status_message.emit(fill(self.tr("Transferred to %1."),
                                      item.data(Qt.ItemDataRole.UserRole)))

    def _show_review(self) -> None:
        due = self._book.review_due()
        self.ui.review_banner.setVisible(due)
        if due:
            last = self._book.last_review()
            self.ui.review_banner.setText(
                self.tr("The phone directory has never been checked: open Phone directory…")
                if last is None else fill(self.tr(
                    "The phone directory was last checked on %1, over a month ago: open "
                    "Phone directory… and check it."), last.isoformat()))

    @Slot()
    def open_phone_book(self) -> None:
        """The whole phone directory: look up, edit, print, mark checked."""
        from deskapp.ui.workspaces.calls.phone_book_dialog import PhoneBookDialog

        dialog = PhoneBookDialog(self._book, self)
        dialog.print_requested.connect(lambda: self.print_requested.emit(DIRECTORY, 0))
        dialog.finished.connect(lambda _r: self._show_review())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def menu_actions(self) -> list[QAction]:
        """The phone directory, in the Counter menu too."""
        if not hasattr(self, "_book_action"):
            self._book_action = QAction(self)
            self._book_action.triggered.connect(self.open_phone_book)
        self._book_action.setText(self.tr("&Phone directory…"))
        return [self._book_action]


SPEC = WorkspaceSpec(
    name="calls",
    title=lambda: QCoreApplication.translate("Workspaces", "Call log"),
    factory=CallLogTab,
)
