"""Taking money: allocation oldest first, part payments, the cashier's pick, credit kept
and spent, cash tendered and change, mixed methods, receipt numbers per year, voids with
an approval, invoices, sales, deposits held and refunded against their receipt, and the
cashier's handover that locks the day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.fee_models import UnitCredit
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.fees.allocation import allocate
from deskapp.domain.fees.deposits import Deduction, DepositInput, RefundInput
from deskapp.domain.fees.handover import HandoverInput
from deskapp.domain.fees.payments import PaymentInput, SaleInput, SaleLine
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import (
    Cycle,
    DepositKind,
    DepositState,
    LineKind,
    Method,
    Pricing,
    ReceiptKind,
)
from deskapp.domain.operators import ApprovalNeeded
from deskapp.domain.roles import Action, Approval, Role
from fee_data import as_cashier, charge, item, paid_of, unit

SUPERVISOR_VOID = Approval(Action.VOID_RECORD, "李主管", Role.SUPERVISOR)


def cash(fen: int) -> tuple[PaymentPart, ...]:
    return (PaymentPart(Method.CASH, fen),)


@pytest.fixture
def fees(services: Services):  # type: ignore[no-untyped-def]
    as_cashier(services)
    return services.fees


@pytest.fixture
def owing(services: Services, fees) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    """Unit 1203 owing September, October, November: ¥210.00, ¥210.00, ¥215.50."""
    unit_id = unit(services)
    item_id = item(services)
    ids = [charge(services, unit_id, item_id, 11, 21550),
           charge(services, unit_id, item_id, 9, 21000),
           charge(services, unit_id, item_id, 10, 21000)]
    return unit_id, [ids[1], ids[2], ids[0]]  # oldest first


def test_open_charges_come_oldest_first(fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, ids = owing
    assert [c.id for c in fees.open_charges(unit_id)] == ids
    assert [c.period for c in fees.open_charges(unit_id)] == ["2026-09", "2026-10", "2026-11"]


def test_cash_payment_of_the_whole_arrears_with_change(fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, ids = owing
    receipt = fees.pay(PaymentInput(unit_id, cash(63550), tendered_fen=70000))
    assert receipt.number == "SK2026-000001"
    assert receipt.total_fen == 63550 and receipt.change_fen == 6450
    assert receipt.tendered_fen == 70000 and receipt.method is Method.CASH
    assert receipt.payer == "张三" and receipt.unit_label.startswith("1203")
    assert [line.amount_fen for line in receipt.lines] == [21000, 21000, 21550]
    assert receipt.stamp == "Cash received"
    assert fees.open_charges(unit_id) == []


def test_part_payment_settles_the_oldest_first(services, fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, ids = owing
    receipt = fees.pay(PaymentInput(unit_id, (PaymentPart(Method.WECHAT, 30000, "420000123"),)))
    assert [(line.charge_id, line.amount_fen) for line in receipt.lines] == [
        (ids[0], 21000), (ids[1], 9000)]
    assert paid_of(services, ids[1]) == 9000 and paid_of(services, ids[2]) == 0
    assert receipt.stamp == "Received through bank"
    assert [c.outstanding_fen for c in fees.open_charges(unit_id)] == [12000, 21550]


def test_the_cashier_may_pick_which_charges(services, fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, ids = owing
    receipt = fees.pay(PaymentInput(unit_id, cash(21550), charge_ids=(ids[2],)))
    assert [line.charge_id for line in receipt.lines] == [ids[2]]
    assert [c.id for c in fees.open_charges(unit_id)] == ids[:2]


def test_overpayment_is_kept_as_credit_and_spent_on_the_next_bill(services, fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, ids = owing
    first = fees.pay(PaymentInput(unit_id, cash(70000)))
    assert first.credit_added_fen == 6450
    assert [line.kind for line in first.lines][-1] is LineKind.CREDIT
    assert fees.credit(unit_id) == 6450
    december = charge(services, unit_id, item(services, "水费"), 12, 5000, name="水费")
    plan = fees.plan_payment(unit_id, 0)
    assert plan.paid == ((december, 5000),) and plan.credit_used_fen == 5000
    second = fees.pay(PaymentInput(unit_id, ()))  # settled from credit alone
    assert second.total_fen == 0 and second.credit_used_fen == 5000
    assert fees.credit(unit_id) == 1450 and fees.open_charges(unit_id) == []


def test_mixed_payment_and_its_stamp(fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, _ = owing
    receipt = fees.pay(PaymentInput(unit_id, (PaymentPart(Method.CASH, 10000),
                                              PaymentPart(Method.ALIPAY, 53550)),
                                    tendered_fen=10000))
    assert receipt.method is Method.MIXED
    assert {(p.method, p.amount_fen) for p in receipt.parts} == {(Method.CASH, 10000),
                                                                 (Method.ALIPAY, 53550)}
    assert receipt.stamp == "Cash received"  # the cash part is stamped as cash


@pytest.mark.parametrize(("parts", "tendered", "field"), [
    ((PaymentPart(Method.CASH, 10000),), 5000, "tendered"),
    ((PaymentPart(Method.WECHAT, 10000),), 20000, "tendered"),
    ((PaymentPart(Method.CASH, -1),), None, "amount"),
    ((PaymentPart(Method.MIXED, 100),), None, "method"),
    ((PaymentPart(Method.CASH, 100), PaymentPart(Method.CASH, 100)), None, "method"),
    ((PaymentPart("bitcoin", 100),), None, "method"),
])
def test_bad_money_is_refused_by_field_and_nothing_saved(services, fees, owing, parts,  # type: ignore[no-untyped-def]
                                                         tendered, field) -> None:
    unit_id, ids = owing
    with pytest.raises(ValidationError) as caught:
        fees.pay(PaymentInput(unit_id, parts, tendered_fen=tendered))
    assert field in caught.value.errors
    assert paid_of(services, ids[0]) == 0
    assert fees.receipts() == []


def test_receipt_numbers_follow_the_year_and_never_skip(now, fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, _ = owing
    numbers = [fees.pay(PaymentInput(unit_id, cash(100))).number for _ in range(3)]
    with pytest.raises(ValidationError):  # a refused payment takes no number
        fees.pay(PaymentInput(unit_id, cash(100), tendered_fen=50))
    numbers.append(fees.pay(PaymentInput(unit_id, cash(100))).number)
    assert numbers == ["SK2026-000001", "SK2026-000002", "SK2026-000003", "SK2026-000004"]
    now.advance(days=40)  # into January
    assert fees.pay(PaymentInput(unit_id, cash(100))).number == "SK2027-000001"


def test_a_receptionist_needs_a_cashiers_approval(services, fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, _ = owing
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    with pytest.raises(ApprovalNeeded):
        fees.pay(PaymentInput(unit_id, cash(100)))
    approval = Approval(Action.TAKE_PAYMENTS, "李主管", Role.SUPERVISOR)
    assert fees.pay(PaymentInput(unit_id, cash(100)), approval).cashier == "王芳"


def test_void_needs_a_supervisor_and_opens_the_bills_again(services, fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, ids = owing
    receipt = fees.pay(PaymentInput(unit_id, cash(70000)))
    with pytest.raises(ValidationError):
        fees.void_receipt(receipt.id, " ", SUPERVISOR_VOID)
    with pytest.raises(ApprovalNeeded):
        fees.void_receipt(receipt.id, "金额输错")
    voided = fees.void_receipt(receipt.id, "金额输错", SUPERVISOR_VOID)
    assert voided.voided and voided.void_approved_by == "李主管" and voided.voided_by == "李收银"
    assert voided.number == receipt.number and fees.receipt(receipt.id).voided
    assert [c.outstanding_fen for c in fees.open_charges(unit_id)] == [21000, 21000, 21550]
    assert fees.credit(unit_id) == 0
    with pytest.raises(DomainError):
        fees.void_receipt(receipt.id, "again", SUPERVISOR_VOID)
    assert fees.pay(PaymentInput(unit_id, cash(100))).number == "SK2026-000002"


def test_a_void_whose_credit_was_spent_is_refused(services, fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, _ = owing
    first = fees.pay(PaymentInput(unit_id, cash(70000)))
    charge(services, unit_id, item(services, "水费"), 12, 5000, name="水费")
    second = fees.pay(PaymentInput(unit_id, ()))
    with pytest.raises(DomainError, match="spent"):
        fees.void_receipt(first.id, "错", SUPERVISOR_VOID)
    fees.void_receipt(second.id, "错", SUPERVISOR_VOID)
    fees.void_receipt(first.id, "错", SUPERVISOR_VOID)
    assert fees.credit(unit_id) == 0
    with Session(services.engine) as session:
        assert sum(c.change_fen for c in session.exec(select(UnitCredit))) == 0


def test_invoice_is_recorded_once(fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, _ = owing
    receipt = fees.pay(PaymentInput(unit_id, cash(100)))
    marked = fees.mark_invoiced(receipt.id, "No. 04471234")
    assert marked.invoice_no == "No.04471234" and marked.invoiced_by == "李收银"
    with pytest.raises(DomainError, match="already"):
        fees.mark_invoiced(receipt.id, "555")


def test_receipts_are_found_by_number_unit_and_payer(fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, _ = owing
    receipt = fees.pay(PaymentInput(unit_id, cash(100)))
    assert [r.id for r in fees.receipts(search="sk2026-000001")] == [receipt.id]
    assert [r.id for r in fees.receipts(search="1203")] == [receipt.id]
    assert [r.id for r in fees.receipts(search="张三")] == [receipt.id]
    assert fees.receipts(search="李四") == []
    assert fees.receipt_by_number("ＳＫ2026-000001").id == receipt.id


def test_business_services_are_sold_by_the_page(services, fees) -> None:  # type: ignore[no-untyped-def]
    copies = item(services, "复印", pricing=Pricing.PER_PAGE, price=5000, cycle=Cycle.ONCE)
    receipt = fees.sell(SaleInput("路人甲", (SaleLine(copies, 1200),), cash(600),
                                  tendered_fen=1000))
    assert receipt.kind is ReceiptKind.SALE and receipt.total_fen == 600
    assert receipt.change_fen == 400 and receipt.lines[0].quantity == 1200
    with pytest.raises(ValidationError, match="amount"):
        fees.sell(SaleInput("路人甲", (SaleLine(copies, 100),), cash(60)))
    management = item(services, "管理费2")
    with pytest.raises(ValidationError):
        fees.sell(SaleInput("路人甲", (SaleLine(management, 100),), cash(23500)))


def test_deposit_is_held_and_refunded_only_against_its_receipt(services, fees) -> None:  # type: ignore[no-untyped-def]
    unit_id = unit(services, "0805", "赵六")
    deposit = fees.take_deposit(DepositInput(DepositKind.CONSTRUCTION, "赵六", 200000,
                                             cash(200000), unit_id=unit_id, purpose="装修"))
    assert deposit.state is DepositState.HELD and deposit.receipt_number == "SK2026-000001"
    assert fees.receipt(deposit.receipt_id).kind is ReceiptKind.DEPOSIT
    refund = RefundInput("SK2026-000099", "赵六", deductions=(Deduction("墙面损坏", 30000),))
    approval = Approval(Action.REFUND_DEPOSIT, "李主管", Role.SUPERVISOR)
    # A wrong receipt number is said before any supervisor is asked to approve.
    with pytest.raises(ValidationError, match="receipt_number"):
        fees.refund_deposit(deposit.id, refund)
    with pytest.raises(ApprovalNeeded):
        fees.refund_deposit(deposit.id, RefundInput("SK2026-000001", "赵六"))
    with pytest.raises(ValidationError, match="deductions"):
        fees.refund_deposit(deposit.id, RefundInput("SK2026-000001", "赵六", deductions=(
            Deduction("", 100),)), approval)
    back = fees.refund_deposit(deposit.id, RefundInput(
        "sk2026-000001", "赵六", deductions=(Deduction("墙面损坏", 30000),
                                             Deduction("垃圾清运", 5000))), approval)
    assert back.state is DepositState.REFUNDED and back.refund is not None
    assert back.refund.number == "TK2026-0001" and back.refund.refunded_fen == 165000
    assert back.refund.approved_by == "李主管"
    assert [d.reason for d in back.refund.deductions] == ["墙面损坏", "垃圾清运"]
    with pytest.raises(DomainError):
        fees.refund_deposit(deposit.id, RefundInput("SK2026-000001", "赵六"), approval)
    with pytest.raises(DomainError, match="refunded"):
        fees.void_receipt(deposit.receipt_id, "错", SUPERVISOR_VOID)
    assert fees.deposits_held() == []


def test_voiding_a_deposits_receipt_voids_the_deposit(fees) -> None:  # type: ignore[no-untyped-def]
    deposit = fees.take_deposit(DepositInput(DepositKind.KEY_CARD, "孙七", 5000, cash(5000)))
    fees.void_receipt(deposit.receipt_id, "收错", SUPERVISOR_VOID)
    assert fees.deposit(deposit.id).state is DepositState.VOID


def test_handover_sums_the_day_and_locks_it(services, now, fees, owing) -> None:  # type: ignore[no-untyped-def]
    unit_id, _ = owing
    fees.pay(PaymentInput(unit_id, cash(21000), tendered_fen=50000))
    fees.pay(PaymentInput(unit_id, (PaymentPart(Method.WECHAT, 21000),)))
    wrong = fees.pay(PaymentInput(unit_id, cash(100)))
    fees.void_receipt(wrong.id, "重复收款", SUPERVISOR_VOID)
    deposit = fees.take_deposit(DepositInput(DepositKind.DECORATION_PASS, "装修工", 10000,
                                             cash(10000)))
    fees.refund_deposit(deposit.id, RefundInput(deposit.receipt_number, "装修工"),
                        Approval(Action.REFUND_DEPOSIT, "李主管", Role.SUPERVISOR))
    day = dt.date(2026, 11, 23)
    assert fees.cashiers_on(day) == ["李收银"]
    summary = fees.handover_summary(day)
    assert summary.receipts == 4 and summary.first_number == "SK2026-000001"
    assert summary.last_number == "SK2026-000004" and summary.voided_numbers == ("SK2026-000003",)
    assert {(t.method, t.amount_fen) for t in summary.by_method} == {
        (Method.CASH, 31000), (Method.WECHAT, 21000)}
    assert summary.deposits_taken_fen == 10000 and summary.deposits_refunded_fen == 10000
    assert summary.cash_in_fen == 31000 and summary.cash_out_fen == 10000
    assert summary.counted_cash_fen is None and not summary.handed_over
    now.advance(hours=8)
    handed = fees.hand_over(HandoverInput(counted_cash_fen=70000, received_by="财务王",
                                          float_fen=50000))
    assert handed.expected_cash_fen == 71000 and handed.difference_fen == -1000
    assert handed.handed_over and fees.receipt(wrong.id).handed_over
    with pytest.raises(DomainError, match="handed over"):
        fees.pay(PaymentInput(unit_id, cash(100)))
    with pytest.raises(DomainError, match="handed over"):
        fees.void_receipt(1, "迟了", SUPERVISOR_VOID)
    with pytest.raises(DomainError, match="handed over"):
        fees.hand_over(HandoverInput(counted_cash_fen=0, received_by="财务王"))
    now.advance(days=1)
    assert fees.pay(PaymentInput(unit_id, cash(100))).number == "SK2026-000005"


def test_a_second_counter_paying_after_the_first_pays_what_is_left(services, fees,  # type: ignore[no-untyped-def]
                                                                   owing) -> None:
    unit_id, ids = owing
    from deskapp.bootstrap import build_domain
    from deskapp.domain.operators import Operator

    other = build_domain(services.engine, services.clock, Operator("王收银", "二号窗口",
                                                                   Role.CASHIER)).fees
    fees.pay(PaymentInput(unit_id, cash(21000)))
    again = other.pay(PaymentInput(unit_id, cash(21000)))
    assert [line.charge_id for line in again.lines] == [ids[1]]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(owed=st.lists(st.integers(0, 10**7), max_size=8), money=st.integers(0, 10**8),
       credit=st.integers(0, 10**7))
def test_allocation_pays_in_order_and_loses_nothing(owed: list[int], money: int,
                                                    credit: int) -> None:
    plan = allocate(list(enumerate(owed, 1)), money, credit)
    paid = dict(plan.paid)
    assert plan.applied_fen == plan.credit_used_fen + money - plan.credit_kept_fen
    assert plan.applied_fen + plan.still_owed_fen == sum(owed)
    assert plan.credit_used_fen <= credit and plan.credit_kept_fen >= 0
    assert all(0 < fen <= owed[i - 1] for i, fen in paid.items())
    reached = [i for i in range(1, len(owed) + 1) if owed[i - 1] and paid.get(i, 0) > 0]
    for i in reached[:-1]:  # every charge before the last reached is paid in full
        assert paid[i] == owed[i - 1]
    if plan.credit_kept_fen:
        assert plan.still_owed_fen == 0
