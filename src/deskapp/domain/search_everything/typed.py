"""What was typed into the search-everything box, read once for every finder: its words,
and the record numbers it may be.

A record number is typed whole (``SK2026-000123``, also ``sk2026000123``) or by its tail
(``123``): the tail is looked up as the number of that serial in each of the last
:data:`YEARS` years, so both are exact lookups on the number's unique index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from deskapp.domain.paging import MAX_SEARCH_WORD, MAX_SEARCH_WORDS
from deskapp.domain.text import clean_text, halfwidth

YEARS = 10  # a tail is looked for in this year's series and the nine before
TAIL_DIGITS = 6  # the widest serial (receipts and parcels: SK2026-000123)
MIN_TAIL_DIGITS = 2  # "7" alone would name a record of every series and every year

_WHOLE_NUMBER = re.compile(r"([A-Z]{1,2})(\d{4})-?(\d{1,7})")


@dataclass(frozen=True)
class Typed:
    """The search words (cleaned, half-width, bounded) and what they may number.

    Attributes:
        words: The words, each a substring every hit holds somewhere.
        text: The words joined by one space (a name, a waybill as typed).
        whole: ``(prefix, year, serial)`` when the text is one whole record number.
        tail: The serial when the text is 2–6 digits, the tail of a record number.
    """

    words: tuple[str, ...]
    text: str
    whole: tuple[str, int, int] | None = None
    tail: int | None = None

    @property
    def longest(self) -> int:
        """The length of the longest word (0 for nothing typed)."""
        return max(map(len, self.words), default=0)

    def numbers(self, prefix: str, width: int, this_year: int) -> list[str]:
        """The record numbers of the series ``prefix`` (serials ``width`` digits wide) the
        text may be: the one typed whole, or the tail's number in each recent year."""
        if self.whole is not None:
            typed_prefix, year, serial = self.whole
            return [f"{prefix}{year}-{serial:0{width}d}"] if typed_prefix == prefix else []
        if self.tail is None or self.tail >= 10 ** width:
            return []
        return [f"{prefix}{year}-{self.tail:0{width}d}"
                for year in range(this_year, this_year - YEARS, -1)]


def read_typed(raw: object) -> Typed:
    """``raw`` as the finders read it; never raises (anything not text finds nothing)."""
    if not isinstance(raw, str):
        return Typed((), "")
    words = tuple(clean_text(halfwidth(raw)).split())
    if len(words) > MAX_SEARCH_WORDS or any(len(word) > MAX_SEARCH_WORD for word in words):
        return Typed((), "")  # no search (the histories refuse it too): nothing found
    text = " ".join(words)
    whole = tail = None
    if len(words) == 1:
        word = words[0]
        if found := _WHOLE_NUMBER.fullmatch(word.upper()):
            whole = (found[1], int(found[2]), int(found[3]))
        elif word.isascii() and word.isdigit() and MIN_TAIL_DIGITS <= len(word) <= TAIL_DIGITS:
            tail = int(word)
    return Typed(words, text, whole, tail)
