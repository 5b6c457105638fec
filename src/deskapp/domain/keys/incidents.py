"""A set leaving custody for good (钥匙交接, signed by the owner), keys reported lost, and
the replacement that settles a loss: new copies, or a new lock."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.models import KeyHandover, KeyLoan, KeyLostReport, KeyReplacement, KeySet
from deskapp.domain import checks, paging
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.keys.base import (
    NOTE_LIMIT,
    KeyServiceBase,
    identity,
    key_number,
    person_name,
    phone_number,
    same_name,
)
from deskapp.domain.keys.deposits import latest_deposit
from deskapp.domain.keys.records import (
    MAX_KEYS,
    HandoverInput,
    KeyEventKind,
    KeyKind,
    KeyState,
    LostInput,
    ReplacementInput,
)
from deskapp.domain.keys.rows import HandoverRow, LostReportRow, ReplacementRow
from deskapp.domain.keys.stored import handover_row, lost_report_row, replacement_row
from deskapp.i18n import fill, translate

CIRCUMSTANCES_LIMIT = 1000


class KeyIncidents(KeyServiceBase):
    """Handovers, losses and replacements (a part of :class:`KeyCustody`)."""

    def hand_over(self, set_id: int, data: HandoverInput) -> HandoverRow:
        """The set leaves the desk's custody for good: to the owner at move-in, or back to
        the owner who entrusted it (only to them, or whoever signed their deposit). Every
        key in the cabinet goes; the owner signs the handover slip.

        Raises:
            ValidationError: owner_name (missing, or not the owner of entrusted keys),
                phone, id_type, id_number, note.
            NotFound: no such set.
            DomainError: keys of it are out, every key is lost, or it left already.
        """
        errors: dict[str, str] = {}
        owner = person_name(errors, "owner_name", data.owner_name,
                            translate("KeyCustody", "Enter the owner who takes the keys."))
        phone = phone_number(errors, "phone", data.phone)
        id_type, id_number = identity(errors, data.id_type, data.id_number)
        note = checks.text(errors, "note", data.note, NOTE_LIMIT)
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            key_set = self._set(session, set_id, lock=True)
            self._refuse_gone(key_set)
            self._refuse_out(key_set)
            if key_set.state == KeyState.LOST.value:
                raise DomainError(fill(translate(
                    "KeyCustody", "Every key of set %1 is lost: nothing is left to hand "
                    "over."), key_set.tag))
            if key_set.kind == KeyKind.ENTRUSTED.value:
                deposit = latest_deposit(session, key_set.id or 0)
                if deposit is not None and not (same_name(owner, deposit.owner_name)
                                                or same_name(owner, deposit.signed_by)):
                    raise ValidationError({"owner_name": fill(translate(
                        "KeyCustody", "Entrusted keys go back to the owner who left them "
                        "(%1)."), deposit.owner_name)})
            keys = key_set.key_count - key_set.keys_lost
            handover = KeyHandover(
                key_set_id=key_set.id, at=self._clock.now(), owner_name=owner,
                id_type=id_type.value, id_number=id_number, phone=phone, keys_handed=keys,
                note=note, **self._operator.signature())
            session.add(handover)
            key_set.state = KeyState.HANDED_OVER.value
            session.add(key_set)
            self._event(session, key_set, KeyEventKind.HANDED_OVER, keys=keys)
            session.commit()
            return handover_row(handover, key_set)

    def report_lost(self, set_id: int, data: LostInput) -> LostReportRow:
        """Keys reported lost: while out, the borrower's (the loan is settled once none is
        left out); else keys missing from the cabinet. The set is flagged until a
        replacement is recorded; with no key left it is lost.

        Raises:
            ValidationError: reported_by, keys_lost (more than could be lost),
                reported_at (in the future), circumstances.
            NotFound: no such set.
            DomainError: every key is lost already, or the set left the desk's care.
        """
        errors: dict[str, str] = {}
        reported_by = person_name(errors, "reported_by", data.reported_by, translate(
            "KeyCustody", "Enter who reported the loss."))
        keys = (None if data.keys_lost is None
                else key_number(errors, "keys_lost", data.keys_lost, MAX_KEYS))
        reported_at = self._past_moment(errors, "reported_at", data.reported_at)
        circumstances = checks.text(errors, "circumstances", data.circumstances,
                                    CIRCUMSTANCES_LIMIT)
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            key_set = self._set(session, set_id, lock=True)
            self._refuse_gone(key_set)
            if key_set.state == KeyState.LOST.value:
                raise DomainError(fill(translate(
                    "KeyCustody", "Every key of set %1 is reported lost already."),
                    key_set.tag))
            loan = self._open_loan(session, key_set.id or 0, lock=True)
            # Out on a loan, the loss is the borrower's; else keys gone from the hook.
            could = (loan.keys_out - loan.keys_back - loan.keys_lost if loan is not None
                     else key_set.key_count - key_set.keys_lost)
            lost = could if keys is None else keys
            if lost > could:
                raise ValidationError({"keys_lost": fill(translate(
                    "KeyCustody", "At most %1 keys of set %2 can be lost here."),
                    could, key_set.tag)})
            now = self._clock.now()
            report = KeyLostReport(
                key_set_id=key_set.id, loan_id=loan.id if loan is not None else None,
                reported_at=reported_at, reported_by=reported_by, keys_lost=lost,
                circumstances=circumstances, created_at=now, **self._operator.signature())
            session.add(report)
            key_set.keys_lost += lost
            if loan is not None:
                self._settle_loss(session, key_set, loan, lost, now)
            if key_set.keys_outstanding == 0 and key_set.key_count - key_set.keys_lost <= 0:
                key_set.state = KeyState.LOST.value
            session.add(key_set)
            session.flush()
            self._event(session, key_set, KeyEventKind.LOST, keys=lost,
                        loan_id=loan.id if loan is not None else None)
            session.commit()
            return lost_report_row(report)

    def replace(self, set_id: int, data: ReplacementInput) -> ReplacementRow:
        """New keys after a loss: copies cut for the lost ones (the set counts the keys
        left plus the new), or a new lock (the set is the new keys alone). Settles every
        loss reported of the set.

        Raises:
            ValidationError: keys_new (1 to 50, and the set no bigger), lock_changed, note.
            NotFound: no such set.
            DomainError: keys are out; nothing is lost and the lock stays; the set left
                the desk's care.
        """
        errors: dict[str, str] = {}
        keys_new = key_number(errors, "keys_new", data.keys_new, MAX_KEYS)
        lock_changed = checks.flag(errors, "lock_changed", data.lock_changed)
        note = checks.text(errors, "note", data.note, NOTE_LIMIT)
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            key_set = self._set(session, set_id, lock=True)
            self._refuse_gone(key_set)
            self._refuse_out(key_set)
            if not key_set.keys_lost and not lock_changed:
                raise DomainError(fill(translate(
                    "KeyCustody", "No key of set %1 is lost: there is nothing to replace "
                    "(a new lock is recorded as such)."), key_set.tag))
            before = key_set.key_count
            after = keys_new if lock_changed else before - key_set.keys_lost + keys_new
            if after > MAX_KEYS:
                raise ValidationError({"keys_new": fill(translate(
                    "KeyCustody", "A set holds at most %1 keys."), MAX_KEYS)})
            replacement = KeyReplacement(
                key_set_id=key_set.id, at=self._clock.now(), keys_new=keys_new,
                lock_changed=lock_changed, key_count_before=before, key_count_after=after,
                note=note, **self._operator.signature())
            session.add(replacement)
            session.flush()
            for report in session.exec(select(KeyLostReport).where(
                    KeyLostReport.key_set_id == key_set.id,
                    col(KeyLostReport.replacement_id).is_(None))):
                report.replacement_id = replacement.id
                session.add(report)
            key_set.key_count, key_set.keys_lost = after, 0
            key_set.state = KeyState.IN_CABINET.value
            session.add(key_set)
            self._event(session, key_set, KeyEventKind.REPLACED, keys=keys_new, text=note)
            session.commit()
            return replacement_row(replacement)

    # --- Reading
    def handover(self, handover_id: int) -> HandoverRow:
        """One handover (for its slip); NotFound if there is none."""
        with Session(self._engine) as session:
            found = session.get(KeyHandover, checks.record_id(handover_id) or 0)
            if found is None:
                raise NotFound(fill(translate("KeyCustody", "There is no key handover number "
                                              "%1."), handover_id))
            return handover_row(found, self._set(session, found.key_set_id))

    def handover_of(self, set_id: int) -> HandoverRow | None:
        """The set's handover, if it was handed over."""
        with Session(self._engine) as session:
            found = session.exec(select(KeyHandover).where(
                KeyHandover.key_set_id == set_id).order_by(col(KeyHandover.id).desc())).first()
            if found is None:
                return None
            return handover_row(found, self._set(session, set_id))

    def lost_reports(self, set_id: int) -> list[LostReportRow]:
        """The losses reported of a set, oldest first."""
        with Session(self._engine) as session:
            return [lost_report_row(r) for r in session.exec(
                select(KeyLostReport).where(KeyLostReport.key_set_id == set_id)
                .order_by(col(KeyLostReport.reported_at), col(KeyLostReport.id)))]

    def replacements(self, set_id: int) -> list[ReplacementRow]:
        """The set's replacements, oldest first."""
        with Session(self._engine) as session:
            return [replacement_row(r) for r in session.exec(
                select(KeyReplacement).where(KeyReplacement.key_set_id == set_id)
                .order_by(col(KeyReplacement.at), col(KeyReplacement.id)))]

    # --- Helpers
    @staticmethod
    def _refuse_out(key_set: KeySet) -> None:
        if key_set.state == KeyState.OUT.value or key_set.keys_outstanding:
            raise DomainError(fill(translate(
                "KeyCustody", "Keys of set %1 are still out: take them back or report them "
                "lost first."), key_set.tag))

    @staticmethod
    def _settle_loss(session: Session, key_set: KeySet, loan: KeyLoan, lost: int,
                     now: dt.datetime) -> None:
        """The borrower lost ``lost`` of the loan's keys: none left out settles the loan,
        and a set that was out is back on its hook with whatever is there."""
        loan.keys_lost += lost
        key_set.keys_outstanding = loan.keys_out - loan.keys_back - loan.keys_lost
        if key_set.keys_outstanding == 0:
            loan.closed_at = now
            if key_set.state == KeyState.OUT.value:
                key_set.state = KeyState.IN_CABINET.value
        session.add(loan)
