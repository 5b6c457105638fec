"""A small building for the billing tests: units with and without an area, charge items
of every kind, and the fee collection service on the test's database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from deskapp.bootstrap import Services
from deskapp.db.engine import acting
from deskapp.domain.directory import UnitRow
from deskapp.domain.fees.billing_records import ChargeItemInput, ChargeItemRow
from deskapp.domain.fees.records import Category, Cycle, Pricing
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.roles import Action, Approval, Role

SUPERVISOR = "李主管"


def approval(action: Action) -> Approval:
    """李主管's approval in place (the accounts service makes these after the password)."""
    return Approval(action, SUPERVISOR, Role.SUPERVISOR)


def number(unit_label: str) -> str:
    """The unit number a row's label begins with ("1203 业主1203" → "1203")."""
    return unit_label.split()[0]


def fee_collection(services: Services) -> FeeCollection:
    """The service as the window gets it (or made here until it is wired in)."""
    wired = getattr(services, "fees", None)
    if wired is not None:
        return wired
    return FeeCollection(acting(services.engine, services.operator, services.clock.now),
                         services.clock, services.operator)


@dataclass(frozen=True)
class Building:
    """What :func:`building` set up (ids)."""

    fees: FeeCollection
    units: dict[str, int]  # by number
    management: ChargeItemRow  # per m², monthly, ¥2.35
    water: ChargeItemRow  # metered, monthly, ¥4.20
    rubbish: ChargeItemRow  # fixed, monthly, ¥15.00
    repair: ChargeItemRow  # fixed, when asked for, ¥50.00
    parking: ChargeItemRow  # fixed, quarterly, ¥300.00
    insurance: ChargeItemRow  # per m², yearly, ¥1.20


def building(services: Services) -> Building:
    """Units 1203 (89.35 m²), 1204 (120 m²), 1205 (area not known) occupied and 1206
    vacant (100 m²); the items below; 王芳 (receptionist) at the counter afterwards."""
    services.operator.hand_over(SUPERVISOR, Role.SUPERVISOR)
    services.operator.move_to("大堂")
    units = {}
    for number, area, occupied in (("1203", 8935, True), ("1204", 12000, True),
                                   ("1205", 0, True), ("1206", 10000, False)):
        units[number] = services.directory.save_unit(
            UnitRow(None, number, "业主" + number, area_dm2=area, occupied=occupied)).id
    fees = fee_collection(services)
    start = dt.date(2026, 1, 1)

    def item(name: str, category: Category, pricing: Pricing, price: str,
             cycle: Cycle) -> ChargeItemRow:
        return fees.add_item(ChargeItemInput(name, category, pricing, price, cycle,
                                             effective_from=start))

    made = Building(
        fees, units,
        management=item("物业管理费", Category.MANAGEMENT, Pricing.AREA, "2.35", Cycle.MONTHLY),
        water=item("水费", Category.WATER, Pricing.METERED, "4.20", Cycle.MONTHLY),
        rubbish=item("垃圾清运费", Category.OTHER, Pricing.FIXED, "15", Cycle.MONTHLY),
        repair=item("维修费", Category.REPAIR, Pricing.FIXED, "50", Cycle.ONCE),
        parking=item("车位租金", Category.PARKING, Pricing.FIXED, "300", Cycle.QUARTERLY),
        insurance=item("公众责任险分摊", Category.OTHER, Pricing.AREA, "1.2", Cycle.YEARLY),
    )
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    return made
