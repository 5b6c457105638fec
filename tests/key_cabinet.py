"""A small key cabinet built through the key custody domain, for the tests of its papers and
sheets: a vacant unit's keys lent and partly back, an owner's entrusted keys with a deposit
and a list of borrowers, a plant room's keys out with the engineer, a move-in handover."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from deskapp.bootstrap import Services
from deskapp.domain.identity import IdType
from deskapp.domain.keys.records import (
    AuthorisedInput,
    ConsentHow,
    DepositInput,
    HandoverInput,
    IssueInput,
    KeyKind,
    KeySetInput,
    LoanPurpose,
    OwnerConsent,
)
from deskapp.domain.keys.rows import DepositRow, HandoverRow, KeySetRow, LoanRow
from deskapp.domain.roles import Role

ID_ZHANG = "11010519491231002X"  # GB 11643's own example
ID_ZHANG_MASKED = "110105********002X"
ID_WANG = "440524198001010013"
ID_WANG_MASKED = "440524********0013"
PHONE_ZHANG = "13712345678"
PHONE_ZHANG_MASKED = "137****5678"


@dataclass(frozen=True)
class Cabinet:
    """What :func:`fill_cabinet` made."""

    vacant: KeySetRow  # K0001, 1203, three keys on A-01
    entrusted: KeySetRow  # K0002, 1501, the owner's
    plant: KeySetRow  # K0003, the B2 plant room
    moved_in: KeySetRow  # K0004, 1801, handed over
    viewing: LoanRow  # the vacant unit's keys to 张三: two of three back
    engineer: LoanRow  # the plant room's key with the engineer, overdue by closing
    consent: LoanRow  # the entrusted keys to someone off the list, with consent
    deposit: DepositRow
    handover: HandoverRow


def fill_cabinet(services: Services, now) -> Cabinet:  # type: ignore[no-untyped-def]
    """Fill the cabinet on the test clock's day (``now`` moves on by about two hours)."""
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    services.operator.move_to("大堂")
    keys = services.keys
    vacant = keys.register(KeySetInput("1203", KeyKind.VACANT, 3, "A-01", notes="防盗门+房门+信箱"))
    entrusted = keys.register(
        KeySetInput("1501", KeyKind.ENTRUSTED, 2, "A-02"),
        DepositInput("王先生", "13800138000", signed_by="王太太",
                     authorised_until=dt.date(2027, 5, 31), note="出国期间托管",
                     authorised=(AuthorisedInput("李四", "租客", "13900139000", IdType.RESIDENT,
                                                 ID_WANG),
                                 AuthorisedInput("欧阳娜娜", "家属", "13612345678",
                                                 valid_until=dt.date(2026, 12, 31)))))
    plant = keys.register(KeySetInput("B2 高压配电房", KeyKind.COMMON_AREA, 1, "C-01"))
    moved_in = keys.register(KeySetInput("1801", KeyKind.NOT_MOVED_IN, 4, "D-01"))
    viewing = keys.issue(IssueInput(
        vacant.id, "张三", now.value + dt.timedelta(hours=2), phone=PHONE_ZHANG,
        id_number=ID_ZHANG, company="链家地产", purpose=LoanPurpose.VIEWING,
        authorised_by="招商部", note="带客户看房"))
    engineer = keys.issue(IssueInput(
        plant.id, "赵工", now.value + dt.timedelta(minutes=30), staff=True, company="工程部",
        purpose=LoanPurpose.REPAIR, purpose_note="配电柜检修", authorised_by="陈经理"))
    now.advance(minutes=40)
    keys.return_keys(vacant.tag, 2, condition_note="一把齿有磨损", returned_by="小李")
    consent = keys.issue(IssueInput(
        entrusted.id, "周八", now.value + dt.timedelta(hours=3), phone="13811112222",
        id_number=ID_ZHANG, company="我爱我家",
        consent=OwnerConsent("王先生", ConsentHow.PHONE, now.value - dt.timedelta(minutes=5))))
    now.advance(hours=1)
    handover = keys.hand_over(moved_in.id, HandoverInput("刘业主", "13500135000",
                                                         IdType.RESIDENT, ID_WANG, "入伙交房"))
    deposit = keys.deposit(entrusted.id)
    assert deposit is not None
    return Cabinet(keys.key_set(vacant.id), keys.key_set(entrusted.id), keys.key_set(plant.id),
                   keys.key_set(moved_in.id), keys.loan(viewing.id), keys.loan(engineer.id),
                   consent, deposit, handover)
