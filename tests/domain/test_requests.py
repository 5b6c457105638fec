"""The request log: intake, deadlines in working days, the lifecycle, revisits, the 30-day
escalation, calls taken into requests, attachments and the list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.calls.records import About, CallInput, Category
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.operators import ApprovalNeeded
from deskapp.domain.requests.deadlines import DeadlineRule
from deskapp.domain.requests.records import (
    Channel,
    DeadlineUnit,
    EventKind,
    Grounds,
    Kind,
    Nature,
    RequestFilter,
    RequestInput,
    RequestQuery,
    RevisitHow,
    RevisitInput,
    Satisfaction,
    Severity,
    State,
)
from deskapp.domain.roles import Role

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def taken(**kw) -> RequestInput:  # type: ignore[no-untyped-def]
    base = dict(content="楼道灯坏了三天没人修", complainant="张三", phone="13800138000",
                about_label="1203")
    base.update(kw)
    return RequestInput(**base)  # type: ignore[arg-type]


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=SHANGHAI)


def test_a_request_gets_a_yearly_number_and_the_deadline_its_rule_gives(
        services: Services, now) -> None:
    first = services.requests.register(taken())
    second = services.requests.register(taken(kind=Kind.REPAIR, nature=Nature.HELP_SEEKING))
    assert (first.number, second.number) == ("R2026-0001", "R2026-0002")
    assert first.state is State.REGISTERED and first.received_at == now.value
    # Monday 09:30 + 3 working days (general complaint) = Thursday 09:30.
    assert first.due_at == local(2026, 11, 26, 9, 30)
    assert second.due_at == local(2026, 11, 25, 9, 30)  # general repair: 2 working days
    [event] = services.requests.events(first.id)
    assert event.kind is EventKind.REGISTERED


def test_working_days_skip_the_spring_festival_and_count_the_weekend_worked(
        services: Services, now) -> None:
    # Friday 13 Feb 2026: Saturday 14 is worked in exchange, 15–23 are the holiday.
    now.value = local(2026, 2, 13, 10, 0)
    row = services.requests.register(taken())
    assert row.due_at == local(2026, 2, 25, 10, 0)
    days = services.calendar.days(dt.date(2026, 2, 13), dt.date(2026, 3, 2))
    assert days.between(dt.date(2026, 2, 13), dt.date(2026, 2, 24)) == 2


def test_the_administrator_marks_a_day_and_deadlines_follow(services: Services, now) -> None:
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    with pytest.raises(ApprovalNeeded):
        services.calendar.mark(dt.date(2026, 11, 24), False, "停电放假")
    services.operator.hand_over("admin", Role.ADMINISTRATOR)
    services.calendar.mark(dt.date(2026, 11, 24), False, "停电放假")
    services.calendar.mark(dt.date(2026, 11, 28), True, "调休上班")
    # Mon 23 → (Tue off) Wed 25, Thu 26, Fri 27 = 3 working days.
    assert services.requests.register(taken()).due_at == local(2026, 11, 27, 9, 30)
    entries = {e.day: e for e in services.calendar.entries(2026)}
    assert entries[dt.date(2026, 11, 24)].marked_here and not entries[
        dt.date(2026, 11, 24)].working
    assert entries[dt.date(2026, 2, 14)].working and not entries[dt.date(2026, 2, 14)].marked_here
    services.calendar.unmark(dt.date(2026, 11, 24))
    assert services.requests.register(taken()).due_at == local(2026, 11, 26, 9, 30)


def test_a_supervisor_sets_deadlines_in_hours_or_working_days(services: Services, now) -> None:
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    rule = DeadlineRule(Severity.GENERAL, Kind.REPAIR, 6, DeadlineUnit.HOURS)
    with pytest.raises(ApprovalNeeded):
        services.requests.deadlines.set_rule(rule)
    services.operator.hand_over("李主管", Role.SUPERVISOR)
    with pytest.raises(ValidationError):
        services.requests.deadlines.set_rule(DeadlineRule(Severity.GENERAL, Kind.REPAIR, 0,
                                                          DeadlineUnit.HOURS))
    services.requests.deadlines.set_rule(rule)
    row = services.requests.register(taken(kind=Kind.REPAIR))
    assert row.due_at == now.value + dt.timedelta(hours=6)


def test_severity_needs_its_grounds_and_a_major_one_its_owner_and_deadline(
        services: Services, now) -> None:
    with pytest.raises(ValidationError) as err:
        services.requests.register(taken(severity=Severity.IMPORTANT))
    assert set(err.value.errors) == {"grounds"}
    with pytest.raises(ValidationError) as err:
        services.requests.register(taken(severity=Severity.IMPORTANT,
                                         grounds=Grounds.EMERGENCY))
    assert "grounds" in err.value.errors  # emergency grounds make it major, not important
    with pytest.raises(ValidationError) as err:
        services.requests.register(taken(severity=Severity.MAJOR, grounds=Grounds.EMERGENCY))
    assert {"owner", "due_at"} <= set(err.value.errors)
    row = services.requests.register(taken(
        severity=Severity.MAJOR, grounds=Grounds.EMERGENCY, owner="陈经理",
        due_at=now.value + dt.timedelta(hours=4)))
    assert row.level.value == "manager" and row.owner == "陈经理"
    assert services.requests.register(taken()).level.value == "assistant"


def test_nothing_is_saved_without_content_or_someone_to_answer(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.requests.register(RequestInput(content=" ", channel=Channel.FORWARDED))
    assert {"content", "complainant", "forwarded_from"} <= set(err.value.errors)
    assert not services.requests.has_requests()


def test_dispatch_resolve_dissatisfied_revisit_reopens_then_a_satisfied_one_closes(
        services: Services, now) -> None:
    log = services.requests
    row = log.register(taken())
    row = log.dispatch(row.id, "工程部")
    assert row.state is State.DISPATCHED and row.department_label == "工程部"
    now.advance(hours=2)
    row = log.record_progress(row.id, "已派电工小王", handler="小王")
    assert row.state is State.IN_PROGRESS and row.handler == "小王"
    assert row.last_progress_at == now.value
    now.advance(hours=3)
    row = log.resolve(row.id, "更换灯管，已恢复照明")
    assert row.state is State.RESOLVED and row.revisit_due == dt.date(2026, 11, 26)
    with pytest.raises(ValidationError):
        log.revisit(row.id, RevisitInput(Satisfaction.DISSATISFIED))
    row = log.revisit(row.id, RevisitInput(Satisfaction.DISSATISFIED,
                                           shortcomings="二楼的灯还是不亮"))
    assert row.state is State.IN_PROGRESS and row.reopened == 1 and row.revisit_due is None
    row = log.resolve(row.id, "二楼灯也换了", rectification="每周巡查楼道照明")
    assert row.rectification == "每周巡查楼道照明"
    row = log.revisit(row.id, RevisitInput(Satisfaction.SATISFIED, how=RevisitHow.IN_PERSON,
                                           final_opinion="满意"))
    assert row.state is State.CLOSED and row.final_opinion == "满意" and row.reopened == 1
    kinds = [e.kind for e in log.events(row.id)]
    assert kinds == [EventKind.REGISTERED, EventKind.DISPATCHED, EventKind.NOTE,
                     EventKind.RESOLVED, EventKind.REVISITED, EventKind.REOPENED,
                     EventKind.RESOLVED, EventKind.REVISITED, EventKind.CLOSED]
    assert [v.satisfaction for v in log.revisits(row.id)] == [Satisfaction.DISSATISFIED,
                                                              Satisfaction.SATISFIED]
    with pytest.raises(DomainError):
        log.record_progress(row.id, "再看看")


def test_only_inquiries_and_suggestions_close_without_a_revisit(services: Services) -> None:
    log = services.requests
    complaint = log.resolve(log.register(taken()).id, "已处理")
    with pytest.raises(DomainError, match="revisited"):
        log.close(complaint.id)
    inquiry = log.resolve(log.register(taken(kind=Kind.INQUIRY, nature=Nature.INQUIRY)).id,
                          "已答复停水时间")
    assert log.close(inquiry.id, "知道了").state is State.CLOSED


def test_a_revisit_falls_due_three_days_after_resolution(services: Services, now) -> None:
    log = services.requests
    row = log.resolve(log.register(taken()).id, "已处理")
    assert log.revisits_due() == []
    now.advance(days=3)
    assert [r.id for r in log.revisits_due()] == [row.id]
    assert not row.revisit_overdue(dt.date(2026, 11, 26))
    assert row.revisit_overdue(dt.date(2026, 11, 27))
    assert log.count(RequestQuery(dt.date(2026, 11, 23), dt.date(2026, 11, 23))).revisits_due == 1


def test_a_valid_complaint_unresolved_for_30_days_becomes_major(services: Services, now) -> None:
    log = services.requests
    valid = log.register(taken())
    venting = log.register(taken(nature=Nature.VENTING))
    done = log.resolve(log.register(taken()).id, "已处理")
    now.advance(days=29, hours=23)
    assert log.escalate_overdue() == []
    now.advance(hours=1)
    [escalated] = log.escalate_overdue()
    assert escalated.id == valid.id and escalated.severity is Severity.MAJOR
    assert escalated.grounds is Grounds.UNRESOLVED_MONTH and escalated.escalated_at == now.value
    assert log.events(valid.id)[-1].kind is EventKind.ESCALATED
    assert log.escalate_overdue() == []  # once
    assert log.request(venting.id).severity is Severity.GENERAL
    assert log.request(done.id).severity is Severity.GENERAL


def test_a_paused_request_is_not_late_and_its_deadline_moves_on(services: Services, now) -> None:
    log = services.requests
    row = log.register(taken())
    due = row.due_at
    row = log.pause(row.id, "等业主回来开门")
    with pytest.raises(DomainError):
        log.pause(row.id, "again")
    now.advance(days=5)
    assert not row.overdue(now.value)
    assert log.count(RequestQuery(dt.date(2026, 11, 28), dt.date(2026, 11, 28))).overdue == 0
    row = log.resume(row.id)
    assert row.due_at == due + dt.timedelta(days=5) and not row.paused


def test_overdue_requests_come_first_in_the_review_list(services: Services, now) -> None:
    log = services.requests
    late = log.register(taken(kind=Kind.INQUIRY, nature=Nature.INQUIRY))  # 1 working day
    later = log.register(taken())
    now.advance(days=2)
    fresh = log.register(taken(kind=Kind.REPAIR))
    review = log.review_list()
    assert [r.id for r in review] == [late.id, later.id, fresh.id]
    assert review[0].overdue(now.value) and not review[2].overdue(now.value)
    overdue = log.page(RequestQuery(dt.date(2026, 11, 1), dt.date(2026, 11, 1),
                                    only=RequestFilter.OVERDUE))
    assert [r.id for r in overdue] == [late.id]


def test_a_logged_call_becomes_a_request_linked_to_it(services: Services, now) -> None:
    call = services.calls.log_call(CallInput(subject="空调漏水", notes="滴到地板上",
                                             caller_name="李四", phone="13900139000",
                                             about=About("1203"), category=Category.REPAIR))
    now.advance(minutes=10)
    data = services.requests.from_call(call.id)
    assert (data.complainant, data.channel, data.kind, data.received_at) == (
        "李四", Channel.PHONE, Kind.REPAIR, call.started_at)
    assert data.content == "空调漏水\n滴到地板上"
    row = services.requests.register(data)
    assert row.call_id == call.id and services.requests.request_for_call(call.id) == row
    with pytest.raises(DomainError, match=row.number):
        services.requests.from_call(call.id)
    with pytest.raises(DomainError):
        services.requests.register(data)


def test_attachments_are_copied_kept_and_checked(services: Services, tmp_path: Path) -> None:
    photo = tmp_path / "leak.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    row = services.requests.register(taken())
    added = services.requests.attach(row.id, photo)
    photo.write_bytes(b"changed after")  # the copy does not follow the original
    assert services.requests.attachment_content(added.id) == ("leak.jpg", b"\xff\xd8 a photo")
    assert [a.name for a in services.requests.attachments(row.id)] == ["leak.jpg"]
    assert services.requests.events(row.id)[-1].kind is EventKind.ATTACHED
    with pytest.raises(ValidationError):
        services.requests.attach(row.id, tmp_path / "missing.jpg")
    folder = services.location.attachments_dir
    if folder is not None:  # a file on disk, changed behind deskapp's back, is refused
        [stored] = list(folder.iterdir())
        stored.write_bytes(b"tampered")
        with pytest.raises(NotFound):
            services.requests.attachment_content(added.id)


def test_the_list_searches_names_in_pinyin_and_numbers(services: Services) -> None:
    log = services.requests
    one = log.register(taken(complainant="王小明"))
    log.register(taken(complainant="李四", about_label="华为"))
    day = dt.date(2026, 11, 23)
    assert [r.id for r in log.page(RequestQuery(day, day, text="wxm"))] == [one.id]
    assert [r.id for r in log.page(RequestQuery(day, day, text=one.number))] == [one.id]
    assert log.count(RequestQuery(day, day)).shown == 2
    assert [r.number for r in log.iter_day(day)] == ["R2026-0001", "R2026-0002"]
    assert [r.id for r in log.month(2026, 11)] == [one.id, one.id + 1]


def test_severity_is_raised_by_anyone_and_lowered_only_with_a_supervisor(
        services: Services, now) -> None:
    from deskapp.domain.roles import Action, Approval

    log = services.requests
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    row = log.register(taken())
    with pytest.raises(ValidationError) as err:
        log.reclassify(row.id, Severity.MAJOR, Grounds.NOT_DELIVERED, "")
    assert {"reason", "owner", "due_at"} <= set(err.value.errors)
    row = log.reclassify(row.id, Severity.IMPORTANT, Grounds.ATTITUDE, "保安态度恶劣")
    assert row.severity is Severity.IMPORTANT and row.level.value == "supervisor"
    with pytest.raises(ApprovalNeeded):
        log.reclassify(row.id, Severity.GENERAL, None, "核实后只是小问题")
    assert log.request(row.id).severity is Severity.IMPORTANT
    row = log.reclassify(row.id, Severity.GENERAL, None, "核实后只是小问题",
                         approval=Approval(Action.CORRECT_RECORD, "李主管", Role.SUPERVISOR))
    assert row.severity is Severity.GENERAL and row.grounds is None
    [*_, event] = log.events(row.id)
    assert event.kind is EventKind.RECLASSIFIED and event.approved_by == "李主管"
    assert "核实后只是小问题" in event.text


def test_a_request_is_found_by_the_department_it_was_sent_to(services: Services) -> None:
    log = services.requests
    row = log.register(taken())
    day = dt.date(2026, 11, 23)
    assert log.page(RequestQuery(day, day, text="工程部")) == []
    log.dispatch(row.id, "工程部")
    assert [r.id for r in log.page(RequestQuery(day, day, text="工程部"))] == [row.id]
    log.dispatch(row.id, "安保部")  # sent on: found by the new one only
    assert log.page(RequestQuery(day, day, text="工程部")) == []
    assert [r.id for r in log.page(RequestQuery(day, day, text="安保部"))] == [row.id]


def test_a_revisit_step_says_its_verdict_in_the_language_shown(services: Services) -> None:
    from deskapp import translations

    log = services.requests
    row = log.resolve(log.register(taken()).id, "已处理")
    log.revisit(row.id, RevisitInput(Satisfaction.VERY_SATISFIED, revisited_by="李主管"))
    translations.install("zh_CN")
    try:
        assert [e.text for e in log.events(row.id) if e.kind is EventKind.REVISITED] == [
            "非常满意 · 李主管"]
    finally:
        translations.install("en")
    assert [e.text for e in log.events(row.id) if e.kind is EventKind.REVISITED] == [
        "Very satisfied · 李主管"]
