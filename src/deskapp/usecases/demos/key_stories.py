"""The key demo's featured stories, made on the first load: each leaves the cabinet showing
one thing the workspace knows — keys overdue, a set partly back, the owner's consent, a
move-in handover, a key lost and replaced, a set found missing at the stocktake, a set
retired. Each story is a few dated steps on the sets kept for it (``roles``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.keys.records import (
    ConsentHow,
    HandoverInput,
    IssueInput,
    KeyState,
    LoanPurpose,
    LostInput,
    OwnerConsent,
    ReplacementInput,
)
from deskapp.usecases.demos.key_cabinet import AUTHORISERS
from deskapp.usecases.demos.people import mobile, name, resident_id

P = LoanPurpose
Step = tuple[dt.datetime, Callable[[], int]]
# The time of day ``days_ago`` days back: (days_ago, hour, minute) → instant.
On = Callable[[int, int, int], dt.datetime]


def stories(keys: KeyCustody, roles: dict[str, int], on: On, now: dt.datetime,
            rng: random.Random) -> list[Step]:
    """The steps of every story whose set the cabinet has, each with its moment."""
    steps: list[Step] = []
    loans: dict[str, int] = {}  # story → the loan it made
    minute = dt.timedelta(minutes=1)

    def step(at: dt.datetime, action: Callable[[], object], counts: bool = False) -> None:
        def run() -> int:
            action()
            return 1 if counts else 0
        steps.append((at, run))

    def lend(story: str, data: IssueInput) -> Callable[[], object]:
        def issue() -> None:
            loans[story] = keys.issue(data).id
        return issue

    def bring_back(story: str, count: int | None, note: str = "",
                   by: str = "") -> Callable[[], object]:
        return lambda: keys.return_loan(loans[story], count, condition_note=note,
                                        returned_by=by)

    def visitor(purpose: LoanPurpose, company: str, note: str = "") -> dict[str, object]:
        return {"borrower_name": name(rng), "phone": mobile(rng), "id_number": resident_id(rng),
                "company": company, "purpose": purpose, "purpose_note": note,
                "authorised_by": AUTHORISERS[purpose]}

    if (retired := roles.get("retired")) is not None:
        step(on(20, 10, 0), lambda: keys.retire(retired, "场地已改作仓库，门锁已拆除"))

    if (entrusted := roles.get("partial_done")) is not None:
        # The decorator on the owner's list: one key back in the evening, one next morning.
        decorator = next((p for p in keys.authorised(entrusted) if p.relation == "装修负责人"),
                         None)
        if decorator is not None:
            step(on(11, 10, 0), lend("partial_done", IssueInput(
                entrusted, decorator.name, on(11, 17, 30), phone=decorator.phone,
                id_number=decorator.id_number or resident_id(rng), company="碧桂园装饰",
                purpose=P.REPAIR, purpose_note="更换卫生间水龙头")), counts=True)
            step(on(11, 17, 10), bring_back("partial_done", 1, "另一把在工人身上，明早交回"))
            step(on(10, 9, 15), bring_back("partial_done", None, by=f"装修工人{name(rng)}"))

    if (consented := roles.get("consent_then")) is not None:
        owner = (keys.deposit(consented) or _NoDeposit).owner_name
        at = on(9, 14, 0)
        step(at, lend("consent_then", IssueInput(
            consented, name(rng), on(9, 17, 0), phone=mobile(rng), id_number=resident_id(rng),
            company="万家维修", purpose=P.REPAIR, purpose_note="业主请来修空调",
            consent=OwnerConsent(owner, ConsentHow.MESSAGE, at - 15 * minute))), counts=True)
        step(on(9, 15, 40), bring_back("consent_then", None, "钥匙完好"))

    if (pump_room := roles.get("lost_replaced")) is not None:
        # A contractor loses one of the two keys; a copy is cut the next day.
        fitter = visitor(P.REPAIR, "恒通水泵维保", "更换二次供水泵机械密封")
        step(on(8, 9, 40), lend("lost_replaced", IssueInput(
            pump_room, expected_back=on(8, 17, 30), **fitter)), counts=True)  # type: ignore[arg-type]
        step(on(8, 15, 40), bring_back("lost_replaced", 1, "另一把钥匙在泵房检修时遗失"))
        step(on(8, 15, 45), lambda: keys.report_lost(pump_room, LostInput(
            str(fitter["borrower_name"]), keys_lost=1, reported_at=on(8, 15, 40),
            circumstances="检修时钥匙放在工具包侧袋，收工后找不到，泵房内寻找未果")))
        step(on(7, 10, 15), lambda: keys.replace(pump_room, ReplacementInput(
            1, note="按留存钥匙配制一把，费用由维保单位承担")))

    if (air_plant := roles.get("repair_overdue")) is not None:
        step(on(6, 9, 20), lend("repair_overdue", IssueInput(
            air_plant, expected_back=on(4, 18, 0), note="需连续施工两天",
            **visitor(P.REPAIR, "格力空调售后", "更换冷水机组压缩机"))),  # type: ignore[arg-type]
             counts=True)

    if (flat := roles.get("handover")) is not None:
        step(on(5, 10, 30), lambda: keys.hand_over(flat, HandoverInput(
            name(rng), phone=mobile(rng), id_number=resident_id(rng),
            note="办理入伙手续，钥匙三把当面点清")))

    if (bins := roles.get("lost")) is not None:
        # The month's stocktake: the bin store's hook is empty, and nobody signed for it.
        def count_the_cabinet() -> None:
            present = [e.key_set.tag for e in keys.board()
                       if e.key_set.state is KeyState.IN_CABINET and e.key_set.id != bins]
            keys.record_stocktake(present, note="月度钥匙盘点")
        step(on(4, 17, 5), count_the_cabinet)
        step(on(4, 17, 40), lambda: keys.report_lost(bins, LostInput(
            "保洁领班周红", circumstances="盘点时挂钩上没有钥匙，借用记录无外借；保洁部查找未果，"
            "已报工程部更换锁芯")))

    if (empty_unit := roles.get("viewing_overdue")) is not None:
        agent = visitor(P.VIEWING, "中原地产")
        step(on(3, 15, 10), lend("viewing_overdue", IssueInput(
            empty_unit, expected_back=on(3, 17, 0), note="说好看完房五点前交回",
            **agent)), counts=True)  # type: ignore[arg-type]

    if (before_move_in := roles.get("partial_open")) is not None:
        # The cleaners bring two of the three keys back; the third is still out.
        step(on(2, 14, 0), lend("partial_open", IssueInput(
            before_move_in, "周红", on(2, 17, 30), staff=True, company="保洁部",
            purpose=P.CLEANING, purpose_note="入伙前开荒保洁",
            authorised_by=AUTHORISERS[P.CLEANING], note="开荒保洁")), counts=True)
        step(on(2, 17, 20), bring_back("partial_open", 2, "一把钥匙还在保洁员身上，明早交回"))

    if (consent_now := roles.get("consent_now")) is not None:
        owner = (keys.deposit(consent_now) or _NoDeposit).owner_name
        out = now - 70 * minute
        step(out, lend("consent_now", IssueInput(
            consent_now, name(rng), out + 130 * minute, phone=mobile(rng),
            id_number=resident_id(rng), purpose=P.OTHER, purpose_note="帮业主取文件",
            consent=OwnerConsent(owner, ConsentHow.PHONE, out - 8 * minute))), counts=True)
    return steps


class _NoDeposit:
    owner_name = "业主"
