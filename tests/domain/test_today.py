"""Today's attention sources and series: each counts what it watches, lists the first few
(most urgent first) with links to their records, and turns urgent as time passes — on a
stepping clock, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt

import pytest

from deskapp.bootstrap import Services
from deskapp.db.day_models import HandoverNote
from deskapp.db.engine import write_session
from deskapp.domain.calls.records import CallInput, DeliveredHow
from deskapp.domain.directory import UnitRow
from deskapp.domain.fees.payments import SaleInput, SaleLine
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import Cycle, Method, Pricing
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.requests.records import RequestInput, Severity
from deskapp.domain.roles import Action, Approval, Role
from deskapp.domain.services.parcels.records import ParcelInput, Recipient
from deskapp.domain.today import (
    SOURCES,
    AttentionGroup,
    AttentionSource,
    Entry,
    TodayBoard,
    Urgency,
)
from deskapp.domain.today.series import USUAL_WEEKS
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.domain.visitors.expected import ExpectedInput
from fee_data import as_cashier, item
from keys_data import lend, staff_the_desk, vacant_set

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def at(hour: int, minute: int = 0, day: int = 23) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


def group(services: Services, key: str) -> AttentionGroup:
    return next(g for g in services.today.attention() if g.key == key)


def links(found: AttentionGroup) -> list[tuple[RecordKind, int]]:
    return [(e.link.kind, e.link.record_id) for e in found.entries if e.link is not None]


def test_every_workspace_contributes_a_source_each_named_once() -> None:
    keys = [s.key for s in SOURCES]
    assert len(keys) == len(set(keys))
    assert {"on_site", "expected", "messages", "callbacks", "requests_due", "revisits_due",
            "keys_out", "parcels", "release_passes", "takings", "handover_notes"} <= set(keys)


def test_a_new_source_is_one_more_registry_entry(services: Services) -> None:
    def read(_session, context) -> AttentionGroup:  # type: ignore[no-untyped-def]
        return AttentionGroup("procedures", "规程", 2, Urgency.ATTENTION,
                              (Entry(f"到 {context.today}"),), "procedures")

    board = TodayBoard(services.engine, services.clock, lambda: 18,
                       (*SOURCES, AttentionSource("procedures", "procedures", read)))
    groups = board.attention()
    assert [g.key for g in groups] == [*(s.key for s in SOURCES), "procedures"]
    assert groups[-1].entries[0].text == "到 2026-11-23"


def test_with_nothing_recorded_every_group_is_empty_and_calm(services: Services) -> None:
    for found in services.today.attention():
        assert found.count == 0 and found.entries == () and found.urgency is Urgency.NORMAL
    assert group(services, "takings").big_text == "¥0.00"


# --- Visitors ------------------------------------------------------------------------

def test_visitors_on_site_turn_overdue_at_the_late_hour(services: Services, now) -> None:
    first = services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203 李四")))
    now.advance(minutes=10)
    second = services.visitors.check_in(VisitInput(name="王五", party_size=3,
                                                   host=HostRef("工程部")))
    gone = services.visitors.check_in(VisitInput(name="赵六", host=HostRef("801")))
    services.visitors.check_out(gone.id)
    found = group(services, "on_site")
    assert found.count == 2 and found.urgency is Urgency.NORMAL and found.note == ""
    assert links(found) == [(RecordKind.VISIT, first.id), (RecordKind.VISIT, second.id)]
    assert found.entries[1].text == "王五 (party of 3) → 工程部"
    assert found.entries[1].aside == "09:40"
    now.value = at(18)  # the settings' late hour
    found = group(services, "on_site")
    assert found.urgency is Urgency.OVERDUE and found.note == "2 over their time"
    assert {e.urgency for e in found.entries} == {Urgency.OVERDUE}


def test_a_visitor_from_yesterday_is_over_time_in_the_morning(services: Services, now) -> None:
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    now.value = at(8, day=24)
    assert group(services, "on_site").note == "1 over their time"
    services.visitors.check_in(VisitInput(name="李四", host=HostRef("1203")))
    found = group(services, "on_site")
    assert found.count == 2 and [e.urgency for e in found.entries] == [Urgency.OVERDUE,
                                                                        Urgency.NORMAL]
    assert found.entries[0].aside == "11-23"  # another day's: its date


def test_expected_visitors_wait_until_they_come_or_are_too_late(services: Services,
                                                                now) -> None:
    ten = services.expected.add(ExpectedInput("李雷", at(10), HostRef("1203")))
    eleven = services.expected.add(ExpectedInput("韩梅梅", at(11), HostRef("1203")))
    services.expected.add(ExpectedInput("明天的", at(10, day=24), HostRef("1203")))
    found = group(services, "expected")
    assert found.count == 2 and found.urgency is Urgency.NORMAL
    assert links(found) == [(RecordKind.EXPECTED_VISIT, ten.id),
                            (RecordKind.EXPECTED_VISIT, eleven.id)]
    now.value = at(10, 15)
    found = group(services, "expected")
    assert found.urgency is Urgency.ATTENTION and found.note == "1 past their time"
    now.value = at(12, 1)  # two hours late: a no-show, no longer waited for
    assert links(group(services, "expected")) == [(RecordKind.EXPECTED_VISIT, eleven.id)]


# --- Calls ---------------------------------------------------------------------------

def test_messages_wait_until_passed_on_and_turn_overdue_the_next_day(services: Services,
                                                                     now) -> None:
    row = services.calls.log_call(CallInput("找李经理", caller_name="张三",
                                            message_for="李经理", message="请回电 13800138000"))
    found = group(services, "messages")
    assert found.count == 1 and found.urgency is Urgency.ATTENTION
    assert links(found) == [(RecordKind.CALL, row.id)]
    assert "李经理" in found.entries[0].text
    now.value = at(8, day=24)
    assert group(services, "messages").urgency is Urgency.OVERDUE
    services.calls.deliver_message(row.messages[0].id, to="李经理", how=DeliveredHow.PHONE)
    assert group(services, "messages").count == 0


def test_callbacks_due_today_then_overdue_then_done(services: Services, now) -> None:
    due = services.calls.log_call(CallInput("回电：停水", caller_name="张三",
                                            callback_due=at(11)))
    services.calls.log_call(CallInput("回电：明天", caller_name="李四",
                                      callback_due=at(11, day=24)))
    found = group(services, "callbacks")
    assert found.count == 1 and found.urgency is Urgency.ATTENTION
    assert links(found) == [(RecordKind.CALL, due.id)]
    now.value = at(11, 30)
    assert group(services, "callbacks").note == "1 overdue"
    services.calls.complete_callback(due.id, "已回电")
    assert group(services, "callbacks").count == 0


# --- Requests ------------------------------------------------------------------------

def test_requests_due_today_then_overdue(services: Services, now) -> None:
    row = services.requests.register(RequestInput(content="楼道灯坏了", complainant="张三",
                                                  about_label="1203"))
    assert row.due_at is not None
    now.value = row.due_at - dt.timedelta(hours=1)
    found = group(services, "requests_due")
    assert found.count == 1 and found.urgency is Urgency.ATTENTION
    assert links(found) == [(RecordKind.REQUEST, row.id)] and row.number in found.entries[0].text
    now.value = row.due_at + dt.timedelta(minutes=1)
    assert group(services, "requests_due").urgency is Urgency.OVERDUE
    services.requests.pause(row.id, "等配件")
    assert group(services, "requests_due").count == 0


def test_revisits_due_then_late(services: Services, now) -> None:
    row = services.requests.register(RequestInput(content="楼道灯坏了", complainant="张三"))
    services.requests.resolve(row.id, "已更换灯管")
    assert group(services, "revisits_due").count == 0
    now.advance(days=3)
    found = group(services, "revisits_due")
    assert found.count == 1 and found.urgency is Urgency.ATTENTION
    assert links(found) == [(RecordKind.REQUEST, row.id)]
    now.advance(days=1)
    assert group(services, "revisits_due").urgency is Urgency.OVERDUE


# --- Keys, parcels, release passes ---------------------------------------------------

def test_keys_out_turn_overdue_when_not_back_in_time(services: Services, now) -> None:
    staff_the_desk(services)
    loan = lend(services, vacant_set(services), hours=3)
    found = group(services, "keys_out")
    assert found.count == 1 and found.urgency is Urgency.NORMAL
    assert links(found) == [(RecordKind.KEY_LOAN, loan.id)]
    now.advance(hours=4)
    assert group(services, "keys_out").urgency is Urgency.OVERDUE
    services.keys.return_loan(loan.id)
    assert group(services, "keys_out").count == 0


def test_parcels_waiting_ask_for_a_reminder_then_action(services: Services, now) -> None:
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    services.directory.save_unit(UnitRow(None, "1203", "张三", "华为技术有限公司"))
    row = services.parcels.intake(Recipient("1203"), ParcelInput("SF1000000001", shelf="A-3"))
    found = group(services, "parcels")
    assert found.count == 1 and found.urgency is Urgency.NORMAL
    assert links(found) == [(RecordKind.PARCEL, row.id)] and "A-3" in found.entries[0].text
    now.advance(days=4)
    assert group(services, "parcels").urgency is Urgency.ATTENTION
    now.advance(days=11)
    assert group(services, "parcels").urgency is Urgency.OVERDUE


def test_release_passes_not_back_are_overdue_the_next_day(services: Services, now) -> None:
    from deskapp.domain.services.release_pass_records import (
        AuthorisationHow,
        GoodsLine,
        ReleasePassInput,
    )

    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    unit_id = services.directory.save_unit(UnitRow(None, "1505", "", "星光电子")).id
    issued = services.release_passes.issue(ReleasePassInput(
        unit_id=unit_id, goods=(GoodsLine("办公桌", 2, "张"),), carrier_name="刘师傅",
        carrier_id_number="11010519491231002X", carrier_phone="13800138000",
        authorised_by="陈女士", authorisation_how=AuthorisationHow.PHONE))
    found = group(services, "release_passes")
    assert found.count == 1 and found.urgency is Urgency.NORMAL
    assert links(found) == [(RecordKind.RELEASE_PASS, issued.id)]
    now.value = at(9, day=24)
    assert group(services, "release_passes").urgency is Urgency.OVERDUE
    services.release_passes.check_off(issued.number)
    assert group(services, "release_passes").count == 0


# --- Takings, handover notes ---------------------------------------------------------

def test_todays_takings_by_method_leave_voided_receipts_out(services: Services, now) -> None:
    as_cashier(services)
    copies = item(services, "复印", pricing=Pricing.PER_PAGE, price=5000, cycle=Cycle.ONCE)
    services.fees.sell(SaleInput("路人甲", (SaleLine(copies, 1200),),
                                 (PaymentPart(Method.CASH, 600),)))
    services.fees.sell(SaleInput("路人乙", (SaleLine(copies, 200),),
                                 (PaymentPart(Method.WECHAT, 100),)))
    voided = services.fees.sell(SaleInput("路人丙", (SaleLine(copies, 400),),
                                          (PaymentPart(Method.CASH, 200),)))
    services.fees.void_receipt(voided.id, "重复收款",
                               Approval(Action.VOID_RECORD, "李主管", Role.SUPERVISOR))
    found = group(services, "takings")
    assert found.big_text == "¥7.00" and found.count == 2 and found.note == "Receipts: 2"
    assert [(e.text, e.aside) for e in found.entries] == [("Cash (1)", "¥6.00"),
                                                          ("WeChat Pay (1)", "¥1.00")]
    assert found.workspace == "fees" and links(found) == []
    now.value = at(9, day=24)
    assert group(services, "takings").big_text == "¥0.00"


def test_handover_notes_count_until_acknowledged(services: Services, now) -> None:
    with write_session(services.engine) as session:
        read = HandoverNote(written_at=at(8), written_by="王芳", shift="早班", text="已读",
                            acknowledged_at=at(9), acknowledged_by="李娜")
        waiting = HandoverNote(written_at=at(9), written_by="王芳", shift="早班",
                               text="1203 的钥匙还没还，下午记得催")
        session.add_all([read, waiting])
        session.commit()
        waiting_id = waiting.id
    found = group(services, "handover_notes")
    assert found.count == 1 and found.urgency is Urgency.ATTENTION
    assert links(found) == [(RecordKind.HANDOVER_NOTE, waiting_id)]
    assert "早班" in found.entries[0].text and "1203" in found.entries[0].text


def test_a_group_lists_at_most_the_limit_most_urgent_first(services: Services, now) -> None:
    board = TodayBoard(services.engine, services.clock, lambda: 18, SOURCES, limit=3)
    for n in range(5):
        services.calls.log_call(CallInput(f"找{n}", message_for=f"收件人{n}", message="回电"))
        now.advance(minutes=1)
    found = next(g for g in board.attention() if g.key == "messages")
    assert found.count == 5 and len(found.entries) == 3
    assert "收件人0" in found.entries[0].text


# --- Series --------------------------------------------------------------------------

def test_visits_per_hour_today_against_the_same_weekday_before(services: Services,
                                                              now) -> None:
    def visit_at(moment: dt.datetime, name: str = "访客") -> None:
        now.value = moment
        services.visitors.check_in(VisitInput(name=name, host=HostRef("1203")))

    # Two Mondays before: 2 at 9 h and 1 at 14 h; a Sunday (not the same weekday) ignored.
    for day in (16, 9):
        visit_at(at(9, 5, day))
    visit_at(at(9, 50, 16), "第二位")
    visit_at(at(14, 0, 9))
    visit_at(at(9, 0, 22))
    visit_at(at(9, 59))
    visit_at(at(10, 0))
    visits = services.today.visits_per_hour()
    assert visits.day == dt.date(2026, 11, 23) and visits.usual_days == 2
    assert visits.today[9] == 1 and visits.today[10] == 1 and sum(visits.today) == 2
    assert visits.usual[9] == 1.5 and visits.usual[14] == 0.5 and sum(visits.usual) == 2.0
    assert USUAL_WEEKS >= 4


def test_with_no_earlier_weeks_there_is_no_usual_day(services: Services) -> None:
    visits = services.today.visits_per_hour()
    assert visits.usual_days == 0 and visits.usual == (0.0,) * 24 and visits.today == (0,) * 24


def test_requests_per_week_by_severity(services: Services, now) -> None:
    def taken(moment: dt.datetime, severity: Severity = Severity.GENERAL) -> None:
        now.value = moment
        services.requests.register(RequestInput(content="漏水", complainant="张三",
                                                severity=severity, grounds=_grounds(severity)))

    taken(dt.datetime(2026, 8, 31, 12, tzinfo=SHANGHAI))  # thirteen weeks ago: left out
    taken(at(0, 5, 16))  # last week's Monday, just after midnight
    taken(at(23, 55, 22))  # last week's Sunday, just before midnight
    taken(at(10), Severity.IMPORTANT)
    weekly = services.today.requests_per_week()
    assert len(weekly.weeks) == 12 and weekly.weeks[-1] == dt.date(2026, 11, 23)
    assert weekly.weeks[0] == dt.date(2026, 9, 7)
    counts = dict(weekly.by_severity)
    assert counts[Severity.GENERAL][-2:] == (2, 0) and counts[Severity.IMPORTANT][-1] == 1
    assert weekly.total(11) == 1 and sum(weekly.total(w) for w in range(12)) == 3


def _grounds(severity: Severity):  # type: ignore[no-untyped-def]
    grounds = severity.grounds()
    return grounds[0] if grounds else None


def test_takings_per_day_this_month(services: Services, now) -> None:
    as_cashier(services)
    copies = item(services, "复印", pricing=Pricing.PER_PAGE, price=5000, cycle=Cycle.ONCE)
    for moment, pages in ((at(23, 59, 1), 100), (at(0, 1, 2), 200), (at(9), 400),
                          (at(16, day=31 - 8), 200)):
        now.value = moment
        services.fees.sell(SaleInput("路人", (SaleLine(copies, pages),),
                                     (PaymentPart(Method.CASH, pages // 2),)))
    now.value = at(17)
    takings = services.today.takings_per_day()
    assert takings.month == dt.date(2026, 11, 1) and len(takings.fen) == 30
    assert takings.fen[0] == 50 and takings.fen[1] == 100 and takings.fen[22] == 300
    assert takings.total_fen == 450


def test_the_snapshot_reads_everything_at_one_instant(services: Services) -> None:
    snapshot = services.today.snapshot()
    assert snapshot.taken_at == services.clock.now()
    assert len(snapshot.groups) == len(SOURCES) and len(snapshot.takings.fen) == 30
    assert len(snapshot.visits.today) == 24 and len(snapshot.requests.weeks) == 12


@pytest.mark.parametrize("late_hour", [0, 23])
def test_the_late_hour_is_the_settings_own(services: Services, now, late_hour: int) -> None:
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    board = TodayBoard(services.engine, services.clock, lambda: late_hour)
    found = next(g for g in board.attention() if g.key == "on_site")
    assert (found.urgency is Urgency.OVERDUE) == (late_hour == 0)
