"""Today's figure: everything the Today tab reads — every attention source and the three
series — on five years of records, beside the bare tool's plain SQL counting the same open
records and reading the same ranges."""

from __future__ import annotations

import datetime as dt

from deskapp.bench.figures import Figure, median, timed_ms
from deskapp.bench.requests_figures import BareTool
from deskapp.domain.today import TodayBoard

NAMES = ("today_ms",)

_OPEN_COUNTS = (
    "SELECT count(*) FROM visit WHERE time_out IS NULL AND voided_at IS NULL",
    "SELECT count(*) FROM callmessage WHERE delivered_at IS NULL",
    "SELECT count(*) FROM call WHERE callback_due IS NOT NULL AND callback_done_at IS NULL",
    "SELECT count(*) FROM request WHERE state IN ('registered', 'dispatched', 'in_progress')",
    "SELECT count(*) FROM request WHERE state = 'resolved' AND revisit_due IS NOT NULL",
    "SELECT count(*) FROM keyloan WHERE closed_at IS NULL",
    "SELECT count(*) FROM parcel WHERE state = 'waiting'",
    "SELECT count(*) FROM releasepass WHERE guard_copy_back_at IS NULL AND voided_at IS NULL",
)


def today_figure(services, bare: BareTool, repeat: int) -> Figure:  # type: ignore[no-untyped-def]
    """The Today tab's whole read (:meth:`TodayBoard.snapshot`), the median of ``repeat``."""
    board: TodayBoard = services.today
    clock = services.clock
    today = clock.today()
    day = [bare.stored(t) for t in clock.day_bounds(today)]
    weeks_ago = bare.stored(clock.day_bounds(today - dt.timedelta(weeks=12))[0])
    month = bare.stored(clock.day_bounds(today.replace(day=1))[0])

    def plain() -> None:
        for sql in _OPEN_COUNTS:
            bare.rows(sql)
        for weeks in range(5):  # today and the same weekday of the four weeks before
            start, end = (bare.stored(t) for t in clock.day_bounds(
                today - dt.timedelta(weeks=weeks)))
            bare.rows("SELECT time_in FROM visit WHERE time_in >= ? AND time_in < ?",
                      [start, end])
        bare.rows("SELECT received_at, severity FROM request WHERE received_at >= ?",
                  [weeks_ago])
        bare.rows("SELECT issued_at, total_fen FROM receipt WHERE issued_at >= ? "
                  "AND voided_at IS NULL", [month])
        bare.rows("SELECT count(*), sum(total_fen) FROM receipt WHERE issued_at >= ? "
                  "AND issued_at < ? AND voided_at IS NULL", day)

    ours = [timed_ms(board.snapshot) for _ in range(repeat)]
    bares = [timed_ms(plain) for _ in range(repeat)]
    groups = board.attention()
    return Figure(median(ours), median(bares),
                  extra={"groups": len(groups),
                         "open_items": sum(g.count for g in groups if g.key != "takings")})
