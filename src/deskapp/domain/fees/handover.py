"""The cashier's daily handover (日收入情况交接表): the day's money by method, the receipt
numbers used and voided, deposits taken and refunded on their own lines, the float, the
cash expected against the cash counted. Once handed over, that cashier's day is locked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select, update

from deskapp.db.engine import write_session
from deskapp.db.fee_models import CashHandover, DepositRefund, Receipt, ReceiptPayment
from deskapp.domain import checks
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.fees.base import NAME_LIMIT
from deskapp.domain.fees.receipts import FeeReceipts
from deskapp.domain.fees.records import Method, ReceiptKind
from deskapp.domain.fees.rows import HandoverSummary, MethodTotal
from deskapp.domain.money import MAX_FEN
from deskapp.i18n import fill, translate


@dataclass(frozen=True)
class HandoverInput:
    """What the cashier counts and who takes the money (``day`` None: today; ``cashier``
    None: the operator's own takings — at the close of the day the receptionist closing
    counts each other cashier's drawer, and signs the handover as the one who counted)."""

    counted_cash_fen: int
    received_by: str
    float_fen: int = 0
    note: str = ""
    day: dt.date | None = None
    cashier: str | None = None


class FeeHandovers(FeeReceipts):
    """Each cashier's day, summed up and handed over."""

    def cashiers_on(self, day: dt.date) -> list[str]:
        """Who issued receipts or refunded deposits on ``day``, by name."""
        start, end = self._clock.day_bounds(day)
        with Session(self._engine) as session:
            names = set(session.exec(select(Receipt.created_by).where(
                col(Receipt.issued_at) >= start, col(Receipt.issued_at) < end).distinct()))
            names |= set(session.exec(select(DepositRefund.created_by).where(
                col(DepositRefund.at) >= start, col(DepositRefund.at) < end).distinct()))
        return sorted(names)

    def handover_summary(self, day: dt.date, cashier: str | None = None) -> HandoverSummary:
        """``cashier``'s day (default: the operator's own), as handed over or as it stands."""
        who = self._operator.name if cashier is None else cashier
        with Session(self._engine) as session:
            return _summary(session, self._clock.day_bounds(day), day, who)

    def hand_over(self, data: HandoverInput) -> HandoverSummary:
        """Hand the operator's day over: the counted cash against what is expected (the
        difference kept), who received the money; the day's receipts and refunds are
        then locked.

        Raises:
            ValidationError: a counted cash or float that is not an amount, no receiver.
            DomainError: the day was handed over already.
        """
        errors: dict[str, str] = {}
        day = self._today() if data.day is None else checks.day(errors, "day", data.day)
        for field in ("counted_cash_fen", "float_fen"):
            value = getattr(data, field)
            if not checks.is_whole_number(value) or not 0 <= value <= MAX_FEN:
                errors[field] = translate("FeeCollection", "Enter the amount counted.")
        received_by = checks.text(errors, "received_by", data.received_by, NAME_LIMIT)
        if not received_by and "received_by" not in errors:
            errors["received_by"] = translate("FeeCollection",
                                              "Enter who receives the money.")
        note = checks.text(errors, "note", data.note, 500)
        cashier = self._operator.name
        if data.cashier is not None:
            cashier = checks.text(errors, "cashier", data.cashier, NAME_LIMIT)
        if day is not None and day > self._today():
            errors.setdefault("day", translate("FeeCollection",
                                               "A day is handed over on the day or after."))
        if errors:
            raise ValidationError(errors)
        bounds = self._clock.day_bounds(day)  # type: ignore[arg-type]
        try:
            with write_session(self._engine) as session:
                self._refuse_handed_over(session, day, cashier)  # type: ignore[arg-type]
                summary = _summary(session, bounds, day, cashier)  # type: ignore[arg-type]
                expected = data.float_fen + summary.cash_in_fen - summary.cash_out_fen
                handover = CashHandover(
                    day=day, cashier=cashier, float_fen=data.float_fen,
                    expected_cash_fen=expected, counted_cash_fen=data.counted_cash_fen,
                    difference_fen=data.counted_cash_fen - expected,
                    receipts=summary.receipts, first_number=summary.first_number,
                    last_number=summary.last_number, received_by=received_by, note=note,
                    at=self._clock.now(), **self._operator.signature())
                session.add(handover)
                session.flush()
                start, end = bounds
                session.exec(update(Receipt).where(  # type: ignore[call-overload]
                    col(Receipt.created_by) == cashier, col(Receipt.issued_at) >= start,
                    col(Receipt.issued_at) < end).values(handover_id=handover.id))
                session.exec(update(DepositRefund).where(  # type: ignore[call-overload]
                    col(DepositRefund.created_by) == cashier, col(DepositRefund.at) >= start,
                    col(DepositRefund.at) < end).values(handover_id=handover.id))
                session.commit()
                return _summary(session, bounds, day, cashier)  # type: ignore[arg-type]
        except IntegrityError as exc:  # another counter handed the same day over just now
            raise DomainError(fill(translate(
                "FeeCollection", "%1's takings of %2 were handed over already."),
                cashier, day.isoformat())) from exc  # type: ignore[union-attr]


def _summary(session: Session, bounds: tuple[dt.datetime, dt.datetime], day: dt.date,
             cashier: str) -> HandoverSummary:
    start, end = bounds
    receipts = list(session.exec(select(Receipt).where(
        Receipt.created_by == cashier, col(Receipt.issued_at) >= start,
        col(Receipt.issued_at) < end).order_by(col(Receipt.year), col(Receipt.seq))))
    kept = [r for r in receipts if r.voided_at is None]
    totals: dict[Method, list[int]] = {}
    cash_in = 0
    if kept:
        for part in session.exec(select(ReceiptPayment).where(
                col(ReceiptPayment.receipt_id).in_([r.id for r in kept]))):
            method = Method(part.method)
            entry = totals.setdefault(method, [0, 0])
            entry[0] += 1
            entry[1] += part.amount_fen
            if method is Method.CASH:
                cash_in += part.amount_fen
    refunds = list(session.exec(select(DepositRefund).where(
        DepositRefund.created_by == cashier, col(DepositRefund.at) >= start,
        col(DepositRefund.at) < end)))
    deposits = [r for r in kept if r.kind == ReceiptKind.DEPOSIT.value]
    handed = session.exec(select(CashHandover).where(
        CashHandover.day == day, CashHandover.cashier == cashier)).first()
    return HandoverSummary(
        day=day, cashier=cashier,
        by_method=tuple(MethodTotal(m, n, fen) for m, (n, fen) in
                        sorted(totals.items(), key=lambda kv: list(Method).index(kv[0]))),
        total_fen=sum(r.total_fen for r in kept), receipts=len(receipts),
        first_number=receipts[0].number if receipts else "",
        last_number=receipts[-1].number if receipts else "",
        voided_numbers=tuple(r.number for r in receipts if r.voided_at is not None),
        deposits_taken_fen=sum(r.total_fen for r in deposits), deposits_taken=len(deposits),
        deposits_refunded_fen=sum(r.refunded_fen for r in refunds),
        deposits_refunded=len(refunds), cash_in_fen=cash_in,
        cash_out_fen=sum(r.refunded_fen for r in refunds if r.method == Method.CASH.value),
        float_fen=handed.float_fen if handed else 0,
        counted_cash_fen=handed.counted_cash_fen if handed else None,
        received_by=handed.received_by if handed else "",
        handed_over_at=handed.at if handed else None, note=handed.note if handed else "")
