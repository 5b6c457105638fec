"""Cleaning what was typed: one place decides which characters a record may hold."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}  # controls, zero-width/format, surrogates, unassigned


def clean_text(value: str) -> str:
    """Single-line text as it should be stored: NFC, no control or invisible characters,
    runs of blanks folded to one space, trimmed.

    A bell, a zero-width space or a line break pasted from a chat app would otherwise be
    saved, printed as nothing and exported as a replacement mark.
    """
    kept = "".join(" " if ch in "\t\r\n" else ch for ch in value or ""
                   if ch in "\t\r\n" or unicodedata.category(ch) not in _INVISIBLE)
    # NFC last: a dropped character may have stood between a letter and its accent
    # ("A\x1f\u0300"), which compose only once it is gone.
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", kept).strip())


def halfwidth(value: str) -> str:
    """Full-width digits and letters (typed with a Chinese input method) as ASCII."""
    return unicodedata.normalize("NFKC", value or "")
