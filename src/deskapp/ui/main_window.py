"""The main window: one tab per registered workspace, menus, shortcuts and the status bar.

It names no workspace: the tabs, Ctrl+0…Ctrl+9, the Counter menu's registers and the
keyboard map all come from the registry in ``ui/workspaces``.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt, QThreadPool, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QToolBar, QWidget

from deskapp import translations
from deskapp.bootstrap import Services
from deskapp.domain import pinyin
from deskapp.domain.settings import AppSettings
from deskapp.i18n import fill
from deskapp.location import DataLocation
from deskapp.ui import messages
from deskapp.ui.access.counter_access import CounterAccess
from deskapp.ui.data_file_actions import DataFileActions
from deskapp.ui.forms.ui_main_window import Ui_MainWindow
from deskapp.ui.framework.change_watcher import ChangeWatcher
from deskapp.ui.framework.events import AppEvents
from deskapp.ui.framework.workspace import Workspace, WorkspaceContext
from deskapp.ui.page_loader import PageLoader, SyncPageLoader
from deskapp.ui.printing import DocumentPrinter
from deskapp.ui.tasks import SyncTaskRunner, TaskRunner
from deskapp.ui.workspaces import WORKSPACES

logger = logging.getLogger(__name__)

# Every save indexes the name's pinyin; its dictionaries load this long after start-up, in
# the background, once the first screen is up (not at the first check-in of the day).
PINYIN_WARM_UP_MS = 1500


class MainWindow(QMainWindow):
    """Hosts the workspaces; gives each the context it builds itself from."""

    def __init__(self, services: Services, *, tasks: TaskRunner | SyncTaskRunner | None = None,
                 loader: PageLoader | SyncPageLoader | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._services = services
        self._settings = services.settings.load()
        self._tasks = tasks or TaskRunner(self)
        self._loader = loader
        self.events = AppEvents(self)
        self.printer = DocumentPrinter(self, services, lambda: self._settings)
        self.printer.status_message.connect(self.show_status)
        self._preview_only = False  # Ctrl+Shift+P: the next print opens the preview
        # Set when the receptionist chose other records: the window closes and reopens there.
        self.reopen_location: DataLocation | None = None
        self._shown_once = False
        self._menu_actions: list[QAction] = []
        self.data_actions = DataFileActions(self, services, self._tasks, self.events,
                                            self.show_status)
        self.access = CounterAccess(self, services, self._tasks, self.events)
        self.access.status_message.connect(self.show_status)
        self.access.print_requested.connect(self.print_document)
        self.events.operator_changed.connect(self._on_operator_changed)
        context = WorkspaceContext(services, self.events, lambda: self._settings, self._tasks,
                                   loader)
        self._workspaces: dict[str, Workspace] = {}
        self._toolbar = QToolBar(self)
        self._toolbar.setObjectName("workspace_toolbar")
        self._toolbar.setMovable(False)
        self.addToolBar(self._toolbar)
        for spec in WORKSPACES:
            workspace = spec.factory(context)
            workspace.status_message.connect(self.show_status)
            workspace.print_requested.connect(self.print_document)
            workspace.activation_requested.connect(
                lambda w=workspace: self.ui.workspace_tabs.setCurrentWidget(w))
            workspace.workspace_requested.connect(self.show_tab)
            self._workspaces[spec.name] = workspace
        self.events.data_replaced.connect(self._on_data_replaced)
        self.events.record_requested.connect(self.open_record)
        self.data_actions.reopen_requested.connect(self.reopen_at)
        # Other counters' (and other deskapps') saves show up within seconds.
        self.watcher = ChangeWatcher(services.change_stamp, loader or PageLoader(self),
                                     parent=self)
        self.watcher.changed.connect(self.events.saved_elsewhere)
        self._build_status_bar()
        self._connect_actions()
        self.setMinimumSize(1024, 700)
        self.retranslate()
        self._offer_desk_filters()
        # SQLite's check takes time on a big file: run it after the window is up.
        QTimer.singleShot(0, self.data_actions.verify_data_file)
        QTimer.singleShot(0, self.access.start)
        QTimer.singleShot(0, self.watcher.start)
        QTimer.singleShot(PINYIN_WARM_UP_MS, self,
                          lambda: QThreadPool.globalInstance().start(pinyin.warm_up))

    # --- Set-up
    def _build_status_bar(self) -> None:
        # The file's name is enough at the counter; the full path is in the tooltip and About.
        self._db_label = QLabel(self._services.location.name)
        self._clock_label = QLabel()
        # Demo data and read-only files are marked where the eye falls all day.
        self._mode_label = QLabel()
        self._mode_label.setStyleSheet(
            "background: #f6c244; color: #222; padding: 1px 8px; font-weight: bold;")
        self.ui.status_bar.addPermanentWidget(self._mode_label)
        self.ui.status_bar.addPermanentWidget(self.access.operator_label)
        self.ui.status_bar.addPermanentWidget(self._db_label)
        self.ui.status_bar.addPermanentWidget(self._clock_label)
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start(1000)
        self._tick()

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.new_entry_action.triggered.connect(lambda: self.current().new_entry())
        ui.find_action.triggered.connect(lambda: self.current().focus_search())
        ui.print_action.triggered.connect(lambda: self.current().print_selected())
        ui.print_preview_action.triggered.connect(self.preview_selected)
        ui.export_day_action.triggered.connect(self.data_actions.export_day)
        ui.close_day_action.triggered.connect(self.close_day)
        ui.backup_action.triggered.connect(self.data_actions.back_up)
        ui.restore_action.triggered.connect(lambda: self.data_actions.restore_backup())
        ui.records_location_action.triggered.connect(self.data_actions.choose_location)
        ui.quit_action.triggered.connect(self.close)
        ui.lock_action.triggered.connect(self.access.lock)
        ui.change_password_action.triggered.connect(self.access.change_password)
        ui.operators_action.triggered.connect(self.access.open_operators)
        ui.audit_action.triggered.connect(self.access.open_audit_trail)
        ui.handover_action.triggered.connect(self.hand_over_shift)
        ui.privacy_notice_action.triggered.connect(self.access.print_privacy_notice)
        ui.purge_action.triggered.connect(self.access.purge_now)
        ui.directory_action.triggered.connect(self.open_directory)
        ui.search_everything_action.triggered.connect(self.search_everything)
        ui.settings_action.triggered.connect(self.open_settings)
        ui.shortcuts_action.triggered.connect(self.show_shortcuts)
        ui.open_data_folder_action.triggered.connect(
            lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(self._services.location.folder))))
        ui.about_action.triggered.connect(self.show_about)
        group = QActionGroup(self)
        for action, language in ((ui.chinese_action, "zh_CN"), (ui.english_action, "en")):
            group.addAction(action)
            action.triggered.connect(lambda _c=False, lang=language: self.switch_language(lang))
        # Ctrl+0 is the first tab (Today), Ctrl+1 the next, and so on.
        for number in range(min(len(WORKSPACES), 10)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.switch_to(n))

    def retranslate(self) -> None:
        """Re-set every text in the current language (tabs, menus, status)."""
        self.ui.retranslateUi(self)
        tabs = self.ui.workspace_tabs
        current = tabs.currentIndex()
        tabs.clear()
        for spec in WORKSPACES:
            workspace = self._workspaces[spec.name]
            tabs.addTab(workspace, spec.title())
            workspace.retranslate()
        tabs.setCurrentIndex(max(current, 0))
        self._rebuild_counter_menu()
        self._rebuild_toolbar()
        language = translations.resolve_language(self._settings.language)
        self.ui.chinese_action.setChecked(language == "zh_CN")
        self.ui.english_action.setChecked(language == "en")
        self.access.retranslate()
        self.access.enable(self.ui.operators_action, self.ui.audit_action)
        org = self._settings.org_name
        mark = self._mode_text()
        self._mode_label.setText(mark)
        self._mode_label.setVisible(bool(mark))
        title = f"deskapp — {org}" if org else "deskapp"
        self.setWindowTitle(f"{title} [{mark}]" if mark else title)
        self._show_location()

    def _show_location(self) -> None:
        location, desk = self._services.location, self._services.operator.desk
        self._db_label.setText(f"{desk} · {location.name}" if desk else location.name)
        tip = (self.tr("Records on the server %1") if location.is_server
               else self.tr("Data file: %1"))
        self._db_label.setToolTip(fill(tip, location.display()))

    def _offer_desk_filters(self) -> None:
        # Shared records: each history can show every counter's or only this one's.
        if self._services.location.is_server:
            for workspace in self._workspaces.values():
                workspace.offer_desk_filter(self._services.operator.desk)

    @Slot(object)
    def reopen_at(self, location: DataLocation) -> None:
        """Close this window so that deskapp opens the records at ``location``."""
        self.reopen_location = location
        self.close()

    def _rebuild_toolbar(self) -> None:
        # Each workspace's window-wide actions (their keys work from every tab).
        self._toolbar.clear()
        for spec in WORKSPACES:
            for action in self._workspaces[spec.name].window_actions():
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self._toolbar.addAction(action)
        self._toolbar.setVisible(bool(self._toolbar.actions()))

    def _rebuild_counter_menu(self) -> None:
        # Each workspace's registers, between the directory and the settings.
        menu = self.ui.counter_menu
        for action in self._menu_actions:
            menu.removeAction(action)
        self._menu_actions = [a for spec in WORKSPACES
                              for a in self._workspaces[spec.name].menu_actions()]
        menu.insertActions(self.ui.settings_action, self._menu_actions)
        if self._menu_actions:
            self._menu_actions.append(menu.insertSeparator(self.ui.settings_action))

    def _mode_text(self) -> str:
        if self._settings.demo:
            return self.tr("Demo data: made-up records for practice")
        if self._services.read_only:
            return self.tr("Read-only: nothing can be saved")
        return ""

    # --- Workspaces
    def workspace(self, name: str) -> Workspace:
        """The workspace registered as ``name``."""
        return self._workspaces[name]

    def current(self) -> Workspace:
        """The workspace on screen."""
        widget = self.ui.workspace_tabs.currentWidget()
        assert isinstance(widget, Workspace)
        return widget

    def switch_to(self, index: int) -> None:
        """Ctrl+0…9: show the workspace at ``index`` if it exists."""
        if 0 <= index < self.ui.workspace_tabs.count():
            self.ui.workspace_tabs.setCurrentIndex(index)

    def show_tab(self, name: str) -> bool:
        """Show a workspace by name (visitors, calls, …); False when it does not exist."""
        widget = self._workspaces.get(name)
        if widget is None:
            return False
        self.ui.workspace_tabs.setCurrentWidget(widget)
        return True

    @Slot(str, int)
    def open_record(self, kind: str, record_id: int) -> bool:
        """Open a record (Today's item, a search's hit, a handover note's link) in the
        workspace that keeps its kind, and show that workspace."""
        for spec in WORKSPACES:
            workspace = self._workspaces[spec.name]
            if workspace.open_record(kind, record_id):
                self.ui.workspace_tabs.setCurrentWidget(workspace)
                return True
        logger.info("no workspace opens %s %s", kind, record_id)
        self.show_status(self.tr("That record cannot be opened here."))
        return False

    @Slot()
    def _on_operator_changed(self) -> None:
        self.access.retranslate()
        self.access.enable(self.ui.operators_action, self.ui.audit_action)

    @Slot()
    def _on_data_replaced(self) -> None:
        self._settings = self._services.settings.load()
        self.retranslate()

    # --- Status bar
    @Slot()
    def _tick(self) -> None:
        now = self._services.clock.local(self._services.clock.now())
        self._clock_label.setText(now.strftime("%Y-%m-%d %H:%M:%S"))

    @Slot(str)
    def show_status(self, text: str) -> None:
        """A short message in the status bar."""
        self.ui.status_bar.showMessage(text, 8000)

    # --- Printing
    @property
    def last_preview(self) -> QDialog | None:
        """The print preview opened last (None before the first)."""
        return self.printer.last_preview

    @Slot(str, int)
    def print_document(self, kind: str, record_id: int | str) -> None:
        """Print the document: straight on the counter's printer, or in the preview."""
        self.printer.print_document(kind, record_id, preview=self._preview_only)

    @Slot()
    def close_day(self) -> None:
        """Ctrl+Shift+E: close the day (日结) — confirm what is open, the cashiers hand
        over, the workbook and the backup written, the day recorded as closed."""
        from deskapp.ui.close_day_dialog import CloseDayDialog

        if closed := CloseDayDialog.closed_already(self._services, self._services.clock.today()):
            messages.info(self, closed)
            return
        dialog = CloseDayDialog(self._services, self._tasks, self)
        dialog.print_requested.connect(self.print_document)
        dialog.records_changed.connect(self.events.saved_elsewhere)
        dialog.day_closed.connect(lambda _closed: self.events.saved_elsewhere.emit())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def preview_selected(self) -> None:
        """Ctrl+Shift+P: the record worked on, in the preview (and from it any printer)."""
        self._preview_only = True
        try:
            self.current().print_selected()  # asks for its print at once, or not at all
        finally:
            self._preview_only = False

    # --- Dialogs
    @Slot()
    def hand_over_shift(self) -> None:
        """Ctrl+Shift+H: the handover note for the next shift (its past notes a button away)."""
        from deskapp.ui.handover.write_dialog import hand_over_shift, saved_message

        if note := hand_over_shift(self, self._services, self.events, self.print_document):
            self.show_status(saved_message(note))

    @Slot()
    def open_directory(self) -> None:
        """Edit units and departments."""
        from deskapp.ui.dialogs.directory_dialog import DirectoryDialog

        dialog = DirectoryDialog(self._services.directory, self,
                                 protected=self._services.location.is_data_file)
        dialog.finished.connect(lambda _r: self.events.directory_changed.emit())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def search_everything(self) -> QDialog:
        """Ctrl+K: one box finding every kind of record; Enter opens the hit in its tab."""
        from deskapp.ui.search_everything import SearchEverythingDialog

        dialog = SearchEverythingDialog(self._services, self.events, self._loader, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def open_settings(self) -> None:
        """Organisation, language, paper and printer."""
        from deskapp.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._services.settings, self, approver=self.access.approver)
        dialog.settings_saved.connect(self.apply_settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(object)
    def apply_settings(self, settings: AppSettings) -> None:
        """Use new settings at once, language included."""
        language_changed = settings.language != self._settings.language
        renamed = settings.counter_name != self._settings.counter_name
        self._settings = settings
        self._services.operator.move_to(settings.counter_name)
        if renamed:
            self._offer_desk_filters()
        if language_changed:
            translations.install(settings.language)
        self.retranslate()
        self.events.settings_changed.emit(settings)

    def switch_language(self, language: str) -> None:
        """Switch the interface and printed documents to ``language`` now, and remember it."""
        settings = replace(self._services.settings.load(), language=language)
        try:
            self._services.settings.save(settings)
        except Exception:  # an unfinished first start has no org name yet: switch anyway
            logger.info("language switched without saving settings")
        self._settings = replace(self._settings, language=language)
        translations.install(language)
        self.retranslate()

    def show_shortcuts(self) -> None:
        """The keyboard map: the window's keys, then each workspace's own."""
        text = fill(self.tr(
            "Ctrl+0…%1  switch workspace\nCtrl+N  new entry\nCtrl+F  search, then ↓ to the "
            "list\nCtrl+P  print the record worked on\nCtrl+Shift+P  print preview\n"
            "Ctrl+K  search everything\nCtrl+E  export a day to Excel\n"
            "Ctrl+Shift+E  close the day\nCtrl+Shift+H  hand over the shift\n"
            "Ctrl+D  directory\nCtrl+L  lock the counter, or change operator"),
            min(len(WORKSPACES), 10) - 1)
        for spec in WORKSPACES:
            own = self._workspaces[spec.name].shortcut_help()
            if own:
                text += f"\n\n{spec.title()}:\n{own}"
        messages.info(self, text, self.tr("Keyboard shortcuts"))

    def show_about(self) -> None:
        """Version, data file and font licence."""
        from deskapp import __version__

        messages.info(self, fill(self.tr(
            "deskapp %1 — the front desk of %2.\nData file: %3\n"
            "Printed with WenQuanYi Micro Hei (Apache-2.0)."), __version__,
            self._settings.org_name or "—", self._services.location.display()),
            self.tr("About deskapp"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            # The receptionist starts typing at once: the cursor waits in the first field.
            self._shown_once = True
            QTimer.singleShot(0, lambda: self.current().new_entry())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._clock_timer.stop()
        self.watcher.stop()
        self.access.stop()
        super().closeEvent(event)

