"""Goods release passes: the unit's arrears read from fee collection refuse a pass without a
supervisor's approval and are recorded with it; numbers FX2026-0001 on, never repeated,
yearly; valid the day issued only; the guard's copy checked off once by its number, never
for a voided pass; voids with their reason; the passes not returned, those past their day
first; the list paged, counted and searched; the day's passes and those still out at its
close."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ledger_data import FeeBook

from deskapp.bootstrap import Services
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.operators import ApprovalNeeded
from deskapp.domain.roles import Action, Role
from deskapp.domain.services.release_pass_records import (
    MAX_GOODS_LINES,
    AuthorisationHow,
    GoodsLine,
    PassFilter,
    PassQuery,
    ReleasePassInput,
    is_pass_number,
)
from deskapp.domain.services.release_passes import (
    ArrearsNeedApproval,
    PassRefused,
    ReleasePasses,
)

ID_ZHANG = "11010519491231002X"  # GB 11643's own example
SUPERVISOR, RECEPTIONIST = "李建国", "王芳"
TODAY = dt.date(2026, 11, 23)  # the conftest clock's day


@pytest.fixture
def book(services: Services) -> FeeBook:
    return FeeBook(services)


@pytest.fixture
def desk(services: Services, book: FeeBook) -> Services:
    """A supervisor and a receptionist (on duty); 1203 owes fees past due, 1505 owes
    nothing past due (a bill due next month)."""
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pin", "admin-pin")
    accounts.add(SUPERVISOR, Role.SUPERVISOR, "9876", "9876")
    accounts.add(RECEPTIONIST, Role.RECEPTIONIST, "5678", "5678")
    accounts.log_in(RECEPTIONIST, "5678")
    owing = book.unit("1203", "张三")
    book.charge(owing, dt.date(2026, 9, 25), 21000)
    book.charge(owing, dt.date(2026, 10, 25), 21000, paid=6000)
    clear = book.unit("1505", "", "星光电子")
    book.charge(clear, dt.date(2026, 12, 25), 30000)
    return services


def unit_id(services: Services, number: str) -> int:
    return next(u.id for u in services.directory.units() if u.number == number)  # type: ignore[misc]


def pass_input(services: Services, number: str = "1505", **changes: object) -> ReleasePassInput:
    values: dict[str, object] = dict(
        unit_id=unit_id(services, number),
        goods=(GoodsLine("办公桌", 2, "张"), GoodsLine("纸箱（文件）", 6, "箱")),
        carrier_name="刘师傅", carrier_id_number=ID_ZHANG, carrier_phone="138 0013 8000",
        plate="粤b 12345", authorised_by="星光电子 行政 陈女士",
        authorisation_how=AuthorisationHow.PHONE, authorisation_note="电话 0755-86001234")
    values.update(changes)
    return ReleasePassInput(**values)  # type: ignore[arg-type]


def approval(services: Services):  # type: ignore[no-untyped-def]
    return services.accounts.approve(SUPERVISOR, "9876", Action.RELEASE_WITH_ARREARS)


# --- The arrears check

def test_a_unit_owing_past_due_is_refused_without_a_supervisor(desk: Services) -> None:
    passes = desk.release_passes
    check = passes.check(unit_id(desk, "1203"))
    assert (check.arrears_fen, check.owed_fen, check.oldest_due) == (36000, 36000,
                                                                     dt.date(2026, 9, 25))
    assert check.owing and check.needs_approval
    with pytest.raises(ArrearsNeedApproval) as refused:
        passes.issue(pass_input(desk, "1203"))
    assert isinstance(refused.value, ApprovalNeeded)
    assert refused.value.action is Action.RELEASE_WITH_ARREARS
    assert "1203" in str(refused.value) and "360.00" in str(refused.value)
    assert refused.value.check.arrears_fen == 36000
    assert passes.page(PassQuery(TODAY, TODAY)) == []  # nothing saved, no number taken


def test_a_supervisors_approval_lets_the_goods_out_and_is_recorded(desk: Services) -> None:
    passes = desk.release_passes
    row = passes.issue(pass_input(desk, "1203"), approval(desk))
    assert (row.arrears_fen, row.approved_by, row.created_by) == (36000, SUPERVISOR,
                                                                  RECEPTIONIST)
    assert row.number == "FX2026-0001"  # the refusal before took no number
    assert passes.release_pass(row.id) == row
    # An approval for another action approves nothing.
    other = desk.accounts.approve(SUPERVISOR, "9876", Action.VOID_RECORD)
    with pytest.raises(ArrearsNeedApproval):
        passes.issue(pass_input(desk, "1203"), other)


def test_a_supervisor_on_duty_approves_their_own_pass(desk: Services) -> None:
    desk.accounts.log_in(SUPERVISOR, "9876")
    passes = desk.release_passes
    assert not passes.check(unit_id(desk, "1203")).needs_approval
    row = passes.issue(pass_input(desk, "1203"))
    assert (row.arrears_fen, row.approved_by) == (36000, SUPERVISOR)


def test_a_unit_owing_nothing_past_due_needs_no_approval(desk: Services) -> None:
    check = desk.release_passes.check(unit_id(desk, "1505"))
    assert (check.arrears_fen, check.owed_fen, check.owing) == (0, 30000, False)
    row = desk.release_passes.issue(pass_input(desk, "1505"))
    assert (row.arrears_fen, row.approved_by) == (0, "")


def test_a_unit_not_in_the_directory_is_said_by_its_field(desk: Services) -> None:
    with pytest.raises(ValidationError) as bad:
        desk.release_passes.check(999)
    assert "unit" in bad.value.errors
    with pytest.raises(ValidationError) as bad:
        desk.release_passes.issue(pass_input(desk, unit_id=999))
    assert set(bad.value.errors) == {"unit"}


# --- What is stored

def test_the_pass_keeps_what_was_typed_normalised(desk: Services) -> None:
    row = desk.release_passes.issue(pass_input(desk, note="  走货梯  "))
    assert row.unit_label.startswith("1505") and row.unit_id == unit_id(desk, "1505")
    assert row.goods == (GoodsLine("办公桌", 2, "张"), GoodsLine("纸箱（文件）", 6, "箱"))
    assert (row.plate, row.carrier_phone, row.note) == ("粤B12345", "13800138000", "走货梯")
    assert row.carrier_id_masked == "110105********002X"
    assert row.carrier_id_number == ID_ZHANG  # the record keeps it; screens mask it
    assert row.goods_text == "办公桌 ×2张; 纸箱（文件） ×6箱" and row.pieces == 8
    assert row.valid_on == TODAY and row.valid(TODAY) and row.open


def test_every_bad_field_is_said_at_once(desk: Services) -> None:
    with pytest.raises(ValidationError) as bad:
        desk.release_passes.issue(pass_input(
            desk, goods=(), carrier_name=" ", carrier_id_number="110105194912310021",
            carrier_phone="12345", authorised_by="", plate="粤B" + "1" * 20))
    assert set(bad.value.errors) == {"goods", "carrier_name", "carrier_id_number",
                                     "carrier_phone", "authorised_by", "plate"}
    assert "check digit" in bad.value.errors["carrier_id_number"]


def test_the_carriers_id_is_required_and_checked(desk: Services) -> None:
    with pytest.raises(ValidationError) as bad:
        desk.release_passes.issue(pass_input(desk, carrier_id_number=""))
    assert set(bad.value.errors) == {"carrier_id_number"}
    passport = desk.release_passes.issue(pass_input(
        desk, carrier_id_type=IdType.PASSPORT, carrier_id_number="e1234 5678"))
    assert passport.carrier_id_number == "E12345678"


def test_goods_lines_are_checked_line_by_line(desk: Services) -> None:
    passes = desk.release_passes
    with pytest.raises(ValidationError) as bad:
        passes.issue(pass_input(desk, goods=(GoodsLine("沙发", 1, "件"), GoodsLine("柜子", 0))))
    assert bad.value.errors["goods"].startswith("Line 2:")
    with pytest.raises(ValidationError) as bad:
        passes.issue(pass_input(desk, goods=(GoodsLine("", 1, "箱"),)))
    assert bad.value.errors["goods"].startswith("Line 1:")
    # A line left blank in the table is no line; a list of blanks is no list.
    row = passes.issue(pass_input(desk, goods=(GoodsLine("沙发"), GoodsLine(""))))
    assert row.goods == (GoodsLine("沙发", 1, "件"),)
    with pytest.raises(ValidationError, match="at least one"):
        passes.issue(pass_input(desk, goods=(GoodsLine(" "),)))
    most = tuple(GoodsLine(f"货物{n}") for n in range(MAX_GOODS_LINES))
    assert len(passes.issue(pass_input(desk, goods=most)).goods) == MAX_GOODS_LINES
    with pytest.raises(ValidationError, match="second pass"):
        passes.issue(pass_input(desk, goods=(*most, GoodsLine("再一件"))))


# --- Numbers and the day

def test_numbers_follow_each_other_and_start_again_each_year(desk: Services, now) -> None:
    passes = desk.release_passes
    numbers = [passes.issue(pass_input(desk)).number for _ in range(3)]
    assert numbers == ["FX2026-0001", "FX2026-0002", "FX2026-0003"]
    assert all(is_pass_number(n) for n in numbers)
    now.value = dt.datetime(2027, 1, 2, 9, 0, tzinfo=now.value.tzinfo)
    # (1505's December bill is past due by then: a supervisor lets its goods out.)
    assert passes.issue(pass_input(desk), approval(desk)).number == "FX2027-0001"


def test_a_pass_is_valid_the_day_it_was_issued_only(desk: Services, now) -> None:
    now.value = now.value.replace(hour=23, minute=50)
    row = desk.release_passes.issue(pass_input(desk))
    assert row.valid_on == TODAY and row.valid(TODAY)
    now.advance(minutes=20)  # past midnight: a new day
    again = desk.release_passes.release_pass(row.id)
    today = desk.clock.today()
    assert today == TODAY + dt.timedelta(days=1)
    assert not again.valid(today) and again.past_its_day(today)
    assert again.state_label(today) == "Copy missing"


# --- The guard's copy

def test_the_guards_copy_is_checked_off_once_by_its_number(desk: Services, now) -> None:
    passes = desk.release_passes
    row = passes.issue(pass_input(desk))
    now.advance(minutes=40)
    back = passes.check_off(" " + row.number.lower() + " ")  # as a scanner or a hand typed it
    assert back.returned and back.guard_copy_back_by == RECEPTIONIST
    assert back.guard_copy_back_at == desk.clock.now()
    with pytest.raises(PassRefused, match="checked off already"):
        passes.check_off(row.number)
    with pytest.raises(PassRefused, match="checked off already"):
        passes.check_off_pass(row.id)
    assert passes.release_pass(row.id).guard_copy_back_at == back.guard_copy_back_at
    # Full-width, as a Chinese input method types it.
    other = passes.issue(pass_input(desk))
    full = other.number.translate({ord(c): ord(c) + 0xFEE0 for c in "FX0123456789-"})
    assert passes.check_off(full).returned


def test_an_unknown_or_empty_number_is_said(desk: Services) -> None:
    with pytest.raises(NotFound, match="FX2026-9999"):
        desk.release_passes.check_off("FX2026-9999")
    with pytest.raises(ValidationError):
        desk.release_passes.check_off("  ")


def test_a_voided_pass_is_not_checked_off_and_a_used_one_not_voided(desk: Services) -> None:
    passes = desk.release_passes
    row = passes.issue(pass_input(desk))
    with pytest.raises(ValidationError) as bad:
        passes.void(row.id, " ")
    assert set(bad.value.errors) == {"reason"}
    voided = passes.void(row.id, "单元号填错")
    assert voided.voided and voided.void_reason == "单元号填错" and not voided.open
    with pytest.raises(PassRefused, match="voided"):
        passes.check_off(row.number)
    with pytest.raises(PassRefused, match="voided already"):
        passes.void(row.id, "again")
    used = passes.issue(pass_input(desk))
    passes.check_off(used.number)
    with pytest.raises(PassRefused, match="goods went out"):
        passes.void(used.id, "too late")


def test_only_ones_own_pass_of_the_day_is_voided_without_a_supervisor(desk: Services,
                                                                      now) -> None:
    passes = desk.release_passes
    own = passes.issue(pass_input(desk))
    desk.accounts.log_in(SUPERVISOR, "9876")
    theirs = passes.issue(pass_input(desk))
    desk.accounts.log_in(RECEPTIONIST, "5678")
    with pytest.raises(ApprovalNeeded):
        passes.void(theirs.id, "重复开单")
    assert passes.void(own.id, "重复开单").voided
    yesterday = passes.issue(pass_input(desk))
    now.advance(days=1)
    with pytest.raises(ApprovalNeeded):
        passes.void(yesterday.id, "没用上")
    voided = passes.void(yesterday.id, "没用上",
                         desk.accounts.approve(SUPERVISOR, "9876", Action.VOID_RECORD))
    assert voided.voided


# --- The lists

def test_the_passes_not_returned_list_those_past_their_day_first(desk: Services, now) -> None:
    passes = desk.release_passes
    old = passes.issue(pass_input(desk, carrier_name="赵师傅"))
    older_back = passes.issue(pass_input(desk))
    passes.check_off(older_back.number)
    void = passes.issue(pass_input(desk))
    passes.void(void.id, "开错了")
    now.advance(days=1)
    fresh = passes.issue(pass_input(desk, carrier_name="钱师傅"))
    waiting = passes.not_returned()
    assert [p.id for p in waiting] == [old.id, fresh.id]
    today = desk.clock.today()
    assert waiting[0].past_its_day(today) and not waiting[1].past_its_day(today)
    summary = passes.count(PassQuery(today, today))
    assert (summary.shown, summary.not_returned, summary.past_their_day) == (1, 2, 1)


def test_the_list_pages_filters_and_searches(desk: Services, now) -> None:
    passes = desk.release_passes
    yesterday = [passes.issue(pass_input(desk, carrier_name=f"师傅{n}")) for n in range(3)]
    passes.check_off(yesterday[0].number)
    now.advance(days=1)
    today = desk.clock.today()
    mine = passes.issue(pass_input(desk, plate="京A 88888", carrier_name="孙悟空"))
    owing = passes.issue(pass_input(desk, "1203"), approval(desk))
    everything = PassQuery(today - dt.timedelta(days=1), today)
    first = passes.page(everything, limit=3)
    assert [p.id for p in first] == [owing.id, mine.id, yesterday[2].id]
    rest = passes.page(everything, passes.cursor_after(first[-1]), limit=3)
    assert [p.id for p in rest] == [yesterday[1].id, yesterday[0].id]
    assert passes.count(everything).shown == 5
    # Today's, whatever the days chosen; the copies not back, whenever issued.
    long_ago = PassQuery(dt.date(2026, 1, 1), dt.date(2026, 1, 2), only=PassFilter.TODAY)
    assert {p.id for p in passes.page(long_ago)} == {mine.id, owing.id}
    open_ones = passes.page(PassQuery(today, today, only=PassFilter.NOT_RETURNED))
    assert {p.id for p in open_ones} == {mine.id, owing.id, yesterday[1].id, yesterday[2].id}
    # By number (any case), unit, plate (as typed, blanks or not) and carrier.
    for text, expected in ((mine.number.lower(), {mine.id}), ("1203", {owing.id}),
                           ("京a88888", {mine.id}), ("悟空", {mine.id}),
                           ("师傅1", {yesterday[1].id})):
        found = passes.page(PassQuery(today - dt.timedelta(days=1), today, text=text))
        assert {p.id for p in found} == expected, text
        assert passes.count(PassQuery(today - dt.timedelta(days=1), today,
                                      text=text)).shown == len(expected)


def test_the_day_and_the_passes_still_out_at_its_close(desk: Services, now) -> None:
    passes = desk.release_passes
    first = passes.issue(pass_input(desk))
    second = passes.issue(pass_input(desk))
    now.advance(days=1)
    day_two = desk.clock.today()
    third = passes.issue(pass_input(desk))
    passes.check_off(second.number)  # back on day two
    now.advance(days=1)
    passes.check_off(first.number)  # back only on day three
    assert [p.id for p in passes.day_passes(TODAY)] == [first.id, second.id]
    assert [p.id for p in passes.day_passes(day_two)] == [third.id]
    # At the close of day two the first pass's copy was still missing; the second was back.
    assert [p.id for p in passes.still_out_at_close(day_two)] == [first.id]
    assert passes.still_out_at_close(day_two)[0].guard_copy_back_at is None
    # Today nothing older is missing any more.
    assert [p.id for p in passes.still_out_at_close(desk.clock.today())] == [third.id]


# --- The entry point takes anything the command line or an import could pass

_TEXT = st.one_of(st.text(max_size=40), st.none(), st.integers(), st.just(ID_ZHANG))
_LINES = st.one_of(
    st.lists(st.builds(GoodsLine, st.text(max_size=30),
                       st.one_of(st.integers(-5, 10_050), st.floats(), st.booleans()),
                       st.text(max_size=6)), max_size=MAX_GOODS_LINES + 2).map(tuple),
    st.none(), st.text(max_size=5))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unit=st.one_of(st.integers(-3, 5), st.none(), st.text(max_size=4)), goods=_LINES,
       carrier=_TEXT, id_number=_TEXT, phone=_TEXT, plate=_TEXT, authorised=_TEXT,
       how=st.one_of(st.sampled_from(list(AuthorisationHow)), st.text(max_size=8)),
       id_type=st.one_of(st.sampled_from(list(IdType)), st.text(max_size=8)))
def test_issue_saves_a_clean_pass_or_says_which_fields_are_wrong(
        desk: Services, unit, goods, carrier, id_number, phone, plate, authorised, how,
        id_type) -> None:
    passes: ReleasePasses = desk.release_passes
    data = ReleasePassInput(unit, goods, carrier, id_number, authorised, how, id_type, phone,
                            plate)
    before = len(passes.page(PassQuery(TODAY, TODAY), limit=1000))
    try:
        row = passes.issue(data, approval(desk))
    except ValidationError as exc:
        assert exc.errors and all(isinstance(m, str) and m for m in exc.errors.values())
        assert len(passes.page(PassQuery(TODAY, TODAY), limit=1000)) == before
        return
    assert 1 <= len(row.goods) <= MAX_GOODS_LINES
    assert all(line.description and 1 <= line.quantity <= 9999 for line in row.goods)
    assert row.carrier_name and row.authorised_by and row.carrier_id_number
    assert len(row.plate) <= 16 and " " not in row.plate
    assert passes.by_number(row.number) == row
