"""The pass list's columns, row colours and tooltips."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor

from deskapp.domain.clock import Clock
from deskapp.domain.money import format_money
from deskapp.domain.services.release_pass_records import PassSort
from deskapp.domain.services.release_pass_rows import ReleasePassRow
from deskapp.i18n import fill, translate
from deskapp.ui.framework.paged_model import Column
from deskapp.ui.framework.times import when

MISSING_BRUSH = QBrush(QColor("#f7c9c6"))  # past its day, the guard's copy not back
OUT_BRUSH = QBrush(QColor("#fff1c2"))  # valid today, the goods may be on their way out


def pass_state(row: ReleasePassRow, clock: Clock) -> str:
    """Where the pass stands: its copy back (when), voided, missing, valid today."""
    if row.returned:
        return fill(translate("PassColumns", "Copy back %1"), when(clock, row.guard_copy_back_at))
    return row.state_label(clock.today())


def arrears_cell(row: ReleasePassRow) -> str:
    """``¥360.00 · 李建国``: what the unit owed when issued, and who approved."""
    if row.arrears_fen <= 0:
        return ""
    return " · ".join(part for part in (format_money(row.arrears_fen), row.approved_by)
                      if part)


def pass_columns(clock: Clock) -> list[Column[ReleasePassRow]]:
    """The columns, in order; only the time of issue sorts (it is indexed)."""
    return [
        Column("issued_at", lambda: translate("PassColumns", "Issued"),
               lambda r: when(clock, r.issued_at), PassSort.ISSUED_AT, 112),
        Column("number", lambda: translate("PassColumns", "Number"),
               lambda r: r.number, None, 92),
        Column("unit", lambda: translate("PassColumns", "Unit"),
               lambda r: r.unit_label, None, 140),
        Column("goods", lambda: translate("PassColumns", "Goods"),
               lambda r: r.goods_text, None, 210),
        Column("plate", lambda: translate("PassColumns", "Plate"),
               lambda r: r.plate, None, 78),
        Column("carrier", lambda: translate("PassColumns", "Carrier"),
               lambda r: r.carrier_name, None, 70),
        Column("id", lambda: translate("PassColumns", "ID number"),
               lambda r: r.carrier_id_masked, None, 132),
        Column("authorised_by", lambda: translate("PassColumns", "Authorised by"),
               lambda r: r.authorised_by, None, 100),
        Column("arrears", lambda: translate("PassColumns", "Arrears"),
               arrears_cell, None, 110, bold=lambda r: r.arrears_fen > 0),
        Column("state", lambda: translate("PassColumns", "Guard's copy"),
               lambda r: pass_state(r, clock), None, 100,
               bold=lambda r: r.past_its_day(clock.today())),
        Column("by", lambda: translate("PassColumns", "Issued by"),
               lambda r: r.created_by, None, 64),
        Column("desk", lambda: translate("PassColumns", "Counter"),
               lambda r: r.desk, None, 70),
    ]


def pass_background(clock: Clock) -> Callable[[ReleasePassRow], QBrush | None]:
    """A copy missing past its day red, a pass valid today amber."""

    def background(row: ReleasePassRow) -> QBrush | None:
        if row.past_its_day(clock.today()):
            return MISSING_BRUSH
        if row.open:
            return OUT_BRUSH
        return None

    return background


def pass_tooltip(row: ReleasePassRow) -> str:
    """The goods line by line, the consent and the void's reason, on hover."""
    lines = [f"{row.number}  {row.unit_label}", *(line.text() for line in row.goods)]
    lines.append(fill(translate("PassColumns", "Authorised by %1 (%2)"), row.authorised_by,
                      row.authorisation_how.label()))
    if row.authorisation_note:
        lines.append(row.authorisation_note)
    if row.arrears_fen > 0:
        lines.append(fill(translate("PassColumns", "Owed %1 past due; approved by %2"),
                          format_money(row.arrears_fen), row.approved_by or "—"))
    if row.voided:
        lines.append(fill(translate("PassColumns", "Voided: %1"), row.void_reason))
    if row.note:
        lines.append(row.note)
    return "\n".join(lines)
