"""The demo's key cabinet: what hangs on which hook, the owners who entrusted their keys
and whom they allow to borrow them, and the people who come to borrow keys (agents,
contractors, the management's own staff)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from deskapp.domain.directory import UnitRow
from deskapp.domain.keys.records import (
    AuthorisedInput,
    DepositInput,
    KeyKind,
    KeySetInput,
    LoanPurpose,
)
from deskapp.usecases.demos.people import mobile, name, resident_id

P = LoanPurpose
# What an entrusted set is borrowed for: by someone on the owner's list (or with consent).
ENTRUSTED = "entrusted"


@dataclass(frozen=True)
class Area:
    """A common area or other place the desk keeps keys of, and what its keys go out for."""

    label: str
    keys: int
    uses: tuple[str, ...]
    notes: str = ""


COMMON_AREAS = (
    Area("配电房", 2, (P.REPAIR, P.INSPECTION), "低压配电，须两人同行"),
    Area("高压配电房", 2, (P.INSPECTION,), "持高压电工证方可进入"),
    Area("水泵房", 2, (P.REPAIR, P.INSPECTION)),
    Area("消防控制室", 2, (P.INSPECTION,), "备用钥匙，消控室值班另有一套"),
    Area("天台", 3, (P.INSPECTION, P.REPAIR), "防水、空调外机检修；雨天不外借"),
    Area("垃圾房", 2, (P.CLEANING,)),
    Area("电梯机房", 2, (P.REPAIR, P.INSPECTION), "奥的斯电梯每月保养"),
    Area("发电机房", 1, (P.INSPECTION, P.REPAIR)),
    Area("中央空调机房", 2, (P.REPAIR, P.INSPECTION)),
    Area("弱电机房", 1, (P.REPAIR,)),
    Area("生活水箱间", 1, (P.CLEANING, P.INSPECTION), "每半年清洗一次水箱"),
    Area("地下车库设备间", 1, (P.REPAIR,)),
    Area("2-7层强电井", 6, (P.REPAIR, P.INSPECTION), "每层一把"),
    Area("8-13层强电井", 6, (P.REPAIR, P.INSPECTION), "每层一把"),
    Area("2-7层弱电井", 6, (P.REPAIR,), "每层一把"),
    Area("8-13层弱电井", 6, (P.REPAIR,), "每层一把"),
    Area("一楼大会议室", 2, (P.OTHER, P.CLEANING)),
    Area("三楼多功能厅", 2, (P.OTHER, P.CLEANING)),
    Area("母婴室", 1, (P.CLEANING,)),
    Area("保洁工具间", 2, (P.CLEANING,)),
    Area("消防水池", 1, (P.INSPECTION,)),
)
OTHER_AREAS = (
    Area("大堂信报箱总钥匙", 1, (P.OTHER,)),
    Area("访客车位地锁", 4, (P.OTHER,), "B1 访客车位 01-04 号"),
    Area("大堂伸缩门", 1, (P.OTHER,)),
    Area("临时仓库", 1, (P.OTHER, P.CLEANING)),
    Area("物业办公室备用钥匙", 2, (P.OTHER,), "仅限物业员工借用"),
)
# Registered with the cabinet, retired a few weeks later (the demo's retired set).
RETIRED_AREA = Area("原保安宿舍", 1, ())
UNIT_USES = {KeyKind.VACANT: (P.VIEWING, P.VIEWING, P.REPAIR, P.CLEANING, P.INSPECTION),
             KeyKind.NOT_MOVED_IN: (P.CLEANING, P.INSPECTION, P.REPAIR),
             KeyKind.ENTRUSTED: (ENTRUSTED,)}
AREA_USES = {area.label: area.uses for area in (*COMMON_AREAS, *OTHER_AREAS)}

AGENCIES = ("链家地产", "中原地产", "我爱我家", "世联行", "Q房网")
CONTRACTORS = {"电梯": "奥的斯电梯", "空调": "格力空调售后", "天台": "东方雨虹防水",
               "消防": "海湾消防维保", "水": "恒通水泵维保", "电": "南方电气安装"}
STAFF = {"工程部": ("刘志强", "张伟", "王海涛"), "保洁部": ("周红", "黄桂兰"),
         "安保部": ("孙磊", "赵强")}
AUTHORISERS = {P.VIEWING: "招商部林经理", P.REPAIR: "工程部张主管",
               P.CLEANING: "保洁领班周红", P.INSPECTION: "客服主管李建国",
               P.OTHER: "客服主管李建国"}
RELATIONS = ("租户", "家属", "中介", "装修负责人", "公司行政")
ENTRUSTED_NOTES = ("业主委托出租，中介带看须登记", "业主长期在外地，留存备用钥匙",
                   "装修期间托管", "业主出国，委托物业保管", "")
ENTRUSTED_SETS = 12


@dataclass(frozen=True)
class Borrower:
    """Someone who comes for keys again and again."""

    name: str
    phone: str
    id_number: str
    company: str


@dataclass(frozen=True)
class Hung:
    """A key set to hang in the cabinet; ``role`` names the one a featured story uses."""

    data: KeySetInput
    deposit: DepositInput | None = None
    role: str = ""


def cabinet(units: list[UnitRow], rng: random.Random, day: dt.date) -> list[Hung]:
    """The cabinet as registered on ``day``: units' keys on the A hooks (vacant ones, two
    not yet moved into, owners' entrusted ones), common areas on B, the rest on C."""
    vacant = sorted((u for u in units if not u.occupied), key=lambda u: u.number)
    occupied = sorted((u for u in units if u.occupied), key=lambda u: u.number)
    while len(vacant) < 4 and occupied:  # a directory of its own, with few empty units
        vacant.append(occupied.pop())
    entrusted = sorted(rng.sample(occupied, min(ENTRUSTED_SETS, len(occupied))),
                       key=lambda u: u.number)
    hung: list[Hung] = []
    for n, unit in enumerate(vacant):
        moving_in = n >= len(vacant) - 2
        kind = KeyKind.NOT_MOVED_IN if moving_in else KeyKind.VACANT
        role = ("" if not moving_in else "partial_open" if n == len(vacant) - 2
                else "handover")
        hung.append(Hung(KeySetInput(
            unit.number, kind, 3 if moving_in else rng.randint(2, 3), unit_id=unit.id,
            notes="已售未入伙，入伙时交业主" if moving_in else "空置单元，招商部带看"),
            role="viewing_overdue" if n == 0 else role))
    for n, unit in enumerate(entrusted):
        hung.append(Hung(KeySetInput(unit.number, KeyKind.ENTRUSTED, 2 if n == 0 else
                                     rng.randint(1, 2), unit_id=unit.id,
                                     notes=rng.choice(ENTRUSTED_NOTES)),
                         _deposit(rng, unit, day, first=n == 0),
                         role={0: "partial_done", 1: "consent_now", 2: "consent_then"}.get(n, "")))
    for n, unit in enumerate(hung):
        hung[n] = Hung(_on_hook(unit.data, f"A-{n + 1:02d}"), unit.deposit, unit.role)
    roles = {"中央空调机房": "repair_overdue", "水泵房": "lost_replaced", "垃圾房": "lost",
             RETIRED_AREA.label: "retired"}
    for row, areas in (("B", COMMON_AREAS), ("C", (*OTHER_AREAS, RETIRED_AREA))):
        kind = KeyKind.COMMON_AREA if row == "B" else KeyKind.OTHER
        for n, area in enumerate(areas, start=1):
            hung.append(Hung(KeySetInput(area.label, kind, area.keys, hook=f"{row}-{n:02d}",
                                         notes=area.notes), role=roles.get(area.label, "")))
    return hung


