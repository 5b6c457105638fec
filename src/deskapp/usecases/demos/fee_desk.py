"""The demo's fee counter at work: who is on duty (the cashier on weekdays, the supervisor
at weekends and over some lunch hours), and what they do — the rate schedule set up by the
supervisor, the month's meters read from the reader's sheet (a rollover and a meter change
typed at the counter), the bill run, payments and sales, the day handed over at closing,
receipts exchanged for invoices at finance.

Each call runs at the demo's walking clock through fee collection's own methods, signed by
the demo's operators (:mod:`.accounts`); what needs a supervisor carries 李建国's approval,
as the approval dialog would give it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from deskapp.db.engine import acting
from deskapp.domain.clock import Clock
from deskapp.domain.directory import UnitRow
from deskapp.domain.fees.billing_records import ChargeItemRow, ReadingInput, ReadingKind
from deskapp.domain.fees.deposits import DepositInput
from deskapp.domain.fees.handover import HandoverInput
from deskapp.domain.fees.payments import PaymentInput, SaleInput, SaleLine
from deskapp.domain.fees.receipt_list import ReceiptQuery
from deskapp.domain.fees.records import Category, DepositKind, Method, ReceiptKind
from deskapp.domain.fees.rows import ChargeRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.operators import Operator
from deskapp.domain.roles import Action, Approval, Role
from deskapp.usecases.demos.accounts import DEMO_OPERATORS
from deskapp.usecases.demos.fee_setup import (
    COLOUR,
    COPY,
    ELECTRICITY,
    ITEMS,
    PAGE_FEN,
    PRINT,
    WATER,
    Habit,
    Style,
    dial_advance,
    keyed,
    meter,
    payment_parts,
    round_sum,
)
from deskapp.usecases.demos.people import name

ROLES = {role: who for who, role in DEMO_OPERATORS}
CASHIER, SUPERVISOR = ROLES[Role.CASHIER], ROLES[Role.SUPERVISOR]
RECEPTIONIST = ROLES[Role.RECEPTIONIST]
TREASURER = "财务部赵敏"  # who takes the day's money at closing
FLOAT_FEN = 50000  # the change float in the drawer
READ_DAY = 18
CARD_FEN = 3000  # an access card's deposit
LUNCH = (dt.time(12, 0), dt.time(13, 30))
SHEET_COLUMNS = ("unit", "item", "period", "read_on", "current", "previous", "multiplier")


def area_m2(unit: UnitRow) -> float:
    """The unit's area in m² (an office of 100 m² when not on record)."""
    area = unit.area_dm2 if isinstance(unit.area_dm2, int) else 0
    return area / 100 if area > 0 else 100.0


