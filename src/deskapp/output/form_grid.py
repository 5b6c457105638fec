"""The ruled grid of a paper form (处理表, 记录单): labels in shaded cells, values beside them,
boxes high enough to write in by hand, tick boxes and signature cells.

Every cell is a paragraph through the document's glyph policy. A box whose text is longer
than a page splits across pages (the table splits inside rows) instead of failing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from deskapp.i18n import translate
from deskapp.output.document import INK, MUTED, DocumentBuilder
from deskapp.output.fonts import FONT_NAME

LABEL_FILL = colors.Color(0.92, 0.92, 0.92)
# Share of the frame taken by each label column of a two-pair row.
LABEL_SHARE = 0.17
PADDING = 1.8 * mm


class CheckBox(Flowable):
    """A square to tick, ticked when ``checked`` (drawn, not a font's glyph)."""

    def __init__(self, checked: bool, side: float = 3.4 * mm) -> None:
        super().__init__()
        self.checked = checked
        self.side = side

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        c, s = self.canv, self.side
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.rect(0, 0, s, s, stroke=1, fill=0)
        if self.checked:
            c.setLineWidth(1.3)
            path = c.beginPath()
            path.moveTo(s * 0.18, s * 0.52)
            path.lineTo(s * 0.42, s * 0.22)
            path.lineTo(s * 0.85, s * 0.86)
            c.drawPath(path, stroke=1, fill=0)


@dataclass(frozen=True)
class Choice:
    """One option of a tick-box row: its words, and whether it is the one chosen."""

    label: str
    checked: bool


class CutLine(Flowable):
    """A dashed line across the frame with a word in its middle: tear or cut here."""

    def __init__(self, doc: DocumentBuilder, text: str) -> None:
        super().__init__()
        self.text = doc.clean(text, text)
        self.size = doc.styles.small.fontSize
        self.width = doc.geometry.frame_width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.size * 2

    def draw(self) -> None:
        c = self.canv
        y = self.size * 0.9
        gap = stringWidth(self.text, FONT_NAME, self.size) / 2 + 2 * mm
        middle = self.width / 2
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.6)
        c.setDash(4, 3)
        c.line(0, y, middle - gap, y)
        c.line(middle + gap, y, self.width, y)
        c.setFillColor(MUTED)
        c.setFont(FONT_NAME, self.size)
        c.drawCentredString(middle, y - self.size * 0.35, self.text)
        c.restoreState()


