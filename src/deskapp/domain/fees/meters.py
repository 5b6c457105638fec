"""The arithmetic of a meter: what a reading counted since the last one — a plain
difference, a dial that passed its end and started again (a rollover), or an old meter's
last figures plus the new meter's (a meter change) — times the multiplier; and which
readings add up at all. Figures are hundredths of the meter's unit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from deskapp.domain.errors import ValidationError
from deskapp.domain.fees import rounding
from deskapp.domain.fees.billing_records import ReadingKind
from deskapp.i18n import fill, translate


@dataclass(frozen=True)
class CheckedReading:
    """A reading's typed values, checked for type and range (not yet against the meter)."""

    unit_id: int
    item_id: int
    period: str
    read_on: dt.date
    current: int
    previous: int | None
    multiplier: int | None
    kind: ReadingKind
    rollover_at: int | None
    old_meter_final: int | None
    note: str


def default_rollover(previous: int) -> int:
    """Where a dial showing ``previous`` (hundredths) starts again: the next power of ten
    of its whole units (9876.00 → 10000.00)."""
    return 10 ** len(str(previous // 100)) * 100


def usage_of(kind: ReadingKind, previous: int, current: int, multiplier: int,
             rollover_at: int | None, old_meter_final: int | None) -> int:
    """What the meter counted since ``previous``, times the multiplier; the figures
    checked by :func:`refuse_lower` (never negative)."""
    if kind is ReadingKind.ROLLOVER:
        assert rollover_at is not None
        return (rollover_at - previous + current) * multiplier
    if kind is ReadingKind.METER_CHANGE:
        assert old_meter_final is not None
        return (old_meter_final - previous + current) * multiplier
    return (current - previous) * multiplier


def refuse_lower(data: CheckedReading, previous: int) -> tuple[int | None, int | None]:
    """``(rollover_at, old_meter_final)`` as the reading keeps them; ValidationError
    for a reading lower than the previous that is neither a rollover nor a meter
    change, and for a rollover or change that does not add up."""
    if data.kind is ReadingKind.NORMAL:
        if data.current < previous:
            raise ValidationError({"current": fill(translate(
                "FeeCollection", "Lower than the previous reading (%1). If the meter "
                "rolled over or was changed, mark the reading so."),
                rounding.format_quantity(previous))})
        return None, None
    if data.kind is ReadingKind.ROLLOVER:
        rollover_at = data.rollover_at or default_rollover(previous)
        if data.current >= previous:
            raise ValidationError({"kind": translate(
                "FeeCollection", "The reading is not lower than the previous one: the "
                "meter did not roll over.")})
        if rollover_at <= previous:
            raise ValidationError({"rollover_at": fill(translate(
                "FeeCollection", "The dial starts again above the previous reading "
                "(%1)."), rounding.format_quantity(previous))})
        return rollover_at, None
    if data.old_meter_final is None:
        raise ValidationError({"old_meter_final": translate(
            "FeeCollection", "Enter the old meter's last reading.")})
    if data.old_meter_final < previous:
        raise ValidationError({"old_meter_final": fill(translate(
            "FeeCollection", "The old meter's last reading cannot be lower than its "
            "previous reading (%1)."), rounding.format_quantity(previous))})
    return None, data.old_meter_final
