"""The SQLite data file seen from outside: what it is, whether it is sound, copies of it.

Everything here reaches the file through SQLite itself, never with plain file I/O. A
process that opens and closes the data file (or its ``-wal``/``-shm``) by hand drops every
POSIX lock SQLite holds on it in that process; the next deskapp then believes it is alone,
checkpoints and deletes the WAL the window is still writing to, and committed records
vanish. So: headers are read with a read-only SQLite connection, copies are made with
SQLite's backup API, and nothing else touches those files.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

from deskapp.db.errors import DatabaseProblem, damaged, not_sqlite, problem_for
from deskapp.fileio import atomic_replace
from deskapp.i18n import translate

# PRAGMA application_id of every deskapp data file ("DESK"): a new, empty file becomes
# ours; a SQLite file of another program never does.
APPLICATION_ID = 0x4445534B
# Tables SQLite and Alembic keep for themselves.
_SYSTEM_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3",
                  "sqlite_stat4", "alembic_version"}

Progress = Callable[[int, "int | None"], None]
Cancelled = Callable[[], bool]


class FileKind(StrEnum):
    """What a path holds, as far as deskapp is concerned."""

    NEW = "new"  # nothing yet, an empty file, or a SQLite file without any table
    OURS = "ours"  # deskapp's: marked with our application_id, or an older unmarked one
    FOREIGN = "foreign"  # another program's SQLite file


@dataclass(frozen=True)
class FileState:
    """The result of :func:`probe`."""

    kind: FileKind
    revision: str | None = None  # the schema migration the file is at
    marked: bool = False  # application_id is deskapp's
    tables: frozenset[str] = frozenset()


class BackupCancelled(DatabaseProblem):
    """The user stopped a backup; no file was left at the target."""

    def __init__(self) -> None:
        super().__init__(translate("Database", "The backup was cancelled."))


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` read-only: SQLite creates nothing and writes nothing.

    A WAL file whose folder cannot take the ``-shm`` index is readable only as immutable;
    that is safe when no ``-wal`` exists (everything is in the file itself) and nobody
    can write there anyway.
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists() \
            and not Path(f"{path}-shm").exists():
        uri += "&immutable=1"
    return uri


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only SQLite connection to ``path``; SQLite errors become sentences."""
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True, timeout=5)
    except sqlite3.Error as exc:
        raise (problem_for(exc, path) or damaged(path, str(exc))) from exc
    try:
        yield con
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise not_sqlite(path) from exc
        raise (problem_for(exc, path) or damaged(path, str(exc))) from exc
    finally:
        con.close()


def probe(path: Path, known_tables: set[str]) -> FileState:
    """What ``path`` holds, read through a read-only SQLite connection.

    ``known_tables`` are the tables deskapp's schema has; an unmarked file with any other
    table belongs to another program.

    Raises:
        DatabaseDamaged: not a SQLite file, or SQLite cannot read its schema.
    """
    if not path.exists() or path.stat().st_size == 0:
        return FileState(FileKind.NEW)
    with read_only(path) as con:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = frozenset(r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    if app_id == APPLICATION_ID:
        return FileState(FileKind.OURS, revision, True, tables)
    if app_id != 0:
        return FileState(FileKind.FOREIGN, None, False, tables)
    return FileState(unmarked_kind(tables, known_tables), revision, False, tables)


def unmarked_kind(tables: set[str] | frozenset[str], known_tables: set[str]) -> FileKind:
    """Whose a SQLite file without an application_id is, by its tables.

    No table: new, it becomes ours. deskapp's tables and Alembic's version: a deskapp file
    from before files were marked. Anything else belongs to another program.
    """
    if not tables:
        return FileKind.NEW
    own = {t for t in tables if t not in _SYSTEM_TABLES and not t.startswith("_alembic_tmp_")}
    if "alembic_version" in tables and own <= known_tables:
        return FileKind.OURS
    return FileKind.FOREIGN


def check(path: Path, *, full: bool = True) -> None:
    """SQLite's integrity_check (or quick_check) on a read-only connection.

    Changes nothing: no journal mode switch, no header written into an empty file.

    Raises:
        DatabaseDamaged: with SQLite's first findings.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    with read_only(path) as con:
        check_connection(con, path, full=full)


def check_connection(con: sqlite3.Connection, path: Path | str, *, full: bool = True) -> None:
    """integrity_check (or quick_check) on an open connection; raises DatabaseDamaged."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = con.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise not_sqlite(path) from exc
        raise damaged(path, str(exc)) from exc
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        raise damaged(path, "; ".join(problems[:5]))


def copy_database(source: sqlite3.Connection, target: Path, *,
                  progress: Progress | None = None, cancelled: Cancelled | None = None,
                  verify: bool = True) -> Path:
    """Copy the database behind ``source`` to ``target`` with SQLite's backup API.

    The copy is written beside ``target``, checked with quick_check when ``verify``, and
    only then moved into place: a failed, cancelled or killed copy never leaves a half file
    where the user expects one.

    quick_check reads every page of every table and index, which is what copying can
    damage; integrity_check would add the comparison of each index with its table, which
    a page-for-page copy of a consistent snapshot carries over from the source unchanged —
    at eight times the cost (67 s against 9 s on a 1.7 GB file of five years).

    Raises:
        BackupCancelled: ``cancelled()`` returned True.
        DatabaseDamaged: the copy failed its check.
    """

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)
        if cancelled is not None and cancelled():
            raise BackupCancelled()

    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_replace(target) as pending:
        # The temporary copy is not a live data file: only this connection ever opens it.
        dst = sqlite3.connect(pending.path)
        try:
            try:
                source.backup(dst, pages=1024, progress=step)
            except sqlite3.Error as exc:
                raise (problem_for(exc) or exc) from exc
            if verify:
                check_connection(dst, target, full=False)
            # A copy is one self-contained file (no -wal beside it to lose when copied on).
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    return target


def restore_into(destination: sqlite3.Connection, backup: Path) -> None:
    """Replace the whole content of ``destination``'s database with the copy at ``backup``.

    Through the backup API, page by page under SQLite's locks, so every other connection
    (another window on the same file) sees the restored data, never a half-replaced file.
    """
    with read_only(backup) as src:
        try:
            src.backup(destination, pages=1024)
        except sqlite3.Error as exc:
            raise (problem_for(exc) or exc) from exc
