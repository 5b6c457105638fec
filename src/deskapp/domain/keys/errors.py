"""The refusals of key custody that carry more than words: the window shows with whom the
keys are, or who is on the owner's list."""

from __future__ import annotations

from deskapp.domain.errors import DomainError
from deskapp.domain.keys.rows import AuthorisedRow, KeySetRow, LoanRow
from deskapp.i18n import fill, translate


class NotAvailable(DomainError):
    """The set cannot be issued now: out (``loan`` says with whom), partly back, lost,
    handed over or retired."""

    def __init__(self, message: str, key_set: KeySetRow, loan: LoanRow | None = None) -> None:
        super().__init__(message)
        self.key_set = key_set
        self.loan = loan


class NothingOut(DomainError):
    """A return of a set none of whose keys are out."""


class ConsentNeeded(DomainError):
    """Entrusted keys, and the borrower is not on the owner's list (or no longer): the
    owner's consent must be recorded, or the loan refused. ``listed``: who is on the list
    today."""

    def __init__(self, key_set: KeySetRow, listed: list[AuthorisedRow]) -> None:
        super().__init__(fill(translate(
            "KeyCustody", "The keys of %1 are the owner's, and this borrower is not on the "
            "owner's list: record the owner's consent (who confirmed it, how, when), or "
            "refuse."), key_set.unit_label))
        self.key_set = key_set
        self.listed = listed
