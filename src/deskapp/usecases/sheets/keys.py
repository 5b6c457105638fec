"""Key custody's sheets of the day's workbook: the day's movements, and the keys out at the
close of the day."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from deskapp.usecases.day_export import DaySheetSource

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.workbook import Sheet


def _movements(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.key_sheets import movements_sheet

    moves = domain.keys.movements(day, desk=desk)
    return movements_sheet(moves, len(moves))


def _keys_out(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.key_sheets import keys_out_sheet

    # A past day's workbook lists that evening's keys out, not today's.
    return keys_out_sheet(domain.keys.out_at_close(day, desk))


KEY_MOVEMENTS = DaySheetSource("key-movements", _movements)
KEYS_OUT = DaySheetSource("keys-out", _keys_out)
