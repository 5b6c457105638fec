"""What the parcel log deals in: kinds of post, carriers, where a parcel stands, how long it
may wait, and what the receptionist types (checked by the service)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from deskapp.domain.identity import IdType
from deskapp.domain.text import halfwidth
from deskapp.i18n import translate

# Waiting longer than this, a parcel is highlighted: remind the recipient.
REMIND_AFTER = dt.timedelta(days=3)
# Waiting longer than this, it is flagged for action: reach the recipient another way, or
# send it back. Both are counted from when it was received, on the domain's clock.
ACTION_AFTER = dt.timedelta(days=14)

# A waybill as a scanner reads it (after normalise_waybill): letters, digits and dashes.
WAYBILL = re.compile(r"[0-9A-Z][0-9A-Z-]{3,39}", re.ASCII)
# The number on a parcel's shelf label and pickup notice: PK2026-000123.
PARCEL_NUMBER = re.compile(r"PK[0-9]{4}-[0-9]{6,}", re.ASCII)


def normalise_waybill(raw: object) -> str:
    """A waybill as typed or scanned: full-width characters made ASCII (a Chinese input
    method types them), blanks dropped, upper case."""
    if not isinstance(raw, str):
        return ""
    return "".join(halfwidth(raw).split()).upper()


def parcel_number(year: int, serial: int) -> str:
    """The number on the shelf label and the notice: PK2026-000123."""
    return f"PK{year}-{serial:06d}"


class ParcelKind(StrEnum):
    """What came: 快递, 信件, 挂号信, 报刊."""

    PARCEL = "parcel"
    LETTER = "letter"
    REGISTERED = "registered"  # handed over against an ID only
    NEWSPAPER = "paper"  # newspapers and magazines

    def label(self) -> str:
        """The kind in the user's language."""
        return {ParcelKind.PARCEL: translate("ParcelKind", "Parcel"),
                ParcelKind.LETTER: translate("ParcelKind", "Letter"),
                ParcelKind.REGISTERED: translate("ParcelKind", "Registered mail"),
                ParcelKind.NEWSPAPER: translate("ParcelKind", "Newspaper / magazine")}[self]

    @property
    def needs_waybill(self) -> bool:
        """A parcel and registered mail carry a number; a letter or a paper may not."""
        return self in (ParcelKind.PARCEL, ParcelKind.REGISTERED)


class ParcelState(StrEnum):
    """Where a parcel stands."""

    WAITING = "waiting"  # on its shelf
    COLLECTED = "collected"
    RETURNED = "returned"  # to its sender

    def label(self) -> str:
        """The state in the user's language."""
        return {ParcelState.WAITING: translate("ParcelState", "Waiting"),
                ParcelState.COLLECTED: translate("ParcelState", "Collected"),
                ParcelState.RETURNED: translate("ParcelState", "Returned to sender")}[self]


class Carrier(StrEnum):
    """The carriers the counter sees every day; anyone else is typed (stored as typed)."""

    SF = "sf"
    EMS = "ems"
    JD = "jd"
    ZTO = "zto"
    YTO = "yto"
    YUNDA = "yunda"
    STO = "sto"
    JT = "jt"
    DEPPON = "deppon"
    OTHER = "other"

    def label(self) -> str:
        """The carrier in the user's language."""
        return {Carrier.SF: translate("Carrier", "SF Express"),
                Carrier.EMS: translate("Carrier", "China Post / EMS"),
                Carrier.JD: translate("Carrier", "JD Logistics"),
                Carrier.ZTO: translate("Carrier", "ZTO Express"),
                Carrier.YTO: translate("Carrier", "YTO Express"),
                Carrier.YUNDA: translate("Carrier", "Yunda Express"),
                Carrier.STO: translate("Carrier", "STO Express"),
                Carrier.JT: translate("Carrier", "J&T Express"),
                Carrier.DEPPON: translate("Carrier", "Deppon"),
                Carrier.OTHER: translate("Carrier", "Other")}[self]


def carrier_label(stored: str) -> str:
    """A stored carrier as shown: a known carrier's name, or the name typed for another."""
    try:
        return Carrier(stored).label()
    except ValueError:
        return stored


# Waybill prefixes that name their carrier beyond doubt (a guess the receptionist sees and
# may change); a number of digits alone says nothing.
_PREFIXES = (
    (re.compile(r"SF[0-9]{10,}"), Carrier.SF),
    (re.compile(r"JD[A-Z]{0,2}[0-9]{9,}"), Carrier.JD),
    (re.compile(r"YT[0-9]{10,}"), Carrier.YTO),
    (re.compile(r"JT[0-9]{10,}"), Carrier.JT),
    (re.compile(r"DPK[0-9]{9,}"), Carrier.DEPPON),
    (re.compile(r"[A-Z]{2}[0-9]{9}CN"), Carrier.EMS),  # UPU S10: registered post
)


def guess_carrier(waybill: str) -> Carrier | None:
    """The carrier a waybill's prefix names, or None."""
    number = normalise_waybill(waybill)
    return next((carrier for pattern, carrier in _PREFIXES if pattern.fullmatch(number)), None)


