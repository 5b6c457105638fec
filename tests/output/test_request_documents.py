"""The request log's papers read back with poppler: the complaint handling form, the revisit
record (by phone and in person) and the monthly list — text in both languages, page size,
embedded fonts, pages of a busy month."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import random
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.records import OrgInfo, Paper
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
from deskapp.domain.requests.summary import summarise
from deskapp.i18n import translate
from deskapp.output.complaint_form import note_lines, render_complaint_form
from deskapp.output.monthly_complaints import render_monthly_complaints
from deskapp.output.request_chart import chart_departments, nice_step
from deskapp.output.revisit_record import satisfaction_choices
from helpers import page_size, pdf_fonts, pdf_info, pdf_text

ORG = OrgInfo("星河湾物业服务中心", "深圳市南山区科技园南路18号", "0755-86001234", "一楼大堂前台",
              "王芳")
SHANGHAI = dt.timezone(dt.timedelta(hours=8))
A4 = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)

pytestmark = pytest.mark.usefixtures("shanghai_tz")


@contextlib.contextmanager
def translated(language: str) -> Iterator[None]:
    from deskapp.translations import install

    install(language)
    try:
        yield
    finally:
        install("en")


def flat(path: Path) -> str:
    return "".join(pdf_text(path).split())


def page_text(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path),
                           "-"], check=True, capture_output=True, text=True).stdout


def all_embedded(path: Path) -> bool:
    fonts = pdf_fonts(path)
    return bool(fonts) and all(line.split()[-5] == "yes" for line in fonts)


def taken(**kw) -> RequestInput:  # type: ignore[no-untyped-def]
    base = dict(content="1203室楼上漏水，天花板有水渍，已经三天没人来看。", complainant="张三",
                phone="13800138000", about_label="1203 星河科技有限公司",
                channel=Channel.PHONE, severity=Severity.IMPORTANT, grounds=Grounds.TIMELINESS)
    base.update(kw)
    return RequestInput(**base)  # type: ignore[arg-type]


def handled(services: Services, now) -> RequestRow:  # type: ignore[no-untyped-def]
    log = services.requests
    row = log.register(taken())
    now.advance(minutes=20)
    log.dispatch(row.id, "工程部")
    now.advance(hours=2)
    log.record_progress(row.id, "已联系1303业主，约定下午上门", handler="李师傅")
    now.advance(hours=20)
    return log.resolve(row.id, "1303卫生间防水层破损，已修补并做闭水试验。",
                       rectification="每季度检查楼上卫生间防水。")


# --- The complaint handling form


def test_the_form_carries_the_request_its_handling_and_boxes_to_sign(
        services: Services, now) -> None:  # type: ignore[no-untyped-def]
    row = handled(services, now)
    printed = services.documents.render("complaint-form", row.number)
    assert printed.reference == "R2026-0001" and printed.paper is Paper.A4
    assert printed.result.pages == 1 and printed.warnings == ()
    assert page_size(printed.path) == pytest.approx(A4, abs=0.05)
    assert all_embedded(printed.path)
    assert pdf_info(printed.path)["Title"] == "Customer complaint handling form R2026-0001"
    text = flat(printed.path)
    for expected in ("Customercomplainthandlingform",
                     "R2026-0001", "2026-11-2309:30", "Phone", "张三", "1203星河科技有限公司",
                     "13800138000",  # whole: the department calls back
                     "1203室楼上漏水", "Important·Timeliness", "Customer-servicesupervisor",
                     "工程部", "李师傅", "1303卫生间防水层破损",
                     "Rectification:每季度检查楼上卫生间防水。",
                     "2026-11-2309:50Dispatched:工程部",
                     "Progress:已联系1303业主", "Customer'sfinalopinion",
                     "Handler(signature)", "Headofdepartment(signature)",
                     "Customerservice(signature)", "Internalform"):
        assert expected in text, expected
    # The same form by the record's id.
    assert services.documents.render("complaint-form", str(row.id)).reference == row.number


def test_a_new_form_leaves_the_result_to_the_department(services: Services, now) -> None:  # type: ignore[no-untyped-def]
    row = services.requests.register(taken(
        severity=Severity.MAJOR, grounds=Grounds.EMERGENCY, owner="陈经理",
        due_at=now.value + dt.timedelta(hours=4)))
    text = flat(services.documents.render("complaint-form", row.number).path)
    assert "Customer-servicemanager" in text and "陈经理" in text
    assert "2026-11-2313:30" in text  # the deadline
    assert "Rectification" not in text and "Registered" in text  # its state


def test_an_unknown_number_is_said(services: Services) -> None:
    with pytest.raises(NotFound, match="R2026-0099"):
        services.documents.render("complaint-form", "R2026-0099")


def test_a_long_complaint_runs_over_pages(tmp_path: Path, services: Services, now) -> None:  # type: ignore[no-untyped-def]
    row = handled(services, now)
    long = dataclasses.replace(row, content="楼上漏水，天花板有水渍。" * 330)
    events = services.requests.events(row.id) * 30
    result = render_complaint_form(long, events, ORG, Paper.A4, tmp_path / "f.pdf",
                                   now=now.value)
    assert result.pages >= 3
    assert "Customerservice(signature)" in "".join(page_text(result.path, result.pages).split())


def test_progress_notes_are_dated_and_signed(services: Services, now) -> None:  # type: ignore[no-untyped-def]
    row = handled(services, now)
    lines = note_lines(services.requests.events(row.id))
    assert lines[0].startswith("2026-11-23 09:50 Dispatched: 工程部")
    assert lines[1].startswith("2026-11-23 11:50 Progress: 已联系1303业主")
    assert lines[-1].startswith("2026-11-24 07:50 Resolved: 1303卫生间")
    assert not any("Registered" in line for line in lines)


# --- The revisit record


@pytest.mark.parametrize("how", list(RevisitHow))
def test_the_revisit_record_by_phone_or_in_person(services: Services, now,  # type: ignore[no-untyped-def]
                                                  how: RevisitHow) -> None:
    row = handled(services, now)
    now.advance(days=2)
    services.requests.revisit(row.id, RevisitInput(
        Satisfaction.SATISFIED, how=how, effect="漏水已止住", shortcomings="等了两天",
        suggestions="报修当天上门", final_opinion="基本满意", revisited_by="李主管",
        sent_back="响应太慢"))
    [revisit] = services.requests.revisits(row.id)
    printed = services.documents.render("revisit-record", str(revisit.id))
    assert printed.reference == f"R2026-0001-V{revisit.id}"
    assert page_size(printed.path) == pytest.approx(A4, abs=0.05) and printed.result.pages == 1
    assert all_embedded(printed.path)
    text = flat(printed.path)
    title = "Telephonerevisitrecord" if how is RevisitHow.PHONE else "Revisitrecord"
    assert title in text
    for expected in ("R2026-0001", "张三", "1203星河科技有限公司", "1203室楼上漏水",
                     "1303卫生间防水层破损", "2026-11-2607:50", "李主管",
                     "Customer-servicesupervisor(important)", "漏水已止住", "Verysatisfied",
                     "Satisfied", "Neutral", "Dissatisfied", "等了两天", "报修当天上门",
                     "基本满意", "响应太慢", "Revisitedby(signature)"):
        assert expected in text, expected
    assert ("Customer(signature)" in text) is (how is RevisitHow.IN_PERSON)
    assert "13800138000" not in text  # the record is about the service, not the caller


def test_each_revisit_record_shows_the_result_it_asked_about(services: Services, now) -> None:  # type: ignore[no-untyped-def]
    row = handled(services, now)
    now.advance(days=1)
    services.requests.revisit(row.id, RevisitInput(Satisfaction.DISSATISFIED,
                                                   shortcomings="还在渗水"))
    now.advance(days=1)
    services.requests.resolve(row.id, "重新做了防水层，闭水48小时无渗漏。")
    now.advance(days=1)
    services.requests.revisit(row.id, RevisitInput(Satisfaction.SATISFIED))
    first, second = services.requests.revisits(row.id)
    before = flat(services.documents.render("revisit-record", str(first.id)).path)
    after = flat(services.documents.render("revisit-record", str(second.id)).path)
    assert "1303卫生间防水层破损" in before and "重新做了防水层" not in before
    assert "重新做了防水层" in after and "1303卫生间防水层破损" not in after


def test_the_chosen_verdict_is_ticked() -> None:
    choices = satisfaction_choices(Satisfaction.NEUTRAL)
    assert [c.label for c in choices] == ["Very satisfied", "Satisfied", "Neutral",
                                          "Dissatisfied"]
    assert [c.checked for c in choices] == [False, False, True, False]


def test_a_revisit_is_asked_for_by_its_id(services: Services) -> None:
    with pytest.raises(NotFound, match="R2026"):
        services.documents.render("revisit-record", "R2026-0001")
    with pytest.raises(NotFound):
        services.documents.render("revisit-record", "999")


# --- The monthly list


DEPARTMENTS = ["工程部", "安保部", "保洁部", "客服中心", "绿化", "财务部", ""]


def busy_month(count: int, seed: int = 7) -> tuple[list[RequestRow], dict[int, list[RevisitRow]]]:
    """``count`` requests of November 2026, of every kind, severity and state."""
    rnd = random.Random(seed)
    rows, revisits = [], {}
    for i in range(1, count + 1):
        at = dt.datetime(2026, 11, 1, 8, tzinfo=SHANGHAI) + dt.timedelta(
            minutes=i * 29 * 24 * 60 // count)
        severity = rnd.choices(list(Severity), [8, 3, 1])[0]
        state = rnd.choice(list(State))
        resolved = (at + dt.timedelta(hours=rnd.randint(2, 150))
                    if state in (State.RESOLVED, State.REVISITED, State.CLOSED) else None)
        rows.append(RequestRow(
            id=i, number=f"R2026-{i:04d}", received_at=at, channel=Channel.PHONE,
            complainant=rnd.choice(["张三", "李四", "欧阳喆"]), phone=f"138{i:08d}",
            about_label=rnd.choice(["1203", "B1-02", "803 华为"]), kind=rnd.choice(list(Kind)),
            content="楼道灯坏了" * rnd.randint(1, 5), nature=rnd.choice(list(Nature)),
            severity=severity, grounds=None if severity is Severity.GENERAL
            else rnd.choice(severity.grounds()), department_label=rnd.choice(DEPARTMENTS),
            state=state, created_by="王芳", due_at=at + dt.timedelta(days=3),
            resolved_at=resolved, result="已更换灯管。" if resolved else "",
            rectification="每周巡查楼道照明。" if resolved and i % 3 else ""))
        if state in (State.REVISITED, State.CLOSED):
            assert resolved is not None
            revisits[i] = [RevisitRow(i, i, resolved + dt.timedelta(days=1), RevisitHow.PHONE,
                                      Satisfaction.SATISFIED, "", "", "", "", "王芳", "", "王芳")]
    return rows, revisits


def render_month(rows: list[RequestRow], revisits: dict[int, list[RevisitRow]],
                 out: Path):  # type: ignore[no-untyped-def]
    summary = summarise(rows, revisits, WorkingDays({}), year=2026, month=11, tz=SHANGHAI)
    drawn = dt.datetime(2026, 12, 5, 10, tzinfo=SHANGHAI)
    return summary, render_monthly_complaints(rows, summary, drawn, ORG, Paper.A4, out,
                                              now=drawn)


def test_a_busy_month_runs_over_pages_with_its_heads_on_each(tmp_path: Path) -> None:
    rows, revisits = busy_month(360)
    summary, result = render_month(rows, revisits, tmp_path / "m.pdf")
    assert result.pages >= 8 and result.warnings == ()
    assert page_size(result.path) == pytest.approx(A4_LANDSCAPE, abs=0.05)
    assert all_embedded(result.path)
    assert pdf_info(result.path)["Title"] == "Monthly complaints list 2026-11"
    text = flat(result.path)
    for number in ("R2026-0001", "R2026-0180", "R2026-0360"):
        assert number in text
    assert "138****0001" in text and "13800000001" not in text  # phones masked
    for page in range(1, result.pages):  # the column heads on every page of the list
        assert "Rectificationplan" in "".join(page_text(result.path, page).split()), page
    last = "".join(page_text(result.path, result.pages).split())
    assert "Themonthinfigures" in last and "Requestsbydepartmentandseverity" in last
    assert f"Requeststaken{summary.total}" in last
    rate = summary.handling_rate
    assert f"{rate.done}/{rate.of}={rate.text()}(target≥95%," in last
    assert "Revisitrate(complaintsandrepairs)" in last and "(target100%," in last
    assert f"{summary.average_days_text()}workingdays(over{summary.resolved}resolved)" in last
    for name in ("工程部", "安保部", "Notyetdispatched", "Major", "Important", "General"):
        assert name in last  # the chart's bars and legend, in the embedded font


def test_an_empty_month_says_so_and_divides_by_nothing(tmp_path: Path) -> None:
    _summary, result = render_month([], {}, tmp_path / "m.pdf")
    assert result.pages == 1
    text = flat(result.path)
    assert "Norequestwastakenthismonth." in text
    assert "—(nonethismonth;target≥95%)" in text and "—(nonethismonth;target100%)" in text
    assert "—(noneresolvedyet)" in text
    assert "Requestsbydepartmentandseverity" not in text  # no chart of nothing


def test_the_month_printed_from_the_log(services: Services, now) -> None:  # type: ignore[no-untyped-def]
    handled(services, now)
    services.requests.register(taken(severity=Severity.GENERAL, grounds=None,
                                     complainant="李四", phone="13900139000"))
    printed = services.documents.render("monthly-complaints", "2026-11")
    assert printed.reference == "2026-11" and not printed.copy
    assert printed.title == "Monthly complaints list"
    assert page_size(printed.path) == pytest.approx(A4_LANDSCAPE, abs=0.05)
    text = flat(printed.path)
    assert "R2026-0001" in text and "R2026-0002" in text and "139****9000" in text
    assert "每季度检查" in text  # the rectification plan (wrapped in its narrow column)
    assert "2026-11·2requeststaken·astheystandat2026-11-2407:50" in text
    with pytest.raises(ValidationError) as err:
        services.documents.render("monthly-complaints", "November")
    assert set(err.value.errors) == {"month"}


def test_chart_bars_beyond_twelve_are_summed() -> None:
    from deskapp.domain.requests.summary import DepartmentCount

    departments = [DepartmentCount(f"部门{i}", {s: 20 - i for s in Severity}) for i in range(15)]
    bars = chart_departments(departments)
    assert len(bars) == 12 and bars[0][0] == "部门0"
    assert bars[-1] == ("Other departments", {s: sum(20 - i for i in range(11, 15))
                                              for s in Severity})
    assert [nice_step(n) for n in (3, 5, 12, 37, 180, 960)] == [1, 1, 5, 10, 50, 200]


# --- Both languages


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_each_paper_in_the_users_language(services: Services, now, language: str) -> None:  # type: ignore[no-untyped-def]
    row = handled(services, now)
    now.advance(days=1)
    services.requests.revisit(row.id, RevisitInput(Satisfaction.VERY_SATISFIED,
                                                   how=RevisitHow.IN_PERSON))
    [revisit] = services.requests.revisits(row.id)
    with translated(language):
        papers = {kind: services.documents.render(kind, record) for kind, record in (
            ("complaint-form", row.number), ("revisit-record", str(revisit.id)),
            ("monthly-complaints", "2026-11"))}
        titles = {"complaint-form": translate("ComplaintForm", "Customer complaint handling form"),
                  "revisit-record": translate("RevisitRecord", "Revisit record"),
                  "monthly-complaints": translate("MonthlyComplaints", "Monthly complaints list")}
        footer = translate("Document", "Printed {time} by {operator}").split("{")[0]
    for kind, printed in papers.items():
        text = flat(printed.path)
        assert "".join(titles[kind].split()) in text, kind
        assert "".join(footer.split()) in text, kind
        assert "张三" in text and "R2026-0001" in text
        assert all_embedded(printed.path)
    if language == "zh_CN":
        assert "打印时间" in flat(papers["complaint-form"].path)
