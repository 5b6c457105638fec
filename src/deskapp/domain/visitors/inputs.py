"""What the receptionist types at check-in, and the limits it is checked against."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from deskapp.domain.identity import IdType
from deskapp.domain.records import Purpose
from deskapp.domain.screening import Person

MAX_PARTY = 50
# Longest text each field keeps (the name's limit is checked with its own message).
FIELD_LIMITS = {"company": 200, "host": 200, "plate": 16, "items": 500, "note": 500,
                "temp_pass_no": 32, "deny_override_reason": 500, "address": 200}


@dataclass(frozen=True)
class HostRef:
    """Whom the visitor came to see: a directory entry, or free text when not listed."""

    label: str
    unit_id: int | None = None
    department_id: int | None = None


@dataclass(frozen=True)
class VisitInput:
    """What the receptionist typed at check-in (raw, validated by the service)."""

    name: str
    id_type: IdType = IdType.RESIDENT
    id_number: str = ""
    phone: str = ""
    company: str = ""
    party_size: int = 1
    purpose: Purpose = Purpose.VISIT
    host: HostRef = HostRef("")
    plate: str = ""
    items: str = ""
    note: str = ""
    time_in: dt.datetime | None = None
    valid_until: dt.datetime | None = None
    temp_pass_no: str = ""
    deny_override_reason: str = ""
    visitor_id: int | None = None  # the returning visitor the form was filled from
    again_while_on_site: bool = False  # the receptionist confirmed a second open visit
    address: str = ""  # as read from an ID card by a reader
    expected_id: int | None = None  # the expected visitor (预约) arriving with this check-in

    @property
    def person(self) -> Person:
        """Who is screened against the lists."""
        return Person(self.name, self.id_number, self.phone)
