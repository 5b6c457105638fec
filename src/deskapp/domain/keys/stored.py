"""Stored key records as the rows the rest of deskapp reads, and what the search index
keeps of a loan."""

from __future__ import annotations

from deskapp.db.dialect import SearchEntry
from deskapp.db.models import (
    KeyAuthorisation,
    KeyDeposit,
    KeyHandover,
    KeyLoan,
    KeyLostReport,
    KeyReplacement,
    KeyReturn,
    KeySet,
)
from deskapp.domain import pinyin
from deskapp.domain.identity import IdType
from deskapp.domain.keys.records import (
    ConsentHow,
    KeyKind,
    KeyState,
    LoanBasis,
    LoanPurpose,
)
from deskapp.domain.keys.rows import (
    AuthorisedRow,
    DepositRow,
    HandoverRow,
    KeySetRow,
    LoanRow,
    LostReportRow,
    ReplacementRow,
    ReturnRow,
)

# What the loan list searches (the set's tag and unit as the slip printed them); the
# borrower is found by the pinyin of their name too.
LOAN_SEARCHED = (KeyLoan.borrower_name, KeyLoan.company, KeyLoan.phone, KeyLoan.tag,
                 KeyLoan.unit_label, KeyLoan.number)


def loan_search_entry(loan: KeyLoan, purged: frozenset[str] = frozenset()) -> SearchEntry:
    """What the search index keeps of ``loan``; ``purged``: with those columns emptied
    (the privacy purge's loan: the borrower's phone gone, the name kept)."""
    assert loan.id is not None
    return (loan.id, ["" if column.key in purged else getattr(loan, column.key)
                      for column in LOAN_SEARCHED],
            [] if "borrower_name" in purged else pinyin.readings(loan.borrower_name))


def key_set_row(s: KeySet) -> KeySetRow:
    """``s`` as a row."""
    return KeySetRow(
        id=s.id or 0, tag=s.tag, unit_label=s.unit_label, kind=KeyKind(s.kind),
        key_count=s.key_count, hook=s.hook, state=KeyState(s.state), notes=s.notes,
        keys_outstanding=s.keys_outstanding, keys_lost=s.keys_lost, unit_id=s.unit_id,
        retired_at=s.retired_at, retire_reason=s.retire_reason, created_at=s.created_at,
        created_by=s.created_by, desk=s.desk)


def deposit_row(d: KeyDeposit) -> DepositRow:
    """``d`` as a row."""
    return DepositRow(
        id=d.id or 0, key_set_id=d.key_set_id, deposited_at=d.deposited_at,
        owner_name=d.owner_name, owner_phone=d.owner_phone, signed_by=d.signed_by,
        keys_deposited=d.keys_deposited, authorised_until=d.authorised_until, note=d.note,
        created_by=d.created_by, desk=d.desk)


def authorised_row(a: KeyAuthorisation) -> AuthorisedRow:
    """``a`` as a row."""
    return AuthorisedRow(
        id=a.id or 0, key_set_id=a.key_set_id, name=a.name, relation=a.relation,
        phone=a.phone, id_type=IdType(a.id_type), id_number=a.id_number,
        valid_until=a.valid_until, revoked_at=a.revoked_at, revoke_reason=a.revoke_reason,
        created_at=a.created_at, created_by=a.created_by)


def loan_row(loan: KeyLoan) -> LoanRow:
    """``loan`` as a row."""
    return LoanRow(
        id=loan.id or 0, number=loan.number, key_set_id=loan.key_set_id, tag=loan.tag,
        unit_label=loan.unit_label, borrower_name=loan.borrower_name,
        id_type=IdType(loan.id_type), id_number=loan.id_number, phone=loan.phone,
        company=loan.company, staff=loan.staff, purpose=LoanPurpose(loan.purpose),
        purpose_note=loan.purpose_note, authorised_by=loan.authorised_by,
        basis=LoanBasis(loan.basis), out_at=loan.out_at, expected_back=loan.expected_back,
        keys_out=loan.keys_out, keys_back=loan.keys_back, keys_lost=loan.keys_lost,
        returned_at=loan.returned_at, closed_at=loan.closed_at,
        authorisation_id=loan.authorisation_id, consent_by=loan.consent_by,
        consent_how=ConsentHow(loan.consent_how) if loan.consent_how else None,
        consent_at=loan.consent_at, note=loan.note, created_by=loan.created_by,
        desk=loan.desk)


def return_row(r: KeyReturn) -> ReturnRow:
    """``r`` as a row."""
    return ReturnRow(r.id or 0, r.loan_id, r.at, r.keys_back, r.returned_by,
                     r.condition_note, r.created_by, r.desk)


def handover_row(h: KeyHandover, key_set: KeySet) -> HandoverRow:
    """``h`` as a row, with its set's tag and unit."""
    return HandoverRow(
        id=h.id or 0, key_set_id=h.key_set_id, tag=key_set.tag, unit_label=key_set.unit_label,
        at=h.at, owner_name=h.owner_name, id_type=IdType(h.id_type), id_number=h.id_number,
        phone=h.phone, keys_handed=h.keys_handed, note=h.note, created_by=h.created_by,
        desk=h.desk)


def lost_report_row(r: KeyLostReport) -> LostReportRow:
    """``r`` as a row."""
    return LostReportRow(r.id or 0, r.key_set_id, r.loan_id, r.reported_at, r.reported_by,
                         r.keys_lost, r.circumstances, r.replacement_id, r.created_by, r.desk)


def replacement_row(r: KeyReplacement) -> ReplacementRow:
    """``r`` as a row."""
    return ReplacementRow(r.id or 0, r.key_set_id, r.at, r.keys_new, r.lock_changed,
                          r.key_count_before, r.key_count_after, r.note, r.created_by, r.desk)
