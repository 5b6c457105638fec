"""Composition root: open the data file and build the services every part of deskapp uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from deskapp import paths
from deskapp.backups import BackupService
from deskapp.db.schema import OpenedDatabase, open_database
from deskapp.db.sqlite_file import check_connection
from deskapp.documents import DocumentService
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService
from deskapp.domain.screening import ScreeningService
from deskapp.domain.settings import SettingsService
from deskapp.domain.visitors import VisitorLog
from deskapp.exports import ExportService


@dataclass(frozen=True)
class Services:
    """Everything a widget or a command may use; widgets get only the parts they need."""

    db: OpenedDatabase
    clock: Clock
    settings: SettingsService
    directory: DirectoryService
    screening: ScreeningService
    visitors: VisitorLog
    documents: DocumentService
    exports: ExportService
    backups: BackupService

    @property
    def engine(self) -> Engine:
        """The engine (for bootstrap code and checks, never for widgets)."""
        return self.db.engine

    @property
    def db_path(self) -> Path:
        """The data file."""
        return self.db.path

    @property
    def archive_dir(self) -> Path:
        """Where printed PDFs are kept."""
        return paths.archive_dir(self.db.path)

    @property
    def read_only(self) -> bool:
        """The file cannot be written here: looking works, saving does not."""
        return self.db.read_only

    def verify(self) -> None:
        """SQLite's quick_check of the data file; raises DatabaseDamaged with a message.

        Runs on one of the engine's own connections: a second, hand-made handle on the file
        is exactly what must never be opened and closed beside a live connection.
        """
        raw = self.db.engine.raw_connection()
        try:
            check_connection(raw.driver_connection, self.db.path, full=False)  # type: ignore[arg-type]
        finally:
            raw.close()

    def backup(self, target: Path, *, progress: Callable[[int, int | None], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Path:
        """A consistent, checked copy of the live data file (SQLite backup API)."""
        return self.backups.copy_to(target, progress=progress, cancelled=cancelled)

    def close(self) -> None:
        """Release the data file."""
        self.db.engine.dispose()


def build_services(db_path: Path, *, clock: Clock | None = None,
                   create_folder: bool = False) -> Services:
    """Open (check, back up, migrate) ``db_path`` and wire the services to it.

    ``create_folder``: make the file's folder if it is missing (the per-user default).
    """
    opened = open_database(db_path, paths.backup_dir(db_path), create_folder=create_folder)
    clock = clock or Clock()
    engine = opened.engine
    directory = DirectoryService(engine)
    screening = ScreeningService(engine, clock, directory)
    settings = SettingsService(engine)
    visitors = VisitorLog(engine, clock, screening, directory)
    return Services(
        db=opened,
        clock=clock,
        settings=settings,
        directory=directory,
        screening=screening,
        visitors=visitors,
        documents=DocumentService(paths.archive_dir(db_path), clock, settings, visitors),
        exports=ExportService(settings, visitors, db_path),
        backups=BackupService(engine, db_path, paths.backup_dir(db_path), clock),
    )
