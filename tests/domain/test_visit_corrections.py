"""Correcting a saved visit: the values before stay as its history, the search follows the
new values, someone else's or an earlier day's visit needs a supervisor."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import AuditEntry
from deskapp.domain.directory import DepartmentRow
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.operators import ApprovalNeeded
from deskapp.domain.roles import Action
from deskapp.domain.visitors import HostRef, VisitInput, VisitQuery
from tests.domain.test_operators import staffed


def test_a_typo_is_corrected_and_the_old_value_kept(services: Services, now) -> None:
    dept = services.directory.save_department(DepartmentRow(None, "工程部", "8002"))
    visit = services.visitors.check_in(VisitInput(name="张山", phone="13800138000",
                                                  host=HostRef("someone")))
    now.advance(minutes=5)
    fixed = services.visitors.correct(visit.id, {"name": " 张三 ", "host": "工程部"},
                                      "名字写错，被访部门记错")
    assert (fixed.name, fixed.host_label, fixed.host_department_id) == ("张三", "工程部",
                                                                        dept.id)
    assert fixed.corrections == 2
    history = services.visitors.corrections_of(visit.id)
    assert [(c.field, c.before, c.after, c.reason) for c in history] == [
        ("name", "张山", "张三", "名字写错，被访部门记错"),
        ("host", "someone", "工程部", "名字写错，被访部门记错")]
    assert history[0].label == "Name" and history[0].at == now.value
    # The search finds the new name and no longer the misspelt one.
    today = services.clock.today()
    assert [r.id for r in services.visitors.page(VisitQuery(today, today, "张三"))] == [visit.id]
    assert services.visitors.page(VisitQuery(today, today, "张山")) == []
    with Session(services.engine) as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "correct",
                                                      AuditEntry.record_kind == "visit")).one()
    assert json.loads(entry.changes)["host_label"] == ["someone", "工程部"]


def test_a_correction_is_checked_as_at_check_in(services: Services) -> None:
    visit = services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    with pytest.raises(ValidationError) as bad:
        services.visitors.correct(visit.id, {"phone": "12345", "name": ""}, "typo")
    assert set(bad.value.errors) == {"phone", "name"}
    with pytest.raises(ValidationError) as no_reason:
        services.visitors.correct(visit.id, {"name": "张四"}, " ")
    assert set(no_reason.value.errors) == {"reason"}
    with pytest.raises(ValidationError) as same:
        services.visitors.correct(visit.id, {"name": "张三"}, "no change")
    assert "Nothing was changed" in same.value.errors["changes"]
    with pytest.raises(ValidationError) as wrong_field:
        services.visitors.correct(visit.id, {"time_in": "09:00"}, "earlier")
    assert "changes" in wrong_field.value.errors
    assert services.visitors.corrections_of(visit.id) == []


def test_own_visit_today_is_corrected_freely_others_need_a_supervisor(
        services: Services, now) -> None:
    staffed(services)  # 王芳, a receptionist, on duty
    own = services.visitors.check_in(VisitInput(name="张山", host=HostRef("x")))
    services.visitors.correct(own.id, {"name": "张三"}, "typo")
    now.advance(days=1)
    with pytest.raises(ApprovalNeeded) as asked:
        services.visitors.correct(own.id, {"company": "华为"}, "补记单位")
    assert asked.value.action is Action.CORRECT_RECORD
    approval = services.accounts.approve("李主管", "8888", Action.CORRECT_RECORD)
    fixed = services.visitors.correct(own.id, {"company": "华为"}, "补记单位", approval)
    assert [c.approved_by for c in services.visitors.corrections_of(fixed.id)] == ["", "李主管"]


def test_a_voided_visit_is_not_corrected(services: Services) -> None:
    visit = services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    services.visitors.void(visit.id, "重复登记")
    with pytest.raises(DomainError):
        services.visitors.correct(visit.id, {"name": "张四"}, "typo")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(
    st.sampled_from(["name", "phone", "company", "party_size", "plate", "note", "bogus"]),
    st.one_of(st.text(max_size=30), st.integers(-5, 80), st.none(), st.floats())))
def test_any_correction_is_saved_whole_or_refused(services: Services, changes) -> None:
    visit = services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    before = services.visitors.visit(visit.id)
    try:
        services.visitors.correct(visit.id, changes, "check")
    except ValidationError:
        assert services.visitors.visit(visit.id) == before  # nothing half-way
        return
    history = services.visitors.corrections_of(visit.id)
    assert history and {c.field for c in history} <= set(changes)


def test_a_corrected_name_is_screened_and_the_visitor_record_follows(services: Services) -> None:
    from deskapp.db.models import AlertEvent
    from deskapp.domain.screening import DenyListHit, WatchListHit

    visit = services.visitors.check_in(VisitInput(name="张山", phone="13800138000",
                                                  host=HostRef("x")))
    services.visitors.correct(visit.id, {"name": "张三"}, "名字写错")
    # The returning visitor is found under the corrected name.
    assert services.visitors.find_returning(phone="13800138000").name == "张三"
    services.screening.add_watch(name="李四", phone="13900001111", source="协查通报")
    with pytest.raises(WatchListHit):
        services.visitors.correct(visit.id, {"name": "李四", "phone": "13900001111"}, "x")
    with Session(services.engine) as session:
        assert [e.outcome for e in session.exec(select(AlertEvent))] == ["stopped"]
    assert services.visitors.visit(visit.id).name == "张三"  # not corrected
    services.screening.add_deny(name="推销员", phone="13700002222")
    with pytest.raises(DenyListHit):
        services.visitors.correct(visit.id, {"phone": "13700002222"}, "x")


def test_a_party_from_a_booking_marks_it_arrived(services: Services, now) -> None:
    import datetime as dt

    from deskapp.domain.visitors.expected import ExpectedInput, ExpectedState

    booked = services.expected.add(ExpectedInput(
        name="王师傅", expected_at=now.value + dt.timedelta(minutes=30), host=HostRef("x")))
    party = services.visitors.check_in_group([
        VisitInput(name="王师傅", host=HostRef("x"), expected_id=booked.id),
        VisitInput(name="小李")])
    [row] = services.expected.for_day(services.clock.today())
    assert (row.state, row.visit_id) == (ExpectedState.ARRIVED, party[0].id)


def test_a_host_answer_on_a_voided_or_replaced_visit_is_refused(services: Services) -> None:
    from deskapp.domain.records import HostResponse

    visit = services.visitors.check_in(VisitInput(name="张三", phone="13800138000",
                                                  host=HostRef("x")))
    services.visitors.record_host_response(visit.id, HostResponse.DECLINED, message="在开会")
    again = services.visitors.check_in(VisitInput(name="张三", phone="13800138000",
                                                  host=HostRef("x")))
    with pytest.raises(DomainError, match=again.pass_no):
        services.visitors.record_host_response(visit.id, HostResponse.RECEIVED)
    services.visitors.void(again.id, "重复")
    with pytest.raises(DomainError, match="voided"):
        services.visitors.record_host_response(again.id, HostResponse.RECEIVED)
    # With the second visit voided, the first may be received after all (and it says so).
    services.visitors.record_host_response(visit.id, HostResponse.RECEIVED)
    assert [kind for _at, kind, _by in services.visitors.events(visit.id)][-1] == \
        "check_out_undone"
    assert services.visitors.on_site_count() == (1, 1)
