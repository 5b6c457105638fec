"""The desk services workspace: one tab whose pages (mail and parcels, release passes,
lost property, notices) are each a workspace of their own. What the main window asks of a
workspace (Ctrl+N, Ctrl+F, Ctrl+P, the keyboard map) goes to the page shown; the menu
holds every page's actions; Ctrl+PgDown and Ctrl+PgUp turn the pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.ui.framework.workspace import Workspace, WorkspaceContext, WorkspaceSpec
from deskapp.ui.workspaces.services.pages import PAGES


class DeskServicesTab(Workspace):
    """The desk's other services, a page each."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None,
                 pages: Sequence[WorkspaceSpec] = PAGES) -> None:
        super().__init__(context, parent)
        self._specs = tuple(pages)
        self.pages_widget = QTabWidget(self)
        self.pages_widget.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages_widget)
        self.pages: dict[str, Workspace] = {}
        for spec in self._specs:
            page = spec.factory(context)
            page.status_message.connect(self.status_message)
            page.print_requested.connect(self.print_requested)
            page.activation_requested.connect(lambda page=page: self._bring(page))
            self.pages[spec.name] = page
            self.pages_widget.addTab(page, spec.title())
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._turn(step))

    def _turn(self, step: int) -> None:
        count = self.pages_widget.count()
        if count:
            self.pages_widget.setCurrentIndex((self.pages_widget.currentIndex() + step) % count)

    def _bring(self, page: Workspace) -> None:
        self.pages_widget.setCurrentWidget(page)
        self.activation_requested.emit()

    def open_record(self, kind: str, record_id: int) -> bool:
        """Each page is asked in turn; the one that opens the record is turned to."""
        for page in self.pages.values():
            if page.open_record(kind, record_id):
                self.pages_widget.setCurrentWidget(page)
                return True
        return False

    def show_page(self, name: str) -> Workspace:
        """Turn to the page called ``name`` and hand it back."""
        page = self.pages[name]
        self.pages_widget.setCurrentWidget(page)
        return page

    def current_page(self) -> Workspace | None:
        """The page shown (None before any page is registered)."""
        widget = self.pages_widget.currentWidget()
        return widget if isinstance(widget, Workspace) else None

    # --- What the main window asks, passed to the page shown (or to every page)
    def new_entry(self) -> None:
        """Ctrl+N: the page shown starts a new record."""
        if page := self.current_page():
            page.new_entry()

    def focus_search(self) -> None:
        """Ctrl+F: the page shown's search."""
        if page := self.current_page():
            page.focus_search()

    def print_selected(self) -> None:
        """Ctrl+P: the page shown prints its record."""
        if page := self.current_page():
            page.print_selected()

    def retranslate(self) -> None:
        """Every page's texts, and the pages' titles."""
        for index, spec in enumerate(self._specs):
            self.pages_widget.setTabText(index, spec.title())
            self.pages[spec.name].retranslate()

    def refresh(self) -> None:
        """Every page reads its records again."""
        for page in self.pages.values():
            page.refresh()

    def reload_in_place(self) -> None:
        """Every page shows what another counter saved."""
        for page in self.pages.values():
            page.reload_in_place()

    def offer_desk_filter(self, desk: str) -> None:
        """Every page's list may show one counter's records."""
        for page in self.pages.values():
            page.offer_desk_filter(desk)

    def menu_actions(self) -> list[QAction]:
        """Every page's actions, page by page."""
        return [action for page in self.pages.values() for action in page.menu_actions()]

    def window_actions(self) -> list[QAction]:
        """Every page's keys that work from every tab."""
        return [action for page in self.pages.values() for action in page.window_actions()]

    def shortcut_help(self) -> str:
        """Turning pages, then the page shown's own keys."""
        lines = [self.tr("Ctrl+PgDown / Ctrl+PgUp  the next / previous page")]
        if (page := self.current_page()) and (own := page.shortcut_help()):
            lines.append(own)
        return "\n".join(lines)

    def acting_row(self) -> object:
        """The record the page shown works on."""
        page = self.current_page()
        return page.acting_row() if page is not None else None


SPEC = WorkspaceSpec(
    name="services",
    title=lambda: QCoreApplication.translate("Workspaces", "Desk services"),
    factory=DeskServicesTab,
)
