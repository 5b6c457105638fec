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
    def tz(self) -> dt.tzinfo | None:
        """The fixed zone a test gave, or None: the PC's own zone rules (DST included)."""
        return self._tz

    def local(self, value: dt.datetime) -> dt.datetime:
        """``value`` in the counter's local time zone."""
        return value.astimezone(self._tz)

    def from_local(self, naive: dt.datetime) -> dt.datetime:
        """A wall-clock time typed at the counter, as an aware UTC instant."""
        if self._tz is not None:
            return naive.replace(tzinfo=self._tz).astimezone(UTC)
        return naive.astimezone(UTC)  # naive means local time, with the PC's rules

    def today(self) -> dt.date:
        """Today's date at the counter."""
        return self.local(self.now()).date()

    def day_bounds(
        self, first: dt.date, last: dt.date | None = None
    ) -> tuple[dt.datetime, dt.datetime]:
        """UTC instants [start of ``first``, start of the day after ``last``) in local time."""
        last = last or first
        return (self.at_local(first, 0), self.at_local(last + dt.timedelta(days=1), 0))

    def at_local(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        """The UTC instant of a local wall-clock time on ``day``."""
        return self.from_local(dt.datetime.combine(day, dt.time(hour, minute)))


def format_local(value: dt.datetime | None, tz: dt.tzinfo | None = None,
                 fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A timestamp as the counter reads it (empty for None); ``tz`` None is the PC's zone.

    Raises:
        ValueError: ``value`` is naive; guessing its zone could print a wrong time.
    """
    if value is None:
        return ""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime cannot be shown reliably: {value!r}")
    return value.astimezone(tz).strftime(fmt)
