"""Property tests of the deny list, the watch list and temporary passes (hypothesis).

Whatever a caller hands them, they answer with a ValidationError or NotFound, or keep a
clean entry that reads back as stored; and an entry they keep does stop the person it
names at check-in (a number stored as typed in other digits never would).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from deskapp.bootstrap import Services, build_services
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.identity import IdType, id_number_problem, normalise_id_number
from deskapp.domain.money import format_money, parse_yuan, yuan_text
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.screening import DenyListHit, DenyReason, WatchListHit
from deskapp.domain.temp_passes import DEPOSIT_LIMIT_FEN, TempPassRow
from deskapp.domain.text import clean_text
from deskapp.domain.visitors import HostRef, VisitInput
from strategies import (
    NOW,
    SHANGHAI,
    clean_names,
    days,
    id_numbers,
    mostly_valid,
    near_days,
    not_texts,
    phones,
    resident_ids,
    texts,
    valid_id_numbers,
    valid_phones,
    weighted,
)

SOME = settings(max_examples=100, deadline=None)
INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}
ANY_TEXT = weighted((1, texts), (1, not_texts))
STOPPED = (DenyListHit, WatchListHit)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path: Path = tmp_path_factory.mktemp("screening") / "deskapp.sqlite"
    services = build_services(path, clock=Clock(lambda: NOW, tz=SHANGHAI))
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为"))
    services.directory.save_department(DepartmentRow(None, "工程部"))
    yield services
    services.close()


def assert_stored_text(value: str, limit: int) -> None:
    value.encode("utf-8")
    assert not any(unicodedata.category(ch) in INVISIBLE for ch in value)
    assert clean_text(value) == value and len(value) <= limit


def assert_number_and_phone(id_number: str, phone: str) -> None:
    assert id_number_problem(IdType.OTHER, id_number) is None
    assert normalise_id_number(id_number) == id_number
    assert phone_problem(phone) is None and normalise_phone(phone) == phone


def check_in(desk: Services, **kw: object) -> None:
    data = {"name": "来访者", "host": HostRef("物业办公室"), **kw}
    desk.visitors.check_in(VisitInput(**data))  # type: ignore[arg-type]


def text(*common: str) -> st.SearchStrategy[object]:
    return weighted((3, st.sampled_from(common)), (1, texts))


@SOME
@given(kw=mostly_valid(dict, valid={
    "name": weighted((1, st.just("")), (3, clean_names)), "id_number": valid_id_numbers,
    "phone": valid_phones, "company": text("", "某保险公司"), "reason": st.sampled_from(
        list(DenyReason)), "note": text("", "多次进入楼层推销"),
}, junk={
    "name": ANY_TEXT, "id_number": weighted((1, id_numbers), (1, not_texts)),
    "phone": weighted((1, phones), (1, not_texts)), "company": ANY_TEXT,
    "reason": weighted((1, st.sampled_from(["sales", "x"])), (1, not_texts)), "note": ANY_TEXT,
}))
def test_a_deny_entry_is_refused_clearly_or_kept_clean_and_stops_its_person(
        desk: Services, kw: dict[str, object]) -> None:
    try:
        row = desk.screening.add_deny(**kw)  # type: ignore[arg-type]
    except ValidationError as exc:
        event("refused")
        assert exc.errors
        return
    event("kept")
    assert row in desk.screening.deny_list()
    assert_stored_text(row.name, 100)
    assert_stored_text(row.company, 200)
    assert_stored_text(row.note, 500)
    assert_number_and_phone(row.id_number, row.phone)
    assert row.name or row.id_number or row.phone
    if row.phone:
        with pytest.raises(STOPPED):
            check_in(desk, phone=row.phone)
    if row.id_number:
        with pytest.raises(STOPPED):
            check_in(desk, id_type=IdType.OTHER, id_number=row.id_number)
    if row.name and not (row.id_number or row.phone):
        with pytest.raises(STOPPED):
            check_in(desk, name=row.name)


@SOME
@given(kw=mostly_valid(dict, valid={
    "name": clean_names, "id_number": valid_id_numbers, "phone": valid_phones,
    "description": text("", "男，约35岁"), "source": text("协查通报〔2026〕17号"),
    "valid_until": weighted((1, st.none()), (2, near_days)),
}, junk={
    "name": ANY_TEXT, "id_number": weighted((1, id_numbers), (1, not_texts)),
    "phone": weighted((1, phones), (1, not_texts)), "description": ANY_TEXT,
    "source": ANY_TEXT, "valid_until": days,
}))
def test_a_watch_entry_is_refused_clearly_or_kept_clean_and_stops_its_person(
        desk: Services, kw: dict[str, object]) -> None:
    try:
        row = desk.screening.add_watch(**kw)  # type: ignore[arg-type]
    except ValidationError as exc:
        event("refused")
        assert exc.errors
        return
    event("kept")
    assert row in desk.screening.watch_list(include_inactive=True)
    assert_stored_text(row.name, 100)
    assert_stored_text(row.description, 500)
    assert_stored_text(row.source, 200)
    assert row.source
    assert_number_and_phone(row.id_number, row.phone)
    assert row.valid_until is None or (
        type(row.valid_until) is dt.date and row.valid_until >= NOW.date())
    if row.id_number:
        with pytest.raises(WatchListHit):
            check_in(desk, id_type=IdType.OTHER, id_number=row.id_number)
    if row.name and row.phone:
        with pytest.raises(WatchListHit):
            check_in(desk, name=row.name, phone=row.phone)


def assert_pass_row(desk: Services, row: TempPassRow) -> None:
    assert desk.screening.temp_pass(row.pass_no) == row
    assert desk.screening.temp_pass(f" {row.pass_no.lower()}\u200b") == row
    for value, limit in ((row.holder_name, 100), (row.company, 200), (row.host_label, 200),
                         (row.work, 200)):
        assert_stored_text(value, limit)
    assert row.holder_name and row.work
    assert row.id_number and id_number_problem(row.id_type, row.id_number) is None
    # The host is an entry of the directory, as its completion names it.
    hosts = {(o.label, o.id if o.kind == "unit" else None)
             for o in desk.directory.host_options()}
    assert (row.host_label, row.host_unit_id) in hosts
    assert type(row.deposit_fen) is int and 0 <= row.deposit_fen <= DEPOSIT_LIMIT_FEN
    assert parse_yuan(format_money(row.deposit_fen)) == row.deposit_fen
    assert row.deposit_returned_at is None
    assert phone_problem(row.phone) is None
    assert row.valid_from.utcoffset() is not None and row.valid_to.utcoffset() is not None
    assert dt.timedelta(days=1) <= row.valid_to - row.valid_from <= dt.timedelta(days=368)


deposits = st.one_of(st.just(""), st.sampled_from(["50", "50.00", "￥２０", "100元", "0"]),
                    st.integers(0, DEPOSIT_LIMIT_FEN).map(yuan_text))


@SOME
@given(kw=mostly_valid(dict, valid={
    "holder_name": clean_names, "id_type": st.sampled_from(list(IdType)),
    "id_number": resident_ids, "phone": valid_phones, "company": text("", "碧桂园装饰"),
    "host_label": st.sampled_from(["1203", "1203 李四 (华为)", "lisi", "工程部", "gcb"]),
    "host_unit_id": weighted((3, st.none()), (1, st.just(1))), "work": text("室内装修"),
    "valid_from": near_days, "valid_to": near_days, "deposit": deposits,
}, junk={
    "holder_name": ANY_TEXT, "id_type": weighted((1, st.sampled_from(["resident", "x"])),
                                                 (1, not_texts)),
    "id_number": weighted((1, id_numbers), (1, not_texts)),
    "phone": weighted((1, phones), (1, not_texts)), "company": ANY_TEXT,
    "host_label": weighted((1, ANY_TEXT), (1, st.sampled_from(["", "物业办公室", "火星"]))),
    "host_unit_id": weighted((1, st.integers()), (1, not_texts)), "work": ANY_TEXT,
    "valid_from": days, "valid_to": days,
    "deposit": weighted((2, ANY_TEXT), (1, st.sampled_from(["-5", "1000.01", "5.005"]))),
}))
def test_a_temporary_pass_is_refused_clearly_or_issued_clean(desk: Services,
                                                            kw: dict[str, object]) -> None:
    try:
        row = desk.screening.issue_temp_pass(**kw)  # type: ignore[arg-type]
    except ValidationError as exc:
        event("refused")
        assert exc.errors
        return
    event("issued")
    assert_pass_row(desk, row)


@SOME
@given(missing=st.sets(st.sampled_from(["id_number", "host_label", "work"]), min_size=1),
       blank=st.sampled_from(["", " ", "\u3000", "\u200b", "\t\n"]),
       holder=clean_names, number=resident_ids)
def test_a_pass_without_id_number_host_or_work_is_refused_by_those_fields(
        desk: Services, missing: set[str], blank: str, holder: str, number: str) -> None:
    kw = {"holder_name": holder, "id_number": number, "host_label": "1203", "work": "室内装修",
          "valid_from": NOW.date(), "valid_to": NOW.date(), "deposit": "50"}
    before = len(desk.screening.temp_passes(current_only=False))
    with pytest.raises(ValidationError) as err:
        desk.screening.issue_temp_pass(**(kw | dict.fromkeys(missing, blank)))  # type: ignore[arg-type]
    fields = {"host" if name == "host_label" else name for name in missing}
    assert set(err.value.errors) == fields
    assert all(err.value.errors.values())
    assert len(desk.screening.temp_passes(current_only=False)) == before


@SOME
@given(typed=weighted((2, texts), (1, not_texts), (1, st.none())),
       pick=st.integers(0, 50), reason=weighted((3, text("丢失")), (1, not_texts)),
       pass_id=weighted((3, st.none()), (1, st.integers()), (1, not_texts)))
def test_passes_are_found_and_revoked_or_refused_clearly(desk: Services, typed, pick, reason,
                                                         pass_id) -> None:
    passes = desk.screening.temp_passes(current_only=False)
    if typed is None and passes:
        typed = passes[pick % len(passes)].pass_no.lower() + " "
    try:
        found = desk.screening.temp_pass(typed)
    except ValidationError:
        event("lookup refused")
    else:
        event("found" if found else "none")
        if found is not None:
            assert found.pass_no == clean_text(typed).upper()
    if pass_id is None:
        if not passes:
            return
        pass_id = passes[pick % len(passes)].id
    try:
        desk.screening.revoke_temp_pass(pass_id, reason)
    except (ValidationError, NotFound) as exc:
        event("revoke: " + type(exc).__name__)
        return
    event("revoked")
    revoked = next(p for p in desk.screening.temp_passes(current_only=False) if p.id == pass_id)
    assert revoked.revoked


def test_the_lists_the_examples_filled_still_read_back(desk: Services) -> None:
    """Whatever the examples left in the lists reads back (reasons, alert names)."""
    for row in desk.screening.deny_list(include_inactive=True):
        assert isinstance(row.reason, DenyReason)
    for alert in desk.screening.alerts():
        alert.name.encode("utf-8")
    assert issubclass(DenyListHit, DomainError) and issubclass(WatchListHit, DomainError)
