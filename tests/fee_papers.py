"""Fee rows built by hand for the tests of the fee papers: a mixed payment that used and left
credit, a sale of copies, a voided deposit receipt, an invoiced one; open charges of two
units; two cashiers' days, one handed over; a deposit held and one refunded with
deductions; a rate schedule."""

from __future__ import annotations

import dataclasses
import datetime as dt

from deskapp.domain.fees.billing_records import RateScheduleLine
from deskapp.domain.fees.records import (
    Category,
    Cycle,
    DepositKind,
    DepositState,
    LineKind,
    Method,
    Pricing,
    ReceiptKind,
)
from deskapp.domain.fees.rows import (
    ChargeRow,
    DeductionRow,
    DepositRow,
    HandoverSummary,
    MethodTotal,
    PaymentPartRow,
    ReceiptLineRow,
    ReceiptRow,
    RefundRow,
)
from deskapp.domain.records import OrgInfo

SHANGHAI = dt.timezone(dt.timedelta(hours=8), "CST")
AT = dt.datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)
TODAY = AT.date()
ORG = OrgInfo("恒信大厦物业服务中心", "上海市浦东新区世纪大道 100 号", "021-5888 1234", "一楼大堂",
              operator="王芳")


def _line(name: str, period: str, fen: int, kind: LineKind = LineKind.CHARGE,
          quantity: int = 100, price: int = 0) -> ReceiptLineRow:
    return ReceiptLineRow(kind, name, period, fen, quantity, price)


# Four charges and credit kept, ¥50.00 of earlier credit used: ¥1,234.50 received, ¥979.50
# of it in cash (¥1,000.00 tendered) and ¥255.00 by WeChat Pay.
PAYMENT = ReceiptRow(
    id=1, number="SK2026-000123", kind=ReceiptKind.PAYMENT, unit_id=7, unit_label="1203",
    payer="上海恒达贸易有限公司", total_fen=123450, method=Method.MIXED, tendered_fen=100000,
    change_fen=2050, credit_used_fen=5000, credit_added_fen=1500, issued_at=AT, cashier="王芳",
    desk="一楼大堂", form_serial="0001234",
    lines=(_line("物业管理费", "2026-10", 20997), _line("物业管理费", "2026-11", 20997),
           _line("水费", "2026-10", 4550), _line("电费", "2026-10", 81456),
           _line("", "", 1500, LineKind.CREDIT)),
    parts=(PaymentPartRow(Method.CASH, 97950),
           PaymentPartRow(Method.WECHAT, 25500, "4200001234567")),
)
SALE = ReceiptRow(
    id=2, number="SK2026-000124", kind=ReceiptKind.SALE, unit_id=None, unit_label="",
    payer="李先生", total_fen=1250, method=Method.CASH, tendered_fen=2000, change_fen=750,
    credit_used_fen=0, credit_added_fen=0, issued_at=AT, cashier="王芳", desk="一楼大堂",
    lines=(_line("复印 A4", "", 1000, LineKind.SALE, 2000, 5000),
           _line("传真", "", 250, LineKind.SALE, 100, 25000)),
    parts=(PaymentPartRow(Method.CASH, 1250),),
)
VOIDED = ReceiptRow(
    id=3, number="SK2026-000125", kind=ReceiptKind.DEPOSIT, unit_id=7, unit_label="1203",
    payer="上海恒达贸易有限公司", total_fen=500000, method=Method.BANK, tendered_fen=0,
    change_fen=0, credit_used_fen=0, credit_added_fen=0, issued_at=AT, cashier="王芳",
    desk="一楼大堂", form_serial="0001235",
    lines=(_line("施工保证金", "", 500000, LineKind.DEPOSIT),),
    parts=(PaymentPartRow(Method.BANK, 500000, "转账0023"),),
    voided_at=AT + dt.timedelta(minutes=35), void_reason="金额输错", voided_by="王芳",
    void_approved_by="李主管",
)
INVOICED = ReceiptRow(
    id=4, number="SK2026-000126", kind=ReceiptKind.PAYMENT, unit_id=7, unit_label="1203",
    payer="张三", total_fen=10500, method=Method.ALIPAY, tendered_fen=0, change_fen=0,
    credit_used_fen=0, credit_added_fen=0, issued_at=AT, cashier="王芳", desk="一楼大堂",
    lines=(_line("车位租金", "2026-11", 10500),), parts=(PaymentPartRow(Method.ALIPAY, 10500),),
    invoice_no="04412345", invoiced_at=AT + dt.timedelta(days=7), invoiced_by="李会计",
)


