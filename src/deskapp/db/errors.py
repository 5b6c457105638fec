"""Problems with the data file, each with its own sentence for the user.

SQLite reports them as ``OperationalError("database is locked")`` and the like, with the SQL
attached. None of that may reach the receptionist: the engine turns every such error into
one of the classes below (the original stays chained, for the log).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from deskapp.errors import UserError
from deskapp.i18n import fill, translate


class DatabaseProblem(UserError):
    """The data file cannot be used as asked; the message is for the user."""


class DatabaseTooNew(DatabaseProblem):
    """The file was written by a newer deskapp; it is left untouched."""


class DatabaseDamaged(DatabaseProblem):
    """The file is not a SQLite database or fails SQLite's check."""


class ForeignFile(DatabaseProblem):
    """A SQLite file of another program: deskapp refuses it and changes nothing."""


class UnusablePath(DatabaseProblem):
    """The path is a folder, its folder is missing, or it cannot be read or created."""


class DatabaseBusy(DatabaseProblem):
    """Another process held the write lock longer than deskapp waits."""

    def __init__(self) -> None:
        super().__init__(translate(
            "Database", "The data file is busy: another deskapp or a backup program is "
            "writing to it. Nothing was saved; try again in a moment."))


class DatabaseReadOnly(DatabaseProblem):
    """The file (or its folder) cannot be written: looking works, saving does not."""

    def __init__(self, path: Path | None = None) -> None:
        where = fill(translate("Database", " (%1)"), path) if path else ""
        super().__init__(fill(translate(
            "Database", "The data file%1 is read-only, so nothing can be saved. You can still "
            "look, search, print and export. Ask whoever looks after this PC to allow "
            "writing to the file and its folder."), where))


class DiskFull(DatabaseProblem):
    """The disk (or the file's size limit) is full."""

    def __init__(self) -> None:
        super().__init__(translate(
            "Database", "The disk that holds the data file is full. Nothing was saved; free "
            "some space and try again."))


class DatabaseUnreachable(DatabaseProblem):
    """The file vanished or its disk stopped answering (a USB disk pulled out, a network
    drive lost)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text or translate(
            "Database", "The data file cannot be reached: its disk or network drive may be "
            "gone. Nothing was saved; check the drive and start deskapp again."))

    @classmethod
    def server(cls) -> DatabaseUnreachable:
        """The database server does not answer."""
        return cls(translate(
            "Database", "The database server does not answer: it may be switched off, or "
            "the network is down. Nothing was saved; try again in a moment."))


def damaged(path: Path | str, detail: str = "") -> DatabaseDamaged:
    """The sentence for a damaged file (``detail`` is SQLite's own finding, if any)."""
    text = fill(translate("Database", "The data file %1 is damaged."), path)
    if detail:
        text += " " + fill(translate("Database", "SQLite found: %1"), detail)
    return DatabaseDamaged(text)


def not_sqlite(path: Path | str) -> DatabaseDamaged:
    """The sentence for a file that is not a SQLite database at all."""
    return DatabaseDamaged(fill(translate(
        "Database", "%1 is not a deskapp data file (not a SQLite database). It was not "
        "changed."), path))


def problem_for(error: sqlite3.Error, path: Path | None = None) -> DatabaseProblem | None:
    """The user's version of a SQLite error, or None for one that is a bug (bad SQL …)."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return DatabaseBusy()
    if primary == sqlite3.SQLITE_READONLY or "readonly database" in text:
        return DatabaseReadOnly(path)
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return DiskFull()
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text \
            or "not a database" in text:
        return damaged(path or "", str(error))
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) or "disk i/o" in text \
            or "unable to open" in text:
        return DatabaseUnreachable()
    return None


class ServerRefused(DatabaseProblem):
    """The PostgreSQL server turned the connection down (user, password, database)."""


def server_problem(error: BaseException) -> DatabaseProblem | None:
    """The user's version of a PostgreSQL (psycopg) error, or None for one that is a bug."""
    state = getattr(error, "sqlstate", None) or ""
    text = str(error).lower()
    if state in ("40001", "40P01", "55P03"):  # serialization, deadlock, lock not available
        return DatabaseBusy()
    if state == "25006":  # read-only transaction (a standby, or a read-only user)
        return DatabaseReadOnly()
    if state in ("53100", "53200"):  # disk full, out of memory
        return DiskFull()
    if state in ("28P01", "28000") or "password authentication failed" in text \
            or "no pg_hba.conf entry" in text:
        return ServerRefused(translate(
            "Database", "The database server refused the user name or password in the "
            "server address. Ask whoever runs the server for the right ones."))
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return ServerRefused(translate(
            "Database", "The database server has no database of the name in the server "
            "address. Ask whoever runs the server to create it."))
    if state.startswith("08") or state in ("57P01", "57P02", "57P03") \
            or "connection refused" in text or "could not connect" in text \
            or "timeout expired" in text or "server closed the connection" in text \
            or "connection is closed" in text:
        return DatabaseUnreachable.server()
    return None
