"""The Today workspace: the attention tiles on the left, the three charts on the right.

What is shown follows the work: every save announced (records_changed, saved_elsewhere),
data replaced or a new operator re-reads it, coalesced into one read off the UI thread; so
does showing the tab, and a minute passing (things fall due with time, not only with saves).
A tab out of sight only notes that it is stale and reads when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.today import AttentionGroup, Entry, TodaySnapshot
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.charts import BarChart, MoneyBarChart, StackedBarChart
from deskapp.ui.framework.workspace import Workspace, WorkspaceContext, WorkspaceSpec
from deskapp.ui.page_loader import PageLoader
from deskapp.ui.workspaces.today import charts
from deskapp.ui.workspaces.today.tiles import TileGrid

COALESCE_MS = 150  # a burst of saves is one read
MINUTE_MS = 60_000


class TodayTab(Workspace):
    """What needs attention now, each item opening its record; the day in pictures."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._board = context.services.today
        self._clock = context.services.clock
        # The shared loader when given (tests give a synchronous one), else one of its own.
        self._loader = context.loader if context.loader is not None else PageLoader(self)
        self._generation = 0  # a read started later wins over one still on its way
        self._stale = True
        self._focus_when_read = False  # new_entry() came before the first counts
        self.snapshot: TodaySnapshot | None = None

        self.heading = QLabel(self)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.updated_label = QLabel(self)
        self.updated_label.setStyleSheet("color: #757575")
        self.grid = TileGrid(3)
        self.grid.activated.connect(self._open)
        tiles_page = QWidget()
        tiles_layout = QVBoxLayout(tiles_page)
        tiles_layout.setContentsMargins(0, 0, 4, 0)
        tiles_layout.addWidget(self.grid)
        tiles_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(tiles_page)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.visits_chart = BarChart(self)
        self.requests_chart = StackedBarChart(self)
        self.takings_chart = MoneyBarChart(self)
        charts_column = QVBoxLayout()
        charts_column.setSpacing(8)
        for chart in (self.visits_chart, self.requests_chart, self.takings_chart):
            charts_column.addWidget(chart, 1)
        body = QHBoxLayout()
        body.addWidget(scroll, 2)
        body.addLayout(charts_column, 1)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.updated_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._read)
        self._minute = QTimer(self)
        self._minute.setInterval(MINUTE_MS)
        self._minute.timeout.connect(self.schedule_read)
        self._minute.start()
        events = context.events
        events.records_changed.connect(self.schedule_read)
        events.data_replaced.connect(self.schedule_read)
        events.operator_changed.connect(self.schedule_read)
        events.settings_changed.connect(self.schedule_read)  # the late hour
        reread = QShortcut(QKeySequence("F5"), self)
        reread.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reread.activated.connect(self._read)
        self.retranslate()

    # --- Reading
    def schedule_read(self, *_args: object) -> None:
        """Read again soon (once for a burst); only a tab on screen reads, one out of sight
        reads when shown."""
        self._stale = True
        if self.isVisible():
            self._coalesce.start()

    def _read(self) -> None:
        self._coalesce.stop()
        self._stale = False
        self._generation += 1
        generation = self._generation
        self._loader.load(self._board.snapshot,
                          lambda snapshot: self._show(generation, snapshot),
                          self._failed)

    def _failed(self, _error: BaseException) -> None:
        self.status_message.emit(self.tr("Today's counts could not be read; F5 tries again."))

    def _show(self, generation: int, snapshot: TodaySnapshot) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        self.snapshot = snapshot
        self.grid.set_groups(snapshot.groups, self.tr("Nothing waiting"))
        if self._focus_when_read and self.grid.tiles:
            self._focus_when_read = False
            if self.hasFocus():  # the cursor did not go elsewhere meanwhile
                self.grid.tiles[0].setFocus(Qt.FocusReason.OtherFocusReason)
        local = self._clock.local(snapshot.taken_at)
        charts.show_visits(self.visits_chart, snapshot.visits, local.hour)
        charts.show_requests(self.requests_chart, snapshot.requests)
        charts.show_takings(self.takings_chart, snapshot.takings, local.date())
        self._set_heading()

    def _set_heading(self) -> None:
        if self.snapshot is None:
            self.heading.setText(self.tr("Today"))
            self.updated_label.clear()
            return
        local = self._clock.local(self.snapshot.taken_at)
        self.heading.setText(fill(self.tr("Today, %1 %2"), local.strftime("%Y-%m-%d"),
                                  charts.weekday_name(local.date())))
        self.updated_label.setText(fill(self.tr("As of %1 (F5 reads again)"),
                                        local.strftime("%H:%M")))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.snapshot is None:
            self._read()  # the first look: at once, not after the coalescing pause
        elif self._stale:
            self.schedule_read()

    # --- Opening
    def _open(self, group: AttentionGroup, entry: Entry | None) -> None:
        """An entry opens its record; the group (or an entry without a record) opens its
        workspace; a group kept in no workspace opens its first entry."""
        link = entry.link if entry is not None else None
        if link is None and entry is None and not group.workspace and group.entries:
            link = group.entries[0].link
        if link is not None:
            self.context.events.record_requested.emit(link.kind.value, link.record_id)
        elif group.workspace:
            self.workspace_requested.emit(group.workspace)

    def open_record(self, kind: str, record_id: int) -> bool:
        """A handover note (kept by no workspace) opens here, to be read and acknowledged."""
        if kind != RecordKind.HANDOVER_NOTE.value:
            return False
        from deskapp.ui.handover.read_dialog import HandoverReadDialog

        services = self.context.services
        try:
            note = services.handover.note(record_id)
        except UserError as exc:
            messages.warn(self, str(exc))
            return True
        dialog = HandoverReadDialog(services, [note], self)
        dialog.exec()
        if dialog.acknowledged:
            self.context.events.records_changed.emit("handover")
        return True

    # --- What the main window calls
    def new_entry(self) -> None:
        """At start-up (and Ctrl+N here): nothing to type; the cursor waits on the first
        tile, so the arrows and Enter work at once."""
        if self.grid.tiles:
            self.grid.tiles[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # the counts are still being read: the first tile gets it when they come
            self._focus_when_read = True
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        """Ctrl+F: Today has no list of its own to search; the first tile, as Ctrl+N."""
        self.new_entry()

    def refresh(self) -> None:
        """Read everything again (the data changed underneath)."""
        self.schedule_read()

    def reload_in_place(self) -> None:
        """Another counter saved: read the counts again."""
        self.schedule_read()

    def retranslate(self) -> None:
        """The texts of the language now shown: the sources' and charts' words are read
        again with the counts."""
        self._set_heading()
        self.schedule_read()

    def shortcut_help(self) -> str:
        """Today's own keys."""
        return self.tr("Arrow keys, Tab: move between the items\n"
                       "Enter: open the item (its record, or its workspace)\n"
                       "F5: read the counts again now\n"
                       "Ctrl+1 …: the workspaces (Ctrl+1 the visitor log)")


SPEC = WorkspaceSpec(
    name="today",
    title=lambda: QCoreApplication.translate("Workspaces", "Today"),
    factory=TodayTab,
)
