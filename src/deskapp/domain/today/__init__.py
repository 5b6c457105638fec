"""Today (今日): what needs attention at the counter now, and the day in pictures."""

from deskapp.domain.today.board import TodayBoard, TodaySnapshot
from deskapp.domain.today.items import (
    ENTRIES_SHOWN,
    AttentionGroup,
    AttentionSource,
    Entry,
    Link,
    SourceContext,
    Urgency,
)
from deskapp.domain.today.registry import SOURCES
from deskapp.domain.today.series import DailyTakings, HourlyVisits, WeeklyRequests

__all__ = [
    "ENTRIES_SHOWN", "SOURCES", "AttentionGroup", "AttentionSource", "DailyTakings", "Entry",
    "HourlyVisits", "Link", "SourceContext", "TodayBoard", "TodaySnapshot", "Urgency",
    "WeeklyRequests",
]
