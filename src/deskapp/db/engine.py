"""The one engine factory: durable SQLite, writes that lock up front, errors in words.

Transactions are begun by deskapp, not by the driver: Python's sqlite3 module would
otherwise run DDL outside any transaction (so a migration could stop half-way) and begin a
write lazily at the first INSERT, which lets two processes both read and then fail to
write ("database is locked", which busy waiting cannot resolve). So every transaction
starts with an explicit BEGIN; a unit of work that writes asks for ``BEGIN IMMEDIATE``
(through :func:`write_session`), which takes the write lock before reading anything and
waits for a busy file instead of failing half-way.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlmodel import Session, create_engine

from deskapp.db.errors import DatabaseBusy, problem_for, server_problem
from deskapp.db.sqlite_file import read_only_uri

BUSY_TIMEOUT_MS = 5000
# How long a write waits in all for another process's write to finish before saying so.
WRITE_WAIT_S = 15.0
_WRITES = "deskapp_writes"
_WAIT = "deskapp_write_wait"
_ACTOR = "deskapp_actor"
_NOW = "deskapp_now"


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    """The SQLAlchemy URL of a SQLite file (opened read-only when asked)."""
    if read_only:
        return f"sqlite:///{read_only_uri(path)}&uri=true"
    return f"sqlite:///{path}"


def make_engine(url: str, *, echo: bool = False, path: Path | None = None) -> Engine:
    """Create the engine; for SQLite, every connection gets WAL, foreign keys and FULL sync.

    Other databases get the same engine without the SQLite hooks. ``path`` names the
    data file in messages about it.
    """
    connect_args: dict[str, Any] = {}
    options: dict[str, Any] = {}
    if url.startswith("sqlite"):
        connect_args["timeout"] = BUSY_TIMEOUT_MS / 1000
    else:
        # A server may drop idle connections; a counter must not wait long for a dead one.
        connect_args["connect_timeout"] = 5
        options["pool_pre_ping"] = True
    # hide_parameters: an error message must never carry an ID number into a dialog or log.
    engine = create_engine(url, echo=echo, connect_args=connect_args, hide_parameters=True,
                           **options)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "handle_error", _server_in_words)
    if engine.dialect.name == "sqlite":
        read_only = "mode=ro" in url
        event.listen(engine, "connect",
                     lambda dbapi, _record: _sqlite_connect(dbapi, read_only=read_only))
        event.listen(engine, "begin", _sqlite_begin)
        event.listen(engine, "handle_error",
                     lambda context: _in_words(context, path))
    return engine


def write_session(engine: Engine, *, wait_s: float = WRITE_WAIT_S) -> Session:
    """A session whose transaction holds the write lock from its first statement.

    Use it for every unit of work that writes: numbers read and then written inside it
    (a pass number, a receipt number) cannot be taken by another process in between. Its
    commit also writes the audit trail of what it saved and moves the change number on,
    so other counters see that something changed — in the same transaction.

    Who acts and what time it is come from ``engine``'s options (see :func:`acting`).
    """
    from deskapp.db import audit

    options = engine.get_execution_options()
    session = Session(writer(engine, wait_s=wait_s), expire_on_commit=False)
    session.info[audit.ACTOR] = options.get(_ACTOR)
    audit.watch(session)
    now = options.get(_NOW) or (lambda: dt.datetime.now(dt.timezone.utc))
    event.listen(session, "before_commit", lambda s: _before_commit(s, now))
    return session


def acting(engine: Engine, actor: Any, now: Callable[[], dt.datetime]) -> Engine:
    """``engine`` for the services of one counter: its write sessions sign the audit trail
    as ``actor`` (anything with ``name`` and ``desk``) at the time ``now()`` tells."""
    return engine.execution_options(**{_ACTOR: actor, _NOW: now})


def _before_commit(session: Session, now: Callable[[], dt.datetime]) -> None:
    from deskapp.db import audit
    from deskapp.db.changes import mark_changed

    session.flush()  # every change is collected before the trail is written
    audit.append_pending(session, now())
    mark_changed(session)


def writer(engine: Engine, *, wait_s: float = WRITE_WAIT_S) -> Engine:
    """The engine, with transactions that begin by taking the write lock."""
    return engine.execution_options(**{_WRITES: True, _WAIT: wait_s})


def _sqlite_connect(dbapi_connection: sqlite3.Connection, *, read_only: bool) -> None:
    # deskapp emits BEGIN itself (see _sqlite_begin); the driver must not.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # A receipt or a check-in must survive a power cut at the counter.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _sqlite_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    raw = conn.connection.driver_connection
    if not options.get(_WRITES):
        raw.execute("BEGIN")
        return
    # SQLite already waits BUSY_TIMEOUT_MS inside each attempt; a writer that holds the
    # lock longer (a big import, a migration) gets a few more tries before we give up.
    deadline = time.monotonic() + float(options.get(_WAIT, WRITE_WAIT_S))
    while True:
        try:
            raw.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            problem = problem_for(exc)
            if not isinstance(problem, DatabaseBusy):
                raise (problem or exc) from exc
            if time.monotonic() >= deadline:
                raise DatabaseBusy() from exc
            time.sleep(0.05)


def _in_words(context: ExceptionContext, path: Path | None) -> BaseException | None:
    """Replace a SQLite error the user can act on by its sentence (the original is chained)."""
    original = context.original_exception
    if isinstance(original, sqlite3.Error):
        return problem_for(original, path)
    return None


def _server_in_words(context: ExceptionContext) -> BaseException | None:
    """Replace a PostgreSQL error the user can act on by its sentence."""
    return server_problem(context.original_exception)
