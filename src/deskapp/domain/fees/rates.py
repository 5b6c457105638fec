"""Charge items and their rates (收费项目与收费标准): set up, repriced and retired by a
supervisor (or with a supervisor's approval in place) — the desk cannot invent a rate.

A price change is a new rate row from a day on, with its reason; the item's unit price
is the current one; bills already made keep the price they were made with, and a bill
made later for an earlier period takes the rate in force when that period began.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.fee_models import ChargeItem, ChargeRate
from deskapp.domain import checks, paging
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.fees import rounding
from deskapp.domain.fees.base import NAME_LIMIT, REASON_LIMIT, FeeServiceBase
from deskapp.domain.fees.billing_records import (
    ChargeItemInput,
    ChargeItemRow,
    RateRow,
    RateScheduleLine,
)
from deskapp.domain.fees.records import Category, Cycle, Pricing
from deskapp.domain.roles import Action, Approval
from deskapp.i18n import fill, translate

NOTE_LIMIT = 500


def price(errors: dict[str, str], field: str, value: object) -> int:
    """A unit price: hundredths of a fen (an int), or typed in yuan (``"2.35"``)."""
    if isinstance(value, str):
        try:
            value = rounding.parse_price(value)
        except ValueError as exc:
            errors.setdefault(field, str(exc))
            return 0
    if not checks.is_whole_number(value) or not 0 <= value <= rounding.MAX_PRICE:  # type: ignore[operator]
        errors.setdefault(field, fill(translate(
            "FeeCollection", "Give a price from 0 to %1 yuan."),
            rounding.format_price(rounding.MAX_PRICE)))
        return 0
    return value  # type: ignore[return-value]


def rate_in_force(session: Session, item: ChargeItem, day: dt.date) -> ChargeRate | None:
    """The item's rate in force on ``day``: the latest from that day or before; before its
    first rate, the first (an item's first price stands for the time before it)."""
    rates = select(ChargeRate).where(ChargeRate.item_id == item.id)
    found = session.exec(rates.where(ChargeRate.effective_from <= day).order_by(
        col(ChargeRate.effective_from).desc(), col(ChargeRate.id).desc()).limit(1)).first()
    if found is None:
        found = session.exec(rates.order_by(col(ChargeRate.effective_from),
                                            col(ChargeRate.id)).limit(1)).first()
    return found


def price_on(session: Session, item: ChargeItem, day: dt.date) -> int:
    """The item's unit price for a period beginning on ``day``."""
    rate = rate_in_force(session, item, day)
    return rate.unit_price if rate is not None else item.unit_price


def rate_row(rate: ChargeRate) -> RateRow:
    """A stored rate as the price history shows it."""
    assert rate.id is not None
    return RateRow(rate.id, rate.unit_price, rate.effective_from, rate.reason, rate.created_at,
                   rate.created_by, rate.approved_by)


def item_row(item: ChargeItem, current: ChargeRate | None = None,
             rates: tuple[RateRow, ...] = ()) -> ChargeItemRow:
    """A stored item as lists show it."""
    assert item.id is not None
    return ChargeItemRow(
        id=item.id, name=item.name, category=Category(item.category),
        pricing=Pricing(item.pricing), unit_price=item.unit_price, cycle=Cycle(item.cycle),
        deposit=item.deposit, active=item.active, note=item.note,
        price_since=current.effective_from if current is not None else None, rates=rates)


class ChargeItems(FeeServiceBase):
    """Charge items and rates (a part of fee collection)."""

    # --- Checking
    def validate_item(self, data: ChargeItemInput) -> ChargeItemInput:
        """The item as stored (text cleaned, choices as members, the price in hundredths
        of a fen, the first day of its price), or ValidationError naming each bad field
        (name, category, pricing, unit_price, cycle, note, effective_from)."""
        errors: dict[str, str] = {}
        name = checks.text(errors, "name", data.name, NAME_LIMIT)
        if not name:
            errors.setdefault("name", translate("FeeCollection", "Name the charge item."))
        category = checks.choice(errors, "category", data.category, Category)
        pricing = checks.choice(errors, "pricing", data.pricing, Pricing)
        cycle = checks.choice(errors, "cycle", data.cycle, Cycle)
        unit_price = price(errors, "unit_price", data.unit_price)
        note = checks.text(errors, "note", data.note, NOTE_LIMIT)
        effective_from = self._effective_day(errors, data.effective_from)
        if category is Category.DEPOSIT:
            # Money held against something: one amount, taken when asked for.
            if pricing not in (None, Pricing.FIXED):
                errors.setdefault("pricing", translate(
                    "FeeCollection", "A deposit is a fixed amount."))
            if cycle not in (None, Cycle.ONCE):
                errors.setdefault("cycle", translate(
                    "FeeCollection", "A deposit is taken when asked for, not billed by period."))
        elif "unit_price" not in errors and unit_price == 0:
            errors["unit_price"] = translate(
                "FeeCollection", "Give the approved price (only a deposit may be 0: its "
                "amount is set when it is taken).")
        if pricing is Pricing.PER_PAGE and cycle not in (None, Cycle.ONCE):
            errors.setdefault("cycle", translate(
                "FeeCollection", "Pages are charged when asked for, not billed by period."))
        if pricing is Pricing.METERED and cycle not in (None, Cycle.MONTHLY):
            errors.setdefault("cycle", translate(
                "FeeCollection", "Meters are read and billed every month."))
        paging.raise_if(errors)
        assert category is not None and pricing is not None and cycle is not None
        return replace(data, name=name, category=category, pricing=pricing, cycle=cycle,
                       unit_price=unit_price, note=note, effective_from=effective_from)

    def _effective_day(self, errors: dict[str, str], value: object) -> dt.date:
        """The day a price takes effect: today or earlier (None: today). A change is
        entered on the day it takes effect or after, never ahead of it."""
        today = self._today()
        if value is None:
            return today
        day = checks.day(errors, "effective_from", value)
        if day is not None and day > today:
            errors.setdefault("effective_from", translate(
                "FeeCollection", "Enter a new price on the day it takes effect, not before."))
        return day or today

    # --- Changing
    def add_item(self, data: ChargeItemInput, approval: Approval | None = None) -> ChargeItemRow:
        """Set up a charge item with its first price.

        Raises:
            ValidationError: as :meth:`validate_item`; a name another item has.
            ApprovalNeeded: a receptionist needs a supervisor's approval.
        """
        data = self.validate_item(data)
        with Session(self._engine) as session:  # said before anyone is asked to approve
            self._refuse_taken_name(session, data.name)
        approved_by = self._operator.authorise(Action.CHANGE_RATES, approval) \
            or self._operator.name
        assert isinstance(data.unit_price, int) and data.effective_from is not None
        try:
            with write_session(self._engine) as session:
                self._refuse_taken_name(session, data.name)
                now = self._clock.now()
                item = ChargeItem(
                    name=data.name, category=Category(data.category).value,
                    pricing=Pricing(data.pricing).value, unit_price=data.unit_price,
                    cycle=Cycle(data.cycle).value,
                    deposit=data.category is Category.DEPOSIT, active=True, note=data.note,
                    created_at=now, approved_by=approved_by, **self._operator.signature())
                session.add(item)
                session.flush()
                rate = ChargeRate(item_id=item.id, unit_price=data.unit_price,
                                  effective_from=data.effective_from, created_at=now,
                                  approved_by=approved_by, **self._operator.signature())
                session.add(rate)
                session.commit()
                return item_row(item, rate)
        except IntegrityError:  # another counter saved the name a moment before
            raise ValidationError({"name": self._taken_message(data.name)}) from None

    def change_price(self, item_id: int, unit_price: int | str, reason: str,
                     effective_from: dt.date | None = None,
                     approval: Approval | None = None) -> ChargeItemRow:
        """A new price of an item from ``effective_from`` (None: today) on, with the reason
        (the approved standard it follows). Bills already made keep their price.

        Raises:
            ValidationError: unit_price, reason, effective_from (in the future, or before
                the price in force began).
            ApprovalNeeded: a receptionist needs a supervisor's approval.
            NotFound: no such item.
            DomainError: the item was retired.
        """
        errors: dict[str, str] = {}
        new_price = price(errors, "unit_price", unit_price)
        reason = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not reason and "reason" not in errors:
            errors["reason"] = translate(
                "FeeCollection", "Say why the price changes (the approved standard).")
        day = self._effective_day(errors, effective_from)
        paging.raise_if(errors)
        approved_by = self._operator.authorise(Action.CHANGE_RATES, approval) \
            or self._operator.name
        with write_session(self._engine) as session:
            item = self._item(session, item_id)
            session.refresh(item, with_for_update=True)
            if not item.active:
                raise DomainError(fill(translate(
                    "FeeCollection", "%1 is no longer charged: bring it back first."),
                    item.name))
            if new_price == 0 and not item.deposit:
                raise ValidationError({"unit_price": translate(
                    "FeeCollection", "Give the approved price (only a deposit may be 0: its "
                    "amount is set when it is taken).")})
            latest = self._latest_rate(session, item)
            if latest is not None and day < latest.effective_from:
                raise ValidationError({"effective_from": fill(translate(
                    "FeeCollection", "The price in force began on %1: a new one begins on "
                    "that day or later."), latest.effective_from.isoformat())})
            rate = ChargeRate(item_id=item.id, unit_price=new_price, effective_from=day,
                              reason=reason, created_at=self._clock.now(),
                              approved_by=approved_by, **self._operator.signature())
            session.add(rate)
            item.unit_price = new_price
            session.add(item)
            session.commit()
            return item_row(item, rate)

    def deactivate_item(self, item_id: int, approval: Approval | None = None) -> ChargeItemRow:
        """Stop charging an item: bill runs leave it out; its bills and history stay.

        Raises:
            ApprovalNeeded: a receptionist needs a supervisor's approval.
            NotFound: no such item.
        """
        return self._set_active(item_id, False, approval)

    def reactivate_item(self, item_id: int, approval: Approval | None = None) -> ChargeItemRow:
        """Charge a retired item again, at its last price.

        Raises:
            ApprovalNeeded: a receptionist needs a supervisor's approval.
            NotFound: no such item.
        """
        return self._set_active(item_id, True, approval)

    def _set_active(self, item_id: int, active: bool,
                    approval: Approval | None) -> ChargeItemRow:
        approved_by = self._operator.authorise(Action.CHANGE_RATES, approval) \
            or self._operator.name
        with write_session(self._engine) as session:
            item = self._item(session, item_id)
            session.refresh(item, with_for_update=True)
            if item.active != active:
                item.active = active
                item.approved_by = approved_by
                session.add(item)
            current = self._latest_rate(session, item)
            session.commit()
            return item_row(item, current)

    # --- Reading
    def charge_items(self, *, include_inactive: bool = True) -> list[ChargeItemRow]:
        """The charge items, those still charged first, then by category and name."""
        order = {category: n for n, category in enumerate(Category)}
        with Session(self._engine) as session:
            stmt = select(ChargeItem)
            if not include_inactive:
                stmt = stmt.where(col(ChargeItem.active).is_(True))
            items = session.exec(stmt).all()
            rows = [item_row(item, self._latest_rate(session, item)) for item in items]
        return sorted(rows, key=lambda r: (not r.active, order[r.category], r.name))

    def charge_item(self, item_id: int, *, with_rates: bool = False) -> ChargeItemRow:
        """One item; ``with_rates``: with its price history, newest first.

        Raises:
            NotFound: no such item.
        """
        with Session(self._engine) as session:
            item = self._item(session, item_id)
            history = tuple(rate_row(r) for r in session.exec(
                select(ChargeRate).where(ChargeRate.item_id == item.id).order_by(
                    col(ChargeRate.effective_from).desc(), col(ChargeRate.id).desc())))
            return item_row(item, self._latest_rate(session, item),
                            history if with_rates else ())

    def rate_schedule(self) -> list[RateScheduleLine]:
        """The rate schedule posted at the counter: every item still charged, with its
        current price, what it is per, its cycle and since when the price holds."""
        return [RateScheduleLine(row.id, row.name, row.category, row.pricing, row.unit_price,
                                 row.cycle, row.price_since or self._today(), row.note)
                for row in self.charge_items(include_inactive=False)]

    # --- Helpers
    @staticmethod
    def _latest_rate(session: Session, item: ChargeItem) -> ChargeRate | None:
        return session.exec(select(ChargeRate).where(ChargeRate.item_id == item.id).order_by(
            col(ChargeRate.effective_from).desc(), col(ChargeRate.id).desc()).limit(1)).first()

    def _refuse_taken_name(self, session: Session, name: str) -> None:
        if session.exec(select(ChargeItem.id).where(ChargeItem.name == name)).first():
            raise ValidationError({"name": self._taken_message(name)})

    @staticmethod
    def _taken_message(name: str) -> str:
        return fill(translate("FeeCollection", "There is a charge item named %1 already."),
                    name)
