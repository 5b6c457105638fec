"""The key custody workspace: the cabinet board on the left, every loan on the right.

A tag scanned anywhere in the tab (or typed into the box and Enter) does what the keys
need: keys in the cabinet are issued, keys that are out are taken back. Typing a unit
narrows the board; the arrows choose a hook; F5 issues, F6 takes back, Enter opens the
set."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from deskapp.domain.errors import NotFound
from deskapp.domain.keys.records import KeyState, LoanFilter, LoanQuery, LoanSort
from deskapp.domain.keys.rows import KeySetRow, LoanRow, LoanSummary
from deskapp.domain.record_kinds import RecordKind
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.forms.ui_key_custody_tab import Ui_KeyCustodyTab
from deskapp.ui.framework.history_view import HistoryView
from deskapp.ui.framework.scanner import ScanDetector
from deskapp.ui.framework.workspace import Workspace, WorkspaceContext, WorkspaceSpec, host
from deskapp.ui.workspaces.keys.board import KeyBoardView
from deskapp.ui.workspaces.keys.columns import loan_background, loan_columns, loan_tooltip
from deskapp.ui.workspaces.keys.issue_dialog import KeyIssueDialog
from deskapp.ui.workspaces.keys.return_dialog import KeyReturnDialog

SLIP = "key-slip"
REGISTER = "key-register"
# Expected-back times pass without anyone saving: the board and banner look again.
LOOK_AGAIN_MS = 60 * 1000


class KeyCustodyTab(Workspace):
    """Lend keys and take them back, against a signature, with the cabinet in view."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        services = context.services
        self._services = services
        self._keys = services.keys
        self.ui = Ui_KeyCustodyTab()
        self.ui.setupUi(self)
        clock = self._keys.clock
        self.board = KeyBoardView(clock, self)
        host(self.ui.board_host, self.board)
        self.history = HistoryView(
            self._keys, loan_columns(clock), clock, make_query=self._query,
            summary=self._summary, loader=context.loader, row_background=loan_background(clock),
            row_tooltip=loan_tooltip, parent=self)
        self.history.set_default_sort(LoanSort.OUT_AT)
        self.model = self.history.model
        host(self.ui.history_host, self.history)
        self.action_area = self.ui.action_bar
        self.ui.action_bar_layout.insertWidget(self.ui.action_bar_layout.count() - 1,
                                               self.undo_button)
        self.ui.main_splitter.setStretchFactor(0, 1)
        self.ui.main_splitter.setStretchFactor(1, 1)
        self.ui.main_splitter.setSizes([560, 700])
        self.ui.attention_banner.setStyleSheet("background: #fde2e1; padding: 4px;")
        self.ui.attention_banner.hide()
        # Which list the receptionist last worked in: the board (a set) or the loans.
        self._last_list: QWidget = self.board
        self.board.installEventFilter(self)
        self.history.ui.table.installEventFilter(self)
        # A tag scanned wherever the cursor is in this tab issues or takes back its keys.
        self.scanner = ScanDetector(self, self._keys.is_tag)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(LOOK_AGAIN_MS)
        self._clock_timer.timeout.connect(self._look_again)
        self._clock_timer.start()
        self._connect()
        self.retranslate()
        self.history.show_today()
        # The desk's question is "who has which keys": the list opens on the keys out.
        self.history.choose_filter(LoanFilter.OPEN)
        self.when_shown(self._load_board)

    def _connect(self) -> None:
        ui = self.ui
        self.history.status_message.connect(self.status_message)
        self.history.activated.connect(lambda _row: self.show_details())
        self.board.activated_entry.connect(lambda _entry: self.show_details())
        ui.tag_edit.textChanged.connect(self.board.board_model.narrow)
        ui.tag_edit.returnPressed.connect(self._on_tag_entered)
        self.scanner.scanned.connect(self.act_on_tag)
        buttons = (
            (ui.issue_button, self.issue, "F5"),
            (ui.return_button, self.take_back, "F6"),
            (ui.details_button, self.show_details, None),
            (ui.print_slip_button, self.print_selected, None),
            (ui.new_set_button, self.new_entry, None),
            (ui.stocktake_button, self.open_stocktake, None),
            (ui.borrower_button, self.show_borrower, None),
        )
        self.bind_buttons(buttons)
        events = self.context.events
        events.data_replaced.connect(self.refresh)

    # --- The workspace's part of the window
    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        super().retranslate()
        self.history.set_filter_choices([(f.label(), f) for f in LoanFilter])
        self.history.set_texts(search_hint=self.tr("Search borrower, tag, unit, slip number…"),
                               filters=self.tr("Sho&w"))
        self.ui.tag_hint.setText(self.tr(
            "Scan the tag, or type it and press Enter: keys in the cabinet are issued, keys "
            "that are out are taken back. Typing a unit narrows the cabinet."))
        for action, text in zip(self.menu_actions(), (
                self.tr("Keys: &stocktake…"),
                self.tr("Keys: print the key &register"),
                self.tr("Keys: &new key set…")), strict=True):
            action.setText(text)
        self.when_shown(self._load_board)

    def refresh(self) -> None:
        """Everything again after the data changed underneath."""
        super().refresh()
        self.when_shown(self._load_board)

    def reload_in_place(self) -> None:
        """Another counter lent or took back keys: the board and list follow."""
        super().reload_in_place()
        self.when_shown(self._load_board)

    def new_entry(self) -> None:
        """Ctrl+N in this tab: register a key set."""
        from deskapp.ui.workspaces.keys.key_set_dialog import KeySetDialog

        dialog = KeySetDialog(self._keys, self._services.directory, parent=self)
        dialog.saved.connect(self._set_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def print_selected(self) -> None:
        """Ctrl+P: the borrowing slip of the loan worked on."""
        loan = self._acting_loan()
        if loan is not None:
            self.print_requested.emit(SLIP, loan.id)

    def focus_search(self) -> None:
        """Ctrl+F: the tag box, where a tag, unit or name is typed."""
        self.ui.tag_edit.setFocus()
        self.ui.tag_edit.selectAll()

    def shortcut_help(self) -> str:
        """The workspace's own keys."""
        return self.tr(
            "Scan a tag  issue or take back its keys · Ctrl+F  the tag box · ↑↓←→  choose a "
            "hook on the board\n"
            "F5  issue keys · F6  take keys back · Enter  the key set · Ctrl+P  print the "
            "borrowing slip · Ctrl+N  new key set")

    def menu_actions(self) -> list[QAction]:
        """The stocktake, the register and a new set, in the Counter menu."""
        return self.menu_actions_for((self.open_stocktake, self.print_register, self.new_entry))

    # --- The list and the board
    def _query(self, first: dt.date, last: dt.date, text: str, shown: object) -> LoanQuery:
        only = shown if isinstance(shown, LoanFilter) else LoanFilter.ALL
        return LoanQuery(first, last, text, only)

    def _summary(self, summary: LoanSummary) -> str:
        return fill(self.tr("Shown: %1 · keys out: %2 · overdue: %3 · partly back: %4"),
                    summary.shown, summary.open, summary.overdue, summary.partly_back)

    def _load_board(self) -> None:
        try:
            entries = self._keys.board()
        except UserError as exc:
            self.status_message.emit(str(exc))
            return
        self.board.show_entries(entries, self._board_choice)
        now = self._keys.clock.now()
        out = [e for e in entries if e.loan is not None]
        overdue = [e for e in out if e.overdue(now)]
        flagged = [e for e in entries if e.key_set.flagged]
        self.ui.board_title.setText(fill(self.tr(
            "Cabinet: %1 sets · %2 in · %3 out · %4 overdue"),
            len(entries), len(entries) - len(out), len(out), len(overdue)))
        banner = self.ui.attention_banner
        banner.setVisible(bool(overdue or flagged))
        banner.setText(fill(self.tr(
            "%1 key set(s) overdue: %2. %3 set(s) flagged (keys still out after a partial "
            "return, or lost)."), len(overdue),
            ", ".join(f"{e.key_set.tag} {e.loan.borrower_name}" for e in overdue[:6]
                      if e.loan is not None) or "—", len(flagged)))

    def _board_choice(self) -> int | None:
        entry = self.board.current_entry()
        return entry.key_set.id if entry is not None else None

    @Slot()
    def _look_again(self) -> None:
        # Only the board's colours depend on the time; the list redraws itself.
        if self.isVisible():
            self._load_board()
            self.history.ui.table.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._last_list = watched
        return super().eventFilter(watched, event)

    def _changed(self, select_set: int | None = None, select_loan: int | None = None) -> None:
        if select_loan is not None:
            self.history.model.select_when_loaded(select_loan)
        self.history.refresh()
        self._load_board()
        if select_set is not None:
            self.board.select_set(select_set)
        self.context.events.records_changed.emit("keys")

    # --- What an action works on
    def _acting_set(self) -> KeySetRow | None:
        focus = QApplication.focusWidget()
        in_actions = focus is not None and self.ui.action_bar.isAncestorOf(focus)
        if focus is self.board or (in_actions and self._last_list is self.board):
            entry = self.board.current_entry()
            if entry is not None:
                return entry.key_set
        if self.history.table_has_focus() or (in_actions and self._last_list is not self.board):
            loan = self.history.selected_row()
            if loan is not None:
                return self._fresh_set(loan.key_set_id)
        if focus is self.ui.tag_edit:
            entries = self.board.board_model.entries()
            if len(entries) == 1:  # the box narrowed the board to one set
                return entries[0].key_set
        self.status_message.emit(self.tr(
            "Choose the keys first: scan the tag, or pick the hook on the board."))
        return None

    def _acting_loan(self) -> LoanRow | None:
        focus = QApplication.focusWidget()
        in_actions = focus is not None and self.ui.action_bar.isAncestorOf(focus)
        if self.history.table_has_focus() or (in_actions and self._last_list is not self.board):
            loan = self.history.selected_row()
            if loan is not None:
                return loan
        key_set = self._acting_set()
        if key_set is None:
            return None
        loan = self._keys.open_loan(key_set.id)
        if loan is None:
            self.status_message.emit(fill(self.tr("None of the keys of %1 are out."),
                                          key_set.tag))
        return loan

    def _fresh_set(self, set_id: int) -> KeySetRow | None:
        try:
            return self._keys.key_set(set_id)
        except UserError as exc:
            self.status_message.emit(str(exc))
            return None

    # --- Issue and return
    @Slot()
    def _on_tag_entered(self) -> None:
        text = self.ui.tag_edit.text().strip()
        if not text:
            return
        if self._keys.is_tag(text):
            try:
                self._keys.by_tag(text)
            except NotFound:
                pass
            else:
                self.act_on_tag(text)
                return
        # Not a tag: the board is narrowed to what was typed; choose with the arrows.
        if self.board.board_model.rowCount():
            self.board.setFocus()
            self.board.setCurrentIndex(self.board.board_model.index(0))
        else:
            self.status_message.emit(fill(self.tr("No key set has “%1”."), text))

    @Slot(str)
    def act_on_tag(self, tag: str) -> None:
        """A tag scanned or typed: issue keys that are in, take back keys that are out."""
        try:
            key_set = self._keys.by_tag(tag)
        except UserError as exc:
            self.status_message.emit(str(exc))
            messages.warn(self, str(exc))
            return
        self.ui.tag_edit.clear()
        self.board.select_set(key_set.id)
        loan = self._keys.open_loan(key_set.id)
        if loan is not None:
            self._open_return(loan)
        elif key_set.available:
            self._open_issue(key_set)
        else:
            self._say_unavailable(key_set)

    @Slot()
    def issue(self) -> None:
        """F5: issue the keys chosen."""
        key_set = self._acting_set()
        if key_set is None:
            return
        if not key_set.available:
            self._say_unavailable(key_set)
            return
        self._open_issue(key_set)

    def _say_unavailable(self, key_set: KeySetRow) -> None:
        loan = self._keys.open_loan(key_set.id)
        if loan is not None:
            text = fill(self.tr("The keys of %1 are out with %2 since %3 (slip %4): F6 takes "
                                "them back."), key_set.tag, loan.borrower_name,
                        self._keys.clock.local(loan.out_at).strftime("%m-%d %H:%M"),
                        loan.number)
        elif key_set.state is KeyState.LOST:
            text = fill(self.tr("The keys of %1 are reported lost."), key_set.tag)
        else:
            text = fill(self.tr("The keys of %1 cannot be issued: %2."), key_set.tag,
                        key_set.state.label())
        messages.warn(self, text)

    def _open_issue(self, key_set: KeySetRow) -> None:
        dialog = KeyIssueDialog(self._keys, key_set, self)
        dialog.finished.connect(lambda _r: self._issued(dialog))
        dialog.open()

    def _issued(self, dialog: KeyIssueDialog) -> None:
        loan = dialog.result_row
        if loan is None:
            # Refused (another counter issued them first): show where they are now.
            self._load_board()
        else:
            self.status_message.emit(fill(self.tr(
                "Slip %1: %2 key(s) of %3 to %4, expected back %5."), loan.number,
                loan.keys_out, loan.tag, loan.borrower_name,
                self._keys.clock.local(loan.expected_back).strftime("%m-%d %H:%M")))
            self._changed(loan.key_set_id, loan.id)
            if dialog.print_slip:
                self.print_requested.emit(SLIP, loan.id)
        dialog.deleteLater()

    @Slot()
    def take_back(self) -> None:
        """F6: take back the keys chosen, or those whose tag is scanned into the dialog."""
        focus = QApplication.focusWidget()
        chosen_somewhere = focus is self.board or self.history.table_has_focus() or (
            focus is not None and self.ui.action_bar.isAncestorOf(focus))
        loan = self._acting_loan() if chosen_somewhere else None
        if chosen_somewhere and loan is None:
            return
        self._open_return(loan)

    def _open_return(self, loan: LoanRow | None) -> None:
        dialog = KeyReturnDialog(self._keys, loan, self)
        dialog.finished.connect(lambda _r: self._returned(dialog))
        dialog.open()

    def _returned(self, dialog: KeyReturnDialog) -> None:
        loan = dialog.result_row
        if loan is not None:
            if loan.open:
                text = fill(self.tr("Slip %1: keys of %2 partly back, %3 still out with %4."),
                            loan.number, loan.tag, loan.outstanding, loan.borrower_name)
            else:
                text = fill(self.tr("Slip %1: every key of %2 is back."), loan.number,
                            loan.tag)
            self.status_message.emit(text)
            self._changed(loan.key_set_id, loan.id)
            if dialog.print_slip:
                self.print_requested.emit(SLIP, loan.id)
        else:
            self._load_board()
        dialog.deleteLater()

    def open_record(self, kind: str, record_id: int) -> bool:
        """A key set: its detail. A loan: its row in the list of the day it went out."""
        from deskapp.ui.workspaces.keys.key_detail_dialog import KeyDetailDialog

        try:
            if kind == RecordKind.KEY_LOAN:
                loan = self._keys.loan(record_id)
                return self.show_in_history(loan.out_at, loan.number, loan.id)
            if kind != RecordKind.KEY_SET:
                return False
            dialog = KeyDetailDialog(self._keys, self._services.directory, record_id, self)
        except NotFound:
            return False
        dialog.print_requested.connect(self.print_requested)
        dialog.changed.connect(lambda: self._changed(record_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return True

    # --- The set, the register, the stocktake, a borrower
    @Slot()
    def show_details(self) -> None:
        """Enter: the key set in full — its history, the owner's list, its actions."""
        from deskapp.ui.workspaces.keys.key_detail_dialog import KeyDetailDialog

        key_set = self._acting_set()
        if key_set is None:
            return
        dialog = KeyDetailDialog(self._keys, self._services.directory, key_set.id, self)
        dialog.print_requested.connect(self.print_requested)
        dialog.changed.connect(lambda: self._changed(key_set.id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(object)
    def _set_saved(self, row: KeySetRow) -> None:
        self.status_message.emit(fill(self.tr("Key set %1 (%2) registered on hook %3."),
                                      row.tag, row.unit_label, row.hook or "—"))
        self._changed(row.id)

    @Slot()
    def open_stocktake(self) -> None:
        """Count the cabinet against the register."""
        from deskapp.ui.workspaces.keys.stocktake_dialog import KeyStocktakeDialog

        dialog = KeyStocktakeDialog(self._keys, self)
        dialog.print_requested.connect(self.print_requested)
        dialog.finished.connect(lambda _r: (self._load_board(), dialog.deleteLater()))
        dialog.open()

    @Slot()
    def print_register(self) -> None:
        """The key register, every set by hook with a tick box, for the stocktake."""
        self.print_requested.emit(REGISTER, 0)

    @Slot()
    def show_borrower(self) -> None:
        """Every loan of the borrower of the loan worked on."""
        from deskapp.ui.workspaces.keys.borrower_history_dialog import BorrowerHistoryDialog

        loan = self._acting_loan()
        if loan is None:
            return
        dialog = BorrowerHistoryDialog(self._keys, loan.borrower_name, loan.phone, parent=self)
        dialog.print_requested.connect(self.print_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


SPEC = WorkspaceSpec(
    name="keys",
    title=lambda: QCoreApplication.translate("Workspaces", "Key custody"),
    factory=KeyCustodyTab,
)

