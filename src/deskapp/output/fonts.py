"""The one font every printed document uses, and which characters it can draw.

Besides the shipped font, documents use one tiny derived font for the placeholder: the shipped
font's □ is a small geometric shape (less than half the height of a Han character), so a name
printed with it looks like a character with a stray dot, and enlarging it with a bigger font
size pushes the whole line down through the rule below it. :func:`register_placeholder_font`
builds, in memory, a font holding only that □ scaled to the box of a Han character, with the
shipped font's line metrics: printed at the text's own size it sits on the same baseline, as
tall as its neighbours, and the line keeps its height. The PDF's text layer still reads □.
"""

from __future__ import annotations

import io
import threading
import unicodedata
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from deskapp.paths import resource_path

FONT_NAME = "DeskappSans"
"""The name documents pass to ReportLab styles and canvases."""

FONT_FILE_PARTS = ("fonts", "wqy-microhei.ttc")
SUBFONT_INDEX = 0  # member 0 of the TTC is WenQuanYi Micro Hei (1 is the monospaced variant)

PLACEHOLDER = "\u25a1"  # □ WHITE SQUARE: drawn instead of a character the font lacks
"""Printed in place of every character the font cannot draw (the font has this one)."""

PLACEHOLDER_FONT_NAME = "DeskappPlaceholder"
"""The font that draws :data:`PLACEHOLDER` the size of a Han character (see the module notes)."""

# The Han character whose outline gives the placeholder its box: 国 fills the ideographic
# box (囗 is its frame), so the placeholder is exactly as tall as a full-size character.
_REFERENCE_HAN = "\u56fd"

# Categories that never need a glyph: ReportLab lays out whitespace itself and drops
# control/format characters (tabs, zero-width joiners) without any visible loss.
_IGNORED_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})

_lock = threading.Lock()
_registered = False
_placeholder_registered = False
_codepoints: frozenset[int] | None = None


def font_file() -> Path:
    """The shipped font file, so the interface can load the very font the PDFs embed.

    Returns:
        Path of the TrueType collection (use member :data:`SUBFONT_INDEX`).
    """
    return resource_path(*FONT_FILE_PARTS)


def register_font() -> str:
    """Register the shipped font with ReportLab once; later calls do nothing.

    Safe to call from several threads. There is no bold face, so the family maps bold and
    italic onto the regular face: a stray ``<b>`` in a Paragraph then keeps the embedded
    font instead of failing or falling back to a non-embedded standard font.

    Returns:
        The registered font name, :data:`FONT_NAME`.

    Raises:
        FileNotFoundError: The font file is missing from the resources folder.
    """
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            path = font_file()
            if not path.is_file():
                raise FileNotFoundError(f"Printer font not found: {path}")
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=SUBFONT_INDEX))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
            _registered = True
    return FONT_NAME


def register_placeholder_font() -> str:
    """Build and register :data:`PLACEHOLDER_FONT_NAME` once; later calls do nothing.

    Safe to call from several threads. Built on first use (a few milliseconds), since most
    documents never need it.

    Returns:
        The registered font name, :data:`PLACEHOLDER_FONT_NAME`.
    """
    global _placeholder_registered
    if _placeholder_registered:
        return PLACEHOLDER_FONT_NAME
    with _lock:
        if not _placeholder_registered:
            data = build_placeholder_font()
            pdfmetrics.registerFont(TTFont(PLACEHOLDER_FONT_NAME, io.BytesIO(data)))
            _placeholder_registered = True
    return PLACEHOLDER_FONT_NAME


