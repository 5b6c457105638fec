"""The main window: one tab per workspace, menus, shortcuts and the status bar."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QActionGroup, QCloseEvent, QDesktopServices, QKeySequence, QShortcut, QShowEvent,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QMainWindow, QWidget

from deskapp import paths
from deskapp.bootstrap import Services
from deskapp.domain.records import DocumentKind
from deskapp.domain.settings import AppSettings
from deskapp.fileio import sweep_app_folders
from deskapp.i18n import fill
from deskapp import translations
from deskapp.ui import messages
from deskapp.ui.forms.ui_main_window import Ui_MainWindow
from deskapp.ui.page_loader import PageLoader, SyncPageLoader
from deskapp.ui.tabs.visitor_log import VisitorLogTab
from deskapp.ui.tasks import SyncTaskRunner, TaskRunner, run_with_progress_dialog

logger = logging.getLogger(__name__)



class MainWindow(QMainWindow):
    """Hosts the workspaces; gives each only the services it needs."""

    def __init__(self, services: Services, *, tasks: TaskRunner | SyncTaskRunner | None = None,
                 loader: PageLoader | SyncPageLoader | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._services = services
        self._settings = services.settings.load()
        self._tasks = tasks or TaskRunner(self)
        self.last_preview: QDialog | None = None
        self._shown_once = False
        self.visitor_tab = VisitorLogTab(services.visitors, services.screening,
                                         services.directory, lambda: self._settings,
                                         loader, self)
        self.visitor_tab.print_requested.connect(self.print_visitor_pass)
        self.visitor_tab.status_message.connect(self.show_status)
        self._tabs: dict[str, QWidget] = {"visitors": self.visitor_tab}
        self._build_status_bar()
        self._connect_actions()
        self.retranslate()
        # SQLite's check takes time on a big file: run it after the window is up.
        QTimer.singleShot(0, self.verify_data_file)

    # --- Set-up
    def _build_status_bar(self) -> None:
        # The file's name is enough at the counter; the full path is in the tooltip and About.
        self._db_label = QLabel(self._services.db_path.name)
        self._clock_label = QLabel()
        # Demo data and read-only files are marked where the eye falls all day.
        self._mode_label = QLabel()
        self._mode_label.setStyleSheet(
            "background: #f6c244; color: #222; padding: 1px 8px; font-weight: bold;")
        self._mode_label.setVisible(self._settings.demo or self._services.read_only)
        self.ui.status_bar.addPermanentWidget(self._mode_label)
        self.ui.status_bar.addPermanentWidget(self._db_label)
        self.ui.status_bar.addPermanentWidget(self._clock_label)
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start(1000)
        self._tick()

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.new_entry_action.triggered.connect(lambda: self._current("new_entry"))
        ui.find_action.triggered.connect(lambda: self._current("focus_search"))
        ui.print_action.triggered.connect(lambda: self._current("print_selected"))
        ui.export_day_action.triggered.connect(self.export_day)
        ui.backup_action.triggered.connect(self.back_up)
        ui.restore_action.triggered.connect(self.restore_backup)
        ui.quit_action.triggered.connect(self.close)
        ui.directory_action.triggered.connect(self.open_directory)
        ui.screening_action.triggered.connect(lambda: self.open_screening("deny"))
        ui.temp_passes_action.triggered.connect(lambda: self.open_screening("passes"))
        ui.alert_log_action.triggered.connect(self.open_alert_log)
        ui.settings_action.triggered.connect(self.open_settings)
        ui.shortcuts_action.triggered.connect(self.show_shortcuts)
        ui.open_data_folder_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._services.db_path.parent))))
        ui.about_action.triggered.connect(self.show_about)
        group = QActionGroup(self)
        for action, language in ((ui.chinese_action, "zh_CN"), (ui.english_action, "en")):
            group.addAction(action)
            action.triggered.connect(lambda _c=False, lang=language: self.switch_language(lang))
        for number in range(1, 6):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.switch_to(n - 1))

    def retranslate(self) -> None:
        """Re-set every text in the current language (tabs, menus, status)."""
        self.ui.retranslateUi(self)
        tabs = self.ui.workspace_tabs
        titles = {"visitors": self.tr("Visitor log")}
        current = tabs.currentIndex()
        tabs.clear()
        for name, widget in self._tabs.items():
            tabs.addTab(widget, titles[name])
        tabs.setCurrentIndex(max(current, 0))
        self.visitor_tab.retranslate()
        language = translations.resolve_language(self._settings.language)
        self.ui.chinese_action.setChecked(language == "zh_CN")
        self.ui.english_action.setChecked(language == "en")
        org = self._settings.org_name
        mark = self._mode_text()
        self._mode_label.setText(mark)
        self._mode_label.setVisible(bool(mark))
        title = f"deskapp — {org}" if org else "deskapp"
        self.setWindowTitle(f"{title} [{mark}]" if mark else title)
        self._db_label.setToolTip(self.tr("Data file: %1").replace(
            "%1", str(self._services.db_path)))

    def _mode_text(self) -> str:
        if self._settings.demo:
            return self.tr("Demo data: made-up records for practice")
        if self._services.read_only:
            return self.tr("Read-only: nothing can be saved")
        return ""

    # --- Tabs
    def switch_to(self, index: int) -> None:
        """Ctrl+1…5: show the workspace at ``index`` if it exists."""
        if 0 <= index < self.ui.workspace_tabs.count():
            self.ui.workspace_tabs.setCurrentIndex(index)

    def show_tab(self, name: str) -> bool:
        """Show a workspace by name (visitors, calls, …); False when it does not exist."""
        widget = self._tabs.get(name)
        if widget is None:
            return False
        self.ui.workspace_tabs.setCurrentWidget(widget)
        return True

    def _current(self, action: str) -> None:
        widget = self.ui.workspace_tabs.currentWidget()
        method = getattr(widget, action, None)
        if method is not None:
            method()

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
    @Slot(int)
    def print_visitor_pass(self, visit_id: int) -> None:
        """Render the pass to the archive and open the preview with Print and Save."""
        from deskapp.output.document import UnprintableText

        try:
            result = self._services.documents.visitor_pass(visit_id)
        except UnprintableText as exc:
            messages.warn(self, str(exc))
            return
        except Exception as exc:  # the visit is saved; only the paper failed
            logger.exception("could not print the pass of visit %s", visit_id)
            messages.warn(self, self.tr(
                "The visit is saved, but its pass could not be printed: %1\n"
                "Select the visit and press Ctrl+P to try again.").replace("%1", str(exc)))
            return
        if result.warnings:
            messages.warn(self, "\n".join(w.message() for w in result.warnings))
        self.open_preview(result.path, self._settings.paper_for(DocumentKind.VISITOR_PASS),
                          self.tr("Visitor pass"))

    def open_preview(self, path: Path, paper, title: str) -> QDialog:  # type: ignore[no-untyped-def]
        """Show a PDF in the preview (window-modal, not blocking)."""
        from deskapp.ui.print_preview import PrintPreviewDialog

        db_path = self._services.db_path
        dialog = PrintPreviewDialog(path, paper, printer_name=self._settings.printer,
                                    title=title,
                                    protected=lambda target: paths.is_data_file(target, db_path),
                                    parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.printed.connect(lambda pages: self.show_status(
            self.tr("Printed %1 page(s).").replace("%1", str(pages))))
        self.last_preview = dialog
        dialog.open()
        return dialog

    # --- Export and backup
    def ask_export_target(self) -> tuple[dt.date, Path] | None:
        """Ask for the day and the file name (overridden in tests)."""
        today = self._services.clock.today()
        text, ok = QInputDialog.getText(self, self.tr("Export day"),
                                        self.tr("Day to export (YYYY-MM-DD):"),
                                        text=today.isoformat())
        if not ok:
            return None
        try:
            day = dt.date.fromisoformat(text.strip())
        except ValueError:
            messages.warn(self, self.tr("Write the day as YYYY-MM-DD, e.g. %1.")
                          .replace("%1", today.isoformat()))
            return None
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(documents) / f"deskapp-{day.isoformat()}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export day to Excel"), default,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return day, Path(path)

    @Slot()
    def export_day(self) -> None:
        """Export a day's workbook in the background, with progress and Cancel."""
        target = self.ask_export_target()
        if target is None:
            return
        day, path = target
        exports = self._services.exports

        def job(report):  # type: ignore[no-untyped-def]
            return exports.day_workbook(day, path, progress=report.progress,
                                        cancelled=lambda: report.cancelled)

        run_with_progress_dialog(
            self, self._tasks, job, self.tr("Export day"),
            self.tr("Writing %1…").replace("%1", path.name),
            on_success=lambda result: self.show_status(
                self.tr("Exported %1.").replace("%1", str(path))),
            on_failure=lambda exc: messages.warn(self, self._export_failure_text(exc)),
        )

    def _export_failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, PermissionError):
            return self.tr("The file cannot be replaced: it is probably open in Excel. "
                           "Close it and export again.")
        return self.tr("The export failed; no file was written.\n%1").replace("%1", str(exc))

    def load_demo_data(self) -> None:
        """Fill the file with demo data in the background (first start), then show it."""
        from deskapp.domain.demo import load_demo

        services = self._services

        def job(report):  # type: ignore[no-untyped-def]
            return load_demo(services.engine, services.clock, days=14,
                             progress=report.progress, cancelled=report.is_cancelled)

        run_with_progress_dialog(
            self, self._tasks, job, self.tr("Demo data"),
            self.tr("Filling the counter with two weeks of example visitors…"),
            on_success=lambda _counts: self.reload_all(),
            on_failure=lambda exc: messages.warn(self, str(exc)),
            on_cancelled=self.reload_all)

    def reload_all(self) -> None:
        """Read everything again after the data changed underneath (demo, restore)."""
        self._settings = self._services.settings.load()
        self.visitor_tab.reload_directory()
        self.visitor_tab.reload_regulars()
        self.visitor_tab.model.refresh()
        self.retranslate()

    @Slot()
    def back_up(self) -> None:
        """Copy the data file (SQLite backup API) to a file the user picks."""
        stamp = self._services.clock.local(self._services.clock.now()).strftime("%Y%m%d-%H%M")
        default = str(self._services.db_path.with_name(f"deskapp-backup-{stamp}.sqlite"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up data file"), default,
                                              self.tr("deskapp data file (*.sqlite)"))
        if not path:
            return
        services = self._services
        run_with_progress_dialog(
            self, self._tasks,
            lambda report: services.backup(Path(path), progress=report.progress,
                                           cancelled=report.is_cancelled),
            self.tr("Back up"), self.tr("Copying the data file…"),
            on_success=lambda result: self.show_status(
                self.tr("Backed up to %1.").replace("%1", path)),
            on_failure=lambda exc: messages.warn(self, self.tr(
                "The backup failed; no file was written.\n%1").replace("%1", str(exc))),
        )

    def ask_restore_file(self) -> Path | None:
        """The backup to restore, chosen in the backups folder (overridden in tests)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), str(self._services.backups.folder),
            self.tr("deskapp data file (*.sqlite)"))
        return Path(path) if path else None

    @Slot()
    def restore_backup(self, backup: Path | None = None) -> None:
        """Replace the records with a backup, after asking; the replaced data is kept."""
        if self._services.read_only:
            messages.warn(self, self.tr("This data file is read-only: nothing can be restored "
                                        "into it."))
            return
        backup = backup or self.ask_restore_file()
        if backup is None:
            return
        if not messages.ask(self, fill(self.tr(
                "Replace every record in %1 with the backup %2?\n\nThe records as they are "
                "now are kept in the backups folder first."),
                self._services.db_path.name, backup.name)):
            return
        backups = self._services.backups
        run_with_progress_dialog(
            self, self._tasks, lambda report: backups.restore(backup),
            self.tr("Restore"), self.tr("Restoring the backup…"),
            on_success=self._on_restored,
            on_failure=lambda exc: messages.warn(self, fill(self.tr(
                "Nothing was restored.\n%1"), exc)))

    def _on_restored(self, kept: Path) -> None:
        self.reload_all()
        messages.info(self, fill(self.tr(
            "The backup is restored. The records as they were before are kept in %1."), kept))

    @Slot()
    def verify_data_file(self) -> None:
        """Check the data file in the background, then take today's backup."""
        services = self._services
        self._tasks.run(lambda report: services.verify(),
                        on_success=lambda _r: self.daily_backup(),
                        on_failure=self._on_verify_failed, title=self.tr("Checking data file"))

    def daily_backup(self) -> None:
        """Today's copy in the backups folder, in the background (once a day)."""
        if self._services.read_only:
            return
        backups = self._services.backups
        db_path = self._services.db_path

        def job(report):  # type: ignore[no-untyped-def]
            # Temporary files of exports, prints and copies a killed deskapp left behind.
            sweep_app_folders(db_path)
            return backups.daily()

        self._tasks.run(job, on_success=lambda _r: None,
                        on_failure=lambda exc: logger.error("daily backup failed: %s", exc),
                        title=self.tr("Daily backup"))

    def _on_verify_failed(self, exc: BaseException) -> None:
        logger.error("data file check failed: %s", exc)
        backups = self._services.backups
        self._tasks.run(lambda report: backups.newest_sound(),
                        on_success=lambda newest: self._offer_restore(exc, newest),
                        on_failure=lambda _e: self._offer_restore(exc, None),
                        title=self.tr("Looking for a sound backup"))

    def _offer_restore(self, problem: BaseException, newest) -> None:  # type: ignore[no-untyped-def]
        if newest is None:
            messages.warn(self, fill(self.tr(
                "%1\n\nKeep working only if you must, and make a backup now (File → Back up). "
                "There is no sound backup in %2."), problem, self._services.backups.folder))
            return
        if messages.ask(self, fill(self.tr(
                "%1\n\nThe newest sound backup is from %2. Restore it now? The damaged records "
                "are kept beside it."), problem, newest.day.isoformat())):
            self.restore_backup(newest.path)

    # --- Dialogs
    @Slot()
    def open_directory(self) -> None:
        """Edit units and departments."""
        from deskapp.ui.dialogs.directory_dialog import DirectoryDialog

        db_path = self._services.db_path
        dialog = DirectoryDialog(self._services.directory, self,
                                 protected=lambda path: paths.is_data_file(path, db_path))
        dialog.finished.connect(lambda _r: self.visitor_tab.reload_directory())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_screening(self, page: str) -> None:
        """The deny list, watch list and temporary passes."""
        from deskapp.ui.dialogs.screening_dialog import ScreeningDialog

        dialog = ScreeningDialog(self._services.screening, self._services.directory,
                                 self._services.clock, self, start_page=page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def open_alert_log(self) -> None:
        """Every deny-list and watch-list match, for the manager."""
        from deskapp.ui.dialogs.alert_log_dialog import AlertLogDialog

        dialog = AlertLogDialog(self._services.screening, self._services.clock, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(980, 520)
        dialog.open()

    @Slot()
    def open_settings(self) -> None:
        """Organisation, language, paper and printer."""
        from deskapp.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._services.settings, self)
        dialog.settings_saved.connect(self.apply_settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(object)
    def apply_settings(self, settings: AppSettings) -> None:
        """Use new settings at once, language included."""
        language_changed = settings.language != self._settings.language
        self._settings = settings
        if language_changed:
            translations.install(settings.language)
        self.retranslate()
        self.visitor_tab.model.refresh()

    def switch_language(self, language: str) -> None:
        """Switch the interface and printed documents to ``language`` now, and remember it."""
        saved = self._services.settings.load()
        from dataclasses import replace

        settings = replace(saved, language=language)
        try:
            self._services.settings.save(settings)
        except Exception:  # an unfinished first start has no org name yet: switch anyway
            logger.info("language switched without saving settings")
        self._settings = replace(self._settings, language=language)
        translations.install(language)
        self.retranslate()

    def show_shortcuts(self) -> None:
        """The keyboard map."""
        messages.info(self, self.tr(
            "Ctrl+1…5  switch workspace\nCtrl+N  new entry\nCtrl+F  search\n"
            "Ctrl+P  print the selected record\nCtrl+E  export a day to Excel\n"
            "Ctrl+D  directory\n\nVisitor log:\nEnter  check in · Esc  clear the form\n"
            "F3  pass number field (scanner) · F4  check out · F6  host response\n"
            "F9  quick check-in of a regular"),
            self.tr("Keyboard shortcuts"))

    def show_about(self) -> None:
        """Version, data file and font licence."""
        from deskapp import __version__

        messages.info(self, self.tr(
            "deskapp %1 — the front desk of %2.\nData file: %3\n"
            "Printed with WenQuanYi Micro Hei (Apache-2.0).").replace("%1", __version__)
            .replace("%2", self._settings.org_name or "—")
            .replace("%3", str(self._services.db_path)), self.tr("About deskapp"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            # The receptionist starts typing at once: the cursor waits in the first field.
            self._shown_once = True
            QTimer.singleShot(0, lambda: self._current("new_entry"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._clock_timer.stop()
        super().closeEvent(event)
