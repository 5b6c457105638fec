"""Fee collection's sheets of the day's workbook: the day's receipts, with a total row; the
deposits — taken and refunded that day, then those still held at the close of the day; and
the units in arrears that day, oldest debt first, aged.

Every total is a value written by deskapp, never a formula: a sheet opened years later, or
in a program that recalculates differently, shows what the counter took.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from deskapp.domain.clock import format_local
from deskapp.domain.fees.ledger_records import ageing_labels
from deskapp.domain.fees.ledger_rows import UnitArrears
from deskapp.domain.fees.overview import unit_order
from deskapp.domain.fees.records import DepositState, LineKind
from deskapp.domain.fees.rows import DepositRow, ReceiptRow
from deskapp.i18n import fill, translate
from deskapp.output.fee_parts import money
from deskapp.output.receipt import payment_text
from deskapp.output.workbook import Column, ColumnKind, Sheet


def items_summary(receipt: ReceiptRow) -> str:
    """``物业管理费 2026-10, 2026-11; 水费 2026-10``: each item once with its periods, then the
    credit kept and used."""
    periods: dict[str, list[str]] = {}
    extra: list[str] = []
    for line in receipt.lines:
        if line.kind is LineKind.CREDIT:
            extra.append(fill(translate("FeeSheet", "credit kept %1"), money(line.amount_fen)))
            continue
        found = periods.setdefault(line.item_name, [])
        if line.period and line.period not in found:
            found.append(line.period)
    if receipt.credit_used_fen:
        extra.append(fill(translate("FeeSheet", "credit used %1"),
                          money(receipt.credit_used_fen)))
    parts = [f"{name} {', '.join(found)}".strip() for name, found in periods.items()]
    return translate("FeeSheet", "; ").join([*parts, *extra])


def receipts_sheet(receipts: Sequence[ReceiptRow]) -> Sheet:
    """The day's receipts in number order, voided ones included and flagged (their numbers
    are used), and a total row of the money received on the receipts not voided."""
    columns = [
        Column(translate("FeeSheet", "Receipt No."), width=16),
        Column(translate("FeeSheet", "Time"), ColumnKind.DATETIME),
        Column(translate("FeeSheet", "Unit")),
        Column(translate("FeeSheet", "Payer")),
        Column(translate("FeeSheet", "Kind")),
        Column(translate("FeeSheet", "Items")),
        Column(translate("FeeSheet", "Paid by")),
        Column(translate("FeeSheet", "Amount"), ColumnKind.MONEY_FEN),
        Column(translate("FeeSheet", "Voided")),
        Column(translate("FeeSheet", "Void reason")),
        Column(translate("FeeSheet", "Invoice")),
        Column(translate("FeeSheet", "Form serial")),
        Column(translate("FeeSheet", "Cashier")),
        Column(translate("FeeSheet", "Counter")),
    ]
    void = translate("FeeSheet", "Void")

    def rows() -> Iterable[tuple[object, ...]]:
        for r in receipts:
            yield (r.number, r.issued_at, r.unit_label, r.payer, r.kind.label(),
                   items_summary(r), payment_text(r), r.total_fen, void if r.voided else "",
                   r.void_reason, r.invoice_no, r.form_serial, r.cashier, r.desk)
        kept = [r for r in receipts if not r.voided]
        label = fill(translate("FeeSheet", "Total of %1 receipts (voided ones not counted)"),
                     len(kept))
        yield (label, None, None, None, None, None, None, sum(r.total_fen for r in kept),
               None, None, None, None, None, None)

    return Sheet(translate("FeeSheet", "Receipts"), columns, rows(), len(receipts) + 1)


def held_at(deposits: Iterable[DepositRow], at: dt.datetime) -> list[DepositRow]:
    """The deposits held at ``at``: taken by then and not given back by then (a voided one
    was never held), oldest first."""
    held = [d for d in deposits if d.taken_at <= at and d.state is not DepositState.VOID
            and (d.refund is None or d.refund.at > at)]
    return sorted(held, key=lambda d: (d.taken_at, d.id))


def deposits_sheet(moved: Sequence[DepositRow], held: Sequence[DepositRow],
                   day: tuple[dt.datetime, dt.datetime], closing: dt.datetime) -> Sheet:
    """The deposits taken or refunded in ``day`` (its start and end), then those still
    held at ``closing``, with a total row of the money held."""
    columns = [
        Column(translate("FeeSheet", "What")),
        Column(translate("FeeSheet", "Receipt No."), width=16),
        Column(translate("FeeSheet", "Taken at"), ColumnKind.DATETIME),
        Column(translate("FeeSheet", "Kind")),
        Column(translate("FeeSheet", "Unit")),
        Column(translate("FeeSheet", "Payer")),
        Column(translate("FeeSheet", "Held for")),
        Column(translate("FeeSheet", "Amount held"), ColumnKind.MONEY_FEN),
        Column(translate("FeeSheet", "Refund No.")),
        Column(translate("FeeSheet", "Refunded at"), ColumnKind.DATETIME),
        Column(translate("FeeSheet", "Deducted"), ColumnKind.MONEY_FEN),
        Column(translate("FeeSheet", "Deductions")),
        Column(translate("FeeSheet", "Refunded"), ColumnKind.MONEY_FEN),
        Column(translate("FeeSheet", "Refunded by")),
        Column(translate("FeeSheet", "Received by")),
        Column(translate("FeeSheet", "Approved by")),
    ]
    start, end = day

    def what(d: DepositRow) -> str:
        taken = start <= d.taken_at < end
        refunded = d.refund is not None and start <= d.refund.at < end
        if taken and refunded:
            return translate("FeeSheet", "Taken and refunded today")
        if refunded:
            return translate("FeeSheet", "Refunded today")
        if d.state is DepositState.VOID:
            return translate("FeeSheet", "Taken today, voided")
        return translate("FeeSheet", "Taken today")

    def row(label: str, d: DepositRow) -> tuple[object, ...]:
        # A past day's sheet shows the deposit as it stood that evening.
        refund = d.refund if d.refund is not None and d.refund.at <= closing else None
        if refund is None:
            return (label, d.receipt_number, d.taken_at, d.kind.label(), d.unit_label, d.payer,
                    d.purpose, d.amount_fen, None, None, None, None, None, None, None, None)
        deductions = translate("FeeSheet", "; ").join(
            fill(translate("FeeSheet", "%1 %2"), x.reason, money(x.amount_fen))
            for x in refund.deductions)
        return (label, d.receipt_number, d.taken_at, d.kind.label(), d.unit_label, d.payer,
                d.purpose, d.amount_fen, refund.number, refund.at, refund.deducted_fen,
                deductions, refund.refunded_fen, refund.method.label(), refund.received_by,
                refund.approved_by)

    def rows() -> Iterable[tuple[object, ...]]:
        for d in moved:
            yield row(what(d), d)
        still = translate("FeeSheet", "Held at closing")
        for d in held:
            yield row(still, d)
        yield (fill(translate("FeeSheet", "Total held at closing: %1 deposits"), len(held)),
               None, None, None, None, None, None, sum(d.amount_fen for d in held), None, None,
               None, None, None, None, None, None)

    preamble = [(fill(translate("FeeSheet", "Deposits taken or refunded on %1, then every "
                                            "deposit still held at %2"),
                      format_local(start, fmt="%Y-%m-%d"), format_local(closing)),)]
    return Sheet(translate("FeeSheet", "Deposits"), columns, rows(),
                 len(moved) + len(held) + 1, preamble=preamble)


def arrears_sheet(units: Sequence[UnitArrears], as_of: dt.date, at: dt.datetime) -> Sheet:
    """The units owing past their due dates as of ``as_of``, the oldest debt first, aged,
    with what each has not yet due, its credit, when it last paid, the last contact and
    promise and the latest dunning notice; a total row of the money. ``at``: when the
    amounts were read (a past day's sheet ages its arrears as of that day, with the
    payments recorded since)."""
    ages = ageing_labels()
    columns = [
        Column(translate("FeeSheet", "Unit")),
        Column(translate("FeeSheet", "Occupant")),
        Column(translate("FeeSheet", "Oldest due"), ColumnKind.DATE),
        Column(translate("FeeSheet", "Days overdue"), ColumnKind.INT),
        *[Column(label, ColumnKind.MONEY_FEN) for label in ages],
        Column(translate("FeeSheet", "In arrears"), ColumnKind.MONEY_FEN),
        Column(translate("FeeSheet", "Not yet due"), ColumnKind.MONEY_FEN),
        Column(translate("FeeSheet", "Credit"), ColumnKind.MONEY_FEN),
        Column(translate("FeeSheet", "Last paid"), ColumnKind.DATETIME),
        Column(translate("FeeSheet", "Last contact"), ColumnKind.DATETIME),
        Column(translate("FeeSheet", "Contact")),
        Column(translate("FeeSheet", "Promised to pay by"), ColumnKind.DATE),
        Column(translate("FeeSheet", "Dunning notice")),
        Column(translate("FeeSheet", "Notice issued"), ColumnKind.DATETIME),
    ]
    ordered = sorted(units, key=lambda u: (u.oldest_due or as_of, unit_order(u.unit_number)))

    def rows() -> Iterable[tuple[object, ...]]:
        for u in ordered:
            days = (as_of - u.oldest_due).days if u.oldest_due else None
            yield (u.unit_number, u.occupant, u.oldest_due, days, *u.arrears.buckets,
                   u.arrears_fen, u.due_soon_fen, u.credit_fen, u.last_paid_at,
                   u.last_contact_at,
                   u.last_contact_kind.label() if u.last_contact_kind else None,
                   u.promised_on, u.dunning_stage.label() if u.dunning_stage else None,
                   u.dunning_issued_at)
        buckets = [sum(u.arrears.buckets[i] for u in ordered) for i in range(len(ages))]
        yield (fill(translate("FeeSheet", "Total: %1 units in arrears"), len(ordered)), None,
               None, None, *buckets, sum(u.arrears_fen for u in ordered),
               sum(u.due_soon_fen for u in ordered), sum(u.credit_fen for u in ordered),
               None, None, None, None, None, None)

    preamble = [(fill(translate("FeeSheet", "Units owing past their due dates as of %1, the "
                                            "oldest debt first; amounts as recorded at %2"),
                      as_of.isoformat(), format_local(at)),)]
    return Sheet(translate("FeeSheet", "Arrears"), columns, rows(), len(ordered) + 1,
                 preamble=preamble)
