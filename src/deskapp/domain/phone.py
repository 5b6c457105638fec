"""Phone numbers as the counter writes them down: mainland mobiles and landlines."""

from __future__ import annotations

import re

from deskapp.domain.text import halfwidth
from deskapp.i18n import translate

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Area code 0xx or 0xxx, 7-8 digit subscriber number, optional extension.
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_LOCAL = re.compile(r"^\d{7,8}(-\d{1,6})?$")
_SERVICE = re.compile(r"^(400|800)-?\d{3}-?\d{4}$")


def normalise_phone(raw: str) -> str:
    """Drop blanks, dots and a +86/0086 prefix; keep one dash before an extension."""
    text = re.sub(r"[\s.()]", "", halfwidth(raw))
    text = re.sub(r"^(\+86|0086)-?", "", text)
    digits = re.sub(r"\D", "", text)
    if _MOBILE.match(digits):
        return digits
    return text


def phone_digits(raw: str) -> str:
    """The digits alone, for matching: ``010-12345678`` and ``01012345678`` are one number."""
    return re.sub(r"\D", "", normalise_phone(raw))


def phone_problem(raw: str) -> str | None:
    """Why ``raw`` is not a mainland mobile or landline number, or None if it is (or empty)."""
    number = normalise_phone(raw)
    if not number:
        return None
    if _MOBILE.match(number) or _LANDLINE.match(number) or _LOCAL.match(number):
        return None
    if _SERVICE.match(number):
        return None
    if number.startswith("1"):
        return translate("PhoneCheck", "A mobile number has 11 digits and starts with 13-19.")
    return translate(
        "PhoneCheck", "Enter a mobile number (11 digits) or a landline such as 010-12345678."
    )


def mask_phone(number: str) -> str:
    """``138****8000`` for mobiles; landlines keep their last 4 digits."""
    number = normalise_phone(number)
    if _MOBILE.match(number):
        return number[:3] + "****" + number[-4:]
    if len(number) > 4:
        return "*" * (len(number) - 4) + number[-4:]
    return number
