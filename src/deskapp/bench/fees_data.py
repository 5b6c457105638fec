"""The bench's fee collection: a large estate billed every month and paid at the counter,
about as many receipts as asked for (300,000 by default: some five thousand units over five
years), stored as fee collection stores them, for the bulk writer of
:mod:`deskapp.bench.writer`.

The directory's units and as many more as the receipts need are billed on the 20th of
each month (the management fee per m² and the shared utilities, due on the 25th); each
month's bill is paid by one receipt, most within days, some weeks late — a few in two
parts, a few not at all, and what falls after now not yet — in every method (cash with
change, bank, WeChat, Alipay, card, cash and WeChat mixed); business services are sold
over the counter. Receipts are numbered year by year in the order they are issued, the
year's counter at the last number (a payment taken afterwards goes on from it); each
charge is marked paid as its receipts paid it; every past day is handed over by each of
its cashiers (three on weekdays, one at weekends) and its receipts locked with it. A later
run adds no fees: what is still owed stays for the payments the bench takes.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Connection, text

from deskapp.bench.stamps import stamp
from deskapp.db.dialect import bulk_insert
from deskapp.domain.clock import Clock
from deskapp.domain.fees.periods import month_period
from deskapp.domain.fees.receipts import RECEIPT_DIGITS, RECEIPT_PREFIX, RECEIPT_SERIES
from deskapp.domain.fees.records import Category, LineKind, Method, ReceiptKind
from deskapp.domain.fees.rounding import charge_fen
from deskapp.domain.pinyin import search_key
from deskapp.usecases.demo import DemoDay

# What the estate charges, as the bench sets it up through fee collection (name, category,
# price in yuan per m² or page).
MANAGEMENT, SHARED, COPY = "物业管理费", "公摊水电费", "复印"
ITEMS = ((MANAGEMENT, Category.MANAGEMENT, "3.80"), (SHARED, Category.SHARED, "0.90"))
COPY_PRICE = "0.50"
MONTHS = 60  # at most: the bench's five years
PAID_BY_RECEIPT = 0.95  # the rest of the receipts are sales over the counter
UNPAID_SHARE = 0.02  # a month's bills of a unit not paid (the last months: in arrears)
TWO_PARTS_SHARE = 0.02  # paid in two parts, the shared utilities later
LATE_SHARE = 0.15  # paid after the due date (the 25th), within a month
# A large estate's counter: three cashiers on weekdays, one at weekends.
WEEKDAY_CASHIERS, WEEKEND_CASHIERS = ("陈静", "刘洋", "张敏"), ("李建国",)
TREASURER = "财务部赵敏"
FLOAT_FEN = 50000
LEFT_UNDONE = dt.timedelta(minutes=2)
BATCH = 20_000
METHODS = (Method.WECHAT, Method.ALIPAY, Method.BANK, Method.CASH, Method.CARD, Method.MIXED)
METHOD_WEIGHTS = (30, 14, 22, 20, 10, 4)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国玉志红梅海燕文辉晓东丹"
UNIT_COLUMNS = ("id", "number", "occupant", "company", "phones", "notes", "occupied",
                "area_dm2", "search_key")
CHARGE_COLUMNS = (
    "id", "unit_id", "item_id", "item_name", "category", "period", "period_start",
    "period_end", "due_on", "quantity", "unit_price", "amount_fen", "paid_fen", "waived_fen",
    "void_reason", "void_approved_by", "created_at", "created_by", "desk")
RECEIPT_COLUMNS = (
    "id", "number", "year", "seq", "kind", "unit_id", "unit_label", "payer", "payer_phone",
    "total_fen", "method", "tendered_fen", "change_fen", "credit_used_fen", "credit_added_fen",
    "form_serial", "note", "issued_at", "created_by", "desk", "void_reason", "voided_by",
    "void_approved_by", "invoice_no", "invoiced_by", "handover_id")
LINE_COLUMNS = ("receipt_id", "charge_id", "kind", "item_name", "period", "quantity",
                "unit_price", "amount_fen")
PAYMENT_COLUMNS = ("receipt_id", "method", "amount_fen", "reference")
HANDOVER_COLUMNS = (
    "id", "day", "cashier", "float_fen", "expected_cash_fen", "counted_cash_fen",
    "difference_fen", "receipts", "first_number", "last_number", "received_by", "note", "at",
    "created_by", "desk")
# Tables whose rows the bench writes with their ids (PostgreSQL's sequences move on).
FEE_NUMBERED = ("unit", "feecharge", "receipt", "cashhandover")
FEE_BULK_TABLES = ("feecharge", "receipt", "receiptline", "receiptpayment")


@dataclass(frozen=True)
class _Unit:
    id: int
    number: str
    label: str
    payer: str
    area_dm2: int


@dataclass(frozen=True)
class _Item:
    id: int
    name: str
    category: str
    price: int  # hundredths of a fen


class _Charge(NamedTuple):
    id: int
    amount_fen: int
    name: str
    period: str
    quantity: int
    unit_price: int


@dataclass(frozen=True)
class _Due:
    """A receipt to issue: for a unit's charges, or a sale (no unit)."""

    at: dt.datetime
    unit: _Unit | None
    charges: tuple[_Charge, ...]


