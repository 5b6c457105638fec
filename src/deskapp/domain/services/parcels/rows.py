"""Parcels and pickups as the rest of deskapp reads them: plain rows, never live ORM
objects. Times are aware (UTC); ID numbers and phones have masked forms for screens and
paper."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from deskapp.domain.identity import IdType, mask_id_number
from deskapp.domain.phone import mask_phone
from deskapp.domain.services.parcels.records import (
    ParcelKind,
    ParcelState,
    Recipient,
    Reminder,
    carrier_label,
    reminder_for,
)
from deskapp.i18n import fill, translate

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class ParcelRow:
    """One parcel (or letter, registered mail, paper) as the list, the notice and the
    pickup slip show it; ``collected_at`` and ``collected_by`` from its pickup."""

    id: int
    number: str
    carrier: str  # a Carrier value, or another carrier's name
    waybill: str
    kind: ParcelKind
    recipient_label: str
    recipient_name: str
    recipient_phone: str
    shelf: str
    condition: str  # "" intact; what was damaged at intake
    received_at: dt.datetime
    state: ParcelState
    unit_id: int | None = None
    department_id: int | None = None
    notified_at: dt.datetime | None = None
    reminded_at: dt.datetime | None = None
    pickup_id: int | None = None
    collected_at: dt.datetime | None = None
    collected_by: str = ""
    returned_at: dt.datetime | None = None
    return_reason: str = ""
    note: str = ""
    created_by: str = ""
    desk: str = ""

    @property
    def carrier_text(self) -> str:
        """The carrier as shown."""
        return carrier_label(self.carrier)

    @property
    def recipient_text(self) -> str:
        """``1203 张三 (华为)`` and, when addressed to someone else there, their name."""
        if self.recipient_name and self.recipient_name not in self.recipient_label:
            return " ".join(p for p in (self.recipient_label, self.recipient_name) if p)
        return self.recipient_label or self.recipient_name

    @property
    def recipient(self) -> Recipient:
        """Whom it is for (the parcels of one recipient are found together: a unit's or a
        department's by its entry, anyone else's by the label and name written)."""
        return Recipient(self.recipient_label, self.unit_id, self.department_id,
                         self.recipient_name, self.recipient_phone)

    @property
    def phone_masked(self) -> str:
        """The recipient's phone as paper shows it."""
        return mask_phone(self.recipient_phone)

    @property
    def waiting(self) -> bool:
        """On its shelf."""
        return self.state is ParcelState.WAITING

    @property
    def damaged(self) -> bool:
        """Damage was noted at intake."""
        return bool(self.condition)

    @property
    def told_at(self) -> dt.datetime | None:
        """When the recipient was last told (a reminder, else the first notice)."""
        return self.reminded_at or self.notified_at

    @property
    def finished_at(self) -> dt.datetime | None:
        """When it left the shelf (collected or returned), or None while it waits."""
        return self.collected_at or self.returned_at

    def waited(self, now: dt.datetime) -> dt.timedelta:
        """How long it waited: until now, or until it left the shelf."""
        return max((self.finished_at or now) - self.received_at, dt.timedelta(0))

    def reminder(self, now: dt.datetime) -> Reminder:
        """Highlighted past three days, flagged past fourteen, while it waits."""
        return reminder_for(self.received_at, now) if self.waiting else Reminder.NONE


def waited_text(waited: dt.timedelta) -> str:
    """``5 h`` under a day, else ``3 d``: the age as a list column shows it."""
    if waited < DAY:
        return fill(translate("ParcelRows", "%1 h"), int(waited.total_seconds() // 3600))
    return fill(translate("ParcelRows", "%1 d"), waited.days)


@dataclass(frozen=True)
class PickupRow:
    """One collection: who took which parcels, the ID shown (masked on screen and paper)."""

    id: int
    at: dt.datetime
    collected_by: str
    on_behalf: bool
    id_type: IdType
    id_number: str
    phone: str
    parcels: tuple[ParcelRow, ...]
    created_by: str = ""
    desk: str = ""

    @property
    def id_number_masked(self) -> str:
        """The ID number as screens and paper show it."""
        return mask_id_number(self.id_number)

    @property
    def phone_masked(self) -> str:
        """The phone as paper shows it."""
        return mask_phone(self.phone)


@dataclass(frozen=True)
class ParcelSummary:
    """The counts under the list: shown, and on the shelf anywhere."""

    shown: int
    waiting: int
    over_3_days: int
    over_14_days: int


@dataclass(frozen=True)
class WaitingRecipient:
    """Someone with parcels on the shelf: who, how many, since when (the pickup dialog's
    list of recipients)."""

    recipient: Recipient
    label: str
    count: int
    oldest: dt.datetime


@dataclass(frozen=True)
class NoticeResult:
    """What a notice recorded: the parcels marked told, and the call logged (or None)."""

    parcels: tuple[ParcelRow, ...]
    call_id: int | None = None


@dataclass(frozen=True)
class UnitNotice:
    """The pickup notice of one recipient: their waiting parcels, as drawn at ``at``."""

    label: str
    parcels: tuple[ParcelRow, ...]
    at: dt.datetime


@dataclass(frozen=True)
class FloorList:
    """The parcels waiting for the units of one floor (``floor`` "" for parcels of units
    whose number names no floor and of recipients without a unit)."""

    floor: str
    parcels: tuple[ParcelRow, ...]


@dataclass(frozen=True)
class FloorLists:
    """Every waiting parcel, floor by floor, for posting; as drawn at ``at``."""

    floors: tuple[FloorList, ...]
    at: dt.datetime


# The last run of three or more digits of a unit number, without its last two: the floor.
_FLOOR = re.compile(r"([0-9]+)[0-9]{2}(?!.*[0-9]{3})", re.ASCII)


def floor_of(unit_number: str) -> str:
    """The floor a unit number names: its last run of three or more digits without the
    last two (1203 → 12, 201 → 2, 2栋1503 → 15, B1-101 → 1); "" when it has no such run
    (a shop S1, a basement store B2)."""
    found = _FLOOR.search(unit_number)
    return str(int(found.group(1))) if found else ""


@dataclass(frozen=True)
class DayParcels:
    """A day at the parcel shelf, for the day's workbook: what came, what was collected,
    what went back to its sender, and what was still waiting at the close (``at``)."""

    received: tuple[ParcelRow, ...]
    collected: tuple[ParcelRow, ...]
    returned: tuple[ParcelRow, ...]
    waiting: tuple[ParcelRow, ...]
    at: dt.datetime
