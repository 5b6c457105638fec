"""The key cabinet's demo: a cabinet of some fifty key sets, registered once, and day by
day the keys signed out and back — agents showing empty units, engineers and contractors in
the plant rooms, cleaners, the security patrol, owners' lists borrowing entrusted keys (a
few on the owner's consent) — most back the same day, some kept overnight or brought back
in two parts. Featured stories, made on the first load only, leave the cabinet in every
state: keys overdue, a set partly back, a set handed over at move-in, a key lost and
replaced, a set found missing at the stocktake and reported lost, a set retired.

Everything goes through key custody's own methods on the walking clock, in time order: the
steps (an issue, a return, a featured step) wait in a queue by their moment, so a set is
never issued before it is back. A step closer to now than a couple of minutes is left
undone, which leaves the last loans out. A later load adds loans only after the last
movement already recorded, and (on a demo file) brings back the keys the earlier load left
out, the featured overdue ones aside.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from deskapp.domain.clock import Clock
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.keys.records import ConsentHow, IssueInput, KeyKind, LoanPurpose, OwnerConsent
from deskapp.domain.keys.rows import AuthorisedRow, KeySetRow
from deskapp.usecases.demo import DemoContext, DemoDay, DemoModule, demo_days
from deskapp.usecases.demos.key_cabinet import (
    AREA_USES,
    AUTHORISERS,
    ENTRUSTED,
    STAFF,
    UNIT_USES,
    Borrower,
    agents,
    cabinet,
    contractor_company,
)
from deskapp.usecases.demos.key_stories import stories
from deskapp.usecases.demos.people import mobile, name, resident_id

P = LoanPurpose
# Loans before the demo's days, whatever their number (the cabinet is registered a week
# before them).
HISTORY_DAYS = 30
CABINET_BEFORE = dt.timedelta(days=7)
LEFT_UNDONE = dt.timedelta(minutes=2)
# Keys go out in the day, and come back until the evening (else the next morning).
OPEN_FROM, OPEN_UNTIL, BACK_UNTIL = dt.time(8, 0), dt.time(19, 0), dt.time(20, 0)
MINUTE = dt.timedelta(minutes=1)
# What brings people to the cabinet, how often, for how long (minutes: usual, expected).
NEEDS: dict[str, tuple[int, tuple[int, int], int]] = {
    P.VIEWING: (30, (20, 90), 120), P.REPAIR: (22, (40, 240), 240),
    P.CLEANING: (14, (40, 150), 180), P.INSPECTION: (14, (15, 60), 60),
    P.OTHER: (8, (10, 90), 120), ENTRUSTED: (12, (30, 180), 180)}
LOANS_PER_HOUR = {"weekday": 0.85, "weekend": 0.3}
CONDITION_NOTES = ("钥匙完好", "钥匙圈松了，已换新圈", "门锁有点涩，已告知工程部")
OTHER_NOTES = {"一楼大会议室": "会议室开门布置", "三楼多功能厅": "活动场地布置",
               "大堂信报箱总钥匙": "开信报箱取挂号信", "访客车位地锁": "访客车位开锁",
               "大堂伸缩门": "搬家车辆进出", "临时仓库": "取存放物品",
               "物业办公室备用钥匙": "忘带办公室钥匙"}
LISTED_PURPOSE = {"中介": (P.VIEWING, ""), "装修负责人": (P.REPAIR, "装修施工"),
                  "家属": (P.OTHER, "替业主取物品"), "租户": (P.OTHER, "忘带钥匙，开门"),
                  "公司行政": (P.OTHER, "开门取文件")}

Action = Callable[[], int]


@dataclass(order=True)
class _Step:
    at: dt.datetime
    order: int
    action: Action = field(compare=False)


@dataclass
class _Set:
    """What the demo knows of a set: enough to choose it for a loan and to lend it."""

    row: KeySetRow
    uses: tuple[str, ...]
    owner: str = ""
    listed: list[AuthorisedRow] = field(default_factory=list)


class KeysDemo:
    """Four to eight loans a working day, fewer at weekends; the featured stories once."""

    def __init__(self, demo: DemoContext) -> None:
        self._demo = demo
        self._keys: KeyCustody = demo.domain.keys
        self._clock: Clock = demo.domain.clock
        self._now = demo.real_now
        self._rng = random.Random(demo.seed * 104729 + 13)  # the other demos stay as they were
        stable = random.Random(demo.seed + 4)
        self._agents = agents(stable)
        self._tenants = [u for u in demo.domain.directory.units() if u.occupied and u.occupant]
        self._first_load = not self._keys.has_key_sets()
        # A file of real records (loaded with force) keeps its own keys as they are.
        self._idle = not self._first_load and not demo.domain.settings.load().demo
        self._set_up = False
        self._queue: list[_Step] = []
        self._order = 0
        self._sets: dict[int, _Set] = {}
        self._free: set[int] = set()  # in the cabinet, every key back
        self._reserved: set[int] = set()  # kept for a featured story
        self._roles: dict[str, int] = {}
        self._since: dt.datetime | None = None  # the last movement of an earlier load

    # --- The days
    def day(self, demo: DemoContext, day: DemoDay) -> int:
        if self._idle:
            return 0
        made = 0
        if not self._set_up:
            self._set_up = True
            if self._first_load:
                made += self._history(day)
            else:
                self._continue(day)
        self._plan(day)
        return made + self._run(day.end)

    def finish(self, demo: DemoContext) -> None:
        if not self._idle:
            self._run(self._now)
        self._queue = []
        demo.at(self._now)

    def _history(self, first: DemoDay) -> int:
        """The first load: the cabinet registered, the featured stories queued, and the
        days before the demo's."""
        earlier = [d for d in demo_days(Clock(lambda: self._now, tz=self._clock.tz),
                                        HISTORY_DAYS, self._now) if d.day < first.day]
        start = (earlier or [first])[0]
        self._register(start.opening - CABINET_BEFORE)
        self._feature()
        made = 0
        for day in earlier:
            self._plan(day)
            made += self._run(day.end)
        return made

    def _register(self, at: dt.datetime) -> None:
        day = self._clock.local(at).date()
        hung = cabinet(self._demo.domain.directory.units(), random.Random(self._demo.seed + 5),
                       day)
        for n, entry in enumerate(hung):
            self._demo.at(at + n * MINUTE)
            row = self._keys.register(entry.data, entry.deposit)
            if entry.role:
                self._roles[entry.role] = row.id
                self._reserved.add(row.id)
        self._learn()

    def _continue(self, first: DemoDay) -> None:
        """A later load: what the cabinet holds now, from the last movement on; the keys an
        earlier load left out come back (the featured overdue ones, with a note, stay)."""
        moved = self._keys.movements(first.day, self._clock.local(self._now).date())
        self._since = moved[-1].at if moved else None
        self._learn()
        base = max(self._since or first.opening, first.opening)
        for loan in self._keys.still_out():
            if loan.note or loan.key_set_id not in self._sets:
                continue
            back = max(loan.expected_back, base) + self._rng.randint(3, 40) * MINUTE
            self._push(self._working(back), self._returner(loan.id, loan.key_set_id))

    def _learn(self) -> None:
        for entry in self._keys.board():
            row = entry.key_set
            if row.kind is KeyKind.ENTRUSTED:
                deposit = self._keys.deposit(row.id)
                known = _Set(row, UNIT_USES[row.kind], deposit.owner_name if deposit else "",
                             self._keys.authorised(row.id))
            else:
                known = _Set(row, AREA_USES.get(row.unit_label)
                             or UNIT_USES.get(row.kind, (P.REPAIR, P.INSPECTION)))
            self._sets[row.id] = known
            if row.available and entry.loan is None:
                self._free.add(row.id)

    # --- The queue
    def _push(self, at: dt.datetime, action: Action) -> None:
        self._order += 1
        heapq.heappush(self._queue, _Step(at, self._order, action))

    def _run(self, until: dt.datetime) -> int:
        """Every step due by ``until``, in time order; returns how many loans were made."""
        made = 0
        last = self._now - LEFT_UNDONE
        while self._queue and self._queue[0].at <= until:
            step = heapq.heappop(self._queue)
            if step.at > last:
                continue  # left for the counter: the keys stay out
            self._demo.at(step.at)
            made += step.action()
        return made

    def _plan(self, day: DemoDay) -> None:
        rng = self._rng
        hours = (day.end - day.opening).total_seconds() / 3600
        rate = LOANS_PER_HOUR["weekend" if day.day.weekday() >= 5 else "weekday"]
        span = int((day.end - day.opening).total_seconds())
        needs = list(NEEDS)
        weights = [NEEDS[n][0] for n in needs]
        for _ in range(int(hours * rate + rng.random())):
            moment = day.opening + dt.timedelta(seconds=rng.randrange(max(span, 1)))
            if (self._since is not None and moment <= self._since) \
                    or not OPEN_FROM <= self._clock.local(moment).time() <= OPEN_UNTIL:
                continue  # keys are lent in the counter's hours, not to the night shift
            need = rng.choices(needs, weights)[0]
            self._push(moment, lambda need=need: self._lend(need))

    # --- Lending
    def _lend(self, need: str) -> int:
        rng = self._rng
        fitting = sorted(i for i in self._free - self._reserved if need in self._sets[i].uses)
        if not fitting:
            return 0
        known = self._sets[rng.choice(fitting)]
        now = self._clock.now()
        usual, expected = NEEDS[need][1], NEEDS[need][2]
        data = (self._entrusted_loan(known, now) if need == ENTRUSTED
                else self._desk_loan(known, LoanPurpose(need)))
        loan = self._keys.issue(IssueInput(**data, key_set_id=known.row.id,
                                           expected_back=now + expected * MINUTE))
        self._free.discard(known.row.id)
        back = self._working(now + rng.randint(*usual) * MINUTE)
        if rng.random() < 0.06:  # kept overnight
            back = self._next_morning(back)
        if loan.keys_out >= 2 and rng.random() < 0.08:  # brought back in two parts
            part = rng.randint(1, loan.keys_out - 1)
            self._push(back, self._returner(loan.id, known.row.id, part,
                                            "其余钥匙明天交回"))
            back = self._next_morning(back)
        self._push(back, self._returner(loan.id, known.row.id))
        return 1

    def _desk_loan(self, known: _Set, purpose: LoanPurpose) -> dict[str, object]:
        """A loan on the management's authority: an agent, staff, a contractor, a tenant."""
        rng, row = self._rng, known.row
        data: dict[str, object] = {"purpose": purpose, "authorised_by": AUTHORISERS[purpose]}
        if purpose is P.VIEWING:
            agent = rng.choice(self._agents)
            data.update(self._person(agent))
            if row.key_count >= 2 and rng.random() < 0.5:
                data["keys_out"] = 1
        elif purpose is P.OTHER and self._tenants and rng.random() < 0.6 \
                and row.unit_label not in ("物业办公室备用钥匙", "大堂伸缩门"):
            tenant = rng.choice(self._tenants)
            data.update(borrower_name=tenant.occupant, phone=tenant.phones.split(",")[0]
                        .strip() or mobile(rng), id_number=resident_id(rng),
                        company=tenant.company)
        elif purpose is P.REPAIR and rng.random() < 0.4:
            data.update(borrower_name=name(rng), phone=mobile(rng), id_number=resident_id(rng),
                        company=contractor_company(row.unit_label))
        else:
            department = {P.CLEANING: "保洁部", P.INSPECTION: rng.choice(("安保部", "工程部"))
                          }.get(purpose, "工程部")
            data.update(borrower_name=rng.choice(STAFF[department]), staff=True,
                        company=department)
        if purpose is P.OTHER:
            data["purpose_note"] = OTHER_NOTES.get(row.unit_label, "临时用房")
        return data

    def _entrusted_loan(self, known: _Set, now: dt.datetime) -> dict[str, object]:
        """Someone on the owner's list; now and then someone else, on the owner's consent."""
        rng = self._rng
        today = self._clock.local(now).date()
        listed = [p for p in known.listed if p.valid_on(today)]
        if listed and rng.random() < 0.88:
            person = rng.choice(listed)
            purpose, note = LISTED_PURPOSE.get(person.relation, (P.OTHER, "替业主取物品"))
            return {"borrower_name": person.name, "phone": person.phone,
                    "id_number": person.id_number or resident_id(rng),
                    "company": rng.choice(("链家地产", "中原地产")) if purpose is P.VIEWING
                    else "", "purpose": purpose, "purpose_note": note}
        return self._consented(known.owner, now)

    def _consented(self, owner: str, now: dt.datetime) -> dict[str, object]:
        rng = self._rng
        repair = rng.random() < 0.5
        return {"borrower_name": name(rng), "phone": mobile(rng), "id_number": resident_id(rng),
                "company": "" if not repair else "万家维修",
                "purpose": P.REPAIR if repair else P.OTHER,
                "purpose_note": "业主请来修水管" if repair else "帮业主取文件",
                "consent": OwnerConsent(owner or "业主", rng.choice(
                    (ConsentHow.PHONE, ConsentHow.MESSAGE)), now - rng.randint(5, 20) * MINUTE)}

    @staticmethod
    def _person(who: Borrower) -> dict[str, object]:
        return {"borrower_name": who.name, "phone": who.phone, "id_number": who.id_number,
                "company": who.company}

    def _returner(self, loan_id: int, set_id: int, keys: int | None = None,
                  note: str = "") -> Action:
        def bring_back() -> int:
            rng = self._rng
            returned = self._keys.return_loan(
                loan_id, keys, condition_note=note or (
                    rng.choice(CONDITION_NOTES) if rng.random() < 0.1 else ""),
                returned_by=f"同事{name(rng)}代还" if rng.random() < 0.08 else "")
            if not returned.open:
                self._free.add(set_id)
            return 0
        return bring_back

    # --- Times
    def _on(self, days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
        day = self._clock.local(self._now).date() - dt.timedelta(days=days_ago)
        return self._clock.at_local(day, hour, minute)

    def _working(self, moment: dt.datetime) -> dt.datetime:
        """``moment``, or the next morning when the counter has closed."""
        local = self._clock.local(moment)
        if local.time() > BACK_UNTIL:
            return self._next_morning(moment)
        if local.time() < OPEN_FROM:
            return self._clock.at_local(local.date(), 9, self._rng.randint(0, 40))
        return moment

    def _next_morning(self, moment: dt.datetime) -> dt.datetime:
        day = self._clock.local(moment).date() + dt.timedelta(days=1)
        return self._clock.at_local(day, 9, self._rng.randint(0, 50))

    # --- The featured stories (first load)
    def _feature(self) -> None:
        for at, action in stories(self._keys, self._roles, self._on, self._now,
                                  random.Random(self._demo.seed + 6)):
            self._push(at, action)


KEYS = DemoModule("key loans", KeysDemo)
