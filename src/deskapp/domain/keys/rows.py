"""Key sets, loans and their steps as the rest of deskapp reads them: plain rows, never
live ORM objects. Times are aware (UTC); ID numbers and phones have masked forms for
screens and paper."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from deskapp.domain.identity import IdType, mask_id_number
from deskapp.domain.keys.records import (
    ConsentHow,
    Finding,
    KeyEventKind,
    KeyKind,
    KeyState,
    LoanBasis,
    LoanPurpose,
)
from deskapp.domain.phone import mask_phone


@dataclass(frozen=True)
class KeySetRow:
    """One key set as the register, the board and the label show it."""

    id: int
    tag: str
    unit_label: str
    kind: KeyKind
    key_count: int
    hook: str
    state: KeyState
    notes: str = ""
    keys_outstanding: int = 0  # of an open loan, still with the borrower
    keys_lost: int = 0  # reported lost, not yet replaced
    unit_id: int | None = None
    retired_at: dt.datetime | None = None
    retire_reason: str = ""
    created_at: dt.datetime | None = None
    created_by: str = ""
    desk: str = ""

    @property
    def keys_in_cabinet(self) -> int:
        """Keys on the hook now."""
        if self.state not in (KeyState.IN_CABINET, KeyState.OUT):
            return 0
        return max(self.key_count - self.keys_outstanding - self.keys_lost, 0)

    @property
    def partly_back(self) -> bool:
        """Back on its hook, but keys of the last loan are still out."""
        return self.state is KeyState.IN_CABINET and self.keys_outstanding > 0

    @property
    def flagged(self) -> bool:
        """Something to settle: keys still out after a partial return, or keys lost."""
        return self.partly_back or self.keys_lost > 0 or self.state is KeyState.LOST

    @property
    def available(self) -> bool:
        """May be issued now."""
        return (self.state is KeyState.IN_CABINET and self.keys_outstanding == 0
                and self.keys_in_cabinet > 0)

    @property
    def in_custody(self) -> bool:
        """Still the desk's to look after."""
        return self.state.in_custody


@dataclass(frozen=True)
class DepositRow:
    """An owner's deposit of entrusted keys (the 钥匙留存 slip)."""

    id: int
    key_set_id: int
    deposited_at: dt.datetime
    owner_name: str
    owner_phone: str
    signed_by: str
    keys_deposited: int
    authorised_until: dt.date | None = None
    note: str = ""
    created_by: str = ""
    desk: str = ""

    @property
    def owner_phone_masked(self) -> str:
        """The phone as paper shows it."""
        return mask_phone(self.owner_phone)


@dataclass(frozen=True)
class AuthorisedRow:
    """Someone on an owner's list of borrowers."""

    id: int
    key_set_id: int
    name: str
    relation: str
    phone: str
    id_type: IdType
    id_number: str
    valid_until: dt.date | None = None
    revoked_at: dt.datetime | None = None
    revoke_reason: str = ""
    created_at: dt.datetime | None = None
    created_by: str = ""

    @property
    def id_number_masked(self) -> str:
        """The ID number as screens and paper show it."""
        return mask_id_number(self.id_number)

    @property
    def phone_masked(self) -> str:
        """The phone as paper shows it."""
        return mask_phone(self.phone)

    def valid_on(self, day: dt.date) -> bool:
        """Not withdrawn, and not past its own date (the deposit's is checked apart)."""
        return self.revoked_at is None and (self.valid_until is None or day <= self.valid_until)


@dataclass(frozen=True)
class LoanRow:
    """Keys signed out: what the borrowing slip prints and the list shows."""

    id: int
    number: str
    key_set_id: int
    tag: str
    unit_label: str
    borrower_name: str
    id_type: IdType
    id_number: str
    phone: str
    company: str
    staff: bool
    purpose: LoanPurpose
    purpose_note: str
    authorised_by: str
    basis: LoanBasis
    out_at: dt.datetime
    expected_back: dt.datetime
    keys_out: int
    keys_back: int = 0
    keys_lost: int = 0
    returned_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    authorisation_id: int | None = None
    consent_by: str = ""
    consent_how: ConsentHow | None = None
    consent_at: dt.datetime | None = None
    note: str = ""
    created_by: str = ""
    desk: str = ""

    @property
    def id_number_masked(self) -> str:
        """The ID number as screens and paper show it."""
        return mask_id_number(self.id_number)

    @property
    def phone_masked(self) -> str:
        """The phone as paper shows it."""
        return mask_phone(self.phone)

    @property
    def open(self) -> bool:
        """Keys of it are still out."""
        return self.closed_at is None

    @property
    def outstanding(self) -> int:
        """Keys still with the borrower."""
        return 0 if self.closed_at is not None else max(
            self.keys_out - self.keys_back - self.keys_lost, 0)

    @property
    def partly_back(self) -> bool:
        """Some keys back, the rest still out."""
        return self.open and self.returned_at is not None

    def overdue(self, now: dt.datetime) -> bool:
        """Keys still out past the expected return."""
        return self.open and self.expected_back < now


