"""Money as the counter types and reads it: yuan typed in, integer fen (分) kept, yuan shown.

No float ever holds an amount. Typed text is read digit by digit into an ``int`` of fen and
fen are shown by integer division, so 0.10 + 0.20 is 30 fen, never 0.30000000000000004.
What a receptionist types with a Chinese input method is read too: full-width digits,
point and comma (５０．００), the ideographic full stop some input methods give for a point
(50。5), a leading ¥ or ￥ and a trailing 元.
"""

from __future__ import annotations

import re

from deskapp.domain import checks
from deskapp.domain.text import clean_text, halfwidth
from deskapp.i18n import fill, translate

FEN_PER_YUAN = 100
# The largest amount any form takes by default: one million yuan. More is a slip of the
# keyboard (a phone number typed into the amount), not money handed over a counter.
MAX_FEN = 1_000_000 * FEN_PER_YUAN
_MAX_DIGITS = 15  # far past any maximum; int() of a longer digit string is never tried
# 1234, 1,234 (commas only between groups of three), .5 or 1234.5; the point may end it.
_DECIMAL = re.compile(r"(?P<whole>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)(?:\.(?P<fraction>[0-9]*))?",
                      re.ASCII)


class MoneyError(ValueError):
    """Typed text is not an amount the form takes; the message says why, for the field."""


def typed_number(typed: str) -> str:
    """What was typed into a number field, as :func:`decimal_digits` reads it: full-width
    characters as ASCII, invisible characters and blanks gone, an ideographic full stop as
    the point."""
    return re.sub(r"\s+", "", clean_text(halfwidth(typed))).replace("。", ".")


def typed_yuan(typed: str) -> str:
    """:func:`typed_number` of a field in yuan: a leading ¥/￥ and a trailing 元 dropped too."""
    return typed_number(typed).removeprefix("¥").removesuffix("元")


def is_negative(text: str) -> bool:
    """Whether the cleaned ``text`` starts with a minus, ASCII or typographic."""
    return text[:1] in ("-", "\u2212")


def decimal_digits(text: str) -> tuple[str, str] | None:
    """The whole digits (no commas, no leading zeros) and the decimals of a cleaned
    non-negative decimal (``"1,020.5"`` → ``("1020", "5")``), or None when ``text`` is none."""
    match = _DECIMAL.fullmatch(text)
    if match is None or not (match["whole"] or match["fraction"]):
        return None
    return match["whole"].replace(",", "").lstrip("0"), match["fraction"] or ""


def example_message() -> str:
    """How an amount is typed."""
    return translate("Money", "Enter the amount in yuan, e.g. 50 or 50.00.")


def parse_yuan(typed: str, *, maximum_fen: int = MAX_FEN) -> int:
    """The amount ``typed`` in yuan, as fen: ``"50"`` and ``"50.00"`` are 5000.

    Blanks, a leading ¥/￥, a trailing 元 and thousands commas are allowed; full-width
    characters count as their ASCII selves.

    Raises:
        MoneyError: not text, empty, negative, other digits than 0–9, more than two
            decimals (a fen is the smallest coin), or more than ``maximum_fen``.
    """
    if not isinstance(typed, str):
        raise MoneyError(checks.not_text_message())
    text = typed_yuan(typed)
    if not text:
        raise MoneyError(example_message())
    if is_negative(text):
        raise MoneyError(translate("Money", "The amount cannot be negative."))
    if checks.has_foreign_digits(text):
        raise MoneyError(checks.foreign_digits_message())
    digits = decimal_digits(text)
    if digits is None:
        raise MoneyError(example_message())
    whole, fraction = digits
    if len(fraction) > 2:
        raise MoneyError(translate("Money", "Use at most two decimal places (fen)."))
    too_much = fill(translate("Money", "The amount can be at most %1."), format_money(maximum_fen))
    if len(whole) > _MAX_DIGITS:
        raise MoneyError(too_much)
    fen = int(whole or "0") * FEN_PER_YUAN + int(fraction.ljust(2, "0"))
    if fen > maximum_fen:
        raise MoneyError(too_much)
    return fen


def amount(errors: dict[str, str], field: str, typed: object, *, maximum_fen: int = MAX_FEN,
           required: bool = True) -> int:
    """``typed`` yuan as fen for a service's input check (see :mod:`deskapp.domain.checks`).

    A problem is recorded in ``errors`` under ``field`` and 0 handed back. When not
    ``required``, a field left empty is 0 (nothing taken).
    """
    if not required and isinstance(typed, str) and not clean_text(typed):
        return 0
    try:
        return parse_yuan(typed, maximum_fen=maximum_fen)  # type: ignore[arg-type]
    except MoneyError as exc:
        errors.setdefault(field, str(exc))
        return 0


def _check_fen(fen: object) -> int:
    if not checks.is_whole_number(fen):
        raise TypeError(f"an amount is a whole number of fen, not {fen!r}")
    return fen  # type: ignore[return-value]


def yuan_text(fen: int) -> str:
    """``fen`` as typed into a field: ``5000`` → ``"50.00"`` (:func:`parse_yuan` reads it back)."""
    fen = _check_fen(fen)
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}{whole}.{cents:02d}"


def format_money(fen: int) -> str:
    """``fen`` as screens and paper show it: ``123450`` → ``"¥1,234.50"``."""
    fen = _check_fen(fen)
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}¥{whole:,}.{cents:02d}"
