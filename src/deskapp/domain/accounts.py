"""Operators' accounts: the first administrator, logging in, approving in place, and the
administrator's list (add, change role, reset a password, disable — never delete).

Passwords and PINs are kept only as argon2id hashes (argon2-cffi). Wrong ones are counted
per account; from the third in a row the account waits before it may try again, longer
each time (:func:`lockout`), so a PIN cannot be guessed at the counter. A log-in, a failed
one, an approval and every change of an account go to the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from types import SimpleNamespace

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from deskapp.db import audit
from deskapp.db.engine import write_session
from deskapp.db.models import Account
from deskapp.domain import checks
from deskapp.domain.clock import Clock
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.operators import NAME_LIMIT, Operator
from deskapp.domain.roles import Action, Approval, Role, may_approve
from deskapp.i18n import fill, translate

SECRET_MIN = 4  # a PIN of four digits at least
SECRET_MAX = 128
FREE_TRIES = 2  # wrong passwords in a row before the account must wait
FIRST_WAIT_S = 5
LONGEST_WAIT_S = 300


def lockout(failures: int) -> dt.timedelta:
    """How long an account waits after ``failures`` wrong passwords in a row."""
    if failures <= FREE_TRIES:
        return dt.timedelta(0)
    seconds = FIRST_WAIT_S * 2 ** (failures - FREE_TRIES - 1)
    return dt.timedelta(seconds=min(seconds, LONGEST_WAIT_S))


@dataclass(frozen=True)
class AccountRow:
    """An operator as the administrator's list shows it (never the hash)."""

    id: int
    name: str
    role: Role
    active: bool
    last_login_at: dt.datetime | None
    created_at: dt.datetime
    failed_logins: int = 0  # wrong passwords in a row since the last right one


class LoginRefused(DomainError):
    """Wrong name or password, a disabled account, or one that must wait (in words)."""


