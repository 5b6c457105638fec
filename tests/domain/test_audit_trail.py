"""The audit trail: every change written with it, personal data never in it, and a trail
changed, cut or added to with plain SQL — behind deskapp's back — reported, by the
service and by ``deskapp check`` (one line naming the first broken entry, exit code 1)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.fee_models import FeeDeposit, Receipt
from deskapp.db.models import AuditEntry
from deskapp.domain.audit_trail import AuditQuery
from deskapp.domain.calls.records import CallInput
from deskapp.domain.keys.records import (
    HandoverInput,
    IssueInput,
    KeyKind,
    KeySetInput,
    LoanQuery,
)
from deskapp.domain.operators import NotAllowed
from deskapp.domain.roles import Action, Approval, Role
from deskapp.domain.visitors import HostRef, VisitInput, VisitQuery
from deskapp.usecases.safekeeping import check_audit_trail, purge_personal_data
from processes import deskapp


def some_records(services: Services) -> None:
    services.accounts.create_first_administrator("管理员", "admin-pass", "admin-pass")
    services.accounts.log_in("管理员", "admin-pass")
    services.operator.move_to("一楼大堂")
    for name in ("张三", "李四", "王五"):
        row = services.visitors.check_in(VisitInput(name=name, phone="13800138000",
                                                    host=HostRef("1203")))
    services.visitors.check_out(row.id)
    services.calls.log_call(CallInput(subject="报修", caller_name="赵六"))


def trail(services: Services) -> list[AuditEntry]:
    with Session(services.engine) as session:
        return list(session.exec(select(AuditEntry).order_by(AuditEntry.seq)))


def test_each_change_is_an_entry_with_who_where_and_what(services: Services) -> None:
    some_records(services)
    found = trail(services)
    assert [e.seq for e in found] == list(range(1, len(found) + 1))
    visits = [e for e in found if e.record_kind == "visit"]
    assert [e.action for e in visits] == ["create", "create", "create", "change"]
    created = json.loads(visits[0].changes)
    assert created["name"] == "•" and created["phone"] == "•"  # never the person
    assert created["host_label"] == "1203" and created["desk"] == "一楼大堂"
    assert all("张三" not in e.changes and "13800138000" not in e.changes for e in found)
    checked_out = json.loads(visits[-1].changes)
    assert checked_out["time_out"][0] is None and checked_out["time_out"][1]
    assert {e.actor for e in visits} == {"管理员"} and {e.desk for e in visits} == {"一楼大堂"}
    assert any(e.action == "log-in" for e in found)


def test_a_change_and_its_entry_commit_together(services: Services) -> None:
    some_records(services)
    before = len(trail(services))
    with pytest.raises(Exception):  # noqa: B017 - any failure inside the transaction
        services.visitors.check_in(VisitInput(name="甲", host=HostRef("1203"),
                                              time_in="not a time"))  # type: ignore[arg-type]
    assert len(trail(services)) == before
    assert check_audit_trail(services).sound


def test_the_check_says_sound_and_remembers_this_pcs_anchor(services: Services) -> None:
    some_records(services)
    found = check_audit_trail(services)
    assert found.sound and found.entries == len(trail(services))
    assert found.message.startswith("Audit trail: sound")
    assert services.station is not None and services.station.load()["audit_anchors"]


@pytest.mark.parametrize("tamper, broken_at, says", [
    ("UPDATE auditentry SET actor = 'nobody' WHERE seq = 3", 3, "changed"),
    ("DELETE FROM auditentry WHERE seq = 4", 4, "removed"),
    ("UPDATE auditentry SET seq = seq + 100 WHERE seq >= 5", 5, "removed"),
    ("DELETE FROM auditentry WHERE seq = (SELECT max(seq) FROM auditentry)", None,
     "were removed"),
    ("INSERT INTO auditentry (seq, at, actor, approved_by, desk, action, record_kind, "
     "record_id, changes, prev_hash, hash) SELECT max(seq) + 1, max(at), 'x', '', '', "
     "'create', 'visit', 1, '', 'f', 'f' FROM auditentry", "last+1", "slipped in"),
])
def test_a_trail_edited_with_plain_sql_is_reported(services: Services, tamper: str,
                                                   broken_at, says: str) -> None:  # type: ignore[no-untyped-def]
    some_records(services)
    last = len(trail(services))
    with services.engine.begin() as conn:
        conn.execute(text(tamper))
    found = services.audit.check()
    assert not found.sound and says in found.message
    expected = {None: last, "last+1": last + 1}.get(broken_at, broken_at)
    assert found.broken_at == expected and f"entry {expected}" in found.message


def test_a_trail_rewritten_with_recomputed_hashes_is_caught_by_the_pcs_anchor(
        services: Services) -> None:
    from deskapp.db.audit import entry_hash

    some_records(services)
    assert check_audit_trail(services).sound  # this PC remembers the last entry
    # Someone who read deskapp's code rewrites entry 2 and every hash after it.
    with Session(services.engine) as session:
        entries = list(session.exec(select(AuditEntry).order_by(AuditEntry.seq)))
        entries[1].actor = "nobody"
        prev = entries[0].hash
        for entry in entries[1:]:
            entry.prev_hash = prev
            entry.hash = prev = entry_hash(entry)
            session.add(entry)
        session.execute(text("UPDATE audithead SET hash = :h"), {"h": prev})
        session.commit()
    assert services.audit.check().sound  # the chain alone cannot tell
    found = check_audit_trail(services)
    assert not found.sound and "rewritten" in found.message


def test_supervisors_read_and_filter_the_trail(services: Services) -> None:
    some_records(services)
    today = services.clock.today()
    everything = AuditQuery(today - dt.timedelta(days=1), today + dt.timedelta(days=1))
    rows = services.audit.page(everything)
    assert rows[0].id == len(trail(services))  # newest first
    assert services.audit.count(everything) == len(rows)
    visits = dataclasses.replace(everything, kind="visit")
    assert {r.record_kind for r in services.audit.page(visits)} == {"visit"}
    assert services.audit.page(dataclasses.replace(everything, text="log-in"))
    assert "visit" in services.audit.kinds()
    services.accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    services.accounts.log_in("王芳", "1234")
    with pytest.raises(NotAllowed):
        services.audit.page(everything)


def test_deskapp_check_names_the_first_broken_entry(services: Services) -> None:
    some_records(services)
    where = services.location.value
    ok = deskapp("check", "--db", where)
    assert ok.returncode == 0, ok.stderr
    assert "Audit trail: sound" in ok.stdout
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE auditentry SET changes = '{}' WHERE seq = 2"))
    broken = deskapp("check", "--db", where)
    assert broken.returncode == 1
    [line] = [line for line in broken.stdout.splitlines() if "Audit trail" in line]
    assert line == "Audit trail: broken at entry 2, changed after it was written."


def test_the_purge_keeps_counts_and_times_and_removes_identities(services: Services,
                                                                 now) -> None:
    some_records(services)
    services.settings.save(dataclasses.replace(services.settings.load(), org_name="星河物业",
                                               retention_days=30))
    old_day = services.clock.today()
    old = services.visitors.check_in(VisitInput(name="钱起", phone="13900139000",
                                                plate="粤B12345", host=HostRef("1203")))
    services.visitors.correct(old.id, {"name": "钱七", "note": "补记"}, "名字写错")
    services.visitors.check_out(old.id)
    now.advance(days=31)
    recent = services.visitors.check_in(VisitInput(name="钱七", host=HostRef("1203")))
    before = services.visitors.count(VisitQuery(old_day, old_day))
    found = purge_personal_data(services)
    assert found.visits == 2  # 王五 and 钱七 left; 张三 and 李四 are still on site
    assert services.visitors.count(VisitQuery(old_day, old_day)) == before
    [gone] = [r for r in services.visitors.page(VisitQuery(old_day, old_day))
              if r.id == old.id]
    assert (gone.name, gone.phone, gone.plate) == ("", "", "")
    assert gone.time_in == old.time_in and gone.host_label == "1203"
    # The corrected name's old spelling goes with it; the fact of a correction stays.
    assert [(c.field, c.before, c.after, c.reason)
            for c in services.visitors.corrections_of(old.id)] == [
        ("name", "", "", ""), ("note", "", "", "")]
    today = services.clock.today()
    span = VisitQuery(old_day, today, "钱七")
    assert [r.id for r in services.visitors.page(span)] == [recent.id]  # the index forgot
    assert [r.id for r in services.visitors.page(dataclasses.replace(span, text="qq"))] == \
        [recent.id]  # the pinyin too
    [entry] = [e for e in trail(services) if e.action == "purge"]
    summary = json.loads(entry.changes)
    assert summary["visits"] == 2 and "钱七" not in entry.changes
    assert check_audit_trail(services).sound
    assert purge_personal_data(services).total == 0  # nothing left to remove


def test_the_purge_keeps_who_had_which_keys_but_not_their_id_numbers_and_phones(
        services: Services, now) -> None:
    some_records(services)
    services.settings.save(dataclasses.replace(services.settings.load(), org_name="星河物业",
                                               retention_days=30))
    keys = services.keys
    flat = keys.register(KeySetInput("1203", KeyKind.VACANT, 2, "A-01"))
    moving_in = keys.register(KeySetInput("1501", KeyKind.NOT_MOVED_IN, 2, "A-02"))

    def lend(name: str) -> int:
        return keys.issue(IssueInput(flat.id, name, now.value + dt.timedelta(hours=2),
                                     phone="13712345678", id_number="11010519491231002X",
                                     authorised_by="招商部")).id

    settled = lend("张三")
    keys.return_loan(settled)
    keys.hand_over(moving_in.id, HandoverInput("陈先生", "13800138000",
                                               id_number="440524198001010013"))
    still_out = lend("李四")  # out for 31 days: overdue, and kept whole
    now.advance(days=31)
    found = purge_personal_data(services)
    assert found.key_loans == 2  # the settled loan and the handover
    gone = keys.loan(settled)
    assert (gone.borrower_name, gone.id_number, gone.phone) == ("张三", "", "")
    # Nor is the loan found by its phone any more; by the name (and its pinyin) it is.
    days = LoanQuery(now.value.date() - dt.timedelta(days=40), now.value.date())
    assert [r.id for r in keys.page(dataclasses.replace(days, text="5678"))] == [still_out]
    assert [r.id for r in keys.page(dataclasses.replace(days, text="zs"))] == [settled]
    assert keys.loan(still_out).id_number == "11010519491231002X"
    handover = keys.handover_of(moving_in.id)
    assert handover is not None and (handover.owner_name, handover.id_number,
                                     handover.phone) == ("陈先生", "", "")
    [entry] = [e for e in trail(services) if e.action == "purge"]
    assert json.loads(entry.changes)["key_loans"] == 2
    assert purge_personal_data(services).key_loans == 0


def voided_with_approval(services: Services) -> int:
    """王芳 checks a visitor in at 二楼, and voids it with 李主管's approval."""
    some_records(services)
    services.accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    services.accounts.add("李主管", Role.SUPERVISOR, "8888", "8888")
    services.accounts.log_in("王芳", "1234")
    services.operator.move_to("二楼")
    visit = services.visitors.check_in(VisitInput(name="孙八", host=HostRef("1203")))
    approval = services.accounts.approve("李主管", "8888", Action.VOID_RECORD)
    services.visitors.void(visit.id, "登记重复", approval)
    services.accounts.log_in("管理员", "admin-pass")
    return visit.id


