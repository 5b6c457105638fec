"""Keys an owner entrusts (业主托管): the deposit (钥匙留存: when, signed by whom, until
when) and the owner's list of who may borrow them, added to and withdrawn from; and the
question every loan of entrusted keys asks: is this borrower on the list today?"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.models import KeyAuthorisation, KeyDeposit, KeySet
from deskapp.domain import checks, paging
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.identity import normalise_id_number
from deskapp.domain.keys.base import (
    KeyServiceBase,
    identity,
    person_name,
    phone_number,
    same_name,
)
from deskapp.domain.keys.records import (
    AuthorisedInput,
    DepositInput,
    KeyEventKind,
    KeyKind,
)
from deskapp.domain.keys.rows import AuthorisedRow, DepositRow
from deskapp.domain.keys.stored import authorised_row, deposit_row
from deskapp.domain.phone import phone_digits
from deskapp.i18n import fill, translate

RELATION_LIMIT = 50
NOTE_LIMIT = 1000
REASON_LIMIT = 200
MAX_AUTHORISED = 20  # people on one owner's list


class KeyDeposits(KeyServiceBase):
    """Owners' deposits and their lists of borrowers (a part of the key register)."""

    def record_deposit(self, set_id: int, deposit: DepositInput) -> DepositRow:
        """A new deposit slip for entrusted keys (the owner renews the authorisation, or
        leaves keys again): it is the one in force from now; the list stays as it was,
        plus the people it names.

        Raises:
            ValidationError: owner_name, owner_phone, signed_by, deposited_at,
                authorised_until, note, authorised; a listed person's fields as
                ``authorised.<n>.<field>`` (``authorised.0.phone``).
            NotFound: no such set.
            DomainError: the keys are not entrusted, or no longer in the desk's care.
        """
        errors: dict[str, str] = {}
        checked = self._checked_deposit(errors, deposit)
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            key_set = self._set(session, set_id, lock=True)
            self._refuse_gone(key_set)
            if key_set.kind != KeyKind.ENTRUSTED.value:
                raise DomainError(fill(translate(
                    "KeyCustody", "Set %1 is not entrusted by an owner: change its kind "
                    "first."), key_set.tag))
            row = self._add_deposit(session, key_set, checked)
            session.commit()
            return deposit_row(row)

    def authorise(self, set_id: int, person: AuthorisedInput) -> AuthorisedRow:
        """Put someone on the owner's list of borrowers (as the owner instructs).

        Raises:
            ValidationError: name, relation, phone, id_type, id_number, valid_until; the
                name of someone already on the list.
            NotFound: no such set.
            DomainError: the keys are not entrusted (or have no deposit), or no longer in
                the desk's care.
        """
        errors: dict[str, str] = {}
        checked = self._checked_person(errors, person, "")
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            key_set = self._set(session, set_id, lock=True)
            self._refuse_gone(key_set)
            deposit = latest_deposit(session, key_set.id or 0)
            if key_set.kind != KeyKind.ENTRUSTED.value or deposit is None:
                raise DomainError(fill(translate(
                    "KeyCustody", "Set %1 has no owner's deposit: only an owner's list says "
                    "who may borrow entrusted keys."), key_set.tag))
            today = self._clock.today()
            for listed in owner_list(session, key_set.id or 0):
                if same_name(listed.name, checked.name) and authorised_row(listed).valid_on(
                        today):
                    raise ValidationError({"name": fill(translate(
                        "KeyCustody", "%1 is on the owner's list already."), checked.name)})
            added = self._add_person(session, key_set, deposit, checked)
            session.commit()
            return authorised_row(added)

    def revoke(self, authorisation_id: int, reason: str) -> AuthorisedRow:
        """Take someone off the owner's list (kept, marked withdrawn, with the reason).

        Raises:
            ValidationError: no reason (``reason``).
            NotFound: no such entry.
            DomainError: withdrawn already.
        """
        errors: dict[str, str] = {}
        reason = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not reason:
            errors.setdefault("reason", translate(
                "KeyCustody", "Say why (the owner's instruction, the tenancy ended …)."))
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            entry = session.get(KeyAuthorisation, checks.record_id(authorisation_id) or 0,
                                with_for_update=True)
            if entry is None:
                raise NotFound(translate("KeyCustody", "That person is not on any owner's "
                                         "list."))
            if entry.revoked_at is not None:
                raise DomainError(fill(translate(
                    "KeyCustody", "%1 was taken off the list already."), entry.name))
            entry.revoked_at, entry.revoke_reason = self._clock.now(), reason
            session.add(entry)
            key_set = self._set(session, entry.key_set_id)
            self._event(session, key_set, KeyEventKind.REVOKED, text=reason)
            session.commit()
            return authorised_row(entry)

    # --- Reading
    def deposit(self, set_id: int) -> DepositRow | None:
        """The deposit in force (the latest), or None."""
        with Session(self._engine) as session:
            found = latest_deposit(session, set_id)
            return deposit_row(found) if found is not None else None

    def deposits(self, set_id: int) -> list[DepositRow]:
        """Every deposit of the set, oldest first."""
        with Session(self._engine) as session:
            return [deposit_row(d) for d in session.exec(
                select(KeyDeposit).where(KeyDeposit.key_set_id == set_id)
                .order_by(col(KeyDeposit.deposited_at), col(KeyDeposit.id)))]

    def authorised(self, set_id: int, *, include_withdrawn: bool = False) -> list[AuthorisedRow]:
        """The owner's list, in the order people were added (withdrawn ones too when
        asked)."""
        with Session(self._engine) as session:
            rows = [authorised_row(a) for a in owner_list(session, set_id)]
        return rows if include_withdrawn else [r for r in rows if r.revoked_at is None]

    def listed_borrower(self, set_id: int, name: str, phone: str = "",
                        id_number: str = "") -> AuthorisedRow | None:
        """The entry of the owner's list that lets this person borrow the set today, or
        None (not listed, withdrawn, expired; or the list has their phone or ID number and
        it was not given, or differs)."""
        with Session(self._engine) as session:
            key_set = self._set(session, set_id)
            found = self._listed_today(session, key_set, name, phone, id_number)
            return authorised_row(found) if found is not None else None

    # --- Helpers
    def _listed_today(self, session: Session, key_set: KeySet, name: str, phone: str,
                      id_number: str) -> KeyAuthorisation | None:
        deposit = latest_deposit(session, key_set.id or 0)
        today = self._clock.today()
        if deposit is None or (deposit.authorised_until is not None
                               and today > deposit.authorised_until):
            return None
        for entry in owner_list(session, key_set.id or 0):
            if not authorised_row(entry).valid_on(today) or not same_name(entry.name, name):
                continue
            # Someone of the same name is not the person the owner meant: a phone or ID
            # number on the list must be given, and the same.
            if entry.phone and phone_digits(entry.phone) != phone_digits(phone):
                continue
            if entry.id_number and entry.id_number != normalise_id_number(id_number):
                continue
            return entry
        return None

    def _checked_deposit(self, errors: dict[str, str], deposit: object) -> DepositInput:
        if not isinstance(deposit, DepositInput):
            errors.setdefault("owner_name", translate(
                "KeyCustody", "Enter who left the keys."))
            return DepositInput("")
        owner = person_name(errors, "owner_name", deposit.owner_name,
                            translate("KeyCustody", "Enter the owner who leaves the keys."))
        phone = phone_number(errors, "owner_phone", deposit.owner_phone, required=True)
        signed_by = checks.text(errors, "signed_by", deposit.signed_by, 100) or owner
        deposited_at = self._past_moment(errors, "deposited_at", deposit.deposited_at)
        until = deposit.authorised_until
        if until is not None and checks.day(errors, "authorised_until", until) is not None \
                and until < self._clock.local(deposited_at).date():
            errors.setdefault("authorised_until", translate(
                "KeyCustody", "The authorisation must end after the keys were left."))
        note = checks.text(errors, "note", deposit.note, NOTE_LIMIT)
        people: Sequence[object] = deposit.authorised
        if not isinstance(people, (list, tuple)) or len(people) > MAX_AUTHORISED:
            errors.setdefault("authorised", fill(translate(
                "KeyCustody", "List at most %1 people."), MAX_AUTHORISED))
            people = ()
        listed = tuple(self._checked_person(errors, p, f"authorised.{n}.")
                       for n, p in enumerate(people))
        return DepositInput(owner, phone, signed_by, deposited_at, until, note, listed)

    def _checked_person(self, errors: dict[str, str], person: object,
                        prefix: str) -> AuthorisedInput:
        if not isinstance(person, AuthorisedInput):
            errors.setdefault(prefix + "name", translate("KeyCustody",
                                                         "Enter the person's name."))
            return AuthorisedInput("")
        name = person_name(errors, prefix + "name", person.name,
                           translate("KeyCustody", "Enter the person's name."))
        relation = checks.text(errors, prefix + "relation", person.relation, RELATION_LIMIT)
        phone = phone_number(errors, prefix + "phone", person.phone)
        id_type, id_number = identity(errors, person.id_type, person.id_number, prefix=prefix)
        until = person.valid_until
        if until is not None and checks.day(errors, prefix + "valid_until", until) is not None \
                and until < self._clock.today():
            errors.setdefault(prefix + "valid_until", translate(
                "KeyCustody", "This date has passed."))
        return replace(person, name=name, relation=relation, phone=phone, id_type=id_type,
                       id_number=id_number, valid_until=until)

    def _add_deposit(self, session: Session, key_set: KeySet,
                     deposit: DepositInput) -> KeyDeposit:
        assert deposit.deposited_at is not None
        row = KeyDeposit(
            key_set_id=key_set.id, deposited_at=deposit.deposited_at,
            owner_name=deposit.owner_name, owner_phone=deposit.owner_phone,
            signed_by=deposit.signed_by, keys_deposited=key_set.key_count,
            authorised_until=deposit.authorised_until, note=deposit.note,
            created_at=self._clock.now(), **self._operator.signature())
        session.add(row)
        session.flush()
        self._event(session, key_set, KeyEventKind.DEPOSITED, keys=key_set.key_count)
        for person in deposit.authorised:
            self._add_person(session, key_set, row, person)
        return row

    def _add_person(self, session: Session, key_set: KeySet, deposit: KeyDeposit,
                    person: AuthorisedInput) -> KeyAuthorisation:
        entry = KeyAuthorisation(
            key_set_id=key_set.id, deposit_id=deposit.id, name=person.name,
            relation=person.relation, phone=person.phone, id_type=person.id_type.value,
            id_number=person.id_number, valid_until=person.valid_until,
            created_at=self._clock.now(), **self._operator.signature())
        session.add(entry)
        session.flush()
        # The step names the relation, not the person: names stay in the list itself.
        self._event(session, key_set, KeyEventKind.AUTHORISED, text=person.relation)
        return entry


def latest_deposit(session: Session, set_id: int) -> KeyDeposit | None:
    """The deposit of a set in force: its latest."""
    return session.exec(select(KeyDeposit).where(KeyDeposit.key_set_id == set_id)
                        .order_by(col(KeyDeposit.deposited_at).desc(),
                                  col(KeyDeposit.id).desc())).first()


def owner_list(session: Session, set_id: int) -> list[KeyAuthorisation]:
    """Everyone ever on the owner's list of a set (withdrawn ones too), in order."""
    return list(session.exec(select(KeyAuthorisation).where(
        KeyAuthorisation.key_set_id == set_id).order_by(col(KeyAuthorisation.id))))

