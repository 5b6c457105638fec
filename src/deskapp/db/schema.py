"""Opening a data file: refuse what is not ours, back up, migrate whole or not at all.

Every migration, and the whole set-up of a new file, runs in one transaction that holds
the write lock: a process killed half-way leaves the file as it was, and a second deskapp
starting at the same moment waits, then finds the work done.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from deskapp.db.engine import make_engine, sqlite_url, writer
from deskapp.db.errors import (  # noqa: F401  (re-exported: callers import them from here)
    DatabaseDamaged,
    DatabaseProblem,
    DatabaseTooNew,
    ForeignFile,
    UnusablePath,
)
from deskapp.db.sqlite_file import (
    APPLICATION_ID,
    BackupCancelled,
    FileKind,
    FileState,
    copy_database,
    probe,
    unmarked_kind,
)
from deskapp.i18n import fill, translate

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["BackupCancelled", "OpenedDatabase", "open_database"]

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration, so an up-to-date file opens without loading Alembic (~0.17 s of
# start-up). A test checks it against the migration scripts.
SCHEMA_HEAD = "0016"
# Tables whose rows the migrations themselves write: a database holding rows only there is
# still an empty one.
SCHEMA_BOOKKEEPING = frozenset({"alembic_version", "audithead"})
# How long a start waits for another deskapp that is setting up or upgrading the file.
OPEN_WAIT_S = 300.0


@dataclass(frozen=True)
class OpenedDatabase:
    """An engine on a migrated file (or server), and what happened while opening it."""

    engine: Engine
    path: Path | None  # None for a server
    created: bool
    backup: Path | None
    revision: str
    read_only: bool = False

    @property
    def server(self) -> bool:
        """The records are on a PostgreSQL server."""
        return self.path is None


def open_server(url: str, display: str) -> OpenedDatabase:
    """Connect to the PostgreSQL server at ``url`` and bring its schema up to date.

    Raises:
        UnusablePath: no PostgreSQL support installed.
        ServerRefused, DatabaseUnreachable: the server turned us down or does not answer.
        ForeignFile: the database holds another program's tables; not changed.
    """
    from deskapp.db.server import server_engine, set_up_server

    engine = server_engine(url)
    try:
        before, now = set_up_server(engine, display, head=SCHEMA_HEAD,
                                    known_tables=known_tables(),
                                    known_revisions=known_revisions())
    except BaseException:
        engine.dispose()
        raise
    return OpenedDatabase(engine, None, created=before is None, backup=None, revision=now)


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


def known_tables() -> set[str]:
    """The tables of deskapp's schema (any other table marks a file as someone else's):
    the SQLModel tables and the search indexes' own."""
    from sqlmodel import SQLModel

    import deskapp.db.models  # noqa: F401  (registers the tables)
    from deskapp.db.dialect import search_tables

    return set(SQLModel.metadata.tables) | search_tables()


