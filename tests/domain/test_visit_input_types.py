"""The visitor log checks what it is given at its edge: types, not only what widgets allow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.records import HostResponse, Purpose
from deskapp.domain.visitors import HostRef, VisitInput, VisitQuery

UTC = dt.UTC


def visitor(**kw) -> VisitInput:
    base = {"name": "张三", "phone": "13800138000", "host": HostRef("1203 李四")}
    base.update(kw)
    return VisitInput(**base)


def refused(services: Services, **kw) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        services.visitors.check_in(visitor(**kw))
    today = services.clock.today()
    assert services.visitors.count(VisitQuery(today, today)) == (0, 0)
    return err.value.errors


@pytest.mark.parametrize("size", [2.0, 2.5, True, "2", None, 0, 51])
def test_a_party_size_must_be_a_whole_number(services: Services, size: object) -> None:
    assert refused(services, party_size=size) == {"party_size": "Enter 1 to 50 people."}


def test_a_float_party_size_no_longer_breaks_the_days_export(services: Services,
                                                            tmp_path: Path) -> None:
    refused(services, party_size=2.0)
    services.visitors.check_in(visitor(party_size=2))
    target = services.exports.day_workbook(services.clock.today(), tmp_path / "day.xlsx")
    assert target.exists()


def test_text_fields_refuse_what_is_not_text(services: Services) -> None:
    for field in ("name", "company", "plate", "items", "note", "temp_pass_no",
                  "deny_override_reason", "id_number", "phone"):
        for value in (123, None, b"bytes", ["x"]):
            assert refused(services, **{field: value}) == {field: "Enter text in this field."}


def test_times_must_be_aware_datetimes_in_range(services: Services) -> None:
    for value in (
        dt.datetime(2026, 11, 23, 9, 0),  # naive: which zone?
        dt.date(2026, 11, 23),
        "2026-11-23 09:00",
        dt.datetime(1, 1, 1, tzinfo=UTC),
        dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-12))),
        dt.datetime(1999, 12, 31, 12, tzinfo=UTC),
    ):
        for field in ("time_in", "valid_until"):
            errors = refused(services, **{field: value})
            assert list(errors) == [field], value
            assert errors[field] in ("Enter a valid date and time.",
                                     "Choose a date from 2000-01-01 to 2099-12-31.")


def test_a_valid_until_far_ahead_but_in_range_is_kept(services: Services, now) -> None:
    until = dt.datetime(2099, 12, 31, 12, tzinfo=UTC)
    row = services.visitors.check_in(visitor(valid_until=until))
    assert row.valid_until == until


def test_choices_name_their_own_field(services: Services) -> None:
    assert refused(services, id_type="bogus") == {"id_type": "Choose from the list."}
    assert refused(services, purpose=3) == {"purpose": "Choose from the list."}
    # The stored text of a choice is accepted as the choice.
    row = services.visitors.check_in(visitor(id_type="passport", purpose="meeting",
                                             id_number="E12345678"))
    assert (row.id_type, row.purpose) == (IdType.PASSPORT, Purpose.MEETING)


@pytest.mark.parametrize("visitor_id", ["1", 1.0, True, -1, 2**70])
def test_a_visitor_id_must_be_an_id(services: Services, visitor_id: object) -> None:
    assert list(refused(services, visitor_id=visitor_id)) == ["visitor_id"]


@pytest.mark.parametrize("flag", [None, 1, "yes"])
def test_again_while_on_site_is_yes_or_no(services: Services, flag: object) -> None:
    assert refused(services, again_while_on_site=flag) == {
        "again_while_on_site": "Choose yes or no."}


def test_the_host_must_be_a_host_ref_pointing_at_the_directory(services: Services) -> None:
    assert list(refused(services, host="1203")) == ["host"]
    assert list(refused(services, host=HostRef("1203", unit_id="1"))) == ["host"]
    assert list(refused(services, host=HostRef("1203", unit_id=2**70))) == ["host"]
    # A directory id that names nothing: the foreign key used to raise IntegrityError.
    assert refused(services, host=HostRef("1203", unit_id=999)) == {
        "host": "This entry is no longer in the directory."}
    assert refused(services, host=HostRef("工程部", department_id=999)) == {
        "host": "This entry is no longer in the directory."}


def test_a_long_deny_override_reason_is_refused(services: Services) -> None:
    assert refused(services, deny_override_reason="x" * 501) == {
        "deny_override_reason": "Use at most 500 characters."}


def test_host_responses_check_their_arguments(services: Services) -> None:
    row = services.visitors.check_in(visitor())
    record = services.visitors.record_host_response
    with pytest.raises(ValidationError) as err:
        record(row.id, "maybe")
    assert err.value.errors == {"host_response": "Choose from the list."}
    with pytest.raises(ValidationError) as err:
        record(row.id, HostResponse.DECLINED, message=None)
    assert err.value.errors == {"host_message": "Enter text in this field."}
    with pytest.raises(ValidationError) as err:
        record(row.id, HostResponse.DECLINED, message="x" * 501)
    assert err.value.errors == {"host_message": "Use at most 500 characters."}
    with pytest.raises(ValidationError) as err:
        record(row.id, HostResponse.DECLINED, appointment_at=dt.datetime(2026, 11, 24, 9, 0))
    assert err.value.errors == {"appointment_at": "Enter a valid date and time."}
    with pytest.raises(ValidationError) as err:
        record(row.id, HostResponse.DECLINED,
               appointment_at=dt.datetime(9999, 12, 31, tzinfo=UTC))
    assert list(err.value.errors) == ["appointment_at"]
    for visit_id in (2**70, "1", 0, None):
        with pytest.raises(NotFound):
            record(visit_id, HostResponse.RECEIVED)
    # The stored text of a response is accepted; the message is cleaned like any field.
    back = record(row.id, "declined", message="请\u200b改天\n再来")
    assert back.host_response is HostResponse.DECLINED and back.host_message == "请改天 再来"


def test_lookups_by_id_find_nothing_for_what_is_no_id(services: Services) -> None:
    for bad in (2**70, -1, "1", 1.0, None):
        with pytest.raises(NotFound):
            services.visitors.quick_check_in(bad)
        with pytest.raises(NotFound):
            services.visitors.check_out(bad)
        with pytest.raises(NotFound):
            services.visitors.profile(bad)
        assert services.visitors.host_responses(bad) == []


def test_pass_numbers_are_looked_up_as_typed_text(services: Services) -> None:
    row = services.visitors.check_in(visitor())
    with pytest.raises(NotFound) as err:
        services.visitors.check_out_by_pass("V" * 100_000)
    assert len(str(err.value)) < 100  # the message does not carry the whole paste
    with pytest.raises(NotFound):
        services.visitors.visit_by_pass("\ud800")  # a lone surrogate cannot even be bound
    with pytest.raises(ValidationError):
        services.visitors.visit_by_pass(None)
    # A scanner's stray control character does not hide the pass.
    assert services.visitors.visit_by_pass(row.pass_no + "\x00\r").id == row.id


def test_returning_visitors_are_looked_up_only_by_usable_numbers(services: Services) -> None:
    services.visitors.check_in(visitor())
    assert services.visitors.find_returning(phone="\ud800") is None
    assert services.visitors.find_returning(id_number="x" * 100_000) is None
    assert services.visitors.find_returning(phone="13800138000").name == "张三"
    with pytest.raises(ValidationError) as err:
        services.visitors.find_returning(phone=13800138000)
    assert err.value.errors == {"phone": "Enter text in this field."}


def test_an_upper_cased_plate_is_stored_in_nfc(services: Services) -> None:
    import unicodedata

    row = services.visitors.check_in(visitor(plate="ΐ9"))  # upper() gives Ι + two accents
    assert unicodedata.is_normalized("NFC", row.plate) and row.plate == "\u03aa\u03019"
