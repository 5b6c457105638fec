"""Fee collection's sheets of the day's workbook, reopened with openpyxl: the day's receipts
(voided ones flagged with why, the total a value of the money kept, never a formula) and the
deposits (the day's movements, then what was still held that evening)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from deskapp.bootstrap import Services
from deskapp.domain.fees.deposits import Deduction, DepositInput, RefundInput
from deskapp.domain.fees.payments import PaymentInput, SaleInput, SaleLine
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import Cycle, DepositKind, Method, Pricing
from deskapp.domain.roles import Action, Approval, Role
from deskapp.output.fee_sheets import items_summary
from tests.fee_data import as_cashier, charge, item, unit
from tests.fee_papers import PAYMENT, SALE

pytestmark = pytest.mark.usefixtures("shanghai_tz")

REFUND = Approval(Action.REFUND_DEPOSIT, "李主管", Role.SUPERVISOR)
VOID = Approval(Action.VOID_RECORD, "李主管", Role.SUPERVISOR)


def cash(fen: int) -> tuple[PaymentPart, ...]:
    return (PaymentPart(Method.CASH, fen),)


def no_formulas(book: openpyxl.Workbook) -> None:
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"


def records(sheet, first: str) -> list[dict]:  # type: ignore[no-untyped-def]
    values = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(values) if row and row[0] == first)
    return [dict(zip(values[start], row, strict=True)) for row in values[start + 1:]]


def yuan(value: object) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def test_items_are_summed_up_by_name_with_their_periods() -> None:
    assert items_summary(PAYMENT) == ("物业管理费 2026-10, 2026-11; 水费 2026-10; 电费 2026-10; "
                                      "credit kept ¥15.00; credit used ¥50.00")
    assert items_summary(SALE) == "复印 A4; 传真"


def test_the_days_workbook_has_the_receipts_and_the_deposits(
        services: Services, now, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    as_cashier(services)
    fees = services.fees
    owing = unit(services, "1203", "张三")
    management = item(services)
    charge(services, owing, management, 10, 21000)
    charge(services, owing, management, 11, 21550)
    paid = fees.pay(PaymentInput(owing, cash(42550), tendered_fen=50000))
    now.advance(minutes=10)
    copies = item(services, "复印", pricing=Pricing.PER_PAGE, price=5000, cycle=Cycle.ONCE)
    sold = fees.sell(SaleInput("=HYPERLINK(\"x\")", (SaleLine(copies, 1200),), cash(600)))
    now.advance(minutes=10)
    wrong = fees.pay(PaymentInput(owing, (PaymentPart(Method.WECHAT, 100, "42000001"),)))
    fees.void_receipt(wrong.id, "重复收款", VOID)
    now.advance(minutes=10)
    kept = fees.take_deposit(DepositInput(DepositKind.CONSTRUCTION, "装修公司", 300000,
                                          cash(300000), unit_id=owing, purpose="1203 装修"))
    back = fees.take_deposit(DepositInput(DepositKind.KEY_CARD, "李四", 5000, cash(5000)))
    now.advance(minutes=10)
    fees.refund_deposit(back.id, RefundInput(back.receipt_number, "李四", deductions=(
        Deduction("门禁卡损坏", 2000),)), REFUND)

    book = openpyxl.load_workbook(services.exports.day_workbook(services.clock.today(),
                                                                tmp_path / "day.xlsx"))
    first = book.sheetnames.index("Receipts")  # the desk services' sheets may follow
    assert book.sheetnames[first:first + 3] == ["Receipts", "Deposits", "Arrears"]
    no_formulas(book)
    receipts = records(book["Receipts"], "Receipt No.")
    assert [r["Receipt No."] for r in receipts[:-1]] == [
        paid.number, sold.number, wrong.number, kept.receipt_number, back.receipt_number]
    first = receipts[0]
    assert first["Time"] == dt.datetime(2026, 11, 23, 9, 30)  # local, naive
    assert (first["Unit"], first["Payer"], first["Kind"], first["Paid by"], first["Voided"],
            first["Cashier"], first["Counter"]) == ("1203 张三", "张三", "Fees", "Cash", None,
                                                    "李收银", "服务中心")
    assert first["Items"] == "物业管理费 2026-10, 2026-11" and yuan(first["Amount"]) == Decimal(
        "425.50")
    assert receipts[1]["Payer"] == "=HYPERLINK(\"x\")" and receipts[1]["Kind"] == (
        "Business services")
    voided = receipts[2]
    assert (voided["Voided"], voided["Void reason"]) == ("Void", "重复收款")
    assert voided["Paid by"] == "WeChat Pay (42000001)"
    total = receipts[-1]
    assert total["Receipt No."] == "Total of 4 receipts (voided ones not counted)"
    assert yuan(total["Amount"]) == Decimal("3481.50")  # 425.50 + 6.00 + 3000.00 + 50.00

    deposits = records(book["Deposits"], "What")
    assert str(book["Deposits"]["A1"].value).startswith(
        "Deposits taken or refunded on 2026-11-23, then every deposit still held at "
        "2026-11-23 10:10")
    assert [(d["What"], d["Receipt No."]) for d in deposits[:-1]] == [
        ("Taken today", kept.receipt_number), ("Taken and refunded today", back.receipt_number),
        ("Held at closing", kept.receipt_number)]
    refunded = deposits[1]
    assert (refunded["Refund No."], refunded["Deductions"], refunded["Refunded by"],
            refunded["Received by"], refunded["Approved by"]) == (
        "TK2026-0001", "门禁卡损坏 ¥20.00", "Cash", "李四", "李主管")
    assert yuan(refunded["Deducted"]) == Decimal("20.00")
    assert yuan(refunded["Refunded"]) == Decimal("30.00")
    assert deposits[-1]["What"] == "Total held at closing: 1 deposits"
    assert yuan(deposits[-1]["Amount held"]) == Decimal("3000.00")


def test_a_past_days_deposits_are_those_held_that_evening(
        services: Services, now, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    as_cashier(services)
    fees = services.fees
    deposit = fees.take_deposit(DepositInput(DepositKind.DECORATION_PASS, "装修工", 10000,
                                             cash(10000)))
    day = services.clock.today()
    now.advance(days=1)
    fees.refund_deposit(deposit.id, RefundInput(deposit.receipt_number, "装修工"), REFUND)
    past = openpyxl.load_workbook(services.exports.day_workbook(day, tmp_path / "past.xlsx"))
    held = records(past["Deposits"], "What")
    assert [d["What"] for d in held] == ["Taken today", "Held at closing",
                                         "Total held at closing: 1 deposits"]
    # Refunded the next day: that evening's sheet knows nothing of it yet.
    assert held[0]["Refund No."] is None
    today = openpyxl.load_workbook(services.exports.day_workbook(services.clock.today(),
                                                                 tmp_path / "today.xlsx"))
    assert [d["What"] for d in records(today["Deposits"], "What")] == [
        "Refunded today", "Total held at closing: 0 deposits"]


def test_one_counters_workbook_has_its_own_receipts(
        services: Services, tmp_path: Path) -> None:
    as_cashier(services)
    owing = unit(services)
    services.fees.pay(PaymentInput(owing, cash(100)))
    services.operator.move_to("二楼")
    services.fees.pay(PaymentInput(owing, cash(200)))
    day = services.clock.today()
    upstairs = openpyxl.load_workbook(services.exports.day_workbook(
        day, tmp_path / "2.xlsx", desk="二楼"))
    rows = records(upstairs["Receipts"], "Receipt No.")
    assert [r["Receipt No."] for r in rows[:-1]] == ["SK2026-000002"]
    assert yuan(rows[-1]["Amount"]) == Decimal("2.00")


def test_the_arrears_sheet_lists_units_owing_oldest_debt_first(
        services: Services, tmp_path: Path) -> None:
    from deskapp.domain.fees.ledger_records import DunningStage

    as_cashier(services)
    management = item(services)
    recent = unit(services, "201", "李四")
    old = unit(services, "1203", "张三")
    paid_up = unit(services, "805", "王五")
    not_due = unit(services, "902", "赵六")
    charge(services, recent, management, 10, 21000)  # due 10-25: 29 days
    charge(services, old, management, 7, 20000)  # due 07-25: 121 days
    charge(services, old, management, 9, 21000)  # due 09-25: 59 days
    charge(services, old, management, 11, 21550)  # due 11-25: not yet
    charge(services, paid_up, management, 10, 21000)
    charge(services, not_due, management, 11, 21550)
    services.fees.pay(PaymentInput(paid_up, cash(21000)))
    services.fees.pay(PaymentInput(old, cash(5000)))  # the oldest first: July owes 150.00
    services.fees.issue_dunning(old, DunningStage.FIRST)
    book = openpyxl.load_workbook(services.exports.day_workbook(services.clock.today(),
                                                                tmp_path / "day.xlsx"))
    no_formulas(book)
    sheet = book["Arrears"]
    assert str(sheet["A1"].value).startswith(
        "Units owing past their due dates as of 2026-11-23, the oldest debt first")
    rows = records(sheet, "Unit")
    assert [r["Unit"] for r in rows[:-1]] == ["1203", "201"]
    first = rows[0]
    assert first["Occupant"] == "张三" and first["Oldest due"] == dt.datetime(2026, 7, 25)
    assert first["Days overdue"] == 121
    assert yuan(first["Over 90 days"]) == Decimal("150.00")
    assert yuan(first["31–60 days"]) == Decimal("210.00")
    assert yuan(first["In arrears"]) == Decimal("360.00")
    assert yuan(first["Not yet due"]) == Decimal("215.50")
    assert first["Dunning notice"] == "First notice"
    assert yuan(rows[1]["Up to 30 days"]) == Decimal("210.00")
    total = rows[-1]
    assert total["Unit"] == "Total: 2 units in arrears"
    assert yuan(total["In arrears"]) == Decimal("570.00")
