"""The day's closing (日结): what is still open, the day's figures, and the one record that
says the day is closed — written once, in one transaction, after every open group was
confirmed by the receptionist."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from deskapp.db.day_models import DayClosing
from deskapp.db.engine import write_session
from deskapp.domain import checks
from deskapp.domain.clock import Clock
from deskapp.domain.day_closing.figures import DayFigures, read_figures
from deskapp.domain.day_closing.late import LateRule
from deskapp.domain.day_closing.lock import closing_of
from deskapp.domain.day_closing.open_items import OpenGroup, OpenItems, read_open_items
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.operators import Operator
from deskapp.i18n import fill, translate

NOTE_LIMIT = 500
PATH_LIMIT = 500  # as DayClosing keeps the workbook's and the backup's place
# Another counter's closing shows in the late marks within this many seconds.
LATE_RULE_SECONDS = 30.0


@dataclass(frozen=True)
class ClosingRow:
    """A closed day as the rest of deskapp sees it."""

    id: int
    day: dt.date
    closed_at: dt.datetime
    closed_by: str
    desk: str
    open_items: tuple[str, ...]  # "group: count", as confirmed
    workbook: str
    backup: str
    note: str


class DayClosings:
    """Closing a day, and reading what is closed."""

    def __init__(self, engine: Engine, clock: Clock, fees: FeeCollection,
                 operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._fees = fees
        self._operator = operator or Operator()
        self._rule: LateRule | None = None
        self._rule_read = 0.0

    # --- Reading
    def open_items(self, day: dt.date) -> list[OpenItems]:
        """Each group still open at the close of ``day`` (empty groups included), in the
        order the receptionist confirms them."""
        day = self._day(day)
        cashiers = self._fees.cashiers_on(day)
        with Session(self._engine) as session:
            return read_open_items(session, day, self._clock.day_bounds(day)[1], cashiers)

    def figures(self, day: dt.date) -> DayFigures:
        """``day``'s figures for its summary sheet."""
        day = self._day(day)
        start, end = self._clock.day_bounds(day)
        with Session(self._engine) as session:
            return read_figures(session, day, start, end)

    def is_closed(self, day: dt.date) -> bool:
        """Whether ``day`` was closed."""
        return self.closing(day) is not None

    def closing(self, day: dt.date) -> ClosingRow | None:
        """The closing of ``day`` (None: still open)."""
        day = self._day(day)
        with Session(self._engine) as session:
            found = closing_of(session, day)
            return _row(found) if found is not None else None

    def late_rule(self) -> LateRule:
        """The closed days, for marking late entries; read again at most every
        :data:`LATE_RULE_SECONDS` (a list asks for every row it paints)."""
        if self._rule is None or time.monotonic() - self._rule_read > LATE_RULE_SECONDS:
            with Session(self._engine) as session:
                closed = {c.day: c.closed_at for c in session.exec(select(DayClosing))}
            self._rule = LateRule(closed, self._clock.tz)
            self._rule_read = time.monotonic()
        return self._rule

    def is_late(self, dated_at: dt.datetime | None, saved_at: dt.datetime | None) -> bool:
        """Whether a record dated ``dated_at``, saved at ``saved_at``, is a late entry."""
        return self.late_rule().is_late(dated_at, saved_at)

    # --- Closing
    def check(self, day: dt.date, confirmed: Iterable[OpenGroup | str]) -> list[OpenItems]:
        """Refuse before any work is done what :meth:`close` would refuse; returns the
        open groups.

        Raises:
            ValidationError: not a day, a day to come, an open group not confirmed.
            DomainError: the day was closed already.
        """
        day = self._closable(day)
        with Session(self._engine) as session:
            self._refuse_closed(session, day)
        items = self.open_items(day)
        self._refuse_unconfirmed(items, confirmed)
        return items

    def close(self, day: dt.date, confirmed: Iterable[OpenGroup | str], workbook: object = "",
              backup: object = "", note: object = "") -> ClosingRow:
        """Record ``day`` as closed: the open groups as confirmed, where its workbook and
        backup went. Closing today is the normal case at closing time; a day to come is
        refused, and so is a second closing of a day (also by another counter at the same
        moment).

        Raises:
            ValidationError: not a day, a day to come, an open group not confirmed, a
                note or path too long.
            DomainError: the day was closed already.
        """
        day = self._closable(day)
        errors: dict[str, str] = {}
        kept = {name: checks.text(errors, name, value, limit) for name, value, limit in (
            ("workbook", workbook, PATH_LIMIT), ("backup", backup, PATH_LIMIT),
            ("note", note, NOTE_LIMIT))}
        if errors:
            raise ValidationError(errors)
        confirmed = list(confirmed)
        cashiers = self._fees.cashiers_on(day)
        try:
            with write_session(self._engine) as session:
                self._refuse_closed(session, day)
                items = read_open_items(session, day, self._clock.day_bounds(day)[1], cashiers)
                self._refuse_unconfirmed(items, confirmed)
                closing = DayClosing(
                    day=day, closed_at=self._clock.now(), closed_by=self._operator.name,
                    desk=self._operator.desk,
                    open_items="\n".join(i.line() for i in items if i.count),
                    **kept)
                session.add(closing)
                session.commit()
                row = _row(closing)
        except IntegrityError as exc:  # another counter closed the same day just now
            raise DomainError(fill(translate(
                "DayClosing", "%1 was closed at another counter just now."),
                day.isoformat())) from exc
        self._rule = None
        return row

    # --- Checks
    def _day(self, day: object) -> dt.date:
        errors: dict[str, str] = {}
        checked = checks.day(errors, "day", day)
        if errors or checked is None:
            raise ValidationError(errors or {"day": translate("DayClosing", "Choose a day.")})
        return checked

    def _closable(self, day: object) -> dt.date:
        checked = self._day(day)
        if checked > self._clock.today():
            raise ValidationError({"day": translate(
                "DayClosing", "A day is closed at its end, not before it begins.")})
        return checked

    def _refuse_closed(self, session: Session, day: dt.date) -> None:
        closed = closing_of(session, day)
        if closed is not None:
            raise DomainError(fill(translate(
                "DayClosing", "%1 was closed already, at %2 by %3."), day.isoformat(),
                self._clock.local(closed.closed_at).strftime("%H:%M"),
                closed.closed_by or translate("DayClosing", "the counter")))

    @staticmethod
    def _refuse_unconfirmed(items: list[OpenItems], confirmed: list[OpenGroup | str]) -> None:
        ticked = set()
        for group in confirmed:
            try:
                ticked.add(OpenGroup(group))
            except ValueError:
                raise ValidationError({"confirmed": translate(
                    "DayClosing", "Confirm each group that is still open.")}) from None
        missing = [i.group.label() for i in items if i.count and i.group not in ticked]
        if missing:
            raise ValidationError({"confirmed": fill(translate(
                "DayClosing", "Still open and not confirmed: %1."), ", ".join(missing))})


def _row(c: DayClosing) -> ClosingRow:
    return ClosingRow(id=c.id or 0, day=c.day, closed_at=c.closed_at, closed_by=c.closed_by,
                      desk=c.desk, open_items=tuple(filter(None, c.open_items.splitlines())),
                      workbook=c.workbook, backup=c.backup, note=c.note)
