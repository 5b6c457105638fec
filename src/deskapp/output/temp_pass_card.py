"""The temporary pass card (临时出入证) a contractor or decoration worker wears: A6 or roll."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.money import format_money
from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.temp_passes import TempPassRow
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    DocumentBuilder,
    KeyValue,
    RenderResult,
    format_local,
    render,
)

PAPERS = (Paper.A6, Paper.ROLL80)
DAY = "%Y-%m-%d"


def valid_days(row: TempPassRow) -> str:
    """``2026-11-23 – 2026-11-30``: the first and last valid day, in local time."""
    return (f"{format_local(row.valid_from, fmt=DAY)} – "
            f"{format_local(row.last_valid_moment, fmt=DAY)}")


def deposit_text(row: TempPassRow) -> str:
    """The card deposit as the card states it ("" when none was taken)."""
    if row.deposit_fen <= 0:
        return ""
    amount = format_money(row.deposit_fen)
    if row.deposit_returned_at is not None:
        return fill(translate("TempPassCard", "%1, returned %2"), amount,
                    format_local(row.deposit_returned_at))
    return fill(translate("TempPassCard", "%1, refunded when the card is returned"), amount)


def card_rows(row: TempPassRow) -> list[KeyValue]:
    """The label/value rows of the card, in print order (empty optional fields left out).

    The ID number is always the masked form: the card is worn in the building for days.
    """
    rows = [
        KeyValue(translate("TempPassCard", "Holder"), row.holder_name, large=True),
        KeyValue(translate("TempPassCard", "ID number"), row.id_number_masked),
    ]
    if row.company:
        rows.append(KeyValue(translate("TempPassCard", "Company"), row.company))
    rows += [
        KeyValue(translate("TempPassCard", "Host / unit"), row.host_label),
        KeyValue(translate("TempPassCard", "Work"), row.work),
        KeyValue(translate("TempPassCard", "Valid"), valid_days(row), large=True),
    ]
    if deposit := deposit_text(row):
        rows.append(KeyValue(translate("TempPassCard", "Card deposit"), deposit))
    issued = " · ".join(part for part in (
        format_local(row.issued_at) if row.issued_at else "", row.desk, row.issued_by) if part)
    if issued:
        rows.append(KeyValue(translate("TempPassCard", "Issued"), issued))
    return rows


def card_flowables(doc: DocumentBuilder, row: TempPassRow) -> list[Flowable]:
    """The body of the card below the organisation header and title."""
    body: list[Flowable] = []
    if row.revoked:  # a reprint for the file must never pass for a valid card
        body.append(doc.paragraph(translate("TempPassCard", "REVOKED: NOT VALID"),
                                  field=translate("TempPassCard", "Status"),
                                  style=doc.styles.title))
    return [
        *body,
        *doc.number_with_qr(row.pass_no, label=translate("TempPassCard", "Pass number")),
        doc.rule(space=1.5 * mm, thickness=0.5),
        doc.key_values(card_rows(row)),
        doc.spacer(1 * mm),
        doc.signature_line(translate("TempPassCard", "Issuing desk signature")),
        doc.spacer(2.5 * mm),
        # One literal per translate(): lupdate does not join implicitly concatenated strings.
        doc.note(translate(
            "TempPassCard",
            "The ID card was checked and handed back at once; it is never kept as a pledge.")),
        doc.note(translate(
            "TempPassCard",
            "Wear this card where it can be seen; return it at the counter when work ends.")),
    ]


def render_temp_pass_card(row: TempPassRow, org: OrgInfo, paper: Paper, out: Path, *,
                          now: dt.datetime | None = None, strict: bool = False) -> RenderResult:
    """Print a temporary pass card to ``out`` (PDF, written atomically).

    Args:
        row: The pass; its times are aware and print in local time.
        org: The organisation header.
        paper: :attr:`Paper.A6` or :attr:`Paper.ROLL80`.
        out: Target PDF path.
        now: Print time for the footer (aware); defaults to now.
        strict: Raise instead of printing □ for characters the font lacks.

    Returns:
        The written PDF, its page count and any glyph warnings to show the receptionist.

    Raises:
        ValueError: ``paper`` is not laid out for the card, or a time is naive.
        UnprintableText: In strict mode, when a text has a character the font lacks.
    """
    if paper not in PAPERS:
        raise ValueError(f"a temporary pass card is laid out for {PAPERS}, not {paper}")
    title = translate("TempPassCard", "Temporary pass")
    return render(
        out,
        paper=paper,
        org=org,
        title=title,
        content=lambda doc: card_flowables(doc, row),
        now=now,
        strict=strict,
        pdf_title=f"{title} {row.pass_no}",
        one_page=True,  # a card is one sheet; squeeze rather than spill onto a second A6
    )
