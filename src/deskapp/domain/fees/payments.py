"""Taking money at the counter: a unit's open charges oldest first, its credit, paying one,
several, all or part of them (allocation in :mod:`.allocation`), business services sold
over the counter. Each payment is one transaction that numbers its receipt."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.fee_models import FeeCharge, ReceiptLine, UnitCredit
from deskapp.db.models import Unit
from deskapp.domain import checks
from deskapp.domain.directory import unit_label
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.fees.allocation import Allocation, allocate
from deskapp.domain.fees.receipts import (
    FeeReceipts,
    PaymentPart,
    check_money,
    credit_balance,
    payer_name,
)
from deskapp.domain.fees.records import Category, LineKind, ReceiptKind
from deskapp.domain.fees.rounding import charge_fen
from deskapp.domain.fees.rows import ChargeRow, ReceiptRow
from deskapp.domain.fees.sale_items import CounterItem, counter_items, sold_at_counter
from deskapp.domain.money import format_money
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.roles import Action, Approval
from deskapp.i18n import fill, translate

SERIAL_LIMIT = 32
MAX_SALE_LINES = 20
MAX_PAGES = 100_000  # hundredths: a thousand pages in one sale


@dataclass(frozen=True)
class PaymentInput:
    """A payment for a unit's charges as the cashier enters it.

    ``parts``: the money by method (one part for a single method); ``tendered_fen``: cash
    handed over (None or 0: exactly the cash part); ``charge_ids``: the charges the payer
    chose, in order (empty: oldest due first); ``use_credit``: spend the unit's credit
    first. Money beyond what the charges owe stays as the unit's credit.
    """

    unit_id: int
    parts: tuple[PaymentPart, ...]
    tendered_fen: int | None = None
    charge_ids: tuple[int, ...] = ()
    payer: str = ""
    payer_phone: str = ""
    use_credit: bool = True
    form_serial: str = ""
    note: str = ""


@dataclass(frozen=True)
class SaleLine:
    """A business service sold: an item priced per page or fixed, and how many (pages or
    times) in hundredths — 3 copies is 300."""

    item_id: int
    quantity: int = 100


@dataclass(frozen=True)
class SaleInput:
    """Business services sold over the counter (copy, print, fax — 特约服务)."""

    payer: str
    lines: tuple[SaleLine, ...]
    parts: tuple[PaymentPart, ...]
    tendered_fen: int | None = None
    unit_id: int | None = None
    form_serial: str = ""
    note: str = ""


class FeePayments(FeeReceipts):
    """A unit's charges and credit, payments and sales."""

    # --- What a unit owes
    def open_charges(self, unit_id: int) -> list[ChargeRow]:
        """What ``unit_id`` still owes, oldest due first."""
        with Session(self._engine) as session:
            unit = self._unit(session, unit_id)
            return [charge_row(c, unit_label(unit)) for c in _open(session, unit.id)]  # type: ignore[arg-type]

    def credit(self, unit_id: int) -> int:
        """The unit's credit in fen (overpayments not yet spent)."""
        with Session(self._engine) as session:
            return credit_balance(session, self._unit(session, unit_id).id)  # type: ignore[arg-type]

    def units_with_open_charges(self) -> list[tuple[int, str, str]]:
        """Every unit that owes something: (id, label, occupant), in unit order."""
        with Session(self._engine) as session:
            owing = select(FeeCharge.unit_id).where(_open_clause()).distinct()
            units = session.exec(select(Unit).where(col(Unit.id).in_(owing))
                                 .order_by(col(Unit.number))).all()
            return [(u.id, unit_label(u), u.occupant or u.company) for u in units]  # type: ignore[misc]

    def plan_payment(self, unit_id: int, money_fen: int, charge_ids: Iterable[int] = (),
                     use_credit: bool = True) -> Allocation:
        """What paying ``money_fen`` would do, without doing it (the payment dialog shows
        it as the cashier types)."""
        with Session(self._engine) as session:
            unit = self._unit(session, unit_id)
            charges = _chosen(_open(session, unit.id), tuple(charge_ids))  # type: ignore[arg-type]
            credit = credit_balance(session, unit.id) if use_credit else 0  # type: ignore[arg-type]
        return allocate([(c.id, _owed(c)) for c in charges], max(money_fen, 0), credit)  # type: ignore[misc]

    def sale_items(self) -> list[CounterItem]:
        """The business services sold on the spot (copy, print, fax), as set up."""
        return counter_items(self._engine)

    # --- Taking money
    def pay(self, data: PaymentInput, approval: Approval | None = None) -> ReceiptRow:
        """Take a payment for a unit's charges and issue its receipt, in one transaction:
        the unit is locked, its credit spent first, the charges paid in order, money left
        over kept as credit, the receipt numbered.

        Raises:
            ValidationError: what is wrong, by field (nothing is saved).
            ApprovalNeeded: the operator may not take payments without a cashier's or
                supervisor's approval.
            DomainError: the unit owes nothing and no money is given; the cashier's day
                was handed over.
        """
        errors: dict[str, str] = {}
        money = check_money(errors, data.parts, data.tendered_fen)
        phone = normalise_phone(checks.raw_text(errors, "payer_phone", data.payer_phone))
        if problem := phone_problem(phone):
            errors.setdefault("payer_phone", problem)
        serial = "".join(checks.text(errors, "form_serial", data.form_serial, SERIAL_LIMIT).split())
        note = checks.text(errors, "note", data.note, 500)
        use_credit = checks.flag(errors, "use_credit", data.use_credit)
        chosen = data.charge_ids if isinstance(data.charge_ids, tuple) else ()
        if any(checks.record_id(i) is None for i in chosen) or len(set(chosen)) != len(chosen):
            errors.setdefault("charges", translate("FeeCollection", "Choose each charge once."))
        if errors:
            raise ValidationError(errors)
        self._operator.authorise(Action.TAKE_PAYMENTS, approval)
        with write_session(self._engine) as session:
            unit = self._unit(session, data.unit_id, lock=True)
            payer = clean_payer(data.payer) or unit.occupant or unit.company
            errors = {}
            payer = payer_name(errors, payer)
            if errors:
                raise ValidationError(errors)
            charges = _chosen(_open(session, unit.id, lock=True), chosen)  # type: ignore[arg-type]
            credit = credit_balance(session, unit.id) if use_credit else 0  # type: ignore[arg-type]
            plan = allocate([(c.id, _owed(c)) for c in charges], money.total_fen, credit)  # type: ignore[misc]
            if not plan.paid and not money.total_fen:
                raise ValidationError({"amount": translate(
                    "FeeCollection", "Enter the amount paid.")})
            if not charges and data.charge_ids:
                raise DomainError(translate("FeeCollection",
                                            "The charges chosen are paid already."))
            by_id = {c.id: c for c in charges}
            lines = []
            for charge_id, fen in plan.paid:
                charge = by_id[charge_id]
                charge.paid_fen += fen
                session.add(charge)
                lines.append(ReceiptLine(receipt_id=0, charge_id=charge.id, kind=LineKind.CHARGE,
                                         item_name=charge.item_name, period=charge.period,
                                         quantity=charge.quantity, unit_price=charge.unit_price,
                                         amount_fen=fen))
            if plan.credit_kept_fen:
                # No name: the papers name a credit line in their own language.
                lines.append(ReceiptLine(receipt_id=0, kind=LineKind.CREDIT, item_name="",
                                         amount_fen=plan.credit_kept_fen))
            receipt = self._issue(session, kind=ReceiptKind.PAYMENT, money=money, payer=payer,
                                  unit=unit, lines=lines, payer_phone=phone,
                                  credit_used=plan.credit_used_fen,
                                  credit_added=plan.credit_kept_fen, form_serial=serial,
                                  note=note)
            change = plan.credit_kept_fen - plan.credit_used_fen
            if plan.credit_used_fen or plan.credit_kept_fen:
                session.add(UnitCredit(unit_id=unit.id, at=receipt.issued_at, change_fen=change,
                                       reason="overpayment" if change > 0 else "applied",
                                       receipt_id=receipt.id, **self._operator.signature()))
            session.commit()
            return self.receipt(receipt.id)  # type: ignore[arg-type]

    def sell(self, data: SaleInput, approval: Approval | None = None) -> ReceiptRow:
        """Sell business services over the counter (copies, prints, faxes) and issue the
        receipt; the amount of each line is quantity × the item's current price, rounded
        by the one rule.

        Raises:
            ValidationError: what is wrong, by field.
            ApprovalNeeded: the operator may not take payments.
        """
        errors: dict[str, str] = {}
        money = check_money(errors, data.parts, data.tendered_fen)
        payer = payer_name(errors, data.payer)
        serial = "".join(checks.text(errors, "form_serial", data.form_serial, SERIAL_LIMIT).split())
        note = checks.text(errors, "note", data.note, 500)
        lines_in = data.lines if isinstance(data.lines, tuple) else ()
        if not lines_in or len(lines_in) > MAX_SALE_LINES:
            errors.setdefault("lines", fill(translate(
                "FeeCollection", "Add from 1 to %1 items."), MAX_SALE_LINES))
        for line in lines_in:
            if not checks.is_whole_number(line.quantity) or not 1 <= line.quantity <= MAX_PAGES:
                errors.setdefault("quantity", translate(
                    "FeeCollection", "Enter how many, from 1 to 1000."))
        if errors:
            raise ValidationError(errors)
        self._operator.authorise(Action.TAKE_PAYMENTS, approval)
        with write_session(self._engine) as session:
            unit = self._unit(session, data.unit_id, lock=True) if data.unit_id else None
            lines = []
            for line in lines_in:
                item = self._item(session, line.item_id)
                if not item.active or not sold_at_counter(item):
                    raise ValidationError({"lines": fill(translate(
                        "FeeCollection", "%1 is not sold over the counter."), item.name)})
                lines.append(ReceiptLine(receipt_id=0, kind=LineKind.SALE, item_name=item.name,
                                         quantity=line.quantity, unit_price=item.unit_price,
                                         amount_fen=charge_fen(line.quantity, item.unit_price)))
            due = sum(line.amount_fen for line in lines)
            if money.total_fen != due:
                raise ValidationError({"amount": fill(translate(
                    "FeeCollection", "The services come to %1: take exactly that."),
                    format_money(due))})
            receipt = self._issue(session, kind=ReceiptKind.SALE, money=money, payer=payer,
                                  unit=unit, lines=lines, form_serial=serial, note=note)
            session.commit()
            return self.receipt(receipt.id)  # type: ignore[arg-type]


