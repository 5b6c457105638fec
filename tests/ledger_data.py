"""Charges, receipts, credit and waivers written straight into the tables, for the ledger,
arrears and dunning tests: they test reading and ageing what billing and payments save,
without going through those services."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import Engine
from sqlmodel import select

from deskapp.bootstrap import Services
from deskapp.db.engine import acting, write_session
from deskapp.db.fee_models import ChargeItem, FeeCharge, FeeWaiver, Receipt, UnitCredit
from deskapp.db.models import Unit
from deskapp.domain.directory import UnitRow
from deskapp.domain.fees.service import FeeCollection

_ITEM_NAMES = itertools.count(1)  # item names are unique in the whole database


def fee_service(services: Services) -> FeeCollection:
    """Fee collection on the test's database, clock and operator (signing the audit trail
    as the domain's services do)."""
    engine = acting(services.engine, services.operator, services.clock.now)
    return FeeCollection(engine, services.clock, services.operator)


class FeeBook:
    """Writes fee records the way billing and the cashier would leave them."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._engine: Engine = acting(services.engine, services.operator, services.clock.now)
        self._items: list[int] = []
        self._used: set[tuple[int, int, dt.date]] = set()
        self._receipts = itertools.count(1)

    def _now(self) -> dt.datetime:
        return self._services.clock.now()

    def unit(self, number: str, occupant: str = "", company: str = "") -> int:
        """A unit of the directory (its id)."""
        self._services.directory.save_unit(UnitRow(None, number, occupant, company))
        with write_session(self._engine) as session:
            found = session.exec(select(Unit).where(Unit.number == number)).one()
            assert found.id is not None
            return found.id

    def _item(self, unit_id: int, period_start: dt.date) -> int:
        """A charge item not yet billed to the unit for that period (a unit is billed an
        item once a period)."""
        for item_id in self._items:
            if (unit_id, item_id, period_start) not in self._used:
                return item_id
        with write_session(self._engine) as session:
            item = ChargeItem(name=f"物业管理费 {next(_ITEM_NAMES)}", category="management",
                              pricing="fixed", unit_price=100, created_at=self._now())
            session.add(item)
            session.commit()
            assert item.id is not None
            self._items.append(item.id)
            return item.id

    def charge(self, unit_id: int, due_on: dt.date, amount: int, *, paid: int = 0,
               waived: int = 0, voided: bool = False, period_start: dt.date | None = None,
               name: str = "物业管理费") -> int:
        """A charge (its id), already paid, waived or voided as told; its period starts on
        the first of the due date's month unless given."""
        start = period_start or due_on.replace(day=1)
        item_id = self._item(unit_id, start)
        if not voided:
            self._used.add((unit_id, item_id, start))
        with write_session(self._engine) as session:
            charge = FeeCharge(
                unit_id=unit_id, item_id=item_id, item_name=name, category="management",
                period=start.strftime("%Y-%m"), period_start=start,
                period_end=start + dt.timedelta(days=27), due_on=due_on, quantity=100,
                unit_price=amount * 100, amount_fen=amount, paid_fen=paid, waived_fen=waived,
                voided_at=self._now() if voided else None,
                void_reason="开错了" if voided else "", created_at=self._now())
            session.add(charge)
            session.commit()
            assert charge.id is not None
            return charge.id

    def pay(self, charge_id: int, amount: int) -> None:
        """Money applied to a charge (as a receipt leaves it)."""
        with write_session(self._engine) as session:
            charge = session.get(FeeCharge, charge_id)
            assert charge is not None
            charge.paid_fen += amount
            session.add(charge)
            session.commit()

    def receipt(self, unit_id: int, total: int, *, at: dt.datetime | None = None,
                voided: bool = False, kind: str = "payment") -> int:
        """A receipt of the unit (its id)."""
        serial = next(self._receipts)
        when = at or self._now()
        with write_session(self._engine) as session:
            receipt = Receipt(
                number=f"SK2026-{serial:06d}", year=2026, seq=serial, kind=kind,
                unit_id=unit_id, payer="李四", total_fen=total, method="cash",
                tendered_fen=total, issued_at=when, created_by="Wang Fang",
                voided_at=self._now() if voided else None,
                void_reason="收错了" if voided else "")
            session.add(receipt)
            session.commit()
            assert receipt.id is not None
            return receipt.id

    def credit(self, unit_id: int, change: int, reason: str = "overpayment") -> None:
        """A movement of the unit's credit."""
        with write_session(self._engine) as session:
            session.add(UnitCredit(unit_id=unit_id, at=self._now(), change_fen=change,
                                   reason=reason))
            session.commit()

    def waiver(self, charge_id: int, amount: int, reason: str = "空置减免") -> None:
        """Part of a charge waived (the charge's waived amount moves with it)."""
        with write_session(self._engine) as session:
            charge = session.get(FeeCharge, charge_id)
            assert charge is not None
            charge.waived_fen += amount
            session.add(charge)
            session.add(FeeWaiver(charge_id=charge_id, unit_id=charge.unit_id,
                                  amount_fen=amount, reason=reason, approved_by="Zhao Li",
                                  at=self._now()))
            session.commit()