def build_placeholder_font() -> bytes:
    """A TrueType font with one glyph: the shipped font's □, enlarged to a Han character's box.

    The square is as tall as the reference Han character's outline and centred on it; its
    stroke grows with it, to about the weight of a Han stroke. Units per em, ascent, descent
    and line gap are the shipped font's, so ReportLab lays out a line holding the placeholder
    exactly as it lays out the same line with a Han character in its place. The advance is a
    full em, like a Han character's.

    Returns:
        The font file's bytes.
    """
    with FontToolsFont(str(font_file()), fontNumber=SUBFONT_INDEX, lazy=True) as source:
        cmap = source.getBestCmap()
        glyphs = source.getGlyphSet()
        units = source["head"].unitsPerEm
        hhea, os2 = source["hhea"], source["OS/2"]

        def bounds(char: str) -> tuple[int, int, int, int]:
            pen = BoundsPen(glyphs)
            glyphs[cmap[ord(char)]].draw(pen)
            assert pen.bounds is not None, char
            return pen.bounds

        _, han_bottom, _, han_top = bounds(_REFERENCE_HAN)
        box_left, box_bottom, box_right, box_top = bounds(PLACEHOLDER)
        scale = (han_top - han_bottom) / (box_top - box_bottom)
        width = (box_right - box_left) * scale
        dx = (units - width) / 2 - box_left * scale
        dy = han_bottom - box_bottom * scale
        pen = TTGlyphPen(None)
        glyphs[cmap[ord(PLACEHOLDER)]].draw(TransformPen(pen, (scale, 0, 0, scale, dx, dy)))
        square = pen.glyph()

        builder = FontBuilder(units, isTTF=True)
        builder.setupGlyphOrder([".notdef", "placeholder"])
        builder.setupCharacterMap({ord(PLACEHOLDER): "placeholder"})
        builder.setupGlyf({".notdef": TTGlyphPen(None).glyph(), "placeholder": square})
        builder.setupHorizontalMetrics({".notdef": (units, 0),
                                        "placeholder": (units, square.xMin)})
        builder.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent,
                                      lineGap=hhea.lineGap)
        builder.setupNameTable({
            "familyName": "Deskapp Placeholder",
            "styleName": "Regular",
            "psName": PLACEHOLDER_FONT_NAME,
            "copyright": "The WHITE SQUARE of WenQuanYi Micro Hei, enlarged by deskapp; "
                         "Apache License 2.0",
        })
        builder.setupOS2(
            usWeightClass=os2.usWeightClass, fsType=0,  # installable: may be embedded
            sTypoAscender=os2.sTypoAscender, sTypoDescender=os2.sTypoDescender,
            sTypoLineGap=os2.sTypoLineGap, usWinAscent=os2.usWinAscent,
            usWinDescent=os2.usWinDescent, sxHeight=getattr(os2, "sxHeight", 0),
            sCapHeight=getattr(os2, "sCapHeight", 0),
        )
        builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


def _font_codepoints() -> frozenset[int]:
    """Every code point the font maps to a glyph (read once, then cached)."""
    global _codepoints
    if _codepoints is None:
        with _lock:
            if _codepoints is None:
                # lazy=True reads only the tables asked for; the cmap is all we need.
                with FontToolsFont(str(font_file()), fontNumber=SUBFONT_INDEX, lazy=True) as ft:
                    _codepoints = frozenset(ft.getBestCmap())
    return _codepoints


def missing_glyphs(text: str) -> list[str]:
    """The characters of ``text`` the printer font cannot draw.

    ReportLab silently drops such characters, so callers check every value first.
    Whitespace and control/format characters are ignored.

    Args:
        text: Any text about to be printed.

    Returns:
        Each missing character once, in order of first appearance (empty if all print).
    """
    if not text:
        return []
    covered = _font_codepoints()
    missing: list[str] = []
    for char in text:
        if ord(char) in covered or char in missing:
            continue
        if unicodedata.category(char) in _IGNORED_CATEGORIES:
            continue
        missing.append(char)
    return missing


def replace_missing(text: str) -> tuple[str, list[str]]:
    """``text`` with every undrawable character replaced by :data:`PLACEHOLDER`.

    Args:
        text: Any text about to be printed.

    Returns:
        The printable text and the characters that were replaced (as from
        :func:`missing_glyphs`).
    """
    missing = missing_glyphs(text)
    if not missing:
        return text, []
    return "".join(PLACEHOLDER if c in missing else c for c in text), missing