class FeeDesk:
    """The fee counter's people and what they do, on the demo's walking clock."""

    def __init__(self, engine: object, clock: Clock, desk: str, seed: int) -> None:
        self.clock, self.seed = clock, seed

        def service(who: str, role: Role) -> FeeCollection:
            operator = Operator(who, desk, role)
            return FeeCollection(acting(engine, operator, clock.now), clock, operator)  # type: ignore[arg-type]

        self.cashiers = {CASHIER: service(CASHIER, Role.CASHIER),
                         SUPERVISOR: service(SUPERVISOR, Role.SUPERVISOR)}
        self.front = service(RECEPTIONIST, Role.RECEPTIONIST)  # meters, notices, calls
        self.items: dict[str, ChargeItemRow] = {}
        self.rollover_unit = ""  # the number of the unit whose water meter rolls over
        self.meter_change: tuple[str, str] | None = None  # (unit number, month)
        self.invoices: list[int] = []  # receipt ids exchanged for an invoice, this load
        # Days the counter took money on in this load, and an earlier load's last day (left
        # open): the days to hand over at closing.
        self.worked: set[dt.date] = set()

    # --- Who is at the counter
    def on_duty(self) -> FeeCollection:
        """The cashier at the counter now: the supervisor at weekends and when covering
        the cashier's lunch (some days), else the cashier."""
        local = self.clock.local(self.clock.now())
        self.worked.add(local.date())
        covers_lunch = keyed(self.seed, "lunch", local.date()).random() < 0.3
        if local.weekday() >= 5 or (covers_lunch and LUNCH[0] <= local.time() < LUNCH[1]):
            return self.cashiers[SUPERVISOR]
        return self.cashiers[CASHIER]

    @staticmethod
    def approval(action: Action) -> Approval:
        """The supervisor's approval in place."""
        return Approval(action, SUPERVISOR, Role.SUPERVISOR)

    # --- The rate schedule
    def set_up_items(self) -> None:
        """The items the building charges (as the supervisor): those missing by name."""
        supervisor = self.cashiers[SUPERVISOR]
        known = {row.name: row for row in supervisor.charge_items()}
        for data in ITEMS:
            if data.name not in known:
                known[data.name] = supervisor.add_item(data)
        self.items = known

    # --- The month's meters and bill
    def read_meters(self, period: str, units: Sequence[UnitRow]) -> int:
        """The month's readings of ``units`` not yet read: the reader's sheet imported, a
        meter that rolled over or was changed typed at the counter."""
        read_on = dt.date(int(period[:4]), int(period[5:]), READ_DAY)
        rows: list[tuple[int, dict[str, str]]] = []
        typed: list[ReadingInput] = []
        for item_name in (WATER, ELECTRICITY):
            item = self.items[item_name]
            grid = {row.unit_id: row for row in self.front.readings(period, item.id)}
            for unit in units:
                row = grid.get(unit.id or 0)
                if row is not None and row.this_period is not None:
                    continue
                area = area_m2(unit)
                fitted = meter(self.seed, unit.number, item_name, area,
                               rolls_over=unit.number == self.rollover_unit)
                step = dial_advance(self.seed, unit.number, item_name, area, period,
                                    fitted.multiplier)
                last = row.previous if row is not None else None
                values = {"unit": unit.number, "item": item_name, "period": period,
                          "read_on": read_on.isoformat()}
                if last is None:  # the meter's first reading: where it started
                    values.update(previous=str(fitted.first), current=str(fitted.first + step),
                                  multiplier=str(fitted.multiplier))
                elif (unit.number, period) == self.meter_change and item_name == ELECTRICITY:
                    old_part = step * 3 // 5
                    typed.append(ReadingInput(
                        unit.id or 0, item.id, period, read_on, (step - old_part) * 100,
                        kind=ReadingKind.METER_CHANGE, old_meter_final=last + old_part * 100,
                        note="电表计量失准，工程部更换新表"))
                    continue
                elif fitted.dial and last + step * 100 >= fitted.dial * 100:
                    typed.append(ReadingInput(
                        unit.id or 0, item.id, period, read_on,
                        last + step * 100 - fitted.dial * 100,
                        kind=ReadingKind.ROLLOVER, rollover_at=fitted.dial * 100,
                        note="四位表盘走满归零"))
                    continue
                else:
                    values["current"] = str(last // 100 + step)
                rows.append((len(rows) + 3, values))
        if rows:
            report = self.front.import_readings(rows, dry_run=False)
            assert not report.refused, report.refused[:3]
        for data in typed:
            self.front.enter_reading(data)
        return 0

    def bill(self, period: str, unit_ids: Sequence[int] | None) -> int:
        """The month's bill run (every occupied unit, or ``unit_ids``)."""
        self.cashiers[CASHIER].generate_bills(period, unit_ids=unit_ids)
        return 0

    # --- Taking money
    def pay(self, unit: UnitRow, habit: Habit, key: object) -> int:
        """``unit`` pays as its habit says, whatever it owes now; 1 for a receipt."""
        fees = self.on_duty()
        owed = fees.open_charges(unit.id or 0)
        if not owed:
            return 0
        rng = keyed(self.seed, "money", unit.number, key)
        credit = fees.credit(unit.id or 0)
        chosen: tuple[int, ...] = ()
        total = sum(charge.outstanding_fen for charge in owed)
        if habit.style == Style.PICK:
            picked = [c for c in owed if c.category in (Category.MANAGEMENT, Category.SHARED)]
            chosen = tuple(c.id for c in picked) or ()
            total = sum(c.outstanding_fen for c in picked) or total
        due = max(total - credit, 0)
        if habit.style == Style.PART and due > 20000:
            due = max(10000, due // 2 // 10000 * 10000)
        elif habit.style == Style.OVER:
            due = round_sum(due)
        today = self.clock.local(self.clock.now()).date()
        parts, tendered = payment_parts(rng, habit.method, due, today)
        payer = unit.company if habit.method is Method.BANK and unit.company else ""
        fees.pay(PaymentInput(unit.id or 0, parts, tendered_fen=tendered, charge_ids=chosen,
                              payer=payer))
        return 1

    def sell(self, key: object, tenants: Sequence[UnitRow]) -> int:
        """Copies, prints or a fax over the counter; 1 for the receipt."""
        rng = keyed(self.seed, "sale", key)
        what = rng.choices(tuple(PAGE_FEN), (60, 25, 5, 10))[0]
        pages = {COPY: rng.randint(2, 80), PRINT: rng.randint(1, 40),
                 COLOUR: rng.randint(1, 12)}.get(what, rng.randint(1, 6))
        lines = [SaleLine(self.items[what].id, pages * 100)]
        fen = pages * PAGE_FEN[what]
        if what == PRINT and rng.random() < 0.3:  # and copies of what was printed
            copies = rng.randint(5, 40)
            lines.append(SaleLine(self.items[COPY].id, copies * 100))
            fen += copies * PAGE_FEN[COPY]
        tenant = rng.choice(tenants) if tenants and rng.random() < 0.55 else None
        payer = (tenant.occupant or tenant.company) if tenant else name(rng)
        method = Method.CASH if rng.random() < 0.55 else Method.WECHAT
        today = self.clock.local(self.clock.now()).date()
        parts, tendered = payment_parts(rng, method, fen, today)
        self.on_duty().sell(SaleInput(payer, tuple(lines), parts, tendered_fen=tendered,
                                      unit_id=tenant.id if tenant else None))
        return 1

    def take_cards(self, key: object, tenants: Sequence[UnitRow]) -> int:
        """A tenant's access cards for new staff, each against its deposit; 1 receipt."""
        if not tenants:
            return 0
        rng = keyed(self.seed, "cards", key)
        tenant, cards = rng.choice(tenants), rng.choice((1, 1, 2, 2, 3, 5))
        method = Method.CASH if rng.random() < 0.5 else Method.WECHAT
        today = self.clock.local(self.clock.now()).date()
        parts, tendered = payment_parts(rng, method, cards * CARD_FEN, today)
        self.on_duty().take_deposit(DepositInput(
            DepositKind.KEY_CARD, tenant.occupant or tenant.company, cards * CARD_FEN, parts,
            tendered_fen=tendered, unit_id=tenant.id, purpose=f"新员工门禁卡 {cards} 张"))
        return 1

    # --- Closing
    def close(self, day: dt.date, short_fen: int = 0) -> int:
        """Each demo cashier's day handed over at closing, the cash counted as expected
        (``short_fen`` less, with a note, on the cashier's day it is given)."""
        if day not in self.worked:
            return 0
        for who in self.front.cashiers_on(day):
            fees = self.cashiers.get(who)
            summary = fees.handover_summary(day) if fees is not None else None
            if fees is None or summary is None or summary.handed_over:
                continue  # not one of the demo's cashiers, or handed over already
            expected = FLOAT_FEN + summary.cash_in_fen - summary.cash_out_fen
            short = short_fen if who == CASHIER else 0
            fees.hand_over(HandoverInput(
                expected - short, TREASURER, float_fen=FLOAT_FEN, day=day,
                note="短款，原因待查，已报主管" if short else ""))
        return 0

    def exchange_for_invoices(self, first: dt.date, last: dt.date) -> int:
        """Finance exchanges receipts of ``first`` to ``last`` for invoices (发票): most of
        the fee receipts paid by bank transfer (the companies')."""
        finance = self.cashiers[CASHIER]
        for receipt in finance.page(ReceiptQuery(first, last, descending=False), limit=1000):
            rng = keyed(self.seed, "invoice", receipt.number)
            if receipt.kind is not ReceiptKind.PAYMENT or receipt.voided_at is not None \
                    or receipt.invoice_no or receipt.method is not Method.BANK \
                    or rng.random() < 0.3:
                continue
            finance.mark_invoiced(receipt.id, f"{rng.randrange(10**7, 10**8)}")
            self.invoices.append(receipt.id)
        return 0

    @staticmethod
    def management_charge(owed: Sequence[ChargeRow], period: str) -> ChargeRow | None:
        """The month's management fee among ``owed``."""
        return next((c for c in owed if c.category is Category.MANAGEMENT
                     and c.period == period), None)
