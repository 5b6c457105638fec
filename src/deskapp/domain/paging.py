"""History paging, once for every workspace: a query, a cursor, and one keyset page.

Every history is shown a page at a time, newest first by default, over years of records.
OFFSET would read and skip every row before the page; keyset paging starts the index scan
at the last row shown, so a page deep in five years costs what the first one does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import tuple_
from sqlmodel import Session

from deskapp.domain import checks
from deskapp.domain.errors import ValidationError
from deskapp.domain.operators import NAME_LIMIT as DESK_NAME_LIMIT
from deskapp.i18n import fill, translate

# A search longer than this is not a search (and would exceed SQLite's expression depth).
MAX_SEARCH_WORDS = 8
MAX_SEARCH_WORD = 100

Q = TypeVar("Q")


@dataclass(frozen=True)
class PageCursor:
    """Where the next page starts: the sort value and id of the last row shown."""

    value: object
    id: int


def search_words(errors: dict[str, str], text: object) -> list[str]:
    """The words of a search, bounded (at most 8 words of 100 characters)."""
    words = checks.text(errors, "search", text).split()
    if len(words) > MAX_SEARCH_WORDS:
        errors.setdefault("search", fill(translate("Paging", "Search with at most %1 words."),
                                         MAX_SEARCH_WORDS))
    elif any(len(word) > MAX_SEARCH_WORD for word in words):
        errors.setdefault("search", fill(translate(
            "Paging", "A search word can have at most %1 characters."), MAX_SEARCH_WORD))
    return words


def check_days(errors: dict[str, str], first: object, last: object) -> tuple[dt.date, dt.date]:
    """A query's day range, each day within the supported years."""
    first_day = checks.day(errors, "date", first)
    last_day = checks.day(errors, "date", last)
    return first_day or checks.FIRST_DAY, last_day or checks.FIRST_DAY


def check_desk(errors: dict[str, str], value: object) -> str | None:
    """A query's counter: None for every counter, else one counter's name."""
    if value is None:
        return None
    return checks.text(errors, "desk", value, DESK_NAME_LIMIT)


def raise_if(errors: dict[str, str]) -> None:
    """Raise the collected field errors, if any."""
    if errors:
        raise ValidationError(errors)


def keyset_page(session: Session, stmt: Any, sort_column: Any, id_column: Any, *,
                after: PageCursor | None, descending: bool, limit: int) -> list[Any]:
    """Up to ``limit`` rows of ``stmt`` in (sort, id) order, after the cursor ``after``.

    The plain bound on the sort column lets the database start its index scan at the
    cursor; the row-value comparison alone made SQLite walk from the top.
    """
    if after is not None:
        key = tuple_(sort_column, id_column)
        mark = (after.value, after.id)  # each bound with its column's type
        if descending:
            stmt = stmt.where(sort_column <= after.value, key < mark)
        else:
            stmt = stmt.where(sort_column >= after.value, key > mark)
    order = ((sort_column.desc(), id_column.desc()) if descending
             else (sort_column.asc(), id_column.asc()))
    return list(session.exec(stmt.order_by(*order).limit(limit)).all())


def cursor_after(row: Any, sort: str) -> PageCursor:
    """The cursor after ``row`` for a sort whose key is the row's attribute ``sort``."""
    return PageCursor(getattr(row, sort), row.id)


def every_page(page: Callable[[Any, PageCursor | None, int], list[Any]],
               cursor_after: Callable[[Any, Any], PageCursor], query: Any,
               size: int = 500) -> Iterator[Any]:
    """Every row of ``query``, read ``size`` at a time through a service's keyset paging
    (the day's export streams thousands of rows without holding them all)."""
    after = None
    while True:
        rows = page(query, after, size)
        yield from rows
        if len(rows) < size:
            return
        after = cursor_after(rows[-1], query)
