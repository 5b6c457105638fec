"""Realistic Chinese demo data, so a newcomer sees a working counter at once.

Everything goes through the same services as real work (validation, screening, numbers),
with a clock walked through the past days. Each workspace adds one module to
:func:`demo_modules`; the building's directory is shared by all of them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from deskapp.domain.clock import Clock
from deskapp.domain.datafile import holds_records
from deskapp.domain.directory import HostOption
from deskapp.domain.errors import DomainError
from deskapp.domain.operators import Operator
from deskapp.i18n import translate
from deskapp.progress import Cancelled, Progress
from deskapp.usecases.demos.accounts import DEMO_OPERATORS, add_demo_operators
from deskapp.usecases.demos.directory import load_directory

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain, Services

class DemoRefused(DomainError):
    """The file holds the counter's real records: demo data would mix with them."""


@dataclass
class WalkingClock:
    """A clock the demo moves through the past days."""

    value: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.value


@dataclass(frozen=True)
class DemoDay:
    """One day of demo data: when the counter opened and until when records are made."""

    day: dt.date
    days_ago: int
    opening: dt.datetime
    end: dt.datetime


@dataclass
class DemoContext:
    """What a workspace's demo module works with."""

    domain: Domain  # on the walking clock
    walker: WalkingClock
    rng: random.Random
    real_now: dt.datetime
    hosts: list[HostOption]
    seed: int

    def at(self, moment: dt.datetime) -> None:
        """Move the demo's clock to ``moment``."""
        self.walker.value = moment

    def moments(self, day: DemoDay, low: int, high: int) -> list[dt.datetime]:
        """Between ``low`` and ``high`` random instants of the day's opening hours, in order."""
        span = int((day.end - day.opening).total_seconds())
        return sorted(day.opening + dt.timedelta(seconds=self.rng.randrange(0, span))
                      for _ in range(self.rng.randint(low, high)))


class WorkspaceDemo(Protocol):
    """A workspace's demo data, made day by day."""

    def day(self, demo: DemoContext, day: DemoDay) -> int:
        """Make the records of ``day``; returns how many."""

    def finish(self, demo: DemoContext) -> None:
        """What is made once, after the days (lists, regulars)."""


@dataclass(frozen=True)
class DemoModule:
    """One entry of the demo registry: what its records are called, and the demo's factory."""

    name: str
    factory: Callable[[DemoContext], WorkspaceDemo]


def demo_modules() -> tuple[DemoModule, ...]:
    """Every workspace's demo, in the order they are made."""
    from deskapp.usecases.demos.calls import CALLS
    from deskapp.usecases.demos.fees import FEES
    from deskapp.usecases.demos.handover import HANDOVER_DEMO
    from deskapp.usecases.demos.keys import KEYS
    from deskapp.usecases.demos.lost_property import LOST_PROPERTY
    from deskapp.usecases.demos.notices import NOTICES_DEMO
    from deskapp.usecases.demos.parcels import PARCELS
    from deskapp.usecases.demos.release_passes import RELEASE_PASSES
    from deskapp.usecases.demos.requests import REQUESTS
    from deskapp.usecases.demos.visitors import VISITORS

    # Requests come after calls: some of the day's calls are taken as requests.
    # Fees before the release passes: a pass for a unit in arrears needs a supervisor.
    # The handover last: a day's note offers what the other workspaces left open.
    return (VISITORS, CALLS, REQUESTS, KEYS, FEES, PARCELS, RELEASE_PASSES, LOST_PROPERTY,
            NOTICES_DEMO, HANDOVER_DEMO)


def holds_real_records(domain: Domain) -> bool:
    """Whether the file has records that are not demo data."""
    return not domain.settings.load().demo and holds_records(domain.engine)


def demo_days(clock: Clock, days: int, real_now: dt.datetime) -> Iterator[DemoDay]:
    """The opening hours of the last ``days`` days, today included (up to now)."""
    today = clock.today()
    for back in range(days - 1, -1, -1):
        day = today - dt.timedelta(days=back)
        opening = clock.at_local(day, 8, 50)
        end = min(clock.at_local(day, 17, 30), real_now)
        if back == 0 and end - opening < dt.timedelta(hours=3):
            # Before or just after opening: today still gets a morning's worth of records.
            opening = max(clock.at_local(day, 0, 0), real_now - dt.timedelta(hours=5))
            end = real_now - dt.timedelta(minutes=5)
        if end > opening:
            yield DemoDay(day, back, opening, end)


def load_demo(services: Services, *, days: int = 14, seed: int = 7, force: bool = False,
              progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> dict[str, int]:
    """Fill the file with demo data over the last ``days`` days, today included.

    A file without records becomes a demo file (marked, with a made-up organisation). A
    file with the counter's real records is refused unless ``force``; even then its
    settings are left alone, so made-up names never print on its documents. Loading twice
    adds records but never a second copy of the lists and regulars.

    ``progress(done_days, days)`` is called before each day; ``cancelled()`` is checked
    between days (what was added so far stays: it is demo data). Returns how many records
    of each kind were added ("directory entries", "visits" …).

    Raises:
        DemoRefused: real records and no ``force``.
    """
    # Made-up records are written as a command would write them: by no role (the practice
    # file is the newcomer's own), signed by the operator on duty or a practice one.
    practice = Operator(services.operator.name or DEMO_OPERATORS[0][0], services.operator.desk)
    domain = services.with_clock(services.clock, practice)
    if holds_real_records(domain):
        if not force:
            raise DemoRefused(translate(
                "Demo", "This data file holds real records, and demo data would mix with "
                "them. Try deskapp on a file of its own instead."))
    else:
        current = domain.settings.load()
        domain.settings.save(replace(
            current, demo=True, welcomed=True,
            org_name=current.org_name or "星河国际大厦物业服务中心",
            org_address=current.org_address or "深圳市南山区科技园星河路 88 号",
            org_phone=current.org_phone or "0755-86001234"))
        add_demo_operators(domain.accounts)
    rng = random.Random(seed)
    real_now = services.clock.now()
    walker = WalkingClock(real_now)
    counts = {"directory entries": load_directory(domain.directory, rng)}
    demo = DemoContext(services.with_clock(Clock(walker, tz=services.clock.tz), practice),
                       walker, rng, real_now, domain.directory.host_options(), seed)
    parts = [(module.name, module.factory(demo)) for module in demo_modules()]
    for name, _part in parts:
        counts[name] = 0
    for done, day in enumerate(demo_days(services.clock, days, real_now)):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(done, days)
        for name, part in parts:
            counts[name] += part.day(demo, day)
    demo.at(real_now)
    for _name, part in parts:
        part.finish(demo)
    return counts
