"""Opening a data file: integrity check, refusal of newer files, backup, then migrations."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from deskapp.db.engine import make_engine, sqlite_url
from deskapp.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration, so an up-to-date file opens without loading Alembic (~0.17 s of
# start-up). A test checks it against the migration scripts.
SCHEMA_HEAD = "0002"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseProblem(Exception):
    """The data file cannot be opened safely; the message is for the user."""


class DatabaseTooNew(DatabaseProblem):
    """The file was written by a newer deskapp; it is left untouched."""


class DatabaseDamaged(DatabaseProblem):
    """The file is not a SQLite database or fails SQLite's check."""


@dataclass(frozen=True)
class OpenedDatabase:
    """An engine on a migrated file, and what happened while opening it."""

    engine: Engine
    path: Path
    created: bool
    backup: Path | None
    revision: str


def alembic_config(url: str) -> Config:
    """An alembic Config pointing at deskapp's migration scripts."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    """The newest migration this deskapp knows (read from the scripts)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head() or ""


def known_revisions() -> set[str]:
    """Every migration this deskapp knows."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


CHECK_PRAGMAS = {"open": None, "quick": "quick_check", "full": "integrity_check"}


def check_file(path: Path, level: str = "quick") -> None:
    """Raise DatabaseDamaged if ``path`` is not a healthy SQLite file.

    Levels: ``open`` reads the header and the schema (instant, done before every start);
    ``quick`` is SQLite's quick_check (about 0.6 s on five years of visits, so the window
    runs it in the background after start-up); ``full`` is integrity_check (``deskapp check``).
    """
    with path.open("rb") as fh:
        header = fh.read(16)
    if header and header != _SQLITE_MAGIC:
        raise DatabaseDamaged(
            translate("Database", "%1 is not a deskapp data file (not a SQLite database).")
            .replace("%1", str(path))
        )
    if not header:
        return  # an empty file becomes a new database
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            pragma = CHECK_PRAGMAS[level]
            rows = con.execute(f"PRAGMA {pragma}").fetchall() if pragma else [("ok",)]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(
            translate("Database", "The data file %1 is damaged: %2").replace("%1", str(path))
            .replace("%2", str(exc))
        ) from exc
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        raise DatabaseDamaged(
            translate("Database", "The data file %1 is damaged: %2").replace("%1", str(path))
            .replace("%2", "; ".join(problems[:5]))
        )


def current_revision(engine: Engine) -> str | None:
    """The migration the file is at, or None for a file without deskapp's schema."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


class BackupCancelled(Exception):
    """The user stopped a backup; no file was left at the target."""


def backup_file(engine: Engine, target: Path, *,
                progress: Callable[[int, int | None], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> Path:
    """Copy the live database with SQLite's backup API (a file copy would miss the WAL).

    The copy is written beside ``target`` and moved into place when complete, so a failed
    or cancelled backup never leaves a half file where the user expects one.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)
        if cancelled is not None and cancelled():
            raise BackupCancelled(translate("Database", "The backup was cancelled."))

    raw = engine.raw_connection()
    try:
        dst = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(dst, pages=1024, progress=step)  # type: ignore[union-attr]
        finally:
            dst.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    return target


def open_database(path: Path, backup_dir: Path) -> OpenedDatabase:
    """Check, back up and migrate the file at ``path``; create it if it does not exist.

    Raises:
        DatabaseDamaged: the file is not SQLite or fails the check; it is not modified.
        DatabaseTooNew: a newer deskapp wrote it; it is not modified.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        check_file(path, "open")
    engine = make_engine(sqlite_url(path))
    try:
        revision = current_revision(engine)
        if revision == SCHEMA_HEAD:  # the usual start: nothing to migrate, Alembic not loaded
            return OpenedDatabase(engine=engine, path=path, created=False, backup=None,
                                  revision=revision)
        if revision is not None and revision not in known_revisions():
            raise DatabaseTooNew(
                translate(
                    "Database",
                    "%1 was written by a newer version of deskapp (schema %2). "
                    "Install the newer deskapp to open it; the file was not changed.",
                ).replace("%1", str(path)).replace("%2", revision)
            )
        head = head_revision()
        backup = None
        if existed and revision != head:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = backup_file(engine, backup_dir / f"{path.stem}-{stamp}-before-{head}.sqlite")
            logger.info("backed up %s to %s before migrating", path, backup)
        if revision != head:
            from alembic import command

            cfg = alembic_config(sqlite_url(path))
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            logger.info("migrated %s from %s to %s", path, revision, head)
    except Exception:
        engine.dispose()
        raise
    return OpenedDatabase(engine=engine, path=path, created=not existed, backup=backup,
                          revision=head)