def test_the_trail_filters_by_operator_action_counter_and_record(services: Services) -> None:
    visit_id = voided_with_approval(services)
    today = services.clock.today()
    everything = AuditQuery(today, today)
    every = services.audit.page(everything)
    assert services.audit.count(everything) == len(every)

    def ids(**filters: object) -> set[int]:
        query = dataclasses.replace(everything, **filters)
        found = services.audit.page(query)
        assert services.audit.count(query) == len(found)
        return {r.id for r in found}

    # An operator: what they did, and what they approved.
    by_wang = ids(actor="王芳")
    assert by_wang == {r.id for r in every if r.actor == "王芳" or r.approved_by == "王芳"}
    by_li = ids(actor="李主管")
    # The void they approved (王芳 on duty), and their own approval before it.
    assert [(r.action, r.actor, r.approved_by) for r in every if r.id in by_li] == [
        ("void", "王芳", "李主管"), ("approval", "李主管", "")]
    assert ids(actor="nobody") == set()
    # An action, exactly (not "create" inside another word).
    assert {r.action for r in every if r.id in ids(action="void")} == {"void"}
    assert ids(action="log-in") == {r.id for r in every if r.action == "log-in"}
    assert ids(action="VOID") == set()
    # A counter, and a record kind, and a record's number; combined they narrow.
    assert ids(desk="二楼") == {r.id for r in every if r.desk == "二楼"}
    assert ids(kind="visit", text=str(visit_id)) == {
        r.id for r in every if r.record_kind == "visit" and r.record_id == visit_id}
    assert ids(actor="王芳", kind="visit", action="create") == {
        r.id for r in every
        if r.actor == "王芳" and r.record_kind == "visit" and r.action == "create"}
    # Blank filters mean every entry.
    assert ids(actor="", action="", kind="") == {r.id for r in every}
    # Out of the day range, nothing.
    assert ids(first_day=today + dt.timedelta(days=1),
               last_day=today + dt.timedelta(days=2)) == set()


