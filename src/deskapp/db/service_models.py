"""The tables of the desk's other services (前台服务), registered with the others by
:mod:`deskapp.db.models`: mail and parcels, goods release passes, lost property, notices.

Nothing here is deleted: a parcel is collected or returned to its sender, a pass is used
or voided, a found item is claimed or handed to the police, a notice is withdrawn.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Index, LargeBinary, text
from sqlmodel import Field, SQLModel

from deskapp.db.types import UTCDateTime


def _ts(*, nullable: bool = False) -> object:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable))


PARCEL_WAITING = "state = 'waiting'"
# A waybill is waiting on the shelf once: a second scan of it is refused (also when two
# counters scan the same parcel at once).
PARCEL_WAYBILL_WAITING = "state = 'waiting' AND waybill <> ''"
PARCEL_RETURNED = "state = 'returned'"
PASS_OPEN = "guard_copy_back_at IS NULL AND voided_at IS NULL"
ITEM_KEPT = "state = 'kept'"


# --- Mail and parcels (快递/信件/报刊)

class Parcel(SQLModel, table=True):
    """Something received for someone in the building: a parcel, a letter, registered
    mail, a newspaper. Waiting on its shelf until collected or returned to its sender."""

    __audit__ = "parcel"
    __personal__ = ("recipient_name", "recipient_phone")

    __table_args__ = (
        Index("ix_parcel_waiting", "received_at", "id", sqlite_where=text(PARCEL_WAITING),
              postgresql_where=text(PARCEL_WAITING)),
        Index("ix_parcel_received_at_id", "received_at", "id"),  # keyset paging
        Index("ix_parcel_unit_state", "unit_id", "state"),
        Index("uq_parcel_waybill_waiting", "waybill", unique=True,
              sqlite_where=text(PARCEL_WAYBILL_WAITING),
              postgresql_where=text(PARCEL_WAYBILL_WAITING)),
        Index("ix_parcel_returned", "returned_at", sqlite_where=text(PARCEL_RETURNED),
              postgresql_where=text(PARCEL_RETURNED)),  # the day's returns
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=20)  # PK2026-000123: on its shelf label
    carrier: str = Field(default="", max_length=50)  # 顺丰, 中通, EMS, 邮政 …
    waybill: str = Field(default="", index=True, max_length=64)  # as scanned
    kind: str = Field(default="parcel", max_length=16)  # parcel | letter | registered | paper
    unit_id: int | None = Field(default=None, foreign_key="unit.id")
    department_id: int | None = Field(default=None, foreign_key="department.id")
    recipient_label: str = Field(default="", max_length=200)  # the unit or company, as shown
    recipient_name: str = Field(default="", max_length=100)
    recipient_phone: str = Field(default="", max_length=32)
    shelf: str = Field(default="", max_length=16)  # where it is kept: A-3
    condition: str = Field(default="", max_length=200)  # "" = intact; damage noted at intake
    received_at: dt.datetime = _ts()  # type: ignore[assignment]
    state: str = Field(default="waiting", max_length=16)  # waiting | collected | returned
    notified_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]  # first told
    reminded_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]  # last reminder
    pickup_id: int | None = Field(default=None, foreign_key="parcelpickup.id", index=True)
    returned_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    return_reason: str = Field(default="", max_length=200)
    note: str = Field(default="")
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class ParcelPickup(SQLModel, table=True):
    """One collection at the desk: who took which parcels (the recipient or someone they
    authorised), the ID shown (masked on paper), signed on the pickup slip."""

    __audit__ = "parcel_pickup"
    __personal__ = ("collected_by", "id_number", "phone")

    __table_args__ = (Index("ix_parcelpickup_at", "at"),)  # the day's pickups

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    collected_by: str = Field(max_length=100)
    on_behalf: bool = Field(default=False)  # someone the recipient authorised
    id_type: str = Field(default="resident", max_length=16)
    id_number: str = Field(default="", max_length=32)
    phone: str = Field(default="", max_length=32)
    parcels: int = Field(default=1)
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


# --- Goods release passes (放行条)

class ReleasePass(SQLModel, table=True):
    """Goods taken out of the building on the owner's or company's authority: valid the
    day it is issued; the guard's copy comes back to the desk and is checked off."""

    __audit__ = "release_pass"
    __personal__ = ("carrier_name", "carrier_id_number", "carrier_phone", "authorised_by")

    __table_args__ = (
        Index("ix_releasepass_open", "issued_at", "id", sqlite_where=text(PASS_OPEN),
              postgresql_where=text(PASS_OPEN)),
        Index("ix_releasepass_issued_at_id", "issued_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=20)  # FX2026-0012
    unit_id: int | None = Field(default=None, foreign_key="unit.id")
    unit_label: str = Field(default="", max_length=200)
    carrier_name: str = Field(max_length=100)  # the person carrying the goods
    carrier_id_type: str = Field(default="resident", max_length=16)
    carrier_id_number: str = Field(default="", max_length=32)
    carrier_phone: str = Field(default="", max_length=32)
    plate: str = Field(default="", max_length=16)
    authorised_by: str = Field(max_length=100)  # the owner, or the company's contact
    authorisation_how: str = Field(max_length=16)  # phone | in_person | writing | message
    authorisation_note: str = Field(default="", max_length=200)
    arrears_fen: int = Field(default=0)  # what the unit owed past due when issued
    approved_by: str = Field(default="", max_length=50)  # a supervisor, when it owed
    issued_at: dt.datetime = _ts()  # type: ignore[assignment]
    valid_on: dt.date = Field()
    guard_copy_back_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    guard_copy_back_by: str = Field(default="", max_length=50)
    voided_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    void_reason: str = Field(default="", max_length=200)
    note: str = Field(default="")
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class ReleasePassItem(SQLModel, table=True):
    """One line of a release pass's goods list."""

    __audit__ = "release_pass_item"

    id: int | None = Field(default=None, primary_key=True)
    pass_id: int = Field(foreign_key="releasepass.id", index=True)
    description: str = Field(max_length=200)
    quantity: int = Field(default=1)
    unit_word: str = Field(default="", max_length=16)  # 件, 箱, 台 …


# --- Lost property (失物招领)

class FoundItem(SQLModel, table=True):
    """Something found and kept at the desk, recorded by two staff; claimed by its owner
    against a description and an ID, or after the set period handed to the police."""

    __audit__ = "found_item"
    # The photo and what the item holds may show whose it is (a wallet's cards); the
    # trail says only whether they were recorded.
    __personal__ = ("found_by", "contents", "photo", "claimant_name", "claimant_id_number",
                    "claimant_phone", "claim_description")

    __table_args__ = (
        Index("ix_founditem_kept", "found_at", "id", sqlite_where=text(ITEM_KEPT),
              postgresql_where=text(ITEM_KEPT)),
        Index("ix_founditem_found_at_id", "found_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=20)  # SW2026-0007
    description: str = Field(max_length=200)  # what, as posted: 黑色双肩包
    contents: str = Field(default="")  # what it holds and its marks: never posted
    category: str = Field(default="other", max_length=16)  # valuables | documents | …
    found_where: str = Field(max_length=200)
    found_at: dt.datetime = _ts()  # type: ignore[assignment]
    found_by: str = Field(default="", max_length=100)  # whoever brought it in
    kept_where: str = Field(default="", max_length=100)
    recorded_by: str = Field(max_length=50)  # the first of the two staff
    witnessed_by: str = Field(max_length=50)  # the second: counted by two people
    photo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    state: str = Field(default="kept", max_length=16)  # kept | claimed | to_police
    claimant_name: str = Field(default="", max_length=100)
    claimant_id_type: str = Field(default="resident", max_length=16)
    claimant_id_number: str = Field(default="", max_length=32)
    claimant_phone: str = Field(default="", max_length=32)
    claim_description: str = Field(default="")  # what the claimant said it is and holds
    handed_over_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    handed_over_by: str = Field(default="", max_length=50)
    police_station: str = Field(default="", max_length=100)
    police_officer: str = Field(default="", max_length=100)  # who received it
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


# --- Notices (物业通知)

class PropertyNotice(SQLModel, table=True):
    """A notice drafted at the desk and posted: title, body, date, signature block; kept
    in the archive; withdrawn, never deleted."""

    __audit__ = "property_notice"

    __table_args__ = (Index("ix_propertynotice_dated_id", "dated", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=20)  # TZ2026-003
    title: str = Field(max_length=100)
    body: str = Field()
    dated: dt.date = Field()
    signed: str = Field(default="", max_length=100)  # 星河物业服务中心
    template: str = Field(default="", max_length=32)  # the template it started from
    language: str = Field(default="zh_CN", max_length=8)
    withdrawn_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    withdrawn_by: str = Field(default="", max_length=50)
    withdraw_reason: str = Field(default="", max_length=200)
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)
