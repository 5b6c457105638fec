"""Late entries: a record dated on a day that was closed, but saved after the closing
(a visit checked in afterwards with the time it really happened, a call written up later,
a request received that day and entered the next morning). The one rule for every list
and sheet that marks them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LateRule:
    """The closed days and when each was closed; asks no database, so a list can ask it
    for every row it paints.

    Attributes:
        closed: Each closed day (local date) and the instant it was closed (aware).
        tz: The counter's time zone, in which a record's day is read (None: the PC's).
    """

    closed: Mapping[dt.date, dt.datetime] = field(default_factory=dict)
    tz: dt.tzinfo | None = None

    def is_late(self, dated_at: dt.datetime | None, saved_at: dt.datetime | None) -> bool:
        """Whether a record dated ``dated_at`` and saved at ``saved_at`` is a late entry:
        dated on a closed day and saved after that day was closed."""
        if dated_at is None or saved_at is None:
            return False
        closed_at = self.closed.get(dated_at.astimezone(self.tz).date())
        return closed_at is not None and saved_at > closed_at

    def closed_at(self, day: dt.date) -> dt.datetime | None:
        """When ``day`` was closed (None: still open)."""
        return self.closed.get(day)
