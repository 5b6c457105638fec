"""Fee collection's printed documents: the receipt, the payment notice (one unit, or every
unit that owes as one PDF), the dunning notice, the posted rate schedule, the daily takings
handover and the deposit refund slip."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.checks import day_problem
from deskapp.domain.errors import DomainError, NotFound
from deskapp.domain.fees.records import DepositState
from deskapp.domain.fees.rows import DepositRow, HandoverSummary, ReceiptRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.usecases.printing import DocumentSpec, record_id

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.domain.fees.billing_records import RateScheduleLine
    from deskapp.output.document import RenderResult
    from deskapp.output.dunning_notice import DunningPaper
    from deskapp.output.payment_notice import NoticeUnit


# --- The receipt


def _load_receipt(domain: Domain, typed: str) -> ReceiptRow:
    # The receipt's id, or the number printed on it (SK2026-000123).
    number = record_id(typed)
    fees = domain.fees
    return fees.receipt(number) if number is not None else fees.receipt_by_number(typed)


def _render_receipt(receipt: ReceiptRow, org: OrgInfo, paper: Paper, out: Path,
                    now: dt.datetime) -> RenderResult:
    # ReportLab loads on the first print, not at start-up.
    from deskapp.output.receipt import render_receipt

    return render_receipt(receipt, org, paper, out, now=now)


RECEIPT = DocumentSpec(
    kind="receipt",
    label=lambda: translate("DocumentKind", "Receipt"),
    papers=(Paper.A5, Paper.ROLL80, Paper.FORM241),
    load=_load_receipt,
    reference=lambda receipt: receipt.number,
    render=_render_receipt,
)


# --- The payment notice


@dataclass(frozen=True)
class PaymentNotices:
    """The notices of one unit, or of every unit that owes (``batch``), and their date."""

    units: tuple[NoticeUnit, ...]
    today: dt.date
    batch: bool


def _notice_unit(domain: Domain, unit_id: int) -> NoticeUnit | None:
    from deskapp.output.payment_notice import NoticeUnit

    charges = tuple(domain.fees.open_charges(unit_id))
    if not charges:
        return None
    unit = domain.directory.unit(unit_id)
    # The unit's own number: it is what the barcode carries and what the cashier types.
    return NoticeUnit(unit_id, unit.number, unit.company or unit.occupant, charges)


def _load_notices(domain: Domain, typed: str) -> PaymentNotices:
    # A unit's id; 0 for every unit with bills due, a page each.
    unit_id = record_id(typed)
    if unit_id is None:
        raise NotFound(fill(translate("FeeDocuments", "There is no unit number %1."),
                            typed.strip()))
    today = domain.clock.today()
    if unit_id == 0:
        units = tuple(u for u in (_notice_unit(domain, found)
                                  for found, _label, _occupant in
                                  domain.fees.units_with_open_charges()) if u is not None)
        if not units:
            raise DomainError(translate("FeeDocuments", "No unit has bills to pay."))
        return PaymentNotices(units, today, batch=True)
    unit = _notice_unit(domain, unit_id)
    if unit is None:
        raise DomainError(fill(translate("FeeDocuments", "Unit %1 has no bills to pay."),
                               domain.directory.unit(unit_id).number))
    return PaymentNotices((unit,), today, batch=False)


def _render_notices(notices: PaymentNotices, org: OrgInfo, paper: Paper, out: Path,
                    now: dt.datetime) -> RenderResult:
    from deskapp.output.payment_notice import render_payment_notices

    return render_payment_notices(notices.units, org, paper, out, today=notices.today, now=now)


def _notices_reference(notices: PaymentNotices) -> str:
    day = notices.today.isoformat()
    if notices.batch:
        return f"{day}-all-{len(notices.units)}"
    return f"{day}-{notices.units[0].unit_label}"


PAYMENT_NOTICE = DocumentSpec(
    kind="payment-notice",
    label=lambda: translate("DocumentKind", "Payment notice"),
    papers=(Paper.A4,),
    load=_load_notices,
    reference=_notices_reference,
    render=_render_notices,
    copies_marked=False,  # printed again whenever the bills change
)


# --- The dunning notice


def _load_dunning(domain: Domain, typed: str) -> DunningPaper:
    # The notice's id.
    from deskapp.domain.fees.dunning_wording import dunning_wording
    from deskapp.output.dunning_notice import DunningPaper, charges_named

    notice_id = record_id(typed)
    if notice_id is None:
        raise NotFound(fill(translate("FeeDocuments", "There is no dunning notice number %1."),
                            typed.strip()))
    row = domain.fees.dunning_notice(notice_id)
    return DunningPaper(
        number=row.number, title=row.stage.title(), stage=row.stage.label(),
        unit_label=row.unit_number, payer=row.payer, occupant=row.occupant,
        charges=charges_named(row.open_charges), pay_by=row.pay_by, issued_at=row.issued_at,
        paragraphs=tuple(dunning_wording(row.stage)), issued_by=row.created_by)


def _render_dunning(notice: DunningPaper, org: OrgInfo, paper: Paper, out: Path,
                    now: dt.datetime) -> RenderResult:
    from deskapp.output.dunning_notice import render_dunning_notice

    return render_dunning_notice(notice, org, paper, out, now=now)


DUNNING_NOTICE = DocumentSpec(
    kind="dunning-notice",
    label=lambda: translate("DocumentKind", "Dunning notice"),
    papers=(Paper.A4,),
    load=_load_dunning,
    reference=lambda notice: notice.number,
    render=_render_dunning,
)


# --- The rate schedule


@dataclass(frozen=True)
class RateSchedule:
    """The rates in force, and the day they are posted."""

    lines: tuple[RateScheduleLine, ...]
    today: dt.date


def _load_rates(domain: Domain, _typed: str) -> RateSchedule:
    # The whole schedule, whatever number was typed.
    return RateSchedule(tuple(domain.fees.rate_schedule()), domain.clock.today())


def _render_rates(schedule: RateSchedule, org: OrgInfo, paper: Paper, out: Path,
                  now: dt.datetime) -> RenderResult:
    from deskapp.output.rate_schedule import render_rate_schedule

    return render_rate_schedule(schedule.lines, org, paper, out, today=schedule.today, now=now)


RATE_SCHEDULE = DocumentSpec(
    kind="rate-schedule",
    label=lambda: translate("DocumentKind", "Rate schedule"),
    papers=(Paper.A4,),
    load=_load_rates,
    reference=lambda schedule: schedule.today.isoformat(),
    render=_render_rates,
    copies_marked=False,  # posted afresh whenever a rate changes
)


# --- The daily takings handover


@dataclass(frozen=True)
class Handovers:
    """Every cashier's day of one date."""

    day: dt.date
    summaries: tuple[HandoverSummary, ...]


