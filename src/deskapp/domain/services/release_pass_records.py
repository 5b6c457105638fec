"""What goods release passes (放行条) take: the goods, the carrier, the owner's or company's
authorisation; the choices and limits of each field; the list's query; the pass number as
printed, typed or scanned."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from deskapp.domain.identity import IdType
from deskapp.domain.text import clean_text, halfwidth
from deskapp.i18n import translate

# Longest text each field keeps (as the columns are wide).
NAME_LIMIT = 100
DESCRIPTION_LIMIT = 200
UNIT_WORD_LIMIT = 16
PLATE_LIMIT = 16
AUTHORISATION_NOTE_LIMIT = 200
NOTE_LIMIT = 500
REASON_LIMIT = 200
# A slip holds a van's load, listed line by line; more is a second pass (or a list).
MAX_GOODS_LINES = 30
MAX_QUANTITY = 9999
DEFAULT_UNIT_WORD = "件"

# FX2026-0012: the yearly series of the desk, as printed and as its QR code carries it.
PASS_NUMBER = re.compile(r"FX[0-9]{4}-[0-9]{4,}", re.ASCII)  # with fullmatch


def pass_number(year: int, serial: int) -> str:
    """The number printed on a pass: FX2026-0012."""
    return f"FX{year}-{serial:04d}"


def normalise_pass_number(typed: object) -> str:
    """A pass number as typed or scanned: full-width made ASCII, blanks dropped, upper
    case (``fx2026-0012`` and ``ＦＸ２０２６－００１２`` are FX2026-0012)."""
    if not isinstance(typed, str):
        return ""
    return "".join(halfwidth(typed).split()).upper()


def is_pass_number(typed: object) -> bool:
    """Whether ``typed`` reads as a pass number (a scanner's burst, the box's Enter)."""
    return bool(PASS_NUMBER.fullmatch(normalise_pass_number(typed)))


def normalise_plate(typed: str) -> str:
    """A vehicle plate as the visitor log keeps it: one line, upper case, no blanks
    (粤B 12345 is 粤B12345); letters and digits typed full-width are made ASCII."""
    return clean_text(halfwidth(typed).upper()).replace(" ", "")


class AuthorisationHow(StrEnum):
    """How the owner or the company gave its consent to take the goods out."""

    PHONE = "phone"  # the desk phoned them
    IN_PERSON = "in_person"  # they came to the counter
    WRITING = "writing"  # a signed note or the company's letter, kept with the guard's copy
    MESSAGE = "message"  # a text or WeChat message shown at the counter

    def label(self) -> str:
        """The way in the user's language."""
        return {
            AuthorisationHow.PHONE: translate("ReleasePass", "By phone"),
            AuthorisationHow.IN_PERSON: translate("ReleasePass", "In person"),
            AuthorisationHow.WRITING: translate("ReleasePass", "In writing"),
            AuthorisationHow.MESSAGE: translate("ReleasePass", "By message"),
        }[self]


@dataclass(frozen=True)
class GoodsLine:
    """One line of a pass's goods list: what, how many, counted in what (件, 箱, 台 …)."""

    description: str
    quantity: int = 1
    unit_word: str = DEFAULT_UNIT_WORD

    @property
    def quantity_text(self) -> str:
        """``2张``, or ``2 pcs`` for a unit word in letters."""
        word = self.unit_word
        return f"{self.quantity} {word}" if word[:1].isascii() else f"{self.quantity}{word}"

    def text(self) -> str:
        """``沙发 ×2张``: the line as lists and the workbook show it."""
        return f"{self.description} ×{self.quantity_text}".rstrip()


@dataclass(frozen=True)
class ReleasePassInput:
    """A pass as the counter fills it in.

    ``unit_id`` is the directory's unit the goods leave from; ``authorised_by`` who gave
    the owner's or the company's consent (the owner, the company's contact), ``how`` and a
    ``authorisation_note`` (the number called, what the letter says).
    """

    unit_id: int
    goods: tuple[GoodsLine, ...]
    carrier_name: str
    carrier_id_number: str
    authorised_by: str
    authorisation_how: AuthorisationHow = AuthorisationHow.PHONE
    carrier_id_type: IdType = IdType.RESIDENT
    carrier_phone: str = ""
    plate: str = ""
    authorisation_note: str = ""
    note: str = ""


class PassFilter(StrEnum):
    """Which passes the list shows."""

    TODAY = "today"  # issued today, whatever the days chosen
    NOT_RETURNED = "not_returned"  # the guard's copy not back yet, whenever issued
    ALL = "all"  # issued in the days chosen

    def label(self) -> str:
        """The filter in the user's language."""
        return {PassFilter.TODAY: translate("PassFilter", "Today's passes"),
                PassFilter.NOT_RETURNED: translate("PassFilter", "Guard's copy not back"),
                PassFilter.ALL: translate("PassFilter", "All passes")}[self]


class PassSort(StrEnum):
    """The pass list's one sort: by when the pass was issued (indexed)."""

    ISSUED_AT = "issued_at"


@dataclass(frozen=True)
class PassQuery:
    """What the pass list shows: local days of issue, a search (number, unit, plate,
    carrier), a filter."""

    first_day: dt.date
    last_day: dt.date
    text: str = ""
    only: PassFilter = PassFilter.ALL
    descending: bool = True
    desk: str | None = None
    sort: PassSort = field(default=PassSort.ISSUED_AT)