class Reminder(StrEnum):
    """How long a waiting parcel has waited, as the list marks it."""

    NONE = "none"
    REMIND = "remind"  # over REMIND_AFTER: highlighted
    ACT = "act"  # over ACTION_AFTER: flagged for action

    def label(self) -> str:
        """The mark in the user's language ("" for none)."""
        return {Reminder.NONE: "",
                Reminder.REMIND: translate("Reminder", "Over 3 days: remind"),
                Reminder.ACT: translate("Reminder", "Over 14 days: act")}[self]


def reminder_for(received_at: dt.datetime, now: dt.datetime) -> Reminder:
    """The mark of a parcel received at ``received_at`` and still waiting ``now``."""
    waited = now - received_at
    if waited > ACTION_AFTER:
        return Reminder.ACT
    if waited > REMIND_AFTER:
        return Reminder.REMIND
    return Reminder.NONE


class ParcelFilter(StrEnum):
    """Which parcels the list shows."""

    WAITING = "waiting"  # on the shelf, whenever received
    OVER_3_DAYS = "over_3_days"  # waiting longer than REMIND_AFTER
    OVER_14_DAYS = "over_14_days"  # waiting longer than ACTION_AFTER
    COLLECTED = "collected"  # received in the days chosen, since collected
    RETURNED = "returned"  # received in the days chosen, since returned to sender
    ALL = "all"  # received in the days chosen

    def label(self) -> str:
        """The filter in the user's language."""
        return {ParcelFilter.WAITING: translate("ParcelFilter", "Waiting"),
                ParcelFilter.OVER_3_DAYS: translate("ParcelFilter", "Waiting over 3 days"),
                ParcelFilter.OVER_14_DAYS: translate("ParcelFilter", "Waiting over 14 days"),
                ParcelFilter.COLLECTED: translate("ParcelFilter", "Collected"),
                ParcelFilter.RETURNED: translate("ParcelFilter", "Returned to sender"),
                ParcelFilter.ALL: translate("ParcelFilter", "All received")}[self]

    @property
    def waiting_only(self) -> bool:
        """Shows what is on the shelf now, whichever day it came (the bar's days aside)."""
        return self in (ParcelFilter.WAITING, ParcelFilter.OVER_3_DAYS,
                        ParcelFilter.OVER_14_DAYS)


class ParcelSort(StrEnum):
    """The list's one sort: by when the parcel was received (indexed)."""

    RECEIVED_AT = "received_at"


# --- What is typed -----------------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """Whom something is for: a unit of the directory (its number typed, or chosen from the
    completion), a department or a company (listed or typed), or a person by name and phone.

    ``label`` is the unit or company as typed or shown ("1203" or "1203 张三 (华为)");
    ``name`` the person it is addressed to; ``phone`` where to tell them (for a unit or
    department, the directory's phone is used when none is given).
    """

    label: str = ""
    unit_id: int | None = None
    department_id: int | None = None
    name: str = ""
    phone: str = ""

    @property
    def listed(self) -> bool:
        """A unit or a department of the directory."""
        return self.unit_id is not None or self.department_id is not None

    @property
    def key(self) -> tuple[object, ...]:
        """What the parcels of one recipient share: the unit, the department, or the label
        and name written."""
        if self.unit_id is not None:
            return ("unit", self.unit_id)
        if self.department_id is not None:
            return ("department", self.department_id)
        return ("other", self.label, self.name)


@dataclass(frozen=True)
class ParcelInput:
    """One item at intake. ``waybill`` as scanned or typed (a letter or a paper may have
    none); ``carrier`` a :class:`Carrier` value or another carrier's name; ``damaged`` with
    ``damage`` saying what (the packaging torn, wet, crushed …)."""

    waybill: str = ""
    carrier: str = ""
    kind: ParcelKind = ParcelKind.PARCEL
    shelf: str = ""
    damaged: bool = False
    damage: str = ""
    note: str = ""


@dataclass(frozen=True)
class PickupInput:
    """A collection at the desk: which parcels (one or several), who took them — the
    recipient, or someone they authorised (``on_behalf``) —, the ID shown and a phone."""

    parcel_ids: tuple[int, ...]
    collected_by: str
    on_behalf: bool = False
    id_type: IdType = IdType.RESIDENT
    id_number: str = ""
    phone: str = ""


@dataclass(frozen=True)
class CallNotice:
    """The call that told the recipient, logged in the call log with the notice: ``phone``
    the number rung ("" the recipient's on record, else the directory's), ``called`` who
    answered ("" the recipient), ``notes`` what was said besides."""

    phone: str = ""
    called: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ParcelQuery:
    """What the list shows: a local day range of receipt, a search, a filter, an order."""

    first_day: dt.date
    last_day: dt.date
    text: str = ""
    only: ParcelFilter = ParcelFilter.ALL
    sort: ParcelSort = ParcelSort.RECEIVED_AT
    descending: bool = True
    desk: str | None = None  # one counter's intake, or every counter's (None)
