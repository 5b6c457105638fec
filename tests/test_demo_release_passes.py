"""The release passes' demo: passes over the demo days, most with the guard's copy back,
two never back, one for a unit in arrears let out with the supervisor's approval, one
voided; loaded again later it goes on from the last pass."""

from __future__ import annotations

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.checks import FIRST_DAY
from deskapp.domain.services.release_pass_records import PassQuery
from deskapp.domain.services.release_pass_rows import ReleasePassRow
from deskapp.usecases.demo import load_demo


def every_pass(services: Services) -> list[ReleasePassRow]:
    passes, today = services.release_passes, services.clock.today()
    query = PassQuery(FIRST_DAY, today, descending=False)
    rows: list[ReleasePassRow] = []
    while page := passes.page(query, passes.cursor_after(rows[-1]) if rows else None, 500):
        rows += page
    return rows


@pytest.mark.both_backends
def test_the_demo_writes_passes_most_back_two_missing_one_approved_one_void(
        services: Services, now) -> None:
    counts = load_demo(services, days=4)
    rows = every_pass(services)
    today = services.clock.today()
    assert counts["release passes"] == len(rows) >= 6
    # Numbered as issued, each valid on its day.
    assert [r.number for r in rows] == [f"FX2026-{n:04d}" for n in range(1, len(rows) + 1)]
    assert all(services.clock.local(r.issued_at).date() == r.valid_on for r in rows)
    [approved] = [r for r in rows if r.arrears_fen > 0]
    assert approved.approved_by == "李建国" and approved.created_by != "李建国"
    assert services.fees.ledger(approved.unit_id).arrears_fen > 0  # it owes still
    [voided] = [r for r in rows if r.voided]
    assert voided.void_reason and not voided.returned
    missing = [r for r in rows if r.past_its_day(today)]
    assert len(missing) == 2
    back = [r for r in rows if r.returned]
    assert len(back) >= len(rows) - 4
    assert all(r.guard_copy_back_at > r.issued_at for r in back)
    assert all(r.goods and r.carrier_id_number and r.authorised_by for r in rows)
    assert services.release_passes.count(PassQuery(today, today)).past_their_day == 2


def test_loading_the_demo_again_goes_on_from_the_last_pass(services: Services, now) -> None:
    load_demo(services, days=2)
    before = every_pass(services)
    now.advance(hours=3)
    counts = load_demo(services, days=2)
    after = every_pass(services)
    assert [r.id for r in after[:len(before)]] == [r.id for r in before]
    assert counts["release passes"] == len(after) - len(before)
    assert len([r for r in after if r.arrears_fen > 0]) == 1  # featured once
    assert len([r for r in after if r.voided]) == 1
    # The earlier load's passes of its day came back; the featured missing ones did not.
    today = services.clock.today()
    assert len([r for r in after if r.past_its_day(today)]) == 2  # both of yesterday's
    assert [r.issued_at for r in after] == sorted(r.issued_at for r in after)


def test_later_days_keep_loading(services: Services, now) -> None:
    for _day in range(3):
        load_demo(services, days=1)
        now.advance(days=1)
    rows = every_pass(services)
    assert [r.number for r in rows] == [f"FX2026-{n:04d}" for n in range(1, len(rows) + 1)]
