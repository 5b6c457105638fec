"""Search everything (Ctrl+K): one box, every kind of record, hits grouped by the tab that
keeps them; Enter opens the hit there.

The search runs a short pause after the last key, off the UI thread (the page loader);
a newer text supersedes an older one, whose hits are never shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.search_everything import Hit, SearchResult
from deskapp.i18n import fill
from deskapp.ui.forms.ui_search_everything_dialog import Ui_SearchEverythingDialog
from deskapp.ui.page_loader import PageLoader, SyncPageLoader
from deskapp.ui.workspaces import spec_named

if TYPE_CHECKING:
    from deskapp.bootstrap import Services
    from deskapp.ui.framework.events import AppEvents

PAUSE_MS = 150  # after the last key: typing "zhang" searches once, not five times
_HIT = Qt.ItemDataRole.UserRole


class SearchEverythingDialog(QDialog):
    """The Ctrl+K box. ``events.record_requested`` opens the chosen hit."""

    def __init__(self, services: Services, events: AppEvents,
                 loader: PageLoader | SyncPageLoader | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SearchEverythingDialog()
        self.ui.setupUi(self)
        self._services = services
        self._events = events
        self._loader = loader or PageLoader(self)
        self._asked = ""  # the text whose hits are awaited (older answers are dropped)
        self._last_row = -1  # the hit chosen before (which way the arrows move)
        self._open_when_shown = False  # Enter came before the hits: open the first then
        self.shown_text: str | None = None  # the text whose hits are listed
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.search_now)
        ui = self.ui
        ui.search_edit.textChanged.connect(self._on_typed)
        ui.search_edit.returnPressed.connect(self._open_first)
        ui.search_edit.installEventFilter(self)
        ui.results_list.installEventFilter(self)
        ui.results_list.itemActivated.connect(self._open)
        ui.results_list.currentRowChanged.connect(self._past_heading)
        self.retranslate()
        ui.search_edit.setFocus()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.ui.retranslateUi(self)
        self.ui.hint_label.setText(self.tr(
            "A name or its pinyin initials, a phone, a unit, a plate, or a pass, receipt, "
            "request, parcel or key tag number. ↓ to the results, Enter opens, Esc closes."))

    # --- Searching
    @Slot(str)
    def _on_typed(self, _text: str) -> None:
        self._open_when_shown = False  # an Enter pressed for what was there before
        self._pause.start()

    @Slot()
    def search_now(self) -> None:
        """Search for the text in the box now (the pause is over)."""
        self._pause.stop()
        text = self.ui.search_edit.text().strip()
        self._asked = text
        self._loader.cancel_pending()
        if not text:
            self._show(text, SearchResult(()))
            return
        search = self._services.search.search
        self._loader.load(lambda: search(text), lambda result: self._show(text, result),
                          lambda _error: self._failed(text))

    def _failed(self, text: str) -> None:
        if text == self._asked:
            self.ui.status_label.setText(self.tr("The search could not be run; try again."))

    def _show(self, text: str, result: SearchResult) -> None:
        if text != self._asked:
            return  # superseded by what was typed since
        self.shown_text = text
        open_first, self._open_when_shown = self._open_when_shown, False
        results = self.ui.results_list
        results.clear()
        group = None
        for hit in result.hits:
            if hit.group != group:
                group = hit.group
                results.addItem(self._header(group))
            item = QListWidgetItem(self._hit_text(hit))
            item.setData(_HIT, (hit.kind.value, hit.record_id))
            results.addItem(item)
        found = len(result.hits)
        if not text:
            self.ui.status_label.clear()
        elif not found:
            self.ui.status_label.setText(self.tr("Nothing found."))
        else:
            self.ui.status_label.setText(fill(self.tr("%1 found."), found) + (
                "" if result.complete else " " + self.tr("(not every list was searched in time)")))
        if open_first:
            self._open_first()

    def _header(self, group: str) -> QListWidgetItem:
        spec = spec_named(group)
        item = QListWidgetItem(spec.title() if spec is not None else group)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not opened
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        return item

    def _hit_text(self, hit: Hit) -> str:
        when = ""
        if hit.at is not None:
            when = self._services.clock.local(hit.at).strftime("%Y-%m-%d %H:%M")
        # The time before the detail: a long detail is cut at the right, never the time.
        parts = [f"{self.kind_label(hit.kind)}  {hit.title}", when, hit.detail]
        return "    ".join(part for part in parts if part)

    def kind_label(self, kind: RecordKind) -> str:
        """What a hit is, in a word."""
        return {
            RecordKind.VISIT: self.tr("Visit"),
            RecordKind.EXPECTED_VISIT: self.tr("Expected visitor"),
            RecordKind.CALL: self.tr("Call"),
            RecordKind.REQUEST: self.tr("Request"),
            RecordKind.KEY_SET: self.tr("Key set"),
            RecordKind.KEY_LOAN: self.tr("Key loan"),
            RecordKind.UNIT: self.tr("Unit"),
            RecordKind.RECEIPT: self.tr("Receipt"),
            RecordKind.DEPOSIT: self.tr("Deposit"),
            RecordKind.PARCEL: self.tr("Parcel"),
            RecordKind.RELEASE_PASS: self.tr("Release pass"),
            RecordKind.FOUND_ITEM: self.tr("Found item"),
            RecordKind.NOTICE: self.tr("Notice"),
            RecordKind.HANDOVER_NOTE: self.tr("Handover note"),
        }.get(kind, kind.value)

    # --- Moving and opening
    def hit_rows(self) -> list[int]:
        """The rows of the list that are hits (not group headings)."""
        results = self.ui.results_list
        return [row for row in range(results.count())
                if results.item(row).data(_HIT) is not None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.ui.search_edit and event.key() == Qt.Key.Key_Down:
                rows = self.hit_rows()
                if rows:
                    self.ui.results_list.setCurrentRow(rows[0])
                    self.ui.results_list.setFocus()
                return True
            if (watched is self.ui.results_list and event.key() == Qt.Key.Key_Up
                    and self.hit_rows()[:1] == [self.ui.results_list.currentRow()]):
                self.ui.search_edit.setFocus()
                return True
        return super().eventFilter(watched, event)

    @Slot(int)
    def _past_heading(self, row: int) -> None:
        """↑/↓ onto a group's heading moves on to the next hit that way."""
        rows = self.hit_rows()
        if row < 0 or row in rows or not rows:
            self._last_row = row
            return
        below = [r for r in rows if r > row]
        above = [r for r in rows if r < row]
        moving_up = row < self._last_row
        target = (above[-1] if above else below[0]) if moving_up else (
            below[0] if below else above[-1])
        self.ui.results_list.setCurrentRow(target)

    @Slot()
    def _open_first(self) -> None:
        if self._pause.isActive() or self.shown_text != self.ui.search_edit.text().strip():
            self.search_now()  # Enter before the pause ended: search, then open
            if self.shown_text != self.ui.search_edit.text().strip():
                self._open_when_shown = True  # still being searched in the background
                return
        rows = self.hit_rows()
        if rows:
            self._open(self.ui.results_list.item(rows[0]))

    @Slot(QListWidgetItem)
    def _open(self, item: QListWidgetItem) -> None:
        found = item.data(_HIT)
        if found is None:
            return
        kind, record_id = found
        self.accept()
        self._events.record_requested.emit(kind, record_id)
