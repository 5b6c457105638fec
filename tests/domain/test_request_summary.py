"""The monthly summary: counts, the handling and revisit rates, working days to resolve —
hand-computed on a small month, an empty month, and the month loaded from the log."""

from __future__ import annotations

import datetime as dt

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.errors import ValidationError
from deskapp.domain.requests.calendar import WorkingDays
from deskapp.domain.requests.records import (
    Channel,
    Grounds,
    Kind,
    Nature,
    RequestInput,
    RequestRow,
    RevisitHow,
    RevisitInput,
    RevisitRow,
    Satisfaction,
    Severity,
    State,
)
from deskapp.domain.requests.summary import NO_RATE, Rate, month_days, percent, summarise
from deskapp.usecases.requests_month import month_report, parse_month

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=SHANGHAI)


def row(i: int, kind: Kind, nature: Nature, severity: Severity, department: str,
        state: State, received: dt.datetime, resolved: dt.datetime | None = None) -> RequestRow:
    return RequestRow(
        id=i, number=f"R2026-{i:04d}", received_at=received, channel=Channel.PHONE,
        complainant=f"客户{i}", phone="13800138000", about_label="1203", kind=kind,
        content="内容", nature=nature, severity=severity, grounds=None,
        department_label=department, state=state, created_by="王芳", resolved_at=resolved)


def revisit(i: int, request_id: int, at: dt.datetime) -> RevisitRow:
    return RevisitRow(i, request_id, at, RevisitHow.PHONE, Satisfaction.SATISFIED, "", "", "",
                      "", "王芳", "", "王芳")


C, R, Q = Kind.COMPLAINT, Kind.REPAIR, Kind.INQUIRY
V, H, VENT = Nature.VALID, Nature.HELP_SEEKING, Nature.VENTING
G, IMP, M = Severity.GENERAL, Severity.IMPORTANT, Severity.MAJOR

NOVEMBER = [
    # Same day: 0 working days; closed after a revisit.
    row(1, C, V, G, "工程部", State.CLOSED, local(2026, 11, 2, 10), local(2026, 11, 2, 16)),
    # Friday evening to Monday: 1 working day; resolved, not yet revisited.
    row(2, C, V, IMP, "工程部", State.RESOLVED, local(2026, 11, 6, 18), local(2026, 11, 9, 11)),
    row(3, C, V, G, "保洁部", State.IN_PROGRESS, local(2026, 11, 9, 9)),
    row(4, C, VENT, G, "", State.REGISTERED, local(2026, 11, 10, 9)),  # not a valid one
    # Tuesday to Friday: 3; its only revisit came before this (second) resolution.
    row(5, R, H, G, "工程部", State.RESOLVED, local(2026, 11, 10, 9), local(2026, 11, 13, 9)),
    # Wednesday to the next Wednesday: 5; an inquiry is not revisited.
    row(6, Q, H, G, "客服中心", State.CLOSED, local(2026, 11, 11, 9), local(2026, 11, 18, 9)),
    # 01:00 Monday in Shanghai is Sunday in UTC: counted by local dates, 0 days, not 1.
    row(7, C, V, M, "安保部", State.REVISITED, local(2026, 11, 16, 1), local(2026, 11, 16, 23)),
]
REVISITS = {1: [revisit(1, 1, local(2026, 11, 3, 10))],
            5: [revisit(2, 5, local(2026, 11, 11, 15))],
            7: [revisit(3, 7, local(2026, 11, 17, 10))]}


def test_the_figures_of_a_month_computed_by_hand() -> None:
    summary = summarise(NOVEMBER, REVISITS, WorkingDays({}), year=2026, month=11, tz=SHANGHAI)
    assert summary.total == 7 and summary.open == 2 and summary.resolved == 5
    assert dict(summary.by_severity) == {G: 5, IMP: 1, M: 1}
    assert dict(summary.by_kind) == {C: 5, R: 1, Q: 1, Kind.SUGGESTION: 0}
    assert [(d.label, d.total) for d in summary.by_department] == [
        ("工程部", 3), ("保洁部", 1), ("安保部", 1), ("客服中心", 1), ("", 1)]
    assert dict(summary.by_department[0].by_severity) == {G: 2, IMP: 1, M: 0}
    assert summary.by_department[-1].name() == "Not yet dispatched"
    # Valid complaints 1, 2, 3, 7; handled: 1, 2, 7.
    assert (summary.handling_rate.done, summary.handling_rate.of) == (3, 4)
    assert summary.handling_rate.text() == "75%" and summary.handling_rate.met is False
    # Complaints and repairs resolved: 1, 2, 5, 7; revisited after resolving: 1, 7.
    assert (summary.revisit_rate.done, summary.revisit_rate.of) == (2, 4)
    assert summary.revisit_rate.text() == "50%" and summary.revisit_rate.target == 1.0
    # (0 + 1 + 3 + 5 + 0) / 5
    assert summary.average_days == pytest.approx(1.8)
    assert summary.average_days_text() == "1.8"


