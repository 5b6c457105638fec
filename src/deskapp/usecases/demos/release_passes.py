"""The goods release passes' demo: two to four passes a working day (fewer at weekends) —
tenants moving out, offices sending furniture and computers away, shops returning samples,
decoration waste carted off — each on the owner's or the company's consent, most with the
guard's copy back within a couple of hours (the evening's the next morning).

Featured, on the first load only: a pass for a unit owing fees past due, let out with the
demo supervisor's approval; a pass voided; two passes whose guard's copy never came back.
A unit owes nothing in the demo's directory until fees are billed: when none does, one is
charged a repair (a door lock) due a month before, as the cashier would have. A later load
adds passes after the last one already recorded.

Everything goes through the services on the walking clock, in time order; a step closer to
now than a couple of minutes is left undone (today's last passes still out).
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from deskapp.domain.accounts import LoginRefused
from deskapp.domain.checks import FIRST_DAY
from deskapp.domain.errors import DomainError
from deskapp.domain.fees.billing_records import AdHocChargeInput, ChargeItemInput
from deskapp.domain.fees.records import Category, Cycle, Pricing
from deskapp.domain.roles import Action
from deskapp.domain.services.release_pass_records import (
    AuthorisationHow,
    GoodsLine,
    PassQuery,
    ReleasePassInput,
)
from deskapp.domain.services.release_pass_rows import ReleasePassRow
from deskapp.usecases.demo import DemoContext, DemoDay, DemoModule
from deskapp.usecases.demos.accounts import DEMO_OPERATORS, DEMO_PIN
from deskapp.usecases.demos.people import mobile, name, resident_id

LEFT_UNDONE = dt.timedelta(minutes=2)
MINUTE = dt.timedelta(minutes=1)
PASSES_PER_DAY = {"weekday": (2, 4), "weekend": (0, 2)}
REPAIR_ITEM = "维修费"

# What leaves the building: (a story's goods, one picked per pass; some lines optional).
LOADS: tuple[tuple[tuple[str, int, str], ...], ...] = (
    (("沙发", 1, "套"), ("床垫", 1, "张"), ("纸箱（衣物杂物）", 8, "箱"), ("冰箱", 1, "台")),
    (("办公桌", 4, "张"), ("办公椅", 6, "把"), ("文件柜", 2, "个")),
    (("台式电脑主机", 5, "台"), ("显示器", 5, "台"), ("打印机", 1, "台")),
    (("纸箱（文件资料）", 12, "箱"), ("保险柜", 1, "个")),
    (("样品", 3, "箱"), ("展示架", 2, "个")),
    (("废旧木板", 20, "块"), ("旧地毯", 3, "卷")),
    (("空调外机（送修）", 1, "台"),),
    (("会议桌", 1, "张"), ("投影仪", 1, "台"), ("白板", 1, "块")),
)
HOW = (AuthorisationHow.PHONE, AuthorisationHow.IN_PERSON, AuthorisationHow.WRITING,
       AuthorisationHow.MESSAGE)
HOW_WEIGHTS = (55, 20, 15, 10)
HOW_NOTES = {AuthorisationHow.PHONE: "电话确认", AuthorisationHow.IN_PERSON: "本人到前台签字",
             AuthorisationHow.WRITING: "书面授权书已留存门岗联后",
             AuthorisationHow.MESSAGE: "微信确认，截图已核对"}
VOID_REASONS = ("单元号填错，已重开", "业主改期搬运", "货物清单有误，重开一张")
PLATE_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"

Step = Callable[[], int]


@dataclass(order=True)
class _Queued:
    at: dt.datetime
    order: int
    action: Step = field(compare=False)


class ReleasePassesDemo:
    """The day's passes and their guard's copies; the featured passes once."""

    def __init__(self, demo: DemoContext) -> None:
        self._demo = demo
        domain = demo.domain
        self._passes = domain.release_passes
        self._clock = domain.clock
        self._now = demo.real_now
        self._rng = random.Random(demo.seed * 7919 + 29)  # the other demos stay as they were
        self._units = [u for u in domain.directory.units()
                       if u.id is not None and u.occupied and (u.occupant or u.company)]
        today = self._clock.local(self._now).date()
        last = self._passes.page(PassQuery(FIRST_DAY, today), limit=1)
        self._since = last[0].issued_at if last else None  # a later load goes on from here
        self._featured = not last
        self._queue: list[_Queued] = []
        self._order = 0
        self._first_day: dt.date | None = None

    # --- The days
    def day(self, demo: DemoContext, day: DemoDay) -> int:
        if not self._units:
            return 0
        if self._first_day is None:
            self._first_day = day.day
            self._continue(day)
        weekend = day.day.weekday() >= 5
        low, high = PASSES_PER_DAY["weekend" if weekend else "weekday"]
        for moment in demo.moments(day, low, high):
            self._push(moment, self._issuer())
        if self._featured:
            self._feature(day)
        return self._run(day.end)

    def finish(self, demo: DemoContext) -> None:
        self._run(self._now)
        self._queue = []
        demo.at(self._now)

    def _continue(self, first: DemoDay) -> None:
        """A later load: the passes the earlier one left out on its last day come back (the
        featured ones whose copy never came back stay missing)."""
        if self._since is None:
            return
        since_day = self._clock.local(self._since).date()
        for row in self._passes.not_returned():
            if row.valid_on == since_day:
                back = max(row.issued_at, self._since, first.opening)
                self._push(back + self._rng.randint(5, 60) * MINUTE,
                           lambda pass_id=row.id: self._back(pass_id))

    def _feature(self, day: DemoDay) -> None:
        """The first day: the pass with arrears and a copy never back; yesterday (or that
        same first day): a void and another copy never back."""
        rng = self._rng
        if day.day == self._first_day:
            self._push(self._working(day, 10, 30), self._with_arrears())
            if day.days_ago > 0:
                self._push(self._working(day, 14, 30), self._issuer(never_back=True))
        if day.days_ago == 1 or (day.days_ago == 0 and day.day == self._first_day):
            self._push(self._working(day, 11, 0), self._issuer(void_after=rng.randint(4, 20)))
            if day.days_ago == 1:
                self._push(self._working(day, 16, 40), self._issuer(never_back=True))

    def _working(self, day: DemoDay, hour: int, minute: int) -> dt.datetime:
        at = self._clock.at_local(day.day, hour, minute)
        return min(max(at, day.opening), day.end)

    # --- The queue
    def _push(self, at: dt.datetime, action: Step) -> None:
        if self._since is not None and at <= self._since:
            return  # an earlier load covered this time already
        self._order += 1
        heapq.heappush(self._queue, _Queued(at, self._order, action))

    def _run(self, until: dt.datetime) -> int:
        """Every step due by ``until``, in time order; returns how many passes were made."""
        made = 0
        last = self._now - LEFT_UNDONE
        while self._queue and self._queue[0].at <= until:
            step = heapq.heappop(self._queue)
            if step.at > last:
                continue  # left for the counter: the pass is still out
            self._demo.at(step.at)
            made += step.action()
        return made

    # --- One pass
    def _input(self, unit_id: int | None = None) -> ReleasePassInput:
        rng = self._rng
        unit = (next(u for u in self._units if u.id == unit_id) if unit_id is not None
                else rng.choice(self._units))
        load = rng.choice(LOADS)
        lines = [load[0], *[line for line in load[1:] if rng.random() < 0.7]]
        goods = tuple(GoodsLine(what, max(1, count + rng.randint(-1, 2) if count > 1 else 1),
                                word) for what, count, word in lines)
        how = rng.choices(HOW, HOW_WEIGHTS)[0]
        if unit.company and (not unit.occupant or rng.random() < 0.5):
            authorised_by = f"{unit.company} 行政 {name(rng)}"
        else:
            authorised_by = f"业主 {unit.occupant}"
        plate = ("粤B" + "".join(rng.choice(PLATE_CHARS) for _ in range(5))
                 if rng.random() < 0.7 else "")
        return ReleasePassInput(
            unit_id=unit.id or 0, goods=goods, carrier_name=_carrier(rng),
            carrier_id_number=resident_id(rng), authorised_by=authorised_by,
            authorisation_how=how, carrier_phone=mobile(rng), plate=plate,
            authorisation_note=HOW_NOTES[how] if rng.random() < 0.6 else "")

    def _issuer(self, *, never_back: bool = False, void_after: int = 0) -> Step:
        data = self._input()

        def issue() -> int:
            if self._passes.check(data.unit_id).owing:
                return 0  # the unit owes: the desk sends them to the cashier first
            row = self._passes.issue(data)
            self._after(row, never_back=never_back, void_after=void_after)
            return 1

        return issue

    def _after(self, row: ReleasePassRow, *, never_back: bool = False,
               void_after: int = 0) -> None:
        """What becomes of the pass: voided a few minutes later, its copy back within a
        couple of hours (the next morning, after the evening), or never."""
        if void_after:
            reason = self._rng.choice(VOID_REASONS)
            self._push(row.issued_at + void_after * MINUTE,
                       lambda: self._void(row.id, reason))
        elif not never_back:
            back = row.issued_at + self._rng.randint(15, 150) * MINUTE
            evening = self._clock.at_local(row.valid_on, 17, 45)
            if back > evening:
                morning = self._clock.at_local(row.valid_on + dt.timedelta(days=1), 9, 0)
                back = morning + self._rng.randint(0, 50) * MINUTE
            self._push(back, lambda: self._back(row.id))

    def _void(self, pass_id: int, reason: str) -> int:
        self._passes.void(pass_id, reason)
        return 0

    def _back(self, pass_id: int) -> int:
        self._passes.check_off_pass(pass_id)
        return 0

    # --- The featured pass with arrears
    def _with_arrears(self) -> Step:
        def issue() -> int:
            try:
                approval = self._demo.domain.accounts.approve(_supervisor(), DEMO_PIN,
                                                              Action.RELEASE_WITH_ARREARS)
            except LoginRefused:
                return 0  # real records, not the practice operators: no approval to show
            unit_id = self._owing_unit()
            if unit_id is None:
                return 0
            row = self._passes.issue(self._input(unit_id), approval)
            self._after(row)
            return 1

        return issue

    def _owing_unit(self) -> int | None:
        """A unit owing fees past due today; when none does, one charged a repair due a
        month ago."""
        fees = self._demo.domain.fees
        owing = fees.arrears_overview(only_owing=True, limit=1).rows
        if owing:
            return owing[0].unit_id
        item = next((i for i in fees.charge_items() if i.name == REPAIR_ITEM and i.active
                     and i.cycle is Cycle.ONCE and not i.deposit), None)
        if item is None:
            item = fees.add_item(ChargeItemInput(REPAIR_ITEM, Category.REPAIR, Pricing.FIXED,
                                                 "280", Cycle.ONCE))
        unit = self._rng.choice(self._units)
        today = self._clock.today()
        try:
            fees.add_charge(AdHocChargeInput(unit.id or 0, item.id,
                                             period_start=today - dt.timedelta(days=40),
                                             due_on=today - dt.timedelta(days=30),
                                             note="更换门锁"))
        except DomainError:
            return None
        return unit.id


def _carrier(rng: random.Random) -> str:
    """Who carries the goods: a full name, or a mover known as 王师傅."""
    full = name(rng)
    return full if rng.random() < 0.7 else full[0] + "师傅"


def _supervisor() -> str:
    return next(name for name, role in DEMO_OPERATORS if role.value == "supervisor")


RELEASE_PASSES = DemoModule("release passes", ReleasePassesDemo)
