"""The few statements that differ between SQLite and PostgreSQL, in one place."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session


def insert_or_increment(session: Session, table: Table, key: dict[str, Any], column: str,
                        start: int = 1) -> int:
    """Add 1 to ``column`` of the row with ``key`` (created at ``start``); return the new value.

    One statement (an upsert with RETURNING), so it is atomic on both databases; run it
    inside the transaction that uses the number and a rollback gives the number back.
    """
    dialect = session.get_bind().dialect.name
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect]
    stmt = insert(table).values(**key, **{column: start})
    stmt = stmt.on_conflict_do_update(
        index_elements=list(key), set_={column: table.c[column] + 1},
    ).returning(table.c[column])
    return int(session.execute(stmt).scalar_one())
