"""Receipts (收款收据): issuing one in the saving transaction with the next number of the
year, reading and listing them, voiding one with an approval, marking one exchanged for
a 发票. Payments, sales and deposits all issue their receipt here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.fee_models import (
    CashHandover,
    FeeCharge,
    FeeDeposit,
    Receipt,
    ReceiptLine,
    ReceiptPayment,
    UnitCredit,
)
from deskapp.db.models import Unit
from deskapp.domain import checks
from deskapp.domain.day_closing.lock import refuse_closed_receipts
from deskapp.domain.directory import unit_label
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.fees.base import NAME_LIMIT, REASON_LIMIT, FeeServiceBase
from deskapp.domain.fees.records import (
    PART_METHODS,
    DepositState,
    LineKind,
    Method,
    ReceiptKind,
)
from deskapp.domain.fees.rows import PaymentPartRow, ReceiptLineRow, ReceiptRow
from deskapp.domain.money import MAX_FEN, format_money
from deskapp.domain.roles import Action, Approval
from deskapp.domain.text import clean_text, halfwidth
from deskapp.i18n import fill, translate

RECEIPT_PREFIX = "SK"  # 收款: SK2026-000123
RECEIPT_SERIES = "receipt"
RECEIPT_DIGITS = 6
INVOICE_LIMIT = 32
LIST_LIMIT = 200


@dataclass(frozen=True)
class PaymentPart:
    """Money of one method handed over: ``amount_fen`` of ``method`` (for a transfer or a
    QR payment, its transaction ``reference``)."""

    method: Method | str
    amount_fen: int
    reference: str = ""


@dataclass(frozen=True)
class Money:
    """Money received, checked: its parts, the method printed, tendered cash and change."""

    parts: tuple[PaymentPart, ...]
    method: Method
    total_fen: int
    tendered_fen: int
    change_fen: int


def check_money(errors: dict[str, str], parts: object, tendered_fen: object) -> Money:
    """The parts of a payment and the cash tendered, checked: each part a method and a
    whole, non-negative number of fen (parts of 0 dropped, one method at most once), cash
    tendered at least the cash part (None or 0: exactly the cash part), change given."""
    if not isinstance(parts, (tuple, list)):
        errors.setdefault("parts", translate("FeeCollection", "Say how the money is paid."))
        return Money((), Method.CASH, 0, 0, 0)
    kept: list[PaymentPart] = []
    seen: set[Method] = set()
    for part in parts:
        method = checks.choice(errors, "method", getattr(part, "method", None), Method)
        fen = getattr(part, "amount_fen", None)
        reference = checks.text(errors, "reference", getattr(part, "reference", ""), 64)
        if method is None:
            continue
        if method is Method.MIXED or method in seen:
            errors.setdefault("method", translate(
                "FeeCollection", "Give each way of paying once, with its own amount."))
            continue
        if not checks.is_whole_number(fen) or not 0 <= fen <= MAX_FEN:  # type: ignore[operator]
            errors.setdefault("amount", fill(translate(
                "FeeCollection", "Enter an amount from ¥0.00 to %1."), format_money(MAX_FEN)))
            continue
        seen.add(method)
        if fen:
            kept.append(PaymentPart(method, fen, reference))  # type: ignore[arg-type]
    total = sum(part.amount_fen for part in kept)
    cash = sum(part.amount_fen for part in kept if part.method is Method.CASH)
    tendered = 0 if tendered_fen is None else tendered_fen
    if not checks.is_whole_number(tendered) or not 0 <= tendered <= MAX_FEN:  # type: ignore[operator]
        errors.setdefault("tendered", translate("FeeCollection", "Enter the cash handed over."))
        tendered = 0
    if not tendered:
        tendered = cash
    elif not cash:
        errors.setdefault("tendered", translate(
            "FeeCollection", "Cash handed over only goes with a cash payment."))
    elif tendered < cash:  # type: ignore[operator]
        errors.setdefault("tendered", fill(translate(
            "FeeCollection", "The cash handed over is less than the %1 paid in cash."),
            format_money(cash)))
    method = kept[0].method if len(kept) == 1 else (Method.MIXED if kept else Method.CASH)
    return Money(tuple(kept), method, total, tendered, tendered - cash)  # type: ignore[operator]


def payer_name(errors: dict[str, str], value: object) -> str:
    """Who paid, as the receipt names them: required, at most 100 characters."""
    name = checks.text(errors, "payer", value, NAME_LIMIT)
    if not name and "payer" not in errors:
        errors["payer"] = translate("FeeCollection", "Enter who is paying.")
    return name


class FeeReceipts(FeeServiceBase):
    """Issuing, reading, voiding receipts."""

    # --- Issuing (inside the caller's transaction)
    def _refuse_handed_over(self, session: Session, day: dt.date, cashier: str) -> None:
        handed = session.exec(select(CashHandover).where(
            CashHandover.day == day, CashHandover.cashier == cashier)).first()
        if handed is not None:
            raise DomainError(fill(translate(
                "FeeCollection",
                "%1's takings of %2 were handed over at %3: that day's receipts can no "
                "longer change."), cashier or translate("FeeCollection", "The cashier"),
                day.isoformat(), self._clock.local(handed.at).strftime("%H:%M")))

    def _issue(self, session: Session, *, kind: ReceiptKind, money: Money, payer: str,
               unit: Unit | None, lines: Sequence[ReceiptLine], payer_phone: str = "",
               credit_used: int = 0, credit_added: int = 0, form_serial: str = "",
               note: str = "", label: str = "") -> Receipt:
        """The receipt for ``money``, numbered now, with ``lines`` and the payment parts."""
        now = self._clock.now()
        self._refuse_handed_over(session, self._clock.local(now).date(), self._operator.name)
        # A receipt issued after the day was closed would change its closed takings.
        refuse_closed_receipts(session, self._clock.local(now).date(), self._clock)
        year, serial, number = self._number(session, RECEIPT_PREFIX, RECEIPT_SERIES,
                                            RECEIPT_DIGITS)
        receipt = Receipt(
            number=number, year=year, seq=serial, kind=kind.value,
            unit_id=unit.id if unit else None,
            unit_label=unit_label(unit) if unit else label, payer=payer,
            payer_phone=payer_phone, total_fen=money.total_fen, method=money.method.value,
            tendered_fen=money.tendered_fen, change_fen=money.change_fen,
            credit_used_fen=credit_used, credit_added_fen=credit_added,
            form_serial=form_serial, note=note, issued_at=now, **self._operator.signature())
        session.add(receipt)
        session.flush()
        for line in lines:
            line.receipt_id = receipt.id  # type: ignore[assignment]
            session.add(line)
        for part in money.parts:
            session.add(ReceiptPayment(receipt_id=receipt.id, method=Method(part.method).value,
                                       amount_fen=part.amount_fen, reference=part.reference))
        return receipt

    # --- Reading
    def receipt(self, receipt_id: int) -> ReceiptRow:
        """One receipt with its lines and payments.

        Raises:
            NotFound: no such receipt.
        """
        with Session(self._engine) as session:
            found = session.get(Receipt, checks.record_id(receipt_id) or 0)
            if found is None:
                raise NotFound(fill(translate("FeeCollection", "There is no receipt number %1."),
                                    receipt_id))
            return receipt_rows(session, [found])[0]

    def receipt_by_number(self, number: str) -> ReceiptRow:
        """The receipt printed with ``number`` (blanks, case and full-width aside).

        Raises:
            NotFound: no receipt has it.
        """
        wanted = "".join(halfwidth(str(number)).split()).upper()
        with Session(self._engine) as session:
            found = session.exec(select(Receipt).where(Receipt.number == wanted)).first()
            if found is None:
                raise NotFound(fill(translate("FeeCollection", "No receipt has number %1."),
                                    wanted[:24]))
            return receipt_rows(session, [found])[0]

    def receipts(self, *, unit_id: int | None = None, before: tuple[dt.datetime, int] | None = None,
                 limit: int = LIST_LIMIT, search: str = "") -> list[ReceiptRow]:
        """Receipts newest first, a page at a time: after the (issued_at, id) ``before``,
        of one unit, or found by ``search`` — a receipt number, a unit number or a payer's
        whole name (each an index lookup, so the list stays instant on years of receipts)."""
        limit = max(1, min(limit, 1000))
        with Session(self._engine) as session:
            stmt = select(Receipt)
            if unit_id is not None:
                stmt = stmt.where(Receipt.unit_id == unit_id)
            if typed := clean_text(halfwidth(search or "")):
                stmt = stmt.where(search_condition(typed))
            if before is not None:
                at, last_id = before
                stmt = stmt.where((col(Receipt.issued_at) < at) | (
                    (col(Receipt.issued_at) == at) & (col(Receipt.id) < last_id)))
            stmt = stmt.order_by(col(Receipt.issued_at).desc(), col(Receipt.id).desc())
            return receipt_rows(session, list(session.exec(stmt.limit(limit))))

    def receipts_on(self, day: dt.date, cashier: str | None = None) -> list[ReceiptRow]:
        """The receipts issued on ``day`` (local), in number order; one cashier's only
        when ``cashier`` is given."""
        start, end = self._clock.day_bounds(day)
        with Session(self._engine) as session:
            stmt = select(Receipt).where(col(Receipt.issued_at) >= start,
                                         col(Receipt.issued_at) < end)
            if cashier is not None:
                stmt = stmt.where(Receipt.created_by == cashier)
            found = session.exec(stmt.order_by(col(Receipt.year), col(Receipt.seq))).all()
            return receipt_rows(session, list(found))

    # --- Changing
    def void_receipt(self, receipt_id: int, reason: object,
                     approval: Approval | None = None) -> ReceiptRow:
        """Void a receipt (作废): the receipt stays and prints as void, its number stays
        used, what it paid is owed again, the credit it kept or spent is undone, a deposit
        it took was never held. Needs a supervisor (or one's approval in place).

        Raises:
            ValidationError: no reason.
            ApprovalNeeded: no supervisor's approval.
            DomainError: already void; its day handed over; a deposit it took already
                refunded; the credit it kept already spent.
        """
        errors: dict[str, str] = {}
        why = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not why and "reason" not in errors:
            errors["reason"] = translate("FeeCollection", "Say why the receipt is void.")
        if errors:
            raise ValidationError(errors)
        with Session(self._engine) as session:  # said before anyone is asked to approve
            self._voidable(session, receipt_id)
        approved_by = self._operator.authorise(Action.VOID_RECORD, approval)
        with write_session(self._engine) as session:
            receipt = self._voidable(session, receipt_id, lock=True)
            if receipt.unit_id is not None:
                self._unit(session, receipt.unit_id, lock=True)
            self._undo_lines(session, receipt)
            self._undo_credit(session, receipt)
            self._undo_deposit(session, receipt)
            receipt.voided_at = self._clock.now()
            receipt.void_reason = why
            receipt.voided_by = self._operator.name
            receipt.void_approved_by = approved_by or self._operator.name
            session.add(receipt)
            session.commit()
            return receipt_rows(session, [receipt])[0]

    def _voidable(self, session: Session, receipt_id: int, *, lock: bool = False) -> Receipt:
        receipt = session.get(Receipt, checks.record_id(receipt_id) or 0, with_for_update=lock)
        if receipt is None:
            raise NotFound(fill(translate("FeeCollection", "There is no receipt number %1."),
                                receipt_id))
        if receipt.voided_at is not None:
            raise DomainError(fill(translate("FeeCollection",
                                             "Receipt %1 is void already."), receipt.number))
        day = self._clock.local(receipt.issued_at).date()
        refuse_closed_receipts(session, day, self._clock)
        self._refuse_handed_over(session, day, receipt.created_by)
        return receipt

    def mark_invoiced(self, receipt_id: int, invoice_no: object) -> ReceiptRow:
        """Record that the receipt was exchanged for a 发票 at finance (who, when, its
        number), so it is not invoiced twice.

        Allowed on a handed-over or closed day's receipt: the exchange happens at finance
        days later and changes none of the money the day took, only notes the invoice.

        Raises:
            ValidationError: no invoice number.
            DomainError: the receipt is void, or invoiced already.
        """
        errors: dict[str, str] = {}
        number = "".join(checks.text(errors, "invoice_no", invoice_no, INVOICE_LIMIT).split())
        if not number and "invoice_no" not in errors:
            errors["invoice_no"] = translate("FeeCollection", "Enter the invoice (发票) number.")
        if errors:
            raise ValidationError(errors)
        with write_session(self._engine) as session:
            receipt = session.get(Receipt, checks.record_id(receipt_id) or 0,
                                  with_for_update=True)
            if receipt is None:
                raise NotFound(fill(translate("FeeCollection", "There is no receipt number %1."),
                                    receipt_id))
            if receipt.voided_at is not None:
                raise DomainError(fill(translate(
                    "FeeCollection", "Receipt %1 is void: it cannot be invoiced."),
                    receipt.number))
            if receipt.invoice_no:
                raise DomainError(fill(translate(
                    "FeeCollection", "Receipt %1 was exchanged for invoice %2 already."),
                    receipt.number, receipt.invoice_no))
            receipt.invoice_no = number
            receipt.invoiced_at = self._clock.now()
            receipt.invoiced_by = self._operator.name
            session.add(receipt)
            session.commit()
            return receipt_rows(session, [receipt])[0]

    @staticmethod
    def _undo_lines(session: Session, receipt: Receipt) -> None:
        lines = session.exec(select(ReceiptLine).where(
            ReceiptLine.receipt_id == receipt.id, col(ReceiptLine.charge_id).is_not(None))).all()
        for line in lines:
            charge = session.get(FeeCharge, line.charge_id, with_for_update=True)
            if charge is not None:
                charge.paid_fen = max(charge.paid_fen - line.amount_fen, 0)
                session.add(charge)

    def _undo_credit(self, session: Session, receipt: Receipt) -> None:
        if receipt.unit_id is None or not (receipt.credit_added_fen or receipt.credit_used_fen):
            return
        change = receipt.credit_used_fen - receipt.credit_added_fen
        if credit_balance(session, receipt.unit_id) + change < 0:
            raise DomainError(fill(translate(
                "FeeCollection", "The %1 of credit receipt %2 kept has been spent since: void "
                "the receipt that spent it first."), format_money(receipt.credit_added_fen),
                receipt.number))
        session.add(UnitCredit(unit_id=receipt.unit_id, at=self._clock.now(), change_fen=change,
                               reason="void", receipt_id=receipt.id,
                               **self._operator.signature()))

    @staticmethod
    def _undo_deposit(session: Session, receipt: Receipt) -> None:
        deposit = session.exec(select(FeeDeposit).where(
            FeeDeposit.receipt_id == receipt.id).with_for_update()).first()
        if deposit is None:
            return
        if deposit.state == DepositState.REFUNDED.value:
            raise DomainError(fill(translate(
                "FeeCollection", "The deposit on receipt %1 was refunded: it cannot be voided."),
                receipt.number))
        deposit.state = DepositState.VOID.value
        session.add(deposit)


def credit_balance(session: Session, unit_id: int) -> int:
    """A unit's credit: the sum of its credit movements."""
    from sqlalchemy import func

    total = session.exec(select(func.coalesce(func.sum(UnitCredit.change_fen), 0)).where(
        UnitCredit.unit_id == unit_id)).one()
    return int(total)


def search_condition(typed: str) -> ColumnElement[bool]:
    """A receipt number, a unit number or a payer's whole name: each an index lookup."""
    compact = "".join(typed.split())
    unit_ids = select(Unit.id).where(Unit.number == compact.upper())
    return (col(Receipt.number) == compact.upper()) | col(Receipt.unit_id).in_(unit_ids) \
        | (col(Receipt.payer) == typed)


def receipt_rows(session: Session, receipts: Iterable[Receipt]) -> list[ReceiptRow]:
    """Receipts with their lines and payments, read in two queries for the lot."""
    found = list(receipts)
    ids = [r.id for r in found]
    lines: dict[int, list[ReceiptLineRow]] = {i: [] for i in ids}  # type: ignore[misc]
    parts: dict[int, list[PaymentPartRow]] = {i: [] for i in ids}  # type: ignore[misc]
    if ids:
        for line in session.exec(select(ReceiptLine).where(col(ReceiptLine.receipt_id).in_(ids))
                                 .order_by(col(ReceiptLine.id))):
            lines[line.receipt_id].append(ReceiptLineRow(
                LineKind(line.kind), line.item_name, line.period, line.amount_fen,
                line.quantity, line.unit_price, line.charge_id))
        for part in session.exec(select(ReceiptPayment).where(
                col(ReceiptPayment.receipt_id).in_(ids)).order_by(col(ReceiptPayment.id))):
            parts[part.receipt_id].append(PaymentPartRow(Method(part.method), part.amount_fen,
                                                         part.reference))
    return [ReceiptRow(
        id=r.id, number=r.number, kind=ReceiptKind(r.kind), unit_id=r.unit_id,  # type: ignore[arg-type]
        unit_label=r.unit_label, payer=r.payer, total_fen=r.total_fen, method=Method(r.method),
        tendered_fen=r.tendered_fen, change_fen=r.change_fen,
        credit_used_fen=r.credit_used_fen, credit_added_fen=r.credit_added_fen,
        issued_at=r.issued_at, cashier=r.created_by, desk=r.desk, form_serial=r.form_serial,
        note=r.note, lines=tuple(lines[r.id]), parts=tuple(parts[r.id]),  # type: ignore[index]
        voided_at=r.voided_at, void_reason=r.void_reason, voided_by=r.voided_by,
        void_approved_by=r.void_approved_by, invoice_no=r.invoice_no,
        invoiced_at=r.invoiced_at, invoiced_by=r.invoiced_by,
        handed_over=r.handover_id is not None) for r in found]


__all__ = ["PART_METHODS", "FeeReceipts", "Money", "PaymentPart", "check_money",
           "credit_balance", "payer_name", "receipt_rows", "search_condition"]
