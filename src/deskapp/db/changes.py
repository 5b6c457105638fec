"""How a counter learns that another one saved something: one number that every write
moves on.

Every transaction opened by :func:`deskapp.db.engine.write_session` adds 1 to the
``changes`` row of the counter table just before it commits, in the same transaction. A
window reads the number every few seconds (one primary-key lookup) and reloads what it
shows when the number moved. Nothing is written by reading; a write that rolls back moves
nothing.
"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlmodel import Session

from deskapp.db.models import Counter
from deskapp.db.sequences import next_number

SERIES = "changes"


def mark_changed(session: Session) -> None:
    """Move the change number on, inside ``session``'s transaction."""
    next_number(session, SERIES)


def change_stamp(engine: Engine) -> int:
    """The change number now (0 before anything was saved)."""
    with Session(engine) as session:
        value = session.execute(
            select(Counter.value).where(Counter.series == SERIES)).scalar_one_or_none()
        return int(value or 0)
