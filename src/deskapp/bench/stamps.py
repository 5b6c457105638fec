"""Times as the bench writes them in bulk: as the engine stores an aware time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime
from sqlalchemy.dialects import sqlite

_DATETIME = DateTime().dialect_impl(sqlite.dialect()).bind_processor(sqlite.dialect())


def stamp(moment: dt.datetime | None) -> str | None:
    """An aware time as the engine stores it (UTCDateTime: naive UTC, SQLite's format)."""
    if moment is None:
        return None
    return _DATETIME(moment.astimezone(dt.timezone.utc).replace(tzinfo=None))  # type: ignore[misc]


def from_stamp(value: str | dt.datetime) -> dt.datetime:
    """A stored time (SQLite's text, or the server's naive UTC) as an aware one."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return moment.replace(tzinfo=dt.timezone.utc)
