"""A hit of the search-everything box, and the finders' registry entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session

from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.search_everything.typed import Typed


@dataclass(frozen=True)
class Hit:
    """One record found.

    Attributes:
        group: The workspace that keeps it (its registry name: visitors, calls, …).
        kind: What it is; with ``record_id`` the link that opens it.
        record_id: Its id.
        title: The line the eye looks for: a name, a number.
        detail: What tells two alike apart; phones masked, ID numbers never shown.
        at: When it happened (None for what has no date: a unit, a key set).
    """

    group: str
    kind: RecordKind
    record_id: int
    title: str
    detail: str
    at: dt.datetime | None = None


@dataclass(frozen=True)
class FindContext:
    """What every finder is given besides the words: how many hits it may return and the
    current year (a number's tail is looked for in the recent years' series)."""

    limit: int
    this_year: int


FindFunction = Callable[[Session, Typed, FindContext], list[Hit]]


@dataclass(frozen=True)
class Finder:
    """One kind of record the box finds: its workspace, its kind and how it is found.

    ``find`` must read through an index for every text it is given (no scan of a table
    that grows with the years) and return at most ``limit`` hits, newest first.
    """

    group: str
    kind: RecordKind
    find: FindFunction


def joined(*parts: str) -> str:
    """The non-empty ``parts`` joined as a detail line."""
    return " · ".join(part for part in parts if part)
