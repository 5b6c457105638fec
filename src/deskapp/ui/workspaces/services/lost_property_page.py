"""The lost property page (失物招领) of the desk services: every item found, those still
kept first; the chosen item's record and photo beside the list.

F5 records a found item (with a second staff member), F6 hands the chosen one to its owner
against their ID and description, F7 hands one unclaimed past the period to the police;
Ctrl+P prints the notice for posting, "Print the slip" the claim slip or the police
record. Items due for the police are named in the banner.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import QWidget

from deskapp.domain.clock import Clock
from deskapp.domain.errors import NotFound
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.services.lost_property_records import (
    POLICE_AFTER_DAYS,
    FoundFilter,
    FoundItemRow,
    FoundQuery,
    FoundState,
    FoundSummary,
)
from deskapp.errors import UserError
from deskapp.i18n import fill, translate
from deskapp.ui import messages
from deskapp.ui.forms.ui_lost_property_page import Ui_LostPropertyPage
from deskapp.ui.framework.history_view import HistoryView
from deskapp.ui.framework.paged_model import Column
from deskapp.ui.framework.times import when
from deskapp.ui.framework.workspace import Workspace, WorkspaceContext, WorkspaceSpec, host
from deskapp.ui.workspaces.services.found_item_dialog import photo_pixmap
from deskapp.ui.workspaces.services.found_text import item_html, item_line, item_state

NOTICE = "lost-property-notice"
CLAIM_SLIP = "lost-property-claim"
POLICE_RECORD = "lost-property-police"
DUE_BRUSH = QBrush(QColor("#f7c9c6"))
GONE_BRUSH = QBrush(QColor("#e4e4e4"))
PHOTO_HEIGHT = 240
BANNER_NAMES = 6


def found_columns(clock: Clock) -> list[Column[FoundItemRow]]:
    """The list's columns; only the time found sorts (it is indexed)."""
    return [
        Column("found_at", lambda: translate("FoundColumns", "Found"),
               lambda r: when(clock, r.found_at), "found_at", 112),
        Column("number", lambda: translate("FoundColumns", "Number"), lambda r: r.number,
               None, 100),
        Column("item", lambda: translate("FoundColumns", "Item"), lambda r: r.description,
               None, 170),
        Column("category", lambda: translate("FoundColumns", "Category"),
               lambda r: r.category.label(), None, 110),
        Column("where", lambda: translate("FoundColumns", "Where found"),
               lambda r: r.found_where, None, 130),
        Column("state", lambda: translate("FoundColumns", "State"),
               lambda r: item_state(r, clock), None, 130),
        Column("kept_where", lambda: translate("FoundColumns", "Kept at"),
               lambda r: r.kept_where, None, 100),
        Column("recorded_by", lambda: translate("FoundColumns", "Recorded by"),
               lambda r: f"{r.recorded_by} · {r.witnessed_by}", None, 110),
        Column("desk", lambda: translate("FoundColumns", "Counter"), lambda r: r.desk, None,
               80),
    ]


def found_background(clock: Clock):  # type: ignore[no-untyped-def]
    """Items due for the police in red, those gone from the desk greyed."""
    def background(row: FoundItemRow) -> QBrush | None:
        if row.due_for_police(clock.now()):
            return DUE_BRUSH
        return None if row.kept else GONE_BRUSH
    return background


