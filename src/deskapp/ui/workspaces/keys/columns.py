"""The loan list's columns, row colours and tooltips."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor

from deskapp.domain.clock import Clock
from deskapp.domain.keys.records import LoanBasis, LoanSort
from deskapp.domain.keys.rows import LoanRow
from deskapp.i18n import fill, translate
from deskapp.ui.framework.paged_model import Column
from deskapp.ui.framework.times import when

OVERDUE_BRUSH = QBrush(QColor("#f7c9c6"))
OUT_BRUSH = QBrush(QColor("#fff1c2"))



def loan_state(row: LoanRow, clock: Clock) -> str:
    """Where the keys of the loan are."""
    if not row.open:
        return fill(translate("KeyColumns", "Back %1"), when(clock, row.returned_at))
    if row.partly_back:
        return fill(translate("KeyColumns", "%1 of %2 keys still out"), row.outstanding,
                    row.keys_out)
    if row.overdue(clock.now()):
        return translate("KeyColumns", "Overdue")
    return translate("KeyColumns", "Out")


def loan_columns(clock: Clock) -> list[Column[LoanRow]]:
    """The columns, in order; only the time out sorts (it is indexed)."""
    return [
        Column("out_at", lambda: translate("KeyColumns", "Out"),
               lambda r: when(clock, r.out_at), LoanSort.OUT_AT, 112),
        Column("number", lambda: translate("KeyColumns", "Slip"),
               lambda r: r.number, None, 92),
        Column("tag", lambda: translate("KeyColumns", "Tag"), lambda r: r.tag, None, 66),
        Column("unit", lambda: translate("KeyColumns", "Unit / area"),
               lambda r: r.unit_label, None, 110),
        Column("borrower", lambda: translate("KeyColumns", "Borrower"),
               lambda r: r.borrower_name, None, 80),
        Column("company", lambda: translate("KeyColumns", "Company"),
               lambda r: r.company, None, 110),
        Column("id", lambda: translate("KeyColumns", "ID number"),
               lambda r: r.id_number_masked, None, 130),
        Column("purpose", lambda: translate("KeyColumns", "Purpose"),
               lambda r: r.purpose.label(), None, 70),
        Column("keys", lambda: translate("KeyColumns", "Keys"),
               lambda r: str(r.keys_out), None, 44),
        Column("expected", lambda: translate("KeyColumns", "Expected back"),
               lambda r: when(clock, r.expected_back), None, 112,
               bold=lambda r: r.overdue(clock.now())),
        Column("state", lambda: translate("KeyColumns", "Where"),
               lambda r: loan_state(r, clock), None, 120),
        Column("by", lambda: translate("KeyColumns", "Issued by"),
               lambda r: r.created_by, None, 70),
        Column("desk", lambda: translate("KeyColumns", "Counter"),
               lambda r: r.desk, None, 70),
    ]


def loan_background(clock: Clock) -> Callable[[LoanRow], QBrush | None]:
    """Overdue red, still out amber."""

    def background(row: LoanRow) -> QBrush | None:
        if row.overdue(clock.now()):
            return OVERDUE_BRUSH
        if row.open:
            return OUT_BRUSH
        return None

    return background


def loan_tooltip(row: LoanRow) -> str:
    """On whose authority the keys went out, and notes, on hover."""
    lines = [f"{row.number}  {row.tag}  {row.unit_label}", row.basis.label()]
    if row.basis is LoanBasis.CONSENT:
        lines.append(fill(translate("KeyColumns", "Owner's consent confirmed by %1 (%2)"),
                          row.consent_by, row.consent_how.label() if row.consent_how else ""))
    elif row.authorised_by:
        lines.append(fill(translate("KeyColumns", "Authorised by %1"), row.authorised_by))
    if row.purpose_note:
        lines.append(row.purpose_note)
    if row.note:
        lines.append(row.note)
    return "\n".join(lines)