def fee_units_needed(receipts: int) -> int:
    """How many units the estate needs so that a bill a month gives ``receipts``."""
    return math.ceil(receipts * PAID_BY_RECEIPT / MONTHS)


class FeeRows:
    """A large estate's bills, receipts and handovers, written day by day in batches."""

    def __init__(self, conn: Connection, rng: random.Random, clock: Clock,
                 real_now: dt.datetime, receipts: int) -> None:
        self._conn, self._rng, self._clock, self._now = conn, rng, clock, real_now
        self._items = {row.name: _Item(row.id, row.name, row.category, row.unit_price)
                       for row in conn.execute(text(
                           "SELECT id, name, category, unit_price FROM chargeitem"))}
        self._units = self._estate(fee_units_needed(receipts))
        self._months = min(MONTHS, max(1, math.ceil(receipts * PAID_BY_RECEIPT
                                                    / len(self._units))))
        self._sales_a_day = receipts * (1 - PAID_BY_RECEIPT) / (self._months * 30.4)
        self._pending: dict[dt.date, list[_Due]] = {}
        self._charges: list[tuple[object, ...]] = []
        self._receipts: list[tuple[object, ...]] = []
        self._lines: list[tuple[object, ...]] = []
        self._payments: list[tuple[object, ...]] = []
        self._handovers: list[tuple[object, ...]] = []
        self._next_charge = self._next_receipt = self._next_handover = 1
        self._serials: dict[int, int] = {}
        self.made = 0

    # --- The estate
    def _estate(self, wanted: int) -> list[_Unit]:
        """The directory's occupied units, and more (``3-1502``) until ``wanted``."""
        conn, rng = self._conn, self._rng
        units = [_Unit(r.id, r.number, f"{r.number} {r.occupant or r.company}".strip(),
                       r.occupant or r.company or "业主", r.area_dm2 or 9000)
                 for r in conn.execute(text(
                     "SELECT id, number, occupant, company, area_dm2 FROM unit "
                     "WHERE occupied = :yes ORDER BY id"), {"yes": True})]
        next_id = (conn.execute(text("SELECT max(id) FROM unit")).scalar() or 0) + 1
        rows = []
        building, floor, room = 1, 2, 1
        while len(units) < wanted:
            number = f"{building}-{floor:02d}{room:02d}"
            person = rng.choice(SURNAMES) + rng.choice(GIVEN) + (
                rng.choice(GIVEN) if rng.random() < 0.6 else "")
            area = rng.choice((6850, 8935, 9620, 12855, 14420))
            rows.append((next_id, number, person, "", "", "", True, area,
                         search_key(number, person, "")))
            units.append(_Unit(next_id, number, f"{number} {person}", person, area))
            next_id += 1
            room += 1
            if room > 8:
                room, floor = 1, floor + 1
            if floor > 33:
                floor, building = 2, building + 1
        bulk_insert(conn, "unit", UNIT_COLUMNS, rows)
        return units

    # --- The days
    def day(self, day: DemoDay) -> None:
        """``day``'s bill run (on the 20th), receipts and handover."""
        first_month = self._month_back(self._months - 1)
        if (day.day.year, day.day.month) < first_month:
            return
        if day.day.day == 20 and self._clock.at_local(day.day, 9, 0) <= self._now:
            self._bill(day.day)
        due = self._pending.pop(day.day, [])
        rng = self._rng
        sales = int(self._sales_a_day + rng.random())
        opening = self._clock.at_local(day.day, 9, 0)
        due += [_Due(opening + dt.timedelta(minutes=rng.randrange(510)), None, ())
                for _ in range(sales)]
        due = sorted((d for d in due if d.at <= self._now - LEFT_UNDONE), key=lambda d: d.at)
        if due:
            self._issue(day.day, due)
        if len(self._receipts) >= BATCH:
            self.flush()

    def _month_back(self, months: int) -> tuple[int, int]:
        today = self._clock.local(self._now).date()
        index = today.year * 12 + today.month - 1 - months
        return index // 12, index % 12 + 1

    def _bill(self, day: dt.date) -> None:
        """The month's charges of every unit, each with the receipt(s) that will pay it."""
        rng, period = self._rng, month_period(day.year, day.month)
        due_on = day.replace(day=25)
        created = stamp(self._clock.at_local(day, 9, 0))
        recent = (self._now - self._clock.at_local(day, 9, 0)).days < 120
        for unit in self._units:
            made = []
            for name in (MANAGEMENT, SHARED):
                item = self._items[name]
                made.append(_Charge(self._next_charge, charge_fen(unit.area_dm2, item.price),
                                    name, period.label, unit.area_dm2, item.price))
                self._next_charge += 1
            unpaid = recent and rng.random() < UNPAID_SHARE
            late = rng.random() < LATE_SHARE
            after = 6 + int(25 * rng.random() ** 2) if late else rng.randrange(6)
            paid_on = day + dt.timedelta(days=after)
            if paid_on.weekday() >= 5 and rng.random() < 0.7:  # on Monday instead
                paid_on += dt.timedelta(days=7 - paid_on.weekday())
            when = self._clock.at_local(paid_on, 9, 0) + dt.timedelta(minutes=rng.randrange(510))
            payments = [] if unpaid else [(when, tuple(made))]
            if payments and rng.random() < TWO_PARTS_SHARE:
                later = when + dt.timedelta(days=rng.randint(1, 12))
                payments = [(when, tuple(made[:1])), (later, tuple(made[1:]))]
            paid = {c.id for at, part in payments if at <= self._now - LEFT_UNDONE
                    for c in part}
            for charge in made:
                item = self._items[charge.name]
                self._charges.append((
                    charge.id, unit.id, item.id, charge.name, item.category, charge.period,
                    period.start.isoformat(), period.end.isoformat(), due_on.isoformat(),
                    charge.quantity, charge.unit_price, charge.amount_fen,
                    charge.amount_fen if charge.id in paid else 0, 0, "", "", created,
                    WEEKDAY_CASHIERS[0], ""))
            for at, part in payments:
                self._pending.setdefault(self._clock.local(at).date(), []).append(
                    _Due(at, unit, part))

    def _issue(self, day: dt.date, due: Sequence[_Due]) -> None:
        """The day's receipts in the order issued, each at one of the day's cashiers, and
        each cashier's day handed over (not today's)."""
        rng = self._rng
        cashiers = WEEKEND_CASHIERS if day.weekday() >= 5 else WEEKDAY_CASHIERS
        handed = day < self._clock.local(self._now).date()
        handovers: dict[str, int | None] = {}
        numbers: dict[str, list[str]] = {}
        cash_in: dict[str, int] = {}
        for entry in due:
            cashier = rng.choice(cashiers)
            if cashier not in handovers:
                handovers[cashier] = self._next_handover if handed else None
                self._next_handover += 1 if handed else 0
                numbers[cashier], cash_in[cashier] = [], 0
            receipt_id = self._next_receipt
            self._next_receipt += 1
            year = self._clock.local(entry.at).year
            seq = self._serials[year] = self._serials.get(year, 0) + 1
            number = f"{RECEIPT_PREFIX}{year}-{seq:0{RECEIPT_DIGITS}d}"
            numbers[cashier].append(number)
            if entry.unit is None:
                pages = rng.randint(2, 60)
                total = pages * 50
                self._lines.append((receipt_id, None, LineKind.SALE.value, COPY, "",
                                    pages * 100, 5000, total))
                kind, unit_id, label, payer = ReceiptKind.SALE, None, "", "散客"
            else:
                total = sum(c.amount_fen for c in entry.charges)
                for c in entry.charges:
                    self._lines.append((receipt_id, c.id, LineKind.CHARGE.value, c.name,
                                        c.period, c.quantity, c.unit_price, c.amount_fen))
                kind, unit_id = ReceiptKind.PAYMENT, entry.unit.id
                label, payer = entry.unit.label, entry.unit.payer
            method = rng.choices(METHODS, METHOD_WEIGHTS)[0] if unit_id else Method.CASH
            tendered, change, cash = self._money(receipt_id, method, total, day)
            cash_in[cashier] += cash
            self._receipts.append((
                receipt_id, number, year, seq, kind.value, unit_id, label, payer, "", total,
                method.value, tendered, change, 0, 0, "", "", stamp(entry.at), cashier, "",
                "", "", "", "", "", handovers[cashier]))
            self.made += 1
        at = stamp(self._clock.at_local(day, 17, 40))
        for cashier, handover_id in handovers.items():
            if handover_id is not None:
                expected, issued = FLOAT_FEN + cash_in[cashier], numbers[cashier]
                self._handovers.append((
                    handover_id, day.isoformat(), cashier, FLOAT_FEN, expected, expected, 0,
                    len(issued), issued[0], issued[-1], TREASURER, "", at, cashier, ""))

    def _money(self, receipt_id: int, method: Method, total: int,
               day: dt.date) -> tuple[int, int, int]:
        """The payment rows of a receipt; (tendered, change, cash kept)."""
        rng = self._rng
        reference = f"{day:%Y%m%d}{rng.randrange(10**12):012d}"
        if method is Method.CASH:
            tendered = -(-total // 10000) * 10000 if rng.random() < 0.7 else total
            self._payments.append((receipt_id, Method.CASH.value, total, ""))
            return tendered, tendered - total, total
        if method is Method.MIXED and total > 20000:
            cash = total // 2 // 10000 * 10000
            self._payments += [(receipt_id, Method.CASH.value, cash, ""),
                               (receipt_id, Method.WECHAT.value, total - cash, reference)]
            return cash, 0, cash
        if method is Method.MIXED:
            method = Method.WECHAT
        self._payments.append((receipt_id, method.value, total, reference))
        return 0, 0, 0

    # --- Writing
    def flush(self) -> None:
        """The rows made so far, in bulk (handovers first: the receipts name them)."""
        conn = self._conn
        for table, columns, rows in (
                ("cashhandover", HANDOVER_COLUMNS, self._handovers),
                ("feecharge", CHARGE_COLUMNS, self._charges),
                ("receipt", RECEIPT_COLUMNS, self._receipts),
                ("receiptline", LINE_COLUMNS, self._lines),
                ("receiptpayment", PAYMENT_COLUMNS, self._payments)):
            bulk_insert(conn, table, columns, rows)
            rows.clear()

    def finish(self) -> None:
        """The last rows, and each year's receipt numbers where they stand."""
        self.flush()
        for year, value in self._serials.items():
            bulk_insert(self._conn, "counter", ("series", "value"),
                        [(f"{RECEIPT_SERIES}-{year}", value)])


def set_up_items(fees) -> None:  # type: ignore[no-untyped-def]
    """The estate's charge items, through fee collection (before the bulk fill)."""
    from deskapp.domain.fees.billing_records import ChargeItemInput
    from deskapp.domain.fees.records import Cycle, Pricing

    for name, category, price in ITEMS:
        fees.add_item(ChargeItemInput(name, category, Pricing.AREA, price, Cycle.MONTHLY))
    fees.add_item(ChargeItemInput(COPY, Category.SERVICE, Pricing.PER_PAGE, COPY_PRICE,
                                  Cycle.ONCE))
