"""The layer every printed document goes through: paper, styles, blocks, glyph policy, writing.

Glyph policy: every text that reaches the paper goes through :meth:`DocumentBuilder.clean`
first. ReportLab silently drops characters the font lacks, which would print a name with a
gap that nobody notices. Instead, by default each missing character is printed as
:data:`~deskapp.output.fonts.PLACEHOLDER` (□) and a :class:`GlyphWarning` is returned in
:attr:`RenderResult.warnings`, so the caller can tell the receptionist what was replaced.
With ``strict=True`` the first such text raises :class:`UnprintableText` before any file is
written.

Marks: a :class:`Mark` is a stamp printed large under the title and named in every page's
footer — "COPY" on a reprint (:func:`copy_mark`), "NOT VALID" on a pass that no longer
admits anyone. A document passes its own marks to :func:`render`; the printing layer adds the
copy mark around any document with :func:`marked`, so every kind gets it without a
parameter of its own.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128, Code128Auto
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, A5, A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as _paragraph_module

from deskapp.domain.clock import format_local  # one rule for local times (re-exported)
from deskapp.domain.records import OrgInfo, Paper
from deskapp.fileio import write_bytes_atomically
from deskapp.i18n import translate
from deskapp.output.fonts import (
    FONT_NAME,
    PLACEHOLDER,
    register_font,
    register_placeholder_font,
    replace_missing,
)

ROLL_WIDTH = 80 * mm
ROLL_MIN_HEIGHT = 80 * mm
ROLL_MAX_HEIGHT = 14400.0  # 200 in: the largest page PDF viewers and Acrobat accept
CREATOR = "deskapp"
# Thermal heads print 8 dots/mm: a module of 3 dots prints exact bars, 2 dots is the least
# a counter scanner resolves reliably.
BARCODE_MODULE = 0.375 * mm
BARCODE_MIN_MODULE = 0.25 * mm

# WORKAROUND: ReportLab's CJK line breaking lets a line start with full-width punctuation
# (，；：？！）》) because its list of characters that cannot start a line lacks them; a
# Chinese paragraph then printed "，以免…" at the start of a line. Both of its splitters
# (one text run, several runs) read their own copy of the list.
_NOT_AT_LINE_START = "，；：？！）》〉”’…"
_textsplit.ALL_CANNOT_START += _NOT_AT_LINE_START
_paragraph_module.ALL_CANNOT_START += _NOT_AT_LINE_START

INK = colors.black
MUTED = colors.Color(0.33, 0.33, 0.33)  # dark enough to survive a thermal head
HAIRLINE = colors.Color(0.6, 0.6, 0.6)


@dataclass(frozen=True)
class PageGeometry:
    """Page size and margins (points) of one paper.

    Attributes:
        paper: The paper this geometry is for.
        width: Page width.
        height: Page height, or None for a roll (computed from the content).
        left: Left margin.
        right: Right margin.
        top: Top margin.
        bottom: Bottom margin; the footer is drawn inside it.
        base_size: Body font size in points.
    """

    paper: Paper
    width: float
    height: float | None
    left: float
    right: float
    top: float
    bottom: float
    base_size: float

    @property
    def is_roll(self) -> bool:
        """True for a roll, whose page length follows the content."""
        return self.height is None

    @property
    def frame_width(self) -> float:
        """Printable width between the side margins."""
        return self.width - self.left - self.right


_GEOMETRY: dict[Paper, PageGeometry] = {
    Paper.A4: PageGeometry(Paper.A4, A4[0], A4[1], 18 * mm, 18 * mm, 16 * mm, 16 * mm, 10.5),
    Paper.A5: PageGeometry(Paper.A5, A5[0], A5[1], 12 * mm, 12 * mm, 12 * mm, 13 * mm, 10),
    Paper.A6: PageGeometry(Paper.A6, A6[0], A6[1], 7 * mm, 7 * mm, 6 * mm, 9 * mm, 9),
    # Thermal heads print 72 mm of an 80 mm roll: 4 mm each side stays blank anyway.
    Paper.ROLL80: PageGeometry(Paper.ROLL80, ROLL_WIDTH, None, 4 * mm, 4 * mm, 4 * mm, 9 * mm, 9),
    # A label is drawn edge to edge by its own layout (a label printer's head reaches it).
    Paper.LABEL60: PageGeometry(Paper.LABEL60, 60 * mm, 40 * mm, 0, 0, 0, 0, 7),
    # A pre-printed form is filled in at fixed places over the whole sheet: 9.5 × 11/3 in,
    # exactly, or a continuous form's perforations drift away from the head page by page.
    Paper.FORM241: PageGeometry(Paper.FORM241, 9.5 * inch, 11 / 3 * inch, 0, 0, 0, 0, 10),
}


def page_geometry(paper: Paper, *, landscape: bool = False) -> PageGeometry:
    """The page size and margins used for ``paper``, turned sideways when ``landscape``
    (a wide list); a roll has no landscape."""
    geometry = _GEOMETRY[paper]
    if not landscape:
        return geometry
    if geometry.height is None:
        raise ValueError("a roll cannot be printed in landscape")
    return replace(geometry, width=geometry.height, height=geometry.width)


def shortened(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis (a list's cell;
    the record's own document prints it whole)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _describe_chars(chars: Sequence[str]) -> str:
    # The code point is spelled out because the interface font cannot draw the character
    # either, so the bare character alone may show as a box on screen too.
    return ", ".join(f"{c} (U+{ord(c):04X})" for c in chars)


class UnprintableText(ValueError):
    """A text contains characters the printer font cannot draw (raised in strict mode).

    Attributes:
        field: The label of the field that holds the text, as printed.
        chars: The characters that cannot be drawn.
    """

    def __init__(self, field: str, chars: Sequence[str]) -> None:
        self.field = field
        self.chars = tuple(chars)
        super().__init__(self.message())

    def message(self) -> str:
        """A sentence for the receptionist, in the user's language."""
        return translate("Document", "{field} has {chars}, which the printer font lacks.").format(
            field=self.field, chars=_describe_chars(self.chars)
        )