@dataclass(frozen=True)
class ReturnRow:
    """Keys of a loan brought back (one per part of a partial return)."""

    id: int
    loan_id: int
    at: dt.datetime
    keys_back: int
    returned_by: str
    condition_note: str
    created_by: str = ""
    desk: str = ""


@dataclass(frozen=True)
class HandoverRow:
    """A set handed over for good (the 钥匙交接 slip)."""

    id: int
    key_set_id: int
    tag: str
    unit_label: str
    at: dt.datetime
    owner_name: str
    id_type: IdType
    id_number: str
    phone: str
    keys_handed: int
    note: str = ""
    created_by: str = ""
    desk: str = ""

    @property
    def id_number_masked(self) -> str:
        """The ID number as screens and paper show it."""
        return mask_id_number(self.id_number)

    @property
    def phone_masked(self) -> str:
        """The phone as paper shows it."""
        return mask_phone(self.phone)


@dataclass(frozen=True)
class LostReportRow:
    """Keys reported lost, and the replacement that settled it (None: not yet)."""

    id: int
    key_set_id: int
    loan_id: int | None
    reported_at: dt.datetime
    reported_by: str
    keys_lost: int
    circumstances: str
    replacement_id: int | None = None
    created_by: str = ""
    desk: str = ""


@dataclass(frozen=True)
class ReplacementRow:
    """New keys for a set."""

    id: int
    key_set_id: int
    at: dt.datetime
    keys_new: int
    lock_changed: bool
    key_count_before: int
    key_count_after: int
    note: str = ""
    created_by: str = ""
    desk: str = ""


@dataclass(frozen=True)
class KeyEventRow:
    """One step of a key set, with the set and (for a loan's steps) the borrower named."""

    id: int
    at: dt.datetime
    kind: KeyEventKind
    key_set_id: int
    tag: str
    unit_label: str
    keys: int = 0
    text: str = ""
    loan_id: int | None = None
    loan_number: str = ""
    borrower_name: str = ""
    created_by: str = ""
    desk: str = ""


@dataclass(frozen=True)
class BoardEntry:
    """A hook of the cabinet board: the set, and the loan its keys are out on."""

    key_set: KeySetRow
    loan: LoanRow | None = None

    def overdue(self, now: dt.datetime) -> bool:
        """Keys of it out past their expected return."""
        return self.loan is not None and self.loan.overdue(now)


@dataclass(frozen=True)
class StocktakeLine:
    """Something a stocktake found amiss: the tag, what, and (for a known tag) the set
    and the loan it is recorded out on."""

    tag: str
    finding: Finding
    key_set: KeySetRow | None = None
    loan: LoanRow | None = None


@dataclass(frozen=True)
class StocktakeResult:
    """The cabinet against the register: what should be there and is, what is missing,
    what is there but should not be, and tags no set has. ``id`` None: not saved."""

    at: dt.datetime
    expected: int  # sets the register has on their hooks
    found: tuple[KeySetRow, ...]
    missing: tuple[StocktakeLine, ...]
    misplaced: tuple[StocktakeLine, ...]
    unknown: tuple[StocktakeLine, ...]
    flagged: tuple[KeySetRow, ...] = ()  # found, but short of keys: count them
    id: int | None = None
    note: str = ""
    created_by: str = ""
    desk: str = ""
    lines: tuple[StocktakeLine, ...] = field(default=())

    @property
    def all_in_order(self) -> bool:
        """Nothing missing, nothing misplaced, no unknown tag."""
        return not (self.missing or self.misplaced or self.unknown)


@dataclass(frozen=True)
class StocktakeSummary:
    """A stocktake saved earlier, in figures."""

    id: int
    at: dt.datetime
    sets_expected: int
    sets_found: int
    missing: int
    misplaced: int
    unknown: int
    note: str
    created_by: str
    desk: str


@dataclass(frozen=True)
class KeysOut:
    """The keys out at a moment (the close of a day, or now): each loan as it stood then,
    overdue ones first."""

    at: dt.datetime
    loans: tuple[LoanRow, ...]

    @property
    def overdue(self) -> tuple[LoanRow, ...]:
        """The loans past their expected return at :attr:`at`."""
        return tuple(loan for loan in self.loans if loan.overdue(self.at))


@dataclass(frozen=True)
class LoanSummary:
    """The counts under the loan list."""

    shown: int
    open: int
    overdue: int
    partly_back: int


_DIGITS = re.compile(r"([0-9]+)", re.ASCII)


def hook_order(hook: str) -> tuple[object, ...]:
    """Hooks as the cabinet runs: A-2 before A-10; sets without a hook last."""
    if not hook:
        return (1,)
    return (0, *[(0, int(part)) if _DIGITS.fullmatch(part) else (1, part)
                 for part in _DIGITS.split(hook) if part])


def board_order(row: KeySetRow) -> tuple[object, ...]:
    """The register's and the board's order: by hook, then by tag."""
    return (hook_order(row.hook), row.tag)
