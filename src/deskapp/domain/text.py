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
    value = unicodedata.normalize("NFC", value or "")
    kept = "".join(" " if ch in "\t\r\n" else ch for ch in value
                   if ch in "\t\r\n" or unicodedata.category(ch) not in _INVISIBLE)
    return re.sub(r"\s+", " ", kept).strip()


def halfwidth(value: str) -> str:
    """Full-width digits and letters (typed with a Chinese input method) as ASCII."""
    return unicodedata.normalize("NFKC", value or "")
