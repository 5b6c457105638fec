"""Search words as n-grams: what the full-text index stores, and how a word is looked up.

No SQL here (the statements are in :mod:`deskapp.db.dialect`); this is the arithmetic that
makes a full-text match mean exactly "the word is a substring of one of the texts".

A text is indexed as one token per character: the n-gram that starts there, three
characters long from an ASCII character (digits and letters are a small alphabet, so it
takes three to be selective), two from any other (a Chinese name is often two
characters), cut short at the end of the text. Texts of one record are kept apart by a
separator token, so no phrase runs from one text into the next.

A word is looked up as the phrase of its own n-grams, for every position whose n-gram lies
inside the word; when those do not reach its end, the rest of the word is added as a
prefix token. The phrase then matches a record exactly when the word occurs in one of its
texts (see the module's tests for the proof by example):

- the n-gram at each position depends only on the characters from there on, so where the
  word occurs, the record's tokens at those positions are the word's own;
- consecutive full n-grams overlap, so matching them at consecutive positions spells out
  the word up to where they reach, and the prefix token spells out the rest.

Tokens are the hex digits of the n-gram's UTF-8 bytes: any character can be indexed and
searched, the tokenizer never splits or folds a token, and a prefix of whole characters is
a prefix of the hex. ASCII letters are folded to lower case on both sides, as SQLite's LIKE
does (and only those, as LIKE does).
"""

from __future__ import annotations

import string
from functools import lru_cache

# A word shorter than this is not looked up in the index (one character matches too many
# records for the index to help); the search filters the rows for it instead.
MIN_WORD = 2
# Between two texts of one record: not a hex token, so no phrase or prefix can match it.
SEPARATOR = "x"

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def fold(text: str) -> str:
    """``text`` with ASCII letters in lower case (what SQLite's LIKE ignores)."""
    return text.translate(_ASCII_LOWER)


def _span(char: str) -> int:
    return 3 if char < "\x80" else 2


def _hex(gram: str) -> str:
    return gram.encode("utf-8", "surrogatepass").hex()


def grams(text: str) -> list[str]:
    """The n-gram starting at each character of ``text`` (folded), cut at its end."""
    folded = fold(text)
    return [folded[i:i + _span(ch)] for i, ch in enumerate(folded)]


def document(texts: list[str] | tuple[str, ...]) -> str:
    """The tokens the index stores for a record's ``texts``, separated by blanks."""
    return f" {SEPARATOR} ".join(map(_tokens, texts))


@lru_cache(maxsize=65536)  # names, companies and hosts repeat: built once each
def _tokens(text: str) -> str:
    folded = fold(text)
    if folded.isascii():  # phones, pass numbers: every n-gram is three bytes of one string
        digits = folded.encode("ascii").hex()
        return " ".join([digits[i:i + 6] for i in range(0, len(digits), 2)])
    hexed = [ch.encode("utf-8", "surrogatepass").hex() for ch in folded]
    return " ".join(["".join(hexed[i:i + _span(ch)]) for i, ch in enumerate(folded)])


def servable(word: str) -> bool:
    """Whether the index can find ``word`` (long enough; see :data:`MIN_WORD`)."""
    return len(word) >= MIN_WORD


def word_query(word: str) -> str:
    """The full-text query that matches exactly the records with ``word`` in a text.

    Raises:
        ValueError: ``word`` is shorter than :data:`MIN_WORD`.
    """
    if not servable(word):
        raise ValueError(f"a word of {len(word)} character(s) is not looked up in the index")
    folded = fold(word)
    size = len(folded)
    full: list[str] = []
    reach = 0
    for start, char in enumerate(folded):
        end = start + _span(char)
        if end > size:
            break  # spans never shrink by more than one: no later n-gram fits either
        full.append(folded[start:end])
        reach = max(reach, end)
    tokens = [_hex(g) for g in full]
    if reach < size:
        # The word's end, past the last whole n-gram: the next token starts with it.
        tokens.append(_hex(folded[len(full):]))
        return '"' + " ".join(tokens) + '" *'
    return '"' + " ".join(tokens) + '"'


def distinct_tokens(document_text: str) -> list[str]:
    """The distinct tokens of a :func:`document` (the separators left out), sorted."""
    return sorted(set(document_text.split()) - {SEPARATOR})


def word_tokens(word: str) -> list[str]:
    """The tokens of ``word``'s whole n-grams: a record holding ``word`` in one of its
    texts holds each of them (the converse needs the exact test). None for a word too
    short to hold a whole n-gram."""
    folded = fold(word)
    return [_hex(folded[start:start + _span(char)]) for start, char in enumerate(folded)
            if start + _span(char) <= len(folded)]


# What may follow an ASCII character inside an n-gram of an ASCII run: printable ASCII as
# folded (no upper-case letters).
_FOLLOWERS = "".join(ch for ch in map(chr, range(0x20, 0x7F)) if not ch.isupper())


def starting_tokens(word: str) -> list[str] | None:
    """For a word of two ASCII characters (no whole n-gram of its own): the tokens of the
    n-grams that start with it, the word followed by one more ASCII character or ending a
    text. None for any other word. (A word followed by a non-ASCII character starts an
    n-gram holding that character, which is not listed.)"""
    folded = fold(word)
    if len(folded) != 2 or not folded.isascii():
        return None
    return [_hex(folded), *(_hex(folded + ch) for ch in _FOLLOWERS)]


def all_words_query(words: list[str]) -> str:
    """The full-text query for records holding every one of ``words`` (each servable)."""
    return " AND ".join(word_query(w) for w in words)
