"""Property tests of the visitor log's entry points (hypothesis).

Whatever a caller hands the log, it answers with a clear DomainError (ValidationError,
NotFound, the screening hits, AlreadyOnSite, AlreadyCheckedOut) or with a correct record
that reads back as stored; never another exception.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from deskapp.bootstrap import Services, build_services
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.identity import IdType, id_number_problem, normalise_id_number
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.pinyin import readings
from deskapp.domain.records import HostResponse, Purpose, VisitRow
from deskapp.domain.text import clean_text
from deskapp.domain.visitors import HostRef, SortKey, VisitInput, VisitQuery
from deskapp.domain.visitors.log import SHORT_PASS_NO
from strategies import (
    NOW,
    SHANGHAI,
    clean_names,
    days,
    id_numbers,
    moments,
    mostly_valid,
    near_days,
    not_texts,
    numbers,
    past,
    phones,
    short_texts,
    soon,
    texts,
    valid_id_numbers,
    valid_phones,
    weighted,
)

SOME = settings(max_examples=100, deadline=None)
INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One data file for the module: examples pile up, as visits do at a real counter."""
    path: Path = tmp_path_factory.mktemp("properties") / "deskapp.sqlite"
    services = build_services(path, clock=Clock(lambda: NOW, tz=SHANGHAI))
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为"))
    services.directory.save_department(DepartmentRow(None, "工程部", "8001"))
    services.screening.add_deny(name="推销员", phone="13900000000")
    services.screening.add_watch(name="x", id_number="11010519491231002X", source="n")
    services.visitors.check_in(VisitInput(name="张三", phone="13800138000",
                                          id_number="440524198001010013", host=HostRef("1203")))
    services.visitors.check_in(VisitInput(name="王五", host=HostRef("工程部")))
    yield services
    services.close()


def text_or_junk(*common: str) -> st.SearchStrategy[object]:
    """Any text or no text at all, with ``common`` values now and then."""
    return st.one_of(st.sampled_from(common), texts, not_texts) if common else st.one_of(
        texts, not_texts)


visit_inputs = mostly_valid(VisitInput, valid={
    "name": clean_names,
    "id_type": st.sampled_from(list(IdType)),
    "id_number": valid_id_numbers,
    "phone": valid_phones,
    "company": st.sampled_from(["", "华为", "顺丰速运"]),
    "party_size": st.integers(1, 50),
    "purpose": st.sampled_from(list(Purpose)),
    "host": st.sampled_from([HostRef("1203"), HostRef("物业办公室"), HostRef("工程部"),
                             HostRef("1203 李四 (华为)", 1), HostRef("工程部", None, 1)]),
    "plate": st.sampled_from(["", "粤B12345", "ǰ1", "ΐ9"]),
    "items": st.sampled_from(["", "文件袋"]),
    "note": st.sampled_from(["", "第一行\n第二行"]),
    "time_in": st.one_of(st.none(), st.none(), past),
    "valid_until": st.one_of(st.none(), soon),
    "temp_pass_no": st.just(""),
    "deny_override_reason": st.sampled_from(["", "经理同意"]),
    "visitor_id": st.none(),
    "again_while_on_site": st.booleans(),
}, junk={
    "name": st.one_of(texts, not_texts),
    "id_type": st.one_of(st.sampled_from(["resident", "x"]), not_texts),
    "id_number": st.one_of(id_numbers, not_texts),
    "phone": st.one_of(phones, not_texts),
    "company": text_or_junk(),
    "party_size": numbers,
    "purpose": st.one_of(st.sampled_from(["visit", "?"]), not_texts),
    "host": st.one_of(st.builds(HostRef, text_or_junk("1203"),
                                st.one_of(st.none(), st.integers(), not_texts),
                                st.one_of(st.none(), st.integers(), not_texts)),
                      text_or_junk("1203")),
    "plate": text_or_junk(),
    "items": text_or_junk(),
    "note": text_or_junk(),
    "time_in": moments,
    "valid_until": moments,
    "temp_pass_no": text_or_junk("T261123-01"),
    "deny_override_reason": text_or_junk(),
    "visitor_id": st.one_of(st.integers(-1, 5), numbers, not_texts),
    "again_while_on_site": not_texts,
})


def assert_stored_text(value: str) -> None:
    value.encode("utf-8")
    assert not any(unicodedata.category(ch) in INVISIBLE for ch in value)
    assert value == value.strip() and clean_text(value) == value


