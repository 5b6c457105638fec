"""The parcel list's columns, row colours and tooltips: waiting over 3 days amber, over 14
days red; what has left the shelf plain."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor

from deskapp.domain.clock import Clock
from deskapp.domain.services.parcels.records import ParcelSort, ParcelState, Reminder
from deskapp.domain.services.parcels.rows import ParcelRow, waited_text
from deskapp.i18n import fill, translate
from deskapp.ui.framework.paged_model import Column
from deskapp.ui.framework.times import when

REMIND_BRUSH = QBrush(QColor("#fff1c2"))
ACT_BRUSH = QBrush(QColor("#f7c9c6"))


def parcel_state(row: ParcelRow, clock: Clock) -> str:
    """Where the parcel is: on the shelf (and how long), or where it went."""
    if row.state is ParcelState.COLLECTED:
        return fill(translate("ParcelColumns", "Collected %1 by %2"),
                    when(clock, row.collected_at), row.collected_by)
    if row.state is ParcelState.RETURNED:
        return fill(translate("ParcelColumns", "Returned %1: %2"), when(clock, row.returned_at),
                    row.return_reason)
    mark = row.reminder(clock.now())
    return mark.label() if mark is not Reminder.NONE else row.state.label()


def told_text(row: ParcelRow, clock: Clock) -> str:
    """When the recipient was told, and reminded."""
    if row.reminded_at is not None:
        return fill(translate("ParcelColumns", "Reminded %1"), when(clock, row.reminded_at))
    return when(clock, row.notified_at)


def parcel_columns(clock: Clock) -> list[Column[ParcelRow]]:
    """The columns, in order; only the time received sorts (it is indexed)."""
    return [
        Column("received_at", lambda: translate("ParcelColumns", "Received"),
               lambda r: when(clock, r.received_at), ParcelSort.RECEIVED_AT, 112),
        Column("number", lambda: translate("ParcelColumns", "Number"),
               lambda r: r.number, None, 104),
        Column("recipient", lambda: translate("ParcelColumns", "For"),
               lambda r: r.recipient_text, None, 170),
        Column("kind", lambda: translate("ParcelColumns", "Kind"),
               lambda r: r.kind.label(), None, 90),
        Column("carrier", lambda: translate("ParcelColumns", "Carrier"),
               lambda r: r.carrier_text, None, 90),
        Column("waybill", lambda: translate("ParcelColumns", "Waybill"),
               lambda r: r.waybill, None, 130),
        Column("shelf", lambda: translate("ParcelColumns", "Shelf"),
               lambda r: r.shelf, None, 52),
        Column("waited", lambda: translate("ParcelColumns", "Waited"),
               lambda r: waited_text(r.waited(clock.now())), None, 52,
               bold=lambda r: r.reminder(clock.now()) is not Reminder.NONE),
        Column("told", lambda: translate("ParcelColumns", "Told"),
               lambda r: told_text(r, clock), None, 130),
        Column("state", lambda: translate("ParcelColumns", "Where"),
               lambda r: parcel_state(r, clock), None, 150),
        Column("condition", lambda: translate("ParcelColumns", "Damage"),
               lambda r: r.condition, None, 90),
        Column("by", lambda: translate("ParcelColumns", "Signed for by"),
               lambda r: r.created_by, None, 70),
        Column("desk", lambda: translate("ParcelColumns", "Counter"),
               lambda r: r.desk, None, 70),
    ]


def parcel_background(clock: Clock) -> Callable[[ParcelRow], QBrush | None]:
    """Waiting over 14 days red, over 3 days amber."""

    def background(row: ParcelRow) -> QBrush | None:
        mark = row.reminder(clock.now())
        if mark is Reminder.ACT:
            return ACT_BRUSH
        if mark is Reminder.REMIND:
            return REMIND_BRUSH
        return None

    return background


def parcel_tooltip(row: ParcelRow) -> str:
    """The recipient's phone (masked) and the note, on hover."""
    lines = [f"{row.number}  {row.recipient_text}"]
    if row.recipient_phone:
        lines.append(row.phone_masked)
    if row.note:
        lines.append(row.note)
    return "\n".join(lines)


def parcel_line(row: ParcelRow, clock: Clock) -> str:
    """One parcel in a dialog's list: ``PK2026-000123 · SF Express SF123… · Parcel · A-3 ·
    received 11-20 09:30 (3 d)``."""
    parts = [row.number, " ".join(p for p in (row.carrier_text, row.waybill) if p),
             row.kind.label()]
    if row.shelf:
        parts.append(fill(translate("ParcelColumns", "shelf %1"), row.shelf))
    parts.append(fill(translate("ParcelColumns", "received %1 (%2)"),
                      clock.local(row.received_at).strftime("%m-%d %H:%M"),
                      waited_text(row.waited(clock.now()))))
    if row.condition:
        parts.append(fill(translate("ParcelColumns", "damaged: %1"), row.condition))
    return " · ".join(p for p in parts if p)
