"""Keys signed out and back: the borrowing slip (钥匙借用单) issued only for a set in the
cabinet — the set's row locked, so a second counter cannot issue it too —, entrusted keys
only to the owner's list or with the owner's consent; returns by the tag typed or scanned,
in parts if need be; the full ID number shown only to a supervisor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlmodel import Session, col, select

from deskapp.db import audit
from deskapp.db.dialect import KEY_LOAN_SEARCH, index_records
from deskapp.db.engine import write_session
from deskapp.db.models import KeyLoan, KeyReturn, KeySet
from deskapp.db.sequences import next_number
from deskapp.domain import checks, paging
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.keys.base import (
    NAME_LIMIT,
    NOTE_LIMIT,
    identity,
    key_number,
    normalise_tag,
    person_name,
    phone_number,
)
from deskapp.domain.keys.deposits import KeyDeposits, latest_deposit, owner_list
from deskapp.domain.keys.errors import ConsentNeeded, NotAvailable, NothingOut
from deskapp.domain.keys.records import (
    MAX_KEYS,
    MAX_LOAN_DAYS,
    ConsentHow,
    IssueInput,
    KeyEventKind,
    KeyKind,
    KeyState,
    LoanBasis,
    LoanPurpose,
    OwnerConsent,
)
from deskapp.domain.keys.rows import LoanRow, ReturnRow
from deskapp.domain.keys.stored import (
    authorised_row,
    key_set_row,
    loan_row,
    loan_search_entry,
    return_row,
)
from deskapp.domain.roles import Action, Approval
from deskapp.i18n import fill, translate

COMPANY_LIMIT = 200
PURPOSE_NOTE_LIMIT = 200
# A consent is for the loan at hand: one given longer ago than this is asked again.
CONSENT_MAX_AGE = dt.timedelta(days=30)


def loan_number(year: int, serial: int) -> str:
    """The number printed on the borrowing slip: KL2026-0012."""
    return f"KL{year}-{serial:04d}"


class KeyLoans(KeyDeposits):
    """Issuing keys and taking them back (a part of :class:`KeyCustody`)."""

    # --- Issue
    def validate_issue(self, data: IssueInput) -> IssueInput:
        """The loan as stored (names cleaned, phone and ID number normalised and checked),
        or ValidationError naming each bad field."""
        errors: dict[str, str] = {}
        if checks.record_id(data.key_set_id) is None:
            errors["key_set_id"] = translate("KeyCustody",
                                             "Choose the keys: scan or type their tag.")
        name = person_name(errors, "borrower_name", data.borrower_name,
                           translate("KeyCustody", "Enter the borrower's name."))
        staff = checks.flag(errors, "staff", data.staff)
        phone = phone_number(errors, "phone", data.phone, required=not staff)
        id_type, id_number = identity(errors, data.id_type, data.id_number, required=not staff)
        company = checks.text(errors, "company", data.company, COMPANY_LIMIT)
        if staff and not company:
            errors.setdefault("company", translate(
                "KeyCustody", "Say which department the staff member works in."))
        purpose = checks.choice(errors, "purpose", data.purpose, LoanPurpose)
        purpose_note = checks.text(errors, "purpose_note", data.purpose_note,
                                   PURPOSE_NOTE_LIMIT)
        if purpose is LoanPurpose.OTHER and not purpose_note:
            errors.setdefault("purpose_note", translate("KeyCustody",
                                                        "Say what the keys are for."))
        authorised_by = checks.text(errors, "authorised_by", data.authorised_by, NAME_LIMIT)
        expected = self._expected_back(errors, data.expected_back)
        keys_out = (None if data.keys_out is None
                    else key_number(errors, "keys_out", data.keys_out, MAX_KEYS))
        consent = self._checked_consent(errors, data.consent)
        note = checks.text(errors, "note", data.note, NOTE_LIMIT)
        paging.raise_if(errors)
        assert purpose is not None
        return replace(data, borrower_name=name, staff=staff, phone=phone, id_type=id_type,
                       id_number=id_number, company=company, purpose=purpose,
                       purpose_note=purpose_note, authorised_by=authorised_by,
                       expected_back=expected, keys_out=keys_out, consent=consent, note=note)

    def issue(self, data: IssueInput) -> LoanRow:
        """Sign keys out: the set must be in the cabinet with every key of its last loan
        back; entrusted keys go only to someone on the owner's list, or with the owner's
        consent recorded. One transaction, holding the set's row: a second issue of the
        same keys, at this counter or another, finds them out.

        Raises:
            ValidationError: bad input; ``keys_out`` more keys than are in the cabinet;
                ``authorised_by`` missing for keys that are not entrusted.
            NotFound: no such set.
            NotAvailable: the set is out (``loan`` says with whom), partly back, lost,
                handed over or retired.
            ConsentNeeded: entrusted keys, a borrower not on the list, no consent.
        """
        data = self.validate_issue(data)
        assert data.expected_back is not None
        with write_session(self._engine) as session:
            key_set = self._set(session, data.key_set_id, lock=True)
            self._refuse_unavailable(session, key_set)
            in_cabinet = key_set.key_count - key_set.keys_lost
            keys_out = data.keys_out or in_cabinet
            if keys_out > in_cabinet:
                raise ValidationError({"keys_out": fill(translate(
                    "KeyCustody", "Only %1 keys of set %2 are in the cabinet."),
                    in_cabinet, key_set.tag)})
            basis, granted = self._authority(session, key_set, data)
            now = self._clock.now()
            year = self._clock.local(now).year
            consent = data.consent if basis is LoanBasis.CONSENT else None
            loan = KeyLoan(
                number=loan_number(year, next_number(session, f"key-loan-{year}")),
                key_set_id=key_set.id, tag=key_set.tag, unit_label=key_set.unit_label,
                borrower_name=data.borrower_name, id_type=data.id_type.value,
                id_number=data.id_number, phone=data.phone, company=data.company,
                staff=data.staff, purpose=data.purpose.value, purpose_note=data.purpose_note,
                authorised_by=granted.authorised_by, basis=basis.value,
                authorisation_id=granted.authorisation_id,
                consent_by=consent.confirmed_by if consent else "",
                consent_how=consent.how.value if consent else "",
                consent_at=consent.at if consent else None, out_at=now,
                expected_back=data.expected_back.astimezone(dt.UTC), keys_out=keys_out,
                note=data.note, created_at=now, **self._operator.signature())
            session.add(loan)
            session.flush()
            index_records(session, KEY_LOAN_SEARCH, [loan_search_entry(loan)])
            key_set.state = KeyState.OUT.value
            key_set.keys_outstanding = keys_out
            session.add(key_set)
            self._event(session, key_set, KeyEventKind.ISSUED, keys=keys_out, loan_id=loan.id)
            session.commit()
            return loan_row(loan)

    # --- Return
    def return_keys(self, tag: str, keys_back: int | None = None, *,
                    condition_note: str = "", returned_by: str = "") -> LoanRow:
        """Take keys back by the tag typed or scanned from their label. ``keys_back`` None:
        every key still out; fewer is a partial return — the set goes back on its hook
        flagged, and the loan stays open until the rest is back (or reported lost).
        ``returned_by``: who brought them, when not the borrower.

        Raises:
            ValidationError: tag, keys_back (more than are out), condition_note,
                returned_by.
            NotFound: no set has the tag.
            NothingOut: none of the set's keys are out.
        """
        errors = self._return_errors(keys_back, condition_note, returned_by)
        if not normalise_tag(tag):
            errors.setdefault("tag", translate("KeyCustody",
                                               "Scan or type the tag on the keys."))
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            key_set = self._set_by_tag(session, tag, lock=True)
            return self._take_back(session, key_set, keys_back, condition_note, returned_by)

    def return_loan(self, loan_id: int, keys_back: int | None = None, *,
                    condition_note: str = "", returned_by: str = "") -> LoanRow:
        """As :meth:`return_keys`, for the loan chosen from a list (``loan_id``)."""
        paging.raise_if(self._return_errors(keys_back, condition_note, returned_by))
        with write_session(self._engine) as session:
            set_id = self._loan(session, loan_id).key_set_id
            key_set = self._set(session, set_id, lock=True)
            # Read again under the set's lock: another counter may have taken it back.
            loan = self._loan(session, loan_id, lock=True)
            if loan.closed_at is not None:
                raise NothingOut(fill(translate(
                    "KeyCustody", "Every key of slip %1 is back already."), loan.number))
            return self._take_back(session, key_set, keys_back, condition_note, returned_by,
                                   loan)

    def reveal_id_number(self, loan_id: int, approval: Approval | None = None) -> str:
        """The borrower's full ID number, for a supervisor (or with their approval); the
        reveal is written to the audit trail.

        Raises:
            ApprovalNeeded: a receptionist needs a supervisor's approval.
            NotFound: no such loan.
        """
        approved_by = self._operator.authorise(Action.REVEAL_ID_NUMBER, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            loan = self._loan(session, loan_id)
            audit.record(session, "reveal", "key_loan", loan.id, {"field": "id_number"})
            session.commit()
            return loan.id_number

    # --- Reading
    def loan(self, loan_id: int) -> LoanRow:
        """One loan (NotFound if there is none)."""
        with Session(self._engine) as session:
            return loan_row(self._loan(session, loan_id))

    def loan_by_number(self, number: str) -> LoanRow:
        """The loan with the number on its slip (KL2026-0012).

        Raises:
            NotFound: no such loan.
        """
        wanted = normalise_tag(number)
        with Session(self._engine) as session:
            found = session.exec(select(KeyLoan).where(KeyLoan.number == wanted[:20])).first()
            if found is None:
                raise NotFound(fill(translate("KeyCustody", "There is no borrowing slip %1."),
                                    wanted[:20]))
            return loan_row(found)

    def open_loan(self, set_id: int) -> LoanRow | None:
        """The loan the set's keys are out on (also after a partial return), or None."""
        with Session(self._engine) as session:
            found = self._open_loan(session, checks.record_id(set_id) or 0)
            return loan_row(found) if found is not None else None

    def returns(self, loan_id: int) -> list[ReturnRow]:
        """The returns of a loan, oldest first (one per part of a partial return)."""
        with Session(self._engine) as session:
            return [return_row(r) for r in session.exec(
                select(KeyReturn).where(KeyReturn.loan_id == loan_id)
                .order_by(col(KeyReturn.at), col(KeyReturn.id)))]

    # --- Helpers
    def _refuse_unavailable(self, session: Session, key_set: KeySet) -> None:
        state = KeyState(key_set.state)
        row = key_set_row(key_set)
        if not state.in_custody:
            raise NotAvailable(fill(translate(
                "KeyCustody", "Key set %1 is %2: it is no longer in the desk's care."),
                key_set.tag, state.label().lower()), row)
        if state is KeyState.LOST:
            raise NotAvailable(fill(translate(
                "KeyCustody", "Every key of set %1 is lost: record the replacement first."),
                key_set.tag), row)
        loan = self._open_loan(session, key_set.id or 0)
        if state is KeyState.OUT and loan is not None:
            raise NotAvailable(fill(translate(
                "KeyCustody", "Set %1 is out: %2 has had it since %3 (slip %4)."),
                key_set.tag, loan.borrower_name,
                self._clock.local(loan.out_at).strftime("%Y-%m-%d %H:%M"), loan.number),
                row, loan_row(loan))
        if loan is not None or key_set.keys_outstanding:
            who = loan.borrower_name if loan is not None else "?"
            number = loan.number if loan is not None else "?"
            raise NotAvailable(fill(translate(
                "KeyCustody", "Keys of set %1 are still with %2 (slip %3): take them back or "
                "report them lost first."), key_set.tag, who, number),
                row, loan_row(loan) if loan is not None else None)

    def _authority(self, session: Session, key_set: KeySet,
                   data: IssueInput) -> tuple[LoanBasis, _Granted]:
        """On whose authority the keys go out, or the refusal."""
        if key_set.kind != KeyKind.ENTRUSTED.value:
            if not data.authorised_by:
                raise ValidationError({"authorised_by": translate(
                    "KeyCustody", "Say who authorised the loan (leasing, the engineering "
                    "manager …).")})
            return LoanBasis.DESK, _Granted(data.authorised_by, None)
        listed = self._listed_today(session, key_set, data.borrower_name, data.phone,
                                    data.id_number)
        if listed is not None:
            deposit = latest_deposit(session, key_set.id or 0)
            owner = deposit.owner_name if deposit is not None else ""
            return LoanBasis.LISTED, _Granted(data.authorised_by or owner, listed.id)
        if data.consent is not None:
            return LoanBasis.CONSENT, _Granted(
                data.authorised_by or data.consent.confirmed_by, None)
        today = self._clock.today()
        people = [authorised_row(a) for a in owner_list(session, key_set.id or 0)]
        raise ConsentNeeded(key_set_row(key_set), [p for p in people if p.valid_on(today)])

    def _expected_back(self, errors: dict[str, str], value: object) -> dt.datetime | None:
        if value is None:
            errors.setdefault("expected_back", translate(
                "KeyCustody", "Say when the keys will be back."))
            return None
        expected = checks.moment(errors, "expected_back", value, self._clock)
        now = self._clock.now()
        if expected is not None and expected <= now:
            errors.setdefault("expected_back", translate(
                "KeyCustody", "The keys must be due back later than now."))
        elif expected is not None and expected > now + dt.timedelta(days=MAX_LOAN_DAYS):
            errors.setdefault("expected_back", fill(translate(
                "KeyCustody", "Keys go out for at most %1 days."), MAX_LOAN_DAYS))
        return expected

    def _checked_consent(self, errors: dict[str, str],
                         consent: object) -> OwnerConsent | None:
        if consent is None:
            return None
        if not isinstance(consent, OwnerConsent):
            errors.setdefault("consent_by", translate(
                "KeyCustody", "Enter who confirmed the owner's consent."))
            return None
        by = person_name(errors, "consent_by", consent.confirmed_by,
                         translate("KeyCustody", "Enter who confirmed the owner's consent."))
        how = checks.choice(errors, "consent_how", consent.how, ConsentHow)
        at = self._past_moment(errors, "consent_at", consent.at)
        if at < self._clock.now() - CONSENT_MAX_AGE:
            errors.setdefault("consent_at", translate(
                "KeyCustody", "A consent this old is not for this loan: ask the owner again."))
        return OwnerConsent(by, how or ConsentHow.PHONE, at)

    @staticmethod
    def _return_errors(keys_back: object, condition_note: object,
                       returned_by: object) -> dict[str, str]:
        errors: dict[str, str] = {}
        if keys_back is not None:
            key_number(errors, "keys_back", keys_back, MAX_KEYS)
        checks.text(errors, "condition_note", condition_note, NOTE_LIMIT)
        checks.text(errors, "returned_by", returned_by, NAME_LIMIT)
        return errors

    def _take_back(self, session: Session, key_set: KeySet, keys_back: int | None,
                   condition_note: str, returned_by: str,
                   loan: KeyLoan | None = None) -> LoanRow:
        """Keys of ``loan`` (default: the set's open loan) back, the set locked already."""
        loan = loan or self._open_loan(session, key_set.id or 0, lock=True)
        if loan is None:
            raise NothingOut(fill(translate(
                "KeyCustody", "Key set %1 is %2: none of its keys are out."),
                key_set.tag, KeyState(key_set.state).label().lower()))
        outstanding = loan.keys_out - loan.keys_back - loan.keys_lost
        count = outstanding if keys_back is None else keys_back
        if count > outstanding:
            raise ValidationError({"keys_back": fill(translate(
                "KeyCustody", "Only %1 keys of slip %2 are still out."),
                outstanding, loan.number)})
        now = self._clock.now()
        note = checks.text({}, "condition_note", condition_note, NOTE_LIMIT)
        session.add(KeyReturn(loan_id=loan.id, at=now, keys_back=count,
                              returned_by=checks.text({}, "returned_by", returned_by),
                              condition_note=note, **self._operator.signature()))
        loan.keys_back += count
        loan.returned_at = loan.returned_at or now
        key_set.keys_outstanding = outstanding - count
        if key_set.state == KeyState.OUT.value:
            key_set.state = KeyState.IN_CABINET.value  # back on its hook, whole or not
        complete = key_set.keys_outstanding == 0
        if complete:
            loan.closed_at = now
        session.add(loan)
        session.add(key_set)
        self._event(session, key_set,
                    KeyEventKind.RETURNED if complete else KeyEventKind.PART_RETURNED,
                    keys=count, text=note, loan_id=loan.id)
        session.commit()
        return loan_row(loan)

    @staticmethod
    def _loan(session: Session, loan_id: int, *, lock: bool = False) -> KeyLoan:
        found = session.get(KeyLoan, checks.record_id(loan_id) or 0, with_for_update=lock,
                            populate_existing=lock)
        if found is None:
            raise NotFound(fill(translate("KeyCustody", "There is no key loan number %1."),
                                loan_id))
        return found


@dataclass(frozen=True)
class _Granted:
    """Who authorised a loan, and the owner's list entry it rests on (if any)."""

    authorised_by: str
    authorisation_id: int | None
