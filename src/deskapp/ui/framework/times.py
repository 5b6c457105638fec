"""How the lists show a moment: the hour for today, the date and hour before."""

from __future__ import annotations

import datetime as dt

from deskapp.domain.clock import Clock


def when(clock: Clock, value: dt.datetime | None) -> str:
    """``value`` in the counter's time: "14:05" today, "2026-11-27 14:05" before."""
    if value is None:
        return ""
    local = clock.local(value)
    return local.strftime("%H:%M") if local.date() == clock.today() \
        else local.strftime("%Y-%m-%d %H:%M")
