"""The release passes' sheet of the day's workbook: the passes issued that day, whether the
guard's copy came back, and below them the passes of earlier days whose copy was still not
back at the close of the day. The carrier's ID number and phone are masked, as in every
export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from deskapp.domain.services.release_pass_rows import ReleasePassRow
from deskapp.i18n import fill, translate
from deskapp.output.workbook import Column, ColumnKind, Sheet


def state_text(row: ReleasePassRow, today: dt.date) -> str:
    """Where the pass stands: voided (why), its copy back, missing past its day, or out on
    its day."""
    if row.voided:
        return fill(translate("ReleasePassSheet", "Voided: %1"), row.void_reason)
    if row.returned:
        return translate("ReleasePassSheet", "Guard's copy back")
    if row.valid_on < today:
        return translate("ReleasePassSheet", "Copy missing")
    return translate("ReleasePassSheet", "Not yet back")


def release_passes_sheet(day: dt.date, today: dt.date, passes: Iterable[ReleasePassRow],
                         still_out: Sequence[ReleasePassRow],
                         day_count: int | None = None) -> Sheet:
    """``day``'s passes as they stand ``today``, then those of earlier days still out at
    its close (``still_out``, as they stood then)."""
    columns = [
        Column(translate("ReleasePassSheet", "Issued"), ColumnKind.DATETIME),
        Column(translate("ReleasePassSheet", "Number")),
        Column(translate("ReleasePassSheet", "State")),
        Column(translate("ReleasePassSheet", "Copy back"), ColumnKind.DATETIME),
        Column(translate("ReleasePassSheet", "Checked off by")),
        Column(translate("ReleasePassSheet", "Unit")),
        Column(translate("ReleasePassSheet", "Goods")),
        Column(translate("ReleasePassSheet", "Pieces"), ColumnKind.INT),
        Column(translate("ReleasePassSheet", "Plate")),
        Column(translate("ReleasePassSheet", "Carrier")),
        Column(translate("ReleasePassSheet", "ID number")),
        Column(translate("ReleasePassSheet", "Phone")),
        Column(translate("ReleasePassSheet", "Authorised by")),
        Column(translate("ReleasePassSheet", "How")),
        Column(translate("ReleasePassSheet", "Arrears"), ColumnKind.MONEY_FEN),
        Column(translate("ReleasePassSheet", "Approved by")),
        Column(translate("ReleasePassSheet", "Issued by")),
        Column(translate("ReleasePassSheet", "Counter")),
    ]

    def line(row: ReleasePassRow) -> tuple[object, ...]:
        return (row.issued_at, row.number, state_text(row, today),
                row.guard_copy_back_at, row.guard_copy_back_by, row.unit_label,
                row.goods_text, row.pieces, row.plate, row.carrier_name,
                row.carrier_id_masked, row.carrier_phone_masked, row.authorised_by,
                row.authorisation_how.label(), row.arrears_fen or None, row.approved_by,
                row.created_by, row.desk)

    def rows() -> Iterable[tuple[object, ...]]:
        for row in passes:
            yield line(row)
        if still_out:
            yield (None,) * len(columns)
            yield (None, translate("ReleasePassSheet", "Earlier days, copy still missing at "
                                                       "the close"),
                   *(None,) * (len(columns) - 2))
            for row in still_out:
                yield line(row)

    preamble = [(fill(translate("ReleasePassSheet", "Passes issued on %1; below them, passes of "
                                                    "earlier days whose guard's copy was "
                                                    "still missing at the close (%2)"),
                      day.isoformat(), len(still_out)),)]
    count = None if day_count is None else day_count + (len(still_out) + 2 if still_out else 0)
    return Sheet(translate("ReleasePassSheet", "Release passes"), columns, rows(), count,
                 preamble=preamble)
