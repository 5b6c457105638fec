"""Copies of the data file: the daily backup in rotation, a copy on demand, and restore.

Every copy is made with SQLite's online backup API and checked (every page read) before it
takes its name, so a copy in the backups folder is always a sound data file. Restoring
checks the copy first, keeps the file it replaces, and writes through SQLite's locks.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from deskapp import paths
from deskapp.db import audit
from deskapp.db.engine import write_session
from deskapp.db.errors import DatabaseDamaged, DatabaseProblem
from deskapp.db.schema import known_tables, open_database
from deskapp.db.sqlite_file import (
    FileKind,
    check,
    copy_database,
    probe,
    read_only,
    restore_into,
)
from deskapp.domain.clock import Clock
from deskapp.domain.operators import Operator
from deskapp.domain.roles import Action, Approval
from deskapp.i18n import fill, translate

logger = logging.getLogger(__name__)

KEEP_DAILY = 14
KEEP_MONTHLY = 12
_DAILY = re.compile(r"^(?P<stem>.+)-(?P<day>\d{4}-\d{2}-\d{2})\.sqlite$", re.ASCII)

Progress = Callable[[int, "int | None"], None]
Cancelled = Callable[[], bool]


class NotABackup(DatabaseProblem):
    """The chosen file cannot be restored (not ours, damaged, from a newer deskapp)."""


@dataclass(frozen=True)
class BackupFile:
    """A daily copy in the backups folder."""

    path: Path
    day: dt.date


class BackupService:
    """The backups of one SQLite data file."""

    def __init__(self, engine: Engine, db_path: Path, folder: Path, clock: Clock,
                 operator: Operator | None = None) -> None:
        self._engine = engine
        self._db_path = db_path
        self._folder = folder
        self._clock = clock
        self._operator = operator or Operator()

    @property
    def folder(self) -> Path:
        """Where the daily copies are kept."""
        return self._folder

    # --- Copies
    def copy_to(self, target: Path, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Path:
        """A consistent, checked copy of the live data file at ``target``."""
        paths.refuse_data_file(target, self._db_path)
        raw = self._engine.raw_connection()
        try:
            return copy_database(raw.driver_connection, target,  # type: ignore[arg-type]
                                 progress=progress, cancelled=cancelled)
        finally:
            raw.close()

    def daily(self, *, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> Path | None:
        """Today's copy, unless it exists already; then the rotation. Returns the new copy."""
        today = self._clock.today()
        target = self._folder / f"{self._db_path.stem}-{today.isoformat()}.sqlite"
        if target.exists():
            return None
        self.copy_to(target, progress=progress, cancelled=cancelled)
        logger.info("daily backup written to %s", target)
        self.rotate()
        return target

    def copies(self) -> list[BackupFile]:
        """The daily copies of this data file, newest first."""
        found = []
        if self._folder.is_dir():
            for path in self._folder.iterdir():
                match = _DAILY.match(path.name)
                if match and match["stem"] == self._db_path.stem:
                    try:
                        found.append(BackupFile(path, dt.date.fromisoformat(match["day"])))
                    except ValueError:
                        continue
        return sorted(found, key=lambda b: b.day, reverse=True)

    def rotate(self) -> list[Path]:
        """Keep the newest copies of the last days and one a month; return what was removed."""
        copies = self.copies()
        keep = {b.path for b in copies[:KEEP_DAILY]}
        months: dict[tuple[int, int], BackupFile] = {}
        for backup in copies:  # newest first: the first seen of a month is its newest
            months.setdefault((backup.day.year, backup.day.month), backup)
        keep |= {b.path for b in list(months.values())[:KEEP_MONTHLY]}
        removed = [b.path for b in copies if b.path not in keep]
        for path in removed:
            path.unlink(missing_ok=True)  # a copy of ours, never the data file itself
        return removed

    def prune_older_than(self, days: int) -> list[Path]:
        """Remove every copy older than ``days`` (personal data is kept no longer in a
        backup than in the records); returns what was removed."""
        cutoff = self._clock.today() - dt.timedelta(days=days)
        old = [b.path for b in self.copies() if b.day < cutoff]
        if self._folder.is_dir():
            # Copies before an upgrade or a restore: by the day they were written.
            last = dt.datetime.combine(cutoff, dt.time(), self._clock.tz).timestamp()
            old += [p for p in self._folder.glob(f"{self._db_path.stem}-*.sqlite")
                    if p not in old and not _DAILY.match(p.name) and p.stat().st_mtime < last]
        for path in old:
            path.unlink(missing_ok=True)  # a copy of ours, never the data file itself
        if old:
            logger.info("pruned %d backup(s) older than %s", len(old), cutoff)
        return old

    def newest_sound(self) -> BackupFile | None:
        """The newest daily copy that passes integrity_check, or None."""
        for backup in self.copies():
            try:
                check(backup.path)
            except DatabaseProblem:
                logger.warning("backup %s fails its check", backup.path)
                continue
            return backup
        return None

    # --- Restore
    def restore(self, backup: Path, approval: Approval | None = None) -> Path:
        """Replace the data file's content with ``backup``; returns the kept old file.

        The copy is checked (ours, sound) and brought to this deskapp's schema in a
        temporary file first; the data file is copied aside before anything is replaced.
        The restored records' audit trail then tells who restored which copy.

        Raises:
            NotABackup: the copy is not a sound deskapp data file of a known schema.
            ApprovalNeeded: a receptionist needs a supervisor's approval.
        """
        approved_by = self._operator.authorise(Action.RESTORE_BACKUP, approval)
        paths.refuse_data_file(backup, self._db_path)
        self._check_backup(backup)
        with tempfile.TemporaryDirectory(dir=self._folder.parent, prefix=".deskapp-restore-"
                                         ) as scratch:
            source = Path(scratch) / "restore.sqlite"
            # A private copy, brought up to this deskapp's schema before it goes live.
            with read_only(backup) as con:
                copy_database(con, source)
            try:
                open_database(source, Path(scratch) / "before-upgrade").engine.dispose()
            except DatabaseProblem as exc:
                raise NotABackup(fill(translate(
                    "Backups", "%1 cannot be restored: %2"), backup, exc)) from exc
            stamp = self._clock.local(self._clock.now()).strftime("%Y%m%d-%H%M%S")
            kept = self._folder / f"{self._db_path.stem}-replaced-{stamp}.sqlite"
            raw = self._engine.raw_connection()
            try:
                live = raw.driver_connection
                copy_database(live, kept, verify=False)  # type: ignore[arg-type]
                restore_into(live, source)  # type: ignore[arg-type]
            finally:
                raw.close()
        logger.warning("restored %s from %s; the replaced data is in %s",
                       self._db_path, backup, kept)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            audit.record(session, "restore", "backup", None,
                         {"from": backup.name, "kept": kept.name})
            session.commit()
        return kept

    def _check_backup(self, backup: Path) -> None:
        try:
            state = probe(backup, known_tables())
            check(backup)
        except DatabaseDamaged as exc:
            raise NotABackup(fill(translate(
                "Backups", "%1 cannot be restored: %2"), backup, exc)) from exc
        if state.kind is not FileKind.OURS:
            raise NotABackup(fill(translate(
                "Backups", "%1 is not a deskapp data file; nothing was restored."), backup))
