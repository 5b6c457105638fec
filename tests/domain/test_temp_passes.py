"""Temporary passes: what issuing one requires, the card deposit recorded at issue, and its
return recorded once, in one audited transaction."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import AuditEntry, TempPass
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.temp_passes import DepositNotHeld

GOOD_ID = "11010519491231002X"
MASKED_ID = "110105********002X"


@pytest.fixture
def desk(services: Services) -> Services:
    services.directory.save_unit(UnitRow(None, "1203", occupant="张三", company="华为"))
    services.directory.save_department(DepartmentRow(None, "工程部"))
    return services


def issue(services: Services, **changes: object):  # type: ignore[no-untyped-def]
    today = services.clock.today()
    kw: dict[str, object] = {
        "holder_name": "王建国", "id_number": GOOD_ID, "company": "美家装饰",
        "host_label": "1203", "work": "室内装修", "valid_from": today,
        "valid_to": today + dt.timedelta(days=7), **changes}
    return services.screening.issue_temp_pass(**kw)  # type: ignore[arg-type]


def errors_of(services: Services, **changes: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        issue(services, **changes)
    return err.value.errors


def passes(services: Services) -> list[TempPass]:
    with Session(services.engine) as session:
        return list(session.exec(select(TempPass)))


def trail(services: Services) -> list[AuditEntry]:
    with Session(services.engine) as session:
        return list(session.exec(select(AuditEntry).where(
            AuditEntry.record_kind == "temp_pass").order_by(AuditEntry.seq)))


# --- What issuing requires


def test_id_number_host_and_work_are_each_required_and_said_by_their_field(desk) -> None:
    assert errors_of(desk, id_number="", host_label="", work="") == {
        "id_number": "Enter the holder's ID number (the card is handed back at once).",
        "host": "Choose the unit or department the work is for.",
        "work": "Say what work will be done."}
    # Blanks and invisible characters are nothing typed.
    assert set(errors_of(desk, id_number=" \u3000", host_label="\u200b", work=" \t")) == {
        "id_number", "host", "work"}
    assert errors_of(desk, work="") == {"work": "Say what work will be done."}
    assert passes(desk) == []


def test_the_id_number_is_checked_by_the_identity_rules(desk) -> None:
    assert "check digit" in errors_of(desk, id_number="110105194912310021")["id_number"]
    assert "digits 0–9" in errors_of(desk, id_number="١١٠١٠٥١٩٤٩١٢٣١٠٠٢X")["id_number"]
    assert errors_of(desk, id_type=IdType.PASSPORT, id_number="E1")["id_number"] == (
        "Use 5 to 20 letters or digits for this document number.")
    row = issue(desk, id_number=" １１０１０５１９４９１２３１００２ｘ ")  # full-width, lower x
    assert row.id_number == GOOD_ID and row.id_number_masked == MASKED_ID
    assert issue(desk, id_type=IdType.PASSPORT, id_number="e12345678").id_number == "E12345678"


def test_the_host_must_be_a_unit_or_department_of_the_directory(desk) -> None:
    assert errors_of(desk, host_label="消防维保单位") == {
        "host": "Choose a unit or department from the directory."}
    desk.directory.save_unit(UnitRow(None, "1204", occupant="张帅", company="腾讯"))
    assert "choose one" in errors_of(desk, host_label="zs")["host"]  # 张三 or 张帅?
    assert passes(desk) == []
    unit = issue(desk, host_label="1203")
    assert (unit.host_label, unit.host_unit_id) == ("1203 张三 (华为)", 1)
    by_initials = issue(desk, host_label="zhangshuai")
    assert (by_initials.host_label, by_initials.host_unit_id) == ("1204 张帅 (腾讯)", 2)
    department = issue(desk, host_label="工程部")
    assert (department.host_label, department.host_unit_id) == ("工程部", None)
    by_id = issue(desk, host_label="", host_unit_id=1)  # a caller that knows the unit
    assert (by_id.host_label, by_id.host_unit_id) == ("1203 张三 (华为)", 1)
    by_id = issue(desk, host_label="1203", host_unit_id=1)
    assert (by_id.host_label, by_id.host_unit_id) == ("1203 张三 (华为)", 1)


def test_every_problem_is_said_at_once_and_nothing_is_saved(desk) -> None:
    today = desk.clock.today()
    errors = errors_of(desk, holder_name="", id_number="123", host_label="火星",
                       work="", deposit="-5", valid_from=today,
                       valid_to=today - dt.timedelta(days=1))
    assert set(errors) == {"holder_name", "id_number", "host", "work", "deposit", "valid_to"}
    assert passes(desk) == [] and trail(desk) == []


# --- The deposit


def test_the_deposit_is_typed_in_yuan_and_kept_in_fen(desk) -> None:
    assert issue(desk).deposit_fen == 0  # none taken
    assert issue(desk, deposit="50").deposit_fen == 5000
    assert issue(desk, deposit="５０．５").deposit_fen == 5050
    row = issue(desk, deposit="￥20.00")
    assert (row.deposit_fen, row.deposit_held, row.deposit_returned_at) == (2000, True, None)
    assert {p.deposit_fen for p in passes(desk)} == {0, 5000, 5050, 2000}
    assert all(type(p.deposit_fen) is int for p in passes(desk))


@pytest.mark.parametrize("typed, says", [
    ("-50", "cannot be negative"),
    ("50.005", "two decimal places"),
    ("abc", "e.g. 50 or 50.00"),
    ("1000.01", "at most ¥1,000.00"),  # a card deposit is tens of yuan
    (50, "Enter text"),
    (50.0, "Enter text"),
])
def test_a_deposit_that_is_no_amount_is_refused_by_its_field(desk, typed, says) -> None:
    assert says in errors_of(desk, deposit=typed)["deposit"]
    assert passes(desk) == []


def test_returning_the_deposit_is_recorded_once_with_who_and_when(desk, now) -> None:
    desk.operator.hand_over("李前台")
    row = issue(desk, deposit="50")
    now.advance(days=9)  # the card comes back after the work
    returned = desk.screening.return_temp_pass_deposit(row.id)
    assert returned.deposit_returned_at == desk.clock.now()
    assert returned.deposit_returned_by == "李前台" and not returned.deposit_held
    assert returned.deposit_fen == 5000  # the amount stays on record
    assert desk.screening.temp_pass(row.pass_no) == returned
    now.advance(minutes=5)
    with pytest.raises(DepositNotHeld, match="already returned on"):
        desk.screening.return_temp_pass_deposit(row.id)
    again = desk.screening.temp_pass_by_id(row.id)
    assert again.deposit_returned_at == returned.deposit_returned_at
    # The return is one audited change: when, by whom; the pass was created with its amount.
    created, changed = trail(desk)
    assert created.action == "create" and json.loads(created.changes)["deposit_fen"] == 5000
    assert changed.action == "change" and changed.actor == "李前台"
    assert set(json.loads(changed.changes)) == {"deposit_returned_at", "deposit_returned_by"}


def test_no_deposit_no_return_and_unknown_passes_are_not_found(desk) -> None:
    row = issue(desk)
    with pytest.raises(DepositNotHeld, match="No deposit was taken"):
        desk.screening.return_temp_pass_deposit(row.id)
    for bad in (999, 2**70, "1", None, 1.0):
        with pytest.raises(NotFound):
            desk.screening.return_temp_pass_deposit(bad)  # type: ignore[arg-type]
        with pytest.raises(NotFound):
            desk.screening.temp_pass_by_id(bad)  # type: ignore[arg-type]
    assert len(trail(desk)) == 1  # only the pass's creation


def test_passes_whose_card_is_still_out_stay_in_the_current_list(desk, now) -> None:
    kept = issue(desk, holder_name="押金未退", deposit="50")
    issue(desk, holder_name="无押金")
    back = issue(desk, holder_name="押金已退", deposit="50")
    desk.screening.return_temp_pass_deposit(back.id)
    revoked = issue(desk, holder_name="已收回", deposit="30")
    desk.screening.revoke_temp_pass(revoked.id, "施工结束")
    now.advance(days=30)  # every pass has ended
    assert [r.holder_name for r in desk.screening.temp_passes()] == ["已收回", "押金未退"]
    assert len(desk.screening.temp_passes(current_only=False)) == 4
    assert desk.screening.temp_pass_by_id(kept.id).problem_at(desk.clock.now())


def test_the_row_names_who_issued_it_where_and_when(desk) -> None:
    desk.operator.hand_over("李前台")
    desk.operator.move_to("一楼大堂")
    row = issue(desk)
    assert (row.issued_by, row.desk, row.issued_at) == ("李前台", "一楼大堂", desk.clock.now())
    assert row.last_valid_moment == row.valid_to - dt.timedelta(microseconds=1)
    assert desk.screening.temp_pass_by_id(row.id) == row
