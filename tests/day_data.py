"""A day at the counter for the closing tests: a visitor still on site, keys out, a
message not yet passed on, an overdue request, a parcel on the shelf, and a cashier who
took money and has not handed over."""

from __future__ import annotations

import datetime as dt

from deskapp.bootstrap import Services
from deskapp.domain.calls.records import About, CallInput, Category
from deskapp.domain.fees.payments import PaymentInput
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import Method
from deskapp.domain.identity import IdType
from deskapp.domain.records import Purpose
from deskapp.domain.requests.records import RequestInput
from deskapp.domain.roles import Role
from deskapp.domain.services.parcels.records import ParcelInput, Recipient
from deskapp.domain.visitors import HostRef, VisitInput
from fee_data import CASHIER, charge, item
from keys_data import lend, staff_the_desk, vacant_set

RECEPTIONIST = "Wang Fang"


def id_number(serial: int) -> str:
    """A valid resident ID number (GB 11643 check digit), one per ``serial``."""
    body = f"11010519800101{serial:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def visitor(name: str = "张三", **kw) -> VisitInput:  # type: ignore[no-untyped-def]
    base = dict(name=name, id_type=IdType.RESIDENT, id_number=id_number(sum(map(ord, name)) % 999),
                phone="13800138000", company="华为", party_size=2, purpose=Purpose.MEETING,
                host=HostRef("1203 李四"))
    base.update(kw)
    return VisitInput(**base)  # type: ignore[arg-type]


def busy_day(services: Services, now) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The day's records (the clock moves through the morning); returns their ids."""
    staff_the_desk(services)
    ids: dict[str, int] = {}
    ids["visit"] = services.visitors.check_in(visitor()).id
    out = services.visitors.check_in(visitor("李雷", phone="13900139000"))
    services.visitors.check_out(out.id)
    ids["loan"] = lend(services, vacant_set(services)).id
    now.advance(minutes=5)
    call = services.calls.log_call(CallInput(
        subject="快递到了", caller_name="顺丰", phone="13800138000", about=About("1203"),
        category=Category.MESSAGE, message_for="1203 李四", message="快递到了，请下楼取"))
    ids["call"] = call.id
    request = services.requests.register(RequestInput(
        content="楼道灯坏了三天没人修", complainant="张三", phone="13800138000",
        about_label="1203", due_at=services.clock.now() + dt.timedelta(hours=2)))
    ids["request"] = request.id
    ids["parcel"] = services.parcels.intake(Recipient("1203"), ParcelInput(
        "SF1000000001", shelf="A-3")).id
    services.operator.hand_over(CASHIER, Role.CASHIER)
    unit_id = next(u.id for u in services.directory.units() if u.number == "1801")
    charge(services, unit_id, item(services), 11, 21000)
    ids["receipt"] = services.fees.pay(PaymentInput(
        unit_id, (PaymentPart(Method.CASH, 21000),), tendered_fen=21000, payer="赵六")).id
    services.operator.hand_over(RECEPTIONIST, Role.RECEPTIONIST)
    now.advance(hours=3)  # the request's two hours are over
    return ids
