"""The one rounding rule of fee collection, and the unit prices and quantities it multiplies.

A charge is a quantity (an area of 89.35 m², a usage of 120.5 kWh) times a unit price
(2.35 yuan/m², 0.5883 yuan/kWh). Both are kept as integers: the quantity in hundredths
(8935, 12050) and the price in hundredths of a fen, i.e. ten-thousandths of a yuan (23500,
5883). Their product is exact, in ten-thousandths of a fen, and is rounded once, here, to
whole fen half-up (四舍五入): 89.35 × 2.35 = 209.9725 yuan → ¥209.97. No float is involved,
so no 0.1 + 0.2 and no banker's rounding of Python's ``round``.

Amounts and quantities are never negative here: a refund or a correction is its own
document, not a negative charge. Half-up and half-away-from-zero are therefore the same.
"""

from __future__ import annotations

from deskapp.domain import checks
from deskapp.domain.money import (
    FEN_PER_YUAN,
    MoneyError,
    decimal_digits,
    is_negative,
    typed_number,
    typed_yuan,
)
from deskapp.i18n import fill, translate

PRICE_UNITS_PER_FEN = 100  # a price is kept in hundredths of a fen
PRICE_UNITS_PER_YUAN = PRICE_UNITS_PER_FEN * FEN_PER_YUAN
QUANTITY_UNITS = 100  # a quantity is kept in hundredths
_PRODUCT_UNITS_PER_FEN = PRICE_UNITS_PER_FEN * QUANTITY_UNITS
# The largest price a rate takes (a month's parking space, a fixed fee with quantity 1) and
# the largest quantity (an area; a reading, up to what an eight-digit meter shows). More is
# a slip of the keyboard (a phone number). Their product stays within what the amount in
# capitals writes.
MAX_PRICE = 100_000 * PRICE_UNITS_PER_YUAN
MAX_QUANTITY = 100_000_000 * QUANTITY_UNITS - 1


class QuantityError(ValueError):
    """Typed text is not a quantity the form takes; the message says why, for the field."""


def charge_fen(quantity_hundredths: int, price_hundredth_fen: int) -> int:
    """``quantity × price`` in whole fen, half-up: (8935, 23500) → 20997 (¥209.97).

    Raises:
        TypeError: either is not an int (bools and floats are refused too).
        ValueError: either is negative.
    """
    product = (_non_negative(quantity_hundredths, "quantity")
               * _non_negative(price_hundredth_fen, "price"))  # ten-thousandths of a fen, exact
    return (product + _PRODUCT_UNITS_PER_FEN // 2) // _PRODUCT_UNITS_PER_FEN


def price_example_message() -> str:
    """How a unit price is typed."""
    return translate("Fees", "Enter the unit price in yuan, e.g. 2.35 or 0.5883.")


def parse_price(typed: str, *, maximum: int = MAX_PRICE) -> int:
    """A unit price typed in yuan, in hundredths of a fen: ``"2.35"`` → 23500,
    ``"0.5883"`` → 5883. Read as :func:`deskapp.domain.money.parse_yuan` reads an amount
    (full-width digits, ¥ and 元, thousands commas), with up to four decimals.

    Raises:
        MoneyError: not text, empty, negative, other digits than 0–9, more than four
            decimals, or more than ``maximum``.
    """
    if not isinstance(typed, str):
        raise MoneyError(checks.not_text_message())
    text = typed_yuan(typed)
    if not text:
        raise MoneyError(price_example_message())
    if is_negative(text):
        raise MoneyError(translate("Fees", "The unit price cannot be negative."))
    if checks.has_foreign_digits(text):
        raise MoneyError(checks.foreign_digits_message())
    digits = decimal_digits(text)
    if digits is None:
        raise MoneyError(price_example_message())
    whole, fraction = digits
    if len(fraction) > 4:
        raise MoneyError(translate("Fees", "Use at most four decimal places in a unit price."))
    units = _units(whole, fraction, 4, maximum)
    if units is None:
        raise MoneyError(fill(translate("Fees", "The unit price can be at most %1 yuan."),
                              format_price(maximum)))
    return units


def format_price(units: int) -> str:
    """A unit price in yuan, at least two decimals and no trailing zeros past them:
    23500 → ``"2.35"``, 5883 → ``"0.5883"``, 30000 → ``"3.00"`` (:func:`parse_price` reads
    it back)."""
    whole, fraction = divmod(_non_negative(units, "price"), PRICE_UNITS_PER_YUAN)
    return f"{whole}.{f'{fraction:04d}'.rstrip('0'):0<2}"


def quantity_example_message() -> str:
    """How a quantity is typed."""
    return translate("Fees", "Enter the quantity, e.g. 89.35 or 120.5.")


def parse_quantity(typed: str, *, maximum: int = MAX_QUANTITY) -> int:
    """An area or a meter reading typed in, in hundredths: ``"89.35"`` → 8935, ``"120.5"`` →
    12050. Full-width digits and thousands commas are read as in an amount.

    Raises:
        QuantityError: not text, empty, negative, other digits than 0–9, more than two
            decimals, or more than ``maximum``.
    """
    if not isinstance(typed, str):
        raise QuantityError(checks.not_text_message())
    text = typed_number(typed)
    if not text:
        raise QuantityError(quantity_example_message())
    if is_negative(text):
        raise QuantityError(translate("Fees", "The quantity cannot be negative."))
    if checks.has_foreign_digits(text):
        raise QuantityError(checks.foreign_digits_message())
    digits = decimal_digits(text)
    if digits is None:
        raise QuantityError(quantity_example_message())
    whole, fraction = digits
    if len(fraction) > 2:
        raise QuantityError(translate("Fees", "Use at most two decimal places in a quantity."))
    units = _units(whole, fraction, 2, maximum)
    if units is None:
        raise QuantityError(fill(translate("Fees", "The quantity can be at most %1."),
                                 format_quantity(maximum)))
    return units


def format_quantity(hundredths: int) -> str:
    """A quantity with two decimals: 8935 → ``"89.35"``, 12050 → ``"120.50"``
    (:func:`parse_quantity` reads it back)."""
    whole, fraction = divmod(_non_negative(hundredths, "quantity"), QUANTITY_UNITS)
    return f"{whole}.{fraction:02d}"


def _units(whole: str, fraction: str, places: int, maximum: int) -> int | None:
    """``whole.fraction`` in units of 10⁻``places``, or None when more than ``maximum``."""
    if len(whole) > len(str(maximum)):  # never hands int() a pasted wall of digits
        return None
    units = int(whole or "0") * 10**places + int(fraction.ljust(places, "0"))
    return units if units <= maximum else None


def _non_negative(value: object, name: str) -> int:
    if not checks.is_whole_number(value):
        raise TypeError(f"a {name} is a whole number of hundredths, not {value!r}")
    if value < 0:  # type: ignore[operator]
        raise ValueError(f"a {name} is never negative: {value}")
    return value  # type: ignore[return-value]
