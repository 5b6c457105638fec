"""The amount in Chinese capitals (人民币大写) that every receipt prints beside the figures.

The rules are the central bank's (《正确填写票据和结算凭证的基本规定》, 支付结算办法 1997):
only 零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整, 人民币 written right before the amount, and

- 整 after 元 when there are no jiao and no fen (壹佰零伍元整). An amount ending at 角 may take
  整 or not; here it does not (壹仟肆佰零玖元伍角), as in the rules' own example. With 分, never.
- A zero, or a run of zeros, inside the number is one 零 (陆仟零柒元壹角肆分).
- Where the rules leave 零 optional, after a 万 whose 千 is not zero and after an 元 whose
  units digit is zero but whose 角 is not, this module takes the rules' first example: none
  after 万 (壹拾万柒仟元), one after 元 (壹仟陆佰捌拾元零叁角贰分). A whole group of four zeros
  skipped always takes its 零 (玖亿零玖仟元整, 壹万亿零壹仟万元整): 玖亿玖仟 would be read
  as 990,000,000.
- 零 after 元 when 角 is zero and 分 is not (叁佰贰拾伍元零肆分); that one is mandatory.
- Ten is 壹拾, never a bare 拾. Below one yuan there is no 零元 (伍角, 伍分); nothing is 零元整.

Written by hand rather than taken from ``cn2an`` (0.5.24): its ``an2cn(..., "rmb")`` differs
on 12 of the 90 amounts of the tests, dropping the 零 after 元 that the first example writes
(壹仟陆佰捌拾元叁角贰分), and writes 900,009,000 as 玖亿玖仟元整. It also reads text or a float
rather than whole fen, needs ``proces``, and its wheel installs stray ``build``, ``example`` and
``src`` folders. Forty lines here, checked against the rules' examples, are simpler to trust.
"""

from __future__ import annotations

from deskapp.domain import checks

PREFIX = "人民币"
DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("仟", "佰", "拾", "")  # inside a group of four digits, highest first
# 9,999,999,999,999.99 yuan (玖万玖仟…亿…元玖角玖分): thirteen digits reach 万亿. A receipt never
# comes near it; a larger number is a mistake, not money.
MAX_FEN = 10**15 - 1


def rmb_capitals(fen: int, *, with_prefix: bool = True) -> str:
    """``fen`` in capitals: 10500 → ``"人民币壹佰零伍元整"``,
    1002005 → ``"人民币壹万零贰拾元零伍分"``.

    ``with_prefix=False`` leaves out 人民币, for a form that prints it as its own label.

    Raises:
        TypeError: ``fen`` is not an int (a bool or a float is refused too).
        ValueError: ``fen`` is negative (a refund prints as its own document) or more
            than :data:`MAX_FEN`.
    """
    if not checks.is_whole_number(fen):
        raise TypeError(f"an amount in capitals takes whole fen, not {fen!r}")
    if fen < 0:
        raise ValueError(f"an amount in capitals is never negative: {fen}")
    if fen > MAX_FEN:
        raise ValueError(f"an amount in capitals is at most {MAX_FEN} fen, not {fen}")
    return (PREFIX if with_prefix else "") + _capitals(fen)


def _capitals(fen: int) -> str:
    yuan, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    if fen == 0:
        return "零元整"
    text = _yuan_digits(yuan) + "元" if yuan else ""
    if jiao:
        # 元位 zero with 角 to follow: 零 (the rules' first way of writing 1,680.32).
        text += ("零" if yuan and yuan % 10 == 0 else "") + DIGITS[jiao] + "角"
    if fen_digit:
        text += ("零" if yuan and not jiao else "") + DIGITS[fen_digit] + "分"
    elif not jiao:
        text += "整"
    return text


def _yuan_digits(number: int) -> str:
    """A positive whole number below 10¹³ in capitals, without 元 (100010000 → 壹亿零壹万).

    Groups of four digits from the top, each with its unit (万, 亿, then 万 again: 万亿 is
    the 万 of the part above 亿, so 壹万贰仟亿 but 壹万亿). 零 stands between two groups when
    the lower one starts with a zero or a whole group of zeros lies between them.
    """
    groups = []  # lowest first
    while number:
        number, group = divmod(number, 10_000)
        groups.append(group)
    text = ""
    zeros_between = False
    for index in reversed(range(len(groups))):
        group = groups[index]
        if not group:
            zeros_between = bool(text)
            continue
        if text and (zeros_between or group < 1000):
            text += "零"
        text += _group(group) + _group_unit(index, groups)
        zeros_between = False
    return text


def _group_unit(index: int, groups: list[int]) -> str:
    if index == 3:
        return "万" if groups[2] else "万亿"
    return ("", "万", "亿")[index]


def _group(number: int) -> str:
    """1 … 9999 in capitals: leading zeros unwritten, each inner run of zeros one 零."""
    text = ""
    pending_zero = False
    for digit, place in zip(f"{number:04d}", _PLACES, strict=True):
        if digit == "0":
            pending_zero = bool(text)
            continue
        text += ("零" if pending_zero else "") + DIGITS[int(digit)] + place
        pending_zero = False
    return text
