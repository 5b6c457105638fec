"""Two counters at once, as real processes on one database (a SQLite file, or PostgreSQL).

Each counter checks in 2,000 visitors while the other does the same; every pass number
must be handed out exactly once, without a gap, and every record must name its counter.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict

from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import Visit
from processes import Worker

# The figure; DESKAPP_TWO_COUNTERS_VISITS lowers it for a quick local run.
VISITS = int(os.environ.get("DESKAPP_TWO_COUNTERS_VISITS", "2000"))
PASS = re.compile(r"V(\d{6})-(\d{4,})")


def test_two_counters_checking_in_at_once_never_repeat_or_skip_a_pass_number(
        services: Services) -> None:
    where = services.location.value
    lobby = Worker(where, "大堂访客", desk="Lobby")
    centre = Worker(where, "中心访客", desk="Service centre")
    try:
        lobby.send(f"checkin {VISITS}")
        centre.send(f"checkin {VISITS}")
        lobby.wait_for("done", timeout=1200)
        centre.wait_for("done", timeout=1200)
    finally:
        for worker in (lobby, centre):
            if worker.proc.poll() is None:
                worker.quit()
    assert lobby.errors() == [] and centre.errors() == []
    said = {**lobby.saved(), **centre.saved()}
    assert len(lobby.saved()) == len(centre.saved()) == VISITS
    assert len(said) == 2 * VISITS  # no id reported twice

    with Session(services.engine) as session:
        stored = session.exec(select(Visit.id, Visit.pass_no, Visit.desk)).all()
    assert {row.id: row.pass_no for row in stored} == said  # what each counter saw committed
    assert Counter(row.desk for row in stored) == {"Lobby": VISITS, "Service centre": VISITS}

    numbers: dict[str, list[int]] = defaultdict(list)
    for row in stored:
        match = PASS.fullmatch(row.pass_no)
        assert match, row.pass_no
        numbers[match[1]].append(int(match[2]))
    for day, taken in numbers.items():  # a run across midnight starts a new day's series
        assert sorted(taken) == list(range(1, len(taken) + 1)), day


def test_two_counters_taking_requests_at_once_never_repeat_or_skip_a_number(
        services: Services) -> None:
    """The yearly request numbers, taken from two counters at once, also on PostgreSQL."""
    from deskapp.db.models import Request, RequestEvent

    where = services.location.value
    wanted = max(50, VISITS // 10)
    lobby = Worker(where, "大堂", desk="Lobby")
    centre = Worker(where, "中心", desk="Service centre")
    try:
        lobby.send(f"requests {wanted}")
        centre.send(f"requests {wanted}")
        lobby.wait_for("done", timeout=1200)
        centre.wait_for("done", timeout=1200)
    finally:
        for worker in (lobby, centre):
            if worker.proc.poll() is None:
                worker.quit()
    assert lobby.errors() == [] and centre.errors() == []
    said = {int(line.split()[1]): line.split()[2] for worker in (lobby, centre)
            for line in worker.lines if line.startswith("request ")}
    with Session(services.engine) as session:
        stored = {r.id: r.number for r in session.exec(select(Request))}
        events = session.exec(select(RequestEvent.request_id, RequestEvent.kind)).all()
    assert stored == said and len(stored) == 2 * wanted
    serials = sorted(int(number.rsplit("-", 1)[1]) for number in stored.values())
    assert serials == list(range(1, 2 * wanted + 1))
    assert Counter(kind for _id, kind in events) == {"registered": 2 * wanted,
                                                     "resolved": 2 * wanted}