def test_the_filters_lists_name_operators_actions_and_kinds(services: Services) -> None:
    voided_with_approval(services)
    assert services.audit.actors() == sorted({"管理员", "王芳", "李主管"})
    actions = services.audit.actions()
    assert {"create", "change", "void", "log-in", "approval"} <= set(actions)
    assert actions == sorted(set(actions))
    assert {"visit", "call", "account"} <= set(services.audit.kinds())
    services.accounts.log_in("王芳", "1234")
    for listing in (services.audit.actors, services.audit.actions, services.audit.kinds):
        with pytest.raises(NotAllowed):
            listing()


def test_a_bad_filter_is_a_validation_error(services: Services) -> None:
    from deskapp.domain.errors import ValidationError

    today = services.clock.today()
    for bad in ({"actor": "x" * 51}, {"action": 3}, {"desk": "x" * 51}, {"kind": "k" * 33}):
        with pytest.raises(ValidationError) as found:
            services.audit.validate_query(dataclasses.replace(AuditQuery(today, today), **bad))
        assert set(found.value.errors) == set(bad)
    kept = services.audit.validate_query(AuditQuery(today, today, actor=" 王芳 ", desk="",
                                                    action="void"))
    assert (kept.actor, kept.desk, kept.action) == ("王芳", "", "void")


