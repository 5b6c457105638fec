"""Deposits (押金/保证金): money held, not income. Taken on a receipt of their own; given
back only against that receipt, with any deductions itemised and a supervisor signing
the refund off; listed on their own lines in the cashier's handover."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.fee_models import DepositDeduction, DepositRefund, FeeDeposit, Receipt, ReceiptLine
from deskapp.domain import checks
from deskapp.domain.day_closing.lock import refuse_closed_receipts
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.fees.base import NAME_LIMIT, REASON_LIMIT
from deskapp.domain.fees.receipts import FeeReceipts, PaymentPart, check_money, payer_name
from deskapp.domain.fees.records import (
    PART_METHODS,
    DepositKind,
    DepositState,
    LineKind,
    Method,
    ReceiptKind,
)
from deskapp.domain.fees.rows import DeductionRow, DepositRow, RefundRow
from deskapp.domain.money import MAX_FEN, format_money
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.roles import Action, Approval
from deskapp.domain.text import halfwidth
from deskapp.i18n import fill, translate

REFUND_PREFIX = "TK"  # 退款: TK2026-0007
REFUND_SERIES = "deposit-refund"
MAX_DEDUCTIONS = 20


@dataclass(frozen=True)
class DepositInput:
    """A deposit taken: what for, from whom, how much, and how it was paid."""

    kind: DepositKind | str
    payer: str
    amount_fen: int
    parts: tuple[PaymentPart, ...]
    tendered_fen: int | None = None
    unit_id: int | None = None
    payer_phone: str = ""
    purpose: str = ""
    form_serial: str = ""


@dataclass(frozen=True)
class Deduction:
    """One thing kept back from a deposit, and why."""

    reason: str
    amount_fen: int


@dataclass(frozen=True)
class RefundInput:
    """A deposit given back: the number on the deposit's receipt (the payer brings it),
    deductions, how the money goes back and who received it."""

    receipt_number: str
    received_by: str
    method: Method | str = Method.CASH
    deductions: tuple[Deduction, ...] = ()


class FeeDeposits(FeeReceipts):
    """Deposits taken, held and refunded."""

    def take_deposit(self, data: DepositInput, approval: Approval | None = None) -> DepositRow:
        """Take a deposit and issue its receipt, in one transaction.

        Raises:
            ValidationError: what is wrong, by field.
            ApprovalNeeded: the operator may not take payments.
        """
        errors: dict[str, str] = {}
        kind = checks.choice(errors, "kind", data.kind, DepositKind)
        payer = payer_name(errors, data.payer)
        money = check_money(errors, data.parts, data.tendered_fen)
        phone = normalise_phone(checks.raw_text(errors, "payer_phone", data.payer_phone))
        if problem := phone_problem(phone):
            errors.setdefault("payer_phone", problem)
        purpose = checks.text(errors, "purpose", data.purpose, REASON_LIMIT)
        serial = "".join(checks.text(errors, "form_serial", data.form_serial, 32).split())
        amount = data.amount_fen
        if not checks.is_whole_number(amount) or not 0 < amount <= MAX_FEN:  # type: ignore[operator]
            errors.setdefault("amount", translate("FeeCollection", "Enter the deposit's amount."))
        elif not errors and money.total_fen != amount:
            errors["amount"] = fill(translate(
                "FeeCollection", "The money taken (%1) is not the deposit's amount (%2)."),
                format_money(money.total_fen), format_money(amount))  # type: ignore[arg-type]
        if errors:
            raise ValidationError(errors)
        self._operator.authorise(Action.TAKE_PAYMENTS, approval)
        with write_session(self._engine) as session:
            unit = self._unit(session, data.unit_id, lock=True) if data.unit_id else None
            line = ReceiptLine(receipt_id=0, kind=LineKind.DEPOSIT, item_name="",
                               period="", amount_fen=amount)  # named by kind on paper
            receipt = self._issue(session, kind=ReceiptKind.DEPOSIT, money=money, payer=payer,
                                  unit=unit, lines=[line], payer_phone=phone,
                                  form_serial=serial, note=purpose)
            deposit = FeeDeposit(receipt_id=receipt.id, unit_id=receipt.unit_id,
                                 unit_label=receipt.unit_label, kind=kind.value,  # type: ignore[union-attr]
                                 payer=payer, payer_phone=phone, amount_fen=amount,
                                 purpose=purpose, taken_at=receipt.issued_at)
            session.add(deposit)
            session.commit()
            return _deposit_rows(session, [deposit])[0]

    def refund_deposit(self, deposit_id: int, data: RefundInput,
                       approval: Approval | None = None) -> DepositRow:
        """Give a deposit back against its receipt, deductions itemised, signed off by a
        supervisor (themselves, or their approval in place); numbered TKyyyy-nnnn.

        Raises:
            ValidationError: the receipt number does not match, a deduction without a
                reason or more than the deposit, no one receiving it.
            ApprovalNeeded: no supervisor's approval.
            DomainError: the deposit is not held (refunded already, or void); the
                cashier's day was handed over.
        """
        errors: dict[str, str] = {}
        received_by = checks.text(errors, "received_by", data.received_by, NAME_LIMIT)
        if not received_by and "received_by" not in errors:
            errors["received_by"] = translate("FeeCollection",
                                              "Enter who receives the money back.")
        method = checks.choice(errors, "method", data.method, Method)
        if method is Method.MIXED or (method is not None and method not in PART_METHODS):
            errors.setdefault("method", translate("FeeCollection", "Choose one way to pay back."))
        deductions = self._check_deductions(errors, data.deductions)
        if errors:
            raise ValidationError(errors)
        with Session(self._engine) as session:  # said before anyone is asked to approve
            self._refundable(session, deposit_id, data, deductions)
        approved_by = self._operator.authorise(Action.REFUND_DEPOSIT, approval)
        with write_session(self._engine) as session:
            deposit, _receipt = self._refundable(session, deposit_id, data, deductions,
                                                 lock=True)
            deducted = sum(d.amount_fen for d in deductions)
            now = self._clock.now()
            self._refuse_handed_over(session, self._clock.local(now).date(), self._operator.name)
            refuse_closed_receipts(session, self._clock.local(now).date(), self._clock)
            _, _, number = self._number(session, REFUND_PREFIX, REFUND_SERIES, 4)
            refund = DepositRefund(number=number, deposit_id=deposit.id, at=now,  # type: ignore[arg-type]
                                   deducted_fen=deducted,
                                   refunded_fen=deposit.amount_fen - deducted,
                                   method=method.value, received_by=received_by,  # type: ignore[union-attr]
                                   approved_by=approved_by or self._operator.name,
                                   **self._operator.signature())
            session.add(refund)
            session.flush()
            for item in deductions:
                session.add(DepositDeduction(refund_id=refund.id, reason=item.reason,
                                             amount_fen=item.amount_fen))
            deposit.state = DepositState.REFUNDED.value
            session.add(deposit)
            session.commit()
            return _deposit_rows(session, [deposit])[0]

    @staticmethod
    def _refundable(session: Session, deposit_id: int, data: RefundInput,
                    deductions: list[Deduction], *,
                    lock: bool = False) -> tuple[FeeDeposit, Receipt]:
        """The deposit and its receipt, when ``data`` may refund it."""
        deposit = session.get(FeeDeposit, checks.record_id(deposit_id) or 0,
                              with_for_update=lock)
        if deposit is None:
            raise NotFound(fill(translate("FeeCollection", "There is no deposit number %1."),
                                deposit_id))
        receipt = session.get(Receipt, deposit.receipt_id)
        typed = "".join(halfwidth(str(data.receipt_number)).split()).upper()
        if receipt is None or typed != receipt.number:
            raise ValidationError({"receipt_number": translate(
                "FeeCollection", "This is not the number on the deposit's receipt: a "
                "deposit is refunded only against its own receipt.")})
        if deposit.state != DepositState.HELD.value:
            raise DomainError(fill(translate(
                "FeeCollection", "The deposit on receipt %1 is %2: nothing is held."),
                receipt.number, DepositState(deposit.state).label().lower()))
        deducted = sum(d.amount_fen for d in deductions)
        if deducted > deposit.amount_fen:
            raise ValidationError({"deductions": fill(translate(
                "FeeCollection", "The deductions (%1) are more than the deposit (%2)."),
                format_money(deducted), format_money(deposit.amount_fen))})
        return deposit, receipt

    @staticmethod
    def _check_deductions(errors: dict[str, str], given: object) -> list[Deduction]:
        if not isinstance(given, (tuple, list)) or len(given) > MAX_DEDUCTIONS:
            errors.setdefault("deductions", fill(translate(
                "FeeCollection", "List at most %1 deductions."), MAX_DEDUCTIONS))
            return []
        kept = []
        for item in given:
            reason = checks.text(errors, "deductions", getattr(item, "reason", None),
                                 REASON_LIMIT)
            fen = getattr(item, "amount_fen", None)
            if not reason:
                errors.setdefault("deductions", translate(
                    "FeeCollection", "Say what each deduction is for."))
            if not checks.is_whole_number(fen) or not 0 < fen <= MAX_FEN:  # type: ignore[operator]
                errors.setdefault("deductions", translate(
                    "FeeCollection", "Give each deduction an amount."))
                continue
            kept.append(Deduction(reason, fen))  # type: ignore[arg-type]
        return kept

    # --- Reading
    def deposit(self, deposit_id: int) -> DepositRow:
        """One deposit, with its refund if given back.

        Raises:
            NotFound: no such deposit.
        """
        with Session(self._engine) as session:
            found = session.get(FeeDeposit, checks.record_id(deposit_id) or 0)
            if found is None:
                raise NotFound(fill(translate("FeeCollection", "There is no deposit number %1."),
                                    deposit_id))
            return _deposit_rows(session, [found])[0]

    def deposits(self, *, unit_id: int | None = None, held_only: bool = False,
                 limit: int = 500) -> list[DepositRow]:
        """Deposits newest first: of one unit, or only those still held."""
        with Session(self._engine) as session:
            stmt = select(FeeDeposit)
            if unit_id is not None:
                stmt = stmt.where(FeeDeposit.unit_id == unit_id)
            if held_only:
                stmt = stmt.where(FeeDeposit.state == DepositState.HELD.value)
            stmt = stmt.order_by(col(FeeDeposit.taken_at).desc(), col(FeeDeposit.id).desc())
            return _deposit_rows(session, session.exec(stmt.limit(max(1, min(limit, 5000)))))

    def deposits_held(self) -> list[DepositRow]:
        """Every deposit still held, oldest first."""
        return list(reversed(self.deposits(held_only=True, limit=5000)))

    def deposits_moved_on(self, day: dt.date) -> list[DepositRow]:
        """Deposits taken or refunded on ``day`` (local), in time order."""
        start, end = self._clock.day_bounds(day)
        with Session(self._engine) as session:
            refunded = select(DepositRefund.deposit_id).where(
                col(DepositRefund.at) >= start, col(DepositRefund.at) < end)
            stmt = select(FeeDeposit).where(
                ((col(FeeDeposit.taken_at) >= start) & (col(FeeDeposit.taken_at) < end))
                | col(FeeDeposit.id).in_(refunded)).order_by(col(FeeDeposit.taken_at))
            return _deposit_rows(session, session.exec(stmt))


def _deposit_rows(session: Session, deposits: Iterable[FeeDeposit]) -> list[DepositRow]:
    found = list(deposits)
    receipts = {r.id: r.number for r in session.exec(select(Receipt).where(
        col(Receipt.id).in_([d.receipt_id for d in found])))} if found else {}
    refunds = {r.deposit_id: r for r in session.exec(select(DepositRefund).where(
        col(DepositRefund.deposit_id).in_([d.id for d in found])))} if found else {}
    deductions: dict[int, list[DeductionRow]] = {}
    if refunds:
        for item in session.exec(select(DepositDeduction).where(col(
                DepositDeduction.refund_id).in_([r.id for r in refunds.values()]))
                .order_by(col(DepositDeduction.id))):
            deductions.setdefault(item.refund_id, []).append(
                DeductionRow(item.reason, item.amount_fen))
    rows = []
    for d in found:
        refund = refunds.get(d.id)  # type: ignore[arg-type]
        refund_row = None if refund is None else RefundRow(
            id=refund.id, number=refund.number, deposit_id=d.id, at=refund.at,  # type: ignore[arg-type]
            deducted_fen=refund.deducted_fen, refunded_fen=refund.refunded_fen,
            method=Method(refund.method), received_by=refund.received_by,
            approved_by=refund.approved_by, cashier=refund.created_by,
            deductions=tuple(deductions.get(refund.id, ())))  # type: ignore[arg-type]
        rows.append(DepositRow(
            id=d.id, receipt_id=d.receipt_id, receipt_number=receipts.get(d.receipt_id, ""),  # type: ignore[arg-type]
            unit_id=d.unit_id, unit_label=d.unit_label, kind=DepositKind(d.kind), payer=d.payer,
            amount_fen=d.amount_fen, purpose=d.purpose, taken_at=d.taken_at,
            state=DepositState(d.state), refund=refund_row))
    return rows
