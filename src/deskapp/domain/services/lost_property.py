"""Lost property (失物招领): an item found is recorded by two staff, kept at the desk, posted,
and claimed by its owner against an ID and a description of what it holds — or, unclaimed
after :data:`POLICE_AFTER_DAYS` days, handed to the police. Nothing is deleted: a claimed
or handed-over item stays on record with who took it.

The list a page at a time and the day's lines are in :mod:`.lost_property_list`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlmodel import Session, select

from deskapp.db.engine import write_session
from deskapp.db.sequences import next_number
from deskapp.db.service_models import FoundItem
from deskapp.domain import checks, paging
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.identity import IdType, id_number_problem, normalise_id_number
from deskapp.domain.operators import NAME_LIMIT as STAFF_NAME_LIMIT
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.services.lost_property_base import (
    found_item_row,
    item_number,
    long_text,
    required_text,
    same_person,
)
from deskapp.domain.services.lost_property_list import LostPropertyList
from deskapp.domain.services.lost_property_records import (
    ClaimInput,
    FoundCategory,
    FoundItemInput,
    FoundItemRow,
    FoundState,
    PoliceHandover,
)
from deskapp.domain.text import halfwidth
from deskapp.i18n import fill, translate

# What a record keeps of each text.
DESCRIPTION_LIMIT = 200
CONTENTS_LIMIT = 1000
PLACE_LIMIT = 200
PERSON_LIMIT = 100
KEPT_WHERE_LIMIT = 100
CLAIM_LIMIT = 1000
# A photo from a phone, at most this big (the window shrinks a larger picture first).
PHOTO_LIMIT = 5 * 1024 * 1024
# A time found typed a little ahead of the counter's clock (another PC's, a minute rounded
# up) is accepted.
CLOCK_SLACK = dt.timedelta(minutes=5)
# What a picture's first bytes say it is.
_PICTURES = ((b"\xff\xd8\xff", "jpeg"), (b"\x89PNG\r\n\x1a\n", "png"), (b"GIF87a", "gif"),
             (b"GIF89a", "gif"), (b"BM", "bmp"))


def picture_kind(data: bytes) -> str | None:
    """``jpeg``, ``png``, ``gif``, ``bmp`` or ``webp`` by the first bytes, or None."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return next((kind for magic, kind in _PICTURES if data.startswith(magic)), None)


def photo_problem(data: object) -> str | None:
    """Why ``data`` cannot be a found item's photo, or None."""
    if not isinstance(data, bytes) or not data:
        return translate("LostProperty", "Choose a photo (an empty file shows nothing).")
    if len(data) > PHOTO_LIMIT:
        return _too_big()
    if picture_kind(data) is None:
        return translate("LostProperty", "Choose a picture: a JPEG, PNG, GIF, BMP or WebP "
                                         "file.")
    return None