def _on_hook(data: KeySetInput, hook: str) -> KeySetInput:
    return KeySetInput(data.unit_label, data.kind, data.key_count, hook, data.tag, data.notes,
                       data.unit_id)


def _deposit(rng: random.Random, unit: UnitRow, day: dt.date, *, first: bool) -> DepositInput:
    """An owner's deposit: one to three people allowed to borrow (the first set's list has
    the decorator the featured partial return needs)."""
    relations = (["装修负责人", "家属"] if first
                 else rng.sample(RELATIONS, rng.randint(1, 3)))
    people = []
    for relation in relations:
        tenant = relation == "租户" and unit.occupant
        people.append(AuthorisedInput(
            name=unit.occupant if tenant else name(rng),
            relation=relation,
            phone=(unit.phones.split(",")[0].strip() if tenant else "") or mobile(rng),
            id_number=resident_id(rng) if rng.random() < 0.6 else "",
            valid_until=day + dt.timedelta(days=365) if rng.random() < 0.3 else None))
    owner = name(rng)
    return DepositInput(
        owner_name=owner, owner_phone=mobile(rng),
        signed_by=name(rng) if rng.random() < 0.15 else "",
        authorised_until=day + dt.timedelta(days=730) if rng.random() < 0.5 else None,
        note=rng.choice(("", "", "钥匙留存单业主已签字", "业主电话确认后方可借给名单以外的人")),
        authorised=tuple(people))


def agents(rng: random.Random, count: int = 8) -> list[Borrower]:
    """Estate agents who show the empty units, each of an agency."""
    return [Borrower(name(rng), mobile(rng), resident_id(rng), rng.choice(AGENCIES))
            for _ in range(count)]


def contractor_company(label: str) -> str:
    """Who maintains what a place's keys open."""
    for word, company in CONTRACTORS.items():
        if word in label:
            return company
    return "中建三局"
