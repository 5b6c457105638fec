"""Hypothesis strategies for what a caller might hand a service.

Text of every kind (control characters, NUL, lone surrogates, bidi marks, emoji, other
scripts' digits, up to 100,000 characters), numbers of every type, and dates and times that
are naive, aware in any offset, or far outside the days the counter works with.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

from hypothesis import settings
from hypothesis import strategies as st

from deskapp.domain.identity import id18_check_char

# CI tests a fresh clone of every submission: there the examples are the same on each run,
# so a red run is reproducible and never the luck of a draw. A developer's runs keep drawing
# new examples (and replay any failure kept in .hypothesis/).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

SHANGHAI = dt.timezone(dt.timedelta(hours=8), "CST")
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)
TODAY = NOW.date()
# GB/T 2260 provinces, written out (deskapp.domain.identity.PROVINCE_CODES is checked
# against this list in the tests).
PROVINCES = (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
             46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82)

ODD = ("\x00", "\x07", "\x1b", "\x7f", "\n", "\r\n", "\t", "\u0085", "\u2028", "\u200b",
       "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff", "\ud800", "\udfff",
       "\U0001F600", "\U0001F468\u200d\U0001F469\u200d\U0001F467", "\u0661", "\u0967",
       "\uff11", "\u00b2", "\u2460", "\u3000", "\xa0", " ", "X", "x", "-", "%", "_", "\\",
       "'", '"', "张", "ß", "\ufb00", "\u0301", "\u0130", "\U000E0041")

pieces = st.one_of(
    st.characters(),
    st.characters(categories=["Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Nd", "No"]),
    st.sampled_from(ODD),
)
short_texts = st.lists(pieces, max_size=30).map("".join)
long_texts = st.builds(lambda piece, times: (piece * times)[:100_000],
                       st.lists(pieces, min_size=1, max_size=4).map("".join),
                       st.integers(1, 100_000))
texts = st.one_of(short_texts, short_texts, short_texts, long_texts)
not_texts = st.one_of(st.none(), st.integers(), st.floats(), st.booleans(),
                      st.binary(max_size=4), st.lists(st.integers(), max_size=2))
numbers = st.one_of(st.integers(), st.integers(-3, 60), st.floats(), st.none(), st.booleans(),
                    st.decimals(allow_nan=False, allow_infinity=False, places=1))

offsets = st.builds(dt.timezone, st.timedeltas(min_value=dt.timedelta(hours=-23, minutes=-59),
                                               max_value=dt.timedelta(hours=23, minutes=59)))
any_aware = st.datetimes(timezones=offsets)
any_naive = st.datetimes()
# Moments around now, in any offset: the ones a service should accept.
recent = st.builds(lambda minutes, tz: (NOW - dt.timedelta(minutes=minutes)).astimezone(tz),
                   st.integers(-60 * 24 * 2, 60 * 24 * 400), offsets)
past = st.builds(lambda minutes, tz: (NOW - dt.timedelta(minutes=minutes)).astimezone(tz),
                 st.integers(0, 60 * 24 * 400), offsets)
soon = st.builds(lambda minutes, tz: (NOW + dt.timedelta(minutes=minutes)).astimezone(tz),
                 st.integers(1, 60 * 24 * 400), offsets)
moments = st.one_of(st.none(), recent, soon, any_aware, any_naive, st.dates(), short_texts)
near_days = st.builds(lambda days: TODAY + dt.timedelta(days=days), st.integers(-400, 400))
days = st.one_of(near_days, near_days, st.dates(), any_naive, st.none(), short_texts)


def _with_check(first17: str) -> str:
    return first17 + id18_check_char(first17)


resident_ids = st.builds(
    lambda code, area, birth, seq: _with_check(f"{code:02d}{area:04d}{birth:%Y%m%d}{seq:03d}"),
    st.sampled_from(PROVINCES), st.integers(0, 9999),
    st.dates(dt.date(1900, 1, 1), dt.date(2020, 12, 31)), st.integers(0, 999))
mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
landlines = st.from_regex(r"0[1-9][0-9]{1,2}-?[1-9][0-9]{6,7}", fullmatch=True)
# Numbers as typed: valid ones, the same in other digits or with noise, and junk.
FOREIGN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
id_numbers = st.one_of(st.just(""), resident_ids, resident_ids.map(str.lower),
                       resident_ids.map(lambda n: n.translate(FOREIGN)),
                       st.from_regex(r"[A-Z][0-9]{8}", fullmatch=True), texts)
phones = st.one_of(st.just(""), mobiles, landlines, mobiles.map(lambda n: f"+86 {n}"),
                   mobiles.map(lambda n: n.translate(FOREIGN)),
                   mobiles.map(lambda n: n[:3] + n[3:].translate(FOREIGN)), texts)


def weighted(*choices: tuple[int, st.SearchStrategy[object]]) -> st.SearchStrategy[object]:
    """Draw from each strategy about as often as its weight says (st.one_of flattens nested
    one_of strategies and draws every leaf equally often)."""
    return st.sampled_from([s for weight, s in choices for _ in range(weight)]).flatmap(
        lambda chosen: chosen)


@st.composite
def _spoiled(draw: st.DrawFn, kind: type, valid: dict[str, st.SearchStrategy[object]],
             junk: dict[str, st.SearchStrategy[object]]) -> object:
    base = draw(st.builds(kind, **valid))
    names = draw(st.lists(st.sampled_from(sorted(junk)), min_size=1, max_size=2, unique=True))
    spoilt = {name: draw(junk[name]) for name in names}
    return base | spoilt if isinstance(base, dict) else replace(base, **spoilt)


def mostly_valid(kind: type, valid: dict[str, st.SearchStrategy[object]],
                 junk: dict[str, st.SearchStrategy[object]]) -> st.SearchStrategy[object]:
    """``kind`` built from valid fields; or with one or two fields junk; or all junk.

    Built only from junk, almost every example would be refused for some field and the
    accepting paths would go untested.
    """
    return weighted((2, st.builds(kind, **valid)), (2, _spoiled(kind, valid, junk)),
                    (1, st.builds(kind, **junk)))


clean_names = st.one_of(
    st.sampled_from(["张三", "李四", "王五", "赵六", "Anna Li", "欧阳 娜娜"]),
    # Letters, digits and spaces — never spaces alone, which is no name at all.
    st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=20)
    .filter(lambda name: name.strip()),
    st.builds(lambda a, odd, b: a + odd + b, st.sampled_from(["张", "李", "A"]),
              st.sampled_from(ODD), st.sampled_from(["三", "四", "b"])),
)
valid_id_numbers = st.one_of(st.just(""), resident_ids, resident_ids.map(str.lower))
valid_phones = st.one_of(st.just(""), mobiles, landlines, mobiles.map(lambda n: f"+86 {n}"))
