"""The print log: every document that left the counter, printed on paper or saved as a PDF.

A preview is not in it: only what left the counter is. The first print or save of a record
is its original; once the log holds one, every later print of the same record is a copy and
says so on the paper, so a second visitor pass or receipt can never pass for the first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.models import PrintedCopy
from deskapp.domain.clock import Clock
from deskapp.domain.operators import Operator

# The columns' widths (PostgreSQL enforces them; SQLite would silently keep more).
KIND_LIMIT = 32
REFERENCE_LIMIT = 64
ARCHIVE_NAME_LIMIT = 255


class PrintedHow(StrEnum):
    """How a document left the counter."""

    PRINTED = "printed"
    SAVED = "saved"  # saved as a PDF (from the preview, or by ``deskapp print``)


@dataclass(frozen=True)
class PrintedCopyRow:
    """One print or save of a document. ``at`` is aware UTC."""

    id: int
    kind: str
    reference: str
    how: PrintedHow
    archive_name: str
    at: dt.datetime
    created_by: str = ""
    desk: str = ""


class PrintLog:
    """Records prints and saves, and tells whether the next one is a copy."""

    def __init__(self, engine: Engine, clock: Clock, operator: Operator) -> None:
        self._engine = engine
        self._clock = clock
        self._operator = operator

    def printed_before(self, kind: str, reference: str) -> bool:
        """True when the record ``reference`` of ``kind`` was printed or saved before: what
        prints now is a copy."""
        with Session(self._engine) as session:
            first = session.exec(select(PrintedCopy.id).where(
                PrintedCopy.kind == kind, PrintedCopy.reference == reference).limit(1)).first()
        return first is not None

    def record(self, kind: str, reference: str, how: PrintedHow,
               archive_name: str) -> PrintedCopyRow:
        """Note that the document left the counter, signed by the operator, in one transaction.

        Args:
            kind: The document kind (``visitor-pass``).
            reference: The record's number as the document names it (``V261123-0001``).
            how: Printed, or saved as a PDF.
            archive_name: The archived PDF, relative to the archive folder.

        Raises:
            ValueError: A value is empty or longer than its column (a programming error:
                these come from the document specs, never from typing).
        """
        _check("kind", kind, KIND_LIMIT)
        _check("reference", reference, REFERENCE_LIMIT)
        _check("archive_name", archive_name, ARCHIVE_NAME_LIMIT)
        entry = PrintedCopy(kind=kind, reference=reference, how=PrintedHow(how).value,
                            archive_name=archive_name, at=self._clock.now(),
                            **self._operator.signature())
        with write_session(self._engine) as session:
            session.add(entry)
            session.commit()
            return _row(entry)

    def copies(self, kind: str, reference: str) -> list[PrintedCopyRow]:
        """Every print and save of one record, the original first."""
        with Session(self._engine) as session:
            found = session.exec(select(PrintedCopy).where(
                PrintedCopy.kind == kind, PrintedCopy.reference == reference)
                .order_by(col(PrintedCopy.at), col(PrintedCopy.id))).all()
            return [_row(entry) for entry in found]


def _check(name: str, value: str, limit: int) -> None:
    if not value or len(value) > limit:
        raise ValueError(f"print log {name} must be 1-{limit} characters, got {value!r}")


def _row(entry: PrintedCopy) -> PrintedCopyRow:
    assert entry.id is not None
    return PrintedCopyRow(entry.id, entry.kind, entry.reference, PrintedHow(entry.how),
                          entry.archive_name, entry.at, entry.created_by, entry.desk)
