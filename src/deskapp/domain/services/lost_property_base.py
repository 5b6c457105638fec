"""What every part of lost property shares: the engine, clock and operator, reading an item
(locked for a change), refusing one no longer at the desk, and the checks of what is typed."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from deskapp.db.service_models import FoundItem
from deskapp.domain import checks
from deskapp.domain.clock import Clock
from deskapp.domain.errors import DomainError, NotFound
from deskapp.domain.identity import IdType
from deskapp.domain.operators import Operator
from deskapp.domain.services.lost_property_records import (
    FoundCategory,
    FoundItemRow,
    FoundState,
)
from deskapp.domain.text import clean_text
from deskapp.i18n import fill, translate


def item_number(year: int, serial: int) -> str:
    """``SW2026-0007``: the year's found items numbered from 1."""
    return f"SW{year}-{serial:04d}"


def found_item_row(item: FoundItem, has_photo: bool | None = None) -> FoundItemRow:
    """``item`` as a row; ``has_photo`` given when the photo itself was not read (a list)."""
    return FoundItemRow(
        id=item.id or 0, number=item.number, description=item.description,
        category=FoundCategory(item.category), found_where=item.found_where,
        found_at=item.found_at, recorded_by=item.recorded_by, witnessed_by=item.witnessed_by,
        state=FoundState(item.state), contents=item.contents, found_by=item.found_by,
        kept_where=item.kept_where,
        has_photo=item.photo is not None if has_photo is None else has_photo,
        claimant_name=item.claimant_name, claimant_id_type=IdType(item.claimant_id_type),
        claimant_id_number=item.claimant_id_number, claimant_phone=item.claimant_phone,
        claim_description=item.claim_description, handed_over_at=item.handed_over_at,
        handed_over_by=item.handed_over_by, police_station=item.police_station,
        police_officer=item.police_officer, created_at=item.created_at,
        created_by=item.created_by, desk=item.desk)


def same_person(a: str, b: str) -> bool:
    """Two names written alike, blanks and letter case aside (王 芳 is 王芳)."""
    return "".join(clean_text(a).split()).casefold() == "".join(clean_text(b).split()).casefold()


def required_text(errors: dict[str, str], field: str, value: object, limit: int,
              message: str) -> str:
    text = checks.text(errors, field, value, limit)
    if not text and field not in errors:
        errors[field] = message
    return text


def long_text(errors: dict[str, str], field: str, value: object, limit: int) -> str:
    """A text of several lines (what a bag holds), each line cleaned, empty ones dropped."""
    if not isinstance(value, str):
        errors.setdefault(field, checks.not_text_message())
        return ""
    text = "\n".join(line for line in (clean_text(line) for line in value.splitlines())
                     if line)
    if len(text) > limit:
        errors.setdefault(field, checks.too_long_message(limit))
    return text


class LostPropertyBase:
    """The engine, clock and operator, reading an item and checking what is typed."""

    def __init__(self, engine: Engine, clock: Clock, operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._operator = operator or Operator()

    @property
    def clock(self) -> Clock:
        """The clock found items are stamped with."""
        return self._clock

    @property
    def operator_name(self) -> str:
        """Who records and hands over at this counter now ("" when nobody logged in)."""
        return self._operator.name

    @staticmethod
    def _get(session: Session, item_id: int, *, lock: bool = False) -> FoundItem:
        found = session.get(FoundItem, checks.record_id(item_id) or 0, with_for_update=lock)
        if found is None:
            raise NotFound(fill(translate("LostProperty", "There is no found item number %1."),
                                item_id))
        return found

    @staticmethod
    def _refuse_gone(item: FoundItem) -> None:
        if item.state == FoundState.CLAIMED.value:
            raise DomainError(fill(translate(
                "LostProperty", "%1 was already claimed by %2: it is no longer at the desk."),
                item.number, item.claimant_name))
        if item.state == FoundState.TO_POLICE.value:
            raise DomainError(fill(translate(
                "LostProperty", "%1 was already handed to the police (%2): it is no longer "
                "at the desk."), item.number, item.police_station))


