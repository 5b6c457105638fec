"""The mail and parcels page (快递/信件/报刊), scanner first: a waybill scanned anywhere on
the page (or typed into the box and Enter) does what the parcel needs — one on the shelf is
handed over (the recipient's other parcels offered with it), an unknown one is signed for
with its waybill filled in. A unit typed into the box hands over its parcels.

F5 signs for parcels (several in a row for one recipient), F6 hands over, F7 tells the
recipient (the pickup notice, the call logged), F8 returns to sender, F9 lists what has
waited over 3 days, Ctrl+P prints the pickup notice (or a collected parcel's slip)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from deskapp.domain.errors import NotFound
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.services.parcels.records import (
    PARCEL_NUMBER,
    ParcelFilter,
    ParcelQuery,
    ParcelSort,
    ParcelState,
    Recipient,
    normalise_waybill,
)
from deskapp.domain.services.parcels.rows import ParcelRow, ParcelSummary
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.forms.ui_parcels_page import Ui_ParcelsPage
from deskapp.ui.framework.history_view import HistoryView
from deskapp.ui.framework.scanner import ScanDetector
from deskapp.ui.framework.workspace import Workspace, WorkspaceContext, WorkspaceSpec, host
from deskapp.ui.workspaces.services.parcel_columns import (
    parcel_background,
    parcel_columns,
    parcel_tooltip,
)

NOTICE = "parcel-notice"
PICKUP = "parcel-pickup"
FLOORS = 0  # the notice's record for every floor's list
# Parcels age without anyone saving: the colours and the banner look again.
LOOK_AGAIN_MS = 10 * 60 * 1000


class ParcelsPage(Workspace):
    """Sign for what the carriers bring, tell the recipients, hand it over against a
    signature, send back what is refused; what has waited long shows."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        services = context.services
        self._services = services
        self._parcels = services.parcels
        self.ui = Ui_ParcelsPage()
        self.ui.setupUi(self)
        clock = self._parcels.clock
        self.history = HistoryView(
            self._parcels, parcel_columns(clock), clock, make_query=self._query,
            summary=self._summary, loader=context.loader,
            row_background=parcel_background(clock), row_tooltip=parcel_tooltip, parent=self)
        self.history.set_default_sort(ParcelSort.RECEIVED_AT)
        host(self.ui.history_host, self.history)
        self.action_area = self.ui.action_bar
        self.ui.action_bar_layout.insertWidget(self.ui.action_bar_layout.count() - 1,
                                               self.undo_button)
        self.ui.attention_banner.hide()
        # A waybill scanned wherever the cursor is on this page hands over or signs for.
        self.scanner = ScanDetector(self, self._parcels.is_scan)
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_AGAIN_MS)
        self._timer.timeout.connect(self._look_again)
        self._timer.start()
        self._connect()
        self.retranslate()
        self.history.show_today()
        # The desk's question is "what is on the shelf": the list opens on it.
        self.history.choose_filter(ParcelFilter.WAITING)

    def _connect(self) -> None:
        ui = self.ui
        self.history.status_message.connect(self.status_message)
        self.history.activated.connect(lambda _row: self.hand_over())
        ui.scan_edit.returnPressed.connect(self._on_box_entered)
        self.scanner.scanned.connect(self.act_on_code)
        self.bind_buttons((
            (ui.intake_button, self.sign_for, "F5"),
            (ui.pickup_button, self.hand_over, "F6"),
            (ui.notify_button, self.tell, "F7"),
            (ui.return_button, self.send_back, "F8"),
            (ui.waiting_button, self.show_long_waiting, "F9"),
            (ui.print_notice_button, self.print_selected, None),
            (ui.floor_lists_button, self.print_floor_lists, None)))
        self.context.events.data_replaced.connect(self.refresh)

    # --- The page's part of the window
    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        super().retranslate()
        self.history.set_filter_choices([(f.label(), f) for f in ParcelFilter])
        self.history.set_texts(search_hint=self.tr("Search waybill, number, recipient, phone…"),
                               filters=self.tr("Sho&w"))
        self.ui.scan_hint.setText(self.tr(
            "Scan a waybill anywhere on this page, or type it and press Enter: a parcel "
            "waiting is handed over, a new one is signed for. A unit typed hands over its "
            "parcels."))
        for action, text in zip(self.menu_actions(), (
                self.tr("Parcels: waiting over 3 days"),
                self.tr("Parcels: print the floor lists")), strict=True):
            action.setText(text)

    def new_entry(self) -> None:
        """Ctrl+N on this page: sign for parcels."""
        self.sign_for()

    def print_selected(self) -> None:
        """Ctrl+P: the pickup notice of the parcel's recipient (a collected parcel's pickup
        slip)."""
        row = self._acting_parcel()
        if row is None:
            return
        if row.state is ParcelState.COLLECTED and row.pickup_id is not None:
            self.print_requested.emit(PICKUP, row.pickup_id)
        elif row.waiting:
            self.print_requested.emit(NOTICE, row.number)
        else:
            self.status_message.emit(fill(self.tr("%1 went back to its sender: there is "
                                                  "nothing to collect."), row.number))

    def open_record(self, kind: str, record_id: int) -> bool:
        """Its row chosen in the list of its day (its number searched)."""
        if kind != RecordKind.PARCEL:
            return False
        try:
            row = self._parcels.parcel(record_id)
        except NotFound:
            return False
        return self.show_in_history(row.received_at, row.number, row.id)

    def shortcut_help(self) -> str:
        """The page's own keys."""
        return self.tr(
            "Scan a waybill  hand over or sign for · Alt+U  the waybill box · Ctrl+F  search\n"
            "F5  sign for · F6  hand over · F7  tell the recipient · F8  return to sender · "
            "F9  waiting over 3 days · Ctrl+P  print the pickup notice")

    def menu_actions(self) -> list[QAction]:
        """The long-waiting list and the floor lists, in the Counter menu."""
        return self.menu_actions_for((self.show_long_waiting, self.print_floor_lists))

    # --- The list
    def _query(self, first: dt.date, last: dt.date, text: str, shown: object) -> ParcelQuery:
        only = shown if isinstance(shown, ParcelFilter) else ParcelFilter.ALL
        return ParcelQuery(first, last, text, only)

    def _summary(self, summary: ParcelSummary) -> str:
        self._show_banner(summary)
        return fill(self.tr("Shown: %1 · on the shelf: %2 · over 3 days: %3 · over 14 days: "
                            "%4"), summary.shown, summary.waiting, summary.over_3_days,
                    summary.over_14_days)

    def _show_banner(self, summary: ParcelSummary) -> None:
        banner = self.ui.attention_banner
        banner.setVisible(summary.over_3_days > 0)
        if summary.over_14_days:
            banner.setStyleSheet("background: #f7c9c6; padding: 4px;")
            banner.setText(fill(self.tr(
                "%1 item(s) waiting over 3 days, %2 of them over 14 days: remind the "
                "recipients, or send back what will not be collected (F9 lists them)."),
                summary.over_3_days, summary.over_14_days))
        else:
            banner.setStyleSheet("background: #fff1c2; padding: 4px;")
            banner.setText(fill(self.tr(
                "%1 item(s) waiting over 3 days: remind the recipients (F9 lists them, F7 "
                "tells)."), summary.over_3_days))

    @Slot()
    def _look_again(self) -> None:
        if self.isVisible():
            self.history.reload_in_place()

    def _changed(self, select: int | None = None) -> None:
        if select is not None:
            self.history.model.select_when_loaded(select)
        self.history.refresh()
        self.context.events.records_changed.emit("parcels")

    def _acting_parcel(self) -> ParcelRow | None:
        row = self.acting_row()
        return row if isinstance(row, ParcelRow) else None

    def _fresh(self, row: ParcelRow) -> ParcelRow | None:
        try:
            return self._parcels.parcel(row.id)
        except UserError as exc:
            self.status_message.emit(str(exc))
            return None

    # --- Scans and the box
    @Slot()
    def _on_box_entered(self) -> None:
        text = self.ui.scan_edit.text().strip()
        if not text:
            return
        if self._parcels.is_scan(text):
            self.act_on_code(text)
            return
        # A unit (or a department) typed: its parcels on the shelf are handed over.
        option, _problem = self._services.directory.match_host(text)
        if option is not None:
            recipient = Recipient(option.label, option.id if option.kind == "unit" else None,
                                  option.id if option.kind == "department" else None)
            waiting = self._parcels.waiting_for(recipient)
            if waiting:
                self.ui.scan_edit.clear()
                self._open_pickup(waiting[0])
                return
            self.status_message.emit(fill(self.tr("Nothing is waiting for %1."), option.label))
            return
        self.ui.scan_edit.clear()
        self.history.ui.search_edit.setText(text)  # a name, a phone: look in the list
        self.history.choose_filter(ParcelFilter.ALL)
        self.history.show_all_dates()

    @Slot(str)
    def act_on_code(self, code: str) -> None:
        """A waybill (or a notice's number) scanned or typed: hand over what waits, sign
        for what is new."""
        self.ui.scan_edit.clear()
        try:
            found = self._parcels.find_scanned(code)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        if found is not None and found.waiting:
            self.history.select(found.id)
            self._open_pickup(found)
        elif found is not None:
            where = (fill(self.tr("%1 was collected %2 by %3."), found.number,
                          self._when(found.collected_at), found.collected_by)
                     if found.state is ParcelState.COLLECTED else
                     fill(self.tr("%1 went back to its sender %2: %3."), found.number,
                          self._when(found.returned_at), found.return_reason))
            messages.warn(self, where)
        elif self._looks_like_number(code):
            messages.warn(self, fill(self.tr("There is no parcel %1."), code.strip()))
        else:
            self._open_intake(waybill=code)

    @staticmethod
    def _looks_like_number(code: str) -> bool:
        return bool(PARCEL_NUMBER.fullmatch(normalise_waybill(code)))

    def _when(self, moment: dt.datetime | None) -> str:
        clock = self._parcels.clock
        return clock.local(moment).strftime("%m-%d %H:%M") if moment else "?"

    # --- F5: sign for
    @Slot()
    def sign_for(self) -> None:
        """F5: sign for parcels, several in a row for one recipient."""
        self._open_intake()

    def _open_intake(self, waybill: str = "") -> None:
        from deskapp.ui.workspaces.services.parcel_intake_dialog import ParcelIntakeDialog

        dialog = ParcelIntakeDialog(self._parcels, self._services.directory, waybill=waybill,
                                    parent=self)
        dialog.signed_for.connect(lambda row: self._changed(row.id))
        dialog.finished.connect(lambda _r: self._signed_for(dialog))
        dialog.open()

    def _signed_for(self, dialog) -> None:  # type: ignore[no-untyped-def]
        saved = dialog.saved
        if saved:
            self.status_message.emit(fill(self.tr("Signed for %1 item(s) for %2: %3."),
                                          len(saved), saved[-1].recipient_text,
                                          ", ".join(r.number for r in saved)))
            if dialog.print_notice:
                self.print_requested.emit(NOTICE, saved[-1].number)
        dialog.deleteLater()

    # --- F6: hand over
    @Slot()
    def hand_over(self) -> None:
        """F6: hand over the parcel chosen (with the recipient's others), or choose the
        recipient in the dialog."""
        focus = QApplication.focusWidget()
        chosen_in_list = self.history.table_has_focus() or (
            focus is not None and self.ui.action_bar.isAncestorOf(focus))
        row = self.history.selected_row() if chosen_in_list else None
        if row is not None and not row.waiting:
            self.status_message.emit(fill(self.tr("%1 is no longer on the shelf."),
                                          row.number))
            row = None
        self._open_pickup(row)

    def _open_pickup(self, parcel: ParcelRow | None) -> None:
        from deskapp.ui.workspaces.services.parcel_pickup_dialog import ParcelPickupDialog

        dialog = ParcelPickupDialog(self._parcels, parcel, self)
        dialog.finished.connect(lambda _r: self._handed_over(dialog))
        dialog.open()

    def _handed_over(self, dialog) -> None:  # type: ignore[no-untyped-def]
        pickup = dialog.result_row
        if pickup is not None:
            self.status_message.emit(fill(self.tr("Handed over to %1: %2."),
                                          pickup.collected_by,
                                          ", ".join(p.number for p in pickup.parcels)))
            self._changed(pickup.parcels[0].id)
            if dialog.print_slip:
                self.print_requested.emit(PICKUP, pickup.id)
        else:
            self.history.reload_in_place()
        dialog.deleteLater()

    # --- F7: tell the recipient
    @Slot()
    def tell(self) -> None:
        """F7: tell the chosen parcel's recipient (the notice, the call logged)."""
        row = self._acting_parcel()
        if row is None:
            return
        fresh = self._fresh(row)
        if fresh is None:
            return
        if not fresh.waiting:
            self.status_message.emit(fill(self.tr("%1 is no longer on the shelf."),
                                          fresh.number))
            return
        from deskapp.ui.workspaces.services.parcel_notify_dialog import ParcelNotifyDialog

        dialog = ParcelNotifyDialog(self._parcels, fresh.recipient, self)
        dialog.finished.connect(lambda _r: self._told(dialog))
        dialog.open()

    def _told(self, dialog) -> None:  # type: ignore[no-untyped-def]
        result = dialog.result
        if result is not None:
            numbers = ", ".join(p.number for p in result.parcels)
            self.status_message.emit(
                fill(self.tr("Told %1 (the call is in the call log): %2."),
                     result.parcels[0].recipient_text, numbers) if result.call_id is not None
                else fill(self.tr("Told %1: %2."), result.parcels[0].recipient_text, numbers))
            self._changed(result.parcels[0].id)
            if result.call_id is not None:
                self.context.events.records_changed.emit("calls")
            if dialog.print_notice:
                self.print_requested.emit(NOTICE, result.parcels[0].number)
        dialog.deleteLater()

    # --- F8: return to sender
    @Slot()
    def send_back(self) -> None:
        """F8: return the chosen parcel to its sender."""
        row = self._acting_parcel()
        if row is None:
            return
        from deskapp.ui.workspaces.services.parcel_return_dialog import ParcelReturnDialog

        dialog = ParcelReturnDialog(self._parcels, row, self)
        dialog.finished.connect(lambda _r: self._sent_back(dialog))
        dialog.open()

    def _sent_back(self, dialog) -> None:  # type: ignore[no-untyped-def]
        row = dialog.result_row
        if row is not None:
            self.status_message.emit(fill(self.tr("%1 goes back to its sender: %2."),
                                          row.number, row.return_reason))
            self._changed(row.id)
        dialog.deleteLater()

    # --- F9 and the lists
    @Slot()
    def show_long_waiting(self) -> None:
        """F9: what has waited over 3 days (the uncollected list), the list focused."""
        self.activation_requested.emit()
        self.history.choose_filter(ParcelFilter.OVER_3_DAYS)
        self.history.ui.table.setFocus()
        model = self.history.model
        if model.rowCount():
            self.history.select(model.row(0).id)

    @Slot()
    def print_floor_lists(self) -> None:
        """Every waiting parcel, a page per floor, for posting."""
        self.print_requested.emit(NOTICE, FLOORS)


SPEC = WorkspaceSpec(
    name="parcels",
    title=lambda: QCoreApplication.translate("DeskServicesPages", "Mail and parcels"),
    factory=ParcelsPage,
)
