"""Key custody: the register (tags, hooks, entrusted keys with the owner's deposit and
list), issue only from the cabinet and only on the right authority, returns by tag in
parts, overdue keys and keys out at closing, handovers, losses and replacements, the
histories and the stocktake."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import AuditEntry
from deskapp.domain.directory import UnitRow
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.keys.errors import ConsentNeeded, NotAvailable, NothingOut
from deskapp.domain.keys.records import (
    AuthorisedInput,
    ConsentHow,
    DepositInput,
    Finding,
    HandoverInput,
    IssueInput,
    KeyEventKind,
    KeyKind,
    KeySetInput,
    KeyState,
    LoanBasis,
    LoanFilter,
    LoanPurpose,
    LoanQuery,
    LostInput,
    OwnerConsent,
    ReplacementInput,
)
from deskapp.domain.operators import ApprovalNeeded
from deskapp.domain.roles import Action, Approval, Role

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
ID_ZHANG = "11010519491231002X"  # GB 11643's own example
ID_WANG = "440524198001010013"


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=SHANGHAI)


def vacant(unit: str = "1203", keys: int = 2, hook: str = "A-01", **kw) -> KeySetInput:  # type: ignore[no-untyped-def]
    return KeySetInput(unit, KeyKind.VACANT, keys, hook, **kw)


def deposit(*people: AuthorisedInput, **kw) -> DepositInput:  # type: ignore[no-untyped-def]
    base = dict(owner_name="王先生", owner_phone="13800138000", authorised=people)
    base.update(kw)
    return DepositInput(**base)  # type: ignore[arg-type]


TENANT = AuthorisedInput("李四", "租客", "13900139000", IdType.RESIDENT, ID_WANG)


def lend(key_set_id: int, now, **kw) -> IssueInput:  # type: ignore[no-untyped-def]
    base = dict(key_set_id=key_set_id, borrower_name="张三",
                expected_back=now.value + dt.timedelta(hours=2), phone="13712345678",
                id_number=ID_ZHANG, company="链家地产", purpose=LoanPurpose.VIEWING,
                authorised_by="招商部")
    base.update(kw)
    return IssueInput(**base)  # type: ignore[arg-type]


@pytest.fixture
def keys(services: Services):  # type: ignore[no-untyped-def]
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    services.operator.move_to("大堂")
    return services.keys


# --- The register --------------------------------------------------------------------------

def test_sets_get_the_next_free_tag_or_the_one_typed_and_a_unit_number_links_the_unit(
        services: Services, keys) -> None:  # type: ignore[no-untyped-def]
    services.directory.save_unit(UnitRow(None, "1203", "", "", occupied=False))
    keys.register(vacant("1501", hook="", tag="K0002"))
    first = keys.register(vacant())
    own = keys.register(vacant("B2 水泵房", 1, "b-01", tag="ｐｕ-01"))  # typed full-width
    third = keys.register(vacant("1502", hook=""))
    assert (first.tag, own.tag, third.tag) == ("K0001", "PU-01", "K0003")  # K0002 skipped
    assert first.unit_id is not None and first.unit_label == "1203"
    assert own.unit_id is None and own.hook == "B-01"
    assert first.state is KeyState.IN_CABINET and first.available and first.keys_in_cabinet == 2
    assert (first.created_by, first.desk) == ("王芳", "大堂")
    assert keys.by_tag(" k0001 ") == first and keys.by_tag("pu-01").id == own.id
    with pytest.raises(NotFound):
        keys.by_tag("K9999")
    assert keys.is_tag("k0001") and not keys.is_tag("钥匙")
    [event] = keys.key_history(first.id)
    assert event.kind is KeyEventKind.REGISTERED and event.keys == 2


def test_a_tag_or_hook_another_set_holds_is_refused_by_field(keys) -> None:  # type: ignore[no-untyped-def]
    keys.register(vacant(tag="K0001"))
    with pytest.raises(ValidationError) as err:
        keys.register(vacant("1204", hook="A-02", tag="k0001"))
    assert set(err.value.errors) == {"tag"} and "1203" in err.value.errors["tag"]
    with pytest.raises(ValidationError) as err:
        keys.register(vacant("1204", hook="a-01"))
    assert set(err.value.errors) == {"hook"}
    with pytest.raises(ValidationError) as err:
        keys.register(KeySetInput("", "flat", 0, "A" * 17, tag="钥匙!"))  # type: ignore[arg-type]
    assert set(err.value.errors) == {"unit_label", "kind", "key_count", "hook", "tag"}
    with pytest.raises(ValidationError) as err:
        keys.register(KeySetInput("1204", KeyKind.VACANT, 2.0))  # type: ignore[arg-type]
    assert set(err.value.errors) == {"key_count"}


def test_the_database_itself_refuses_a_tag_or_hook_another_counter_saved_first(
        keys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The check before saving and another counter's save can cross (PostgreSQL): the
    unique indexes refuse the second, which is told which field, as if checked before."""
    from deskapp.domain.keys.register import KeyRegister

    keys.register(vacant())
    real = KeyRegister._taken
    calls = []

    def too_late(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        return {} if len(calls) == 1 else real(*args, **kwargs)

    monkeypatch.setattr(KeyRegister, "_taken", staticmethod(too_late))
    with pytest.raises(ValidationError) as err:
        keys.register(vacant("1204", hook="A-09", tag="K0001"))
    assert set(err.value.errors) == {"tag"}
    calls.clear()
    with pytest.raises(ValidationError) as err:
        keys.register(vacant("1204", hook="A-01"))
    assert set(err.value.errors) == {"hook"}
    monkeypatch.undo()
    assert [s.tag for s in keys.key_sets()] == ["K0001"]  # nothing half-saved


def test_entrusted_keys_come_with_the_owners_deposit_and_list(keys, now) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        keys.register(KeySetInput("1501", KeyKind.ENTRUSTED, 3, "A-02"))
    assert set(err.value.errors) == {"owner_name"}
    with pytest.raises(ValidationError) as err:
        keys.register(vacant(), deposit())
    assert set(err.value.errors) == {"kind"}
    with pytest.raises(ValidationError) as err:
        keys.register(KeySetInput("1501", KeyKind.ENTRUSTED, 3, "A-02"), deposit(
            AuthorisedInput("", phone="123"), owner_phone=""))
    assert set(err.value.errors) == {"owner_phone", "authorised.0.name", "authorised.0.phone"}
    row = keys.register(KeySetInput("1501", KeyKind.ENTRUSTED, 3, "A-02"),
                        deposit(TENANT, authorised_until=dt.date(2027, 6, 30)))
    slip = keys.deposit(row.id)
    assert slip is not None and slip.owner_name == "王先生" and slip.signed_by == "王先生"
    assert slip.keys_deposited == 3 and slip.deposited_at == now.value
    assert slip.owner_phone_masked == "138****8000"
    [tenant] = keys.authorised(row.id)
    assert (tenant.name, tenant.relation) == ("李四", "租客")
    assert tenant.id_number_masked == "440524********0013"
    kinds = [e.kind for e in keys.key_history(row.id)]
    assert kinds == [KeyEventKind.REGISTERED, KeyEventKind.DEPOSITED, KeyEventKind.AUTHORISED]
    assert all("李四" not in e.text for e in keys.key_history(row.id))  # names stay in the list


def test_an_edit_keeps_entrusted_keys_entrusted_and_counts_only_keys_all_in(keys, now) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(vacant())
    other = keys.register(vacant("1204", hook="A-02"))
    edited = keys.edit(row.id, vacant(keys=3, hook="A-03", notes="前门+信箱"))
    assert (edited.tag, edited.key_count, edited.hook) == ("K0001", 3, "A-03")
    changed = keys.key_history(row.id)[-1]
    assert changed.kind is KeyEventKind.EDITED and "A-01 → A-03" in changed.text
    with pytest.raises(ValidationError) as err:
        keys.edit(row.id, vacant(hook="A-02"))
    assert set(err.value.errors) == {"hook"}
    keys.issue(lend(other.id, now))
    with pytest.raises(ValidationError) as err:
        keys.edit(other.id, vacant("1204", keys=5, hook="A-02"))
    assert set(err.value.errors) == {"key_count"}
    assert keys.edit(other.id, vacant("1204", hook="A-09")).hook == "A-09"  # the hook may move
    with pytest.raises(ValidationError) as err:
        keys.edit(row.id, KeySetInput("1203", KeyKind.ENTRUSTED, 3, "A-03"))
    assert set(err.value.errors) == {"owner_name"}
    entrusted = keys.edit(row.id, KeySetInput("1203", KeyKind.ENTRUSTED, 3, "A-03"), deposit())
    assert entrusted.kind is KeyKind.ENTRUSTED and keys.deposit(row.id) is not None
    with pytest.raises(ValidationError) as err:  # a way round the owner's list: refused
        keys.edit(row.id, KeySetInput("1203", KeyKind.VACANT, 3, "A-03"))
    assert set(err.value.errors) == {"kind"}


# --- Issue -----------------------------------------------------------------------------------

def test_a_set_in_the_cabinet_is_issued_once_and_the_slip_holds_what_was_checked(
        services: Services, keys, now) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(vacant())
    loan = keys.issue(lend(row.id, now, id_number="11010519491231002x",
                           phone="+86 137 1234 5678"))
    assert loan.number == "KL2026-0001" and loan.basis is LoanBasis.DESK
    assert (loan.tag, loan.unit_label, loan.keys_out) == ("K0001", "1203", 2)
    assert loan.id_number == ID_ZHANG and loan.id_number_masked == "110105********002X"
    assert loan.phone == "13712345678" and loan.phone_masked == "137****5678"
    assert loan.out_at == now.value and loan.out_at.utcoffset() == dt.timedelta(0)
    assert (loan.created_by, loan.desk) == ("王芳", "大堂")
    assert keys.key_set(row.id).state is KeyState.OUT
    with pytest.raises(NotAvailable) as refused:
        keys.issue(lend(row.id, now, borrower_name="赵六", id_number=ID_WANG))
    assert refused.value.loan is not None and refused.value.loan.borrower_name == "张三"
    assert "张三" in str(refused.value) and "KL2026-0001" in str(refused.value)
    assert len(keys.loans_of_set(row.id)) == 1
    keys.return_keys("K0001")
    assert keys.issue(lend(row.id, now)).number == "KL2026-0002"
    with pytest.raises(NotFound):
        keys.issue(lend(999, now))


def test_issue_checks_the_borrower_the_time_and_the_authority(keys, now) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(vacant())
    with pytest.raises(ValidationError) as err:
        keys.issue(lend(row.id, now, borrower_name=" ", id_number="110105194912310021",
                        phone="12", expected_back=now.value - dt.timedelta(minutes=1),
                        purpose=LoanPurpose.OTHER, keys_out=0))
    assert set(err.value.errors) == {"borrower_name", "id_number", "phone", "expected_back",
                                     "purpose_note", "keys_out"}
    with pytest.raises(ValidationError) as err:
        keys.issue(lend(row.id, now, id_number="", phone="", expected_back=None))
    assert set(err.value.errors) == {"id_number", "phone", "expected_back"}
    with pytest.raises(ValidationError) as err:
        keys.issue(lend(row.id, now, expected_back=now.value + dt.timedelta(days=91)))
    assert set(err.value.errors) == {"expected_back"}
    with pytest.raises(ValidationError) as err:
        keys.issue(lend(row.id, now, expected_back=dt.datetime(2026, 11, 23, 12, 0)))  # naive
    assert set(err.value.errors) == {"expected_back"}
    with pytest.raises(ValidationError) as err:
        keys.issue(lend(row.id, now, authorised_by=""))
    assert set(err.value.errors) == {"authorised_by"}
    with pytest.raises(ValidationError) as err:
        keys.issue(lend(row.id, now, keys_out=3))
    assert set(err.value.errors) == {"keys_out"}
    with pytest.raises(ValidationError) as err:
        keys.issue(lend(row.id, now, staff=True, id_number="", phone="", company=""))
    assert set(err.value.errors) == {"company"}
    # The management's own staff sign with their department, no ID card needed.
    loan = keys.issue(lend(row.id, now, staff=True, id_number="", phone="", company="工程部",
                           purpose=LoanPurpose.REPAIR, keys_out=1, authorised_by="陈经理"))
    assert loan.staff and loan.keys_out == 1 and loan.id_number == ""
    assert keys.key_set(row.id).keys_outstanding == 1
    assert keys.key_set(row.id).state is KeyState.OUT  # nothing comes before it is back


def test_entrusted_keys_go_to_the_owners_list_or_with_consent_recorded(keys, now) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(KeySetInput("1501", KeyKind.ENTRUSTED, 2, "A-02"), deposit(TENANT))
    with pytest.raises(ConsentNeeded) as refused:
        keys.issue(lend(row.id, now, authorised_by="招商部"))
    assert [p.name for p in refused.value.listed] == ["李四"]
    assert keys.key_set(row.id).state is KeyState.IN_CABINET and not keys.loans_of_set(row.id)
    # Someone of the tenant's name with another phone is not the tenant.
    with pytest.raises(ConsentNeeded):
        keys.issue(lend(row.id, now, borrower_name="李 四", id_number=ID_WANG))
    listed = keys.issue(lend(row.id, now, borrower_name="李 四", id_number=ID_WANG,
                             phone="13900139000", authorised_by=""))
    assert listed.basis is LoanBasis.LISTED and listed.authorised_by == "王先生"
    assert listed.authorisation_id == keys.authorised(row.id)[0].id
    keys.return_keys(row.tag)
    with pytest.raises(ValidationError) as err:
        keys.issue(lend(row.id, now, consent=OwnerConsent(
            "", ConsentHow.PHONE, now.value + dt.timedelta(hours=1))))
    assert set(err.value.errors) == {"consent_by", "consent_at"}
    with pytest.raises(ValidationError) as err:
        keys.issue(lend(row.id, now, consent=OwnerConsent(
            "王先生", ConsentHow.PHONE, now.value - dt.timedelta(days=31))))
    assert set(err.value.errors) == {"consent_at"}
    consented = keys.issue(lend(row.id, now, authorised_by="", consent=OwnerConsent(
        "王先生本人", ConsentHow.PHONE, now.value - dt.timedelta(minutes=10))))
    assert consented.basis is LoanBasis.CONSENT and consented.authorised_by == "王先生本人"
    assert consented.consent_how is ConsentHow.PHONE
    assert consented.consent_at == now.value - dt.timedelta(minutes=10)


def test_a_withdrawn_or_expired_authorisation_no_longer_lets_keys_out(keys, now) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(KeySetInput("1501", KeyKind.ENTRUSTED, 2, "A-02"), deposit(
        TENANT, AuthorisedInput("周装修", "装修工长", "13600136000",
                                valid_until=dt.date(2026, 11, 25))))
    tenant, decorator = keys.authorised(row.id)
    with pytest.raises(ValidationError) as err:
        keys.authorise(row.id, AuthorisedInput("李四"))
    assert set(err.value.errors) == {"name"}
    decorator_loan = lend(row.id, now, borrower_name="周装修", phone="13600136000",
                          id_number="", staff=False)
    with pytest.raises(ValidationError):
        keys.issue(decorator_loan)  # an ID number is still needed
    decorator_loan = lend(row.id, now, borrower_name="周装修", phone="13600136000",
                          id_number=ID_WANG)
    assert keys.listed_borrower(row.id, "周装修", "13600136000") is not None
    now.advance(days=3)  # past the 25th
    assert keys.listed_borrower(row.id, "周装修", "13600136000") is None
    with pytest.raises(ConsentNeeded):
        keys.issue(replace_expected(decorator_loan, now))
    with pytest.raises(ValidationError):
        keys.revoke(tenant.id, "")
    assert keys.revoke(tenant.id, "租约到期").revoked_at == now.value
    with pytest.raises(DomainError):
        keys.revoke(tenant.id, "again")
    assert keys.authorised(row.id) == [keys.authorised(row.id, include_withdrawn=True)[1]]
    with pytest.raises(ConsentNeeded) as refused:
        keys.issue(lend(row.id, now, borrower_name="李四", phone="13900139000",
                        id_number=ID_WANG))
    assert refused.value.listed == []  # nobody on the list today
    # The owner renews the deposit, until a day now past: the whole list lapses with it.
    added = keys.authorise(row.id, AuthorisedInput("李四", "租客", "13900139000"))
    assert keys.listed_borrower(row.id, "李四", "13900139000") is not None
    keys.record_deposit(row.id, deposit(authorised_until=now.value.date() - dt.timedelta(
        days=1), deposited_at=now.value - dt.timedelta(days=2)))
    assert keys.listed_borrower(row.id, "李四", "13900139000") is None
    assert added.id in [a.id for a in keys.authorised(row.id)]
    kinds = [e.kind for e in keys.key_history(row.id)]
    assert KeyEventKind.REVOKED in kinds and kinds.count(KeyEventKind.DEPOSITED) == 2


def replace_expected(data: IssueInput, now) -> IssueInput:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(data, expected_back=now.value + dt.timedelta(hours=2))


# --- Return --------------------------------------------------------------------------------

def test_a_partial_return_puts_the_set_back_flagged_until_the_rest_is_back(keys, now) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(vacant(keys=3))
    loan = keys.issue(lend(row.id, now))
    now.advance(minutes=40)
    part = keys.return_keys("ｋ０００１", 2, condition_note="一把齿有磨损",
                            returned_by="张三的同事")
    assert part.open and part.partly_back and part.outstanding == 1 and part.keys_back == 2
    flagged = keys.key_set(row.id)
    assert flagged.state is KeyState.IN_CABINET and flagged.partly_back and flagged.flagged
    assert flagged.keys_in_cabinet == 2 and not flagged.available
    with pytest.raises(NotAvailable) as refused:
        keys.issue(lend(row.id, now, borrower_name="赵六", id_number=ID_WANG))
    assert "KL2026-0001" in str(refused.value)
    assert [r.id for r in keys.still_out()] == [loan.id]
    with pytest.raises(ValidationError) as err:
        keys.return_keys("K0001", 2)
    assert set(err.value.errors) == {"keys_back"}
    now.advance(days=1)
    done = keys.return_keys("K0001")
    assert not done.open and done.keys_back == 3 and done.closed_at == now.value
    assert keys.key_set(row.id).available and not keys.still_out()
    returns = keys.returns(loan.id)
    assert [(r.keys_back, r.returned_by, r.condition_note) for r in returns] == [
        (2, "张三的同事", "一把齿有磨损"), (1, "", "")]
    assert [e.kind for e in keys.key_history(row.id)][-2:] == [
        KeyEventKind.PART_RETURNED, KeyEventKind.RETURNED]
    with pytest.raises(NothingOut):
        keys.return_keys("K0001")
    with pytest.raises(NothingOut):
        keys.return_loan(loan.id)
    with pytest.raises(NotFound):
        keys.return_keys("K0404")
    with pytest.raises(ValidationError) as err:
        keys.return_keys("  ", 0)
    assert set(err.value.errors) == {"tag", "keys_back"}


def test_overdue_keys_and_keys_out_at_closing(keys, now) -> None:  # type: ignore[no-untyped-def]
    early = keys.register(vacant("1203", hook="A-01"))
    late = keys.register(vacant("1204", hook="A-02"))
    plant = keys.register(KeySetInput("B2 配电房", KeyKind.COMMON_AREA, 1, "C-01"))
    a = keys.issue(lend(early.id, now, expected_back=now.value + dt.timedelta(hours=1)))
    b = keys.issue(lend(late.id, now, expected_back=now.value + dt.timedelta(hours=3)))
    c = keys.issue(lend(plant.id, now, staff=True, company="工程部", id_number="",
                        expected_back=now.value + dt.timedelta(hours=2),
                        authorised_by="陈经理"))
    assert keys.overdue() == [] and [r.id for r in keys.still_out()] == [a.id, c.id, b.id]
    now.advance(hours=2, minutes=30)
    assert [r.id for r in keys.overdue()] == [a.id, c.id]
    assert [r.id for r in keys.still_out()] == [a.id, c.id, b.id]  # overdue first
    keys.return_loan(c.id)
    summary = keys.count(LoanQuery(now.value.date(), now.value.date()))
    assert (summary.shown, summary.open, summary.overdue, summary.partly_back) == (3, 2, 1, 0)
    board = {entry.key_set.tag: entry for entry in keys.board()}
    assert board["K0001"].overdue(now.value) and not board["K0002"].overdue(now.value)
    assert board["K0003"].loan is None
    overdue_page = keys.page(LoanQuery(now.value.date(), now.value.date(),
                                       only=LoanFilter.OVERDUE))
    assert [r.id for r in overdue_page] == [a.id]


def test_the_keys_out_at_the_close_of_a_past_day_as_they_stood_then(keys, now) -> None:  # type: ignore[no-untyped-def]
    a = keys.register(vacant("1203", keys=3, hook="A-01"))
    b = keys.register(vacant("1204", hook="A-02"))
    c = keys.register(vacant("1205", hook="A-03"))
    day = now.value.date()
    kept = keys.issue(lend(a.id, now, expected_back=now.value + dt.timedelta(hours=1)))
    later = keys.issue(lend(b.id, now, expected_back=now.value + dt.timedelta(days=2)))
    back = keys.issue(lend(c.id, now))
    now.advance(hours=2)
    keys.return_keys(a.tag, 1)  # the same day: one of three back
    keys.return_loan(back.id)
    keys.issue(lend(c.id, now, expected_back=now.value + dt.timedelta(hours=1)))  # again
    closing = keys.out_at_close(day)
    # Today's close is now: the same loans as still_out(), overdue first.
    assert closing.at == now.value
    assert [r.id for r in closing.loans] == [r.id for r in keys.still_out()]
    now.advance(days=1)  # the next day: the rest of A back, B lost, C back
    keys.return_keys(a.tag)
    keys.report_lost(b.id, LostInput("赵六"))
    keys.return_keys(c.tag)
    assert keys.still_out() == []
    past = keys.out_at_close(day)
    assert past.at == local(2026, 11, 24, 0, 0)
    assert [r.tag for r in past.loans] == ["K0001", "K0003", "K0002"]  # overdue first
    first = past.loans[0]
    assert first.id == kept.id and first.open and first.keys_back == 1
    assert first.outstanding == 2 and first.partly_back
    assert past.loans[2].id == later.id and past.loans[2].outstanding == 2
    assert [r.tag for r in past.overdue] == ["K0001", "K0003"]
    assert keys.out_at_close(day, desk="别的柜台").loans == ()
    assert keys.out_at_close(day - dt.timedelta(days=1)).loans == ()
    with pytest.raises(ValidationError) as err:
        keys.out_at_close("2026-11-23")  # type: ignore[arg-type]
    assert set(err.value.errors) == {"date"}


# --- Handover, loss, replacement, retirement ------------------------------------------------

def test_a_move_in_handover_takes_the_set_out_of_custody_for_good(keys, now) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(KeySetInput("1801", KeyKind.NOT_MOVED_IN, 4, "D-01"))
    loan = keys.issue(lend(row.id, now))
    with pytest.raises(DomainError):
        keys.hand_over(row.id, HandoverInput("刘业主"))
    keys.return_keys(row.tag)
    with pytest.raises(ValidationError) as err:
        keys.hand_over(row.id, HandoverInput("", phone="1", id_number="123"))
    assert set(err.value.errors) == {"owner_name", "phone", "id_number"}
    handed = keys.hand_over(row.id, HandoverInput("刘业主", "13500135000", IdType.RESIDENT,
                                                  ID_WANG, "入伙"))
    assert handed.keys_handed == 4 and handed.tag == row.tag and handed.unit_label == "1801"
    assert handed.id_number_masked == "440524********0013" and handed.at == now.value
    assert keys.handover(handed.id) == handed == keys.handover_of(row.id)
    gone = keys.key_set(row.id)
    assert gone.state is KeyState.HANDED_OVER and not gone.in_custody
    assert row.id not in [e.key_set.id for e in keys.board()]
    with pytest.raises(NotAvailable):
        keys.issue(lend(row.id, now))
    with pytest.raises(DomainError):
        keys.edit(row.id, KeySetInput("1801", KeyKind.NOT_MOVED_IN, 4, "D-01"))
    # Its hook is free again, its history kept.
    assert keys.register(vacant("1802", hook="D-01")).hook == "D-01"
    assert [e.kind for e in keys.key_history(row.id)][-1] is KeyEventKind.HANDED_OVER
    assert keys.loan(loan.id).tag == row.tag


def test_entrusted_keys_go_back_only_to_the_owner_who_left_them(keys) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(KeySetInput("1501", KeyKind.ENTRUSTED, 2, "A-02"),
                        deposit(TENANT, signed_by="王太太"))
    with pytest.raises(ValidationError) as err:
        keys.hand_over(row.id, HandoverInput("李四"))
    assert set(err.value.errors) == {"owner_name"} and "王先生" in err.value.errors["owner_name"]
    with pytest.raises(DomainError):
        keys.retire(row.id, "业主要回")  # the owner's keys are handed back, not retired
    assert keys.hand_over(row.id, HandoverInput("王太太")).keys_handed == 2


def test_keys_lost_on_a_loan_settle_it_and_a_replacement_brings_the_set_back(keys, now) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(vacant(keys=2))
    loan = keys.issue(lend(row.id, now))
    with pytest.raises(ValidationError) as err:
        keys.report_lost(row.id, LostInput("", keys_lost=3,
                                           reported_at=now.value + dt.timedelta(hours=1)))
    assert set(err.value.errors) == {"reported_by", "reported_at"}
    with pytest.raises(ValidationError) as err:
        keys.report_lost(row.id, LostInput("张三", keys_lost=3))
    assert set(err.value.errors) == {"keys_lost"}
    report = keys.report_lost(row.id, LostInput("张三", circumstances="看房后遗失在出租车上",
                                                reported_at=now.value - dt.timedelta(hours=1)))
    assert report.keys_lost == 2 and report.loan_id == loan.id and report.replacement_id is None
    settled = keys.loan(loan.id)
    assert not settled.open and settled.keys_lost == 2 and settled.outstanding == 0
    lost = keys.key_set(row.id)
    assert lost.state is KeyState.LOST and lost.keys_lost == 2 and lost.flagged
    with pytest.raises(NotAvailable):
        keys.issue(lend(row.id, now))
    with pytest.raises(DomainError):
        keys.report_lost(row.id, LostInput("张三"))
    assert keys.still_out() == []  # nothing to chase at closing: it is lost, not out
    replacement = keys.replace(row.id, ReplacementInput(3, lock_changed=True, note="换锁芯"))
    assert (replacement.key_count_before, replacement.key_count_after) == (2, 3)
    back = keys.key_set(row.id)
    assert back.state is KeyState.IN_CABINET and back.available and back.key_count == 3
    assert keys.lost_reports(row.id)[0].replacement_id == replacement.id
    assert keys.replacements(row.id) == [replacement]
    assert [e.kind for e in keys.key_history(row.id)][-2:] == [
        KeyEventKind.LOST, KeyEventKind.REPLACED]


def test_a_key_missing_from_the_cabinet_or_the_rest_of_a_partial_return(keys, now) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(vacant(keys=3))
    with pytest.raises(DomainError):
        keys.replace(row.id, ReplacementInput(1))  # nothing lost, the lock unchanged
    keys.report_lost(row.id, LostInput("王芳", keys_lost=1, circumstances="盘点少一把"))
    short = keys.key_set(row.id)
    assert short.state is KeyState.IN_CABINET and short.keys_in_cabinet == 2 and short.flagged
    loan = keys.issue(lend(row.id, now))
    assert loan.keys_out == 2  # what is in the cabinet
    keys.return_keys(row.tag, 1)
    with pytest.raises(DomainError):
        keys.replace(row.id, ReplacementInput(1))  # a key is still out
    keys.report_lost(row.id, LostInput("张三"))  # the one still out: the loan is settled
    assert not keys.loan(loan.id).open and keys.loan(loan.id).keys_lost == 1
    settled = keys.key_set(row.id)
    assert settled.keys_lost == 2 and settled.keys_in_cabinet == 1 and not settled.partly_back
    keys.replace(row.id, ReplacementInput(2, note="配两把"))
    whole = keys.key_set(row.id)
    assert (whole.key_count, whole.keys_lost, whole.keys_in_cabinet) == (3, 0, 3)
    with pytest.raises(ValidationError) as err:
        keys.replace(row.id, ReplacementInput(51, lock_changed=True))
    assert set(err.value.errors) == {"keys_new"}


def test_a_retired_set_leaves_the_board_frees_its_hook_and_keeps_its_history(keys, now) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(vacant())
    keys.issue(lend(row.id, now))
    with pytest.raises(DomainError):
        keys.retire(row.id, "换锁")
    keys.return_keys(row.tag)
    with pytest.raises(ValidationError) as err:
        keys.retire(row.id, " ")
    assert set(err.value.errors) == {"reason"}
    retired = keys.retire(row.id, "单元合并，门已拆除")
    assert retired.state is KeyState.RETIRED and retired.retire_reason == "单元合并，门已拆除"
    assert keys.key_sets() == [] and keys.key_sets(include_gone=True) == [retired]
    assert keys.register(vacant("1204", hook="A-01")).hook == "A-01"
    assert len(keys.loans_of_set(row.id)) == 1 and keys.key_history(row.id)[-1].kind is \
        KeyEventKind.RETIRED
    with pytest.raises(DomainError):
        keys.retire(row.id, "again")


# --- Histories, the board, the list ---------------------------------------------------------

def test_a_borrowers_history_the_days_movements_and_the_list(keys, now) -> None:  # type: ignore[no-untyped-def]
    first = keys.register(vacant("1203", hook="A-10"))
    second = keys.register(vacant("1204", hook="A-2"))
    keys.issue(lend(first.id, now))
    now.advance(minutes=30)
    keys.return_keys(first.tag)
    keys.issue(lend(second.id, now, borrower_name="赵六", id_number=ID_WANG,
                    phone="13600136000", company="我爱我家"))
    now.advance(days=1)
    keys.edit(second.id, vacant("1204", hook="A-2", notes="paperwork, not a movement"))
    keys.issue(lend(first.id, now, phone="13700000000"))  # 张三 with a new phone
    assert [r.tag for r in keys.borrower_history(name="张三")] == ["K0001", "K0001"]
    assert [r.borrower_name for r in keys.borrower_history(phone="13600136000")] == ["赵六"]
    assert len(keys.borrower_history(id_number="11010519491231002x")) == 2
    with pytest.raises(ValidationError):
        keys.borrower_history()
    yesterday = now.value.date() - dt.timedelta(days=1)
    moves = keys.movements(yesterday)
    assert [(m.kind, m.tag, m.borrower_name) for m in moves] == [
        (KeyEventKind.REGISTERED, "K0001", ""), (KeyEventKind.REGISTERED, "K0002", ""),
        (KeyEventKind.ISSUED, "K0001", "张三"), (KeyEventKind.RETURNED, "K0001", "张三"),
        (KeyEventKind.ISSUED, "K0002", "赵六")]
    assert [m.kind for m in keys.movements(yesterday - dt.timedelta(days=1))] == []
    assert [m.kind for m in keys.movements(now.value.date())] == [KeyEventKind.ISSUED]
    assert keys.movements(yesterday, desk="别的柜台") == []
    # The board runs hook by hook: A-2 before A-10.
    assert [e.key_set.tag for e in keys.board()] == ["K0002", "K0001"]
    both_days = LoanQuery(yesterday, now.value.date())
    assert [r.borrower_name for r in keys.page(both_days)] == ["张三", "赵六", "张三"]
    assert [r.borrower_name for r in keys.page(LoanQuery(yesterday, now.value.date(),
                                                         "我爱我家"))] == ["赵六"]
    assert [r.tag for r in keys.page(LoanQuery(yesterday, now.value.date(), "k0002"))] == [
        "K0002"]
    first_page = keys.page(both_days, limit=2)
    rest = keys.page(both_days, keys.cursor_after(first_page[-1]), limit=2)
    assert [r.id for r in first_page + rest] == [r.id for r in keys.page(both_days)]
    assert [r.id for r in keys.iter_day(yesterday)] == [1, 2]
    with pytest.raises(ValidationError) as err:
        keys.page(LoanQuery(yesterday, now.value.date(), only="lost"))  # type: ignore[arg-type]
    assert set(err.value.errors) == {"only"}


def test_the_full_id_number_needs_a_supervisor_and_the_trail_never_holds_it(
        services: Services, keys, now) -> None:  # type: ignore[no-untyped-def]
    row = keys.register(vacant())
    loan = keys.issue(lend(row.id, now))
    with pytest.raises(ApprovalNeeded):
        keys.reveal_id_number(loan.id)
    approval = Approval(Action.REVEAL_ID_NUMBER, "李主管", Role.SUPERVISOR)
    assert keys.reveal_id_number(loan.id, approval) == ID_ZHANG
    with Session(services.engine) as session:
        entries = session.exec(select(AuditEntry).where(
            AuditEntry.record_kind == "key_loan")).all()
    created = next(e for e in entries if e.action == "create")
    values = json.loads(created.changes)
    assert values["id_number"] == "•" and values["borrower_name"] == "•"
    assert ID_ZHANG not in created.changes and "张三" not in created.changes
    revealed = next(e for e in entries if e.action == "reveal")
    assert revealed.approved_by == "李主管" and revealed.actor == "王芳"


# --- Stocktake -------------------------------------------------------------------------------

def test_a_stocktake_finds_the_missing_the_misplaced_and_the_unknown(keys, now) -> None:  # type: ignore[no-untyped-def]
    on_hook = keys.register(vacant("1203", hook="A-01"))
    missing = keys.register(vacant("1204", hook="A-02"))
    out = keys.register(vacant("1205", hook="A-03"))
    retired = keys.register(vacant("1206", hook="A-04"))
    short = keys.register(vacant("1207", keys=3, hook="A-05"))
    keys.retire(retired.id, "换锁")
    loan = keys.issue(lend(out.id, now))
    keys.report_lost(short.id, LostInput("王芳", keys_lost=1))
    found = ["k0001", "K0003", "K0004", "K0005", "X-99", "K0001", ""]
    result = keys.compare(found)
    assert result.id is None and result.expected == 3 and not result.all_in_order
    assert [s.tag for s in result.found] == ["K0001", "K0005"]
    assert [(m.tag, m.finding) for m in result.missing] == [("K0002", Finding.MISSING)]
    assert [(m.tag, m.finding) for m in result.misplaced] == [
        ("K0003", Finding.PRESENT_BUT_OUT), ("K0004", Finding.PRESENT_BUT_GONE)]
    assert result.misplaced[0].loan is not None and result.misplaced[0].loan.id == loan.id
    assert [u.tag for u in result.unknown] == ["X-99"]
    assert [s.tag for s in result.flagged] == ["K0005"]  # found, one key short: count it
    with pytest.raises(ValidationError):
        keys.compare("K0001")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        keys.compare([1, 2])  # type: ignore[list-item]
    saved = keys.record_stocktake(found, note="月底盘点")
    assert saved.id is not None and saved.created_by == "王芳" and saved.note == "月底盘点"
    [summary] = keys.stocktakes()
    assert (summary.sets_expected, summary.sets_found, summary.missing, summary.misplaced,
            summary.unknown) == (3, 2, 1, 2, 1)
    lines = keys.stocktake_lines(saved.id)
    assert [(line.tag, line.finding) for line in lines] == [
        ("K0002", Finding.MISSING), ("K0003", Finding.PRESENT_BUT_OUT),
        ("K0004", Finding.PRESENT_BUT_GONE), ("X-99", Finding.UNKNOWN)]
    assert lines[0].key_set is not None and lines[0].key_set.id == missing.id
    with pytest.raises(NotFound):
        keys.stocktake_lines(999)
    assert keys.compare(["K0001", "K0002", "K0005"]).all_in_order
    assert on_hook.id in [s.id for s in keys.compare(["K0001"]).found]


def test_labels_speak_the_users_language() -> None:
    for enum in (KeyKind, KeyState, LoanPurpose, ConsentHow, LoanBasis, KeyEventKind, Finding,
                 LoanFilter):
        assert all(member.label() for member in enum)  # type: ignore[attr-defined]


def test_the_loan_list_finds_a_borrower_by_pinyin_and_a_tag_typed_in_full_width(
        keys, now) -> None:  # type: ignore[no-untyped-def]
    first = keys.register(vacant("1203", hook="A-01"))
    second = keys.register(vacant("1204", hook="A-02"))
    zhang = keys.issue(lend(first.id, now, borrower_name="张三丰"))
    keys.issue(lend(second.id, now, borrower_name="欧阳娜娜", id_number=ID_WANG,
                    phone="13600136000", company="我爱我家"))
    today = now.value.date()

    def found(text: str) -> list[str]:
        return [r.borrower_name for r in keys.page(LoanQuery(today, today, text))]

    assert found("zsf") == ["张三丰"] and found("ouyang") == ["欧阳娜娜"]
    assert found("ｋ０００２") == ["欧阳娜娜"] and found("k0001") == ["张三丰"]
    assert found(zhang.number.lower()) == ["张三丰"]
    assert found("1203 张") == ["张三丰"] and found("1203 欧阳") == []
    assert sorted(found("链家")) == ["张三丰"] and found("0136") == ["欧阳娜娜"]
    assert keys.count(LoanQuery(today, today, "zsf")).shown == 1
