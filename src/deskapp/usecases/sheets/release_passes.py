"""The release passes' sheet of the day's workbook."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from deskapp.usecases.day_export import DaySheetSource

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.workbook import Sheet


def _release_passes(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.release_pass_sheet import release_passes_sheet

    passes = domain.release_passes
    # A past day's workbook lists the copies missing that evening, not today's.
    return release_passes_sheet(day, domain.clock.today(), passes.day_passes(day, desk),
                                passes.still_out_at_close(day, desk))


RELEASE_PASSES = DaySheetSource("release-passes", _release_passes)
