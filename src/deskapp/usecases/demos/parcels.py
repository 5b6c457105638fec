"""The parcel shelf's demo: a few weeks of what the carriers bring — the morning papers for
the offices, letters and now and then registered mail, and parcels from every carrier in two
or three rounds a day, a few for one recipient at once —, most recipients told by phone (the
call in the call log) and collecting within a day or two, some by someone they sent (with an
ID); a parcel now and then damaged, refused and sent back. Some wait: reminded after three
days, and one never collected past fourteen, flagged; one not collected in time went back.

Everything goes through the parcel log's own methods on the walking clock, in time order (a
queue of steps by their moment); a step closer to now than a couple of minutes is left
undone, so the last parcels still wait. A later load signs for parcels only after the last
one received, and hands over those the earlier load left waiting (the long waiting ones, noted,
aside).
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from deskapp.domain.checks import FIRST_DAY
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.errors import DomainError
from deskapp.domain.services.parcels import ParcelLog
from deskapp.domain.services.parcels.records import (
    CallNotice,
    Carrier,
    ParcelInput,
    ParcelKind,
    ParcelQuery,
    PickupInput,
    Recipient,
)
from deskapp.domain.services.parcels.rows import ParcelRow
from deskapp.usecases.demo import DemoContext, DemoDay, DemoModule, demo_days
from deskapp.usecases.demos.people import mobile, name, resident_id

# Days of parcels before the demo's own days (a first load only).
HISTORY_DAYS = 21
LEFT_UNDONE = dt.timedelta(minutes=2)
MINUTE = dt.timedelta(minutes=1)
# Carriers by how often they come, with how their waybills look.
CARRIERS: tuple[tuple[Carrier, int, Callable[[random.Random], str]], ...] = (
    (Carrier.SF, 24, lambda r: f"SF{r.randrange(10**12, 10**13)}"),
    (Carrier.JD, 18, lambda r: f"JDV{r.choice('ABCE')}{r.randrange(10**10, 10**11)}"),
    (Carrier.ZTO, 16, lambda r: f"7{r.choice('3568')}{r.randrange(10**10, 10**11)}"),
    (Carrier.YTO, 12, lambda r: f"YT{r.randrange(10**12, 10**13)}"),
    (Carrier.YUNDA, 10, lambda r: f"43{r.randrange(10**11, 10**12)}"),
    (Carrier.STO, 8, lambda r: f"77{r.randrange(10**11, 10**12)}"),
    (Carrier.JT, 6, lambda r: f"JT{r.randrange(10**12, 10**13)}"),
    (Carrier.EMS, 4, lambda r: f"1{r.randrange(10**11, 10**12)}"),
    (Carrier.DEPPON, 2, lambda r: f"DPK{r.randrange(10**11, 10**12)}"),
)
SHELVES = ("A-1", "A-2", "A-3", "B-1", "B-2", "B-3", "C-1", "C-2", "大件区")
PAPERS = ("深圳特区报", "南方都市报", "人民日报", "经济日报")
DAMAGE = ("外箱破损", "外包装受潮", "纸箱压扁", "胶带开封")
REFUSED = "收件人拒收"
NOT_COLLECTED = "超期未取，退回"
LONG_NOTE = "已多次电话通知，未取"  # a parcel left waiting on purpose: a later load keeps it
# Parcels a courier round brings, and rounds a day (a weekend has fewer).
ROUND_SIZE = {"weekday": (3, 7), "weekend": (1, 3)}
ROUNDS = {"weekday": ((10, 20), (14, 0), (16, 40)), "weekend": ((11, 0),)}

Action = Callable[[], int]


@dataclass(order=True)
class _Step:
    at: dt.datetime
    order: int
    action: Action = field(compare=False)


class ParcelsDemo:
    """Two or three courier rounds a working day, the papers and the post; the long waiting
    ones once."""

    def __init__(self, demo: DemoContext) -> None:
        self._demo = demo
        self._parcels: ParcelLog = demo.domain.parcels
        self._clock: Clock = demo.domain.clock
        self._now = demo.real_now
        self._rng = random.Random(demo.seed * 7919 + 31)  # the other demos stay as they were
        directory = demo.domain.directory
        self._units: list[UnitRow] = [u for u in directory.units()
                                      if u.occupied and (u.occupant or u.company)]
        self._departments: list[DepartmentRow] = directory.departments()
        self._first_load = not self._parcels.has_parcels()
        # A file of real records (loaded with force) keeps its own shelf as it is.
        self._idle = not self._first_load and not demo.domain.settings.load().demo
        self._begun = False
        self._since: dt.datetime | None = None  # the last parcel of an earlier load
        self._queue: list[_Step] = []
        self._order = 0

    # --- The days
    def day(self, demo: DemoContext, day: DemoDay) -> int:
        if self._idle or not self._units:
            return 0
        made = 0
        if not self._begun:
            self._begun = True
            made += self._history(day) if self._first_load else self._continue(day)
        self._plan(day)
        return made + self._run(day.end)

    def finish(self, demo: DemoContext) -> None:
        if not self._idle:
            self._run(self._now)
        self._queue = []
        demo.at(self._now)

    def _history(self, first: DemoDay) -> int:
        """The first load: the weeks before the demo's days, and the long waiting ones."""
        earlier = [d for d in demo_days(Clock(lambda: self._now, tz=self._clock.tz),
                                        HISTORY_DAYS + first.days_ago + 1, self._now)
                   if d.day < first.day]
        self._feature((earlier or [first])[0])
        made = 0
        for day in earlier:
            self._plan(day)
            made += self._run(day.end)
        return made

    def _continue(self, first: DemoDay) -> int:
        """A later load: parcels only after the last one received; what the earlier load
        left waiting is collected (the long waiting ones, noted, stay)."""
        today = self._clock.local(self._now).date()
        newest = self._parcels.page(ParcelQuery(FIRST_DAY, today), limit=1)
        self._since = newest[0].received_at if newest else None
        waiting = self._parcels.uncollected()
        base = max(self._since or first.opening, first.opening)
        for row in waiting:
            if not row.note:
                self._push(self._working(base + self._rng.randint(20, 240) * MINUTE),
                           self._collector([row]))
        return 0

    # --- The queue
    def _push(self, at: dt.datetime, action: Action) -> None:
        self._order += 1
        heapq.heappush(self._queue, _Step(at, self._order, action))

    def _run(self, until: dt.datetime) -> int:
        """Every step due by ``until``, in time order; returns how many items came."""
        made = 0
        last = self._now - LEFT_UNDONE
        while self._queue and self._queue[0].at <= until:
            step = heapq.heappop(self._queue)
            if step.at > last:
                continue  # left for the counter: the parcel still waits
            self._demo.at(step.at)
            try:
                made += step.action()
            except DomainError:
                continue  # collected already by another step: nothing more to do
        return made

    def _plan(self, day: DemoDay) -> None:
        rng = self._rng
        weekend = day.day.weekday() >= 5
        kind = "weekend" if weekend else "weekday"
        if not weekend:
            self._at(day, 8, 55, lambda: self._papers())
            self._at(day, 9, 40 + rng.randint(0, 30), lambda: self._post())
        for hour, minute in ROUNDS[kind]:
            size = rng.randint(*ROUND_SIZE[kind])
            self._at(day, hour, minute + rng.randint(-15, 25), lambda size=size: self._round(size))

    def _at(self, day: DemoDay, hour: int, minute: int, action: Action) -> None:
        moment = self._clock.at_local(day.day, hour, 0) + minute * MINUTE
        if self._since is not None and moment <= self._since:
            return
        self._push(moment, action)

    # --- What comes
    def _papers(self) -> int:
        """The morning papers for the offices, collected before eleven."""
        rng, made = self._rng, 0
        for department in rng.sample(self._departments, min(3, len(self._departments))):
            rows = self._parcels.intake_many(
                Recipient(department.name, department_id=department.id),
                [ParcelInput(kind=ParcelKind.NEWSPAPER, shelf="报刊架",
                             note=rng.choice(PAPERS))])
            made += len(rows)
            self._push(self._clock.now() + rng.randint(40, 120) * MINUTE,
                       self._collector(rows, name(rng)))
        return made

    def _post(self) -> int:
        """The postman: letters, and now and then registered mail."""
        rng, made = self._rng, 0
        for _ in range(rng.randint(1, 3)):
            unit = rng.choice(self._units)
            registered = rng.random() < 0.25
            item = (ParcelInput(f"X{rng.choice('AEKR')}{rng.randrange(10**8, 10**9)}CN",
                                Carrier.EMS.value, ParcelKind.REGISTERED, "挂号信格")
                    if registered else ParcelInput(kind=ParcelKind.LETTER, shelf="信格"))
            rows = self._parcels.intake_many(self._recipient(unit), [item])
            made += len(rows)
            self._fate(rows, unit)
        return made

    def _round(self, size: int) -> int:
        """A courier round: parcels of one carrier, a few for one recipient at once."""
        rng, made = self._rng, 0
        carrier, _weight, waybill = rng.choices(CARRIERS, [c[1] for c in CARRIERS])[0]
        left = size
        while left > 0:
            count = min(left, rng.choice((1, 1, 1, 2, 3)))
            left -= count
            unit = rng.choice(self._units)
            items = []
            for _ in range(count):
                damage = rng.choice(DAMAGE) if rng.random() < 0.03 else ""
                items.append(ParcelInput(waybill(rng), carrier.value, ParcelKind.PARCEL,
                                         rng.choice(SHELVES), bool(damage), damage))
            rows = self._parcels.intake_many(self._recipient(unit), items)
            made += len(rows)
            self._fate(rows, unit)
        return made

    def _recipient(self, unit: UnitRow) -> Recipient:
        # Now and then addressed to someone else at the unit (a colleague, a family member).
        other = name(self._rng) if self._rng.random() < 0.15 else ""
        return Recipient(unit.number, unit_id=unit.id, name=other)

    # --- What becomes of it
    def _fate(self, rows: list[ParcelRow], unit: UnitRow) -> None:
        """Told (mostly by phone, the call logged), then collected within a day or two; a
        few refused and sent back, a few left to wait, reminded, flagged."""
        rng, now = self._rng, self._clock.now()
        told = now + rng.randint(5, 40) * MINUTE
        if rng.random() < 0.85:
            self._push(told, self._teller(rows, call=rng.random() < 0.8))
        chance = rng.random()
        if chance < 0.02:
            self._push(self._working(told + rng.randint(60, 60 * 20) * MINUTE),
                       self._returner(rows, REFUSED))
        elif chance < 0.06:  # waits: reminded after three days, then collected or sent back
            self._push(self._working(now + dt.timedelta(days=3, hours=rng.randint(1, 5))),
                       self._teller(rows, call=True))
            if rng.random() < 0.5:
                self._push(self._working(now + dt.timedelta(days=rng.randint(4, 9))),
                           self._collector(rows, self._taker(unit)))
            else:
                self._push(self._working(now + dt.timedelta(days=15, hours=1)),
                           self._returner(rows, NOT_COLLECTED))
        else:
            hours = rng.choice((1, 2, 3, 5, 7, 20, 24, 30, 45))
            self._push(self._working(told + dt.timedelta(hours=hours)
                                     + rng.randint(0, 50) * MINUTE),
                       self._collector(rows, self._taker(unit)))

    def _taker(self, unit: UnitRow) -> str:
        return unit.occupant or name(self._rng)

    def _teller(self, rows: list[ParcelRow], *, call: bool) -> Action:
        def tell() -> int:
            self._parcels.notify([r.id for r in rows],
                                 call=CallNotice(called="", notes="") if call else None)
            return 0
        return tell

    def _collector(self, rows: list[ParcelRow], who: str = "") -> Action:
        def collect() -> int:
            rng = self._rng
            waiting = [row for row in (self._parcels.parcel(r.id) for r in rows)
                       if row.waiting]
            if not waiting:
                return 0
            sent = rng.random() < 0.1 or not who  # a colleague or family member sent
            # Someone sent, and registered mail, are handed over against an ID.
            shown = sent or rng.random() < 0.2 or any(
                r.kind is ParcelKind.REGISTERED for r in waiting)
            self._parcels.pickup(PickupInput(
                tuple(r.id for r in waiting), name(rng) if sent else who, on_behalf=sent,
                id_number=resident_id(rng) if shown else "",
                phone=mobile(rng) if sent else ""))
            return 0
        return collect

    def _returner(self, rows: list[ParcelRow], reason: str) -> Action:
        def send_back() -> int:
            for row in rows:
                if self._parcels.parcel(row.id).waiting:
                    self._parcels.return_to_sender(row.id, reason)
            return 0
        return send_back

    # --- The long waiting ones (a first load)
    def _feature(self, first: DemoDay) -> None:
        """One never collected past fourteen days (flagged), one waiting since four days
        ago (reminded), and one not collected in time sent back."""
        rng = random.Random(self._demo.seed + 41)
        units = sorted(self._units, key=lambda u: u.number)
        today = self._clock.local(self._now).date()
        for days_ago, unit in ((HISTORY_DAYS - 2, units[0]), (4, units[len(units) // 2])):
            day = today - dt.timedelta(days=days_ago)
            if day < first.day:
                continue
            at = self._clock.at_local(day, 11, rng.randint(0, 40))
            self._push(at, lambda unit=unit, rng=rng: self._stuck(unit, rng))
        day = today - dt.timedelta(days=HISTORY_DAYS - 1)
        if day >= first.day:
            self._push(self._clock.at_local(day, 15, 10),
                       lambda: self._not_collected(units[-1], rng))

    def _stuck(self, unit: UnitRow, rng: random.Random) -> int:
        carrier, _weight, waybill = CARRIERS[0]
        [row] = self._parcels.intake_many(self._recipient(unit), [ParcelInput(
            waybill(rng), carrier.value, shelf="C-3", note=LONG_NOTE)])
        now = self._clock.now()
        self._push(now + 20 * MINUTE, self._teller([row], call=True))
        for days in (3, 7, 13):  # reminded, never collected
            self._push(self._working(now + dt.timedelta(days=days, hours=1)),
                       self._teller([row], call=True))
        return 1

    def _not_collected(self, unit: UnitRow, rng: random.Random) -> int:
        carrier, _weight, waybill = CARRIERS[2]
        [row] = self._parcels.intake_many(self._recipient(unit), [ParcelInput(
            waybill(rng), carrier.value, shelf="C-3")])
        now = self._clock.now()
        self._push(now + 30 * MINUTE, self._teller([row], call=True))
        self._push(self._working(now + dt.timedelta(days=3, hours=2)),
                   self._teller([row], call=True))
        self._push(self._working(now + dt.timedelta(days=15)),
                   self._returner([row], NOT_COLLECTED))
        return 1

    # --- Helpers
    def _working(self, moment: dt.datetime) -> dt.datetime:
        """``moment``, or the next morning when the counter has closed."""
        local = self._clock.local(moment)
        if local.time() > dt.time(19, 30):
            day = local.date() + dt.timedelta(days=1)
            return self._clock.at_local(day, 9, self._rng.randint(0, 50))
        if local.time() < dt.time(8, 30):
            return self._clock.at_local(local.date(), 9, self._rng.randint(0, 40))
        return moment


PARCELS = DemoModule("parcels", ParcelsDemo)
