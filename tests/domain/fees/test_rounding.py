"""Quantity × unit price in whole fen, rounded once half-up; unit prices and quantities typed
and shown: examples and properties (exact against fractions.Fraction)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from deskapp.domain.fees.capitals import MAX_FEN as MAX_CAPITALS_FEN
from deskapp.domain.fees.rounding import (
    MAX_PRICE,
    MAX_QUANTITY,
    QuantityError,
    charge_fen,
    format_price,
    format_quantity,
    parse_price,
    parse_quantity,
)
from deskapp.domain.money import MoneyError

SOME = settings(max_examples=1000, deadline=None)
FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


@pytest.mark.parametrize("quantity, price, fen", [
    (8935, 23500, 20997),  # 89.35 m² × 2.35 = 209.9725 → ¥209.97
    (12050, 5883, 7089),  # 120.5 kWh × 0.5883 = 70.89015 → ¥70.89
    (8935, 25000, 22338),  # 223.375 → ¥223.38: the half goes up
    (10000, 23500, 23500),  # 100 m² × 2.35: exact
    (333, 3333, 111),  # 3.33 × 0.3333 = 1.109889 → ¥1.11
    (12345, 6789, 8381),  # 123.45 × 0.6789 = 83.810205 → ¥83.81
    (100, 10000, 100),  # 1 × ¥1
    (1, 5000, 1),  # half a fen: up
    (1, 4999, 0),  # just under half a fen: down
    (1, 5001, 1),
    (1, 15000, 2),  # 1.5 fen → 2
    (1, 25000, 3),  # 2.5 fen → 3 (round() would give 2, half to even)
    (50, 1, 0),
    (5000, 1, 1),  # 50 × ¥0.0001: exactly half a fen
    (0, 23500, 0),
    (8935, 0, 0),
    (MAX_QUANTITY, MAX_PRICE, 10**15 - 10**5),  # the capitals still write it
])
def test_a_charge_is_rounded_once_half_up(quantity: int, price: int, fen: int) -> None:
    assert charge_fen(quantity, price) == fen
    assert charge_fen(price, quantity) == fen  # the same product, either way round


@pytest.mark.parametrize("quantity, price", [(True, 100), (100, False), (1.0, 100),
                                             (100, 2.35), ("100", 100), (100, None),
                                             (Decimal("1"), 100)])
def test_only_whole_numbers_are_charged(quantity: object, price: object) -> None:
    with pytest.raises(TypeError):
        charge_fen(quantity, price)  # type: ignore[arg-type]


@pytest.mark.parametrize("quantity, price", [(-1, 100), (100, -1), (-1, -1)])
def test_negative_quantities_and_prices_are_refused(quantity: int, price: int) -> None:
    with pytest.raises(ValueError, match="never negative"):
        charge_fen(quantity, price)


@pytest.mark.parametrize("typed, units", [
    ("2.35", 23500),
    ("0.5883", 5883),
    ("0.0001", 1),
    ("3", 30000),
    ("3.", 30000),
    (".5", 5000),
    ("0", 0),
    (" 2.35 ", 23500),
    ("¥2.35", 23500),
    ("￥2.35", 23500),
    ("2.35元", 23500),
    ("２．３５", 23500),  # full-width digits and point
    ("0。5883", 5883),  # an input method's ideographic full stop
    ("1,200.5", 12005000),
    ("007.1", 71000),
    ("100000", MAX_PRICE),
    ("0" * 5000 + "2.35", 23500),
])
def test_a_typed_unit_price_becomes_hundredths_of_a_fen(typed: str, units: int) -> None:
    assert parse_price(typed) == units


@pytest.mark.parametrize("typed, says", [
    ("", "e.g. 2.35 or 0.5883"),
    ("  ", "e.g. 2.35 or 0.5883"),
    ("abc", "e.g. 2.35 or 0.5883"),
    (".", "e.g. 2.35 or 0.5883"),
    ("2,35", "e.g. 2.35 or 0.5883"),
    ("1.2.3", "e.g. 2.35 or 0.5883"),
    ("2.35/㎡", "e.g. 2.35 or 0.5883"),
    ("-2.35", "cannot be negative"),
    ("−2.35", "cannot be negative"),
    ("0.58831", "four decimal places"),
    ("2.35000", "four decimal places"),
    ("\u0662.\u0663\u0665", "digits 0–9"),
    ("100000.0001", "at most 100000.00 yuan"),
    ("13800138000", "at most 100000.00 yuan"),
    ("9" * 5000, "at most 100000.00 yuan"),
])
def test_what_is_not_a_unit_price_is_refused_saying_why(typed: str, says: str) -> None:
    with pytest.raises(MoneyError, match=re.escape(says)):
        parse_price(typed)


def test_a_form_may_set_a_lower_maximum_price() -> None:
    assert parse_price("10", maximum=100_000) == 100_000
    with pytest.raises(MoneyError, match=re.escape("at most 10.00 yuan")):
        parse_price("10.0001", maximum=100_000)


@pytest.mark.parametrize("value", [None, 2.35, 235, b"2.35"])
def test_only_text_is_parsed(value: object) -> None:
    with pytest.raises(MoneyError, match="Enter text"):
        parse_price(value)  # type: ignore[arg-type]
    with pytest.raises(QuantityError, match="Enter text"):
        parse_quantity(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("units, shown", [
    (23500, "2.35"),
    (5883, "0.5883"),
    (30000, "3.00"),
    (15000, "1.50"),
    (12345, "1.2345"),
    (10, "0.001"),
    (1, "0.0001"),
    (0, "0.00"),
    (12345678, "1234.5678"),
    (MAX_PRICE, "100000.00"),
])
def test_a_unit_price_is_shown_with_two_to_four_decimals(units: int, shown: str) -> None:
    assert format_price(units) == shown


@pytest.mark.parametrize("typed, hundredths", [
    ("89.35", 8935),
    ("120.5", 12050),
    ("120.", 12000),
    ("120", 12000),
    (".05", 5),
    ("0", 0),
    ("８９．３５", 8935),
    ("89。35", 8935),
    ("1,234.5", 123450),
    (" 89.35 ", 8935),
    ("99999999.99", MAX_QUANTITY),
])
def test_a_typed_quantity_becomes_hundredths(typed: str, hundredths: int) -> None:
    assert parse_quantity(typed) == hundredths


@pytest.mark.parametrize("typed, says", [
    ("", "e.g. 89.35 or 120.5"),
    ("m2", "e.g. 89.35 or 120.5"),
    ("¥5", "e.g. 89.35 or 120.5"),  # a quantity is no amount of money
    ("89.35㎡", "e.g. 89.35 or 120.5"),
    ("1e3", "e.g. 89.35 or 120.5"),
    ("-1", "cannot be negative"),
    ("－1", "cannot be negative"),
    ("89.351", "two decimal places"),
    ("\u0668\u0669", "digits 0–9"),
    ("100000000", "at most 99999999.99"),
    ("13800138000", "at most 99999999.99"),
    ("9" * 5000, "at most 99999999.99"),
])
def test_what_is_not_a_quantity_is_refused_saying_why(typed: str, says: str) -> None:
    with pytest.raises(QuantityError, match=re.escape(says)):
        parse_quantity(typed)


@pytest.mark.parametrize("hundredths, shown", [
    (8935, "89.35"), (12050, "120.50"), (5, "0.05"), (0, "0.00"), (MAX_QUANTITY, "99999999.99"),
])
def test_a_quantity_is_shown_with_two_decimals(hundredths: int, shown: str) -> None:
    assert format_quantity(hundredths) == shown


@pytest.mark.parametrize("value", [True, 2.35, "235", None])
def test_only_whole_units_are_shown(value: object) -> None:
    with pytest.raises(TypeError):
        format_price(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_quantity(value)  # type: ignore[arg-type]


def test_negative_units_are_not_shown() -> None:
    with pytest.raises(ValueError):
        format_price(-1)
    with pytest.raises(ValueError):
        format_quantity(-1)


# --- Properties

quantities = st.integers(0, MAX_QUANTITY)
prices = st.integers(0, MAX_PRICE)


@SOME
@given(quantity=quantities, price=prices)
@example(quantity=1, price=25000)
@example(quantity=5000, price=1)
def test_a_charge_is_the_exact_product_rounded_half_up(quantity: int, price: int) -> None:
    exact_fen = Fraction(quantity, 100) * Fraction(price, 100)  # hundredths × hundredths of a fen
    fen = charge_fen(quantity, price)
    assert -Fraction(1, 2) < fen - exact_fen <= Fraction(1, 2)  # the nearest fen, half up
    as_decimal = (Decimal(quantity) / 100 * Decimal(price) / 10_000).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP)  # exact at this precision: ≤ 19 digits
    assert fen == int(as_decimal * 100)
    assert fen <= MAX_CAPITALS_FEN


@SOME
@given(fen=st.integers(0, 10**10), quantity=st.integers(1, MAX_QUANTITY))
def test_exactly_half_a_fen_goes_up(fen: int, quantity: int) -> None:
    # Make the product land exactly on fen + ½ where the quantity allows it.
    product = fen * 10_000 + 5_000
    if product % quantity == 0 and product // quantity <= MAX_PRICE:
        assert charge_fen(quantity, product // quantity) == fen + 1
    assert charge_fen(1, product) == fen + 1
    assert charge_fen(1, product - 1) == fen


@SOME
@given(quantity=quantities, price=prices, more=st.integers(0, 1000))
def test_more_never_costs_less(quantity: int, price: int, more: int) -> None:
    assert charge_fen(quantity + more, price) >= charge_fen(quantity, price)
    assert charge_fen(quantity, price + more) >= charge_fen(quantity, price)


@SOME
@given(units=prices)
def test_a_price_shown_reads_back_the_same(units: int) -> None:
    shown = format_price(units)
    assert re.fullmatch(r"[0-9]+\.[0-9]{2,4}", shown)
    assert len(shown.split(".")[1]) == 2 or not shown.endswith("0")
    assert parse_price(shown) == units
    assert parse_price(shown.translate(FULL_WIDTH)) == units
    assert parse_price(f"¥{shown}元") == units


@SOME
@given(hundredths=quantities)
def test_a_quantity_shown_reads_back_the_same(hundredths: int) -> None:
    shown = format_quantity(hundredths)
    assert parse_quantity(shown) == hundredths
    assert parse_quantity(shown.translate(FULL_WIDTH)) == hundredths


@SOME
@given(typed=st.text(max_size=30))
def test_any_text_is_a_price_or_a_reason(typed: str) -> None:
    try:
        units = parse_price(typed)
    except MoneyError as exc:
        assert str(exc)
    else:
        assert 0 <= units <= MAX_PRICE
    try:
        hundredths = parse_quantity(typed)
    except QuantityError as exc:
        assert str(exc)
    else:
        assert 0 <= hundredths <= MAX_QUANTITY
