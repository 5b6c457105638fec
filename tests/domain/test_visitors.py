"""The visitor log's rules, without Qt."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import AlertEvent
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.records import HostResponse, Purpose
from deskapp.domain.screening import (
    AlertKind,
    AlertOutcome,
    DenyListHit,
    DenyReason,
    MatchField,
    Person,
    WatchListHit,
)
from deskapp.domain.visitors import (
    AlreadyCheckedOut,
    AlreadyOnSite,
    AmbiguousPass,
    HostRef,
    SortKey,
    VisitInput,
    VisitQuery,
)

GOOD_ID = "11010519491231002X"


def visitor(**kw) -> VisitInput:
    base = dict(name="张三", id_type=IdType.RESIDENT, id_number=GOOD_ID, phone="13800138000",
                company="华为", party_size=2, purpose=Purpose.MEETING, host=HostRef("1203 李四"))
    base.update(kw)
    return VisitInput(**base)


def test_check_in_stamps_now_and_numbers_the_pass(services: Services, now) -> None:
    row = services.visitors.check_in(visitor())
    assert row.time_in == now.value
    assert row.pass_no == "V261123-0001"
    assert row.id_number_masked == "110105********002X"
    second = services.visitors.check_in(visitor(name="王五", id_number="", phone="13900001111"))
    assert second.pass_no == "V261123-0002"
    # The pass is valid until the end of the local day.
    assert row.valid_until == dt.datetime(2026, 11, 23, 23, 59, 59, tzinfo=now.value.tzinfo)


def test_bad_input_names_each_field_and_saves_nothing(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.visitors.check_in(visitor(name=" ", id_number="110105194912310021",
                                           phone="12345", party_size=0, host=HostRef("")))
    assert set(err.value.errors) == {"name", "id_number", "phone", "party_size", "host"}
    assert "check digit" in err.value.errors["id_number"]
    today = services.clock.today()
    assert services.visitors.count(VisitQuery(today, today)) == (0, 0)


def test_check_out_once_by_id_or_pass_number(services: Services, now) -> None:
    row = services.visitors.check_in(visitor())
    now.advance(hours=1)
    out = services.visitors.check_out_by_pass(row.pass_no.lower())
    assert out.time_out == now.value
    with pytest.raises(AlreadyCheckedOut):
        services.visitors.check_out(row.id)
    with pytest.raises(NotFound):
        services.visitors.check_out_by_pass("V000000-9999")


def test_todays_short_pass_number_finds_the_visit(services: Services, now) -> None:
    first = services.visitors.check_in(visitor())
    second = services.visitors.check_in(visitor(name="李四", phone="", id_number=""))
    assert second.pass_no.endswith("-0002")
    assert services.visitors.visit_by_pass("2").id == second.id
    assert services.visitors.visit_by_pass(" 0001 ").id == first.id  # as a scanner types
    with pytest.raises(NotFound):
        services.visitors.visit_by_pass("3")
    out = services.visitors.check_out_by_pass("1")
    assert out.id == first.id and out.time_out is not None


def test_a_short_number_of_an_earlier_visit_still_on_site_asks_which(services: Services,
                                                                      now) -> None:
    yesterday = services.visitors.check_in(visitor())  # still on site the next morning
    now.advance(days=1)
    assert services.visitors.visit_by_pass("1").id == yesterday.id  # today has no 1 yet
    today = services.visitors.check_in(visitor(name="李四", phone="", id_number=""))
    assert today.pass_no.endswith("-0001") and today.pass_no != yesterday.pass_no
    with pytest.raises(AmbiguousPass) as asked:
        services.visitors.visit_by_pass("1")
    assert [v.id for v in asked.value.candidates] == [today.id, yesterday.id]
    services.visitors.check_out(yesterday.id)
    assert services.visitors.visit_by_pass("1").id == today.id  # gone: no longer asked


def test_returning_visitor_is_found_by_phone_or_id(services: Services) -> None:
    services.visitors.check_in(visitor(plate="粤B12345"))
    by_phone = services.visitors.find_returning(phone="138 0013 8000")
    by_id = services.visitors.find_returning(id_number=GOOD_ID.lower())
    assert by_phone and by_id and by_phone.visitor_id == by_id.visitor_id
    assert by_phone.name == "张三" and by_phone.company == "华为" and by_phone.plate == "粤B12345"
    assert by_phone.last_host == HostRef("1203 李四") and by_phone.last_purpose is Purpose.MEETING
    assert services.visitors.find_returning(phone="13911112222") is None


def test_exempt_regular_checks_in_with_one_call(services: Services) -> None:
    first = services.visitors.check_in(visitor())
    profile = services.visitors.find_returning(phone=first.phone)
    services.visitors.set_exempt(profile.visitor_id, True)
    assert [p.name for p in services.visitors.exempt_regulars()] == ["张三"]
    # Still on site from the first visit: a second open visit needs a confirmation.
    with pytest.raises(AlreadyOnSite):
        services.visitors.quick_check_in(profile.visitor_id)
    services.visitors.check_out(first.id)
    again = services.visitors.quick_check_in(profile.visitor_id)
    # The number on file was screened and kept, though the form never showed it.
    assert again.id_number == GOOD_ID
    assert again.host_label == "1203 李四" and "exempt" in again.flags
    assert services.visitors.find_returning(phone=first.phone).visit_count == 2


def test_watch_list_match_stops_and_is_recorded(services: Services) -> None:
    services.screening.add_watch(name="赵六", id_number=GOOD_ID, source="协查通报 2026-17")
    with pytest.raises(WatchListHit) as hit:
        services.visitors.check_in(visitor())
    assert hit.value.entries[0].source == "协查通报 2026-17"
    today = services.clock.today()
    assert services.visitors.count(VisitQuery(today, today)) == (0, 0)
    with Session(services.engine) as s:
        events = s.exec(select(AlertEvent)).all()
    assert [(e.kind, e.outcome) for e in events] == [("watch", "stopped")]


def test_watch_list_matches_name_and_phone_together(services: Services) -> None:
    services.screening.add_watch(name="张三", phone="13800138000", source="notice")
    with pytest.raises(WatchListHit):
        services.visitors.check_in(visitor(id_number=""))
    # Same name, other phone: not a match.
    services.visitors.check_in(visitor(id_number="", phone="13700001111"))


def test_expired_watch_entry_no_longer_matches(services: Services, now) -> None:
    services.screening.add_watch(name="x", id_number=GOOD_ID, source="n",
                                 valid_until=services.clock.today())
    now.advance(days=1)
    services.visitors.check_in(visitor())


def test_deny_list_warns_and_records_an_override(services: Services) -> None:
    services.screening.add_deny(name="推销员", phone="13800138000", reason=DenyReason.SALES)
    with pytest.raises(DenyListHit):
        services.visitors.check_in(visitor())
    row = services.visitors.check_in(visitor(deny_override_reason="经理同意"))
    assert "deny_override" in row.flags
    with Session(services.engine) as s:
        events = s.exec(select(AlertEvent)).all()
    assert [(e.kind, e.outcome, e.reason, e.visit_id) for e in events] == [
        ("deny", "admitted", "经理同意", row.id)]


def test_the_alert_log_reads_back_kinds_and_outcomes(services: Services, now) -> None:
    services.screening.add_watch(name="赵六", id_number=GOOD_ID, source="协查通报 2026-17")
    with pytest.raises(WatchListHit):
        services.visitors.check_in(visitor())
    now.advance(minutes=5)
    entry = services.screening.add_deny(name="推销员", phone="13900139000",
                                        reason=DenyReason.SALES)
    services.screening.record_turned_away(Person("推销员", phone="13900139000"), [entry])
    now.advance(minutes=5)
    services.visitors.check_in(visitor(id_number="", phone="13900139000",
                                       deny_override_reason="经理同意"))

    alerts = services.screening.alerts()
    assert [(a.kind, a.outcome, a.entry_label) for a in alerts] == [
        (AlertKind.DENY, AlertOutcome.ADMITTED, DenyReason.SALES.label()),
        (AlertKind.DENY, AlertOutcome.TURNED_AWAY, DenyReason.SALES.label()),
        (AlertKind.WATCH, AlertOutcome.STOPPED, "协查通报 2026-17")]
    assert all(isinstance(a.kind, AlertKind) and isinstance(a.outcome, AlertOutcome)
               for a in alerts)
    assert alerts[2].kind.label() == "Watch list"
    # Each says which entry matched, and by what.
    # (the turned-away entry was given straight from the list, not as a check-in match)
    assert [a.matched_on for a in alerts] == [MatchField.PHONE, None, MatchField.ID_NUMBER]
    assert alerts[2].match_text() == "赵六 (entry 1): matched by ID number"

    assert alerts[1].outcome.label() == "Turned away"
    assert alerts[2].id_number_masked == "110105********002X"
    with Session(services.engine) as s:  # the stored strings are those of before the enums
        stored = {(e.kind, e.outcome) for e in s.exec(select(AlertEvent))}
    assert stored == {("watch", "stopped"), ("deny", "turned_away"), ("deny", "admitted")}


def test_a_match_says_which_field_matched(services: Services) -> None:
    services.screening.add_watch(name="张三", phone="13800138000", source="notice")
    with pytest.raises(WatchListHit) as watch:
        services.visitors.check_in(visitor(id_number=""))
    assert watch.value.entries[0].matched_on is MatchField.NAME_PHONE
    services.screening.add_deny(name="推销员")  # a name alone, no number to match by
    services.screening.add_deny(name="某人", id_number=GOOD_ID)
    with pytest.raises(DenyListHit) as deny:
        services.visitors.check_in(visitor(name="推销员", phone="13700001111"))
    assert sorted(e.matched_on for e in deny.value.entries) == [MatchField.ID_NUMBER,
                                                                MatchField.NAME]
    with Session(services.engine) as s:
        assert [e.matched_on for e in s.exec(select(AlertEvent))] == ["name_phone"]


def test_temp_pass_is_checked_for_holder_and_validity_now(services: Services, now) -> None:
    from deskapp.domain.directory import UnitRow

    today = services.clock.today()
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为"))
    tp = services.screening.issue_temp_pass(holder_name="装修工", id_number=GOOD_ID,
                                            host_label="1203", work="室内装修",
                                            valid_from=today, valid_to=today)
    # Someone else showing the pass is not let in on it.
    with pytest.raises(ValidationError) as err:
        services.visitors.check_in(visitor(name="陌生人", id_number="", phone="13711112222",
                                           temp_pass_no=tp.pass_no))
    assert "装修工" in err.value.errors["temp_pass_no"]
    row = services.visitors.check_in(visitor(name="装修工", temp_pass_no=tp.pass_no))
    assert "temp_pass" in row.flags
    services.visitors.check_out(row.id)
    now.advance(days=1)
    with pytest.raises(ValidationError) as err:
        services.visitors.check_in(visitor(name="装修工", temp_pass_no=tp.pass_no))
    assert "expired" in err.value.errors["temp_pass_no"]
    # Back-dating the time in does not revive an expired pass.
    with pytest.raises(ValidationError):
        services.visitors.check_in(visitor(name="装修工", temp_pass_no=tp.pass_no,
                                           time_in=now.value - dt.timedelta(days=1)))


def test_declined_host_needs_a_message_and_ends_the_visit(services: Services) -> None:
    row = services.visitors.check_in(visitor())
    with pytest.raises(ValidationError):
        services.visitors.record_host_response(row.id, HostResponse.DECLINED)
    declined = services.visitors.record_host_response(
        row.id, HostResponse.DECLINED, message="请明天上午再来")
    assert declined.host_message == "请明天上午再来" and declined.time_out is not None


def test_paging_is_keyset_and_search_filters(services: Services, now) -> None:
    for i in range(25):
        services.visitors.check_in(visitor(name=f"访客{i:02d}", id_number="",
                                           phone=f"139{i:08d}",
                                           company="甲公司" if i % 2 else "乙公司"))
        now.advance(minutes=1)
    today = services.clock.today()
    q = VisitQuery(today, today)
    first = services.visitors.page(q, limit=10)
    assert [r.name for r in first][:2] == ["访客24", "访客23"]
    second = services.visitors.page(q, services.visitors.cursor_after(first[-1], q), limit=10)
    assert second[0].name == "访客14"
    by_name = VisitQuery(today, today, sort=SortKey.NAME, descending=False)
    page1 = services.visitors.page(by_name, limit=5)
    page2 = services.visitors.page(by_name, services.visitors.cursor_after(page1[-1], by_name), 5)
    assert [r.name for r in page1 + page2] == [f"访客{i:02d}" for i in range(10)]
    assert services.visitors.count(VisitQuery(today, today, text="甲公司")) == (12, 24)
    assert services.visitors.count(VisitQuery(today, today, on_site_only=True)) == (25, 50)
    yesterday = today - dt.timedelta(days=1)
    assert services.visitors.count(VisitQuery(yesterday, yesterday)) == (0, 0)


def test_late_visitors_are_flagged_after_the_set_hour(services: Services, now) -> None:
    row = services.visitors.check_in(visitor())
    assert not services.visitors.is_late(row, 18)
    now.advance(hours=9)  # 18:30 local
    assert services.visitors.is_late(row, 18)


def test_lists_check_resident_shaped_numbers(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.screening.add_watch(name="x", id_number="110105194912310021", source="n")
    assert "check digit" in err.value.errors["id_number"]
    with pytest.raises(ValidationError):
        services.screening.add_deny(name="x", id_number="110105194912310021")


def test_a_temp_pass_cannot_be_issued_already_expired(services: Services) -> None:
    yesterday = services.clock.today() - dt.timedelta(days=1)
    with pytest.raises(ValidationError) as err:
        services.screening.issue_temp_pass(holder_name="a",
                                           valid_from=yesterday - dt.timedelta(days=3),
                                           valid_to=yesterday)
    assert "already have expired" in err.value.errors["valid_to"]


def test_paging_never_repeats_or_skips_rows_with_equal_times(services: Services, now) -> None:
    # A busy minute: many visits share one timestamp; pages must still tile exactly.
    for i in range(7):
        services.visitors.check_in(visitor(name=f"同时{i}", id_number="", phone=f"1370000000{i}"))
    today = services.clock.today()
    for query in (VisitQuery(today, today), VisitQuery(today, today, descending=False)):
        seen, cursor = [], None
        while True:
            page = services.visitors.page(query, cursor, limit=3)
            if not page:
                break
            seen += [r.id for r in page]
            cursor = services.visitors.cursor_after(page[-1], query)
        assert sorted(seen) == sorted(set(seen)) and len(seen) == 7


def test_a_shared_phone_does_not_merge_two_people(services: Services) -> None:
    first = services.visitors.check_in(visitor())
    services.visitors.set_exempt(first.visitor_id, True)
    services.visitors.check_in(visitor(name="李四", id_number="440524198001010013"))
    zhang = services.visitors.find_returning(id_number=GOOD_ID)
    li = services.visitors.find_returning(id_number="440524198001010013")
    assert zhang.name == "张三" and zhang.exempt
    assert li.name == "李四" and not li.exempt and li.visitor_id != zhang.visitor_id


def test_a_returning_visitor_keeps_their_id_on_file(services: Services) -> None:
    first = services.visitors.check_in(visitor())
    services.visitors.check_out(first.id)
    # The form was filled from the record; the ID number stays on file, not on screen.
    again = services.visitors.check_in(visitor(id_number="", visitor_id=first.visitor_id))
    assert again.id_number == GOOD_ID and again.visitor_id == first.visitor_id
    services.screening.add_watch(name="x", id_number=GOOD_ID, source="n")
    services.visitors.check_out(again.id)
    with pytest.raises(WatchListHit):  # screened with the number on file
        services.visitors.check_in(visitor(id_number="", visitor_id=first.visitor_id))


def test_declined_then_received_lets_the_visitor_in_and_keeps_both_answers(
        services: Services, now) -> None:
    row = services.visitors.check_in(visitor())
    services.visitors.record_host_response(row.id, HostResponse.DECLINED, message="在开会")
    now.advance(minutes=10)
    back = services.visitors.record_host_response(row.id, HostResponse.RECEIVED)
    assert back.on_site and back.host_response is HostResponse.RECEIVED
    history = services.visitors.host_responses(row.id)
    assert [(r, m) for _t, r, m in history] == [(HostResponse.DECLINED, "在开会"),
                                               (HostResponse.RECEIVED, "")]


def test_on_site_includes_visitors_from_earlier_days(services: Services, now) -> None:
    services.visitors.check_in(visitor())
    now.advance(days=1)
    today = services.clock.today()
    assert services.visitors.count(VisitQuery(today, today)) == (0, 0)
    on_site = VisitQuery(today, today, on_site_only=True)
    assert services.visitors.count(on_site) == (1, 2)
    assert [r.name for r in services.visitors.page(on_site)] == ["张三"]


def test_phone_formats_match_the_lists(services: Services) -> None:
    services.screening.add_deny(name="推销", phone="010-12345678")
    with pytest.raises(DenyListHit):
        services.visitors.check_in(visitor(id_number="", phone="01012345678"))
    services.screening.add_watch(name="张三", phone="13800138000", source="n")
    with pytest.raises(WatchListHit):  # full-width digits from a Chinese input method
        services.visitors.check_in(visitor(id_number="", phone="１３８００１３８０００"))


def test_a_typed_unit_number_resolves_to_the_directory(services: Services) -> None:
    from deskapp.domain.directory import UnitRow

    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为"))
    row = services.visitors.check_in(visitor(host=HostRef("1203")))
    assert row.host_label == "1203 李四 (华为)"


def test_invisible_characters_are_not_stored_and_limits_apply(services: Services) -> None:
    row = services.visitors.check_in(visitor(name="张\u200b三\x07", note="第一行\n第二行"))
    assert row.name == "张三" and row.note == "第一行 第二行"
    with pytest.raises(ValidationError) as err:
        services.visitors.check_in(visitor(plate="粤B" + "1" * 30, note="x" * 600))
    assert set(err.value.errors) == {"plate", "note"}


def test_a_host_matching_several_entries_must_be_chosen(services: Services) -> None:
    from deskapp.domain.directory import UnitRow

    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为"))
    services.directory.save_unit(UnitRow(None, "1204", "李思", "腾讯"))
    with pytest.raises(ValidationError) as err:
        services.visitors.check_in(visitor(host=HostRef("ls")))
    assert "choose one" in err.value.errors["host"]
    # Someone not in the directory at all is kept as typed.
    kept = services.visitors.check_in(visitor(host=HostRef("物业办公室")))
    assert kept.host_label == "物业办公室"
