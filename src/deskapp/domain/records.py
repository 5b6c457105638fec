"""Plain data the domain hands to the UI and to the output layer (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from deskapp.domain.identity import IdType, mask_id_number
from deskapp.domain.phone import mask_phone
from deskapp.i18n import translate


class Paper(StrEnum):
    """Paper a document can be printed on."""

    A4 = "A4"
    A5 = "A5"
    A6 = "A6"
    ROLL80 = "roll80"  # 80 mm thermal roll, 72 mm printable
    LABEL60 = "label60x40"  # 60 × 40 mm die-cut label of a thermal label printer
    # A pre-printed continuous form of a dot-matrix printer (三联收据): 9.5 in wide, a third
    # of an 11 in fold long; only the values are printed, into the form's boxes.
    FORM241 = "form241x93"

    def label(self) -> str:
        """The paper in the user's language."""
        if self is Paper.ROLL80:
            return translate("Paper", "80 mm roll")
        if self is Paper.LABEL60:
            return translate("Paper", "60 × 40 mm label")
        if self is Paper.FORM241:
            return translate("Paper", "241 × 93 mm pre-printed form")
        return self.value


@dataclass(frozen=True)
class OrgInfo:
    """The organisation header printed on every document."""

    name: str
    address: str = ""
    phone: str = ""
    counter: str = ""
    operator: str = ""  # who prints: every document names its operator in the footer


class Purpose(StrEnum):
    """Why a visitor came (来访事由)."""

    VISIT = "visit"
    DELIVERY = "delivery"
    INTERVIEW = "interview"
    MEETING = "meeting"
    MAINTENANCE = "maintenance"
    OTHER = "other"

    def label(self) -> str:
        """The purpose in the user's language."""
        return {
            Purpose.VISIT: translate("Purpose", "Visit"),
            Purpose.DELIVERY: translate("Purpose", "Delivery"),
            Purpose.INTERVIEW: translate("Purpose", "Interview"),
            Purpose.MEETING: translate("Purpose", "Meeting"),
            Purpose.MAINTENANCE: translate("Purpose", "Maintenance / decoration"),
            Purpose.OTHER: translate("Purpose", "Other"),
        }[self]


class HostResponse(StrEnum):
    """What the host said when the desk phoned."""

    PENDING = "pending"
    RECEIVED = "received"
    DECLINED = "declined"

    def label(self) -> str:
        """The response in the user's language."""
        return {
            HostResponse.PENDING: translate("HostResponse", "Not yet asked"),
            HostResponse.RECEIVED: translate("HostResponse", "Received"),
            HostResponse.DECLINED: translate("HostResponse", "Declined"),
        }[self]


class VisitFlag(StrEnum):
    """What is special about a visit, shown beside it and in the day's sheet."""

    EXEMPT = "exempt"  # a regular exempt from full registration
    DENY_OVERRIDE = "deny_override"  # admitted despite the deny list, with a reason
    TEMP_PASS = "temp_pass"  # came in on a temporary pass
    VOIDED = "voided"  # entered by mistake: kept, struck out, left out of the counts


@dataclass(frozen=True)
class VisitRow:
    """One visit as shown in the log and printed on the pass. Times are aware (UTC)."""

    id: int
    pass_no: str
    name: str
    id_type: IdType
    id_number: str
    phone: str
    company: str
    party_size: int
    purpose: Purpose
    host_label: str
    time_in: dt.datetime
    time_out: dt.datetime | None = None
    valid_until: dt.datetime | None = None
    plate: str = ""
    items: str = ""
    note: str = ""
    host_response: HostResponse = HostResponse.PENDING
    host_message: str = ""
    appointment_at: dt.datetime | None = None
    temp_pass_no: str = ""
    flags: tuple[VisitFlag, ...] = field(default_factory=tuple)
    visitor_id: int | None = None
    created_by: str = ""  # the operator who checked them in
    desk: str = ""  # the counter they were checked in at
    void_reason: str = ""  # why it was voided (VisitFlag.VOIDED)
    host_unit_id: int | None = None  # the directory entry of the host, when listed
    host_department_id: int | None = None
    group_id: int | None = None  # a party checked in together: its first member's visit id
    corrections: int = 0  # how many fields were corrected since check-in
    address: str = ""  # as read from an ID card
    created_at: dt.datetime | None = None  # when it was saved (after time_in: a late entry?)

    @property
    def id_number_masked(self) -> str:
        """The ID number as screens and paper show it."""
        return mask_id_number(self.id_number)

    @property
    def phone_masked(self) -> str:
        """The phone number as paper shows it."""
        return mask_phone(self.phone)

    @property
    def on_site(self) -> bool:
        """Still in the building (no time out yet)."""
        return self.time_out is None
