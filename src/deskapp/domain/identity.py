"""Identity documents: the kinds the counter accepts, the GB 11643 check, and masking."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from deskapp.domain.text import halfwidth
from deskapp.i18n import translate


class IdType(StrEnum):
    """Kinds of ID document a visitor can show."""

    RESIDENT = "resident"  # 居民身份证
    PASSPORT = "passport"  # 护照
    HMT_PERMIT = "hmt_permit"  # 港澳台通行证/居住证
    OTHER = "other"  # 其他

    def label(self) -> str:
        """The document kind in the user's language."""
        return {
            IdType.RESIDENT: translate("IdType", "Resident ID card"),
            IdType.PASSPORT: translate("IdType", "Passport"),
            IdType.HMT_PERMIT: translate("IdType", "HK/Macao/Taiwan permit"),
            IdType.OTHER: translate("IdType", "Other"),
        }[self]


_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_ID18 = re.compile(r"^\d{17}[\dX]$")


def normalise_id_number(raw: str) -> str:
    """Strip blanks, make full-width characters ASCII and upper-case a trailing x."""
    return re.sub(r"\s+", "", halfwidth(raw)).upper()


def id18_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of GB 11643-1999 for 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def resident_id_problem(number: str) -> str | None:
    """Why ``number`` is not a valid 18-character resident ID number, or None if it is.

    Checks the shape, the birth date and the GB 11643 check character.
    """
    number = normalise_id_number(number)
    if not _ID18.match(number):
        return translate("IdCheck", "A resident ID number has 18 characters: 17 digits and a digit or X.")
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return translate("IdCheck", "The birth date inside this ID number does not exist.")
    if birth.year < 1900 or birth > dt.date.today():
        return translate("IdCheck", "The birth date inside this ID number is not plausible.")
    if id18_check_char(number[:17]) != number[17]:
        return translate("IdCheck", "The check digit does not match: a character was probably mistyped.")
    return None


def id_number_problem(id_type: IdType, number: str) -> str | None:
    """Why ``number`` is not acceptable for a document of ``id_type``, or None."""
    number = normalise_id_number(number)
    if not number:
        return None  # optional at the counter; the form decides whether it is required
    if id_type is IdType.RESIDENT or _ID18.match(number):
        # Residence permits (83/81/82…) and new permanent-residence cards share the
        # GB 11643 shape and check character: a mistyped digit would never match anyone.
        return resident_id_problem(number)
    if not re.fullmatch(r"[0-9A-Z()\-]{5,20}", number):
        return translate("IdCheck", "Use 5 to 20 letters or digits for this document number.")
    return None


def mask_id_number(number: str) -> str:
    """Keep the first 6 and the last 4 characters: ``110105********1234``.

    Shorter numbers keep only their last 4 (or fewer) characters.
    """
    number = normalise_id_number(number)
    if not number:
        return ""
    if len(number) >= 15:
        return number[:6] + "*" * (len(number) - 10) + number[-4:]
    keep = min(4, max(len(number) - 2, 1))
    return "*" * (len(number) - keep) + number[-keep:]
