"""The key register 钥匙登记表 printed for the stocktake: every set in the desk's care, hook by
hook as the cabinet runs, with what the register says of it (in the cabinet, out with whom
and since when, overdue, lost) and a box to tick when it is found on its hook. A4.

The column heads repeat on every page; a row never splits. The list names borrowers, so every
page says it stays with the cabinet; ID numbers and phones are never on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from deskapp.domain.keys.records import KeyState
from deskapp.domain.keys.rows import BoardEntry, KeySetRow, LoanRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    HAIRLINE,
    INK,
    DocumentBuilder,
    RenderResult,
    format_local,
    render,
    shortened,
)
from deskapp.output.form_grid import signature_cells
from deskapp.output.on_site_list import TickBox

PAPERS = (Paper.A4,)
TABLE_SIZE = 8.6  # points, as the evacuation list
HEAD_FILL = colors.Color(0.88, 0.88, 0.88)
FLAG_FILL = colors.Color(0.93, 0.93, 0.93)  # overdue, partly back or lost: look twice
# Share of the frame per column: found, hook, tag, unit, kind, keys, state, remarks.
COLUMNS = (0.055, 0.07, 0.1, 0.165, 0.12, 0.07, 0.29, 0.13)
SHORT = "%m-%d %H:%M"
UNIT_CHARS = 40
NOTE_CHARS = 60


def title() -> str:
    """The register's title in the user's language."""
    return translate("KeyRegister", "Key register")


def internal_line() -> str:
    """The line at the foot of every page."""
    return translate("KeyRegister", "Internal list: it names borrowers. Keep it with the key "
                                    "cabinet and shred it after the stocktake.")


def _headings() -> list[str]:
    return [translate("KeyRegister", "Found"), translate("KeyRegister", "Hook"),
            translate("KeyRegister", "Tag"), translate("KeyRegister", "Unit / area"),
            translate("KeyRegister", "Kind"), translate("KeyRegister", "Keys here / in set"),
            translate("KeyRegister", "Recorded as"), translate("KeyRegister", "Remarks")]


def keys_text(key_set: KeySetRow) -> str:
    """``3`` for a whole set on its hook; ``1 / 3`` when only some of its keys are there."""
    here = key_set.keys_in_cabinet
    if key_set.state is KeyState.IN_CABINET and here == key_set.key_count:
        return str(key_set.key_count)
    return fill(translate("KeyRegister", "%1 / %2"), here, key_set.key_count)


def _loan_text(loan: LoanRow, at: dt.datetime) -> str:
    who = (fill(translate("KeyRegister", "%1 (%2)"), loan.borrower_name, loan.company)
           if loan.company else loan.borrower_name)
    due = format_local(loan.expected_back, fmt=SHORT)
    when = (fill(translate("KeyRegister", "OVERDUE since %1"), due) if loan.overdue(at)
            else fill(translate("KeyRegister", "due back %1"), due))
    return fill(translate("KeyRegister", "%1, slip %2, out %3, %4"), who, loan.number,
                format_local(loan.out_at, fmt=SHORT), when)


def state_text(entry: BoardEntry, at: dt.datetime) -> str:
    """What the register says of the set: where it is, with whom, since when."""
    key_set, loan = entry.key_set, entry.loan
    parts: list[str] = []
    if key_set.state is KeyState.OUT and loan is not None:
        parts.append(fill(translate("KeyRegister", "Out: %1"), _loan_text(loan, at)))
    elif key_set.state is KeyState.LOST:
        parts.append(translate("KeyRegister", "Lost: every key"))
    else:
        parts.append(key_set.state.label())
        if key_set.partly_back and loan is not None:
            parts.append(fill(translate("KeyRegister", "%1 still out: %2"),
                              loan.outstanding, _loan_text(loan, at)))
    if key_set.keys_lost and key_set.state is not KeyState.LOST:
        parts.append(fill(translate("KeyRegister", "%1 lost, not yet replaced"),
                          key_set.keys_lost))
    return translate("KeyRegister", "; ").join(parts)


def _flagged(entry: BoardEntry, at: dt.datetime) -> bool:
    return entry.key_set.flagged or entry.overdue(at)


def summary_text(entries: Sequence[BoardEntry], at: dt.datetime) -> str:
    """``42 sets: 35 in the cabinet, 5 out, 2 lost; loans overdue: 1`` (a set partly back
    is in the cabinet, and its loan may be overdue)."""
    states = [e.key_set.state for e in entries]
    return fill(translate("KeyRegister", "%1 sets: %2 in the cabinet, %3 out, %4 lost; "
                                         "loans overdue: %5"),
                len(entries), states.count(KeyState.IN_CABINET), states.count(KeyState.OUT),
                states.count(KeyState.LOST), sum(1 for e in entries if e.overdue(at)))


def register_table(doc: DocumentBuilder, entries: Sequence[BoardEntry],
                   at: dt.datetime) -> Table:
    """The stocktake table: column heads, then one row per set, flagged ones shaded."""
    body = ParagraphStyle("key_register_cell", parent=doc.styles.body, fontSize=TABLE_SIZE,
                          leading=round(TABLE_SIZE * 1.25, 1))
    head = ParagraphStyle("key_register_head", parent=body, textColor=INK)
    centred = ParagraphStyle("key_register_centred", parent=body, alignment=TA_CENTER)
    head_centred = ParagraphStyle("key_register_head_centred", parent=head,
                                  alignment=TA_CENTER)
    headings = _headings()
    centre = (0, 5)
    data: list[list[object]] = [[
        doc.paragraph(h, field=h, style=head_centred if i in centre else head)
        for i, h in enumerate(headings)]]
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, HAIRLINE),
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
    ]
    for entry in entries:
        key_set = entry.key_set
        remarks = shortened(key_set.notes, NOTE_CHARS)
        cells = (key_set.hook, key_set.tag, shortened(key_set.unit_label, UNIT_CHARS),
                 key_set.kind.label(), keys_text(key_set), state_text(entry, at), remarks)
        data.append([TickBox()] + [
            doc.paragraph(text, field=headings[i + 1], style=centred if i + 1 in centre
                          else body) for i, text in enumerate(cells)])
        if _flagged(entry, at):
            commands.append(("BACKGROUND", (1, len(data) - 1), (-1, len(data) - 1),
                             FLAG_FILL))
    width = doc.geometry.frame_width
    table = Table(data, colWidths=[width * share for share in COLUMNS], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(doc.table_style(commands))
    return table


def register_flowables(doc: DocumentBuilder, entries: Sequence[BoardEntry],
                       at: dt.datetime) -> list[Flowable]:
    """When drawn and the totals, the table, then the lines the counters fill and sign."""
    s = doc.styles
    as_of = fill(translate("KeyRegister", "As the register stands at %1"), format_local(at))
    totals = summary_text(entries, at)
    story: list[Flowable] = [
        doc.paragraph(as_of, field=as_of, style=s.note),
        doc.spacer(1.5 * mm),
        doc.paragraph(totals, field=totals, style=ParagraphStyle(
            "key_register_totals", parent=s.value_large, alignment=TA_CENTER)),
        doc.spacer(3 * mm),
    ]
    if not entries:
        story.append(doc.paragraph(translate("KeyRegister", "The register holds no keys."),
                                   field=title(), style=s.note))
        return story
    found = fill(translate("KeyRegister", "Sets found: ________ of %1      Missing: ________"
                                          "      Out of place: ________"), len(entries))
    story += [
        register_table(doc, entries, at),
        doc.spacer(4 * mm),
        doc.paragraph(found.replace(" ", "\u00a0"), field=title(), style=s.body),
        doc.spacer(3 * mm),
        signature_cells(doc, [translate("KeyRegister", "Counted by (signature)"),
                              translate("KeyRegister", "Checked by (signature)")],
                        height=22 * mm),
    ]
    return story


def render_key_register(entries: Sequence[BoardEntry], drawn_at: dt.datetime, org: OrgInfo,
                        paper: Paper, out: Path, *,
                        now: dt.datetime | None = None) -> RenderResult:
    """Print the register (``entries`` hook by hook, as at ``drawn_at``) to ``out``; pages
    follow as many sets as there are.

    Raises:
        ValueError: ``paper`` is not laid out for the register.
    """
    if paper not in PAPERS:
        raise ValueError(f"the key register is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=title(),
                  content=lambda doc: register_flowables(doc, entries, drawn_at), now=now,
                  pdf_title=title(), footer_note=internal_line())
