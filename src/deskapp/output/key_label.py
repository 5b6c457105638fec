"""The label hung on a key set (钥匙牌): the tag large, as a QR code and a Code128 barcode
for the counter's scanner, the hook it hangs on, the number of keys and their kind. A
60 × 40 mm label of a thermal label printer, or the same label on an A4 sheet to cut out.

No personal data, and no unit number: a lost key that says whose it is and which door it
opens is a burglary kit. The register maps the tag to the unit. Only the keys of a common
area or plant room name the area — nobody lives behind that door, and the engineer sent
for it must find it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from deskapp.domain.keys.records import KeyKind
from deskapp.domain.keys.rows import KeySetRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    INK,
    MUTED,
    DocumentBuilder,
    RenderResult,
    code128_symbol,
    render,
)
from deskapp.output.fonts import FONT_NAME

PAPERS = (Paper.LABEL60, Paper.A4)
WIDTH = 60 * mm
HEIGHT = 40 * mm
EDGE = 1.5 * mm  # blank round the label's edge: a die-cut label shifts a little in the printer
QR_SIDE = 22 * mm  # quiet zone included: a phone or a 2D scanner at the counter
BAR_HEIGHT = 8 * mm  # the 1D scanner most counters have
TAG_SIZES = (20.0, 9.0)  # points: as large as the column allows, never below the second
LINE_SIZE = 7.0
NOTE_SIZE = 5.5


@dataclass(frozen=True)
class LabelText:
    """What the label says, besides its codes, in print order."""

    tag: str
    lines: tuple[str, ...]
    note: str


def label_text(key_set: KeySetRow, org: OrgInfo) -> LabelText:
    """The words on the label of ``key_set`` (see the module's note on what is left off)."""
    lines = []
    if key_set.hook:
        lines.append(fill(translate("KeyLabel", "Hook %1"), key_set.hook))
    lines.append(fill(translate("KeyLabel", "Keys: %1"), key_set.key_count))
    lines.append(key_set.kind.label())
    if key_set.kind is KeyKind.COMMON_AREA and key_set.unit_label:
        lines.append(key_set.unit_label)
    note = (fill(translate("KeyLabel", "Found? Please return to %1"), org.name) if org.name
            else translate("KeyLabel", "Found? Please return to the property front desk"))
    return LabelText(key_set.tag, tuple(lines), note)


class KeyLabel(Flowable):
    """The label, drawn at its real size; ``cut_line`` frames it in dashes (on a sheet)."""

    def __init__(self, doc: DocumentBuilder, text: LabelText, *, cut_line: bool) -> None:
        super().__init__()
        self.doc = doc
        self.text = text
        self.cut_line = cut_line
        self.hAlign = "CENTER"
        field = translate("KeyLabel", "Key label")
        # The glyph policy once, here: draw() may run on every layout pass.
        self.tag = doc.clean(text.tag, translate("KeyLabel", "Tag"))
        self.lines = [doc.clean(line, field) for line in text.lines]
        self.note = doc.clean(text.note, field)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # A hair under the page, so a label page's frame always takes it.
        return WIDTH - 0.01, HEIGHT - 0.01

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        if self.cut_line:
            c.setStrokeColor(MUTED)
            c.setLineWidth(0.5)
            c.setDash(3, 2)
            c.rect(0, 0, WIDTH, HEIGHT, stroke=1, fill=0)
            c.setDash()
        top = HEIGHT - EDGE
        qr = self.doc.qr_code(self.text.tag, size=QR_SIDE)
        qr.drawOn(c, EDGE - 1 * mm, top - QR_SIDE + 1 * mm)  # its quiet zone may reach the edge
        left = EDGE + QR_SIDE
        column = WIDTH - EDGE - left
        c.setFillColor(INK)
        size = _fitting_size(self.tag, column, *TAG_SIZES)
        y = top - size * 0.85
        c.setFont(FONT_NAME, size)
        c.drawString(left, y, _shortened_to(self.tag, column, size))
        y -= size * 0.35 + LINE_SIZE * 1.15
        for line in self.lines:
            c.setFont(FONT_NAME, LINE_SIZE)
            c.drawString(left, y, _shortened_to(line, column, LINE_SIZE))
            y -= LINE_SIZE * 1.3
        note_y = EDGE
        c.setFont(FONT_NAME, NOTE_SIZE)
        c.setFillColor(MUTED)
        c.drawCentredString(WIDTH / 2, note_y,
                            _shortened_to(self.note, WIDTH - 2 * EDGE, NOTE_SIZE))
        # The quiet zones may take the label's blank edge; a tag too long even then for
        # bars a scanner resolves keeps its QR code alone.
        bars = code128_symbol(self.text.tag, WIDTH, bar_height=BAR_HEIGHT)
        if bars is not None:
            c.setFillColor(INK)  # bars in full black, whatever the note's grey
            bars.drawOn(c, (WIDTH - bars.width) / 2, note_y + NOTE_SIZE * 1.5)
        c.restoreState()


def _fitting_size(text: str, width: float, largest: float, smallest: float) -> float:
    natural = stringWidth(text, FONT_NAME, largest)
    if natural <= width:
        return largest
    return max(largest * width / natural, smallest)


def _shortened_to(text: str, width: float, size: float) -> str:
    """``text`` cut with an ellipsis to ``width`` at ``size`` (the register has it whole)."""
    if stringWidth(text, FONT_NAME, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT_NAME, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def title() -> str:
    """The label's title in the user's language (on a sheet, and the PDF's title)."""
    return translate("KeyLabel", "Key label")


def render_key_label(key_set: KeySetRow, org: OrgInfo, paper: Paper, out: Path, *,
                     now: dt.datetime | None = None) -> RenderResult:
    """Print the label of ``key_set`` to ``out``: the label page itself, or an A4 sheet
    with the label at its real size in a dashed frame to cut out.

    Raises:
        ValueError: ``paper`` is not laid out for the label.
    """
    if paper not in PAPERS:
        raise ValueError(f"a key label is laid out for {PAPERS}, not {paper}")
    text = label_text(key_set, org)
    pdf_title = f"{title()} {key_set.tag}"
    if paper is Paper.LABEL60:
        return render(out, paper=paper, org=org, title=title(), header=False, footer=False,
                      content=lambda doc: [KeyLabel(doc, text, cut_line=False)], now=now,
                      pdf_title=pdf_title)
    return render(out, paper=paper, org=org, title=title(), now=now, pdf_title=pdf_title,
                  content=lambda doc: [
                      doc.note(translate("KeyLabel", "Cut along the dashed line and put the "
                                                     "label in the key tag's holder.")),
                      doc.spacer(4 * mm), KeyLabel(doc, text, cut_line=True)])