@dataclass(frozen=True)
class GlyphWarning:
    """Characters that were printed as the placeholder instead of themselves.

    Attributes:
        field: The label of the field that holds the text, as printed.
        chars: The characters that were replaced.
        placeholder: What was printed instead.
    """

    field: str
    chars: tuple[str, ...]
    placeholder: str = PLACEHOLDER

    def message(self) -> str:
        """A sentence for the receptionist, in the user's language."""
        # One literal on one line: lupdate does not join implicitly concatenated strings.
        text = translate(
            "Document",
            "{field} has {chars}, which the printer font lacks; printed as {placeholder} instead.",
        )
        chars = _describe_chars(self.chars)
        return text.format(field=self.field, chars=chars, placeholder=self.placeholder)


@dataclass(frozen=True)
class RenderResult:
    """What :func:`render` wrote.

    Attributes:
        path: The finished PDF.
        pages: Number of pages.
        warnings: Texts printed with placeholders (empty when everything printed).
        page_size: Page width and height in points (a roll's height follows its content).
    """

    path: Path
    pages: int
    warnings: tuple[GlyphWarning, ...] = ()
    page_size: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class KeyValue:
    """One label/value row of :meth:`DocumentBuilder.key_values`.

    Attributes:
        label: The field label (already translated).
        value: The value as printed.
        large: Print the value larger (the only emphasis: the font has no bold face).
    """

    label: str
    value: str
    large: bool = False


@dataclass(frozen=True)
class Mark:
    """A stamp printed large at the top of a document, and named in every page's footer.

    Attributes:
        text: What it says, already translated; line breaks are kept.
        footer: Its short form at the start of every page's footer ("" for none).
        inverted: White on a black band, for what must stop a guard (not valid);
            otherwise black inside a heavy frame.
    """

    text: str
    footer: str = ""
    inverted: bool = False


