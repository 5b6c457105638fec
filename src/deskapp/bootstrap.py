"""Composition root: open the data file and build the services every part of deskapp uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import Engine

from deskapp import paths
from deskapp.backups import BackupService
from deskapp.db.schema import OpenedDatabase, open_database
from deskapp.db.sqlite_file import check_connection
from deskapp.domain.calls.log import CallLog
from deskapp.domain.calls.phone_book import PhoneBook
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService
from deskapp.domain.operators import Operator
from deskapp.domain.screening import ScreeningService
from deskapp.domain.settings import SettingsService
from deskapp.domain.visitors import VisitorLog
from deskapp.usecases.day_export import ExportService
from deskapp.usecases.printing import PrintService


@dataclass(frozen=True)
class Domain:
    """The counter's rules, one service per workspace, on one engine and one clock.

    A workspace adds its service here (one line in :func:`build_domain`).
    """

    engine: Engine
    clock: Clock
    operator: Operator
    settings: SettingsService
    directory: DirectoryService
    screening: ScreeningService
    visitors: VisitorLog
    calls: CallLog
    phone_book: PhoneBook


def build_domain(engine: Engine, clock: Clock, operator: Operator) -> Domain:
    """The domain services on ``engine``, telling time by ``clock``, signing as ``operator``."""
    directory = DirectoryService(engine)
    screening = ScreeningService(engine, clock, directory, operator)
    return Domain(
        engine=engine,
        clock=clock,
        operator=operator,
        settings=SettingsService(engine),
        directory=directory,
        screening=screening,
        visitors=VisitorLog(engine, clock, screening, directory, operator),
        calls=CallLog(engine, clock, directory, operator),
        phone_book=PhoneBook(engine, clock, directory, operator),
    )


@dataclass(frozen=True)
class Services(Domain):
    """Everything a widget or a command may use; widgets get only the parts they need."""

    db: OpenedDatabase
    documents: PrintService
    exports: ExportService
    backups: BackupService

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

    def with_clock(self, clock: Clock) -> Domain:
        """The same domain services on the same file, telling time by ``clock`` (demo data
        walks a clock through past days)."""
        return build_domain(self.engine, clock, self.operator)

    def verify(self) -> None:
        """SQLite's quick_check of the data file; raises DatabaseDamaged with a message.

        Runs on one of the engine's own connections: a second, hand-made handle on the file
        is exactly what must never be opened and closed beside a live connection.
        """
        raw = self.engine.raw_connection()
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
        self.engine.dispose()


def build_services(db_path: Path, *, clock: Clock | None = None,
                   create_folder: bool = False) -> Services:
    """Open (check, back up, migrate) ``db_path`` and wire the services to it.

    ``create_folder``: make the file's folder if it is missing (the per-user default).
    """
    opened = open_database(db_path, paths.backup_dir(db_path), create_folder=create_folder)
    clock = clock or Clock()
    operator = Operator(SettingsService(opened.engine).load().operator)
    domain = build_domain(opened.engine, clock, operator)
    parts = {f.name: getattr(domain, f.name) for f in fields(Domain)}
    return Services(
        **parts,
        db=opened,
        documents=PrintService(domain, paths.archive_dir(db_path)),
        exports=ExportService(domain, db_path),
        backups=BackupService(opened.engine, db_path, paths.backup_dir(db_path), clock),
    )
