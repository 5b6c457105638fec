"""Checks at the services' edge: the types and ranges every service accepts.

Widgets already limit what can be typed, but the services are also called by the command
line, the sheet import and tests. Each public entry point checks what it is given with these
helpers, collects one translated message per field and raises ValidationError before anything
is saved. A helper that finds a problem records it in ``errors`` (the first problem of a field
wins) and hands back a harmless stand-in, so one call can report every bad field at once.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TypeVar

from deskapp.domain.clock import Clock
from deskapp.domain.text import clean_text
from deskapp.i18n import fill, translate

# The days every service accepts, for visits, searches, exports and passes alike. A date box
# allows 1752 … 9999, but the bounds of a day near year 1 or 9999 overflow datetime.
FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2099, 12, 31)
# The largest id SQLite can store; a larger number cannot name any record.
MAX_RECORD_ID = 2**63 - 1
ASCII_DIGITS = "0123456789"

E = TypeVar("E", bound=StrEnum)


def not_text_message() -> str:
    """A field that must hold text was given something else."""
    return translate("InputCheck", "Enter text in this field.")


def too_long_message(limit: int) -> str:
    """A text longer than its field keeps."""
    return fill(translate("InputCheck", "Use at most %1 characters."), limit)


def foreign_digits_message() -> str:
    """A number typed with digits of another script (Arabic-Indic, Devanagari …)."""
    return translate("InputCheck", "Use the digits 0–9 only.")


def has_foreign_digits(value: str) -> bool:
    """Whether ``value`` holds a digit other than ASCII 0–9 (``'١'.isdigit()`` is True)."""
    return any(ch.isdigit() and ch not in ASCII_DIGITS for ch in value)


def is_ascii_number(value: object) -> bool:
    """Whether ``value`` is a non-empty text of the digits 0–9 only."""
    return isinstance(value, str) and value.isascii() and value.isdigit()


def text(errors: dict[str, str], field: str, value: object, limit: int | None = None) -> str:
    """``value`` as a record keeps it (:func:`clean_text`), checked for type and length."""
    if not isinstance(value, str):
        errors.setdefault(field, not_text_message())
        return ""
    cleaned = clean_text(value)
    if limit is not None and len(cleaned) > limit:
        errors.setdefault(field, too_long_message(limit))
    return cleaned


def raw_text(errors: dict[str, str], field: str, value: object) -> str:
    """``value`` unchanged when it is text (numbers are normalised by their own rules)."""
    if not isinstance(value, str):
        errors.setdefault(field, not_text_message())
        return ""
    return value


def flag(errors: dict[str, str], field: str, value: object) -> bool:
    """A yes/no setting: only True or False."""
    if not isinstance(value, bool):
        errors.setdefault(field, translate("InputCheck", "Choose yes or no."))
        return False
    return value


def choice(errors: dict[str, str], field: str, value: object, kind: type[E]) -> E | None:
    """One of the values of ``kind`` (the member or its stored text)."""
    try:
        return kind(value)
    except (ValueError, TypeError):
        errors.setdefault(field, translate("InputCheck", "Choose from the list."))
        return None


def is_whole_number(value: object) -> bool:
    """An int, not a bool or a float (2.0 would be saved and break the export)."""
    return isinstance(value, int) and not isinstance(value, bool)


def record_id(value: object) -> int | None:
    """``value`` as the id of a record, or None when no record can have it."""
    if is_whole_number(value) and 1 <= value <= MAX_RECORD_ID:  # type: ignore[operator]
        return value  # type: ignore[return-value]
    return None


def date_range_message() -> str:
    """A day outside :data:`FIRST_DAY` … :data:`LAST_DAY`."""
    return fill(translate("InputCheck", "Choose a date from %1 to %2."),
                FIRST_DAY.isoformat(), LAST_DAY.isoformat())


def day_problem(value: object) -> str | None:
    """Why ``value`` is not a day the services accept, or None."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        return translate("InputCheck", "Enter a valid date.")
    if not FIRST_DAY <= value <= LAST_DAY:
        return date_range_message()
    return None


def day(errors: dict[str, str], field: str, value: object) -> dt.date | None:
    """A date (not a datetime) from FIRST_DAY to LAST_DAY."""
    if problem := day_problem(value):
        errors.setdefault(field, problem)
        return None
    return value  # type: ignore[return-value]


def moment(errors: dict[str, str], field: str, value: object, clock: Clock) -> dt.datetime | None:
    """An aware datetime whose local day is from FIRST_DAY to LAST_DAY (None stays None)."""
    if value is None:
        return None
    if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
        errors.setdefault(field, translate("InputCheck", "Enter a valid date and time."))
        return None
    # Its own calendar day first: converting year 1 or 9999 to another zone overflows.
    if not FIRST_DAY <= value.date() <= LAST_DAY or not (
            FIRST_DAY <= clock.local(value).date() <= LAST_DAY):
        errors.setdefault(field, date_range_message())
        return None
    return value
