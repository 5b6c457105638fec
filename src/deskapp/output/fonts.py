"""The one font every printed document uses, and which characters it can draw."""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

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

# Categories that never need a glyph: ReportLab lays out whitespace itself and drops
# control/format characters (tabs, zero-width joiners) without any visible loss.
_IGNORED_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})

_lock = threading.Lock()
_registered = False
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