def test_an_empty_month_divides_by_nothing() -> None:
    summary = summarise([], {}, WorkingDays({}), year=2026, month=2, tz=SHANGHAI)
    assert summary.total == 0 and summary.by_department == ()
    assert set(summary.by_severity.values()) == {0} and set(summary.by_kind.values()) == {0}
    for rate in (summary.handling_rate, summary.revisit_rate):
        assert rate.value is None and rate.met is None and rate.text() == NO_RATE == "—"
    assert summary.average_days is None and summary.average_days_text() == "—"


def test_days_marked_here_count_in_the_average() -> None:
    # Monday 2 to Monday 9 November is 5 working days; with Wednesday 4 a holiday here, 4.
    resolved = [row(1, C, V, G, "工程部", State.RESOLVED, local(2026, 11, 2, 9),
                    local(2026, 11, 9, 9))]
    holiday = WorkingDays({dt.date(2026, 11, 4): False})
    assert summarise(resolved, {}, WorkingDays({}), year=2026, month=11,
                     tz=SHANGHAI).average_days == 5
    assert summarise(resolved, {}, holiday, year=2026, month=11, tz=SHANGHAI).average_days == 4


@pytest.mark.parametrize("done, of, text, met", [
    (19, 20, "95%", True), (18, 20, "90%", False), (2, 3, "66.7%", False),
    (1000, 1000, "100%", True), (0, 5, "0%", False)])
def test_rates_read_as_percentages_against_their_target(done: int, of: int, text: str,
                                                        met: bool) -> None:
    rate = Rate(done, of, 0.95)
    assert rate.text() == text and rate.met is met


def test_percentages_keep_one_decimal_unless_whole() -> None:
    assert [percent(x) for x in (0.962, 0.9999, 1 / 3, 0.5)] == ["96.2%", "100%", "33.3%", "50%"]


def test_a_month_is_typed_year_dash_month() -> None:
    assert parse_month("2026-11") == (2026, 11) and parse_month(" 2026-3 ") == (2026, 3)
    for bad in ("2026-13", "2026/11", "11-2026", "1999-12", "２０２６-11", ""):
        with pytest.raises(ValidationError) as err:
            parse_month(bad)
        assert set(err.value.errors) == {"month"}
    assert month_days(2028, 2) == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))


def taken(**kw) -> RequestInput:  # type: ignore[no-untyped-def]
    base = dict(content="楼道灯坏了", complainant="张三", phone="13800138000",
                about_label="1203")
    base.update(kw)
    return RequestInput(**base)  # type: ignore[arg-type]


def test_the_month_loaded_from_the_log(services: Services, now) -> None:  # type: ignore[no-untyped-def]
    log = services.requests
    # Monday 23 November 09:30.
    first = log.register(taken(severity=Severity.IMPORTANT, grounds=Grounds.ATTITUDE))
    log.dispatch(first.id, "工程部")
    now.advance(days=1)  # Tuesday
    log.resolve(first.id, "已更换灯管", rectification="每周巡查楼道照明")
    now.advance(days=1)
    log.revisit(first.id, RevisitInput(Satisfaction.SATISFIED))
    second = log.register(taken(kind=Kind.REPAIR, nature=Nature.HELP_SEEKING))
    log.register(taken(nature=Nature.VENTING))
    now.advance(days=5)  # Monday 30 November: the repair resolved after 3 working days
    log.resolve(second.id, "已修好")
    now.advance(days=3)  # Thursday 3 December: a request of December is not counted
    log.register(taken())

    report = month_report(services, 2026, 11)
    assert [r.number for r in report.rows] == ["R2026-0001", "R2026-0002", "R2026-0003"]
    assert report.label == "2026-11" and list(report.revisits) == [first.id]
    summary = report.summary
    assert summary.total == 3 and summary.resolved == 2 and summary.open == 1
    assert (summary.handling_rate.done, summary.handling_rate.of) == (1, 1)
    assert (summary.revisit_rate.done, summary.revisit_rate.of) == (1, 2)
    assert summary.average_days == pytest.approx((1 + 3) / 2)  # Wed 25 → Mon 30: 3
    assert [(d.label, d.total) for d in summary.by_department] == [("", 2), ("工程部", 1)]
    empty = month_report(services, 2026, 10).summary
    assert empty.total == 0 and empty.handling_rate.text() == "—"
