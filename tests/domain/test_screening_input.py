"""The deny list, watch list and temporary passes check what they are given at their edge."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import AlertEvent
from deskapp.domain.directory import UnitRow
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.screening import DenyListHit, Person
from deskapp.domain.visitors import HostRef, VisitInput

GOOD_ID = "11010519491231002X"


def errors_of(call, **kw) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        call(**kw)
    return err.value.errors


def test_deny_entries_check_types_and_lengths(services: Services) -> None:
    add = services.screening.add_deny
    assert errors_of(add, name=123) == {"name": "Enter text in this field."}
    assert errors_of(add, name="x", phone=13800138000) == {"phone": "Enter text in this field."}
    assert errors_of(add, name="x" * 101) == {"name": "Use at most 100 characters."}
    assert errors_of(add, name="x", company="x" * 201) == {"company": "Use at most 200 characters."}
    assert errors_of(add, name="x", note="x" * 501) == {"note": "Use at most 500 characters."}
    assert errors_of(add, name="x", reason="bogus") == {"reason": "Choose from the list."}
    # Nothing left to match by once invisible characters are gone (a lone surrogate
    # could not even be stored).
    assert list(errors_of(add, name="\ud800\u200b")) == ["name"]
    assert services.screening.deny_list() == []


def test_deny_entries_are_stored_clean_and_match_as_check_in_cleans(services: Services) -> None:
    entry = services.screening.add_deny(name="推销\x00员\u200b", company=" 某\t公司 ",
                                        note="第一行\n第二行")
    assert (entry.name, entry.company, entry.note) == ("推销员", "某 公司", "第一行 第二行")
    services.screening.add_deny(name="张  三")  # typed with two blanks
    with pytest.raises(DenyListHit):  # check-in folds the blanks of the name it screens
        services.visitors.check_in(VisitInput(name="张  三", host=HostRef("1203")))


def test_watch_entries_check_types_lengths_and_dates(services: Services) -> None:
    add = services.screening.add_watch
    base = {"id_number": GOOD_ID, "source": "协查通报"}
    assert errors_of(add, name=None, **base) == {"name": "Enter text in this field."}
    assert errors_of(add, name="x", description="x" * 501, **base) == {
        "description": "Use at most 500 characters."}
    assert errors_of(add, name="x", id_number=GOOD_ID, source="x" * 201) == {
        "source": "Use at most 200 characters."}
    assert errors_of(add, name="x", valid_until=dt.datetime(2027, 1, 1, tzinfo=dt.UTC),
                     **base) == {"valid_until": "Enter a valid date."}
    assert errors_of(add, name="x", valid_until="2027-01-01", **base) == {
        "valid_until": "Enter a valid date."}
    assert errors_of(add, name="x", valid_until=dt.date(9999, 12, 31), **base) == {
        "valid_until": "Choose a date from 2000-01-01 to 2099-12-31."}
    row = add(name=" 赵\u200b六 ", description="男\n约35岁", valid_until=dt.date(2027, 1, 1),
              **base)
    assert (row.name, row.description) == ("赵六", "男 约35岁")


def test_temp_passes_check_types_lengths_and_dates(services: Services) -> None:
    services.directory.save_unit(UnitRow(None, "1203", "李四"))
    issue = services.screening.issue_temp_pass
    today = services.clock.today()
    days = {"valid_from": today, "valid_to": today}
    required = {"id_number": GOOD_ID, "host_label": "1203", "work": "装修"}
    assert errors_of(issue, holder_name=None, **required, **days) == {
        "holder_name": "Enter text in this field."}
    assert errors_of(issue, holder_name="a", **(required | {"work": "x" * 201}), **days) == {
        "work": "Use at most 200 characters."}
    assert errors_of(issue, holder_name="a", id_type="bogus", **required, **days) == {
        "id_type": "Choose from the list."}
    # Far-off days overflowed datetime when the pass's bounds were computed.
    assert errors_of(issue, holder_name="a", **required, valid_from=dt.date(9999, 12, 30),
                     valid_to=dt.date(9999, 12, 31)) == {
        "valid_from": "Choose a date from 2000-01-01 to 2099-12-31.",
        "valid_to": "Choose a date from 2000-01-01 to 2099-12-31."}
    assert errors_of(issue, holder_name="a", **required, valid_from=today,
                     valid_to="2026-12-01") == {"valid_to": "Enter a valid date."}
    assert errors_of(issue, holder_name="a", **required,
                     valid_from=dt.datetime(2026, 11, 23, 9), valid_to=today) == {
        "valid_from": "Enter a valid date."}
    # A unit id naming nothing: the foreign key used to raise IntegrityError.
    assert errors_of(issue, holder_name="a", host_unit_id=999, id_number=GOOD_ID,
                     work="装修", **days) == {
        "host": "This unit is no longer in the directory."}
    assert errors_of(issue, holder_name="a", host_unit_id=2**70, id_number=GOOD_ID,
                     work="装修", **days) == {
        "host": "This unit is no longer in the directory."}
    assert services.screening.temp_passes(current_only=False) == []
    tp = issue(holder_name=" 王\x07建国 ", **(required | {"work": "1203\n装修"}), **days)
    assert (tp.holder_name, tp.work) == ("王建国", "1203 装修")


def test_temp_pass_lookup_and_revocation_check_their_input(services: Services) -> None:
    today = services.clock.today()
    services.directory.save_unit(UnitRow(None, "1203", "李四"))
    tp = services.screening.issue_temp_pass(holder_name="王建国", id_number=GOOD_ID,
                                            host_label="1203", work="装修", valid_from=today,
                                            valid_to=today)
    lookup = services.screening.temp_pass
    assert lookup("\ud800") is None  # could not be bound to the query
    assert lookup("T" * 100_000) is None
    assert lookup(tp.pass_no.lower() + "\u200b").id == tp.id
    with pytest.raises(ValidationError):
        lookup(None)
    revoke = services.screening.revoke_temp_pass
    assert errors_of(revoke, pass_id=tp.id, reason=None) == {"reason": "Enter text in this field."}
    assert errors_of(revoke, pass_id=tp.id, reason="\x00 ") == {
        "reason": "Say why the pass is revoked."}
    assert errors_of(revoke, pass_id=tp.id, reason="x" * 501) == {
        "reason": "Use at most 500 characters."}
    for bad in (2**70, "1", None, 1.0):
        with pytest.raises(NotFound):
            revoke(bad, "lost")
        with pytest.raises(NotFound):
            services.screening.deactivate_deny(bad)
        with pytest.raises(NotFound):
            services.screening.withdraw_watch(bad)
    revoke(tp.id, "丢失\n补办")
    assert lookup(tp.pass_no).revoked


def test_a_turned_away_event_keeps_the_name_clean(services: Services) -> None:
    entry = services.screening.add_deny(name="推销员")
    services.screening.record_turned_away(Person("推销\u200b员\x07"), [entry])
    with Session(services.engine) as session:
        assert [e.name for e in session.exec(select(AlertEvent))] == ["推销员"]


def test_every_row_with_an_id_number_masks_it_the_same_way(services: Services) -> None:
    masked = "110105********002X"
    today = services.clock.today()
    visit = services.visitors.check_in(VisitInput(name="王五", id_number=GOOD_ID,
                                                  host=HostRef("1203")))
    deny = services.screening.add_deny(name="推销员", id_number=GOOD_ID.lower())
    watch = services.screening.add_watch(name="赵六", id_number=GOOD_ID, source="协查通报")
    services.directory.save_unit(UnitRow(None, "1203", "李四"))
    temp = services.screening.issue_temp_pass(holder_name="装修工", id_number=GOOD_ID,
                                              host_label="1203", work="装修",
                                              valid_from=today, valid_to=today)
    services.screening.record_turned_away(Person("推销员", id_number=GOOD_ID), [deny])
    profile = services.visitors.find_returning(id_number=GOOD_ID)
    [alert, *_] = services.screening.alerts()
    rows = (deny, watch, temp, alert, profile, visit)
    assert [row.id_number_masked for row in rows] == [masked] * len(rows)
    assert all(row.id_number == GOOD_ID for row in rows)
    assert services.screening.add_deny(name="无证件").id_number_masked == ""
