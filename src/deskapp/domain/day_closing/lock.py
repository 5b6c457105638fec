"""A closed day's records stay as they were closed: the check a service makes inside its
own saving transaction (the fee collection refuses to void or issue a receipt on one)."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from deskapp.db.day_models import DayClosing
from deskapp.domain.clock import Clock
from deskapp.domain.errors import DomainError
from deskapp.i18n import fill, translate


def closing_of(session: Session, day: dt.date) -> DayClosing | None:
    """The closing of ``day``, if it was closed (read in the caller's transaction)."""
    return session.exec(select(DayClosing).where(DayClosing.day == day)).first()


def refuse_closed_receipts(session: Session, day: dt.date, clock: Clock) -> None:
    """Refuse a change to ``day``'s receipts once the day is closed.

    Raises:
        DomainError: the day was closed.
    """
    closed = closing_of(session, day)
    if closed is not None:
        raise DomainError(fill(translate(
            "DayClosing", "%1 was closed at %2 by %3: that day's receipts can no longer "
            "change."), day.isoformat(), clock.local(closed.closed_at).strftime("%H:%M"),
            closed.closed_by or translate("DayClosing", "the counter")))
