"""What Today shows: groups of things that need attention, each from one source.

A source is one small read a workspace's rules contribute (:class:`AttentionSource`): it
counts what it watches and reads the first few of them, through the indexes that hold
exactly the open records (never the years of history), and returns one
:class:`AttentionGroup`. The registry (:mod:`deskapp.domain.today.registry`) lists them in
the order the tiles are laid out; adding a source is adding an entry there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session

from deskapp.domain.clock import Clock
from deskapp.domain.record_kinds import RecordKind

# How many entries a group lists under its count (the rest are in the workspace).
ENTRIES_SHOWN = 5


class Urgency(StrEnum):
    """How much a group (or one of its entries) asks for the receptionist's attention."""

    NORMAL = "normal"  # the day's business: shown, nothing to do yet
    ATTENTION = "attention"  # due today, or waiting longer than it should
    OVERDUE = "overdue"  # past its time: act now

    @property
    def rank(self) -> int:
        """0, 1, 2: for taking the most urgent of several."""
        return list(Urgency).index(self)


def most_urgent(*levels: Urgency) -> Urgency:
    """The highest of ``levels`` (normal for none)."""
    return max(levels, key=lambda u: u.rank, default=Urgency.NORMAL)


@dataclass(frozen=True)
class Link:
    """The record an entry opens: a kind and an id."""

    kind: RecordKind
    record_id: int


@dataclass(frozen=True)
class Entry:
    """One line under a group's count: what it is, its time or amount (shown at the line's
    end), and the record it opens (if any)."""

    text: str
    link: Link | None = None
    urgency: Urgency = Urgency.NORMAL
    aside: str = ""


@dataclass(frozen=True)
class AttentionGroup:
    """One tile of Today.

    Attributes:
        key: The source's stable name ("on_site", "keys_out" …).
        title: What is counted, in the user's language.
        count: How many (the big number), unless ``figure`` says it otherwise.
        urgency: The colour of the tile: the most urgent of what is counted.
        entries: The first few, most urgent first (at most the limit the board reads).
        workspace: The workspace that keeps them (its registry name), opened by a group
            or an entry without a link.
        figure: The big text instead of the count ("¥1,234.00"); "" shows the count.
        note: A short line under the big figure ("2 over time"), or "".
        empty: What the tile says when it lists nothing ("" : the tile's own default).
    """

    key: str
    title: str
    count: int
    urgency: Urgency
    entries: tuple[Entry, ...]
    workspace: str
    figure: str = ""
    note: str = ""
    empty: str = ""

    @property
    def big_text(self) -> str:
        """What the tile shows large."""
        return self.figure or str(self.count)


@dataclass(frozen=True)
class SourceContext:
    """What every source reads with: the time now (one instant for all), the counter's
    clock and settings, and how many entries to read."""

    clock: Clock
    now: dt.datetime
    late_hour: int
    limit: int = ENTRIES_SHOWN

    @property
    def today(self) -> dt.date:
        """Today's local date."""
        return self.clock.local(self.now).date()

    def day_bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """Today's [start, end) as UTC instants."""
        return self.clock.day_bounds(self.today)

    def time_text(self, moment: dt.datetime) -> str:
        """``moment`` as an entry shows it: 14:05 today, 11-22 on another day (the hour of
        another day's moment matters less than the room for the name beside it)."""
        local = self.clock.local(moment)
        if local.date() == self.today:
            return local.strftime("%H:%M")
        return local.strftime("%m-%d")


@dataclass(frozen=True)
class AttentionSource:
    """One entry of the registry: a name, the workspace it belongs to, and its read (in
    the board's one session, at the context's instant)."""

    key: str
    workspace: str
    read: Callable[[Session, SourceContext], AttentionGroup]


def shorten(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