def assert_row_as_read_back(log: Services, row: VisitRow) -> None:
    """The row is what the data file holds, and holds nothing a record may not."""
    stored = log.visitors.visit(row.id)
    assert replace(stored, temp_pass_no=row.temp_pass_no) == row
    for text in (row.name, row.company, row.host_label, row.plate, row.items, row.note,
                 row.host_message, row.pass_no):
        assert_stored_text(text)
    assert type(row.party_size) is int and 1 <= row.party_size <= 50
    assert id_number_problem(row.id_type, row.id_number) is None
    assert normalise_id_number(row.id_number) == row.id_number
    assert phone_problem(row.phone) is None and normalise_phone(row.phone) == row.phone
    for moment in (row.time_in, row.time_out, row.valid_until, row.appointment_at):
        assert moment is None or moment.utcoffset() is not None


@SOME
@given(data=visit_inputs, exempt=st.booleans())
def test_check_in_refuses_clearly_or_stores_what_it_was_given(log: Services, data: VisitInput,
                                                              exempt: bool) -> None:
    try:
        row = log.visitors.check_in(data, exempt=exempt)
    except DomainError as exc:
        event(type(exc).__name__)
        return
    event("checked in")
    assert_row_as_read_back(log, row)
    assert row.name == clean_text(data.name)
    assert row.party_size == data.party_size and row.company == clean_text(data.company)
    assert row.phone == normalise_phone(data.phone)
    if data.id_number.strip():
        assert row.id_number == normalise_id_number(data.id_number)
    assert row.time_in == (data.time_in or NOW)
    if data.valid_until is not None:
        assert row.valid_until == data.valid_until
    day = log.clock.local(row.time_in).date()
    assert row.id in {r.id for r in log.visitors.iter_day(day)}


@SOME
@given(visitor_id=weighted((3, st.integers(1, 6)), (1, st.integers()), (1, numbers),
                          (1, not_texts)),
       reason=weighted((3, st.sampled_from(["", "经理同意"])), (1, text_or_junk())),
       again=weighted((3, st.booleans()), (1, not_texts)))
def test_quick_check_in_refuses_clearly_or_checks_in_the_regular(log: Services, visitor_id,
                                                                 reason, again) -> None:
    try:
        row = log.visitors.quick_check_in(visitor_id, deny_override_reason=reason,
                                          again_while_on_site=again)
    except DomainError as exc:
        event(type(exc).__name__)
        return
    event("checked in")
    assert_row_as_read_back(log, row)
    assert row.visitor_id == visitor_id and "exempt" in row.flags


def existing_visit_ids(log: Services) -> list[int]:
    return [r.id for r in log.visitors.page(VisitQuery(NOW.date(), NOW.date()), limit=5)]


@SOME
@given(pick=st.integers(0, 4),
       visit_id=weighted((4, st.none()), (1, st.integers()), (1, not_texts)),
       response=weighted((4, st.sampled_from(list(HostResponse))),
                         (1, st.sampled_from(["received", "declined", "maybe"])), (1, not_texts)),
       message=weighted((4, st.sampled_from(["在开会", "请\u200b改天", ""])), (1, texts),
                        (1, not_texts)),
       appointment_at=weighted((4, st.none()), (2, soon), (1, moments)))
def test_host_responses_refuse_clearly_or_are_kept(log: Services, pick, visit_id, response,
                                                   message, appointment_at) -> None:
    known = existing_visit_ids(log)
    if visit_id is None:
        visit_id = known[pick % len(known)]
    try:
        row = log.visitors.record_host_response(visit_id, response, message=message,
                                                appointment_at=appointment_at)
    except DomainError as exc:
        event(type(exc).__name__)
        return
    event("recorded")
    assert_row_as_read_back(log, row)
    assert row.id == visit_id and row.host_response is HostResponse(response)
    assert row.host_message == clean_text(message) and row.appointment_at == appointment_at
    _at, answer, said = log.visitors.host_responses(row.id)[-1]
    assert (answer, said) == (row.host_response, row.host_message)


def full_pass_number(typed: str) -> str:
    """The pass number a typed one stands for: today's short number ("25") in full."""
    if SHORT_PASS_NO.fullmatch(typed):
        return f"V{NOW.astimezone(SHANGHAI):%y%m%d}-{int(typed):04d}"
    return typed


