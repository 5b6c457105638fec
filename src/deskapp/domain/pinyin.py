"""Search keys with pinyin, so ``zs`` or ``zhangsan`` finds 张三."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def _readings(text: str) -> tuple[str, str]:
    # pypinyin loads its dictionaries in ~0.3 s: only when a key is written, not at start-up.
    from pypinyin import Style, lazy_pinyin

    full = "".join(lazy_pinyin(text, errors="ignore"))
    initials = "".join(lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore"))
    return full.lower(), initials.lower()


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
