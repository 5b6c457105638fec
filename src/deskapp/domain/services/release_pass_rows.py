"""Goods release passes as the rest of deskapp reads them: plain rows, never live ORM
objects. Times are aware (UTC); the carrier's ID number and phone have masked forms for
screens, paper and exports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from deskapp.db.service_models import ReleasePass, ReleasePassItem
from deskapp.domain.identity import IdType, mask_id_number
from deskapp.domain.phone import mask_phone
from deskapp.domain.services.release_pass_records import AuthorisationHow, GoodsLine
from deskapp.i18n import translate


@dataclass(frozen=True)
class ArrearsCheck:
    """What the unit owes past due, read from fee collection before a pass is issued.

    ``needs_approval``: the unit owes and the operator on duty may not let its goods out
    alone — a supervisor approves the pass in place.
    """

    unit_id: int
    unit_label: str
    as_of: dt.date
    arrears_fen: int  # owed and past its due date
    owed_fen: int  # everything still owed, what is not yet due included
    oldest_due: dt.date | None  # the due date of the oldest charge in arrears
    needs_approval: bool

    @property
    def owing(self) -> bool:
        """The unit owes something past its due date."""
        return self.arrears_fen > 0


@dataclass(frozen=True)
class ReleasePassRow:
    """One pass, with its goods."""

    id: int
    number: str
    unit_id: int | None
    unit_label: str
    goods: tuple[GoodsLine, ...]
    carrier_name: str
    carrier_id_type: IdType
    carrier_id_number: str
    carrier_phone: str
    plate: str
    authorised_by: str
    authorisation_how: AuthorisationHow
    authorisation_note: str
    arrears_fen: int  # what the unit owed past due when the pass was issued
    approved_by: str  # the supervisor who let the goods out all the same ("" without arrears)
    issued_at: dt.datetime
    valid_on: dt.date
    guard_copy_back_at: dt.datetime | None = None
    guard_copy_back_by: str = ""
    voided_at: dt.datetime | None = None
    void_reason: str = ""
    note: str = ""
    created_by: str = ""  # the operator who issued it
    desk: str = ""  # the counter it was issued at

    @property
    def carrier_id_masked(self) -> str:
        """The carrier's ID number as screens and paper show it."""
        return mask_id_number(self.carrier_id_number)

    @property
    def carrier_phone_masked(self) -> str:
        """The carrier's phone as paper shows it."""
        return mask_phone(self.carrier_phone)

    @property
    def voided(self) -> bool:
        """Voided: it lets nothing out, and its guard's copy is not awaited."""
        return self.voided_at is not None

    @property
    def returned(self) -> bool:
        """The guard's copy came back to the desk and was checked off."""
        return self.guard_copy_back_at is not None

    @property
    def open(self) -> bool:
        """Issued, not voided, its guard's copy not back yet."""
        return not self.voided and not self.returned

    def past_its_day(self, today: dt.date) -> bool:
        """Still open after the one day it was valid: the guard's copy is missing."""
        return self.open and self.valid_on < today

    def valid(self, today: dt.date) -> bool:
        """The pass lets its goods out today."""
        return self.open and self.valid_on == today

    @property
    def goods_text(self) -> str:
        """The goods in one line: ``沙发 ×1 件; 纸箱 ×5 箱``."""
        return translate("ReleasePass", "; ").join(line.text() for line in self.goods)

    @property
    def pieces(self) -> int:
        """How many pieces the goods come to, every line added up."""
        return sum(line.quantity for line in self.goods)

    def state_label(self, today: dt.date) -> str:
        """Where the pass stands, in words."""
        if self.voided:
            return translate("ReleasePass", "Voided")
        if self.returned:
            return translate("ReleasePass", "Guard's copy back")
        if self.valid_on < today:
            return translate("ReleasePass", "Copy missing")
        return translate("ReleasePass", "Valid today")


@dataclass(frozen=True)
class PassSummary:
    """Under the list: how many passes it shows, and how many guard's copies are awaited
    anywhere — of which how many passes are past their day."""

    shown: int
    not_returned: int
    past_their_day: int


def pass_row(stored: ReleasePass, items: list[ReleasePassItem]) -> ReleasePassRow:
    """The row screens and paper show for a stored pass and its goods."""
    try:
        id_type = IdType(stored.carrier_id_type)
    except ValueError:
        id_type = IdType.OTHER
    try:
        how = AuthorisationHow(stored.authorisation_how)
    except ValueError:
        how = AuthorisationHow.PHONE
    goods = tuple(GoodsLine(item.description, item.quantity, item.unit_word)
                  for item in sorted(items, key=lambda i: i.id or 0))
    return ReleasePassRow(
        id=stored.id or 0, number=stored.number, unit_id=stored.unit_id,
        unit_label=stored.unit_label, goods=goods, carrier_name=stored.carrier_name,
        carrier_id_type=id_type, carrier_id_number=stored.carrier_id_number,
        carrier_phone=stored.carrier_phone, plate=stored.plate,
        authorised_by=stored.authorised_by, authorisation_how=how,
        authorisation_note=stored.authorisation_note, arrears_fen=stored.arrears_fen,
        approved_by=stored.approved_by, issued_at=stored.issued_at, valid_on=stored.valid_on,
        guard_copy_back_at=stored.guard_copy_back_at,
        guard_copy_back_by=stored.guard_copy_back_by, voided_at=stored.voided_at,
        void_reason=stored.void_reason, note=stored.note, created_by=stored.created_by,
        desk=stored.desk)
