"""Money typed in yuan, kept as integer fen, shown as yuan: examples and properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from deskapp.domain.money import (
    MAX_FEN,
    MoneyError,
    amount,
    format_money,
    parse_yuan,
    yuan_text,
)
from strategies import FOREIGN, not_texts, texts

SOME = settings(max_examples=300, deadline=None)
FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
fen_amounts = st.integers(0, MAX_FEN)


@pytest.mark.parametrize("typed, fen", [
    ("50", 5000),
    ("50.00", 5000),
    ("50.5", 5050),
    ("50.05", 5005),
    ("0.01", 1),
    (".5", 50),
    ("50.", 5000),  # a point typed and nothing after it
    ("0", 0),
    ("007", 700),
    (" 50 ", 5000),
    ("¥50", 5000),
    ("￥50", 5000),  # the full-width yuan sign of a Chinese keyboard
    ("50元", 5000),
    ("￥ 1,234.50 元", 123450),
    ("５０．００", 5000),  # full-width digits and point
    ("１，０００", 100000),  # and a full-width comma
    ("50。5", 5050),  # an input method's ideographic full stop for the point
    ("5\u200b0", 5000),  # an invisible character pasted in
    ("1 000", 100000),
    ("1000000", MAX_FEN),
    ("0.10", 10),
    ("0" * 5000 + "50", 5000),  # leading zeros never reach int() (its digit limit)
])
def test_typed_yuan_become_fen(typed: str, fen: int) -> None:
    assert parse_yuan(typed) == fen


@pytest.mark.parametrize("typed, says", [
    ("", "e.g. 50 or 50.00"),
    ("  ", "e.g. 50 or 50.00"),
    ("¥", "e.g. 50 or 50.00"),
    (".", "e.g. 50 or 50.00"),
    ("abc", "e.g. 50 or 50.00"),
    ("5e3", "e.g. 50 or 50.00"),
    ("NaN", "e.g. 50 or 50.00"),
    ("inf", "e.g. 50 or 50.00"),
    ("+50", "e.g. 50 or 50.00"),
    ("50,5", "e.g. 50 or 50.00"),  # a comma is never the decimal point here
    ("1,23,456", "e.g. 50 or 50.00"),
    ("1.2.3", "e.g. 50 or 50.00"),
    ("五十", "e.g. 50 or 50.00"),
    ("-5", "cannot be negative"),
    ("-0", "cannot be negative"),
    ("−5", "cannot be negative"),  # a typographic minus
    ("－5", "cannot be negative"),  # a full-width minus
    ("50.005", "two decimal places"),
    ("50.000", "two decimal places"),
    ("\u0665\u0660", "digits 0–9"),  # Arabic-Indic 50
    ("1000000.01", "at most ¥1,000,000.00"),
    ("13800138000", "at most ¥1,000,000.00"),  # a phone number in the amount field
    ("9" * 5000, "at most ¥1,000,000.00"),  # never handed to int() (its digit limit)
])
def test_what_is_not_an_amount_is_refused_saying_why(typed: str, says: str) -> None:
    with pytest.raises(MoneyError, match=re.escape(says)):
        parse_yuan(typed)


def test_a_form_may_set_a_lower_maximum() -> None:
    assert parse_yuan("1000", maximum_fen=100_000) == 100_000
    with pytest.raises(MoneyError, match=re.escape("at most ¥1,000.00")):
        parse_yuan("1000.01", maximum_fen=100_000)


@pytest.mark.parametrize("value", [None, 50, 50.0, b"50", ["50"]])
def test_only_text_is_parsed(value: object) -> None:
    with pytest.raises(MoneyError, match="Enter text"):
        parse_yuan(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("fen, typed, shown", [
    (0, "0.00", "¥0.00"),
    (1, "0.01", "¥0.01"),
    (5000, "50.00", "¥50.00"),
    (123450, "1234.50", "¥1,234.50"),
    (MAX_FEN, "1000000.00", "¥1,000,000.00"),
    (-550, "-5.50", "-¥5.50"),  # a refund, for the fee workspace later
])
def test_fen_are_shown_as_yuan(fen: int, typed: str, shown: str) -> None:
    assert yuan_text(fen) == typed
    assert format_money(fen) == shown


@pytest.mark.parametrize("value", [50.0, True, "5000", None])
def test_only_whole_fen_are_shown(value: object) -> None:
    with pytest.raises(TypeError):
        format_money(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        yuan_text(value)  # type: ignore[arg-type]


def test_the_service_helper_collects_one_message_per_field() -> None:
    errors: dict[str, str] = {}
    assert amount(errors, "deposit", "", required=False) == 0
    assert amount(errors, "deposit", "\u200b ", required=False) == 0
    assert amount(errors, "deposit", "50", required=False) == 5000
    assert errors == {}
    assert amount(errors, "fee", "") == 0
    assert amount(errors, "deposit", "-5", required=False) == 0
    assert amount(errors, "deposit", "x") == 0  # the first problem of a field stays
    assert amount(errors, "other", 50.0) == 0
    assert errors == {"fee": "Enter the amount in yuan, e.g. 50 or 50.00.",
                      "deposit": "The amount cannot be negative.",
                      "other": "Enter text in this field."}


# --- Properties


@SOME
@given(fen=fen_amounts)
def test_what_is_shown_reads_back_as_the_same_fen(fen: int) -> None:
    assert parse_yuan(yuan_text(fen)) == fen
    assert parse_yuan(format_money(fen)) == fen
    assert parse_yuan(yuan_text(fen).translate(FULL_WIDTH)) == fen
    assert parse_yuan(f"{fen // 100}.{fen % 100:02d}元") == fen


@SOME
@given(yuan=st.integers(0, MAX_FEN // 100 - 1), cents=st.integers(0, 99), places=st.integers(0, 2))
def test_whole_yuan_and_up_to_two_decimals_are_exact(yuan: int, cents: int, places: int) -> None:
    if places == 0:
        typed, fen = str(yuan), yuan * 100
    elif places == 1:
        typed, fen = f"{yuan}.{cents // 10}", yuan * 100 + cents // 10 * 10
    else:
        typed, fen = f"{yuan}.{cents:02d}", yuan * 100 + cents
    assert parse_yuan(typed) == fen
    assert type(parse_yuan(typed)) is int  # never a float or a Decimal


@SOME
@given(typed=st.one_of(texts, not_texts, st.from_regex(r"-?[0-9]{0,12}(\.[0-9]{0,4})?",
                                                       fullmatch=True)),
       maximum=st.integers(0, MAX_FEN))
@example(typed="0.1", maximum=MAX_FEN)
@example(typed="\u0661", maximum=MAX_FEN)
def test_any_input_is_fen_within_bounds_or_a_message(typed: object, maximum: int) -> None:
    try:
        fen = parse_yuan(typed, maximum_fen=maximum)  # type: ignore[arg-type]
    except MoneyError as exc:
        event("refused")
        assert str(exc)
        return
    event("read")
    assert type(fen) is int and 0 <= fen <= maximum
    assert parse_yuan(yuan_text(fen)) == fen  # and it shows as what it is


@SOME
@given(fen=fen_amounts)
def test_other_digits_are_refused_not_misread(fen: int) -> None:
    foreign = yuan_text(fen).translate(FOREIGN)
    with pytest.raises(MoneyError, match="digits 0–9"):
        parse_yuan(foreign)