def _charge(charge_id: int, item: str, category: Category, month: int, due: dt.date,
            quantity: int, price: int, amount: int, *, paid: int = 0,
            unit: tuple[int, str] = (7, "1203")) -> ChargeRow:
    start = dt.date(2026, month, 1)
    return ChargeRow(charge_id, unit[0], unit[1], 1, item, category, f"2026-{month:02d}", start,
                     start.replace(day=28), due, quantity, price, amount, paid, 0)


# Unit 1203 owes August (84 days overdue), October's power (part paid) and water, and
# November's fees, not yet due: ¥1,280.01 in all.
CHARGES = (
    _charge(1, "物业管理费", Category.MANAGEMENT, 8, dt.date(2026, 8, 31), 8935, 23500, 20997),
    _charge(2, "电费", Category.ELECTRICITY, 10, dt.date(2026, 11, 10), 138462, 5883, 81457,
            paid=30000),
    _charge(3, "水费", Category.WATER, 10, dt.date(2026, 11, 10), 1000, 45500, 4550),
    _charge(4, "物业管理费", Category.MANAGEMENT, 11, dt.date(2026, 12, 10), 8935, 23500, 20997),
    _charge(5, "车位租金", Category.PARKING, 11, dt.date(2026, 12, 10), 100, 3000000, 30000),
)
OTHER_UNIT = tuple(dataclasses.replace(c, unit_id=9, unit_label="805") for c in CHARGES[3:])

RATES = (
    RateScheduleLine(1, "物业管理费", Category.MANAGEMENT, Pricing.AREA, 23500, Cycle.MONTHLY,
                     dt.date(2026, 1, 1)),
    RateScheduleLine(2, "电费", Category.ELECTRICITY, Pricing.METERED, 5883, Cycle.MONTHLY,
                     dt.date(2025, 7, 1), "峰谷不分"),
    RateScheduleLine(4, "地下车位租金", Category.PARKING, Pricing.FIXED, 3000000,
                     Cycle.MONTHLY, dt.date(2026, 1, 1)),
    RateScheduleLine(5, "复印 A4", Category.SERVICE, Pricing.PER_PAGE, 5000, Cycle.ONCE,
                     dt.date(2024, 3, 1)),
    RateScheduleLine(7, "公摊水电费", Category.SHARED, Pricing.AREA, 1200, Cycle.QUARTERLY,
                     dt.date(2026, 1, 1)),
)

DAY_OPEN = HandoverSummary(
    day=TODAY, cashier="王芳",
    by_method=(MethodTotal(Method.CASH, 12, 356050), MethodTotal(Method.WECHAT, 5, 128000),
               MethodTotal(Method.BANK, 1, 500000)),
    total_fen=984050, receipts=19, first_number="SK2026-000120", last_number="SK2026-000138",
    voided_numbers=("SK2026-000125", "SK2026-000131"), deposits_taken_fen=500000,
    deposits_taken=1, deposits_refunded_fen=300000, deposits_refunded=1, cash_in_fen=356050,
    cash_out_fen=300000)
# Handed over ¥1.50 short: float ¥500.00 + ¥3,560.50 in − ¥3,000.00 out = ¥1,060.50 expected.
DAY_HANDED = dataclasses.replace(
    DAY_OPEN, cashier="李收银", voided_numbers=(), float_fen=50000, counted_cash_fen=105900,
    received_by="赵出纳", handed_over_at=AT.replace(hour=17, minute=32), note="假币一张已退回")

DEPOSIT_HELD = DepositRow(
    11, 3, "SK2026-000125", 7, "1203", DepositKind.CONSTRUCTION, "上海恒达装饰工程有限公司",
    500000, "1203 室内装修", AT - dt.timedelta(days=45), DepositState.HELD)
# ¥5,000.00 held, ¥450.00 deducted, ¥4,550.00 back by bank transfer.
DEPOSIT_REFUNDED = dataclasses.replace(DEPOSIT_HELD, state=DepositState.REFUNDED, refund=RefundRow(
    5, "TK2026-0005", 11, AT, 45000, 455000, Method.BANK, "陈工", "李主管", "王芳",
    (DeductionRow("公共走道墙面修复", 30000), DeductionRow("垃圾清运超量", 15000))))
