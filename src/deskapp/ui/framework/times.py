"""Moments on screen: how the lists show one (the hour for today, the date and hour
before), and date and date-time boxes that show and read them in the counter's zone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.clock import Clock


def when(clock: Clock, value: dt.datetime | None) -> str:
    """``value`` in the counter's time: "14:05" today, "2026-11-27 14:05" before."""
    if value is None:
        return ""
    local = clock.local(value)
    return local.strftime("%H:%M") if local.date() == clock.today() \
        else local.strftime("%Y-%m-%d %H:%M")


def show_moment(edit: QDateTimeEdit, clock: Clock, moment: dt.datetime) -> None:
    """Put an aware instant into a date-time box, in the counter's local time."""
    edit.setDateTimeRange(QDateTime(dt.datetime.combine(FIRST_DAY, dt.time())),
                          QDateTime(dt.datetime.combine(LAST_DAY, dt.time(23, 59))))
    edit.setDateTime(QDateTime(clock.local(moment).replace(tzinfo=None, second=0,
                                                           microsecond=0)))


def typed_moment(edit: QDateTimeEdit, clock: Clock) -> dt.datetime:
    """The instant a date-time box holds (read as the counter's local time)."""
    return clock.from_local(edit.dateTime().toPython())


def show_day(edit: QDateEdit, day: dt.date) -> None:
    """Put a day into a date box that takes any day deskapp takes."""
    edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
    edit.setDate(QDate(day))