class AccountService:
    """The accounts of one set of records.

    Args:
        engine: The database.
        clock: Tells the time of log-ins and lock-outs.
        operator: The operator on duty (changed by :meth:`log_in`).
        hasher: argon2id with its default cost; tests pass a cheaper one.
    """

    def __init__(self, engine: Engine, clock: Clock, operator: Operator,
                 hasher: PasswordHasher | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._operator = operator
        self._hasher = hasher or PasswordHasher()

    @cached_property
    def _decoy(self) -> str:
        # Verified against when the name is unknown, so both answers take as long. Made on
        # first need: a hash costs a tenth of a second and 64 MiB, not to be paid at start.
        return self._hasher.hash("deskapp-decoy")

    # --- Reading
    def any_accounts(self) -> bool:
        """Whether anyone can log in yet (the first start creates the administrator)."""
        with Session(self._engine) as session:
            return session.exec(select(Account.id).limit(1)).first() is not None

    def accounts(self, *, include_disabled: bool = True) -> list[AccountRow]:
        """Every operator, by name."""
        with Session(self._engine) as session:
            stmt = select(Account).order_by(Account.name)
            if not include_disabled:
                stmt = stmt.where(Account.active)
            return [_row(a) for a in session.exec(stmt)]

    def names(self) -> list[str]:
        """The names of those who may log in (for the log-in box's completion)."""
        return [a.name for a in self.accounts(include_disabled=False)]

    # --- The first start
    def create_first_administrator(self, name: str, secret: str, repeated: str) -> AccountRow:
        """The first account, an administrator, on records that have none yet.

        Raises:
            ValidationError: bad name or password, or the two passwords differ.
            DomainError: there are accounts already.
        """
        name, secret = self._checked(name, secret, repeated)
        with write_session(self._engine) as session:
            if session.exec(select(Account.id).limit(1)).first() is not None:
                raise DomainError(translate("Accounts", "The administrator exists already."))
            account = self._new(name, Role.ADMINISTRATOR, secret)
            session.add(account)
            session.commit()
            return _row(account)

    # --- Logging in, approving
    def log_in(self, name: str, secret: str) -> AccountRow:
        """Check the name and password; the operator on duty becomes this one.

        Raises:
            LoginRefused: wrong name or password, disabled, or waiting after wrong ones.
        """
        account = self._verified(name, secret, action="log-in")
        self._operator.hand_over(account.name, account.role, account.id)
        return account

    def approve(self, name: str, secret: str, action: Action) -> Approval:
        """A supervisor's approval of ``action``, given in place with their password.

        Raises:
            LoginRefused: wrong name or password, or one that may not approve ``action``
                (the one on duty cannot approve their own action).
        """
        account = self._verified(name, secret, action="approval")
        if not may_approve(account.role, action):
            raise LoginRefused(fill(translate(
                "Accounts", "%1 may not approve this (%2)."), account.name, account.role.label()))
        if account.id == self._operator.account_id:
            raise LoginRefused(translate(
                "Accounts", "Another supervisor must approve: not the operator on duty."))
        return Approval(action, account.name, account.role)

    def _verified(self, name: str, secret: str, *, action: str) -> AccountRow:
        name = _clean_name(name)
        secret = secret if isinstance(secret, str) else ""
        now = self._clock.now()
        with Session(self._engine) as session:
            account = session.exec(select(Account).where(Account.name == name)).first()
        if account is None:
            self._mismatch(self._decoy, secret)  # as long as a known name takes
            raise LoginRefused(translate("Accounts", "Wrong name or password."))
        if account.locked_until is not None and account.locked_until > now:
            wait = int((account.locked_until - now).total_seconds()) + 1
            raise LoginRefused(fill(translate(
                "Accounts", "Too many wrong passwords: try again in %1 seconds."), wait))
        if not account.active:
            self._mismatch(account.secret_hash, secret)
            raise LoginRefused(translate(
                "Accounts", "This operator is disabled. Ask the administrator."))
        if self._mismatch(account.secret_hash, secret):
            self._count_failure(account.id or 0, action)
            if action == "password-check":
                raise LoginRefused(translate("Accounts", "The current password is wrong."))
            raise LoginRefused(translate("Accounts", "Wrong name or password."))
        self._count_success(account.id or 0, secret, action)
        return _row(account)

    def _mismatch(self, hashed: str, secret: str) -> bool:
        try:
            return not self._hasher.verify(hashed, secret)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return True

    def _count_failure(self, account_id: int, action: str) -> None:
        with write_session(self._engine) as session:
            account = session.get(Account, account_id)
            assert account is not None
            self._as_themselves(session, account)
            account.failed_logins += 1
            wait = lockout(account.failed_logins)
            account.locked_until = self._clock.now() + wait if wait else None
            session.add(account)
            audit.record(session, f"{action}-refused", "account", account_id,
                         {"failed_logins": account.failed_logins})
            session.commit()

    def _count_success(self, account_id: int, secret: str, action: str) -> None:
        with write_session(self._engine) as session:
            account = session.get(Account, account_id)
            assert account is not None
            self._as_themselves(session, account)
            account.failed_logins = 0
            account.locked_until = None
            if action == "log-in":
                account.last_login_at = self._clock.now()
            if self._hasher.check_needs_rehash(account.secret_hash):
                account.secret_hash = self._hasher.hash(secret)
            session.add(account)
            audit.record(session, action, "account", account_id)
            session.commit()

    def _as_themselves(self, session: Session, account: Account) -> None:
        # A log-in (or an approval) is the person's own act, whoever was on duty before.
        session.info[audit.ACTOR] = SimpleNamespace(name=account.name,
                                                    desk=self._operator.desk)

    # --- The administrator's list
    def add(self, name: str, role: Role, secret: str, repeated: str) -> AccountRow:
        """A new operator (administrators only).

        Raises:
            ValidationError: bad name, role or password, or the name is taken.
            NotAllowed: the operator on duty is not an administrator.
        """
        self._operator.authorise(Action.MANAGE_OPERATORS)
        errors: dict[str, str] = {}
        try:
            cleaned, secret = self._checked(name, secret, repeated)
        except ValidationError as exc:
            errors.update(exc.errors)
        try:
            role = _role(role)
        except ValidationError as exc:
            errors.update(exc.errors)
        if errors:
            # All that is wrong at once: a name taken beside a password too short.
            if "name" not in errors and self._taken(_clean_name(name)):
                errors["name"] = translate("Accounts", "An operator of that name exists already.")
            raise ValidationError(errors)
        name = cleaned
        with write_session(self._engine) as session:
            taken = session.exec(select(func.count()).select_from(Account)
                                 .where(Account.name == name)).one()
            if taken:
                raise ValidationError({"name": translate(
                    "Accounts", "An operator of that name exists already.")})
            account = self._new(name, role, secret)
            session.add(account)
            session.commit()
            return _row(account)

    def set_role(self, account_id: int, role: Role) -> AccountRow:
        """Give an operator another role (administrators only; never the last administrator
        away from the administrators, nor the administrator on duty their own).

        Raises:
            ValidationError: not a role.
            DomainError: the last administrator, or the operator on duty themselves.
            NotAllowed: the operator on duty is not an administrator.
        """
        self._operator.authorise(Action.MANAGE_OPERATORS)
        role = _role(role)
        with write_session(self._engine) as session:
            account = self._get(session, account_id)
            if account_id == self._operator.account_id and role != account.role:
                raise DomainError(translate(
                    "Accounts", "You cannot change your own role: another administrator can."))
            if account.role == Role.ADMINISTRATOR and role != Role.ADMINISTRATOR:
                self._keep_an_administrator(session, account_id)
            account.role = role.value
            session.add(account)
            session.commit()
            return _row(account)

    def set_active(self, account_id: int, active: bool) -> AccountRow:
        """Disable an operator (they can no longer log in) or enable them again.

        Raises:
            DomainError: disabling the operator on duty or the last administrator.
            NotAllowed: the operator on duty is not an administrator.
        """
        self._operator.authorise(Action.MANAGE_OPERATORS)
        with write_session(self._engine) as session:
            account = self._get(session, account_id)
            if not active:
                if account_id == self._operator.account_id:
                    raise DomainError(translate("Accounts", "You cannot disable yourself."))
                if account.role == Role.ADMINISTRATOR:
                    self._keep_an_administrator(session, account_id)
            account.active = bool(active)
            session.add(account)
            session.commit()
            return _row(account)

    def reset_secret(self, account_id: int, secret: str, repeated: str) -> None:
        """A new password for an operator who forgot theirs (administrators only); a wait
        after wrong passwords ends with it.

        Raises:
            ValidationError: the password is too short or long, or the two differ.
            NotAllowed: the operator on duty is not an administrator.
        """
        self._operator.authorise(Action.MANAGE_OPERATORS)
        _name, secret = self._checked("-", secret, repeated)
        with write_session(self._engine) as session:
            account = self._get(session, account_id)
            account.secret_hash = self._hasher.hash(secret)
            self._as_themselves(session, account)
            account.failed_logins = 0
            account.locked_until = None
            session.add(account)
            audit.record(session, "password-reset", "account", account_id)
            session.commit()

    def change_own_secret(self, old: str, secret: str, repeated: str) -> None:
        """The operator on duty changes their own password.

        The new one is checked first, so a slip in it costs no wrong try of the old one.

        Raises:
            ValidationError: the new one is too short or the two differ.
            LoginRefused: the old password is wrong (counted like a wrong log-in), or the
                account must wait after wrong ones.
            DomainError: nobody is logged in.
        """
        if self._operator.account_id is None:
            raise DomainError(translate("Accounts", "Nobody is logged in."))
        _name, secret = self._checked("-", secret, repeated)
        self._verified(self._operator.name, old, action="password-check")
        with write_session(self._engine) as session:
            account = self._get(session, self._operator.account_id)
            account.secret_hash = self._hasher.hash(secret)
            session.add(account)
            audit.record(session, "password-change", "account", account.id)
            session.commit()

    # --- Helpers
    def _new(self, name: str, role: Role, secret: str) -> Account:
        return Account(name=name, role=role.value, secret_hash=self._hasher.hash(secret),
                       created_at=self._clock.now(), **self._operator.signature())

    @staticmethod
    def _get(session: Session, account_id: int) -> Account:
        account = session.get(Account, account_id)
        if account is None:
            raise NotFound(fill(translate("Accounts", "There is no operator number %1."),
                                account_id))
        return account

    def _taken(self, name: str) -> bool:
        with Session(self._engine) as session:
            return session.exec(select(func.count()).select_from(Account)
                                .where(Account.name == name)).one() > 0

    @staticmethod
    def _keep_an_administrator(session: Session, leaving: int) -> None:
        others = session.exec(select(func.count()).select_from(Account).where(
            Account.role == Role.ADMINISTRATOR.value, Account.active,
            Account.id != leaving)).one()
        if not others:
            raise DomainError(translate(
                "Accounts", "Someone must stay administrator: make another one first."))

    @staticmethod
    def _checked(name: object, secret: object, repeated: object) -> tuple[str, str]:
        errors: dict[str, str] = {}
        cleaned = checks.text(errors, "name", name, NAME_LIMIT)
        if not cleaned and "name" not in errors:
            errors["name"] = translate("Accounts", "Enter the operator's name.")
        if not isinstance(secret, str) or len(secret) < SECRET_MIN:
            errors["secret"] = fill(translate(
                "Accounts", "Use at least %1 characters (a PIN: %1 digits)."), SECRET_MIN)
        elif len(secret) > SECRET_MAX:
            errors["secret"] = checks.too_long_message(SECRET_MAX)
        elif secret != repeated:
            errors["repeated"] = translate("Accounts", "The two passwords differ.")
        if errors:
            raise ValidationError(errors)
        assert isinstance(secret, str)
        return cleaned, secret


def _clean_name(name: object) -> str:
    return checks.text({}, "name", name, NAME_LIMIT) if isinstance(name, str) else ""


def _role(value: object) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError({"role": translate("InputCheck", "Choose from the list.")}) \
            from None


def _row(a: Account) -> AccountRow:
    return AccountRow(id=a.id or 0, name=a.name, role=Role(a.role), active=a.active,
                      last_login_at=a.last_login_at, created_at=a.created_at,
                      failed_logins=a.failed_logins)
