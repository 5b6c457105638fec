"""Operators and roles as the counter meets them: the first administrator, log-ins that a
wrong password refuses and slows down, the one table of permissions, and a supervisor's
approval in place, recorded with both names."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import Account, AuditEntry
from deskapp.domain.accounts import LoginRefused, lockout
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.operators import ApprovalNeeded, NotAllowed
from deskapp.domain.roles import PERMISSIONS, Action, Role, may, may_approve
from deskapp.domain.visitors import HostRef, VisitInput


def staffed(services: Services) -> Services:
    """An administrator, a supervisor and a receptionist; the receptionist on duty."""
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pass", "admin-pass")
    accounts.log_in("管理员", "admin-pass")
    accounts.add("李主管", Role.SUPERVISOR, "8888", "8888")
    accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    accounts.log_in("王芳", "1234")
    return services


def entries(services: Services, action: str | None = None) -> list[AuditEntry]:
    with Session(services.engine) as session:
        stmt = select(AuditEntry).order_by(AuditEntry.seq)
        if action:
            stmt = stmt.where(AuditEntry.action == action)
        return list(session.exec(stmt))


def test_the_table_of_permissions() -> None:
    receptionist, cashier, supervisor, admin = (Role.RECEPTIONIST, Role.CASHIER,
                                                Role.SUPERVISOR, Role.ADMINISTRATOR)
    assert all(may(role, Action.WORK_AT_COUNTER) for role in Role)
    assert may(cashier, Action.TAKE_PAYMENTS) and not may(receptionist, Action.TAKE_PAYMENTS)
    for action in (Action.VOID_RECORD, Action.CORRECT_RECORD, Action.EDIT_SCREENING_LISTS,
                   Action.REVEAL_ID_NUMBER, Action.PURGE_PERSONAL_DATA, Action.RESTORE_BACKUP,
                   Action.CHANGE_RATES, Action.CHANGE_SHARED_SETTINGS):
        assert not may(receptionist, action) and not may(cashier, action), action
        assert may(supervisor, action) and may(admin, action), action
        assert may_approve(supervisor, action) and not may_approve(receptionist, action)
    assert may(supervisor, Action.VIEW_AUDIT_TRAIL) and not may(receptionist,
                                                                Action.VIEW_AUDIT_TRAIL)
    assert not may_approve(supervisor, Action.VIEW_AUDIT_TRAIL)  # a role, not an approval
    assert may(admin, Action.MANAGE_OPERATORS) and not may(supervisor, Action.MANAGE_OPERATORS)
    assert set(PERMISSIONS) == set(Action)
    assert may(None, Action.MANAGE_OPERATORS)  # a command, run by whoever owns the computer


def test_the_first_start_creates_the_administrator_once(services: Services) -> None:
    accounts = services.accounts
    assert not accounts.any_accounts()
    with pytest.raises(ValidationError) as err:
        accounts.create_first_administrator("管理员", "12", "12")
    assert "secret" in err.value.errors
    with pytest.raises(ValidationError) as err:
        accounts.create_first_administrator("管理员", "abcd", "abce")
    assert "repeated" in err.value.errors
    admin = accounts.create_first_administrator(" 管理员 ", "abcd", "abcd")
    assert admin.name == "管理员" and admin.role is Role.ADMINISTRATOR
    with pytest.raises(DomainError):
        accounts.create_first_administrator("另一位", "abcd", "abcd")
    with Session(services.engine) as session:
        stored = session.exec(select(Account)).one()
    assert "abcd" not in stored.secret_hash and stored.secret_hash.startswith("$argon2id$")


def test_a_wrong_password_refuses_and_slows_the_next_tries(services: Services, now) -> None:
    staffed(services)
    accounts = services.accounts
    for _ in range(2):  # two slips are forgiven at once
        with pytest.raises(LoginRefused, match="Wrong name or password"):
            accounts.log_in("王芳", "0000")
    with pytest.raises(LoginRefused, match="Wrong name or password"):
        accounts.log_in("王芳", "0000")  # the third: now the account waits
    with pytest.raises(LoginRefused, match="try again in"):
        accounts.log_in("王芳", "1234")  # even the right PIN waits
    now.advance(seconds=lockout(3).total_seconds() + 1)
    assert accounts.log_in("王芳", "1234").name == "王芳"
    assert services.operator.name == "王芳" and services.operator.role is Role.RECEPTIONIST
    with pytest.raises(LoginRefused, match="Wrong name or password"):
        accounts.log_in("nobody", "1234")  # an unknown name says the same
    refused = entries(services, "log-in-refused")
    assert len(refused) == 3 and all(e.record_kind == "account" for e in refused)
    assert lockout(2) == dt.timedelta(0) and lockout(4) > lockout(3)
    assert lockout(50) == dt.timedelta(minutes=5)


def test_a_disabled_operator_cannot_log_in_and_is_never_deleted(services: Services) -> None:
    staffed(services)
    accounts = services.accounts
    with pytest.raises(NotAllowed):  # a receptionist manages nobody
        accounts.add("赵六", Role.RECEPTIONIST, "1111", "1111")
    accounts.log_in("管理员", "admin-pass")
    fang = next(a for a in accounts.accounts() if a.name == "王芳")
    accounts.set_active(fang.id, False)
    with pytest.raises(LoginRefused, match="disabled"):
        accounts.log_in("王芳", "1234")
    assert "王芳" in [a.name for a in accounts.accounts()]
    assert "王芳" not in accounts.names()
    me = next(a for a in accounts.accounts() if a.name == "管理员")
    with pytest.raises(DomainError):
        accounts.set_active(me.id, False)
    with pytest.raises(DomainError, match="administrator"):
        accounts.set_role(me.id, Role.SUPERVISOR)  # the last administrator stays one


def test_a_receptionists_void_asks_a_supervisor_and_records_both_names(
        services: Services) -> None:
    staffed(services)
    visit = services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    with pytest.raises(ApprovalNeeded) as asked:
        services.visitors.void(visit.id, "登记重复")
    assert asked.value.action is Action.VOID_RECORD
    with pytest.raises(LoginRefused):
        services.accounts.approve("李主管", "0000", Action.VOID_RECORD)  # wrong password
    with pytest.raises(LoginRefused, match="may not approve"):
        services.accounts.approve("王芳", "1234", Action.VOID_RECORD)  # no supervisor
    approval = services.accounts.approve("李主管", "8888", Action.VOID_RECORD)
    with pytest.raises(ApprovalNeeded):  # an approval is for one kind of action
        services.visitors.reveal_id_number(visit.id, approval)
    voided = services.visitors.void(visit.id, "登记重复", approval)
    assert voided.void_reason == "登记重复" and not voided.on_site
    [entry] = entries(services, "void")
    assert (entry.actor, entry.approved_by, entry.record_id) == ("王芳", "李主管", visit.id)
    assert json.loads(entry.changes)["void_reason"] == ["", "登记重复"]
    today = services.clock.today()
    from deskapp.domain.visitors import VisitQuery

    assert services.visitors.count(VisitQuery(today, today)) == (0, 0)  # out of the counts
    with pytest.raises(DomainError):
        services.visitors.check_out(visit.id)


def test_a_supervisor_needs_no_approval_but_cannot_approve_their_own_action(
        services: Services) -> None:
    staffed(services)
    services.accounts.log_in("李主管", "8888")
    visit = services.visitors.check_in(VisitInput(name="张三", id_number="11010519491231002X",
                                                  host=HostRef("1203")))
    assert services.visitors.reveal_id_number(visit.id) == "11010519491231002X"
    with pytest.raises(LoginRefused, match="Another supervisor"):
        services.accounts.approve("李主管", "8888", Action.VOID_RECORD)
    [reveal] = entries(services, "reveal")
    assert (reveal.actor, reveal.approved_by, reveal.record_id) == ("李主管", "", visit.id)
    assert "110105" not in reveal.changes


def test_the_screening_lists_and_shared_settings_need_a_supervisor(services: Services) -> None:
    staffed(services)
    import dataclasses

    with pytest.raises(ApprovalNeeded):
        services.screening.add_deny(name="推销员", reason="sales")  # type: ignore[arg-type]
    approval = services.accounts.approve("李主管", "8888", Action.EDIT_SCREENING_LISTS)
    entry = services.screening.add_deny(name="推销员", approval=approval)
    [created] = [e for e in entries(services, "create") if e.record_kind == "deny_entry"]
    assert created.approved_by == "李主管" and created.record_id == entry.id
    settings = services.settings.load()
    services.settings.save(dataclasses.replace(settings, org_name="星河物业"))  # first set-up
    with pytest.raises(ApprovalNeeded):
        services.settings.save(dataclasses.replace(services.settings.load(),
                                                   retention_days=30))
    services.settings.save(dataclasses.replace(services.settings.load(), printer="EPSON"))
    approval = services.accounts.approve("李主管", "8888", Action.CHANGE_SHARED_SETTINGS)
    saved = services.settings.save(dataclasses.replace(services.settings.load(),
                                                       retention_days=30), approval)
    assert saved.retention_days == 30


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.one_of(st.text(max_size=60), st.integers(), st.none()),
       secret=st.one_of(st.text(max_size=140), st.none(), st.integers()))
def test_a_log_in_refuses_any_input_in_words(services: Services, name, secret) -> None:  # type: ignore[no-untyped-def]
    if not services.accounts.any_accounts():
        services.accounts.create_first_administrator("管理员", "admin-pass", "admin-pass")
    try:
        services.accounts.log_in(name, secret)
    except (LoginRefused, ValidationError) as refused:
        assert str(refused)
    else:
        assert (name, secret) == ("管理员", "admin-pass")


def account(services: Services, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in services.accounts.accounts() if a.name == name)


def test_the_list_shows_wrong_tries_and_the_last_log_in(services: Services, now) -> None:
    staffed(services)
    accounts = services.accounts
    fang = account(services, "王芳")
    assert fang.failed_logins == 0 and fang.last_login_at == services.clock.now()
    assert account(services, "李主管").last_login_at is None
    for _ in range(2):
        with pytest.raises(LoginRefused):
            accounts.log_in("王芳", "0000")
    assert account(services, "王芳").failed_logins == 2
    now.advance(minutes=5)
    accounts.log_in("王芳", "1234")
    fang = account(services, "王芳")
    assert fang.failed_logins == 0 and fang.last_login_at == services.clock.now()


def test_the_administrator_on_duty_keeps_their_own_role_and_account(services: Services) -> None:
    staffed(services)
    accounts = services.accounts
    accounts.log_in("管理员", "admin-pass")
    me = account(services, "管理员")
    accounts.add("赵六", Role.ADMINISTRATOR, "6666", "6666")
    with pytest.raises(DomainError, match="your own role"):  # even with a second one
        accounts.set_role(me.id, Role.SUPERVISOR)
    with pytest.raises(DomainError, match="yourself"):
        accounts.set_active(me.id, False)
    assert accounts.set_role(me.id, Role.ADMINISTRATOR).role is Role.ADMINISTRATOR  # no change
    accounts.log_in("赵六", "6666")  # another administrator may
    assert accounts.set_role(me.id, Role.SUPERVISOR).role is Role.SUPERVISOR
    assert account(services, "管理员").role is Role.SUPERVISOR


def test_the_records_always_keep_an_active_administrator(services: Services) -> None:
    staffed(services)
    accounts = services.accounts
    accounts.log_in("管理员", "admin-pass")
    other = accounts.add("赵六", Role.ADMINISTRATOR, "6666", "6666")
    accounts.set_active(other.id, False)
    services.operator.hand_over("")  # a command run without the window: no one on duty
    me = account(services, "管理员")
    # The disabled administrator does not count as one.
    with pytest.raises(DomainError, match="Someone must stay administrator"):
        accounts.set_role(me.id, Role.SUPERVISOR)
    with pytest.raises(DomainError, match="Someone must stay administrator"):
        accounts.set_active(me.id, False)
    accounts.set_active(other.id, True)  # enabled again: may log in, and counts
    assert accounts.set_role(me.id, Role.SUPERVISOR).role is Role.SUPERVISOR
    with pytest.raises(DomainError, match="Someone must stay administrator"):
        accounts.set_active(other.id, False)
    assert accounts.log_in("赵六", "6666").role is Role.ADMINISTRATOR
    assert [a.name for a in accounts.accounts()
            if a.active and a.role is Role.ADMINISTRATOR] == ["赵六"]


def test_only_an_administrator_manages_operators(services: Services) -> None:
    staffed(services)  # the receptionist on duty
    accounts = services.accounts
    fang = account(services, "王芳")
    boss = account(services, "李主管")
    for attempt in (lambda: accounts.set_role(fang.id, Role.ADMINISTRATOR),
                    lambda: accounts.set_active(boss.id, False),
                    lambda: accounts.reset_secret(boss.id, "9999", "9999")):
        with pytest.raises(NotAllowed):
            attempt()
    services.accounts.log_in("李主管", "8888")
    with pytest.raises(NotAllowed):  # a supervisor neither
        accounts.set_role(fang.id, Role.SUPERVISOR)
    assert account(services, "王芳").role is Role.RECEPTIONIST
    assert account(services, "李主管").active


def test_a_reset_password_replaces_the_old_and_ends_the_wait(services: Services) -> None:
    staffed(services)
    accounts = services.accounts
    for _ in range(3):
        with pytest.raises(LoginRefused):
            accounts.log_in("王芳", "0000")
    accounts.log_in("管理员", "admin-pass")
    fang = account(services, "王芳")
    with pytest.raises(ValidationError) as err:
        accounts.reset_secret(fang.id, "5678", "5679")
    assert set(err.value.errors) == {"repeated"}
    with pytest.raises(ValidationError) as err:
        accounts.reset_secret(fang.id, "56", "56")
    assert set(err.value.errors) == {"secret"}
    accounts.reset_secret(fang.id, "5678", "5678")
    assert account(services, "王芳").failed_logins == 0
    with pytest.raises(LoginRefused, match="Wrong name or password"):
        accounts.log_in("王芳", "1234")
    assert accounts.log_in("王芳", "5678").name == "王芳"
    assert len(entries(services, "password-reset")) == 1


def test_changing_ones_own_password_asks_for_the_current_one(services: Services) -> None:
    staffed(services)  # 王芳 on duty
    accounts = services.accounts
    with pytest.raises(ValidationError) as err:  # a slip in the new one costs no try
        accounts.change_own_secret("0000", "12", "12")
    assert set(err.value.errors) == {"secret"}
    assert account(services, "王芳").failed_logins == 0
    with pytest.raises(LoginRefused, match="current password is wrong"):
        accounts.change_own_secret("0000", "4321", "4321")
    assert account(services, "王芳").failed_logins == 1
    accounts.change_own_secret("1234", "4321", "4321")
    assert account(services, "王芳").failed_logins == 0
    with pytest.raises(LoginRefused):
        accounts.log_in("王芳", "1234")
    assert accounts.log_in("王芳", "4321").name == "王芳"
    assert len(entries(services, "password-change")) == 1


def test_changing_a_password_needs_someone_logged_in(services: Services) -> None:
    services.accounts.create_first_administrator("管理员", "admin-pass", "admin-pass")
    with pytest.raises(DomainError, match="Nobody is logged in"):
        services.accounts.change_own_secret("admin-pass", "abcd", "abcd")


def test_adding_an_operator_says_everything_wrong_at_once(services: Services) -> None:
    staffed(services)
    accounts = services.accounts
    accounts.log_in("管理员", "admin-pass")
    with pytest.raises(ValidationError) as err:
        accounts.add(" 王芳 ", "boss", "12", "12")  # type: ignore[arg-type]
    assert set(err.value.errors) == {"name", "role", "secret"}
    assert "exists already" in err.value.errors["name"]
    with pytest.raises(ValidationError) as err:
        accounts.add("", Role.CASHIER, "1234", "1243")
    assert set(err.value.errors) == {"name", "repeated"}
    with pytest.raises(ValidationError) as err:  # a disabled one keeps their name too
        fang = account(services, "王芳")
        accounts.set_active(fang.id, False)
        accounts.add("王芳", Role.CASHIER, "1234", "1234")
    assert set(err.value.errors) == {"name"}
    assert [a.name for a in accounts.accounts()].count("王芳") == 1
    assert accounts.add("赵六", "cashier", "1234", "1234").role is Role.CASHIER  # type: ignore[arg-type]
