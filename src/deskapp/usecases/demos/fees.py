"""Fee collection's demo: a year of it, whatever the demo's days.

The supervisor sets the rate schedule up ten days before the first bill run; then month by
month the meters are read on the 18th (the reader's sheet imported the next morning), the
bill run made on the 20th, and each unit pays its way (:func:`.fee_setup.habit`: most
before the 25th, some days or weeks late, a few a month later with the next bill; part
payments, the management fee paid alone, round transfers kept as credit and spent on the
next bill; cash with change, WeChat, Alipay, bank transfers, cards, cash and WeChat
mixed). Day by day business services are sold, access-card deposits taken, receipts
exchanged for invoices early in the next month, and each cashier's day handed over at
closing — today's is left open. The featured stories (:mod:`.fee_stories`) add the
debtors, their notices and calls, deposits refunded, a waiver and a voided receipt.

A year of bills for the units of floors 2 and 3, the last three months for every occupied
unit: a year for the whole building would take three times as long to load, every payment
being a real transaction with its receipt number.

Every step waits in a queue by its moment and runs on the walking clock through fee
collection's own methods, in time order; a step closer to now than two minutes is left
undone. A later load goes on from its last receipt: the steps after it (catching up on the
days between loads), nothing before, no second rate schedule or featured stories.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService, UnitRow
from deskapp.domain.errors import DomainError
from deskapp.usecases.demo import DemoContext, DemoDay, DemoModule
from deskapp.usecases.demos.directory import demo_area_dm2
from deskapp.usecases.demos.fee_desk import FeeDesk
from deskapp.usecases.demos.fee_setup import MANAGEMENT, habit, keyed
from deskapp.usecases.demos.fee_stories import FeeStories, month_back

HISTORY_MONTHS = 12  # bill runs, this month's included
ALL_MONTHS = 3  # the last bill runs for every occupied unit; before, YEAR_FLOORS' only
YEAR_FLOORS = ("2", "3")
ITEMS_BEFORE = dt.timedelta(days=10)
METER_CHANGE_MONTHS_AGO = 4
LEFT_UNDONE = dt.timedelta(minutes=2)
READ_AT, BILL_AT = (19, 9, 40), (20, 9, 5)  # day of the month, hour, minute
CLOSING = (17, 40)
INVOICES_DAY = 5
MINUTE = dt.timedelta(minutes=1)

Work = Callable[[], int]


@dataclass(order=True)
class _Step:
    at: dt.datetime
    order: int
    work: Work = field(compare=False)


def _months(first: str, last: str) -> list[str]:
    """``YYYY-MM`` from ``first`` to ``last``."""
    found, year, month = [], int(first[:4]), int(first[5:])
    while f"{year:04d}-{month:02d}" <= last:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def _floor_of(unit: UnitRow) -> str:
    return unit.number[:-2] if unit.number.isascii() and unit.number.isdigit() else ""


def _natural(unit: UnitRow) -> tuple[int, str]:
    digits = unit.number.isascii() and unit.number.isdigit()
    return (int(unit.number) if digits else 1 << 30, unit.number)


class FeesDemo:
    """A year of bills, payments, deposits and arrears; each later load its days since."""

    def __init__(self, demo: DemoContext) -> None:
        self._demo = demo
        domain = demo.domain
        self._clock: Clock = domain.clock
        self._now = demo.real_now
        self._today = self._clock.local(self._now).date()
        self._desk = FeeDesk(domain.engine, self._clock, domain.operator.desk, demo.seed)
        # The first load sets the rate schedule up (another demo may have added an item).
        self._first_load = MANAGEMENT not in {i.name for i in domain.fees.charge_items()}
        # A file of real records (loaded with force) keeps its own fees as they are.
        self._idle = not self._first_load and not domain.settings.load().demo
        self._begun = False
        self._queue: list[_Step] = []
        self._order = 0
        self._after: dt.datetime | None = None  # a later load: its last receipt
        self._units: list[UnitRow] = []

    # --- The days
    def day(self, demo: DemoContext, day: DemoDay) -> int:
        if self._idle:
            return 0
        if not self._begun:
            self._begun = True
            self._begin(day)
        return self._run(day.end)

    def finish(self, demo: DemoContext) -> None:
        if self._begun:
            self._run(self._now)
        self._queue = []
        demo.at(self._now)

    def _run(self, until: dt.datetime) -> int:
        """Every step due by ``until``, in time order; returns how many receipts."""
        made = 0
        last = self._now - LEFT_UNDONE
        while self._queue and self._queue[0].at <= until:
            step = heapq.heappop(self._queue)
            if step.at > last or (self._after is not None and step.at <= self._after):
                continue
            self._demo.at(step.at)
            if self._first_load:
                made += step.work()
                continue
            try:  # the counter may have moved on since the last load (a day handed over)
                made += step.work()
            except DomainError:
                continue
        return made

    def _push(self, at: dt.datetime, work: Work) -> None:
        self._order += 1
        heapq.heappush(self._queue, _Step(at, self._order, work))

    # --- The plan
    def _begin(self, first: DemoDay) -> None:
        desk, domain = self._desk, self._demo.domain
        if domain.settings.load().demo:
            give_areas(domain.directory)
        units = sorted((u for u in domain.directory.units() if u.occupied), key=_natural)
        self._units = units
        year = [u for u in units if _floor_of(u) in YEAR_FLOORS]
        stories = FeeStories(desk, year, [u for u in units if u not in year], self._today,
                             later=not self._first_load)
        desk.rollover_unit = stories.rollover.number if stories.rollover else ""
        if self._first_load:
            start = month_back(self._today, HISTORY_MONTHS - 1)
            self._demo.at(self._at(start, *BILL_AT) - ITEMS_BEFORE)
            desk.set_up_items()  # as the supervisor, before the first bill run
            if stories.meter_changed is not None:
                desk.meter_change = (stories.meter_changed.number,
                                     month_back(self._today, METER_CHANGE_MONTHS_AGO))
            first_day = dt.date(int(start[:4]), int(start[5:]), BILL_AT[0])
            for at, work in stories.steps():
                self._push(at, work)
        else:
            desk.set_up_items()  # those the file lacks, by name
            newest = desk.front.receipts(limit=1)
            self._after = newest[0].issued_at if newest else first.opening
            first_day = self._clock.local(self._after).date()
            desk.worked.add(first_day)  # the earlier load's last day, left open
            start = month_back(first_day, 2)  # late payers of the months before
        all_from = month_back(self._today, ALL_MONTHS - 1)
        for period in _months(start, month_back(self._today, 0)):
            billed = units if period >= all_from else year
            self._plan_month(period, billed, None if period >= all_from else year, stories)
        for offset in range((self._today - first_day).days + 1):
            day = first_day + dt.timedelta(days=offset)
            self._plan_day(day, busy=day.strftime("%Y-%m") >= all_from,
                           short=self._first_load and day == stories.short_day)

    def _plan_month(self, period: str, billed: list[UnitRow], only: list[UnitRow] | None,
                    stories: FeeStories) -> None:
        desk = self._desk
        self._push(self._at(period, *READ_AT), lambda: desk.read_meters(period, billed))
        ids = None if only is None else [u.id or 0 for u in only]
        bill_at = self._at(period, *BILL_AT)
        self._push(bill_at, lambda: desk.bill(period, ids))
        for unit in billed:
            how = stories.habit(unit, period) or habit(desk.seed, unit.number, period)
            if not how.pays:
                continue
            day = bill_at.date() + dt.timedelta(days=how.days_after)
            if day.weekday() >= 5 and keyed(desk.seed, "weekend", unit.number,
                                            period).random() < 0.6:
                day += dt.timedelta(days=7 - day.weekday())  # on Monday instead
            at = self._clock.at_local(day, 9, 30) + how.minute * MINUTE
            self._push(at, lambda unit=unit, how=how: desk.pay(unit, how, period))

    def _plan_day(self, day: dt.date, *, busy: bool, short: bool) -> None:
        """Sales and card deposits of ``day``, invoices early in the month, the closing."""
        desk, rng = self._desk, keyed(self._desk.seed, "day", day)
        weekend = day.weekday() >= 5
        if busy:  # copies and faxes most working days; before, now and then
            sales = rng.choices((0, 1, 2), (70, 30, 0) if weekend else (30, 40, 30))[0]
        else:
            sales = 1 if not weekend and rng.random() < 0.1 else 0
        opening = self._clock.at_local(day, 9, 0)
        for n in range(sales):
            at = opening + rng.randrange(500) * MINUTE
            self._push(at, lambda n=n: desk.sell((day, n), self._units))
        if rng.random() < 0.05:
            at = opening + rng.randrange(500) * MINUTE
            self._push(at, lambda: desk.take_cards(day, self._units))
        if day.day == INVOICES_DAY:
            last = day.replace(day=1) - dt.timedelta(days=1)
            self._push(self._clock.at_local(day, 14, 30),
                       lambda: desk.exchange_for_invoices(last.replace(day=1), last))
        if day < self._today:  # today's takings stay open: the counter is still at work
            self._push(self._clock.at_local(day, *CLOSING),
                       lambda: desk.close(day, 1000 if short else 0))

    def _at(self, period: str, day: int, hour: int, minute: int) -> dt.datetime:
        return self._clock.at_local(dt.date(int(period[:4]), int(period[5:]), day), hour,
                                    minute)


def give_areas(directory: DirectoryService) -> None:
    """The demo's floor plan for the units of a demo file made before units had areas."""
    for unit in directory.units():
        if not unit.area_dm2 and (area := demo_area_dm2(unit.number)):
            directory.save_unit(replace(unit, area_dm2=area))


FEES = DemoModule("receipts", FeesDemo)
