"""The request log's figure: a search of the list (its first page), the open and overdue
count under it, the review before closing, and the monthly summary (the month's requests
with their revisits, summarised) — each beside the bare tool's plain SQL reading the same
rows.

The bare tool is the one of :mod:`deskapp.bench.run` (sqlite3 on the file, psycopg on a
server): anything with ``rows(sql, args)``, ``stored(moment)`` and ``like``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Protocol

from deskapp.bench.figures import Figure, like_sql, median, round_figure, slowest, timed_ms
from deskapp.domain.requests.log import RequestLog
from deskapp.domain.requests.records import RequestFilter, RequestQuery, State
from deskapp.domain.requests.summary import month_days
from deskapp.usecases.requests_month import month_report

# What the list searches (the request log's own columns; the pinyin is the index's).
REQUEST_SEARCHED = ("complainant", "phone", "about_label", "number", "department_label")
_HANDLING = [s.value for s in State if s.being_handled]


class BareTool(Protocol):
    """The bare database tool the figures compare with."""

    like: str

    def rows(self, sql: str, args: list[Any] | tuple[Any, ...] = ()) -> list[Any]: ...

    def stored(self, moment: dt.datetime) -> Any: ...


def requests_figure(services, bare: BareTool, repeat: int) -> Figure:  # type: ignore[no-untyped-def]
    """The slowest of the request log's reads, each the median of ``repeat``."""
    log: RequestLog = services.requests
    clock = services.clock
    today = clock.today()
    first = today - dt.timedelta(days=5 * 366)
    start, end = (bare.stored(t) for t in clock.day_bounds(first, today))
    parts: dict[str, Figure] = {}
    for label, word in search_words(bare):
        parts[f"list search, {label}: {word}"] = _search(
            log, bare, repeat, RequestQuery(first, today, word), start, end)
    parts["open and overdue count"] = _open_count(log, bare, repeat, first, today)
    parts["review before closing"] = _review(log, bare, repeat)
    last_month = today.replace(day=1) - dt.timedelta(days=1)
    parts[f"monthly summary: {last_month:%Y-%m}"] = _month(
        services, bare, repeat, last_month.year, last_month.month)
    return slowest(parts)


def search_words(bare: BareTool) -> list[tuple[str, str]]:
    """Words taken from the file: a complainant's first two characters (the first page of
    a list search), a request's number (one row)."""
    found = bare.rows("SELECT complainant, number FROM request WHERE id >= "
                      "(SELECT max(id) / 3 FROM request) ORDER BY id LIMIT 1")
    if not found:
        return []
    complainant, number = found[0]
    return [("name", complainant[:2]), ("number", number)]


def read_month(services, year: int, month: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The monthly summary (月度投诉一览表) as the requests window draws it: the month's
    requests, their revisits and working days, summarised; returns how many requests and
    revisits it read."""
    report = month_report(services, year, month)
    return len(report.rows), sum(len(v) for v in report.revisits.values())


def _search(log: RequestLog, bare: BareTool, repeat: int, query: RequestQuery,
            start: Any, end: Any) -> Figure:
    sql = like_sql("request", REQUEST_SEARCHED, "received_at", bare.like)
    pattern = "%" + re.sub(r"([\\%_])", r"\\\1", query.text) + "%"
    args = [start, end, *[pattern] * len(REQUEST_SEARCHED)]
    ours, theirs, counts = [], [], []
    for _ in range(repeat):
        ours.append(timed_ms(lambda: log.page(query)))
        theirs.append(timed_ms(lambda: bare.rows(sql, args)))
        counts.append(timed_ms(lambda: log.count(query)))
    return Figure(median(ours), median(theirs),
                  extra={"rows": len(log.page(query)), "count_ms": round_figure(median(counts))})


def _open_count(log: RequestLog, bare: BareTool, repeat: int, first: dt.date,
                today: dt.date) -> Figure:
    """The list filtered to the overdue ones: how many, and the open, overdue and revisit
    counts under it."""
    query = RequestQuery(first, today, only=RequestFilter.OVERDUE)
    marks = ", ".join("?" * len(_HANDLING))
    overdue = (f"SELECT count(*) FROM request WHERE state IN ({marks}) AND paused_at IS NULL "
               f"AND due_at IS NOT NULL AND due_at < ?")
    still_open = "SELECT state, due_at, paused_at, revisit_due FROM request WHERE state <> ?"

    def plain() -> None:
        bare.rows(overdue, [*_HANDLING, bare.stored(dt.datetime.now(dt.UTC))])
        bare.rows(still_open, [State.CLOSED.value])

    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(timed_ms(lambda: log.count(query)))
        theirs.append(timed_ms(plain))
    summary = log.count(query)
    return Figure(median(ours), median(theirs),
                  extra={"open": summary.open, "overdue": summary.overdue,
                         "revisits_due": summary.revisits_due})


def _review(log: RequestLog, bare: BareTool, repeat: int) -> Figure:
    """Everything not yet resolved, overdue first: the review before closing."""
    sql = (f"SELECT * FROM request WHERE state IN ({', '.join('?' * len(_HANDLING))}) "
           f"ORDER BY due_at, id")
    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(timed_ms(log.review_list))
        theirs.append(timed_ms(lambda: bare.rows(sql, _HANDLING)))
    return Figure(median(ours), median(theirs), extra={"rows": len(log.review_list())})


def _month(services, bare: BareTool, repeat: int, year: int,  # type: ignore[no-untyped-def]
           month: int) -> Figure:
    start, end = (bare.stored(t) for t in services.clock.day_bounds(*month_days(year, month)))
    taken = "received_at >= ? AND received_at < ?"
    requests = f"SELECT * FROM request WHERE {taken} ORDER BY received_at, id"
    revisits = (f"SELECT * FROM revisit WHERE request_id IN (SELECT id FROM request WHERE "
                f"{taken}) ORDER BY at, id")

    def plain() -> None:
        bare.rows(requests, [start, end])
        bare.rows(revisits, [start, end])

    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(timed_ms(lambda: read_month(services, year, month)))
        theirs.append(timed_ms(plain))
    rows, revisited = read_month(services, year, month)
    return Figure(median(ours), median(theirs), extra={"rows": rows, "revisits": revisited})
