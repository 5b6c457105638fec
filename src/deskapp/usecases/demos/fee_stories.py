"""The fee demo's featured stories, made on the first load only, so the workspace shows
every state it knows: a unit that stopped paying half a year ago (three dunning notices,
delivered by hand, by courier and by post; calls and a visit with promises not kept), one
two months behind after a first notice, one three months behind that paid a part, one
that forgot last month; repairs charged to them, so their arrears fall in every age
whatever the day; a round transfer kept as credit and spent on the next bill; a waiver
approved by the supervisor; a receipt issued to the wrong unit and voided; construction
deposits refunded in full and with deductions, one still held; a cash count short by ¥10.

The units are chosen by their place in the directory (the year-long ones from floors
2–3), so a later load knows them again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from deskapp.domain.directory import UnitRow
from deskapp.domain.fees.billing_records import AdHocChargeInput
from deskapp.domain.fees.deposits import Deduction, DepositInput, DepositRow, RefundInput
from deskapp.domain.fees.ledger_records import (
    ContactInput,
    ContactKind,
    DeliveryHow,
    DeliveryInput,
    DunningStage,
)
from deskapp.domain.fees.payments import PaymentInput
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import DepositKind, Method
from deskapp.domain.roles import Action
from deskapp.usecases.demos.fee_desk import FeeDesk
from deskapp.usecases.demos.fee_setup import REPAIR, Habit, Style, keyed, payment_parts
from deskapp.usecases.demos.people import mobile, name

Work = Callable[[], int]
Step = tuple[dt.datetime, Work]
DECORATORS = ("深圳市华艺装饰工程有限公司", "深圳市金鹏建筑装饰有限公司",
              "深圳市宏达装饰设计工程有限公司")


def month_back(today: dt.date, months: int) -> str:
    """The month ``months`` before ``today``'s, as ``YYYY-MM``."""
    index = today.year * 12 + today.month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


