"""The goods release passes page (放行条) of the desk services.

F5 (or Ctrl+N) writes a new pass — the unit's arrears shown as soon as it is chosen, a
supervisor asked in place when it owes —, and the pass prints in its two parts. The
guard's copy that comes back is checked off by scanning its QR code anywhere on the page,
or by typing its number into the box and Enter; F6 checks off the pass chosen in the list.
Ctrl+P prints the pass chosen again; a pass written by mistake is voided with its reason.
The list opens on today's passes; passes past their day whose copy is still missing show
red, and a banner names them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import NotFound
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.services.release_pass_records import (
    PassFilter,
    PassQuery,
    PassSort,
    is_pass_number,
)
from deskapp.domain.services.release_pass_rows import PassSummary, ReleasePassRow
from deskapp.domain.services.release_passes import PassRefused
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import Approver
from deskapp.ui.forms.ui_release_passes_page import Ui_ReleasePassesPage
from deskapp.ui.framework.history_view import HistoryView
from deskapp.ui.framework.scanner import ScanDetector
from deskapp.ui.framework.workspace import Workspace, WorkspaceContext, WorkspaceSpec, host
from deskapp.ui.workspaces.services.release_pass_columns import (
    pass_background,
    pass_columns,
    pass_tooltip,
)
from deskapp.ui.workspaces.services.release_pass_dialog import (
    ReleasePassDialog,
    ReleasePassVoidDialog,
)

RELEASE_PASS = "release-pass"
BANNER_NAMES = 6  # passes named in the banner; the list has them all


class ReleasePassesPage(Workspace):
    """Write goods release passes, print them, and check the guard's copies off."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        services = context.services
        self._services = services
        self._passes = services.release_passes
        self.approver = Approver(services.accounts, services.operator)
        self.ui = Ui_ReleasePassesPage()
        self.ui.setupUi(self)
        clock = self._passes.clock
        self.history = HistoryView(
            self._passes, pass_columns(clock), clock, make_query=self._query,
            summary=self._summary, loader=context.loader, row_background=pass_background(clock),
            row_tooltip=pass_tooltip, row_struck_out=lambda row: row.voided, parent=self)
        self.history.set_default_sort(PassSort.ISSUED_AT)
        self.model = self.history.model
        host(self.ui.history_host, self.history)
        self.action_area = self.ui.action_bar
        self.ui.action_bar_layout.insertWidget(self.ui.action_bar_layout.count() - 1,
                                               self.undo_button)
        self.ui.attention_banner.setStyleSheet("background: #fde2e1; padding: 4px;")
        self.ui.attention_banner.hide()
        # A guard's copy scanned wherever the cursor is on this page is checked off.
        self.scanner = ScanDetector(self, is_pass_number)
        self._connect()
        self.retranslate()
        self.history.show_today()
        self.history.choose_filter(PassFilter.TODAY)
        self._look_at_missing()

    def _connect(self) -> None:
        ui = self.ui
        self.history.status_message.connect(self.status_message)
        self.history.activated.connect(lambda _row: self.print_selected())
        ui.number_edit.returnPressed.connect(self._on_number_entered)
        self.scanner.scanned.connect(self.check_off)
        buttons = (
            (ui.new_button, self.new_entry, "F5"),
            (ui.check_off_button, self.check_off_chosen, "F6"),
            (ui.print_button, self.print_selected, None),
            (ui.void_button, self.void_chosen, None),
        )
        self.bind_buttons(buttons)
        self.context.events.data_replaced.connect(self.refresh)

    # --- The workspace's part of the window
    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        super().retranslate()
        self.history.set_filter_choices([(f.label(), f) for f in PassFilter])
        self.history.set_texts(search_hint=self.tr("Pass number, unit, plate or carrier…"),
                               filters=self.tr("Sho&w"))
        self.ui.number_hint.setText(self.tr(
            "Scan the QR code on the guard's copy, or type its number and press Enter: the "
            "copy is checked off. Typing a unit, plate or name searches the list."))
        for action, text in zip(self.menu_actions(), (
                self.tr("Release passes: guard's copies not back"),), strict=True):
            action.setText(text)
        self._look_at_missing()

    def refresh(self) -> None:
        """Everything again after the data changed underneath."""
        super().refresh()
        self._look_at_missing()

    def reload_in_place(self) -> None:
        """Another counter issued or checked off a pass: the list and banner follow."""
        super().reload_in_place()
        self._look_at_missing()

    def new_entry(self) -> None:
        """F5 / Ctrl+N: write a new pass."""
        dialog = ReleasePassDialog(self._passes, self._services.directory, self.approver, self)
        dialog.finished.connect(lambda _result: self._issued(dialog))
        dialog.open()

    def print_selected(self) -> None:
        """Ctrl+P: the pass worked on, printed again (marked as a copy)."""
        row = self.acting_row()
        if row is None:
            return
        if row.voided:
            messages.warn(self, fill(self.tr("Pass %1 was voided (%2): it has no paper to "
                                             "print."), row.number, row.void_reason))
            return
        self.print_requested.emit(RELEASE_PASS, row.id)

    def focus_search(self) -> None:
        """Ctrl+F: the list's search box."""
        self.history.focus_search()

    def open_record(self, kind: str, record_id: int) -> bool:
        """Its row chosen in the list of its day (its number searched)."""
        if kind != RecordKind.RELEASE_PASS:
            return False
        try:
            row = self._passes.release_pass(record_id)
        except NotFound:
            return False
        return self.show_in_history(row.issued_at, row.number, row.id)

    def shortcut_help(self) -> str:
        """The page's own keys."""
        return self.tr(
            "Scan a guard's copy  check it off · the number box + Enter  the same by hand\n"
            "F5 / Ctrl+N  new pass · F6  the chosen pass's copy back · Ctrl+P  print the pass "
            "· Ins / Del  a line of goods in the pass")

    def menu_actions(self) -> list[QAction]:
        """The passes whose guard's copy is not back, in the Counter menu."""
        return self.menu_actions_for((self.show_not_returned,))

    # --- The list
    def _query(self, first: dt.date, last: dt.date, text: str, shown: object) -> PassQuery:
        only = shown if isinstance(shown, PassFilter) else PassFilter.ALL
        return PassQuery(first, last, text, only)

    def _summary(self, summary: PassSummary) -> str:
        return fill(self.tr("Shown: %1 · guard's copies not back: %2 · past their day: %3"),
                    summary.shown, summary.not_returned, summary.past_their_day)

    @Slot()
    def show_not_returned(self) -> None:
        """Every pass whose guard's copy is not back, whenever issued."""
        self.activation_requested.emit()
        self.history.choose_filter(PassFilter.NOT_RETURNED)

    def _look_at_missing(self) -> None:
        try:
            waiting = self._passes.not_returned()
        except UserError as exc:
            self.status_message.emit(str(exc))
            return
        today = self._passes.clock.today()
        missing = [p for p in waiting if p.past_its_day(today)]
        banner = self.ui.attention_banner
        banner.setVisible(bool(missing))
        if missing:
            names = ", ".join(f"{p.number} ({p.unit_label})" for p in missing[:BANNER_NAMES])
            if len(missing) > BANNER_NAMES:
                names += " …"
            banner.setText(fill(self.tr(
                "%1 pass(es) past their day with the guard's copy still missing: %2. Ask the "
                "gate for the copies (Counter menu: guard's copies not back)."),
                len(missing), names))

    def _changed(self, row: ReleasePassRow) -> None:
        self.history.model.select_when_loaded(row.id)
        self.history.refresh()
        self._look_at_missing()
        self.context.events.records_changed.emit("release-passes")

    # --- A new pass
    def _issued(self, dialog: ReleasePassDialog) -> None:
        row = dialog.result_row
        if row is not None:
            if row.arrears_fen > 0:
                text = fill(self.tr("Pass %1 for %2: %3, valid today only; let out despite "
                                    "arrears with the approval of %4."), row.number,
                            row.unit_label, row.goods_text, row.approved_by or "—")
            else:
                text = fill(self.tr("Pass %1 for %2: %3, valid today only."), row.number,
                            row.unit_label, row.goods_text)
            self.status_message.emit(text)
            self._changed(row)
            if dialog.print_pass:
                self.print_requested.emit(RELEASE_PASS, row.id)
        dialog.deleteLater()

    # --- The guard's copy back
    @Slot()
    def _on_number_entered(self) -> None:
        text = self.ui.number_edit.text().strip()
        if not text:
            return
        if is_pass_number(text):
            self.check_off(text)
            return
        # Not a number: look for it in the list (a unit, a plate, a carrier's name).
        self.ui.number_edit.clear()
        self.history.ui.search_edit.setText(text)
        self.history.ui.table.setFocus()

    @Slot(str)
    def check_off(self, number: str) -> None:
        """A guard's copy scanned or typed: check it off."""
        try:
            row = self._passes.check_off(number)
        except PassRefused as exc:
            self.ui.number_edit.clear()
            self.history.model.select_when_loaded(exc.row.id)
            messages.warn(self, str(exc))
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.ui.number_edit.clear()
        self._say_back(row)

    @Slot()
    def check_off_chosen(self) -> None:
        """F6: the guard's copy of the pass chosen in the list is back."""
        if self.ui.number_edit.hasFocus() or self.history.selected_row() is None:
            self.ui.number_edit.setFocus()
            self.status_message.emit(self.tr(
                "Scan the guard's copy, or type its number and press Enter."))
            return
        row = self.acting_row()
        if row is None:
            return
        try:
            back = self._passes.check_off_pass(row.id)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._say_back(back)

    def _say_back(self, row: ReleasePassRow) -> None:
        self.status_message.emit(fill(self.tr(
            "Pass %1 (%2): the guard's copy is back and checked off."), row.number,
            row.unit_label))
        self._changed(row)

    # --- Void
    @Slot()
    def void_chosen(self) -> None:
        """Void the pass chosen in the list, with a reason."""
        row = self.acting_row()
        if row is None:
            return
        dialog = ReleasePassVoidDialog(self._passes, self.approver, row, self)
        dialog.finished.connect(lambda _result: self._voided(dialog))
        dialog.open()

    def _voided(self, dialog: ReleasePassVoidDialog) -> None:
        row = dialog.result_row
        if row is not None:
            self.status_message.emit(fill(self.tr("Pass %1 voided: %2."), row.number,
                                          row.void_reason))
            self._changed(row)
        dialog.deleteLater()


SPEC = WorkspaceSpec(
    name="release-passes",
    title=lambda: QCoreApplication.translate("DeskServices", "Release passes"),
    factory=ReleasePassesPage,
)
