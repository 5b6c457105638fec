"""The one engine factory: SQLite pragmas for durability and concurrency."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlmodel import create_engine

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create the engine; for SQLite, every connection gets WAL, foreign keys and FULL sync.

    Other databases (PostgreSQL later) get the same engine without the pragmas.
    """
    connect_args: dict[str, Any] = {}
    if url.startswith("sqlite"):
        connect_args["timeout"] = BUSY_TIMEOUT_MS / 1000
    # hide_parameters: an error message must never carry an ID number into a dialog or log.
    engine = create_engine(url, echo=echo, connect_args=connect_args, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # A receipt or a check-in must survive a power cut at the counter.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()
