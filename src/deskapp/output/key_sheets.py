"""Key custody's sheets of the day's workbook: the day's key movements, and the keys still out
at the close of the day (the shift handover's list), overdue ones first and marked. ID
numbers and phones are masked, as in every export."""

from __future__ import annotations

from collections.abc import Iterable

from deskapp.domain.clock import format_local
from deskapp.domain.keys.rows import KeyEventRow, KeysOut
from deskapp.i18n import fill, translate
from deskapp.output.workbook import Column, ColumnKind, Sheet


def movements_sheet(events: Iterable[KeyEventRow], row_count: int | None = None) -> Sheet:
    """Every key movement of the day, oldest first: registered, issued, returned (in full or
    in part), handed over, reported lost, replaced, retired."""
    columns = [
        Column(translate("KeySheet", "Time"), ColumnKind.DATETIME),
        Column(translate("KeySheet", "Step")),
        Column(translate("KeySheet", "Tag")),
        Column(translate("KeySheet", "Unit / area")),
        Column(translate("KeySheet", "Keys"), ColumnKind.INT),
        Column(translate("KeySheet", "Slip")),
        Column(translate("KeySheet", "Borrower")),
        Column(translate("KeySheet", "Details")),
        Column(translate("KeySheet", "By")),
        Column(translate("KeySheet", "Counter")),
    ]

    def rows() -> Iterable[tuple[object, ...]]:
        for e in events:
            yield (e.at, e.kind.label(), e.tag, e.unit_label, e.keys or None, e.loan_number,
                   e.borrower_name, e.text, e.created_by, e.desk)

    return Sheet(translate("KeySheet", "Key movements"), columns, rows(), row_count)


def keys_out_sheet(keys_out: KeysOut) -> Sheet:
    """The keys out at the close of the day, each loan as it stood then, overdue first."""
    columns = [
        Column(translate("KeySheet", "Overdue")),
        Column(translate("KeySheet", "Slip")),
        Column(translate("KeySheet", "Tag")),
        Column(translate("KeySheet", "Unit / area")),
        Column(translate("KeySheet", "Borrower")),
        Column(translate("KeySheet", "Company / department")),
        Column(translate("KeySheet", "ID number")),
        Column(translate("KeySheet", "Phone")),
        Column(translate("KeySheet", "Purpose")),
        Column(translate("KeySheet", "Out at"), ColumnKind.DATETIME),
        Column(translate("KeySheet", "Expected back"), ColumnKind.DATETIME),
        Column(translate("KeySheet", "Keys out"), ColumnKind.INT),
        Column(translate("KeySheet", "Still out"), ColumnKind.INT),
        Column(translate("KeySheet", "Authorised by")),
        Column(translate("KeySheet", "Basis")),
        Column(translate("KeySheet", "Issued by")),
        Column(translate("KeySheet", "Counter")),
    ]
    overdue = translate("KeySheet", "Overdue")

    def rows() -> Iterable[tuple[object, ...]]:
        for loan in keys_out.loans:
            purpose = (fill(translate("KeySheet", "%1: %2"), loan.purpose.label(),
                            loan.purpose_note) if loan.purpose_note else loan.purpose.label())
            yield (overdue if loan.overdue(keys_out.at) else "", loan.number, loan.tag,
                   loan.unit_label, loan.borrower_name, loan.company, loan.id_number_masked,
                   loan.phone_masked, purpose, loan.out_at, loan.expected_back, loan.keys_out,
                   loan.outstanding, loan.authorised_by, loan.basis.label(), loan.created_by,
                   loan.desk)

    preamble = [(fill(translate("KeySheet", "Keys still out at %1; overdue ones first"),
                      format_local(keys_out.at)),)]
    return Sheet(translate("KeySheet", "Keys out at closing"), columns, rows(),
                 len(keys_out.loans), preamble=preamble)
