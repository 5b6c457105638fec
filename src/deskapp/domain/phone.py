"""Phone numbers as the counter writes them down: mainland mobiles and landlines."""

from __future__ import annotations

import re

from deskapp.domain.checks import foreign_digits_message, has_foreign_digits
from deskapp.domain.text import halfwidth
from deskapp.i18n import fill, translate

# ASCII digits only ([0-9], never \d): '١٣٨…' in Arabic-Indic digits is not a phone number
# the counter can dial or match against the lists. Patterns are used with fullmatch.
_MOBILE = re.compile(r"1[3-9][0-9]{9}", re.ASCII)
# Area code 0xx or 0xxx, 7-8 digit subscriber number, optional extension.
_LANDLINE = re.compile(r"0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?", re.ASCII)
_LOCAL = re.compile(r"[0-9]{7,8}(-[0-9]{1,6})?", re.ASCII)
_SERVICE = re.compile(r"(400|800)-?[0-9]{3}-?[0-9]{4}", re.ASCII)
# Emergency and public-service numbers (110, 119, 120, 12345, 95598 …): fine in the phone
# directory, never as a person's number.
_SHORT_SERVICE = re.compile(r"1[0-9]{2}|1[0-9]{4}|9[0-9]{4}", re.ASCII)
_NOT_DIGIT = re.compile(r"[^0-9]")


def normalise_phone(raw: str) -> str:
    """Drop blanks, dots and a +86/0086 prefix; keep one dash before an extension."""
    text = re.sub(r"[\s.()]", "", halfwidth(raw))
    # Every prefix at once: one left behind would be dropped when the stored number is
    # checked again, so "+86 0086 138…" passed the check but was stored as "0086138…".
    text = re.sub(r"^((\+86|0086)-?)+", "", text)
    digits = _NOT_DIGIT.sub("", text)
    if _MOBILE.fullmatch(digits):
        return digits
    return text


def phone_digits(raw: str) -> str:
    """The digits alone, for matching: ``010-12345678`` and ``01012345678`` are one number."""
    return _NOT_DIGIT.sub("", normalise_phone(raw))


def phone_problem(raw: str) -> str | None:
    """Why ``raw`` is not a mainland mobile or landline number, or None if it is (or empty)."""
    number = normalise_phone(raw)
    if not number:
        return None
    if has_foreign_digits(number):
        return foreign_digits_message()
    if _MOBILE.fullmatch(number) or _LANDLINE.fullmatch(number) or _LOCAL.fullmatch(number):
        return None
    if _SERVICE.fullmatch(number):
        return None
    if number.startswith("1"):
        return translate("PhoneCheck", "A mobile number has 11 digits and starts with 13-19.")
    return translate(
        "PhoneCheck", "Enter a mobile number (11 digits) or a landline such as 010-12345678."
    )


_EXTENSION = re.compile(r"((?:0[0-9]{2,3}-?)?[0-9]{7,8})-([0-9]{1,6})", re.ASCII)


def readable_phone(number: str) -> str:
    """A number as the desk reads it aloud: ``021-62345678 ext. 8001`` for one with an
    extension, else as stored."""
    number = normalise_phone(number)
    found = _EXTENSION.fullmatch(number)
    if found is None:
        return number
    return fill(translate("PhoneCheck", "%1 ext. %2"), found.group(1), found.group(2))


def mask_phone(number: str) -> str:
    """``138****8000`` for mobiles; landlines keep their last 4 digits."""
    number = normalise_phone(number)
    if _MOBILE.fullmatch(number):
        return number[:3] + "****" + number[-4:]
    if len(number) > 4:
        return "*" * (len(number) - 4) + number[-4:]
    return number


def is_service_number(raw: str) -> bool:
    """Whether ``raw`` is a short public-service number such as 110 or 95598."""
    return bool(_SHORT_SERVICE.fullmatch(normalise_phone(raw)))
