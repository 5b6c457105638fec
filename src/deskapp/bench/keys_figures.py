"""Key custody's figures: the cabinet board, the keys still out and overdue, the loan list's
first page (a month, a search), and one issue and one return saved through key custody —
each beside the bare tool's plain SQL reading the same rows (or its INSERT, for a save).

The bare tool is the one of :mod:`deskapp.bench.run` (sqlite3 on the file, psycopg on a
server): anything with ``rows(sql, args)``, ``stored(moment)`` and ``like``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from deskapp.bench.figures import Figure, like_sql, median, round_figure, slowest, timed_ms
from deskapp.bench.requests_figures import BareTool
from deskapp.domain.identity import id18_check_char
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.keys.records import IssueInput, KeyKind, LoanPurpose, LoanQuery
from deskapp.domain.keys.stored import LOAN_SEARCHED

NAMES = ("keys_board_ms", "keys_out_ms", "key_loans_page_ms", "key_issue_ms", "key_return_ms")
_GONE = ("handed_over", "retired")
_BORROWER_ID = "11010519900307123"


def keys_figures(services, bare: BareTool, repeat: int,  # type: ignore[no-untyped-def]
                 bare_insert: Callable[[int], None]) -> dict[str, Figure]:
    """Each figure the median of ``repeat``; ``bare_insert(n)`` is the bare tool's save."""
    keys: KeyCustody = services.keys
    saves = _saves(keys, bare_insert, repeat)
    return {"keys_board_ms": _board(keys, bare, repeat),
            "keys_out_ms": _out(keys, bare, repeat),
            "key_loans_page_ms": _pages(services, bare, repeat), **saves}


def _board(keys: KeyCustody, bare: BareTool, repeat: int) -> Figure:
    """The cabinet at a glance: every set in the desk's care, with the loan it is out on."""
    def plain() -> None:
        bare.rows("SELECT * FROM keyset WHERE state NOT IN (?, ?)", _GONE)
        bare.rows("SELECT * FROM keyloan WHERE closed_at IS NULL")

    ours = [timed_ms(keys.board) for _ in range(repeat)]
    theirs = [timed_ms(plain) for _ in range(repeat)]
    board = keys.board()
    return Figure(median(ours), median(theirs),
                  extra={"sets": len(board), "out": sum(e.loan is not None for e in board)})


def _out(keys: KeyCustody, bare: BareTool, repeat: int) -> Figure:
    """The keys still out (the handover's list at closing) and the overdue ones."""
    def ours() -> None:
        keys.still_out()
        keys.overdue()

    def plain() -> None:
        bare.rows("SELECT * FROM keyloan WHERE closed_at IS NULL ORDER BY expected_back, id")
        bare.rows("SELECT * FROM keyloan WHERE closed_at IS NULL AND expected_back < ? "
                  "ORDER BY expected_back, id", [bare.stored(dt.datetime.now(dt.UTC))])

    mine = [timed_ms(ours) for _ in range(repeat)]
    theirs = [timed_ms(plain) for _ in range(repeat)]
    return Figure(median(mine), median(theirs),
                  extra={"out": len(keys.still_out()), "overdue": len(keys.overdue())})


def search_words(bare: BareTool) -> list[tuple[str, str]]:
    """A borrower's first two characters and a phone's last four digits, from the data."""
    found = bare.rows("SELECT borrower_name, phone FROM keyloan WHERE id >= "
                      "(SELECT max(id) / 3 FROM keyloan) AND phone <> '' ORDER BY id LIMIT 1")
    if not found:
        return []
    name, phone = found[0]
    return [("name", name[:2]), ("phone, 4 digits", phone[-4:])]


def _pages(services, bare: BareTool, repeat: int) -> Figure:  # type: ignore[no-untyped-def]
    """The loan list's first page: last month's loans, a name searched in them, and a word
    searched over five years."""
    clock, keys = services.clock, services.keys
    today = clock.today()
    last_month = today.replace(day=1) - dt.timedelta(days=1)
    month = (last_month.replace(day=1), last_month)
    years = (today - dt.timedelta(days=5 * 366), today)
    parts: dict[str, Figure] = {}
    words = search_words(bare)
    parts[f"month {last_month:%Y-%m}"] = _page(keys, bare, repeat, LoanQuery(*month))
    for label, word in words[:1]:
        parts[f"month {last_month:%Y-%m}, {label}: {word}"] = _page(
            keys, bare, repeat, LoanQuery(*month, text=word))
    for label, word in words:
        parts[f"five years, {label}: {word}"] = _page(
            keys, bare, repeat, LoanQuery(*years, text=word))
    return slowest(parts)


def _page(keys: KeyCustody, bare: BareTool, repeat: int, query: LoanQuery) -> Figure:
    start, end = (bare.stored(t) for t in keys.clock.day_bounds(query.first_day,
                                                                 query.last_day))
    if query.text:
        sql = like_sql("keyloan", tuple(c.key for c in LOAN_SEARCHED), "out_at", bare.like)
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", query.text) + "%"
        args: list[Any] = [start, end, *[pattern] * len(LOAN_SEARCHED)]
    else:
        sql = ("SELECT * FROM keyloan WHERE out_at >= ? AND out_at < ? "
               "ORDER BY out_at DESC, id DESC LIMIT 200")
        args = [start, end]
    ours, theirs, counts = [], [], []
    for _ in range(repeat):
        ours.append(timed_ms(lambda: keys.page(query)))
        theirs.append(timed_ms(lambda: bare.rows(sql, args)))
        counts.append(timed_ms(lambda: keys.count(query)))
    return Figure(median(ours), median(theirs),
                  extra={"rows": len(keys.page(query)),
                         "count_ms": round_figure(median(counts))})


def _saves(keys: KeyCustody, bare_insert: Callable[[int], None],
           repeat: int) -> dict[str, Figure]:
    """Keys of a set in the cabinet signed out and taken back by their tag, ``repeat``
    sets, beside the bare tool's INSERT committed."""
    free = [e.key_set for e in keys.board() if e.key_set.available and e.loan is None
            and e.key_set.kind is not KeyKind.ENTRUSTED][:repeat]
    issues, returns, inserts = [], [], []
    borrower_id = _BORROWER_ID + id18_check_char(_BORROWER_ID)
    for number, key_set in enumerate(free):
        data = IssueInput(key_set.id, "测试借用人", keys.clock.now() + dt.timedelta(hours=2),
                          phone="13800138000", id_number=borrower_id, company="星光电子",
                          purpose=LoanPurpose.REPAIR, authorised_by="工程部张主管")
        issues.append(timed_ms(lambda d=data: keys.issue(d)))
        returns.append(timed_ms(lambda tag=key_set.tag: keys.return_keys(tag)))
        inserts.append(timed_ms(lambda n=number: bare_insert(n)))
    return {"key_issue_ms": Figure(median(issues), median(inserts),
                                   extra={"first_ms": round_figure(issues[0] if issues else 0)}),
            "key_return_ms": Figure(median(returns), median(inserts),
                                    extra={"first_ms": round_figure(returns[0] if returns
                                                                    else 0)})}
