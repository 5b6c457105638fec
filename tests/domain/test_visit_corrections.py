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
