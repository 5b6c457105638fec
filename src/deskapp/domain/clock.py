"""Time at the counter: aware UTC for storage, the PC's local zone for people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

UTC = dt.timezone.utc


class Clock:
    """Tells the time; tests pass a fixed or stepping ``now`` instead of the system clock."""

    def __init__(self, now: Callable[[], dt.datetime] | None = None,
                 tz: dt.tzinfo | None = None) -> None:
        self._now = now or (lambda: dt.datetime.now(UTC))
        self._tz = tz

    def now(self) -> dt.datetime:
        """The current instant, aware, in UTC."""
        value = self._now()
        if value.tzinfo is None:
            raise ValueError("Clock must return aware datetimes")
        return value.astimezone(UTC)

    @property
    def tz(self) -> dt.tzinfo:
        """The counter's local time zone (the PC's, unless a test fixes one)."""
        return self._tz or dt.datetime.now().astimezone().tzinfo or UTC

    def local(self, value: dt.datetime) -> dt.datetime:
        """``value`` in the counter's local time zone."""
        return value.astimezone(self.tz)

    def today(self) -> dt.date:
        """Today's date at the counter."""
        return self.local(self.now()).date()

    def day_bounds(self, first: dt.date, last: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
        """UTC instants [start of ``first``, start of the day after ``last``) in local time."""
        last = last or first
        start = dt.datetime.combine(first, dt.time(), self.tz)
        end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), self.tz)
        return start.astimezone(UTC), end.astimezone(UTC)

    def at_local(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        """The UTC instant of a local wall-clock time on ``day``."""
        return dt.datetime.combine(day, dt.time(hour, minute), self.tz).astimezone(UTC)


def format_local(value: dt.datetime | None, tz: dt.tzinfo | None = None,
                 fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A timestamp as the counter reads it (empty for None)."""
    if value is None:
        return ""
    return value.astimezone(tz).strftime(fmt)
