"""Working days: China's official calendar (holidays and the weekends worked in exchange,
调休) as published year by year, with the days the administrator marked here on top.

A year the built-in calendar does not know yet counts Monday to Friday until the
administrator enters its holidays (the State Council publishes them each November).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import chinese_calendar
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db import audit
from deskapp.db.engine import write_session
from deskapp.db.models import CalendarDay
from deskapp.domain import checks, paging
from deskapp.domain.operators import Operator
from deskapp.domain.roles import Action, Approval
from deskapp.i18n import fill, translate

_ONE_DAY = dt.timedelta(days=1)
# Deadlines are never set further out than this many working days.
MAX_WORKING_DAYS = 250


def official_known(year: int) -> bool:
    """Whether the built-in calendar has the official holidays of ``year``."""
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def official_working(day: dt.date) -> bool:
    """Whether ``day`` is worked by the official calendar (Monday–Friday if unknown)."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


def official_name(day: dt.date) -> str:
    """The official holiday's name on ``day``, in the user's language (or "")."""
    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return ""
    if name is None:
        return ""
    names = {
        "New Year's Day": translate("Holiday", "New Year's Day"),
        "Spring Festival": translate("Holiday", "Spring Festival"),
        "Tomb-sweeping Day": translate("Holiday", "Qingming Festival"),
        "Labour Day": translate("Holiday", "Labour Day"),
        "Dragon Boat Festival": translate("Holiday", "Dragon Boat Festival"),
        "National Day": translate("Holiday", "National Day"),
        "Mid-autumn Festival": translate("Holiday", "Mid-Autumn Festival"),
    }
    text = names.get(name, name)
    if not on_holiday:  # a weekend worked in exchange for this holiday
        return fill(translate("Holiday", "Worked in exchange: %1"), text)
    return text


@dataclass(frozen=True)
class CalendarEntry:
    """A day that is not an ordinary weekday or weekend: a holiday or a day worked in
    exchange, from the official calendar or marked here."""

    day: dt.date
    working: bool
    name: str
    marked_here: bool  # the administrator's, which wins over the official calendar


class WorkingDays:
    """The working days of a stretch of time, for counting many requests at once."""

    def __init__(self, marked: dict[dt.date, bool]) -> None:
        self._marked = marked

    def is_working(self, day: dt.date) -> bool:
        """Whether the desk counts ``day`` as a working day."""
        marked = self._marked.get(day)
        return official_working(day) if marked is None else marked

    def add(self, day: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``day`` (``day`` itself if count is 0)."""
        found = 0
        while found < count:
            day += _ONE_DAY
            if self.is_working(day):
                found += 1
        return day

    def between(self, first: dt.date, last: dt.date) -> int:
        """How many working days follow ``first`` up to ``last`` included (0 when the same
        day): a request taken on Friday and resolved on Monday took one working day."""
        count, day = 0, first
        while day < last:
            day += _ONE_DAY
            if self.is_working(day):
                count += 1
        return count


class WorkingCalendar:
    """The counter's working days, and the administrator's changes to them."""

    def __init__(self, engine: Engine, operator: Operator | None = None) -> None:
        self._engine = engine
        self._operator = operator or Operator()

    def days(self, first: dt.date, last: dt.date) -> WorkingDays:
        """The working days from ``first`` to ``last`` (one read of the days marked here)."""
        with Session(self._engine) as session:
            marked = session.exec(select(CalendarDay).where(
                CalendarDay.day >= first, CalendarDay.day <= last)).all()
        return WorkingDays({m.day: m.working for m in marked})

    def from_day(self, first: dt.date, span_days: int = 400) -> WorkingDays:
        """The working days from ``first`` on, far enough for any deadline."""
        return self.days(first, first + dt.timedelta(days=span_days))

    def entries(self, year: int) -> list[CalendarEntry]:
        """Every holiday and day worked in exchange of ``year``, official and marked here,
        in date order; a day marked here replaces the official one."""
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        found: dict[dt.date, CalendarEntry] = {}
        day = first
        while day <= last:
            working = official_working(day)
            if working != (day.weekday() < 5):
                found[day] = CalendarEntry(day, working, official_name(day), False)
            day += _ONE_DAY
        with Session(self._engine) as session:
            for m in session.exec(select(CalendarDay).where(
                    CalendarDay.day >= first, CalendarDay.day <= last)):
                found[m.day] = CalendarEntry(m.day, m.working, m.name, True)
        return [found[d] for d in sorted(found)]

    def mark(self, day: dt.date, working: bool, name: str = "",
             approval: Approval | None = None) -> CalendarEntry:
        """Mark ``day`` as a holiday (``working`` False) or a day worked in exchange.

        Raises:
            ValidationError: a bad day or name.
            ApprovalNeeded, NotAllowed: only the administrator changes the calendar.
        """
        errors: dict[str, str] = {}
        checked = checks.day(errors, "day", day)
        working = checks.flag(errors, "working", working)
        name = checks.text(errors, "name", name, 50)
        paging.raise_if(errors)
        assert checked is not None
        approved_by = self._operator.authorise(Action.EDIT_CALENDAR, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            entry = session.get(CalendarDay, checked) or CalendarDay(day=checked, working=working)
            entry.working, entry.name = working, name
            session.add(entry)
            session.commit()
        return CalendarEntry(checked, working, name, True)

    def unmark(self, day: dt.date, approval: Approval | None = None) -> None:
        """Take back a day marked here: the official calendar counts again."""
        approved_by = self._operator.authorise(Action.EDIT_CALENDAR, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            entry = session.get(CalendarDay, day)
            if entry is not None:
                audit.record(session, "unmark", "calendar_day", None,
                             {"day": day.isoformat(), "working": entry.working,
                              "name": entry.name})
                session.delete(entry)
            session.commit()

    def marked_days(self) -> list[dt.date]:
        """Every day marked here, oldest first."""
        with Session(self._engine) as session:
            return list(session.exec(select(CalendarDay.day).order_by(col(CalendarDay.day))))