def _load_handovers(domain: Domain, typed: str) -> Handovers:
    # The date, YYYY-MM-DD: a page for each cashier who took or paid out money that day.
    try:
        day = dt.date.fromisoformat(typed.strip())
    except ValueError:
        raise NotFound(fill(translate("FeeDocuments", "Give the day as YYYY-MM-DD, not %1."),
                            typed.strip()[:20])) from None
    if problem := day_problem(day):
        raise NotFound(problem)
    cashiers = domain.fees.cashiers_on(day)
    if not cashiers:
        raise DomainError(fill(translate("FeeDocuments", "No money was taken on %1."),
                               day.isoformat()))
    return Handovers(day, tuple(domain.fees.handover_summary(day, name) for name in cashiers))


def _render_handovers(handovers: Handovers, org: OrgInfo, paper: Paper, out: Path,
                      now: dt.datetime) -> RenderResult:
    from deskapp.output.cash_handover import render_cash_handover

    return render_cash_handover(handovers.summaries, org, paper, out, now=now)


CASH_HANDOVER = DocumentSpec(
    kind="handover",
    label=lambda: translate("DocumentKind", "Daily takings handover"),
    papers=(Paper.A4,),
    load=_load_handovers,
    reference=lambda handovers: handovers.day.isoformat(),
    render=_render_handovers,
    # Printed blank to count the drawer, then again once handed over: each shows the day
    # as it stands; the handover itself is the record.
    copies_marked=False,
)


# --- The deposit refund slip


def _load_deposit(domain: Domain, typed: str) -> DepositRow:
    # The deposit's id.
    deposit_id = record_id(typed)
    if deposit_id is None:
        raise NotFound(fill(translate("FeeDocuments", "There is no deposit number %1."),
                            typed.strip()))
    deposit = domain.fees.deposit(deposit_id)
    if deposit.state is DepositState.VOID:
        raise DomainError(fill(translate(
            "FeeDocuments", "The deposit on receipt %1 was voided: it was never held, so "
                            "there is nothing to refund."), deposit.receipt_number))
    return deposit


def _deposit_reference(deposit: DepositRow) -> str:
    # The slip signed before the refund and the slip of the refund are two papers.
    if deposit.refund is not None:
        return deposit.refund.number
    return f"{deposit.receipt_number}-D{deposit.id}"


def _render_deposit(deposit: DepositRow, org: OrgInfo, paper: Paper, out: Path,
                    now: dt.datetime) -> RenderResult:
    from deskapp.output.deposit_refund import render_deposit_refund

    return render_deposit_refund(deposit, org, paper, out, now=now)


DEPOSIT_REFUND = DocumentSpec(
    kind="deposit-refund",
    label=lambda: translate("DocumentKind", "Deposit refund slip"),
    papers=(Paper.A5, Paper.A4),
    load=_load_deposit,
    reference=_deposit_reference,
    render=_render_deposit,
)
