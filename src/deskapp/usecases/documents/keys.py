"""Key custody's printed documents: the label hung on a key set, the borrowing slip with its
return stub, the key register for the stocktake, the handover slip and the owner's deposit
slip."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.errors import NotFound
from deskapp.domain.keys.rows import (
    AuthorisedRow,
    BoardEntry,
    DepositRow,
    HandoverRow,
    KeySetRow,
    LoanRow,
    LostReportRow,
    ReturnRow,
)
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.usecases.printing import DocumentSpec, record_id

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


def _key_set(domain: Domain, typed: str) -> KeySetRow:
    # The set's id, or its tag as typed or scanned from the label.
    number = record_id(typed)
    return domain.keys.key_set(number) if number is not None else domain.keys.by_tag(typed)


# --- The label


def _render_label(key_set: KeySetRow, org: OrgInfo, paper: Paper, out: Path,
                  now: dt.datetime) -> RenderResult:
    # ReportLab loads on the first print, not at start-up.
    from deskapp.output.key_label import render_key_label

    return render_key_label(key_set, org, paper, out, now=now)


KEY_LABEL = DocumentSpec(
    kind="key-label",
    label=lambda: translate("DocumentKind", "Key label"),
    papers=(Paper.LABEL60, Paper.A4),
    load=_key_set,
    reference=lambda key_set: key_set.tag,
    render=_render_label,
    copies_marked=False,  # a worn label is printed again, and is as good as the first
)


# --- The borrowing slip


@dataclass(frozen=True)
class LoanSlip:
    """A loan with what its slip prints besides: the set, the returns so far, the losses
    reported on it, and the owner's list entry it rests on (a listed borrower)."""

    loan: LoanRow
    key_set: KeySetRow
    returns: tuple[ReturnRow, ...]
    losses: tuple[LostReportRow, ...]
    listed: AuthorisedRow | None


def _load_slip(domain: Domain, typed: str) -> LoanSlip:
    # The loan's id, or the number printed on its slip (KL2026-0012).
    number = record_id(typed)
    keys = domain.keys
    loan = keys.loan(number) if number is not None else keys.loan_by_number(typed)
    listed = None
    if loan.authorisation_id is not None:
        listed = next((a for a in keys.authorised(loan.key_set_id, include_withdrawn=True)
                       if a.id == loan.authorisation_id), None)
    losses = tuple(r for r in keys.lost_reports(loan.key_set_id) if r.loan_id == loan.id)
    return LoanSlip(loan, keys.key_set(loan.key_set_id), tuple(keys.returns(loan.id)), losses,
                    listed)


def _render_slip(slip: LoanSlip, org: OrgInfo, paper: Paper, out: Path,
                 now: dt.datetime) -> RenderResult:
    from deskapp.output.key_slip import render_key_slip

    return render_key_slip(slip.loan, slip.key_set, org, paper, out, returns=slip.returns,
                           losses=slip.losses, listed=slip.listed, now=now)


KEY_SLIP = DocumentSpec(
    kind="key-slip",
    label=lambda: translate("DocumentKind", "Key borrowing slip"),
    papers=(Paper.A4,),
    load=_load_slip,
    reference=lambda slip: slip.loan.number,
    render=_render_slip,
)


# --- The register


@dataclass(frozen=True)
class KeyRegister:
    """Every set in the desk's care, hook by hook, with the loan its keys are out on; and
    when the list was drawn."""

    entries: tuple[BoardEntry, ...]
    drawn_at: dt.datetime


def _load_register(domain: Domain, _typed: str) -> KeyRegister:
    # The whole register, whatever number was typed.
    return KeyRegister(tuple(domain.keys.board()), domain.clock.now())


def _render_register(register: KeyRegister, org: OrgInfo, paper: Paper, out: Path,
                     now: dt.datetime) -> RenderResult:
    from deskapp.output.key_register import render_key_register

    return render_key_register(register.entries, register.drawn_at, org, paper, out, now=now)


KEY_REGISTER = DocumentSpec(
    kind="key-register",
    label=lambda: translate("DocumentKind", "Key register (stocktake)"),
    papers=(Paper.A4,),
    load=_load_register,
    reference=lambda register: f"{len(register.entries)}sets",
    render=_render_register,
    copies_marked=False,  # drawn afresh for each stocktake
)


# --- The handover slip


@dataclass(frozen=True)
class Handover:
    """A handover with the set it gave away."""

    handover: HandoverRow
    key_set: KeySetRow


def _load_handover(domain: Domain, typed: str) -> Handover:
    # The handover's id, or the tag of the set handed over.
    keys = domain.keys
    number = record_id(typed)
    if number is not None:
        handover = keys.handover(number)
    else:
        found = keys.handover_of(keys.by_tag(typed).id)
        if found is None:
            raise NotFound(fill(translate("KeyDocuments", "Key set %1 was not handed over."),
                                typed.strip().upper()))
        handover = found
    return Handover(handover, keys.key_set(handover.key_set_id))


def _render_handover(record: Handover, org: OrgInfo, paper: Paper, out: Path,
                     now: dt.datetime) -> RenderResult:
    from deskapp.output.key_owner_slips import render_handover_slip

    return render_handover_slip(record.handover, record.key_set, org, paper, out, now=now)


KEY_HANDOVER = DocumentSpec(
    kind="key-handover",
    label=lambda: translate("DocumentKind", "Key handover slip"),
    papers=(Paper.A4,),
    load=_load_handover,
    reference=lambda record: f"{record.handover.tag}-H{record.handover.id}",
    render=_render_handover,
)


# --- The deposit slip


@dataclass(frozen=True)
class Deposit:
    """The deposit in force of an entrusted set, with the owner's list as it stands."""

    deposit: DepositRow
    key_set: KeySetRow
    authorised: tuple[AuthorisedRow, ...]


def _load_deposit(domain: Domain, typed: str) -> Deposit:
    # The set's id or tag: its deposit in force is the slip the owner signs.
    keys = domain.keys
    key_set = _key_set(domain, typed)
    deposit = keys.deposit(key_set.id)
    if deposit is None:
        raise NotFound(fill(translate(
            "KeyDocuments", "Key set %1 has no owner's deposit: only entrusted keys have a "
                            "deposit slip."), key_set.tag))
    return Deposit(deposit, key_set, tuple(keys.authorised(key_set.id)))


def _render_deposit(record: Deposit, org: OrgInfo, paper: Paper, out: Path,
                    now: dt.datetime) -> RenderResult:
    from deskapp.output.key_owner_slips import render_deposit_slip

    return render_deposit_slip(record.deposit, record.key_set, record.authorised, org, paper,
                               out, now=now)


KEY_DEPOSIT = DocumentSpec(
    kind="key-deposit",
    label=lambda: translate("DocumentKind", "Key deposit slip"),
    papers=(Paper.A4,),
    load=_load_deposit,
    # Each deposit is its own record: a renewed one prints as an original again.
    reference=lambda record: f"{record.key_set.tag}-D{record.deposit.id}",
    render=_render_deposit,
)
