"""The demo's lost property and notices: items found day by day, most claimed, one due for
the police and one handed over; notices from the templates, one withdrawn — made once, not
again on a later load."""

from __future__ import annotations

import datetime as dt

from deskapp.bootstrap import Services
from deskapp.domain.checks import FIRST_DAY
from deskapp.domain.services.lost_property_records import FoundFilter, FoundQuery, FoundState
from deskapp.domain.services.notices import NoticeFilter, NoticeQuery
from deskapp.usecases.demo import load_demo


def every_item(services: Services) -> list:  # type: ignore[type-arg]
    today = services.clock.today()
    return services.lost_property.page(FoundQuery(FIRST_DAY, today, only=FoundFilter.ALL),
                                       limit=1000)


def test_the_demo_finds_items_and_posts_notices(services: Services, now) -> None:
    counts = load_demo(services, days=7)
    items = every_item(services)
    assert counts["found items"] == len(items) >= 5
    states = {item.state for item in items}
    assert states == set(FoundState)
    lost = services.lost_property
    assert len(lost.due_for_police()) == 1
    [police] = [i for i in items if i.state is FoundState.TO_POLICE]
    assert police.police_station and police.police_officer == "李警官"
    assert police.handed_over_at - police.found_at >= dt.timedelta(days=30)
    assert all(i.recorded_by != i.witnessed_by and i.witnessed_by for i in items)
    claimed = [i for i in items if i.state is FoundState.CLAIMED]
    assert all(i.claimant_id_number and i.claim_description and i.handed_over_at > i.found_at
               for i in claimed)
    # Numbered in the order they were found.
    ordered = sorted(items, key=lambda i: i.found_at)
    assert [i.number for i in ordered] == sorted(i.number for i in items)
    today = services.clock.today()
    notices = services.notices.page(NoticeQuery(FIRST_DAY, today, only=NoticeFilter.ALL))
    assert counts["notices"] == len(notices) == 6
    assert len([n for n in notices if n.withdrawn]) == 1
    assert {n.language.value for n in notices} == {"zh_CN", "en"}
    assert all("【" not in n.body and "[" not in n.body for n in notices)
    now.advance(days=1)
    again = load_demo(services, days=1)
    assert again["notices"] == 0 and len(lost.due_for_police()) >= 1
    assert len([i for i in every_item(services) if i.state is FoundState.TO_POLICE]) == 1