def copy_mark() -> Mark:
    """The mark of a reprint: a record's first print is its original, any later one a copy."""
    text = translate("Document", "COPY")
    return Mark(text, footer=text)


_context_marks: ContextVar[tuple[Mark, ...]] = ContextVar("deskapp_document_marks",
                                                           default=())


@contextmanager
def marked(*marks: Mark) -> Iterator[None]:
    """Every document rendered inside the block carries ``marks`` after its own.

    Whether a print is a copy is the print log's knowledge, not the document's: the printing
    layer wraps a document's render call in this block, so the pass, the slip and every kind
    to come are marked alike without each passing a flag through.
    """
    token = _context_marks.set(_context_marks.get() + tuple(marks))
    try:
        yield
    finally:
        _context_marks.reset(token)


@dataclass(frozen=True)
class DocumentStyles:
    """Paragraph styles for one paper size; all use the embedded font."""

    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value_large: ParagraphStyle
    org_name: ParagraphStyle
    org_detail: ParagraphStyle
    title: ParagraphStyle
    big: ParagraphStyle
    note: ParagraphStyle
    footer_size: float


def make_styles(geometry: PageGeometry) -> DocumentStyles:
    """Styles scaled to the paper's body size.

    Emphasis is by size (and colour) only, because the shipped font has no bold face.
    """
    size = geometry.base_size

    def style(name: str, scale: float, *, align: int = TA_LEFT, color: colors.Color = INK,
              after: float = 0, leading: float = 1.3) -> ParagraphStyle:
        font_size = round(size * scale, 1)
        return ParagraphStyle(
            name,
            fontName=FONT_NAME,
            fontSize=font_size,
            leading=round(font_size * leading, 1),
            alignment=align,
            textColor=color,
            spaceAfter=after,
            wordWrap="CJK",  # line breaks between Han characters, with CJK punctuation rules
        )

    return DocumentStyles(
        body=style("body", 1.0),
        small=style("small", 0.85, color=MUTED),
        label=style("label", 0.9, color=MUTED),
        value_large=style("value_large", 1.35, leading=1.2),
        org_name=style("org_name", 1.5, align=TA_CENTER, leading=1.2, after=1),
        org_detail=style("org_detail", 0.85, align=TA_CENTER, color=MUTED),
        title=style("title", 1.75, align=TA_CENTER, leading=1.2),
        big=style("big", 2.2, align=TA_CENTER, leading=1.15),
        note=style("note", 0.85, align=TA_CENTER, color=MUTED),
        footer_size=round(size * 0.75, 1),
    )


class _Barcode(Flowable):
    """A Code128 symbol with its text drawn below it, inside the flowable's own box."""

    def __init__(self, symbol: Code128, text: str, font_size: float) -> None:
        super().__init__()
        self.symbol = symbol
        self.text = text
        self.font_size = font_size
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        text_height = self.font_size * 1.4 if self.text else 0
        return self.symbol.width, self.symbol.height + text_height

    def draw(self) -> None:
        text_height = self.font_size * 1.4 if self.text else 0
        self.symbol.drawOn(self.canv, 0, text_height)
        if self.text:
            self.canv.setFont(FONT_NAME, self.font_size)
            self.canv.drawCentredString(self.symbol.width / 2, self.font_size * 0.35, self.text)