def test_the_purge_keeps_who_paid_but_not_their_phone_unless_a_deposit_is_held(
        services: Services, now) -> None:
    from deskapp.domain.fees.deposits import DepositInput, RefundInput
    from deskapp.domain.fees.payments import PaymentInput
    from deskapp.domain.fees.receipts import PaymentPart
    from deskapp.domain.fees.records import DepositKind, Method
    from fee_data import unit

    services.settings.save(dataclasses.replace(services.settings.load(), org_name="星河物业",
                                               retention_days=30))
    fees = services.fees
    cash = (PaymentPart(Method.CASH, 5000),)
    paid = fees.pay(PaymentInput(unit(services), cash, payer="张三", payer_phone="13712345678"))
    held = fees.take_deposit(DepositInput(DepositKind.KEY_CARD, "李四", 5000, cash,
                                          payer_phone="13800138000"))
    back = fees.take_deposit(DepositInput(DepositKind.KEY_CARD, "王五", 5000, cash,
                                          payer_phone="13900139000"))
    fees.refund_deposit(back.id, RefundInput(back.receipt_number, "王五"),
                        Approval(Action.REFUND_DEPOSIT, "李主管", Role.SUPERVISOR))
    now.advance(days=31)
    found = purge_personal_data(services)
    assert found.fee_payers == 4  # three receipts and the refunded deposit
    with Session(services.engine) as session:
        phones = {r.payer: r.payer_phone for r in session.exec(select(Receipt))}
        deposits = {d.payer: d.payer_phone for d in session.exec(select(FeeDeposit))}
    assert phones == {"张三": "", "李四": "", "王五": ""}
    assert deposits == {"李四": "13800138000", "王五": ""}  # held: its payer is called
    assert fees.receipt(paid.id).payer == "张三" and fees.deposit(held.id).payer == "李四"
    assert purge_personal_data(services).fee_payers == 0


def test_the_purge_keeps_who_collected_carried_or_claimed_but_not_their_ids_and_phones(
        services: Services, now) -> None:
    from deskapp.db.service_models import FoundItem, Parcel, ParcelPickup, ReleasePass

    services.settings.save(dataclasses.replace(services.settings.load(), org_name="星河物业",
                                               retention_days=30))
    old = now.value - dt.timedelta(days=40)
    with Session(services.engine) as session:
        session.add(ParcelPickup(at=old, collected_by="张三", id_number="11010519491231002X",
                                 phone="13712345678"))
        session.add(Parcel(number="PK2026-000001", received_at=old, state="collected",
                           recipient_name="张三", recipient_phone="13712345678"))
        session.add(Parcel(number="PK2026-000002", received_at=old, state="waiting",
                           recipient_name="李四", recipient_phone="13800138000"))
        session.add(ReleasePass(number="FX2026-0001", carrier_name="刘师傅",
                                carrier_id_number="11010519491231002X", carrier_phone="13900139000",
                                authorised_by="钱七", authorisation_how="phone", issued_at=old,
                                valid_on=old.date()))
        session.add(FoundItem(number="SW2026-0001", description="钱包", found_where="大堂",
                              found_at=old, recorded_by="甲", witnessed_by="乙", state="claimed",
                              claimant_name="王五", claimant_id_number="11010519491231002X",
                              claimant_phone="13600136000", handed_over_at=old, created_at=old))
        session.commit()
    found = purge_personal_data(services)
    assert found.desk_services == 4  # the waiting parcel keeps the phone to call
    with Session(services.engine) as session:
        pickup = session.exec(select(ParcelPickup)).one()
        phones = {p.number: p.recipient_phone for p in session.exec(select(Parcel))}
        carried = session.exec(select(ReleasePass)).one()
        claimed = session.exec(select(FoundItem)).one()
    assert (pickup.collected_by, pickup.id_number, pickup.phone) == ("张三", "", "")
    assert phones == {"PK2026-000001": "", "PK2026-000002": "13800138000"}
    assert (carried.carrier_name, carried.carrier_id_number) == ("刘师傅", "")
    assert (claimed.claimant_name, claimed.claimant_id_number, claimed.claimant_phone) == (
        "王五", "", "")