class FeeStories:
    """Who plays which part, how their payments differ from their habits, and the steps."""

    def __init__(self, desk: FeeDesk, year_units: Sequence[UnitRow],
                 other_units: Sequence[UnitRow], today: dt.date, *, later: bool = False) -> None:
        # ``later``: a later load, which makes no steps; its debtors never pay.
        self._desk, self._today, self._later = desk, today, later
        year, others = list(year_units), list(other_units)
        self._units = year + others
        self.rollover = year[0] if year else None
        self.meter_changed = year[1] if len(year) > 1 else None
        self._long, self._behind3 = _at(year, 2), _at(year, 3)
        self._overpays, self._waived = _at(year, 4), _at(year, 5)
        self._deposit_early = _at(year, 6)
        self._behind2 = _at(others, len(others) // 3)
        self._forgot = _at(others, 2 * len(others) // 3)
        self._deposit_refunded, self._deposit_held = _at(others, 1), _at(others, len(others) - 2)
        # From which month on each debtor stopped paying.
        self._stopped = {unit.number: month_back(today, back) for unit, back in (
            (self._long, 5), (self._behind3, 3), (self._behind2, 2), (self._forgot, 1))
            if unit is not None}
        self.debtors = tuple(self._stopped)
        short = today - dt.timedelta(days=6)
        while short.weekday() >= 5:
            short -= dt.timedelta(days=1)
        self.short_day = short  # the cashier's cash count short by ¥10

    # --- Payments that differ from the unit's habit
    def habit(self, unit: UnitRow, period: str) -> Habit | None:
        """How ``unit`` pays ``period`` in its story (None: as its habit says)."""
        stopped = self._stopped.get(unit.number)
        if stopped is not None and (self._later or period >= stopped):
            return Habit(False, 0, 0, Style.FULL, Method.CASH)
        overpays = self._overpays is not None and unit.number == self._overpays.number
        if overpays and period == month_back(self._today, 3):
            return Habit(True, 3, 40, Style.OVER, Method.BANK)
        if overpays and period == month_back(self._today, 2):
            return Habit(True, 3, 55, Style.FULL, Method.WECHAT)
        return None

    # --- The steps
    def steps(self) -> list[Step]:
        found: list[Step] = []
        found += self._debts()
        found += self._dunning()
        found += self._contacts()
        found += self._deposits()
        found += self._waiver_and_void()
        return found

    def _on(self, days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
        return self._desk.clock.at_local(self._today - dt.timedelta(days=days_ago), hour,
                                         minute)

    def _month_day(self, months_ago: int, day: int, hour: int, minute: int) -> dt.datetime:
        period = month_back(self._today, months_ago)
        return self._desk.clock.at_local(dt.date(int(period[:4]), int(period[5:]), day),
                                         hour, minute)

    def _debts(self) -> list[Step]:
        """Repairs charged to the debtors (due at once, never paid) and a part payment."""
        desk = self._desk
        found: list[Step] = []
        for unit, days_ago, hours, note in ((self._long, 75, 2, "更换办公室门锁"),
                                            (self._behind2, 45, 1, "疏通卫生间下水管"),
                                            (self._forgot, 12, 1, "更换漏水的水龙头")):
            if unit is None:
                continue
            at = self._on(days_ago, 14, 30)

            def charge(unit: UnitRow = unit, hours: int = hours, note: str = note) -> int:
                day = desk.clock.local(desk.clock.now()).date()
                desk.on_duty().add_charge(AdHocChargeInput(
                    unit.id or 0, desk.items[REPAIR].id, hours * 100, period_start=day,
                    due_on=day, note=note))
                return 0
            found.append((at, charge))
        if self._behind3 is not None:
            unit = self._behind3

            def part() -> int:
                desk.on_duty().pay(PaymentInput(unit.id or 0, (PaymentPart(Method.CASH, 100000),),
                                                note="先交一部分，余款本月内补齐"))
                return 1
            found.append((self._on(20, 15, 10), part))
        return found

    def _dunning(self) -> list[Step]:
        front = self._desk.front
        found: list[Step] = []
        for unit, ladder in (
                (self._long, ((110, DunningStage.FIRST, 0, DeliveryHow.HAND),
                              (70, DunningStage.SECOND, 1, DeliveryHow.COURIER),
                              (25, DunningStage.FINAL, 2, DeliveryHow.COURIER),
                              (25, None, 3, DeliveryHow.POST))),
                (self._behind3, ((40, DunningStage.FIRST, 0, DeliveryHow.HAND),
                                 (8, DunningStage.SECOND, 1, DeliveryHow.POST))),
                (self._behind2, ((18, DunningStage.FIRST, 0, DeliveryHow.HAND),))):
            if unit is None:
                continue
            issued: list[int] = []
            for days_ago, stage, later, how in ladder:
                if stage is not None:
                    def issue(unit: UnitRow = unit, stage: DunningStage = stage) -> int:
                        issued.append(front.issue_dunning(unit.id or 0, stage).id)
                        return 0
                    found.append((self._on(days_ago, 10, 5), issue))
                rng = keyed(self._desk.seed, "delivery", unit.number, days_ago, how)

                def deliver(how: DeliveryHow = how, rng_name: str = name(rng),
                            waybill: str = _waybill(rng, how)) -> int:
                    front.record_delivery(DeliveryInput(
                        issued[-1], how, waybill=waybill,
                        signed_by=f"前台{rng_name}" if how is DeliveryHow.HAND else "",
                        note="挂号信寄往租户注册地址" if how is DeliveryHow.POST else ""))
                    return 0
                found.append((self._on(days_ago - later, 15, 20) if later
                              else self._on(days_ago, 15, 20), deliver))
        return found

    def _contacts(self) -> list[Step]:
        front, today = self._desk.front, self._today
        found: list[Step] = []
        days = dt.timedelta

        def contact(unit: UnitRow | None, days_ago: int, kind: ContactKind, note: str,
                    promised: dt.date | None) -> None:
            if unit is None:
                return

            def log() -> int:
                front.log_contact(ContactInput(unit.id or 0, kind, note, promised))
                return 0
            found.append((self._on(days_ago, 14, 40), log))

        contact(self._long, 105, ContactKind.CALL, "电话联系财务王小姐，称月底前一次付清",
                today - days(85))
        contact(self._long, 62, ContactKind.VISIT, "上门拜访，公司经理出差，称下周回来处理",
                today - days(52))
        contact(self._long, 30, ContactKind.CALL, "称资金周转困难，申请分三期缴清，已报主管",
                None)
        contact(self._long, 9, ContactKind.NOTE, "主管约谈未到；发律师函前再沟通一次", None)
        contact(self._behind3, 35, ContactKind.VISIT, "上门沟通，行政经理承诺两周内缴清",
                today - days(21))
        contact(self._behind3, 3, ContactKind.CALL, "已交一部分，承诺本周内补缴余款",
                today + days(3))
        contact(self._behind2, 6, ContactKind.CALL, "行政刘小姐称付款已在走审批流程",
                today + days(4))
        contact(self._forgot, 2, ContactKind.CALL, "电话提醒，称忘了缴费，明天过来交",
                today + days(1))
        return found

    def _deposits(self) -> list[Step]:
        found: list[Step] = []
        for unit, taken, refunded, fen, passes, deductions in (
                (self._deposit_early, 200, 150, 500000, 3, ()),
                (self._deposit_refunded, 100, 25, 1000000, 5, (
                    Deduction("损坏公共走廊墙面及地砖，修复费", 60000),
                    Deduction("装修垃圾未按时清运，代为清运费", 35000))),
                (self._deposit_held, 12, None, 500000, 4, ())):
            if unit is not None:
                found += self._renovation(unit, taken, refunded, fen, passes, deductions)
        return found

    def _renovation(self, unit: UnitRow, taken: int, refunded: int | None, fen: int,
                    passes: int, deductions: tuple[Deduction, ...]) -> list[Step]:
        """A renovation's construction deposit and decoration passes, and their refund
        against the receipts (a pass lost when there are deductions)."""
        desk = self._desk
        rng = keyed(desk.seed, "renovation", unit.number)
        company, foreman, phone = rng.choice(DECORATORS), name(rng), mobile(rng)
        held: list[DepositRow] = []

        def take() -> int:
            fees = desk.on_duty()
            on = desk.clock.local(desk.clock.now()).date()
            for kind, amount, method, purpose in (
                    (DepositKind.CONSTRUCTION, fen, Method.BANK, f"{unit.number} 室内装修施工"),
                    (DepositKind.DECORATION_PASS, passes * 5000, Method.CASH,
                     f"装修出入证 {passes} 张")):
                parts, tendered = payment_parts(rng, method, amount, on)
                held.append(fees.take_deposit(DepositInput(
                    kind, company, amount, parts, tendered_fen=tendered, unit_id=unit.id,
                    payer_phone=phone, purpose=purpose)))
            return 2

        steps: list[Step] = [(self._on(taken, 9, 40), take)]
        if refunded is not None:
            def refund() -> int:
                fees = desk.on_duty()
                approval = desk.approval(Action.REFUND_DEPOSIT)
                construction, card = held
                fees.refund_deposit(construction.id, RefundInput(
                    construction.receipt_number, foreman, Method.BANK, deductions), approval)
                lost = (Deduction("出入证遗失 1 张", 5000),) if deductions else ()
                fees.refund_deposit(card.id, RefundInput(
                    card.receipt_number, foreman, Method.CASH, lost), approval)
                return 0
            steps.append((self._on(refunded, 14, 20), refund))
        return steps

    def _waiver_and_void(self) -> list[Step]:
        desk = self._desk
        found: list[Step] = []
        if self._waived is not None:
            unit, period = self._waived, month_back(self._today, 2)

            def waive() -> int:
                fees = desk.on_duty()
                charge = desk.management_charge(fees.open_charges(unit.id or 0), period)
                if charge is not None:
                    fees.waive(charge.id, charge.outstanding_fen // 10,
                               "中央空调故障停用三天，经主管批准减免当月物业管理费10%",
                               desk.approval(Action.WAIVE_FEES))
                return 0
            found.append((self._month_day(2, 20, 9, 20), waive))
        return found + self._wrong_unit()

    def _wrong_unit(self) -> list[Step]:
        """A payment taken for the wrong unit by mistake, voided with the supervisor's
        approval minutes later and taken again for the right one."""
        desk = self._desk
        payers = [u for u in self._units if u.number not in self.debtors]
        mistake: dict[str, object] = {}

        def take_wrong() -> int:
            fees = desk.on_duty()
            owing = [u for u in payers if fees.open_charges(u.id or 0)][:2]
            if len(owing) < 2:
                return 0
            right, mistaken = owing
            fen = sum(c.outstanding_fen for c in fees.open_charges(right.id or 0))
            receipt = fees.pay(PaymentInput(
                mistaken.id or 0, (PaymentPart(Method.CASH, fen),),
                tendered_fen=-(-fen // 10000) * 10000, payer=right.occupant or right.company))
            mistake.update(right=right, fen=fen, receipt=receipt.id)
            return 1

        def void_and_take_again() -> int:
            if not mistake:
                return 0
            right, fen = mistake["right"], mistake["fen"]
            assert isinstance(right, UnitRow) and isinstance(fen, int)
            fees = desk.on_duty()
            fees.void_receipt(mistake["receipt"], f"房号选错，应为 {right.number}，已重开收据",
                              desk.approval(Action.VOID_RECORD))
            fees.pay(PaymentInput(right.id or 0, (PaymentPart(Method.CASH, fen),),
                                  tendered_fen=-(-fen // 10000) * 10000))
            return 1

        at = self._month_day(1, 21, 10, 15)
        return [(at, take_wrong), (at + dt.timedelta(minutes=7), void_and_take_again)]


def _at(units: Sequence[UnitRow], index: int) -> UnitRow | None:
    return units[index] if 0 <= index < len(units) else None


def _waybill(rng: object, how: DeliveryHow) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(12))  # type: ignore[attr-defined]
    if how is DeliveryHow.COURIER:
        return f"SF{digits}"
    if how is DeliveryHow.POST:
        return f"XA{digits[:9]}CN"
    return ""
