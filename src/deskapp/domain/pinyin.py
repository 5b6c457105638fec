"""Search keys with pinyin, so ``zs`` or ``zhangsan`` finds 张三."""

from __future__ import annotations

import re
from functools import lru_cache

_NOT_LETTERS = re.compile("[^a-z]+")
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=4096)
def _readings(text: str) -> tuple[str, str]:
    # pypinyin loads its dictionaries in ~0.3 s: only when a key is written, not at start-up.
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(text, errors="ignore")
    # The initials are each syllable's first letter (pypinyin's FIRST_LETTER style gives
    # the same for every CJK character; reading once halves the time of a re-index).
    full = "".join(syllables)
    initials = "".join(syllable[:1] for syllable in syllables)
    return full.lower(), initials.lower()


def warm_up() -> None:
    """Load pypinyin's dictionaries now (~0.3 s), so the first save need not wait for them."""
    _readings("张三")


def readings(text: str) -> tuple[str, ...]:
    """The full pinyin and the initials of ``text`` (``("zhangsan", "zs")`` for 张三), in
    the letters a–z only; nothing when ``text`` has no Chinese character to read."""
    text = (text or "").strip()
    if not text:
        return ()
    full, initials = _readings(text)
    if not full or full == text.lower():
        return ()
    return tuple(_NOT_LETTERS.sub("", reading) for reading in (full, initials))


def sort_key(text: str, stored_key: str) -> tuple[str, str]:
    """Order as a Chinese reader expects, by pinyin: 保安部 before 工程部 before 客服中心
    (by code point 客 came before 工); Latin names sort among them by their letters.

    ``stored_key`` is the :func:`search_key` saved with the record (its first text being
    ``text``): its reading is used, so ordering at start-up loads no dictionary.
    """
    text = (text or "").strip()
    lowered = text.lower()
    reading = lowered
    if _CJK.search(text) and stored_key.startswith(lowered + " "):
        reading = stored_key[len(lowered) + 1:].split(" ", 1)[0]
    return reading, text


def search_key(*texts: str) -> str:
    """Lower-case text plus full pinyin and initials of each part, space separated."""
    parts: list[str] = []
    for text in texts:
        text = (text or "").strip()
        if not text:
            continue
        parts.append(text.lower())
        full, initials = _readings(text)
        if full and full != text.lower():
            parts.extend([full, initials])
    return " ".join(parts)


def matches(key: str, typed: str) -> bool:
    """True when every blank-separated word typed occurs somewhere in ``key``."""
    words = typed.lower().split()
    return all(word in key for word in words)
