"""The business services the counter sells on the spot (copy, print, fax — 特约服务): the
charge items a sale may take, by the same test :meth:`FeePayments.sell` applies."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db.fee_models import ChargeItem
from deskapp.domain.fees.records import Cycle, Pricing

COUNTER_PRICING = (Pricing.PER_PAGE.value, Pricing.FIXED.value)


class CounterItem(NamedTuple):
    """An item sold over the counter: its id, name and unit price (hundredths of a fen
    per page or per time)."""

    id: int
    name: str
    unit_price: int


def sold_at_counter(item: ChargeItem) -> bool:
    """Whether ``item`` is a business service sold on the spot (any state of ``active``)."""
    return item.pricing in COUNTER_PRICING and item.cycle == Cycle.ONCE.value \
        and not item.deposit


def counter_items(engine: Engine) -> list[CounterItem]:
    """The active items priced per page or fixed, charged once and not a deposit, in the
    order they were set up (a name order means nothing across Chinese and Latin names)."""
    with Session(engine) as session:
        found = session.exec(select(ChargeItem).where(
            col(ChargeItem.active).is_(True), col(ChargeItem.pricing).in_(COUNTER_PRICING),
            ChargeItem.cycle == Cycle.ONCE.value, col(ChargeItem.deposit).is_(False))
            .order_by(col(ChargeItem.id))).all()
    return [CounterItem(item.id, item.name, item.unit_price) for item in found]  # type: ignore[arg-type]