@SOME
@given(pick=st.integers(0, 4), noise=st.sampled_from(["", " ", "\u200b", "\x00", "\r\n"]),
       typed=st.one_of(st.none(), texts, not_texts), lower=st.booleans())
def test_pass_numbers_refuse_clearly_or_find_that_visit(log: Services, pick, noise, typed,
                                                         lower) -> None:
    if typed is None:  # a real pass number, as a scanner or a hurried hand types it
        known = log.visitors.page(VisitQuery(NOW.date(), NOW.date()), limit=5)
        typed = known[pick % len(known)].pass_no
        typed = noise + (typed.lower() if lower else typed) + noise
    try:
        found = log.visitors.visit_by_pass(typed)
    except DomainError as exc:
        event(type(exc).__name__)
    else:
        event("found")
        assert found.pass_no == full_pass_number(clean_text(typed).upper())
        assert_row_as_read_back(log, found)
    try:
        row = log.visitors.check_out_by_pass(typed)
    except DomainError as exc:
        event("check-out: " + type(exc).__name__)
        return
    assert row.time_out == NOW and row.pass_no == full_pass_number(clean_text(typed).upper())
    assert_row_as_read_back(log, row)


@SOME
@given(phone=weighted((2, st.sampled_from(["13800138000", "138 0013 8000", ""])), (2, phones),
                      (1, not_texts)),
       id_number=weighted((2, st.sampled_from(["", "440524198001010013"])), (2, id_numbers),
                          (1, not_texts)))
def test_returning_visitors_refuse_clearly_or_match_what_was_typed(log: Services, phone,
                                                                   id_number) -> None:
    try:
        profile = log.visitors.find_returning(phone=phone, id_number=id_number)
    except DomainError as exc:
        event(type(exc).__name__)
        return
    event("none" if profile is None else "found")
    if profile is not None:
        assert (profile.phone == normalise_phone(phone)
                or profile.id_number == normalise_id_number(id_number))


words = st.lists(st.one_of(st.sampled_from(["张三", "1203", "v26", "_", "%", "华为", "13800"]),
                           short_texts), max_size=12).map(" ".join)
queries = mostly_valid(VisitQuery, valid={
    "first_day": near_days, "last_day": near_days, "text": words,
    "on_site_only": st.booleans(), "sort": st.sampled_from(list(SortKey)),
    "descending": st.booleans(),
}, junk={
    "first_day": days, "last_day": days,
    "text": st.one_of(texts, not_texts, st.integers(0, 1200).map(lambda n: " ".join(["w"] * n))),
    "on_site_only": not_texts, "sort": st.one_of(st.sampled_from(["name", "rowid"]), not_texts),
    "descending": not_texts,
})


@SOME
@given(query=queries)
def test_the_list_refuses_a_query_clearly_or_shows_only_matching_visits(log: Services,
                                                                        query: VisitQuery) -> None:
    try:
        counted = log.visitors.count(query)
    except ValidationError as exc:
        event("refused")
        with pytest.raises(ValidationError) as again:
            log.visitors.page(query)
        assert again.value.errors == exc.errors
        return
    event("counted")
    rows = log.visitors.page(query, limit=100_000)
    assert counted == (len(rows), sum(r.party_size for r in rows))
    for row in rows:
        if query.on_site_only:
            assert row.on_site
        else:
            assert query.first_day <= log.clock.local(row.time_in).date() <= query.last_day
        fields = [f.translate(ASCII_LOWER) for f in (row.name, row.phone, row.company,
                                                      row.host_label, row.plate, row.pass_no)]
        fields += readings(row.name)  # the name is found by its pinyin too (zs: 张三)
        for word in clean_text(query.text).split():
            assert any(word.translate(ASCII_LOWER) in f for f in fields), (word, row)


def test_every_day_the_properties_filled_still_exports(log: Services, tmp_path: Path) -> None:
    """A record the log accepted never breaks the day's workbook (a float party size did)."""
    seen = {log.clock.local(r.time_in).date() for r in log.visitors.page(
        VisitQuery(dt.date(2000, 1, 1), dt.date(2099, 12, 31)), limit=100_000)}
    for day in sorted(seen):
        assert log.exports.day_workbook(day, tmp_path / f"{day}.xlsx").exists()
