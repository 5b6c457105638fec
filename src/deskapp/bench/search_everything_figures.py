"""The search-everything figure: Ctrl+K's search of every kind of record for a few typical
texts — a name, pinyin initials, a phone's tail, a receipt number, a plate — beside the bare
tool's LIKE over the visits alone, newest first, the first five.

The bare tool is the one of :mod:`deskapp.bench.run` (its ``rows(sql, args)``).
"""

from __future__ import annotations

import re
from typing import Any

from deskapp.bench.figures import Figure, median, slowest, timed_ms

NAMES = ("search_everything_ms",)
_VISIT_SEARCHED = ("name", "phone", "company", "host_label", "plate", "pass_no")


def typical_texts(bare: Any, visits: int) -> dict[str, str]:
    """Texts taken from the data: a visitor's name, pinyin initials, a phone's last four
    digits, a receipt's number, a car's plate."""
    name = bare.rows("SELECT name FROM visit WHERE id >= ? ORDER BY id LIMIT 1",
                     (max(1, visits // 3),))[0][0]
    phone = bare.rows("SELECT phone FROM visit WHERE id >= ? AND phone != '' "
                      "ORDER BY id LIMIT 1", (max(1, visits // 2),))[0][0]
    plate = bare.rows("SELECT plate FROM visit WHERE id >= ? AND plate != '' "
                      "ORDER BY id LIMIT 1", (max(1, visits // 4),))
    receipt = bare.rows("SELECT number FROM receipt ORDER BY id DESC LIMIT 1")
    texts = {"name": name, "pinyin initials": "zs", "phone tail": phone[-4:]}
    if receipt:
        texts["receipt number"] = receipt[0][0]
    if plate:
        texts["plate"] = plate[0][0]
    return texts


def search_everything_figure(services, bare: Any, visits: int,  # type: ignore[no-untyped-def]
                             repeat: int) -> Figure:
    """Each typical text searched ``repeat`` times (the median counts); the slowest text
    is the figure."""
    words = " OR ".join(f"{column} {bare.like} ? ESCAPE '\\'" for column in _VISIT_SEARCHED)
    sql = f"SELECT id FROM visit WHERE {words} ORDER BY id DESC LIMIT 5"
    parts: dict[str, Figure] = {}
    for label, text in typical_texts(bare, visits).items():
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"
        ours, theirs = [], []
        hits = 0
        for _ in range(repeat):
            ours.append(timed_ms(lambda t=text: services.search.search(t)))
            theirs.append(timed_ms(lambda p=pattern: bare.rows(sql, [p] * len(_VISIT_SEARCHED))))
            hits = len(services.search.search(text).hits)
        parts[f"{label}: {text}"] = Figure(median(ours), median(theirs), extra={"hits": hits})
    return slowest(parts)