def clean_payer(value: object) -> str:
    """The payer as typed, or "" when not text (the check says so)."""
    return value.strip() if isinstance(value, str) else ""


def _owed(charge: FeeCharge) -> int:
    return max(charge.amount_fen - charge.paid_fen - charge.waived_fen, 0)


def _open_clause() -> ColumnElement[bool]:
    """A charge still owed (the partial index ix_feecharge_open has the same condition)."""
    # Written as the index's condition is, so SQLite matches the partial index.
    return and_(col(FeeCharge.voided_at).is_(None),
                col(FeeCharge.amount_fen) > col(FeeCharge.paid_fen) + col(FeeCharge.waived_fen))


def _open(session: Session, unit_id: int, *, lock: bool = False) -> list[FeeCharge]:
    stmt = select(FeeCharge).where(FeeCharge.unit_id == unit_id, _open_clause()) \
        .order_by(col(FeeCharge.due_on), col(FeeCharge.period_start), col(FeeCharge.id))
    return list(session.exec(stmt.with_for_update() if lock else stmt))


def _chosen(charges: list[FeeCharge], chosen: tuple[int, ...]) -> list[FeeCharge]:
    """``charges`` in the cashier's order when they chose (ones no longer owed left out)."""
    if not chosen:
        return charges
    by_id = {c.id: c for c in charges}
    return [by_id[i] for i in chosen if i in by_id]


def charge_row(charge: FeeCharge, label: str) -> ChargeRow:
    """A charge as the screens and papers read it."""
    return ChargeRow(id=charge.id, unit_id=charge.unit_id, unit_label=label,  # type: ignore[arg-type]
                     item_id=charge.item_id, item_name=charge.item_name,
                     category=Category(charge.category), period=charge.period,
                     period_start=charge.period_start, period_end=charge.period_end,
                     due_on=charge.due_on, quantity=charge.quantity, unit_price=charge.unit_price,
                     amount_fen=charge.amount_fen, paid_fen=charge.paid_fen,
                     waived_fen=charge.waived_fen, voided=charge.voided_at is not None)