class DocumentBuilder:
    """Makes the flowables of one document and applies the glyph policy to every text.

    Attributes:
        geometry: The paper.
        styles: Styles for the paper.
        strict: Raise :class:`UnprintableText` instead of printing placeholders.
        warnings: Placeholders printed so far, one per field and character set.
        marks: The marks the document carries (its own, then the printing layer's).
    """

    def __init__(self, geometry: PageGeometry, *, strict: bool = False) -> None:
        register_font()
        self.geometry = geometry
        self.styles = make_styles(geometry)
        self.strict = strict
        self.warnings: list[GlyphWarning] = []
        self.marks: tuple[Mark, ...] = ()

    # -- text ------------------------------------------------------------------------------

    def clean(self, text: str, field: str) -> str:
        """``text`` made printable under the glyph policy.

        Args:
            text: Plain text (not markup).
            field: The label the text is printed under, named in warnings and errors.

        Returns:
            ``text``, with each character the font lacks replaced by the placeholder.

        Raises:
            UnprintableText: In strict mode, when ``text`` has such a character.
        """
        printable, missing = replace_missing(text)
        if missing:
            if self.strict:
                raise UnprintableText(field, missing)
            warning = GlyphWarning(field, tuple(missing))
            if warning not in self.warnings:
                self.warnings.append(warning)
        return printable

    def paragraph(self, text: str, *, field: str, style: ParagraphStyle | None = None,
                  ) -> Paragraph:
        """A wrapping paragraph of plain text; line breaks in ``text`` are kept.

        Args:
            text: Plain text; ``<`` and ``&`` print as themselves (the text is escaped).
            field: Label named in glyph warnings.
            style: Defaults to the body style.
        """
        style = style or self.styles.body
        markup = escape(self.clean(text, field)).replace("\r\n", "\n").replace("\n", "<br/>")
        if PLACEHOLDER in markup:
            # The printer font's □ is a small geometric shape, and a bigger font size would
            # push the line down through the rule below it. The placeholder font draws □ as
            # tall as a Han character at the text's own size, on the same baseline.
            font = register_placeholder_font()
            markup = markup.replace(PLACEHOLDER, f'<font name="{font}">{PLACEHOLDER}</font>')
        return Paragraph(markup, style)

    def fit_style(self, style: ParagraphStyle, text: str, width: float, *,
                  min_scale: float = 0.6) -> ParagraphStyle:
        """``style``, made smaller if needed so ``text`` fits ``width`` on one line.

        For codes such as a pass number, which must never break across lines. Below
        ``min_scale`` the text wraps instead of shrinking further.
        """
        natural = stringWidth(text, style.fontName, style.fontSize)
        if natural <= width:
            return style
        scale = max(width / natural * 0.98, min_scale)
        size = style.fontSize * scale
        return ParagraphStyle(f"{style.name}_fit", parent=style, fontSize=size,
                              leading=style.leading * scale)

    # -- blocks ----------------------------------------------------------------------------

    def org_header(self, org: OrgInfo) -> list[Flowable]:
        """The organisation's name, large, with address, phone and counter below it."""
        s = self.styles
        items: list[Flowable] = [
            self.paragraph(org.name, field=translate("Document", "Organisation"), style=s.org_name)
        ]
        if org.address:
            items.append(
                self.paragraph(org.address, field=translate("Document", "Address"),
                               style=s.org_detail)
            )
        contact = []
        if org.phone:
            contact.append(translate("Document", "Tel. {phone}").format(phone=org.phone))
        if org.counter:
            contact.append(org.counter)
        if contact:
            items.append(
                self.paragraph("  ·  ".join(contact), field=translate("Document", "Phone"),
                               style=s.org_detail)
            )
        return items

    def title(self, text: str) -> Paragraph:
        """The document's title, centred and large."""
        return self.paragraph(text, field=translate("Document", "Title"), style=self.styles.title)

    def rule(self, *, space: float = 2 * mm, thickness: float = 0.8,
             color: colors.Color = INK) -> HRFlowable:
        """A full-width horizontal line."""
        return HRFlowable(width="100%", thickness=thickness, color=color, spaceBefore=space,
                          spaceAfter=space)

    def spacer(self, height: float) -> Spacer:
        """Vertical space of ``height`` points."""
        return Spacer(1, height)

    def table_style(self, commands: Sequence[tuple]) -> TableStyle:
        """A TableStyle whose plain-string cells use the embedded font.

        Tables draw plain-string cells (even empty ones) in Helvetica unless told otherwise,
        which would add a non-embedded standard font to the PDF.
        """
        size = self.geometry.base_size
        return TableStyle([("FONT", (0, 0), (-1, -1), FONT_NAME, size, size * 1.3), *commands])

    def key_values(self, rows: Iterable[KeyValue], *, label_width: float | None = None) -> Table:
        """A two-column label/value table whose values wrap (Chinese included).

        Args:
            rows: The rows, in print order.
            label_width: Width of the label column; defaults to a share of the page.
        """
        s = self.styles
        width = self.geometry.frame_width
        if label_width is None:
            label_width = min(max(width * 0.3, 20 * mm), 38 * mm)
        padding = 1.6
        data = []
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 2 * mm),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ("LINEBELOW", (0, 0), (-1, -2), 0.25, HAIRLINE),
        ]
        for index, row in enumerate(rows):
            value_style = s.value_large if row.large else s.body
            data.append([
                self.paragraph(row.label, field=row.label, style=s.label),
                self.paragraph(row.value, field=row.label, style=value_style),
            ])
            # A paragraph's first baseline sits one font size below its top: push the
            # smaller label down so label and value share a baseline.
            shift = max(value_style.fontSize - s.label.fontSize, 0)
            commands.append(("TOPPADDING", (0, index), (0, index), padding + shift))
        table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
        table.setStyle(self.table_style(commands))
        return table

    def signature_line(self, label: str, *, height: float = 11 * mm) -> Table:
        """A label followed by a line to sign on, with room above the line for the pen."""
        s = self.styles
        width = self.geometry.frame_width
        label_width = min(max(width * 0.3, 20 * mm), 38 * mm)
        table = Table(
            [[self.paragraph(label, field=label, style=s.label), ""]],
            colWidths=[label_width, width - label_width],
            rowHeights=[height],
            hAlign="LEFT",
        )
        table.setStyle(self.table_style([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LINEBELOW", (1, 0), (1, 0), 0.8, INK),
        ]))
        return table

    def note(self, text: str) -> Paragraph:
        """A small centred remark (instructions to the visitor)."""
        return self.paragraph(text, field=translate("Document", "Note"), style=self.styles.note)

    def mark_bands(self) -> list[Flowable]:
        """Every mark the document carries as a band, each with a little space below."""
        bands: list[Flowable] = []
        for mark in self.marks:
            bands += [self.mark(mark), self.spacer(1.5 * mm)]
        return bands

    def mark(self, mark: Mark) -> Table:
        """``mark`` as a full-width band in large type: framed, or white on black.

        Each line shrinks to fit the width (down to 70 %) before it wraps, so a short mark
        is as large as the page allows and a long one still reads at a glance.
        """
        s = self.styles
        width = self.geometry.frame_width
        padding = 1.8 * mm
        color = colors.white if mark.inverted else INK
        # A band that stops a guard is the largest type on the page; a copy's frame is
        # clear at the title's size and takes less of a sheet that must stay one page.
        base = ParagraphStyle("mark", parent=s.big if mark.inverted else s.title,
                              textColor=color)
        lines = [line for line in mark.text.splitlines() if line.strip()] or [mark.text]
        cell = [self.paragraph(line, field=translate("Document", "Mark"),
                               style=self.fit_style(base, line, width - 2 * padding,
                                                    min_scale=0.7))
                for line in lines]
        band = Table([[cell]], colWidths=[width], hAlign="CENTER")
        commands: list[tuple] = [
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), padding * 0.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ]
        if mark.inverted:
            commands.append(("BACKGROUND", (0, 0), (-1, -1), INK))
        else:
            commands.append(("BOX", (0, 0), (-1, -1), 2.2, INK))
        band.setStyle(self.table_style(commands))
        return band

    # -- codes -----------------------------------------------------------------------------

    def default_qr_size(self) -> float:
        """QR side (quiet zone included) that scans reliably on this paper."""
        return {Paper.ROLL80: 42 * mm, Paper.A6: 34 * mm}.get(self.geometry.paper, 38 * mm)

    def qr_code(self, value: str, *, size: float | None = None) -> Drawing:
        """A QR code of ``value`` as a centred flowable.

        Args:
            value: The payload (keep it short and free of personal data).
            size: Side in points, quiet zone included; defaults to :meth:`default_qr_size`.
        """
        if not value:
            raise ValueError("QR code needs a value")
        size = min(size or self.default_qr_size(), self.geometry.frame_width)
        # Level M survives smudges and a worn thermal head; the 4-module quiet zone is the
        # ISO 18004 minimum, so the code scans even when printed next to other ink.
        widget = QrCodeWidget(value, barWidth=size, barHeight=size, barBorder=4, barLevel="M")
        drawing = Drawing(size, size, initialFontName=FONT_NAME)
        drawing.add(widget)
        drawing.hAlign = "CENTER"
        return drawing

    def number_with_qr(self, number: str, *, label: str) -> list[Flowable]:
        """A pass's number in large type with a QR code that carries the number only.

        On a roll the code stands above the number (the roll is narrow); on a sheet they
        sit side by side, ``label`` above the number (a short sheet saves height).

        Args:
            number: The pass number, printed and encoded.
            label: What the number is ("Pass number"), already translated.
        """
        qr = self.qr_code(number)
        if self.geometry.is_roll:
            big = self.fit_style(self.styles.big, number, self.geometry.frame_width)
            return [qr, self.paragraph(number, field=label, style=big)]
        gap = 3 * mm
        text_width = self.geometry.frame_width - qr.width - gap
        big_left = self.fit_style(
            ParagraphStyle("big_left", parent=self.styles.big, alignment=TA_LEFT), number,
            text_width)
        text = [self.paragraph(label, field=label, style=self.styles.label),
                self.paragraph(number, field=label, style=big_left)]
        table = Table([[qr, text]], colWidths=[qr.width + gap, text_width], hAlign="LEFT")
        table.setStyle(self.table_style([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [table]

    def barcode(self, value: str, *, human_readable: bool = True,
                bar_height: float = 12 * mm) -> Flowable:
        """A centred Code128 barcode of ``value``, narrowed if needed to fit the page.

        Args:
            value: Printable ASCII only (Code128 cannot carry Chinese).
            human_readable: Print ``value`` under the bars in the embedded font.
            bar_height: Height of the bars in points.

        Raises:
            ValueError: ``value`` is empty, not printable ASCII, or too long to print with
                bars a scanner can still resolve on this paper.
        """
        code = code128_symbol(value, self.geometry.frame_width, bar_height=bar_height)
        if code is None:
            raise ValueError(f"{value!r} is too long for a barcode on {self.geometry.paper}")
        text = self.clean(value, translate("Document", "Barcode")) if human_readable else ""
        return _Barcode(code, text, self.styles.small.fontSize)


def code128_symbol(value: str, width: float, *, bar_height: float = 12 * mm,
                   ) -> Code128Auto | None:
    """A Code128 symbol of ``value`` at most ``width`` wide (quiet zones included), or None
    when its bars would have to be narrower than a scanner resolves.

    Raises:
        ValueError: ``value`` is empty or not printable ASCII (Code128 cannot carry
            Chinese).
    """
    if not value or not all(" " <= c <= "~" for c in value):
        raise ValueError(f"Code128 needs printable ASCII, got {value!r}")

    def symbol(bar_width: float) -> Code128Auto:
        # Quiet zones of 10 modules (the Code128 minimum) scale with the bars, so the
        # whole symbol narrows in proportion when it has to fit a 72 mm roll.
        quiet = 10 * bar_width
        return Code128Auto(value, barWidth=bar_width, barHeight=bar_height, lquiet=quiet,
                           rquiet=quiet, humanReadable=0, fontName=FONT_NAME)

    code = symbol(BARCODE_MODULE)
    if code.width > width:
        bar_width = BARCODE_MODULE * width / code.width
        if bar_width < BARCODE_MIN_MODULE:
            return None
        code = symbol(bar_width)
    return code


Content = Callable[[DocumentBuilder], Iterable[Flowable]]
"""Builds a document's body; called once per layout pass, so it must not keep state."""


class _EndMarker(Flowable):
    """Zero-size flowable that notes where the story ended (to size a roll's page)."""

    def __init__(self) -> None:
        super().__init__()
        self.y: float | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self.y = y

    def draw(self) -> None:
        pass


@dataclass
class _Pass:
    """Outcome of one layout pass."""

    pdf: bytes
    pages: int
    end_y: float | None
    warnings: list[GlyphWarning]


def _layout(geometry: PageGeometry, page_height: float, *, org: OrgInfo, title: str,
            content: Content, printed_at: str, total_pages: int | None, strict: bool,
            header: bool, one_page: bool, pdf_title: str, marks: tuple[Mark, ...],
            footer_note: str = "", footer: bool = True, mark_bands: bool = True) -> _Pass:
    """Lay the document out once on pages of ``page_height`` and return the PDF bytes."""
    builder = DocumentBuilder(geometry, strict=strict)
    builder.marks = marks
    s = builder.styles
    story: list[Flowable] = []
    if header:
        story += builder.org_header(org)
        story.append(builder.rule(space=1.6 * mm))
        story.append(builder.title(title))
        story.append(builder.spacer(1.5 * mm))
    if mark_bands:
        story += builder.mark_bands()
    story += list(content(builder))
    if one_page:
        frame_height = page_height - geometry.top - geometry.bottom
        story = [KeepInFrame(geometry.frame_width, frame_height, story, mode="shrink")]
    marker = _EndMarker()
    story.append(marker)

    printed_line = (translate("Document", "Printed {time} by {operator}").format(
        time=printed_at, operator=org.operator) if org.operator
        else translate("Document", "Printed {time}").format(time=printed_at))
    stamps = list(dict.fromkeys(mark.footer for mark in marks if mark.footer))
    printed = builder.clean("  ·  ".join([*stamps, printed_line]),
                            translate("Document", "Footer"))
    page_of = builder.clean(translate("Document", "Page {page} of {pages}"),
                            translate("Document", "Footer"))
    note = builder.clean(footer_note, translate("Document", "Footer")) if footer_note else ""
    seen_pages = 0

    def draw_footer(canv: Canvas, doc: BaseDocTemplate) -> None:
        nonlocal seen_pages
        seen_pages = max(seen_pages, canv.getPageNumber())
        if not footer:
            return
        canv.saveState()
        canv.setFont(FONT_NAME, s.footer_size)
        canv.setFillColor(MUTED)
        y = geometry.bottom * 0.45
        canv.drawString(geometry.left, y, printed)
        if total_pages and total_pages > 1:
            text = page_of.format(page=canv.getPageNumber(), pages=total_pages)
            canv.drawRightString(geometry.width - geometry.right, y, text)
        if note:
            # One line above the print time, on every page: pages of a list get separated.
            canv.drawString(geometry.left, y + s.footer_size * 1.4, note)
        canv.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(geometry.width, page_height),
        leftMargin=geometry.left,
        rightMargin=geometry.right,
        topMargin=geometry.top,
        bottomMargin=geometry.bottom,
        title=pdf_title,
        author=org.name,
        creator=CREATOR,
        # The canvas would otherwise select Helvetica at the start of every page, which puts
        # a non-embedded standard font into the PDF.
        initialFontName=FONT_NAME,
        initialFontSize=geometry.base_size,
    )
    frame = Frame(geometry.left, geometry.bottom, geometry.frame_width,
                  page_height - geometry.top - geometry.bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=draw_footer)])
    doc.build(story)
    return _Pass(buffer.getvalue(), seen_pages, marker.y, builder.warnings)


