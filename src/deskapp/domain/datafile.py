"""What a data file holds, across every workspace."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session, SQLModel, select

from deskapp.db.models import (
    Call,
    DenyEntry,
    Department,
    KeySet,
    PhoneEntry,
    Request,
    TempPass,
    Unit,
    Visit,
    WatchEntry,
)

# The tables of the counter's records: a row in any of them makes a file "real".
# A workspace adds its own.
RECORD_TABLES: tuple[type[SQLModel], ...] = (Visit, Unit, Department, DenyEntry, WatchEntry,
                                             TempPass, Call, PhoneEntry, Request,
                                             KeySet)


def holds_records(engine: Engine) -> bool:
    """Whether the file holds any of the counter's records (made up or real)."""
    with Session(engine) as session:
        return any(session.exec(select(table.id).limit(1)).first() is not None  # type: ignore[attr-defined]
                   for table in RECORD_TABLES)
