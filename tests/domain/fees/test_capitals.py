"""The amount in Chinese capitals: the central bank's examples, every zero case by hand, and
properties over random amounts (the strongest: the capitals read back to the same fen)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from deskapp.domain.fees.capitals import MAX_FEN, rmb_capitals

SOME = settings(max_examples=2000, deadline=None)

# (fen, capitals without 人民币); each worked out by hand from the rules in capitals.py.
CASES = [
    # The central bank's six examples (the first way of writing the optional 零).
    (140950, "壹仟肆佰零玖元伍角"),
    (600714, "陆仟零柒元壹角肆分"),
    (168032, "壹仟陆佰捌拾元零叁角贰分"),
    (10700053, "壹拾万柒仟元零伍角叁分"),
    (1640902, "壹万陆仟肆佰零玖元零贰分"),
    (32504, "叁佰贰拾伍元零肆分"),
    # The two.
    (10500, "壹佰零伍元整"),
    (1002005, "壹万零贰拾元零伍分"),
    # The edge cases verified with the rules.
    (0, "零元整"),
    (50, "伍角"),
    (5, "伍分"),
    (1000, "壹拾元整"),
    (100010, "壹仟元零壹角"),
    (100010000_00, "壹亿零壹万元整"),
    (100000001_00, "壹亿零壹元整"),
    (10001000_00, "壹仟万壹仟元整"),
    (10000100_00, "壹仟万零壹佰元整"),
    (1010101_01, "壹佰零壹万零壹佰零壹元零壹分"),
    # Below one yuan: no 零元; jiao without fen, fen without jiao.
    (1, "壹分"),
    (9, "玖分"),
    (10, "壹角"),
    (90, "玖角"),
    (11, "壹角壹分"),
    (99, "玖角玖分"),
    # One yuan and the fen after it.
    (100, "壹元整"),
    (101, "壹元零壹分"),
    (110, "壹元壹角"),
    (111, "壹元壹角壹分"),
    # 元位 zero: 零 before 角; 角 zero: one 零 before 分, never two.
    (1001, "壹拾元零壹分"),
    (1010, "壹拾元零壹角"),
    (1011, "壹拾元零壹角壹分"),
    (7000, "柒拾元整"),
    (7005, "柒拾元零伍分"),
    (7050, "柒拾元零伍角"),
    (7055, "柒拾元零伍角伍分"),
    (100001, "壹仟元零壹分"),
    (100550, "壹仟零伍元伍角"),
    # Zeros inside a group of four, in every position.
    (1100, "壹拾壹元整"),
    (1500, "壹拾伍元整"),
    (2000, "贰拾元整"),
    (10000, "壹佰元整"),
    (10100, "壹佰零壹元整"),
    (11000, "壹佰壹拾元整"),
    (100000, "壹仟元整"),
    (100100, "壹仟零壹元整"),
    (101000, "壹仟零壹拾元整"),
    (110000, "壹仟壹佰元整"),
    (300000, "叁仟元整"),
    (999999, "玖仟玖佰玖拾玖元玖角玖分"),
    # 万: 零 after it only when the group below starts with zeros.
    (1000000, "壹万元整"),
    (1000050, "壹万元零伍角"),
    (1000100, "壹万零壹元整"),
    (1001000, "壹万零壹拾元整"),
    (1010000, "壹万零壹佰元整"),
    (1100000, "壹万壹仟元整"),
    (1234567, "壹万贰仟叁佰肆拾伍元陆角柒分"),
    (1020304, "壹万零贰佰零叁元零肆分"),
    (8008008, "捌万零捌拾元零捌分"),
    (10000000, "壹拾万元整"),
    (10000001, "壹拾万元零壹分"),
    (12000000, "壹拾贰万元整"),
    (20000000, "贰拾万元整"),
    (100000000, "壹佰万元整"),
    (100000001, "壹佰万元零壹分"),
    (100100100, "壹佰万壹仟零壹元整"),
    (100001000, "壹佰万零壹拾元整"),
    (1000000000, "壹仟万元整"),
    (1000000100, "壹仟万零壹元整"),
    (6000000600, "陆仟万零陆元整"),
    # 亿: 零 after it when the part below is not zero but its 千万 is.
    (10000000000, "壹亿元整"),
    (10000000001, "壹亿元零壹分"),
    (10100000000, "壹亿零壹佰万元整"),
    (11000000000, "壹亿壹仟万元整"),
    (90000900000, "玖亿零玖仟元整"),  # a whole 万 group skipped: 零 (玖亿玖仟 reads as 990,000,000)
    (100000100000, "壹拾亿零壹仟元整"),
    (100000000000, "壹拾亿元整"),
    (304050607080, "叁拾亿肆仟零伍拾万陆仟零柒拾元零捌角"),
    (1000000000000, "壹佰亿元整"),
    (1000000000100, "壹佰亿零壹元整"),
    (2000000000000, "贰佰亿元整"),
    (5000000050000, "伍佰亿零伍佰元整"),
    (10000000000000, "壹仟亿元整"),
    # 万亿 and the largest amount.
    (100000000000000, "壹万亿元整"),
    (100000000000100, "壹万亿零壹元整"),
    (100000001000000, "壹万亿零壹万元整"),
    (100010000000000, "壹万零壹亿元整"),
    (100001000000000, "壹万亿零壹仟万元整"),  # the whole 亿 group skipped
    (120000000000000, "壹万贰仟亿元整"),
    (123456789012345, "壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分"),
    (MAX_FEN, "玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize("fen, capitals", CASES)
def test_the_amount_in_capitals(fen: int, capitals: str) -> None:
    assert rmb_capitals(fen) == "人民币" + capitals
    assert rmb_capitals(fen, with_prefix=False) == capitals


def test_the_table_is_large_and_has_no_repeats() -> None:
    assert len(CASES) >= 60
    assert len({fen for fen, _ in CASES}) == len(CASES)


@pytest.mark.parametrize("value", [True, False, 1.0, 100.5, "100", None, Decimal("100")])
def test_only_whole_fen_are_written(value: object) -> None:
    with pytest.raises(TypeError):
        rmb_capitals(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("fen", [-1, -100, MAX_FEN + 1, 10**20])
def test_negative_and_too_large_amounts_are_refused(fen: int) -> None:
    with pytest.raises(ValueError):
        rmb_capitals(fen)


# --- Properties

ALLOWED = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
DIGIT_VALUE = {ch: n for n, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
PLACE_VALUE = {"拾": 10, "佰": 100, "仟": 1000}

amounts = st.integers(0, MAX_FEN)
# Mostly zeros with a few ones and nines: the zero rules are where the mistakes are.
zero_heavy = st.lists(st.sampled_from("000000019"), min_size=1, max_size=15).map(
    lambda digits: int("".join(digits)))


def read_capitals(text: str) -> int:
    """The fen a written amount stands for, read the way a bank clerk reads it (strictly: a
    digit before every unit, 拾 never bare)."""
    assert text.startswith("人民币")
    text = text.removeprefix("人民币")
    if text == "零元整":
        return 0
    fen = 0
    tail = re.fullmatch(r"(?:(?P<yuan>.+)元)?零?(?:(?P<jiao>.)角)?(?:(?P<fen>.)分)?整?", text)
    assert tail is not None, text
    for key, scale in (("jiao", 10), ("fen", 1)):
        if tail[key]:
            fen += DIGIT_VALUE[tail[key]] * scale
    yi = wan = section = digit = 0
    for ch in tail["yuan"] or "":
        if ch in DIGIT_VALUE:
            digit = DIGIT_VALUE[ch]
        elif ch in PLACE_VALUE:
            assert digit, f"{PLACE_VALUE[ch]} without a digit in {text}"
            section += digit * PLACE_VALUE[ch]
            digit = 0
        elif ch == "万":
            wan = (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            yi = (wan + section + digit) * 100_000_000
            wan = section = digit = 0
        else:
            raise AssertionError(f"{ch} in the yuan of {text}")
    return fen + (yi + wan + section + digit) * 100


def written_by_position(yuan: int) -> str:
    """The yuan part written digit by digit, a second way (for a differential check): each
    non-zero digit with its place, 零 before it when zeros stand between it and the digit
    before and one of them is in its own group of four (or a whole group between is zero),
    and the group's unit after the group's last non-zero digit."""
    digits = [int(d) for d in str(yuan)]
    positions = [len(digits) - 1 - i for i, d in enumerate(digits) if d]  # powers of ten
    group_units = {1: "万", 2: "亿", 3: "万" + ("" if (yuan // 10**8) % 10**4 else "亿")}
    text = ""
    for higher, position in zip([None, *positions], positions, strict=False):
        group = position // 4
        if higher is not None and (higher - position > 1) and (
                any(q // 4 == group for q in range(position + 1, higher))
                or higher // 4 - group >= 2):
            text += "零"
        text += "零壹贰叁肆伍陆柒捌玖"[digits[len(digits) - 1 - position]]
        text += ("", "拾", "佰", "仟")[position % 4]
        if position == min(q for q in positions if q // 4 == group):
            text += group_units.get(group, "")
    return text


@pytest.mark.parametrize("fen, capitals", CASES)
def test_writing_by_position_agrees_with_the_table(fen: int, capitals: str) -> None:
    if fen >= 100:
        assert capitals.startswith(written_by_position(fen // 100) + "元")


@pytest.mark.parametrize("fen, capitals", CASES)
def test_the_reader_reads_the_table(fen: int, capitals: str) -> None:
    assert read_capitals("人民币" + capitals) == fen


@SOME
@given(fen=amounts | zero_heavy.filter(lambda fen: fen <= MAX_FEN))
@example(fen=MAX_FEN)
@example(fen=100000000000001)
def test_the_capitals_read_back_as_the_same_fen(fen: int) -> None:
    assert read_capitals(rmb_capitals(fen)) == fen


@SOME
@given(fen=amounts | zero_heavy.filter(lambda fen: fen <= MAX_FEN))
def test_the_zeros_stand_where_writing_by_position_puts_them(fen: int) -> None:
    text = rmb_capitals(fen, with_prefix=False)
    if fen >= 100:
        assert text.startswith(written_by_position(fen // 100) + "元")


@SOME
@given(fen=amounts | zero_heavy.filter(lambda fen: fen <= MAX_FEN))
def test_the_capitals_keep_the_rules(fen: int) -> None:
    text = rmb_capitals(fen, with_prefix=False)
    assert set(text) <= ALLOWED
    assert "零零" not in text
    assert text == "零元整" or not text.startswith("零")
    # 零 stands before a digit only (零元整 aside): never before a unit, never at the end.
    assert re.search(r"零(?![壹贰叁肆伍陆柒捌玖])", text.removeprefix("零元整")) is None
    # A digit before every unit (壹拾, never a bare 拾); 万 and 亿 may follow a place, and 亿
    # may follow 万 (壹万亿).
    assert re.search(r"(?<![壹贰叁肆伍陆柒捌玖])[拾佰仟角分]", text) is None
    assert re.search(r"(?<![壹贰叁肆伍陆柒捌玖拾佰仟])万", text) is None
    assert re.search(r"(?<![壹贰叁肆伍陆柒捌玖拾佰仟万])亿", text) is None
    # 整 ends a whole yuan, right after 元; nothing ending at 角 or 分 takes it.
    assert text.endswith("元整") == (fen % 100 == 0)
    assert text.count("整") == (1 if fen % 100 == 0 else 0)
    # 零 after 元 exactly when 元位 is zero before a 角, or 角 is zero before a 分.
    yuan, jiao, fen_digit = fen // 100, fen // 10 % 10, fen % 10
    after_yuan = yuan > 0 and ((jiao and yuan % 10 == 0) or (not jiao and fen_digit))
    assert ("元零" in text) == bool(after_yuan)
    assert ("元" in text) == (yuan > 0 or fen == 0)
