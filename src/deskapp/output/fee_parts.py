"""Pieces every fee paper shares: amounts in figures and in capitals, the unit price as it
is posted, the red stamp box (现金收讫 / 银行收讫), the void mark, and a ruled table whose
money columns line up on the right with a total row below.

The capitals are always Chinese, in an English document too: 人民币大写 is the legal form of
the amount on a Chinese receipt or notice, and nobody reads it in translation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from deskapp.domain.fees.capitals import rmb_capitals
from deskapp.domain.fees.records import Cycle, Pricing
from deskapp.domain.fees.rounding import format_price, format_quantity
from deskapp.domain.money import format_money
from deskapp.i18n import fill, translate
from deskapp.output.document import INK, DocumentBuilder, Mark
from deskapp.output.fonts import FONT_NAME
from deskapp.output.form_grid import LABEL_FILL, PADDING, wrapping

# The red of a receipt's stamp: printed in colour where the printer has it; a black-only
# printer still prints the box and its words.
STAMP_RED = colors.Color(0.78, 0.08, 0.08)


def money(fen: int) -> str:
    """``¥1,234.50``."""
    return format_money(fen)


def capitals(fen: int, *, with_prefix: bool = True) -> str:
    """``人民币壹仟贰佰叁拾肆元伍角``: the amount in Chinese capitals, in every language
    (without 人民币 for a pre-printed form that has it before the box)."""
    return rmb_capitals(fen, with_prefix=with_prefix)


def price(unit_price: int) -> str:
    """``¥2.35``, ``¥0.5883``: a unit price (hundredths of a fen) to its last digit."""
    return f"¥{format_price(unit_price)}"


def quantity(hundredths: int) -> str:
    """``20`` pages, ``89.35`` m²: a quantity without the decimals of a whole one."""
    return format_quantity(hundredths).removesuffix(".00")


def price_text(unit_price: int, pricing: Pricing, cycle: Cycle | None = None) -> str:
    """``¥2.35 / m² / month``: a unit price as the rate schedule posts it, per what it is
    priced by and, for a recurring item, per period."""
    text = price(unit_price)
    if pricing is not Pricing.FIXED:
        text = fill(translate("FeePaper", "%1 / %2"), text, pricing.unit())
    per = period_word(cycle) if cycle is not None else ""
    return fill(translate("FeePaper", "%1 / %2"), text, per) if per else text


def period_word(cycle: Cycle) -> str:
    """``month`` for a monthly item ("" for one charged when asked for)."""
    return {Cycle.MONTHLY: translate("FeePaper", "month"),
            Cycle.QUARTERLY: translate("FeePaper", "quarter"),
            Cycle.YEARLY: translate("FeePaper", "year"),
            Cycle.ONCE: ""}[cycle]


def void_mark() -> Mark:
    """The band of a voided receipt: its number stays used, the paper must never pass for
    money received."""
    text = translate("FeePaper", "VOID")
    return Mark(text, footer=text, inverted=True)


class StampBox(Flowable):
    """The stamp 现金收讫 or 银行收讫 as a red double-bordered box with the words in red.

    Counters stamp the paper receipt by hand; the printed box says which stamp the money
    earns, so a receipt printed without the stamp at hand is still unmistakable.
    """

    def __init__(self, doc: DocumentBuilder, text: str, *, size: float | None = None) -> None:
        super().__init__()
        self.text = doc.clean(text, translate("FeePaper", "Stamp"))
        self.size = size or doc.styles.value_large.fontSize * 1.15
        self.pad_x = self.size * 0.7
        self.pad_y = self.size * 0.55
        self.text_width = stringWidth(self.text, FONT_NAME, self.size)
        self.hAlign = "RIGHT"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.text_width + 2 * self.pad_x, self.size + 2 * self.pad_y

    def draw(self) -> None:
        width, height = self.wrap(0, 0)
        c = self.canv
        c.saveState()
        c.setStrokeColor(STAMP_RED)
        c.setFillColor(STAMP_RED)
        c.setLineWidth(1.6)
        c.roundRect(0, 0, width, height, 1.2 * mm, stroke=1, fill=0)
        c.setLineWidth(0.6)
        inset = 1.1 * mm
        c.roundRect(inset, inset, width - 2 * inset, height - 2 * inset, 0.8 * mm, stroke=1,
                    fill=0)
        c.setFont(FONT_NAME, self.size)
        c.drawCentredString(width / 2, self.pad_y + self.size * 0.14, self.text)
        c.restoreState()


@dataclass(frozen=True)
class MoneyColumn:
    """One column of :func:`money_table`: its heading, its share of the width, and whether
    it holds amounts (right-aligned, never wrapped)."""

    heading: str
    share: float
    amount: bool = False


def money_table(doc: DocumentBuilder, columns: Sequence[MoneyColumn],
                rows: Sequence[Sequence[str]], *, totals: Sequence[Sequence[str]] = (),
                blank_rows: int = 0, blank_height: float = 8 * mm,
                width: float | None = None, compact: bool = False) -> Table:
    """A ruled table of amounts: shaded headings (repeated on a new page), one row per
    entry, then ``blank_rows`` empty rows to fill in by hand, then the shaded ``totals``
    rows, whose words run across the text columns up to the first amount column.
    ``compact`` sets the entries in small type with less room round them (a receipt that
    pays a year of bills)."""
    width = width or doc.geometry.frame_width
    head = ParagraphStyle("fee_head", parent=doc.styles.label, textColor=INK)
    body = doc.styles.body
    if compact:
        body = ParagraphStyle("fee_compact", parent=body, fontSize=doc.styles.small.fontSize,
                              leading=doc.styles.small.leading)
    padding = PADDING * (0.35 if compact else 0.8)
    right = ParagraphStyle("fee_amount", parent=body, alignment=TA_RIGHT)
    head_right = ParagraphStyle("fee_head_amount", parent=head, alignment=TA_RIGHT)

    def cell(text: str, column: MoneyColumn, style: ParagraphStyle) -> Flowable:
        return doc.paragraph(text, field=column.heading, style=wrapping(style, text))

    data: list[list[object]] = [[cell(c.heading, c, head_right if c.amount else head)
                                 for c in columns]]
    for row in rows:
        data.append([cell(text, c, right if c.amount else body)
                     for text, c in zip(row, columns, strict=True)])
    data += [[""] * len(columns) for _ in range(blank_rows)]
    first_total = len(data)
    for row in totals:
        data.append([cell(text, c, right if c.amount else body)
                     for text, c in zip(row, columns, strict=True)])
    heights = ([0.0] * (1 + len(rows)) + [blank_height] * blank_rows + [0.0] * len(totals))
    table = Table(data, colWidths=[width * c.share for c in columns], minRowHeights=heights,
                  repeatRows=1, hAlign="LEFT")
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.7, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
    ]
    if totals:
        # The words of a total row run across the text columns up to the first amount.
        span_end = next((i for i, c in enumerate(columns) if c.amount), len(columns)) - 1
        commands += [("BACKGROUND", (0, first_total), (-1, -1), LABEL_FILL),
                     ("LINEABOVE", (0, first_total), (-1, first_total), 1.4, INK)]
        if span_end > 0:
            commands.append(("SPAN", (0, first_total), (span_end, -1)))
    table.setStyle(doc.table_style(commands))
    return table


def amount_in_words(doc: DocumentBuilder, fen: int, *, label: str | None = None) -> Table:
    """A ruled line: "Total (in capitals)" | 人民币… | "in figures" | ¥1,234.50."""
    width = doc.geometry.frame_width
    head = ParagraphStyle("fee_words_label", parent=doc.styles.label, textColor=INK)
    large = doc.styles.value_large
    figures_style = ParagraphStyle("fee_words_figures", parent=large, alignment=TA_RIGHT)
    label = label or translate("FeePaper", "Total (in capitals)")
    figures_label = translate("FeePaper", "In figures")
    words = capitals(fen)
    if doc.geometry.is_roll:
        rows = [[doc.paragraph(label, field=label, style=head)],
                [doc.paragraph(words, field=label, style=large)],
                [doc.paragraph(money(fen), field=figures_label, style=figures_style)]]
        table = Table(rows, colWidths=[width], hAlign="LEFT")
        commands: list[tuple] = [("BOX", (0, 0), (-1, -1), 1.1, INK)]
    else:
        # Capitals on a row of their own: a long amount in words must not wrap mid-number.
        figures_left = ParagraphStyle("fee_words_figures_left", parent=large)
        rows = [[doc.paragraph(label, field=label, style=head),
                 doc.paragraph(words, field=label, style=large)],
                [doc.paragraph(figures_label, field=figures_label, style=head),
                 doc.paragraph(money(fen), field=figures_label, style=figures_left)]]
        table = Table(rows, colWidths=[width * 0.2, width * 0.8], hAlign="LEFT")
        commands = [("GRID", (0, 0), (-1, -1), 0.7, INK), ("BOX", (0, 0), (-1, -1), 1.1, INK),
                    ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL)]
    table.setStyle(doc.table_style([
        *commands,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
    ]))
    return table


def centred_heading(doc: DocumentBuilder, text: str) -> Flowable:
    """A heading between blocks, centred at the large value size."""
    style = ParagraphStyle("fee_heading", parent=doc.styles.value_large, alignment=TA_CENTER)
    return doc.paragraph(text, field=text, style=style)