class LostPropertyPage(Workspace):
    """Things found in the building, kept for their owners."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        services = context.services
        self._services = services
        self._lost = services.lost_property
        self.ui = Ui_LostPropertyPage()
        self.ui.setupUi(self)
        clock = self._lost.clock
        self.history = HistoryView(
            self._lost, found_columns(clock), clock, make_query=self._query,
            summary=self._summary, loader=context.loader,
            row_background=found_background(clock), parent=self)
        self.history.set_default_sort("found_at")
        self.model = self.history.model
        host(self.ui.history_host, self.history)
        self.action_area = self.ui.action_bar
        self.ui.action_bar_layout.insertWidget(self.ui.action_bar_layout.count() - 1,
                                               self.undo_button)
        self.ui.main_splitter.setStretchFactor(0, 3)
        self.ui.main_splitter.setStretchFactor(1, 2)
        self.ui.main_splitter.setSizes([760, 420])
        self.ui.attention_banner.setStyleSheet("background: #fde2e1; padding: 4px;")
        self.ui.attention_banner.hide()
        self._connect()
        self.retranslate()
        self.history.show_today()
        self._look_again()

    def _connect(self) -> None:
        ui = self.ui
        self.history.status_message.connect(self.status_message)
        self.history.selection_changed.connect(self._show_detail)
        self.history.activated.connect(lambda _row: self.claim())
        buttons = (
            (ui.record_button, self.new_entry, "F5"),
            (ui.claim_button, self.claim, "F6"),
            (ui.police_button, self.hand_to_police, "F7"),
            (ui.notice_button, self.print_selected, None),
            (ui.slip_button, self.print_slip, None),
        )
        self.bind_buttons(buttons)
        self.context.events.data_replaced.connect(self.refresh)

    # --- The page's part of the window
    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        super().retranslate()
        self.history.set_filter_choices([(f.label(), f) for f in FoundFilter])
        self.history.set_texts(search_hint=self.tr("Number or what was found…"),
                               filters=self.tr("Sho&w"))
        for action, text in zip(self.menu_actions(), (
                self.tr("Lost property: record a found item…"),
                self.tr("Lost property: the items due for the police")), strict=True):
            action.setText(text)
        self._show_detail()
        self._look_again()

    def refresh(self) -> None:
        """Everything again after the data changed underneath."""
        super().refresh()
        self._look_again()

    def reload_in_place(self) -> None:
        """Another counter recorded or handed over an item: the list and banner follow."""
        super().reload_in_place()
        self._look_again()

    def open_record(self, kind: str, record_id: int) -> bool:
        """Its row chosen in the list of its day (its number searched)."""
        if kind != RecordKind.FOUND_ITEM:
            return False
        try:
            row = self._lost.item(record_id)
        except NotFound:
            return False
        return self.show_in_history(row.found_at, row.number, row.id)

    def shortcut_help(self) -> str:
        """The page's own keys."""
        return self.tr(
            "F5  record a found item · F6  the owner claims it · F7  hand it to the police · "
            "Ctrl+P  print the notice for posting · Enter  claim the item chosen")

    def menu_actions(self) -> list[QAction]:
        """Recording an item, and the items due for the police, in the Counter menu."""
        return self.menu_actions_for((self.new_entry, self.show_due))

    # --- The list, the detail, the banner
    def _query(self, first: dt.date, last: dt.date, text: str, shown: object) -> FoundQuery:
        only = shown if isinstance(shown, FoundFilter) else FoundFilter.KEPT
        return FoundQuery(first, last, text, only)

    def _summary(self, summary: FoundSummary) -> str:
        return fill(self.tr("Shown: %1 · kept at the desk: %2 · due for the police: %3"),
                    summary.shown, summary.kept, summary.due)

    @Slot()
    def show_due(self) -> None:
        """The items kept past the period, to hand to the police."""
        self.activation_requested.emit()
        self.history.choose_filter(FoundFilter.DUE)
        self.history.ui.table.setFocus()

    @Slot()
    def _show_detail(self) -> None:
        ui = self.ui
        row = self.history.selected_row()
        photo = None
        if row is None:
            ui.detail_title.setText(self.tr("Choose an item in the list to see it here."))
            ui.detail_browser.clear()
        else:
            clock = self._lost.clock
            ui.detail_title.setText(item_line(row, clock))
            ui.detail_browser.setHtml(item_html(row, clock))
            if row.has_photo:
                try:
                    photo = photo_pixmap(self._lost.photo(row.id), PHOTO_HEIGHT)
                except UserError as exc:
                    self.status_message.emit(str(exc))
        ui.photo_label.setVisible(photo is not None)
        if photo is not None:
            ui.photo_label.setPixmap(photo)
        else:
            ui.photo_label.clear()
        for button in (ui.claim_button, ui.police_button, ui.notice_button):
            button.setEnabled(row is None or row.kept)
        ui.slip_button.setEnabled(row is not None and not row.kept)

    def _look_again(self) -> None:
        try:
            due = self._lost.due_for_police()
        except UserError as exc:
            self.status_message.emit(str(exc))
            return
        banner = self.ui.attention_banner
        banner.setVisible(bool(due))
        if due:
            names = ", ".join(f"{i.number} {i.description}" for i in due[:BANNER_NAMES])
            banner.setText(fill(self.tr(
                "%1 item(s) kept over %2 days without an owner: %3. Hand them to the police "
                "(F7)."), len(due), POLICE_AFTER_DAYS, names + (" …" if len(due) >
                                                               BANNER_NAMES else "")))

    def _changed(self, row: FoundItemRow) -> None:
        self.history.model.select_when_loaded(row.id)
        self.history.refresh()
        self._look_again()
        self.context.events.records_changed.emit("lost-property")

    def _acting_kept(self) -> FoundItemRow | None:
        row = self.acting_row()
        if row is None:
            return None
        try:
            row = self._lost.item(row.id)  # as it stands now (another counter may have acted)
        except UserError as exc:
            messages.warn(self, str(exc))
            return None
        if row.state is not FoundState.KEPT:
            messages.warn(self, fill(self.tr("%1 is no longer at the desk: %2."), row.number,
                                     item_state(row, self._lost.clock)))
            return None
        return row

    # --- Recording, claims, the police
    def new_entry(self) -> None:
        """F5 (and Ctrl+N): record a found item."""
        from deskapp.ui.workspaces.services.found_item_dialog import FoundItemDialog

        self.activation_requested.emit()
        try:
            staff = self._services.accounts.names()
        except UserError:
            staff = []
        dialog = FoundItemDialog(self._lost, staff, self)
        dialog.finished.connect(lambda _r: self._recorded(dialog))
        dialog.open()

    def _recorded(self, dialog) -> None:  # type: ignore[no-untyped-def]
        row = dialog.result_row
        if isinstance(row, FoundItemRow):
            self.status_message.emit(fill(self.tr(
                "%1 recorded: %2, checked by %3 and %4."), row.number, row.description,
                row.recorded_by, row.witnessed_by))
            self.history.choose_filter(FoundFilter.KEPT)
            self._changed(row)
            if dialog.print_notice:
                self.print_requested.emit(NOTICE, row.id)
        dialog.deleteLater()

    @Slot()
    def claim(self) -> None:
        """F6: the owner claims the item chosen."""
        from deskapp.ui.workspaces.services.found_handover_dialogs import FoundClaimDialog

        row = self._acting_kept()
        if row is None:
            return
        dialog = FoundClaimDialog(self._lost, row, self)
        dialog.finished.connect(lambda _r: self._claimed(dialog))
        dialog.open()

    def _claimed(self, dialog) -> None:  # type: ignore[no-untyped-def]
        row = dialog.result_row
        if isinstance(row, FoundItemRow):
            self.status_message.emit(fill(self.tr("%1 handed to its owner, %2."), row.number,
                                          row.claimant_name))
            self._changed(row)
            if dialog.print_slip:
                self.print_requested.emit(CLAIM_SLIP, row.id)
        dialog.deleteLater()

    @Slot()
    def hand_to_police(self) -> None:
        """F7: hand the item chosen, unclaimed past the period, to the police."""
        from deskapp.ui.workspaces.services.found_handover_dialogs import FoundPoliceDialog

        row = self._acting_kept()
        if row is None:
            return
        clock = self._lost.clock
        if not row.due_for_police(clock.now()):
            messages.warn(self, fill(self.tr(
                "%1 is kept for its owner until %2; only then, unclaimed, does it go to the "
                "police."), row.number,
                clock.local(row.police_due_at).strftime("%Y-%m-%d %H:%M")))
            return
        dialog = FoundPoliceDialog(self._lost, row, self)
        dialog.finished.connect(lambda _r: self._handed(dialog))
        dialog.open()

    def _handed(self, dialog) -> None:  # type: ignore[no-untyped-def]
        row = dialog.result_row
        if isinstance(row, FoundItemRow):
            self.status_message.emit(fill(self.tr("%1 handed to the police (%2, %3)."),
                                          row.number, row.police_station, row.police_officer))
            self._changed(row)
            if dialog.print_record:
                self.print_requested.emit(POLICE_RECORD, row.id)
        dialog.deleteLater()

    # --- Papers
    def print_selected(self) -> None:
        """Ctrl+P: the notice for posting of the item chosen."""
        row = self._acting_kept()
        if row is not None:
            self.print_requested.emit(NOTICE, row.id)

    @Slot()
    def print_slip(self) -> None:
        """The claim slip of a claimed item, the police record of one handed over."""
        row = self.acting_row()
        if row is None:
            return
        if row.state is FoundState.KEPT:
            messages.warn(self, fill(self.tr(
                "%1 is still at the desk: its slip prints when its owner claims it (F6) or it "
                "goes to the police (F7)."), row.number))
            return
        self.print_requested.emit(CLAIM_SLIP if row.state is FoundState.CLAIMED
                                  else POLICE_RECORD, row.id)


SPEC = WorkspaceSpec(
    name="lost-property",
    title=lambda: QCoreApplication.translate("DeskServicePages", "Lost property"),
    factory=LostPropertyPage,
)
