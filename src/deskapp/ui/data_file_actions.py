"""What the File menu does with the records: export a day, back up, restore, check, demo,
and choose where the records are.

Every one of these runs in the background with progress (and Cancel where it can stop),
and tells the rest of the window through the application events when the records changed.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from deskapp.bootstrap import NoBackups, Services
from deskapp.domain.roles import Action
from deskapp.fileio import sweep_app_folders
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.framework.events import AppEvents
from deskapp.ui.tasks import BaseTaskRunner, run_with_progress_dialog
from deskapp.usecases import safekeeping

logger = logging.getLogger(__name__)


class DataFileActions(QObject):
    """The window's actions on the data file as a whole.

    Args:
        window: The parent of the dialogs.
        services: The open data file.
        tasks: Runs the work off the UI thread.
        events: Announces ``data_replaced`` after a restore or demo data.
        status: Puts a line in the status bar.
    """

    reopen_requested = Signal(object)  # the DataLocation to open instead

    def __init__(self, window: QWidget, services: Services, tasks: BaseTaskRunner,
                 events: AppEvents, status: Any) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._tasks = tasks
        self._events = events
        self._status = status

    # --- Export
    def ask_export_target(self) -> tuple[dt.date, Path] | None:
        """Ask for the day and the file name (overridden in tests)."""
        today = self._services.clock.today()
        text, ok = QInputDialog.getText(self._window, self.tr("Export day"),
                                        self.tr("Day to export (YYYY-MM-DD):"),
                                        text=today.isoformat())
        if not ok:
            return None
        try:
            day = dt.date.fromisoformat(text.strip())
        except ValueError:
            messages.warn(self._window, fill(self.tr("Write the day as YYYY-MM-DD, e.g. %1."),
                                             today.isoformat()))
            return None
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(documents) / f"deskapp-{day.isoformat()}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Export day to Excel"),
                                              default, self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return day, Path(path)

    def ask_export_desk(self) -> tuple[bool, str | None]:
        """On shared records: every counter's (None) or only this one's; (False, None) for
        Cancel. A single counter exports all it has without asking."""
        if not self._services.location.is_server:
            return True, None
        desk = self._services.operator.desk
        answer = messages.choose(self._window, self.tr(
            "Several counters share these records. Export the day of every counter, or only "
            "this counter's?"), [self.tr("Every counter"),
                                 fill(self.tr("Only %1"), desk or self.tr("this counter"))],
            self.tr("Export day"))
        if answer is None:
            return False, None
        return True, (desk if answer == 1 else None)

    @Slot()
    def export_day(self) -> None:
        """Export a day's workbook in the background, with progress and Cancel."""
        ok, desk = self.ask_export_desk()
        if not ok:
            return
        target = self.ask_export_target()
        if target is None:
            return
        day, path = target
        exports = self._services.exports

        def job(report):  # type: ignore[no-untyped-def]
            return exports.day_workbook(day, path, desk=desk, progress=report.progress,
                                        cancelled=report.is_cancelled)

        run_with_progress_dialog(
            self._window, self._tasks, job, self.tr("Export day"),
            fill(self.tr("Writing %1…"), path.name),
            on_success=lambda _result: self._status(fill(self.tr("Exported %1."), path)),
            on_failure=lambda exc: messages.warn(self._window, self._export_failure_text(exc)),
        )

    def _export_failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, PermissionError):
            return self.tr("The file cannot be replaced: it is probably open in Excel. "
                           "Close it and export again.")
        return fill(self.tr("The export failed; no file was written.\n%1"), exc)

    # --- Where the records are
    @Slot()
    def choose_location(self) -> None:
        """Point this counter at another file or a server; deskapp reopens there."""
        from deskapp.location import DataLocation
        from deskapp.ui.dialogs.data_location_dialog import DataLocationDialog

        current = self._services.location
        dialog = DataLocationDialog(current, DataLocation.per_user_file().file,  # type: ignore[arg-type]
                                    self._tasks, self._window)
        if dialog.exec() != DataLocationDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is None:
            return
        if not messages.ask(self._window, fill(self.tr(
                "Open the records at %1 now? The records here stay where they are."),
                chosen.display())):
            return
        self.reopen_requested.emit(chosen)

    # --- Demo data
    def load_demo_data(self) -> None:
        """Fill the (demo) file with demo data in the background, then show it."""
        from deskapp.usecases.demo import load_demo

        services = self._services

        def job(report):  # type: ignore[no-untyped-def]
            return load_demo(services, days=14, progress=report.progress,
                             cancelled=report.is_cancelled)

        run_with_progress_dialog(
            self._window, self._tasks, job, self.tr("Demo data"),
            self.tr("Filling the counter with two weeks of example records…"),
            on_success=lambda _counts: self._events.data_replaced.emit(),
            on_failure=lambda exc: messages.warn(self._window, str(exc)),
            on_cancelled=self._events.data_replaced.emit)

    # --- Backups
    def _no_backups_here(self) -> bool:
        # On a server the backups are the server's job: say so instead of a file dialog.
        if self._services.backups is None:
            messages.warn(self._window, str(NoBackups()))
            return True
        return False

    @Slot()
    def back_up(self) -> None:
        """Copy the data file (SQLite backup API) to a file the user picks."""
        if self._no_backups_here():
            return
        clock = self._services.clock
        stamp = clock.local(clock.now()).strftime("%Y%m%d-%H%M")
        default = str(self._services.location.folder / f"deskapp-backup-{stamp}.sqlite")
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Back up data file"),
                                              default, self.tr("deskapp data file (*.sqlite)"))
        if not path:
            return
        services = self._services
        run_with_progress_dialog(
            self._window, self._tasks,
            lambda report: services.backup(Path(path), progress=report.progress,
                                           cancelled=report.is_cancelled),
            self.tr("Back up"), self.tr("Copying the data file…"),
            on_success=lambda _result: self._status(fill(self.tr("Backed up to %1."), path)),
            on_failure=lambda exc: messages.warn(self._window, fill(self.tr(
                "The backup failed; no file was written.\n%1"), exc)),
        )

    def ask_restore_file(self) -> Path | None:
        """The backup to restore, chosen in the backups folder (overridden in tests)."""
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Restore from a backup"), str(self._services.backups.folder),
            self.tr("deskapp data file (*.sqlite)"))
        return Path(path) if path else None

    @Slot()
    def restore_backup(self, backup: Path | None = None) -> None:
        """Replace the records with a backup, after asking; the replaced data is kept."""
        if self._no_backups_here():
            return
        if self._services.read_only:
            messages.warn(self._window, self.tr(
                "This data file is read-only: nothing can be restored into it."))
            return
        backup = backup or self.ask_restore_file()
        if backup is None:
            return
        if not messages.ask(self._window, fill(self.tr(
                "Replace every record in %1 with the backup %2?\n\nThe records as they are "
                "now are kept in the backups folder first."),
                self._services.location.name, backup.name)):
            return
        services = self._services
        try:  # a receptionist restores with a supervisor's approval, given here
            approval = Approver(services.accounts, services.operator).ask(
                self._window, Action.RESTORE_BACKUP)
        except ApprovalDeclined:
            return
        run_with_progress_dialog(
            self._window, self._tasks,
            lambda report: safekeeping.restore_backup(services, backup, approval),
            self.tr("Restore"), self.tr("Restoring the backup…"),
            on_success=self._on_restored,
            on_failure=lambda exc: messages.warn(self._window, fill(self.tr(
                "Nothing was restored.\n%1"), exc)))

    def _on_restored(self, kept: Path) -> None:
        self._events.data_replaced.emit()
        messages.info(self._window, fill(self.tr(
            "The backup is restored. The records as they were before are kept in %1."), kept))

    # --- The check after start-up, then the daily backup
    @Slot()
    def verify_data_file(self) -> None:
        """Check the data file in the background, then take today's backup."""
        services = self._services
        self._tasks.run(lambda report: services.verify(),
                        on_success=lambda _r: self.daily_backup(),
                        on_failure=self._on_verify_failed, title=self.tr("Checking data file"))

    def daily_backup(self) -> None:
        """Today's copy in the backups folder, in the background (once a day)."""
        backups = self._services.backups
        location = self._services.location

        def job(report):  # type: ignore[no-untyped-def]
            # Temporary files of exports, prints and copies a killed deskapp left behind.
            if location.file is not None:
                sweep_app_folders(location.file)
            if backups is None or self._services.read_only:
                return None
            return backups.daily()

        self._tasks.run(job, on_success=lambda _r: None,
                        on_failure=lambda exc: logger.error("daily backup failed: %s", exc),
                        title=self.tr("Daily backup"))

    def _on_verify_failed(self, exc: BaseException) -> None:
        logger.error("data file check failed: %s", exc)
        backups = self._services.backups
        if backups is None:
            self._offer_restore(exc, None)
            return
        self._tasks.run(lambda report: backups.newest_sound(),
                        on_success=lambda newest: self._offer_restore(exc, newest),
                        on_failure=lambda _e: self._offer_restore(exc, None),
                        title=self.tr("Looking for a sound backup"))

    def _offer_restore(self, problem: BaseException, newest: Any) -> None:
        if newest is None:
            messages.warn(self._window, fill(self.tr(
                "%1\n\nKeep working only if you must, and make a backup now (File → Back up). "
                "There is no sound backup in %2."), problem,
                self._services.location.backup_dir))
            return
        if messages.ask(self._window, fill(self.tr(
                "%1\n\nThe newest sound backup is from %2. Restore it now? The damaged records "
                "are kept beside it."), problem, newest.day.isoformat())):
            self.restore_backup(newest.path)