def usable_path(path: Path, *, create_folder: bool = False) -> bool:
    """Whether ``path`` can hold a data file; returns True if deskapp may also write it.

    Looks only at the names and permissions, never inside the file.

    Raises:
        UnusablePath: a folder, a missing folder (created instead when ``create_folder``),
            no permission to read the file or to create it.
    """
    folder = path.parent
    if path.is_dir():
        raise UnusablePath(fill(translate(
            "Database", "%1 is a folder, not a data file. Choose a file such as %2."),
            path, path / "deskapp.sqlite"))
    if not folder.exists():
        if not create_folder:
            raise UnusablePath(fill(translate(
                "Database", "The folder %1 does not exist. Check the path of the data file."),
                folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UnusablePath(fill(translate(
                "Database", "The folder %1 cannot be created: %2"), folder,
                exc.strerror or exc)) from exc
    if not folder.is_dir():
        raise UnusablePath(fill(translate("Database", "%1 is not a folder."), folder))
    if path.exists():
        if not os.access(path, os.R_OK):
            raise UnusablePath(fill(translate(
                "Database", "deskapp is not allowed to read %1."), path))
        return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UnusablePath(fill(translate(
            "Database", "deskapp is not allowed to create a data file in %1."), folder))
    return True


def _refuse_foreign(path: Path) -> ForeignFile:
    return ForeignFile(fill(translate(
        "Database", "%1 belongs to another program: it holds tables that are not deskapp's. "
        "deskapp did not change it; choose another file."), path))


def _refuse_newer(path: Path, revision: str) -> DatabaseTooNew:
    return DatabaseTooNew(fill(translate(
        "Database", "%1 was written by a newer version of deskapp (schema %2). "
        "Install the newer deskapp to open it; the file was not changed."), path, revision))


def open_database(path: Path, backup_dir: Path, *, create_folder: bool = False
                  ) -> OpenedDatabase:
    """Check, back up and migrate the file at ``path``; set it up if it is new.

    A file that cannot be written opens read-only (when it needs no upgrade).

    Raises:
        UnusablePath: see :func:`usable_path`.
        ForeignFile: another program's SQLite file; not modified.
        DatabaseDamaged: not SQLite, or its schema cannot be read; not modified.
        DatabaseTooNew: a newer deskapp wrote it; not modified.
        DatabaseBusy: another deskapp kept the file locked while setting it up.
    """
    writable = usable_path(path, create_folder=create_folder)
    state = probe(path, known_tables())
    if state.kind is FileKind.FOREIGN:
        raise _refuse_foreign(path)
    if state.revision not in (None, SCHEMA_HEAD) and state.revision not in known_revisions():
        raise _refuse_newer(path, state.revision)
    if not writable:
        return _open_read_only(path, state)
    engine = make_engine(sqlite_url(path), path=path)
    if state.kind is FileKind.OURS and state.revision == SCHEMA_HEAD and state.marked:
        # The usual start: nothing to migrate, Alembic not even loaded.
        return OpenedDatabase(engine, path, created=False, backup=None, revision=SCHEMA_HEAD)
    try:
        backup = None
        if state.revision is not None and state.revision != SCHEMA_HEAD:
            backup = _backup_before_upgrade(engine, path, backup_dir, state.revision)
        revision = _set_up(engine, path)
    except BaseException:
        engine.dispose()
        raise
    return OpenedDatabase(engine, path, created=state.kind is FileKind.NEW, backup=backup,
                          revision=revision)


def _open_read_only(path: Path, state: FileState) -> OpenedDatabase:
    if state.kind is FileKind.NEW:
        raise UnusablePath(fill(translate(
            "Database", "%1 is empty and deskapp is not allowed to write it."), path))
    if state.revision != SCHEMA_HEAD:
        raise UnusablePath(fill(translate(
            "Database", "%1 must be upgraded by this deskapp before it can be used, but it "
            "is read-only. Allow writing to the file and its folder, then start again."), path))
    engine = make_engine(sqlite_url(path, read_only=True), path=path)
    logger.warning("%s opened read-only", path)
    return OpenedDatabase(engine, path, created=False, backup=None, revision=SCHEMA_HEAD,
                          read_only=True)


def _backup_before_upgrade(engine: Engine, path: Path, backup_dir: Path, revision: str) -> Path:
    # One name per upgrade step: a start that fails and is tried again replaces its own
    # copy instead of piling up another one each time.
    target = backup_dir / f"{path.stem}-before-{SCHEMA_HEAD}-from-{revision}.sqlite"
    raw = engine.raw_connection()
    try:
        copy_database(raw.driver_connection, target)  # type: ignore[arg-type]
    finally:
        raw.close()
    logger.info("backed up %s to %s before upgrading", path, target)
    return target


def _set_up(engine: Engine, path: Path) -> str:
    """Create or upgrade the schema and mark the file, in one transaction; returns the head."""
    with writer(engine, wait_s=OPEN_WAIT_S).begin() as conn:
        # Read again under the lock: another deskapp may have done (or begun) the work.
        tables = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
        if app_id not in (0, APPLICATION_ID):
            raise _refuse_foreign(path)
        revision = (conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                    if "alembic_version" in tables else None)
        if app_id == 0 and unmarked_kind(tables, known_tables()) is FileKind.FOREIGN:
            raise _refuse_foreign(path)
        if revision != SCHEMA_HEAD:
            if revision is not None and revision not in known_revisions():
                raise _refuse_newer(path, revision)
            _upgrade(conn, path)
            logger.info("migrated %s from %s to %s", path, revision, SCHEMA_HEAD)
        if app_id != APPLICATION_ID:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    return SCHEMA_HEAD


def _upgrade(conn: Connection, path: Path) -> None:
    from alembic import command

    cfg = alembic_config(sqlite_url(path))
    cfg.attributes["connection"] = conn  # Alembic joins this transaction, commits nothing
    command.upgrade(cfg, "head")
