"""Composition root: open the data file and build the services every part of deskapp uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from deskapp import paths
from deskapp.db.schema import OpenedDatabase, backup_file, check_file, open_database
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

    def verify(self) -> None:
        """SQLite's quick_check of the data file; raises DatabaseDamaged with a message."""
        check_file(self.db.path, "quick")

    def backup(self, target: Path, *, progress: Callable[[int, int | None], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Path:
        """A consistent copy of the live data file (SQLite backup API, WAL included)."""
        return backup_file(self.db.engine, target, progress=progress, cancelled=cancelled)

    def close(self) -> None:
        """Release the data file."""
        self.db.engine.dispose()


def build_services(db_path: Path, *, clock: Clock | None = None) -> Services:
    """Open (check, back up, migrate) ``db_path`` and wire the services to it."""
    opened = open_database(db_path, paths.backup_dir(db_path))
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
        exports=ExportService(settings, visitors),
    )
