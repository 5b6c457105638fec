"""The receipt printed into a pre-printed three-part form 三联收据 (stub, customer, accounting)
on a dot-matrix printer: only the values, each at a fixed place in the form's boxes.

Every place is in :data:`FORM`, measured in millimetres from the form's top-left corner, so a
counter whose forms differ moves the values in this one table. The form's own printed serial
was recorded against the receipt (``form_serial``); it is printed small beside deskapp's
receipt number, so the cashier sees at once whether the form in the printer is the one the
receipt names. A form has no room for a band: COPY is printed small in the top corner, VOID
large across the items, with why.

``guides=True`` draws the form's boxes and words in grey too, for a test print on blank
paper to line the printer up (and for looking at the layout).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from deskapp.domain.fees.records import LineKind
from deskapp.domain.fees.rows import ReceiptRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    INK,
    MUTED,
    DocumentBuilder,
    RenderResult,
    format_local,
    render,
    shortened,
)
from deskapp.output.fee_parts import STAMP_RED, capitals, money
from deskapp.output.fonts import FONT_NAME
from deskapp.output.receipt import (
    cash_text,
    credit_used_text,
    payment_text,
    quantity_text,
    receipt_marks,
    title,
    void_text,
)

# Below this share of its size a value is cut short (with …) instead of shrunk further.
MIN_SCALE = 0.7
GUIDE = colors.Color(0.7, 0.7, 0.7)


@dataclass(frozen=True)
class Spot:
    """Where one value goes: its left edge (or right edge when ``right``) and baseline, in
    mm from the form's top-left corner, the width it may take, and its type size."""

    x: float
    y: float
    width: float
    size: float = 10.0
    right: bool = False


@dataclass(frozen=True)
class FormLayout:
    """Every place on the pre-printed form. Item rows are ``row_pitch`` mm apart from
    ``first_row``; the item columns share their rows' baseline."""

    check: Spot  # the form's serial and deskapp's number, small, under the printed No.
    copy: Spot  # COPY on a reprint
    date: Spot
    payer: Spot
    unit: Spot
    item: Spot
    period: Spot
    quantity: Spot
    amount: Spot
    rows: int
    row_pitch: float
    capitals: Spot
    figures: Spot
    method: Spot
    cash: Spot
    stamp: Spot  # the stamp box's left edge and baseline of its words
    cashier: Spot
    desk: Spot


FORM = FormLayout(
    check=Spot(168, 17.5, 58, size=7, right=False),
    copy=Spot(16, 12, 30, size=12),
    date=Spot(96, 21.5, 50),
    payer=Spot(44, 30, 105),
    unit=Spot(176, 30, 48),
    item=Spot(17, 44.5, 80),
    period=Spot(99, 44.5, 40),
    quantity=Spot(141, 44.5, 40, size=9),
    amount=Spot(224, 44.5, 40, right=True),
    rows=5,
    row_pitch=5.5,
    capitals=Spot(56, 73.5, 118, size=11),
    figures=Spot(224, 73.5, 46, size=11, right=True),
    method=Spot(40, 80.5, 70),
    cash=Spot(124, 80.5, 100, size=9),
    stamp=Spot(46, 88.5, 34, size=11),
    cashier=Spot(150, 88.5, 32),
    desk=Spot(199, 88.5, 26),
)


def form_rows(receipt: ReceiptRow, rows: int) -> list[tuple[str, str, str, str]]:
    """(item, period, quantity × price, amount) for each item row of the form: every line
    paid, then the credit kept and the credit used on rows of their own. When the items
    outnumber the rows left, the last item row sums the rest."""
    items: list[tuple[str, str, str, int]] = []
    credit: list[tuple[str, str, str, int]] = []
    for line in receipt.lines:
        if line.kind is LineKind.CREDIT:
            credit.append((translate("ReceiptForm", "Kept as credit"), "", "", line.amount_fen))
        else:
            items.append((line.item_name, line.period, quantity_text(line), line.amount_fen))
    if receipt.credit_used_fen:
        credit.append((credit_used_text(), "", "", -receipt.credit_used_fen))
    room = rows - len(credit)
    if len(items) > room:
        rest = items[room - 1:]
        items = [*items[:room - 1],
                 (fill(translate("ReceiptForm", "%1 more items"), len(rest)), "", "",
                  sum(amount for *_words, amount in rest))]
    return [(item, period, qty, money(amount))
            for item, period, qty, amount in [*items, *credit]]