def render(out: Path, *, paper: Paper, org: OrgInfo, title: str, content: Content,
           now: dt.datetime | None = None, strict: bool = False, header: bool = True,
           one_page: bool = False, pdf_title: str | None = None,
           marks: Sequence[Mark] = (), footer_note: str = "",
           landscape: bool = False, footer: bool = True,
           mark_bands: bool = True) -> RenderResult:
    """Lay out a document and write it to ``out`` atomically.

    The org header and ``title`` come first (unless ``header`` is False), then the body
    from ``content``, and a footer with the print time on every page ("Page X of Y" when
    there is more than one page). A roll's page is exactly as long as its content (at
    least :data:`ROLL_MIN_HEIGHT`). Marks (the document's own ``marks``, then those of an
    enclosing :func:`marked` block) print as bands under the title and at the start of every
    footer. Nothing is written if anything fails.

    Args:
        out: Target PDF path; an existing file is replaced only on success.
        paper: The paper to lay out for.
        org: The organisation printed in the header and set as the PDF author.
        title: Printed title and PDF title (already translated).
        content: Builds the body from a :class:`DocumentBuilder`; may run more than once.
        now: Print time (aware); defaults to the current time.
        strict: Raise :class:`UnprintableText` instead of printing placeholders.
        header: Print the org header and title.
        one_page: Shrink the content to fit one page (ignored for a roll).
        pdf_title: Title in the PDF's metadata; defaults to ``title``.
        marks: The document's own marks (a pass that is no longer valid).
        footer_note: One line printed on every page above the print time (already
            translated), e.g. that a list holds personal data.
        landscape: Turn the sheet sideways (a list with many columns); not for a roll.
        footer: Print the footer (False for a label, which is all code and tag).
        mark_bands: Print the marks as bands under the title. False when the content
            places them itself from :attr:`DocumentBuilder.marks`: a pre-printed form has no
            room for a band, and a batch of one page per unit repeats them on every page.

    Returns:
        The written path, page count, glyph warnings and page size.

    Raises:
        UnprintableText: In strict mode, for the first text the font cannot draw.
        ValueError: ``now`` is naive.
    """
    register_font()
    out = Path(out)
    geometry = page_geometry(paper, landscape=landscape)
    printed_at = format_local(now or dt.datetime.now(dt.UTC))
    options = {"org": org, "title": title, "content": content, "printed_at": printed_at,
               "strict": strict, "header": header,
               "one_page": one_page and not geometry.is_roll, "pdf_title": pdf_title or title,
               "marks": (*marks, *_context_marks.get()), "footer_note": footer_note,
               "footer": footer, "mark_bands": mark_bands}

    if geometry.is_roll:
        # A roll has no fixed length: lay out on a very long page, see where the story
        # ended, then lay out again on a page cut just below it.
        probe = _layout(geometry, ROLL_MAX_HEIGHT, total_pages=None, **options)
        height = ROLL_MAX_HEIGHT
        if probe.pages == 1 and probe.end_y is not None:
            used = ROLL_MAX_HEIGHT - geometry.top - probe.end_y
            height = max(ROLL_MIN_HEIGHT, geometry.top + used + geometry.bottom + 2)
        result = _layout(geometry, height, total_pages=probe.pages, **options)
    else:
        height = geometry.height
        assert height is not None
        result = _layout(geometry, height, total_pages=None, **options)
        if result.pages > 1:
            # Only now is the page count known; the second pass prints "Page X of Y".
            result = _layout(geometry, height, total_pages=result.pages, **options)

    out.parent.mkdir(parents=True, exist_ok=True)
    # Readers never see a half-written PDF; a killed process's leftovers are swept first.
    write_bytes_atomically(out, result.pdf)
    return RenderResult(path=out, pages=result.pages, warnings=tuple(result.warnings),
                        page_size=(geometry.width, height))