class FormGrid:
    """Builds a form's grid row by row; :meth:`flowables` makes the ruled tables.

    Four columns: label, value, label, value. A wide row is a label and one value across
    the rest. Each wide row is a table of its own (ReportLab loses a spanned cell when it
    splits a row across pages), stacked without gaps so the rules meet.
    """

    def __init__(self, doc: DocumentBuilder, *, label_share: float = LABEL_SHARE) -> None:
        self.doc = doc
        self.width = doc.geometry.frame_width
        self.label_width = self.width * label_share
        half = self.width / 2
        self.pair_widths = [self.label_width, half - self.label_width, self.label_width,
                            half - self.label_width]
        self.wide_widths = [self.label_width, self.width - self.label_width]
        self.value_style = doc.styles.body
        self.large_style = ParagraphStyle("form_large", parent=doc.styles.value_large)
        self.label_style = ParagraphStyle("form_label", parent=doc.styles.label, textColor=INK)
        self._blocks: list[tuple[str, list[list[object]], list[float]]] = []

    # -- cells -----------------------------------------------------------------------------

    def _label(self, text: str) -> Flowable:
        return self.doc.paragraph(text, field=text, style=self.label_style)

    def _value(self, text: str, label: str, *, large: bool = False) -> Flowable:
        return self.doc.paragraph(text, field=label,
                                  style=self.large_style if large else self.value_style)

    def _add(self, kind: str, cells: list[object], min_height: float = 0) -> None:
        # Consecutive pair rows share one table; every other row stands alone.
        if kind == "pair" and self._blocks and self._blocks[-1][0] == "pair":
            self._blocks[-1][1].append(cells)
            self._blocks[-1][2].append(min_height)
        else:
            self._blocks.append((kind, [cells], [min_height]))

    # -- rows ------------------------------------------------------------------------------

    def pair(self, label: str, value: str, label2: str = "", value2: str = "", *,
             large: bool = False) -> None:
        """Two label/value pairs side by side (the second may be left empty to fill in)."""
        self._add("pair", [self._label(label), self._value(value, label, large=large),
                           self._label(label2), self._value(value2, label2)])

    def wide(self, label: str, value: str | Sequence[str], *, min_height: float = 0,
             large: bool = False) -> None:
        """One label with its value across the rest of the row; a sequence of texts prints
        one paragraph each; ``min_height`` leaves room to write by hand."""
        texts = [value] if isinstance(value, str) else list(value)
        cell = [self._value(text, label, large=large) for text in texts] or ""
        self._add("wide", [self._label(label), cell], min_height)

    def flowing(self, label: str, cell: Flowable | list[Flowable], *,
                min_height: float = 0) -> None:
        """One label with ready-made flowables (tick boxes) across the rest of the row."""
        self._add("wide", [self._label(label), cell], min_height)

    def section(self, text: str) -> None:
        """A heading across the whole grid."""
        self._add("section", [self._value(text, text)])

    def choices(self, label: str, options: Sequence[Choice]) -> None:
        """A row of tick boxes, the chosen one ticked."""
        self.flowing(label, tick_row(self.doc, options, label,
                                     self.width - self.label_width - 2 * PADDING))

    # -- the grid --------------------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        """The grid as stacked ruled tables; a tall row splits across pages."""
        tables: list[Flowable] = []
        for kind, rows, heights in self._blocks:
            widths = {"pair": self.pair_widths, "wide": self.wide_widths,
                      "section": [self.width]}[kind]
            commands: list[tuple] = [
                ("GRID", (0, 0), (-1, -1), 0.7, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
            ]
            if kind == "pair":
                commands.append(("BACKGROUND", (2, 0), (2, -1), LABEL_FILL))
            table = Table(rows, colWidths=widths, minRowHeights=heights, splitInRow=1,
                          hAlign="LEFT")
            table.setStyle(self.doc.table_style(commands))
            tables.append(table)
        return tables


def wrapping(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """``style`` for ``text`` in a narrow cell: CJK line breaking (between any two
    characters, with the rules for Chinese punctuation) only when the text has Chinese;
    other text breaks between words, so "Shared utilities" never splits as "utiliti-es"."""
    if style.wordWrap != "CJK" or any(ord(char) >= 0x2E80 for char in text):
        return style
    return ParagraphStyle(f"{style.name}_words", parent=style, wordWrap=None)


def tick_row(doc: DocumentBuilder, options: Sequence[Choice], field: str,
             width: float) -> Table:
    """Tick boxes with their words in one line (or two, if the words are long)."""
    cells: list[object] = []
    widths: list[float] = []
    share = width / max(len(options), 1)
    for option in options:
        cells += [CheckBox(option.checked),
                  doc.paragraph(option.label, field=field,
                                style=wrapping(doc.styles.body, option.label))]
        widths += [5 * mm, share - 5 * mm - 2 * PADDING / max(len(options), 1)]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(doc.table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def signature_cells(doc: DocumentBuilder, who: Sequence[str], *,
                    height: float = 22 * mm) -> Table:
    """One ruled cell per signer: who signs at the top, the date line at the bottom."""
    width = doc.geometry.frame_width / len(who)
    # Spaces that do not collapse: room to write the date by hand.
    date = translate("FormGrid", "Date:       /       /").replace(" ", "\u00a0")
    label = ParagraphStyle("form_sign", parent=doc.styles.label, textColor=INK)
    cells = [[doc.paragraph(name, field=name, style=label),
              doc.spacer(height - 2 * label.leading - 4 * PADDING),
              doc.paragraph(date, field=name, style=label)] for name in who]
    table = Table([cells], colWidths=[width] * len(who), rowHeights=[height], hAlign="LEFT")
    table.setStyle(doc.table_style([
        ("GRID", (0, 0), (-1, -1), 0.6, INK),
        ("BOX", (0, 0), (-1, -1), 1.1, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
    ]))
    return table


def ruled_list(doc: DocumentBuilder, headings: Sequence[str], rows: Sequence[Sequence[str]],
               shares: Sequence[float], *, blank_rows: int = 0,
               blank_height: float = 9 * mm) -> Table:
    """A ruled table of a form: shaded column heads, one row per entry, then
    ``blank_rows`` empty rows ``blank_height`` high to fill in by hand. ``shares`` split the
    frame's width between the columns."""
    width = doc.geometry.frame_width
    label = ParagraphStyle("form_list_head", parent=doc.styles.label, textColor=INK)
    data: list[list[object]] = [[doc.paragraph(h, field=h, style=label) for h in headings]]
    for row in rows:
        data.append([doc.paragraph(text, field=headings[i], style=doc.styles.body)
                     for i, text in enumerate(row)])
    data += [[""] * len(headings) for _ in range(blank_rows)]
    heights = [0.0] * (1 + len(rows)) + [blank_height] * blank_rows
    table = Table(data, colWidths=[width * share for share in shares], minRowHeights=heights,
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(doc.table_style([
        ("GRID", (0, 0), (-1, -1), 0.7, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
    ]))
    return table
