"""The summary sheet that opens the day's workbook: the day's figures and what was still
open, as plain values (never a formula), so any reader sees them without recalculating."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from deskapp.domain.clock import format_local
from deskapp.domain.day_closing.figures import DayFigures
from deskapp.domain.day_closing.open_items import OpenItems
from deskapp.domain.day_closing.service import ClosingRow
from deskapp.i18n import fill, translate
from deskapp.output.workbook import Column, ColumnKind, Sheet


def summary_sheet(figures: DayFigures, open_items: Sequence[OpenItems],
                  closing: ClosingRow | None, drawn_at: dt.datetime, org: str = "",
                  tz: dt.tzinfo | None = None) -> Sheet:
    """The "Summary" sheet of ``figures.day``: one row per figure (a count, an amount in
    yuan, what it covers), then each group still open with its first names."""
    title = fill(translate("DaySummary", "Front desk, %1"), figures.day.isoformat())
    # The workbook of the closing itself is written just before the closing is recorded.
    state = fill(translate("DaySummary", "As it stood at %1"), format_local(drawn_at, tz))
    if closing is not None:
        state = fill(translate("DaySummary", "Closed at %1 by %2; as it stood at %3"),
                     format_local(closing.closed_at, tz), closing.closed_by or "-",
                     format_local(drawn_at, tz))
    preamble = [(fill("%1 — %2", org, title) if org else title,), (state,),
                (translate("DaySummary", "Every counter's records of the day."),)]
    columns = [Column(translate("DaySummary", "Figure")),
               Column(translate("DaySummary", "Count"), ColumnKind.INT),
               Column(translate("DaySummary", "Amount (yuan)"), ColumnKind.MONEY_FEN),
               Column(translate("DaySummary", "Details"))]
    rows = list(_figure_rows(figures)) + list(_open_rows(open_items))
    return Sheet(translate("DaySummary", "Summary"), columns, rows, len(rows),
                 preamble=preamble)


def _figure_rows(f: DayFigures) -> Iterable[tuple[object, ...]]:
    yield (translate("DaySummary", "Visits"), f.visits, None,
           fill(translate("DaySummary", "%1 people"), f.visitors))
    yield (translate("DaySummary", "Calls"), f.calls, None, "")
    yield (translate("DaySummary", "Requests received"), f.requests_received, None, "")
    yield (translate("DaySummary", "Requests closed"), f.requests_closed, None, "")
    yield (translate("DaySummary", "Keys lent"), f.keys_lent, None, "")
    yield (translate("DaySummary", "Keys returned"), f.keys_returned, None, "")
    yield (translate("DaySummary", "Receipts issued"), f.receipts, None,
           fill(translate("DaySummary", "%1 voided"), f.receipts_voided)
           if f.receipts_voided else "")
    for takings in f.takings:
        yield (fill(translate("DaySummary", "Takings: %1"), takings.method.label()),
               takings.receipts, takings.amount_fen, "")
    yield (translate("DaySummary", "Takings, total"), sum(t.receipts for t in f.takings),
           f.takings_fen, translate("DaySummary", "Receipts not voided"))
    yield (translate("DaySummary", "Deposits refunded"), None, f.deposits_refunded_fen, "")
    yield (translate("DaySummary", "Parcels received"), f.parcels_received, None, "")
    yield (translate("DaySummary", "Parcel collections"), f.parcels_collected, None, "")
    yield (translate("DaySummary", "Release passes issued"), f.release_passes, None, "")


def _open_rows(open_items: Sequence[OpenItems]) -> Iterable[tuple[object, ...]]:
    for item in open_items:
        shown = "、".join(item.names)
        if item.count > len(item.names):
            shown = fill(translate("DaySummary", "%1 and %2 more"), shown,
                         item.count - len(item.names))
        yield (fill(translate("DaySummary", "Open: %1"), item.group.label()), item.count, None,
               shown)
