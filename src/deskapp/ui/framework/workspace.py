"""The base of every workspace tab, what it is given, and how it is registered.

A workspace is a :class:`Workspace` subclass in its own package under ``ui/workspaces``
plus one :class:`WorkspaceSpec` in the registry; the main window, ``deskapp screenshot
--tab`` and Ctrl+1…Ctrl+9 loop over the registry and never name a workspace.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QVBoxLayout, QWidget

from deskapp.i18n import fill

if TYPE_CHECKING:
    from deskapp.bootstrap import Services
    from deskapp.domain.settings import AppSettings
    from deskapp.ui.framework.events import AppEvents
    from deskapp.ui.framework.history_view import HistoryView
    from deskapp.ui.page_loader import PageLoader, SyncPageLoader
    from deskapp.ui.tasks import BaseTaskRunner

UNDO_SECONDS = 60


def host(place: QWidget, child: QWidget) -> None:
    """Put ``child`` into the empty ``place`` a Designer form left for it, edge to edge."""
    layout = QVBoxLayout(place)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(child)


@dataclass(frozen=True)
class WorkspaceContext:
    """What a workspace is built from; it takes only the parts it needs."""

    services: Services
    events: AppEvents
    settings: Callable[[], AppSettings]
    tasks: BaseTaskRunner
    loader: PageLoader | SyncPageLoader | None = None


@dataclass(frozen=True)
class WorkspaceSpec:
    """One entry of the workspace registry.

    Attributes:
        name: The stable name (``deskapp screenshot --tab NAME``).
        title: The tab's title, translated when called.
        factory: Builds the workspace.
    """

    name: str
    title: Callable[[], str]
    factory: Callable[[WorkspaceContext], Workspace]


class Workspace(QWidget):
    """One tab. Subclasses build their form and history and override the actions.

    Keyboard conventions every workspace follows:

    - an action that changes a record works on the row the receptionist is working on —
      the list has the focus, or one of the workspace's action buttons does — never on a
      row selected long ago while they were typing elsewhere (:meth:`acting_row`);
    - a change that can be taken back offers Undo right after it (:meth:`offer_undo`),
      on Alt+Z, for a minute.

    Signals:
        status_message(str): a short line for the status bar.
        print_requested(str, object): print the document of this kind for this record (an
            id, or what its kind is found by: a month for a monthly list).
        activation_requested(): bring this workspace's tab to the front (a key pressed in
            another tab that belongs to this one, such as F2 for a call).
        workspace_requested(str): bring the workspace registered under this name to the
            front (Today's group that links to no one record).
    """

    status_message = Signal(str)
    print_requested = Signal(str, object)
    activation_requested = Signal()
    workspace_requested = Signal(str)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.history: HistoryView | None = None
        self.action_area: QWidget | None = None
        self._undo: tuple[float, Callable[[], None]] | None = None
        self._loads_waiting: list[Callable[[], object]] = []
        self.undo_button = QPushButton(self)
        self.undo_button.setShortcut(QKeySequence("Alt+Z"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_last)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._forget_undo)
        context.events.saved_elsewhere.connect(self.reload_in_place)

    # --- What the main window calls (Ctrl+N, Ctrl+F, Ctrl+P, language, data replaced)
    def new_entry(self) -> None:
        """Start a new record with the cursor in the first field."""

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        if self.history is not None:
            self.history.focus_search()

    def print_selected(self) -> None:
        """Print the document of the record worked on."""

    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        if self.history is not None:
            self.history.retranslate()

    def refresh(self) -> None:
        """Read everything shown again (the data changed underneath)."""
        if self.history is not None:
            self.history.refresh()

    def reload_in_place(self) -> None:
        """Show what another counter saved, keeping the receptionist's place (the form
        being typed into is never touched)."""
        if self.history is not None:
            self.history.reload_in_place()

    def offer_desk_filter(self, desk: str) -> None:
        """Several counters share the records; this one is ``desk`` (see HistoryView)."""
        if self.history is not None:
            self.history.offer_desk_filter(desk)

    def open_record(self, kind: str, record_id: int) -> bool:
        """Show the record of ``kind`` (a ``RecordKind`` value) and ``record_id``: its
        detail, or its row chosen in the list. False when this workspace does not keep that
        kind (the window then asks the next one)."""
        return False

    def show_in_history(self, at: dt.datetime, text: str, record_id: int) -> bool:
        """Show a record in this workspace's list: its day, searched for ``text``, its row
        chosen once loaded (see ``HistoryView.show_record``). False without a list."""
        if self.history is None:
            return False
        day = self.context.services.clock.local(at).date()
        self.history.show_record(day, text, record_id)
        return True

    def menu_actions(self) -> list[QAction]:
        """Actions the workspace adds to the Counter menu (its lists and registers)."""
        return []

    def window_actions(self) -> list[QAction]:
        """Actions on the window's toolbar whose keys work from every tab (F2: a call)."""
        return []

    def shortcut_help(self) -> str:
        """The workspace's own keys, one per line, for the keyboard map (F1)."""
        return ""

    # --- Conventions
    def when_shown(self, load: Callable[[], object]) -> None:
        """Run ``load`` now when the workspace is on screen, else the next time it is shown:
        a tab behind the others reads nothing at start-up or after a save elsewhere until
        the receptionist looks at it."""
        if self.isVisible():
            load()
        elif load not in self._loads_waiting:
            self._loads_waiting.append(load)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        waiting, self._loads_waiting = self._loads_waiting, []
        for load in waiting:
            load()

    def bind_buttons(self, buttons: Iterable[tuple[QAbstractButton, Callable[[], object],
                                                   str | None]]) -> None:
        """Each action button runs its slot; one given keys (``"F5"``) also runs it on those
        keys anywhere in the workspace, whichever widget has the focus."""
        for button, slot, keys in buttons:
            button.clicked.connect(slot)
            if keys:
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    def menu_actions_for(self, slots: Iterable[Callable[[], object]]) -> list[QAction]:
        """The workspace's Counter-menu actions, one per slot, made once (their texts are
        set in :meth:`retranslate`)."""
        made: list[QAction] | None = getattr(self, "_menu_actions", None)
        if made is None:
            made = []
            for slot in slots:
                action = QAction(self)
                action.triggered.connect(slot)
                made.append(action)
            self._menu_actions = made
        return made

    def acting_row(self) -> Any:
        """The record an action should change, or None (with a hint in the status bar).

        That is the list's current row, when the list or an action button has the focus.
        """
        if self.history is None:
            return None
        focus = QApplication.focusWidget()
        in_list = self.history.table_has_focus()
        in_actions = (focus is not None and self.action_area is not None
                      and self.action_area.isAncestorOf(focus))
        row = self.history.selected_row()
        if row is not None and (in_list or in_actions):
            return row
        self.status_message.emit(self.tr(
            "Choose the record in the list first (Ctrl+F, then ↓ from the search box)."))
        return None

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        """Say what was done and offer to take it back (Alt+Z) for a minute."""
        self._undo = (time.monotonic(), undo)
        self.undo_button.setText(fill(self.tr("Undo: %1 (Alt+Z)"), text))
        self.undo_button.show()
        self._undo_timer.start(UNDO_SECONDS * 1000)
        self.status_message.emit(fill(self.tr("%1 — Alt+Z undoes it."), text))

    def undo_last(self) -> bool:
        """Take back the last change offered for undo; False when there is none any more."""
        if self._undo is None or time.monotonic() - self._undo[0] > UNDO_SECONDS:
            self._forget_undo()
            return False
        _, undo = self._undo
        self._forget_undo()
        undo()
        return True

    def _forget_undo(self) -> None:
        self._undo = None
        self.undo_button.hide()
