"""Numbers that must never repeat or skip (pass numbers, later receipt numbers).

Each series is one row of the ``counter`` table, incremented inside the transaction that
saves the record carrying the number: two counters (or two processes) can never get the
same number, and a save that fails gives its number back. Never ``max()+1``: it repeats
under concurrency and sorts ``…-9999`` above ``…-10000`` as text.
"""

from __future__ import annotations

from sqlmodel import Session

from deskapp.db.dialect import insert_or_increment
from deskapp.db.models import Counter


def next_number(session: Session, series: str) -> int:
    """The next number of ``series`` (1 for a new series), taken in ``session``'s transaction."""
    return insert_or_increment(session, Counter.__table__, {"series": series}, "value")
