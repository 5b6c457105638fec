"""A party checked in together: a visit and pass each, all or none, out together or not."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import AlertEvent, Visit
from deskapp.domain.errors import ValidationError
from deskapp.domain.screening import DenyListHit, WatchListHit
from deskapp.domain.visitors import HostRef, VisitInput

GOOD_ID = "11010519491231002X"


def crew(*names: str, **leader) -> list[VisitInput]:
    first = VisitInput(name=names[0], company="顺丰", host=HostRef("1203"), plate="沪A12345",
                       **leader)
    return [first, *(VisitInput(name=n) for n in names[1:])]


def test_a_party_gets_a_pass_each_and_the_leaders_details(services: Services) -> None:
    party = services.visitors.check_in_group(crew("王师傅", "小李", "小张"))
    assert [v.pass_no for v in party] == ["V261123-0001", "V261123-0002", "V261123-0003"]
    assert {v.group_id for v in party} == {party[0].id}
    assert all(v.company == "顺丰" and v.host_label == "1203" and v.party_size == 1
               for v in party)
    assert [v.name for v in services.visitors.party(party[0].id)] == ["王师傅", "小李", "小张"]
    assert services.visitors.on_site_count() == (3, 3)


def test_a_party_leaves_together_or_one_by_one(services: Services, now) -> None:
    party = services.visitors.check_in_group(crew("王师傅", "小李", "小张"))
    services.visitors.check_out(party[1].id)  # one leaves early
    now.advance(minutes=30)
    left = services.visitors.check_out_party(party[0].id)
    assert [v.name for v in left] == ["王师傅", "小张"]
    assert all(v.time_out == now.value for v in left)
    assert services.visitors.on_site_count() == (0, 0)
    assert services.visitors.check_out_party(party[0].id) == []


def test_a_bad_member_is_named_and_nobody_is_saved(services: Services) -> None:
    members = crew("王师傅", "", "小张")
    members[2] = VisitInput(name="小张", phone="12345")
    with pytest.raises(ValidationError) as bad:
        services.visitors.check_in_group(members)
    assert set(bad.value.errors) == {"members.1.name", "members.2.phone"}
    with pytest.raises(ValidationError) as alone:
        services.visitors.check_in_group(crew("王师傅"))
    assert "members" in alone.value.errors
    with Session(services.engine) as session:
        assert session.exec(select(Visit)).all() == []


def test_each_member_is_screened_and_a_match_stops_the_party(services: Services) -> None:
    services.screening.add_watch(name="小李", id_number=GOOD_ID, source="协查通报")
    members = crew("王师傅", "小李")
    members[1] = VisitInput(name="小李", id_number=GOOD_ID)
    with pytest.raises(WatchListHit):
        services.visitors.check_in_group(members)
    with Session(services.engine) as session:
        assert session.exec(select(Visit)).all() == []  # the leader was not saved either
        assert [e.outcome for e in session.exec(select(AlertEvent))] == ["stopped"]
    services.screening.add_deny(name="小张", phone="13800138000")
    members = crew("王师傅", "小张")
    members[1] = VisitInput(name="小张", phone="13800138000")
    with pytest.raises(DenyListHit):
        services.visitors.check_in_group(members)
    party = services.visitors.check_in_group(members, deny_override_reason="经理同意")
    assert "deny_override" in party[1].flags and "deny_override" not in party[0].flags


def test_an_expected_visitor_arrives_once(services: Services, now) -> None:
    import datetime as dt

    from deskapp.domain.visitors.expected import ExpectedInput, ExpectedState, NotWaiting

    booked = services.expected.add(ExpectedInput(
        name="赵总", expected_at=now.value + dt.timedelta(minutes=30), host=HostRef("1203")))
    visit = services.visitors.check_in(VisitInput(name="赵总", host=HostRef("1203"),
                                                  expected_id=booked.id))
    [row] = services.expected.for_day(services.clock.today())
    assert (row.state, row.visit_id) == (ExpectedState.ARRIVED, visit.id)
    with pytest.raises(NotWaiting):  # the same booking at a second counter
        services.visitors.check_in(VisitInput(name="赵总", host=HostRef("1203"),
                                              expected_id=booked.id,
                                              again_while_on_site=True))
    assert services.visitors.on_site_count() == (1, 1)  # the refused check-in saved nothing


def test_a_declined_visit_with_a_new_time_is_expected_then(services: Services, now) -> None:
    import datetime as dt

    from deskapp.domain.records import HostResponse
    from deskapp.domain.visitors.expected import ExpectedState

    visit = services.visitors.check_in(VisitInput(name="钱经理", phone="13800138000",
                                                  host=HostRef("1203")))
    tomorrow = now.value + dt.timedelta(days=1)
    services.visitors.record_host_response(visit.id, HostResponse.DECLINED,
                                           appointment_at=tomorrow)
    [row] = services.expected.for_day(services.clock.local(tomorrow).date())
    assert (row.name, row.phone, row.from_visit_id, row.state) == (
        "钱经理", "13800138000", visit.id, ExpectedState.WAITING)
    with pytest.raises(ValidationError) as far:
        services.visitors.record_host_response(visit.id, HostResponse.DECLINED,
                                               appointment_at=now.value + dt.timedelta(days=400))
    assert "appointment_at" in far.value.errors
    # The host calls back and receives them after all: the new appointment is off.
    services.visitors.record_host_response(visit.id, HostResponse.RECEIVED)
    [row] = services.expected.for_day(services.clock.local(tomorrow).date())
    assert row.state is ExpectedState.CANCELLED
    assert row.cancel_reason == "The host received the visitor after all."


def test_a_voided_visit_cannot_be_put_back_on_site(services: Services) -> None:
    from deskapp.domain.errors import DomainError

    visit = services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    services.visitors.void(visit.id, "重复登记")
    with pytest.raises(DomainError, match="voided"):
        services.visitors.undo_check_out(visit.id)
    assert services.visitors.on_site_count() == (0, 0)
