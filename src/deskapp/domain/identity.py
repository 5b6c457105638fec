"""Identity documents: the kinds the counter accepts, the GB 11643 check, and masking."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from deskapp.domain.checks import ASCII_DIGITS, foreign_digits_message, has_foreign_digits
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
# ASCII digits only: \d and int() also take '١' (Arabic-Indic) or '१' (Devanagari), and a
# number typed that way would be stored as typed and never match the lists.
_ID18 = re.compile(r"[0-9]{17}[0-9X]", re.ASCII)
# The first two digits: a province of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao).
PROVINCE_CODES = frozenset({
    *range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55),
    *range(61, 66), 71, 81, 82,
})
# Residence permits of Hong Kong, Macao and Taiwan residents start 81, 82 and 83.
HMT_PERMIT_CODES = frozenset({81, 82, 83})


def normalise_id_number(raw: str) -> str:
    """Strip blanks, make full-width characters ASCII and upper-case a trailing x."""
    return re.sub(r"\s+", "", halfwidth(raw)).upper()


def id18_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of GB 11643-1999 for 17 digits."""
    total = sum(ASCII_DIGITS.index(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def _leading_problem(number: str, id_type: IdType) -> str | None:
    """Why the first two digits cannot start a number of this kind of document, or None."""
    code = int(number[:2])
    if id_type is IdType.HMT_PERMIT:
        if code in HMT_PERMIT_CODES:
            return None
        return translate("IdCheck", "A residence permit number of a Hong Kong, Macao or Taiwan "
                                    "resident starts with 81, 82 or 83.")
    if code in PROVINCE_CODES:
        return None
    if id_type is not IdType.RESIDENT and (code in HMT_PERMIT_CODES or number[0] == "9"):
        return None  # a residence permit, or the 2023 foreign permanent-residence ID card
    return translate("IdCheck",
                     "The first two digits are not a province code: a digit was probably mistyped.")


def resident_id_problem(number: str, id_type: IdType = IdType.RESIDENT) -> str | None:
    """Why ``number`` is not a valid 18-character ID number, or None if it is.

    Checks the digits (ASCII only), the shape, the first two digits (a province for a resident
    ID card; 81–83 for a Hong Kong, Macao or Taiwan residence permit; a permanent-residence
    card's 9 for other documents), the birth date and the GB 11643 check character.
    """
    number = normalise_id_number(number)
    if has_foreign_digits(number):
        return foreign_digits_message()
    if not _ID18.fullmatch(number):
        return translate("IdCheck",
                         "A resident ID number has 18 characters: 17 digits and a digit or X.")
    if problem := _leading_problem(number, id_type):
        return problem
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return translate("IdCheck", "The birth date inside this ID number does not exist.")
    if birth.year < 1900 or birth > dt.date.today():
        return translate("IdCheck", "The birth date inside this ID number is not plausible.")
    if id18_check_char(number[:17]) != number[17]:
        return translate("IdCheck",
                         "The check digit does not match: a character was probably mistyped.")
    return None


def id_number_problem(id_type: IdType, number: str) -> str | None:
    """Why ``number`` is not acceptable for a document of ``id_type``, or None."""
    number = normalise_id_number(number)
    if not number:
        return None  # optional at the counter; the form decides whether it is required
    if has_foreign_digits(number):
        return foreign_digits_message()
    if id_type is IdType.RESIDENT or _ID18.fullmatch(number):
        # Residence permits (83/81/82…) and new permanent-residence cards share the
        # GB 11643 shape and check character: a mistyped digit would never match anyone.
        return resident_id_problem(number, id_type)
    if not re.fullmatch(r"[0-9A-Z()\-]{5,20}", number, re.ASCII):
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
