"""The demo building's fees: the charge items on its posted rate schedule, its meters (a
current transformer's multiplier on the big suites' electricity, one water meter with a
four-digit dial), what each unit uses in a month, and how its tenants pay.

Every draw here comes from a generator keyed by what it is about (a unit and a month, a
day), never from a shared one: the same seed gives the same month's bill and payment
whatever day or hour the demo is loaded, and however many records were made before.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from deskapp.domain.fees.billing_records import ChargeItemInput
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import Category, Cycle, Method, Pricing

MANAGEMENT = "物业管理费"
SHARED = "公摊水电费"
WATER = "水费"
ELECTRICITY = "电费"
PARKING = "车位租金"
REPAIR = "维修人工费"
COPY, PRINT, COLOUR, FAX = "复印", "打印", "彩色打印", "传真"
CONSTRUCTION, PASS, CARD = "施工保证金", "装修出入证押金", "门禁卡押金"

C, P, Y = Category, Pricing, Cycle
ITEMS = (
    ChargeItemInput(MANAGEMENT, C.MANAGEMENT, P.AREA, "6.50", Y.MONTHLY,
                    "按建筑面积每月计收，当月25日前缴清"),
    ChargeItemInput(SHARED, C.SHARED, P.AREA, "1.20", Y.MONTHLY,
                    "大堂、走廊、电梯及中央空调的公共水电按面积分摊"),
    ChargeItemInput(WATER, C.WATER, P.METERED, "4.90", Y.MONTHLY,
                    "含污水处理费；每月18日抄表"),
    ChargeItemInput(ELECTRICITY, C.ELECTRICITY, P.METERED, "1.05", Y.MONTHLY,
                    "一般工商业用电；每月18日抄表，互感器计量的按倍率计"),
    ChargeItemInput(PARKING, C.PARKING, P.FIXED, "600.00", Y.QUARTERLY,
                    "租约所含地下固定车位一个，按季度收取"),
    ChargeItemInput(REPAIR, C.REPAIR, P.FIXED, "60.00", Y.ONCE,
                    "室内维修上门服务，每次每工时，材料另计"),
    ChargeItemInput(COPY, C.SERVICE, P.PER_PAGE, "0.50", Y.ONCE, "A4 黑白"),
    ChargeItemInput(PRINT, C.SERVICE, P.PER_PAGE, "1.00", Y.ONCE, "A4 黑白"),
    ChargeItemInput(COLOUR, C.SERVICE, P.PER_PAGE, "3.00", Y.ONCE, "A4 彩色"),
    ChargeItemInput(FAX, C.SERVICE, P.PER_PAGE, "2.00", Y.ONCE, "国内传真，每页"),
    ChargeItemInput(CONSTRUCTION, C.DEPOSIT, P.FIXED, "5000.00", Y.ONCE,
                    "装修施工前缴纳，完工验收合格后凭收据无息退还"),
    ChargeItemInput(PASS, C.DEPOSIT, P.FIXED, "50.00", Y.ONCE,
                    "每证，装修完工交回出入证后退还"),
    ChargeItemInput(CARD, C.DEPOSIT, P.FIXED, "30.00", Y.ONCE, "每卡，退卡时退还"),
)
# What one page costs at the counter (fen), for a sale's exact amount.
PAGE_FEN = {COPY: 50, PRINT: 100, COLOUR: 300, FAX: 200}

# The big suites' electricity is metered through a current transformer: the dial counts
# one unit for this many kWh (rooms x01 and x02 of the demo's floor plan).
MULTIPLIERS = {"01": 40, "02": 20}
# Where the one water meter with a four-digit dial starts again (it rolls over in the
# year of history).
DIAL = 10_000


def keyed(seed: int, *about: object) -> random.Random:
    """A generator of its own for what ``about`` names (seeded by its text, so the same
    on every run and machine)."""
    return random.Random(":".join(str(part) for part in (seed, "fees", *about)))


@dataclass(frozen=True)
class Meter:
    """A unit's meter of one item: its multiplier, its reading at the first read, and where
    its dial starts again (None: not within the demo's years)."""

    multiplier: int
    first: int  # whole units on the dial
    dial: int | None = None


def meter(seed: int, number: str, item: str, area_m2: float, *,
          rolls_over: bool = False) -> Meter:
    """The meter of ``item`` in unit ``number`` (``rolls_over``: the water meter with a
    four-digit dial)."""
    rng = keyed(seed, "meter", number, item)
    if item == WATER:
        if rolls_over:  # some seven months from its end at the first reading
            return Meter(1, DIAL - int(7 * water_per_month(area_m2)), DIAL)
        return Meter(1, rng.randint(120, 3800))
    return Meter(MULTIPLIERS.get(number[-2:], 1), rng.randint(1500, 68000))


def water_per_month(area_m2: float) -> float:
    """Tonnes an office of ``area_m2`` uses in an ordinary month."""
    return max(1.0, area_m2 * 0.06)


def dial_advance(seed: int, number: str, item: str, area_m2: float, period: str,
                 multiplier: int) -> int:
    """How far the dial moves in the month ``period`` (whole units; usage is this times
    the multiplier): offices use more in summer (air conditioning) and a little more in
    winter, and none uses nothing."""
    rng = keyed(seed, "use", number, item, period)
    month = int(period[5:7])
    season = 1.35 if month in (6, 7, 8, 9) else 1.1 if month in (12, 1, 2) else 1.0
    if item == WATER:
        used = water_per_month(area_m2) * rng.uniform(0.75, 1.3) * (1.15 if season > 1.3
                                                                    else 1.0)
    else:
        used = area_m2 * rng.uniform(6.5, 10.5) * season
    return max(1, round(used / multiplier))


# --- How tenants pay ------------------------------------------------------------------------

METHODS = (Method.WECHAT, Method.ALIPAY, Method.BANK, Method.CASH, Method.CARD, Method.MIXED)
METHOD_WEIGHTS = (26, 12, 28, 18, 10, 6)


class Style:
    """What a payment does with what the unit owes."""

    FULL = "full"  # everything owed
    PART = "part"  # a round sum towards the oldest charges
    PICK = "pick"  # the management fees only; the meters' charges next time
    OVER = "over"  # a round sum above what is owed: the rest kept as credit


@dataclass(frozen=True)
class Habit:
    """How a unit pays a month's bill: whether at all this month, how many days after the
    bill run, at what minute past 09:30, and how."""

    pays: bool
    days_after: int
    minute: int
    style: str
    method: Method


def habit(seed: int, number: str, period: str) -> Habit:
    """How unit ``number`` pays the bill of ``period``: most before it is due, some days
    or weeks late, a few leave a month for the next."""
    rng = keyed(seed, "pays", number, period)
    skip, late, style_draw = rng.random(), rng.random(), rng.random()
    # The bill run is on the 20th, due on the 25th: most pay in those days.
    days = rng.randint(6, 32) if late < 0.15 else int(6 * rng.random() ** 1.3)
    method = rng.choices(METHODS, METHOD_WEIGHTS)[0]
    style = (Style.PART if style_draw < 0.05 else Style.PICK if style_draw < 0.08
             else Style.OVER if style_draw < 0.12 else Style.FULL)
    if style is Style.OVER:
        method = Method.BANK  # a round transfer, the rest left as credit
    return Habit(skip >= 0.05, days, rng.randrange(0, 470), style, method)


def payment_parts(rng: random.Random, method: Method, fen: int,
                  on: dt.date) -> tuple[tuple[PaymentPart, ...], int | None]:
    """The money of ``fen`` paid by ``method`` (a mixed one: some cash, the rest by WeChat),
    each with the reference a transfer or QR payment carries; and the cash tendered (None:
    exactly the cash part)."""
    if fen <= 0:
        return (), None
    if method is Method.CASH:
        return (PaymentPart(Method.CASH, fen),), None if rng.random() < 0.3 else rounded_up(fen)
    if method is Method.MIXED and fen > 20000:
        cash = (fen // 2) // 10000 * 10000 or 10000
        return ((PaymentPart(Method.CASH, cash),
                 PaymentPart(Method.WECHAT, fen - cash, reference(rng, Method.WECHAT, on))),
                None)
    if method is Method.MIXED:
        method = Method.WECHAT
    return (PaymentPart(method, fen, reference(rng, method, on)),), None


def rounded_up(fen: int) -> int:
    """The notes a payer hands over for ``fen``: the next ¥100 (the next ¥10 under ¥100)."""
    step = 1000 if fen < 10000 else 10000
    return -(-fen // step) * step + (step if fen % step == 0 else 0)


def reference(rng: random.Random, method: Method, on: dt.date) -> str:
    """A transaction number as each channel prints it."""
    digits = "".join(rng.choice("0123456789") for _ in range(18))
    if method is Method.WECHAT:
        return f"4200{digits[:6]}{on:%Y%m%d}{digits[6:16]}"
    if method is Method.ALIPAY:
        return f"{on:%Y%m%d}2200{digits[:16]}"
    if method is Method.CARD:
        return digits[:12]
    return f"HQ{on:%Y%m%d}{digits[:8]}"


def round_sum(fen: int, step: int = 100000) -> int:
    """``fen`` rounded up to the next ``step`` (a round transfer of ¥1,000s)."""
    return -(-fen // step) * step + (step if fen % step == 0 else 0)