def _too_big() -> str:
    return fill(translate("LostProperty", "Choose a photo of up to %1 MB."),
                PHOTO_LIMIT // (1024 * 1024))


def read_photo(source: Path) -> bytes:
    """The bytes of a photo file chosen at the counter, checked as a found item keeps them.

    Raises:
        ValidationError: unreadable, empty, too big or not a picture (``photo``).
    """
    source = Path(source)
    try:
        if source.stat().st_size > PHOTO_LIMIT:  # said too big without reading it all
            raise ValidationError({"photo": _too_big()})
        data = source.read_bytes()
    except OSError:
        raise ValidationError({"photo": translate(
            "LostProperty", "That file cannot be read.")}) from None
    if problem := photo_problem(data):
        raise ValidationError({"photo": problem})
    return data


class LostProperty(LostPropertyList):
    """The things found in the building, kept at the desk until their owner comes."""

    # --- Recording
    def validate_found(self, data: FoundItemInput) -> FoundItemInput:
        """The item as it would be saved, or ValidationError naming each bad field
        (description, category, contents, found_where, found_at, found_by, kept_where,
        recorded_by, witnessed_by, photo)."""
        errors: dict[str, str] = {}
        if not isinstance(data, FoundItemInput):
            raise ValidationError({"": checks.not_text_message()})
        description = required_text(errors, "description", data.description, DESCRIPTION_LIMIT,
                                translate("LostProperty", "Say what was found (as the "
                                          "notice will post it)."))
        category = checks.choice(errors, "category", data.category, FoundCategory)
        contents = long_text(errors, "contents", data.contents, CONTENTS_LIMIT)
        where = required_text(errors, "found_where", data.found_where, PLACE_LIMIT,
                          translate("LostProperty", "Say where it was found."))
        found_at = self._found_at(errors, data.found_at)
        found_by = checks.text(errors, "found_by", data.found_by, PERSON_LIMIT)
        kept_where = checks.text(errors, "kept_where", data.kept_where, KEPT_WHERE_LIMIT)
        recorded_by = self._operator.name or checks.text(errors, "recorded_by",
                                                         data.recorded_by, STAFF_NAME_LIMIT)
        if not recorded_by:
            errors.setdefault("recorded_by", translate(
                "LostProperty", "Give the name of the staff member recording it."))
        witness = required_text(errors, "witnessed_by", data.witnessed_by, STAFF_NAME_LIMIT,
                            translate("LostProperty", "A second staff member checks the item "
                                      "with you: give their name."))
        if witness and recorded_by and same_person(witness, recorded_by):
            errors.setdefault("witnessed_by", translate(
                "LostProperty", "The second name must be someone else: two staff check a "
                "found item together."))
        photo = data.photo
        if photo is not None and (problem := photo_problem(photo)):
            errors.setdefault("photo", problem)
        paging.raise_if(errors)
        return FoundItemInput(description=description, found_where=where, witnessed_by=witness,
                              category=category or FoundCategory.OTHER, contents=contents,
                              found_at=found_at, found_by=found_by, kept_where=kept_where,
                              photo=photo, recorded_by=recorded_by)

    def record_found(self, data: FoundItemInput) -> FoundItemRow:
        """Record an item found, with its year's number (SW2026-0007), by the operator and
        a second staff member.

        Raises:
            ValidationError: a field is missing or wrong (see :meth:`validate_found`).
        """
        data = self.validate_found(data)
        now = self._clock.now()
        year = self._clock.local(now).year
        with write_session(self._engine) as session:
            item = FoundItem(
                number=item_number(year, next_number(session, f"found-item-{year}")),
                description=data.description, contents=data.contents,
                category=data.category.value, found_where=data.found_where,
                found_at=data.found_at or now, found_by=data.found_by,
                kept_where=data.kept_where, recorded_by=data.recorded_by,
                witnessed_by=data.witnessed_by, photo=data.photo, state=FoundState.KEPT.value,
                created_at=now, **self._operator.signature())
            session.add(item)
            session.commit()
            return found_item_row(item)

    def _found_at(self, errors: dict[str, str], value: object) -> dt.datetime | None:
        moment = checks.moment(errors, "found_at", value, self._clock)
        if moment is None:
            return None
        if moment > self._clock.now() + CLOCK_SLACK:
            errors.setdefault("found_at", translate("LostProperty",
                                                    "This time is in the future."))
        return moment.astimezone(dt.UTC)

    # --- Reading one
    def item(self, item_id: int) -> FoundItemRow:
        """The found item ``item_id``.

        Raises:
            NotFound: no such item.
        """
        with Session(self._engine) as session:
            return found_item_row(self._get(session, item_id))

    def item_by_number(self, number: str) -> FoundItemRow:
        """The found item numbered ``number`` (SW2026-0007, typed in any case or width).

        Raises:
            NotFound: no such item.
        """
        wanted = "".join(halfwidth(number if isinstance(number, str) else "").split()).upper()
        with Session(self._engine) as session:
            found = session.exec(select(FoundItem).where(FoundItem.number == wanted[:20])).first()
        if found is None:
            raise NotFound(fill(translate("LostProperty", "No found item is numbered %1."),
                                wanted[:20] or "—"))
        return found_item_row(found)

    def photo(self, item_id: int) -> bytes | None:
        """The photo taken of the item, or None.

        Raises:
            NotFound: no such item.
        """
        with Session(self._engine) as session:
            return self._get(session, item_id).photo

    # --- The owner comes
    def validate_claim(self, data: ClaimInput) -> ClaimInput:
        """The claim as it would be saved, or ValidationError naming each bad field
        (claimant_name, id_type, id_number, phone, claim_description)."""
        errors: dict[str, str] = {}
        if not isinstance(data, ClaimInput):
            raise ValidationError({"": checks.not_text_message()})
        name = required_text(errors, "claimant_name", data.claimant_name, PERSON_LIMIT,
                         translate("LostProperty", "Enter the claimant's name."))
        kind = checks.choice(errors, "id_type", data.id_type, IdType)
        number = normalise_id_number(checks.raw_text(errors, "id_number", data.id_number))
        if kind is not None and (problem := id_number_problem(kind, number)):
            errors.setdefault("id_number", problem)
        elif not number:
            errors.setdefault("id_number", translate(
                "LostProperty", "Check the claimant's ID document and enter its number."))
        if len(number) > 32:
            errors.setdefault("id_number", checks.too_long_message(32))
        phone = normalise_phone(checks.raw_text(errors, "phone", data.phone))
        if problem := phone_problem(phone):
            errors.setdefault("phone", problem)
        elif not phone:
            errors.setdefault("phone", translate(
                "LostProperty", "Enter a phone number to reach the claimant."))
        if len(phone) > 32:
            errors.setdefault("phone", checks.too_long_message(32))
        said = long_text(errors, "claim_description", data.claim_description, CLAIM_LIMIT)
        if not said:
            errors.setdefault("claim_description", translate(
                "LostProperty", "Write down how the claimant described the item and what it "
                "holds, before showing it to them."))
        paging.raise_if(errors)
        return ClaimInput(name, number, phone, said, kind or IdType.OTHER)

    def claim(self, item_id: int, data: ClaimInput) -> FoundItemRow:
        """Hand the item to its owner: who they are (ID checked), their phone, how they
        described it; handed over by the operator on duty, signed for on the claim slip.

        Raises:
            ValidationError: a field is missing or wrong (see :meth:`validate_claim`).
            NotFound: no such item.
            DomainError: it was claimed already, or handed to the police.
        """
        data = self.validate_claim(data)
        with write_session(self._engine) as session:
            item = self._get(session, item_id, lock=True)
            self._refuse_gone(item)
            item.state = FoundState.CLAIMED.value
            item.claimant_name = data.claimant_name
            item.claimant_id_type = data.id_type.value
            item.claimant_id_number = data.id_number
            item.claimant_phone = data.phone
            item.claim_description = data.claim_description
            item.handed_over_at = self._clock.now()
            item.handed_over_by = self._operator.name
            session.add(item)
            session.commit()
            return found_item_row(item)

    # --- Unclaimed: to the police
    def hand_to_police(self, item_id: int, data: PoliceHandover) -> FoundItemRow:
        """Hand an item unclaimed past the period to the police: the station and the
        officer who received it; handed over by the operator on duty.

        Raises:
            ValidationError: the station or the officer missing (station, officer).
            NotFound: no such item.
            DomainError: claimed or handed over already, or still within the period.
        """
        errors: dict[str, str] = {}
        if not isinstance(data, PoliceHandover):
            raise ValidationError({"": checks.not_text_message()})
        station = required_text(errors, "station", data.station, PERSON_LIMIT, translate(
            "LostProperty", "Name the police station that takes the item."))
        officer = required_text(errors, "officer", data.officer, PERSON_LIMIT, translate(
            "LostProperty", "Name the officer who receives it."))
        paging.raise_if(errors)
        now = self._clock.now()
        with write_session(self._engine) as session:
            item = self._get(session, item_id, lock=True)
            self._refuse_gone(item)
            row = found_item_row(item)
            if not row.due_for_police(now):
                raise DomainError(fill(translate(
                    "LostProperty", "%1 is kept for its owner until %2: it goes to the police "
                    "only if nobody has claimed it by then."), item.number,
                    self._clock.local(row.police_due_at).strftime("%Y-%m-%d %H:%M")))
            item.state = FoundState.TO_POLICE.value
            item.police_station = station
            item.police_officer = officer
            item.handed_over_at = now
            item.handed_over_by = self._operator.name
            session.add(item)
            session.commit()
            return found_item_row(item)