def check_text(receipt: ReceiptRow) -> str:
    """``Form 0001234 · SK2026-000123``: what the cashier compares with the form's No."""
    if receipt.form_serial:
        return fill(translate("ReceiptForm", "Form %1 · %2"), receipt.form_serial,
                    receipt.number)
    return receipt.number


class FormOverprint(Flowable):
    """The whole form: every value drawn at its place (the page has no margins)."""

    def __init__(self, doc: DocumentBuilder, receipt: ReceiptRow, *, guides: bool) -> None:
        super().__init__()
        self.doc = doc
        self.receipt = receipt
        self.guides = guides
        geometry = doc.geometry
        self.page_height = geometry.height or 0.0
        self.size = (geometry.width, self.page_height - 0.01)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size

    # -- drawing ---------------------------------------------------------------------------

    def _y(self, y_mm: float) -> float:
        return self.size[1] - y_mm * mm

    def put(self, spot: Spot, text: str, field: str, *, color: colors.Color = INK,
            y_shift: float = 0) -> None:
        """``text`` at ``spot``: shrunk to its width down to :data:`MIN_SCALE`, then cut."""
        if not text:
            return
        text = self.doc.clean(" ".join(text.split()), field)
        width = spot.width * mm
        size = spot.size
        natural = stringWidth(text, FONT_NAME, size)
        if natural > width:
            size = max(size * width / natural, spot.size * MIN_SCALE)
            limit = len(text)
            while limit > 1 and stringWidth(text, FONT_NAME, size) > width:
                limit -= 1
                text = shortened(text, limit)
        c = self.canv
        c.setFont(FONT_NAME, size)
        c.setFillColor(color)
        y = self._y(spot.y + y_shift)
        if spot.right:
            c.drawRightString(spot.x * mm, y, text)
        else:
            c.drawString(spot.x * mm, y, text)

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        if self.guides:
            self._draw_guides()
        r, f = self.receipt, FORM
        self.put(f.check, check_text(r), translate("ReceiptForm", "Receipt number"),
                 color=MUTED)
        self.put(f.date, format_local(r.issued_at), translate("ReceiptForm", "Date"))
        self.put(f.payer, r.payer, translate("ReceiptForm", "Received from"))
        self.put(f.unit, r.unit_label, translate("ReceiptForm", "Unit"))
        field = translate("ReceiptForm", "Item")
        for index, (item, period, qty, amount) in enumerate(form_rows(r, f.rows)):
            shift = index * f.row_pitch
            self.put(f.item, item, field, y_shift=shift)
            self.put(f.period, period, field, y_shift=shift)
            self.put(f.quantity, qty, field, y_shift=shift)
            self.put(f.amount, amount, field, y_shift=shift)
        words = translate("ReceiptForm", "Amount in capitals")
        # The form prints 人民币 before the box itself.
        self.put(f.capitals, capitals(r.total_fen, with_prefix=False), words)
        self.put(f.figures, money(r.total_fen), words)
        self.put(f.method, payment_text(r), translate("ReceiptForm", "Paid by"))
        extra = [text for text in (cash_text(r), r.note) if text]
        if r.voided:
            extra.insert(0, fill(translate("ReceiptForm", "Voided %1"), void_text(r)))
        if r.invoice_no:
            extra.append(fill(translate("ReceiptForm", "Invoice %1"), r.invoice_no))
        self.put(f.cash, translate("ReceiptForm", "; ").join(extra),
                 translate("ReceiptForm", "Note"))
        self._stamp(r.stamp)
        self.put(f.cashier, r.cashier, translate("ReceiptForm", "Cashier"))
        self.put(f.desk, r.desk, translate("ReceiptForm", "Counter"))
        self._marks()
        c.restoreState()

    def _stamp(self, text: str) -> None:
        spot = FORM.stamp
        text = self.doc.clean(text, translate("ReceiptForm", "Stamp"))
        pad = 4 * mm
        size = min(spot.size, spot.size * (spot.width * mm - pad)
                   / max(stringWidth(text, FONT_NAME, spot.size), 1))
        width = stringWidth(text, FONT_NAME, size) + pad
        height = spot.size + 3 * mm
        x, baseline = spot.x * mm, self._y(spot.y)
        c = self.canv
        c.setStrokeColor(STAMP_RED)
        c.setFillColor(STAMP_RED)
        c.setLineWidth(1.4)
        c.rect(x, baseline - 1.8 * mm, width, height, stroke=1, fill=0)
        c.setFont(FONT_NAME, size)
        c.drawCentredString(x + width / 2, baseline, text)

    def _marks(self) -> None:
        c = self.canv
        for mark in self.doc.marks:
            if mark.inverted:  # VOID: large across the items, with why
                text = self.doc.clean(mark.text.splitlines()[0], mark.text)
                c.saveState()
                c.setFillColor(INK)
                c.setFont(FONT_NAME, 40)
                c.translate(120 * mm, self._y(62))
                c.rotate(8)
                c.drawCentredString(0, 0, text)
                c.restoreState()
            else:
                spot = FORM.copy
                text = self.doc.clean(mark.text, mark.text)
                c.setLineWidth(1.2)
                c.setStrokeColor(INK)
                width = stringWidth(text, FONT_NAME, spot.size) + 3 * mm
                c.rect(spot.x * mm - 1.5 * mm, self._y(spot.y) - 1.5 * mm, width,
                       spot.size + 2.2 * mm, stroke=1, fill=0)
                c.setFillColor(INK)
                c.setFont(FONT_NAME, spot.size)
                c.drawString(spot.x * mm, self._y(spot.y), text)

    def _draw_guides(self) -> None:
        """The pre-printed form as it usually looks, in grey."""
        c: Canvas = self.canv
        c.setStrokeColor(GUIDE)
        c.setFillColor(GUIDE)
        c.setLineWidth(0.5)
        width = self.size[0]
        c.line(12.7 * mm, 0, 12.7 * mm, self.size[1])  # the tractor strips
        c.line(width - 12.7 * mm, 0, width - 12.7 * mm, self.size[1])
        c.setFont(FONT_NAME, 16)
        c.drawCentredString(width / 2, self._y(13), title())
        c.setFont(FONT_NAME, 9)
        c.drawString(190 * mm, self._y(12), translate("ReceiptForm", "No."))
        left, right = 15 * mm, 226 * mm
        for y in (25, 34, 40, 69, 76.5, 83.5):
            c.line(left, self._y(y), right, self._y(y))
        c.rect(left, self._y(83.5), right - left, (83.5 - 25) * mm, stroke=1, fill=0)
        for x in (97.5, 139.5, 181.5):
            c.line(x * mm, self._y(34), x * mm, self._y(69))
        labels = [(16, 30, translate("ReceiptForm", "Received from")),
                  (160, 30, translate("ReceiptForm", "Unit")),
                  (17, 38.5, translate("ReceiptForm", "Item")),
                  (99, 38.5, translate("ReceiptForm", "Period")),
                  (141, 38.5, translate("ReceiptForm", "Qty × price")),
                  (183, 38.5, translate("ReceiptForm", "Amount")),
                  (16, 73.5, translate("ReceiptForm", "Amount in capitals")),
                  (176, 73.5, "¥"),
                  (16, 80.5, translate("ReceiptForm", "Paid by")),
                  (112, 80.5, translate("ReceiptForm", "Note")),
                  (16, 88.5, translate("ReceiptForm", "Stamp")),
                  (134, 88.5, translate("ReceiptForm", "Cashier")),
                  (186, 88.5, translate("ReceiptForm", "Counter"))]
        for x, y, text in labels:
            c.drawString(x * mm, self._y(y), self.doc.clean(text, text))


def render_receipt_form(receipt: ReceiptRow, org: OrgInfo, out: Path, *,
                        now: dt.datetime | None = None, strict: bool = False,
                        guides: bool = False) -> RenderResult:
    """Print ``receipt``'s values into the pre-printed three-part form, to ``out``.

    Args:
        guides: Draw the form's boxes and words in grey too (a test print on blank paper).
    """
    return render(out, paper=Paper.FORM241, org=org, title=title(),
                  content=lambda doc: [FormOverprint(doc, receipt, guides=guides)],
                  now=now, strict=strict, header=False, footer=False, mark_bands=False,
                  pdf_title=f"{title()} {receipt.number}",
                  marks=receipt_marks(receipt))
