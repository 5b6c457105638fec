"""Notices: the templates in both languages with their blanks, a notice issued only with
every blank filled in, numbered by the year, signed with the organisation's name unless
told otherwise; the archive newest first; a notice withdrawn with a reason, never
deleted."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlmodel import Session, func, select

from deskapp.bootstrap import Services
from deskapp.db.service_models import PropertyNotice
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.roles import Role
from deskapp.domain.services.notice_templates import (
    Blank,
    NoticeLanguage,
    NoticeTemplate,
    blanks_left,
    draft,
)
from deskapp.domain.services.notices import NoticeFilter, NoticeInput, NoticeQuery, Notices

ZH, EN = NoticeLanguage.ZH, NoticeLanguage.EN
WATER = {Blank.AREA: "A座", Blank.DATE: "11月25日（星期三）", Blank.TIME: "9:00至17:00"}


@pytest.fixture
def notices(services: Services) -> Notices:
    services.settings.save(dataclasses.replace(services.settings.load(),
                                               org_name="星河国际大厦物业服务中心"))
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    return services.notices


def water_notice(language: NoticeLanguage = ZH, **kw) -> NoticeInput:  # type: ignore[no-untyped-def]
    filled = draft(NoticeTemplate.WATER, language).filled(WATER)
    return NoticeInput(filled.title, filled.body, language=language,
                       template=NoticeTemplate.WATER, **kw)


@pytest.mark.parametrize("template", [t for t in NoticeTemplate if t is not NoticeTemplate.BLANK])
def test_every_template_reads_in_chinese_and_in_english(template: NoticeTemplate) -> None:
    zh, en = draft(template, ZH), draft(template, EN)
    assert zh.title and zh.body.startswith("尊敬的各位业主、租户：")
    assert en.title and en.body.startswith("Dear owners and tenants,")
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in en.title + en.body)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh.title)
    # The same blanks in both languages, marked as each language marks them.
    assert zh.blanks == en.blanks and Blank.DATE in zh.blanks and Blank.TIME in zh.blanks
    assert "【日期】" in zh.body and "[date]" in en.body
    values = {blank: "X" for blank in zh.blanks}
    assert blanks_left(zh.filled(values).title + zh.filled(values).body) == []
    assert blanks_left(en.filled(values).title + en.filled(values).body) == []
    assert len(zh.body.splitlines()) >= 3  # greeting, the notice, the closing


def test_a_blank_notice_is_empty_and_the_holiday_title_has_a_blank() -> None:
    assert (draft(NoticeTemplate.BLANK, ZH).title, draft(NoticeTemplate.BLANK, EN).body) == \
        ("", "")
    holiday = draft(NoticeTemplate.HOLIDAY, ZH)
    assert holiday.blanks == (Blank.DATE, Blank.TIME, Blank.HOLIDAY)
    filled = holiday.filled({Blank.HOLIDAY: "国庆节", Blank.DATE: "", Blank.TIME: " "})
    assert filled.title == "国庆节期间服务时间安排"
    assert blanks_left(filled.body) == ["【日期】", "【时间】"]  # left empty: still blanks


def test_issued_from_the_water_template_numbered_and_signed(notices: Notices, now) -> None:
    notice = notices.issue(water_notice())
    assert notice.number == "TZ2026-001" and notice.title == "停水通知"
    assert notice.dated == now.value.date() and notice.signed == "星河国际大厦物业服务中心"
    assert notice.language is ZH and notice.template is NoticeTemplate.WATER
    assert "A座" in notice.body and "11月25日（星期三）9:00至17:00" in notice.body
    assert notice.paragraphs[0] == "尊敬的各位业主、租户："
    assert notice.created_by == "王芳" and not notice.withdrawn
    english = notices.issue(water_notice(EN, signed="Property Management Office",
                                         dated=dt.date(2026, 11, 24)))
    assert english.number == "TZ2026-002" and english.signed == "Property Management Office"
    assert english.title == "Water supply interruption" and "on 11月25日" in english.body
    now.value = dt.datetime(2027, 1, 4, 9, 0, tzinfo=now.value.tzinfo)
    assert notices.issue(water_notice()).number == "TZ2027-001"
    assert notices.notice_by_number("tz2026-002") == english
    with pytest.raises(NotFound):
        notices.notice_by_number("TZ2026-009")


def test_a_blank_left_or_a_field_missing_is_refused_where_it_stands(notices: Notices) -> None:
    water = draft(NoticeTemplate.WATER, ZH)
    with pytest.raises(ValidationError) as refused:
        notices.issue(NoticeInput(water.title, water.filled({Blank.AREA: "A座"}).body))
    assert set(refused.value.errors) == {"body"}
    assert "【日期】 【时间】" in refused.value.errors["body"]
    holiday = draft(NoticeTemplate.HOLIDAY, EN)
    with pytest.raises(ValidationError) as both:
        notices.issue(NoticeInput(holiday.title, holiday.body, language=EN))
    assert set(both.value.errors) == {"title", "body"}
    with pytest.raises(ValidationError) as empty:
        notices.issue(NoticeInput(" ", "\n \n", dated=dt.date(1900, 1, 1),
                                  language="fr"))  # type: ignore[arg-type]
    assert set(empty.value.errors) == {"title", "body", "dated", "language"}


def test_the_body_keeps_its_paragraphs_and_drops_empty_lines(notices: Notices) -> None:
    notice = notices.issue(NoticeInput("通知", "\n\n第一段\u200b  文字\r\n\r\n\r\n第二段\n\n"))
    assert notice.body == "第一段 文字\n第二段"
    assert notice.paragraphs == ["第一段 文字", "第二段"]


def test_without_an_organisation_name_the_notice_must_be_signed(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.notices.issue(NoticeInput("通知", "内容"))
    assert set(refused.value.errors) == {"signed"}
    assert services.notices.issue(NoticeInput("通知", "内容", signed="管理处")).signed == "管理处"


def test_withdrawn_with_a_reason_and_kept_in_the_archive(notices: Notices, now,
                                                        services) -> None:
    first = notices.issue(water_notice())
    second = notices.issue(NoticeInput("消防演练通知", "演练改期，另行通知。"))
    with pytest.raises(ValidationError) as refused:
        notices.withdraw(first.id, " ")
    assert set(refused.value.errors) == {"reason"}
    now.advance(hours=1)
    withdrawn = notices.withdraw(first.id, "施工改期")
    assert withdrawn.withdrawn and withdrawn.withdrawn_at == now.value
    assert (withdrawn.withdrawn_by, withdrawn.withdraw_reason) == ("王芳", "施工改期")
    with pytest.raises(DomainError, match="withdrawn already"):
        notices.withdraw(first.id, "again")
    with pytest.raises(NotFound):
        notices.withdraw(999, "none")
    today = now.value.date()
    query = NoticeQuery(today, today)
    assert [n.number for n in notices.page(query)] == [second.number]
    assert [n.number for n in notices.page(dataclasses.replace(
        query, only=NoticeFilter.WITHDRAWN))] == [first.number]
    every = dataclasses.replace(query, only=NoticeFilter.ALL)
    assert [n.number for n in notices.page(every)] == [second.number, first.number]
    assert notices.count(every).shown == 2 and notices.count(every).current == 1
    with Session(services.engine) as session:
        assert session.exec(select(func.count(PropertyNotice.id))).one() == 2


def test_the_archive_newest_first_paged_and_searched(notices: Notices, now) -> None:
    today = now.value.date()
    made = [notices.issue(NoticeInput(f"通知 {n}", f"第 {n} 份：{'甲乙丙丁戊'[n]}", dated=today
                                      - dt.timedelta(days=n))) for n in range(5)]
    query = NoticeQuery(today - dt.timedelta(days=30), today)
    page = notices.page(query, limit=2)
    assert [n.id for n in page] == [made[0].id, made[1].id]
    rest = notices.page(query, notices.cursor_after(page[-1]))
    assert [n.id for n in rest] == [m.id for m in made[2:]]
    assert [n.id for n in notices.page(dataclasses.replace(query, text="丁 份"))] == \
        [made[3].id]
    assert [n.id for n in notices.page(dataclasses.replace(
        query, text=made[4].number.lower()))] == [made[4].id]
    old_days = NoticeQuery(today - dt.timedelta(days=2), today - dt.timedelta(days=1),
                           only=NoticeFilter.ALL)
    assert [n.id for n in notices.page(old_days)] == [made[1].id, made[2].id]
