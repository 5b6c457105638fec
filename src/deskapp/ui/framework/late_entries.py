"""Late entries in a history table: the dated column of a record saved after its day was
closed (补录) says so in the cell, in its own colour, and why in the tooltip. Which record
is late is the domain's rule (:class:`deskapp.domain.day_closing.late.LateRule`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QBrush, QColor

from deskapp.domain.clock import Clock, format_local
from deskapp.domain.day_closing.service import DayClosings
from deskapp.i18n import fill, translate
from deskapp.ui.framework.paged_model import Column

# Lavender: apart from the orange of visitors on site late and the red of a refusal.
LATE_ENTRY_BRUSH = QBrush(QColor("#e4dcf4"))


def mark_late_entries(columns: Sequence[Column[Any]], key: str, closings: DayClosings,
                      clock: Clock, dated: Callable[[Any], dt.datetime | None]
                      ) -> list[Column[Any]]:
    """``columns`` with the column ``key`` (the record's date) marking late entries:
    ``dated(row)`` is the record's date, ``row.created_at`` when it was saved."""

    def late(row: Any) -> bool:
        return closings.is_late(dated(row), getattr(row, "created_at", None))

    def marked(column: Column[Any]) -> Column[Any]:
        plain_text, plain_background, plain_tooltip = (column.text, column.background,
                                                       column.tooltip)

        def text(row: Any) -> str:
            shown = plain_text(row)
            return fill(translate("LateEntry", "%1 · late"), shown) if late(row) else shown

        def background(row: Any) -> QBrush | None:
            if late(row):
                return LATE_ENTRY_BRUSH
            return plain_background(row) if plain_background else None

        def tooltip(row: Any) -> str | None:
            if late(row):
                day = clock.local(dated(row)).date()  # type: ignore[arg-type]
                return fill(translate(
                    "LateEntry", "Entered at %1, after %2 was closed at %3."),
                    format_local(row.created_at, clock.tz),
                    day.isoformat(),
                    format_local(closings.late_rule().closed_at(day), clock.tz, "%H:%M"))
            return plain_tooltip(row) if plain_tooltip else None  # None: the row's

        return dataclasses.replace(column, text=text, background=background, tooltip=tooltip)

    return [marked(c) if c.key == key else c for c in columns]
