"""Waivers (减免) and voided charges: part or all of a charge let go with a reason under a
supervisor's approval; a charge made by mistake voided (kept, struck out) — only while
nothing is paid on it, since money received is undone by voiding its receipt."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from deskapp.db import audit
from deskapp.db.engine import write_session
from deskapp.db.fee_models import FeeCharge, FeeWaiver
from deskapp.domain import checks, money, paging
from deskapp.domain.directory import unit_label
from deskapp.domain.errors import DomainError
from deskapp.domain.fees.base import REASON_LIMIT, FeeServiceBase
from deskapp.domain.fees.billing import find_charge
from deskapp.domain.fees.billing_records import WaiverRow
from deskapp.domain.fees.payments import charge_row
from deskapp.domain.fees.rows import ChargeRow
from deskapp.domain.roles import Action, Approval
from deskapp.i18n import fill, translate


def outstanding_fen(charge: FeeCharge) -> int:
    """What is still owed on a stored charge (0 once voided)."""
    if charge.voided_at is not None:
        return 0
    return max(charge.amount_fen - charge.paid_fen - charge.waived_fen, 0)


def void_charge_in(session: Session, charge: FeeCharge, reason: str, approved_by: str,
                   now: dt.datetime) -> None:
    """Void ``charge`` (read for update) in the caller's transaction.

    Raises:
        DomainError: voided already, or money was paid on it.
    """
    if charge.voided_at is not None:
        raise DomainError(translate("FeeCollection", "This charge is voided already."))
    if charge.paid_fen > 0:
        raise DomainError(fill(translate(
            "FeeCollection", "%1 has been paid on this charge: void its receipts first."),
            money.format_money(charge.paid_fen)))
    charge.voided_at = now
    charge.void_reason = reason
    charge.void_approved_by = approved_by
    session.add(charge)


def waiver_row(waiver: FeeWaiver) -> WaiverRow:
    """A stored waiver as the charge's history shows it."""
    assert waiver.id is not None
    return WaiverRow(waiver.id, waiver.charge_id, waiver.unit_id, waiver.amount_fen,
                     waiver.reason, waiver.approved_by, waiver.at, waiver.created_by)


class Waivers(FeeServiceBase):
    """Waivers and voided charges (a part of fee collection)."""

    def waive(self, charge_id: int, amount_fen: int | str, reason: str,
              approval: Approval | None = None) -> ChargeRow:
        """Let go ``amount_fen`` (fen, or yuan typed: ``"50.00"``) of what a charge still
        asks for, with the reason.

        Raises:
            ValidationError: amount_fen (not above 0, or more than is owed), reason.
            ApprovalNeeded: a receptionist needs a supervisor's approval.
            NotFound: no such charge.
            DomainError: the charge is voided, or nothing is owed on it.
        """
        errors: dict[str, str] = {}
        amount = self._amount(errors, amount_fen)
        reason = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not reason and "reason" not in errors:
            errors["reason"] = translate("FeeCollection", "Say why the fee is waived.")
        paging.raise_if(errors)
        with Session(self._engine) as session:  # said before anyone is asked to approve
            self._check_waivable(find_charge(session, charge_id), amount)
        approved_by = self._operator.authorise(Action.WAIVE_FEES, approval) \
            or self._operator.name
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            session.info[audit.ACTION] = "waive"
            charge = find_charge(session, charge_id, lock=True)
            self._check_waivable(charge, amount)  # again: another counter may have been first
            session.add(FeeWaiver(charge_id=charge.id, unit_id=charge.unit_id,
                                  amount_fen=amount, reason=reason, approved_by=approved_by,
                                  at=self._clock.now(), **self._operator.signature()))
            charge.waived_fen += amount
            session.add(charge)
            session.commit()
            return self._row(session, charge)

    @staticmethod
    def _check_waivable(charge: FeeCharge, amount: int) -> None:
        if charge.voided_at is not None:
            raise DomainError(translate("FeeCollection", "This charge is voided."))
        owed = outstanding_fen(charge)
        if owed == 0:
            raise DomainError(translate("FeeCollection", "Nothing is owed on this charge."))
        if amount > owed:
            paging.raise_if({"amount_fen": fill(translate(
                "FeeCollection", "At most what is still owed: %1."),
                money.format_money(owed))})

    def void_charge(self, charge_id: int, reason: str,
                    approval: Approval | None = None) -> ChargeRow:
        """Void a charge made by mistake, with the reason: it stays on record, struck out,
        and asks for nothing. (The next bill run of its month makes it again as the run
        would now: to let a fee go, waive it instead.)

        Raises:
            ValidationError: reason.
            ApprovalNeeded: a receptionist needs a supervisor's approval.
            NotFound: no such charge.
            DomainError: voided already; money was paid on it (void its receipts first).
        """
        errors: dict[str, str] = {}
        reason = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not reason and "reason" not in errors:
            errors["reason"] = translate("FeeCollection", "Say why the charge is voided.")
        paging.raise_if(errors)
        approved_by = self._operator.authorise(Action.VOID_RECORD, approval) \
            or self._operator.name
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            session.info[audit.ACTION] = "void"
            charge = find_charge(session, charge_id, lock=True)
            void_charge_in(session, charge, reason, approved_by, self._clock.now())
            session.commit()
            return self._row(session, charge)

    def waivers(self, charge_id: int) -> list[WaiverRow]:
        """A charge's waivers, oldest first.

        Raises:
            NotFound: no such charge.
        """
        with Session(self._engine) as session:
            charge = find_charge(session, charge_id)
            return [waiver_row(w) for w in session.exec(
                select(FeeWaiver).where(FeeWaiver.charge_id == charge.id).order_by(
                    col(FeeWaiver.at), col(FeeWaiver.id)))]

    # --- Helpers
    @staticmethod
    def _amount(errors: dict[str, str], value: object) -> int:
        if isinstance(value, str):
            value = money.amount(errors, "amount_fen", value)
            if "amount_fen" in errors:
                return 0
        if not checks.is_whole_number(value) or not 0 < value <= money.MAX_FEN:  # type: ignore[operator]
            errors.setdefault("amount_fen", translate(
                "FeeCollection", "Give an amount above 0."))
            return 0
        return value  # type: ignore[return-value]

    def _row(self, session: Session, charge: FeeCharge) -> ChargeRow:
        return charge_row(charge, unit_label(self._unit(session, charge.unit_id)))
