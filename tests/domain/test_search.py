"""The histories' search through the full-text index finds exactly what LIKE finds.

A word matches a record when it is a substring of one of the searched columns (ASCII case
ignored, as LIKE does) or of the pinyin of the name; the index only makes that fast. The
property tests compare every plan the search can take (read by id, walk and test against
the set of matches, walk and test each row) with a plain LIKE over the same records.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from deskapp.bootstrap import Services, build_services
from deskapp.db import dialect, ngrams
from deskapp.domain.calls.records import About, CallInput, CallQuery
from deskapp.domain.clock import Clock
from deskapp.domain.pinyin import readings
from deskapp.domain.visitors import HostRef, VisitInput, VisitQuery
from strategies import NOW, SHANGHAI

SOME = settings(max_examples=60, deadline=None)
VISIT_COLUMNS = ("name", "phone", "company", "host_label", "plate", "pass_no")
CALL_COLUMNS = ("caller_name", "phone", "about_label", "subject")
# Few letters, so that words match often and overlap in every way.
NAMES = ["张三", "李四", "王五", "长江", "行长", "张", "Anna Li", "欧阳娜娜", "ZS", "三张"]
PIECES = ["ab", "AB", "b1", "12", "-", "_", "%", "华为", "华", "为a", "x", " ", "1203", "粤B",
          "\\", "é", "三"]
DAYS = 3


# --- The n-grams, on their own --------------------------------------------------------------

alphabet = st.sampled_from(list("abAB12-_ %张三李\\") + ["é", "\U0001F600"])


@given(texts=st.lists(st.lists(alphabet, max_size=8).map("".join), min_size=1, max_size=20),
       word=st.lists(alphabet, min_size=2, max_size=6).map("".join))
@settings(max_examples=300, deadline=None)
def test_a_word_phrase_matches_exactly_the_texts_holding_the_word(texts: list[str],
                                                                  word: str) -> None:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE f USING fts5(grams, content='', columnsize=0, "
                "tokenize='ascii')")
    # Records of one to three texts each, kept apart as the index keeps them.
    records = [texts[i:i + 3] for i in range(0, len(texts), 3)]
    for number, record in enumerate(records, start=1):
        con.execute("INSERT INTO f (rowid, grams) VALUES (?, ?)",
                    (number, ngrams.document(record)))
    found = {r[0] for r in con.execute("SELECT rowid FROM f WHERE f MATCH ?",
                                       (ngrams.word_query(word),))}
    expected = {number for number, record in enumerate(records, start=1)
                if any(ngrams.fold(word) in ngrams.fold(t) for t in record)}
    assert found == expected


def test_one_character_is_not_looked_up() -> None:
    assert not ngrams.servable("张") and ngrams.servable("张三") and ngrams.servable("zs")
    with pytest.raises(ValueError):
        ngrams.word_query("a")


# --- The services, on random records --------------------------------------------------------

@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """Visits and calls over three days, their texts drawn from a few letters."""
    import random

    rng = random.Random(20261201)
    moment = [NOW - dt.timedelta(days=DAYS - 1)]
    path: Path = tmp_path_factory.mktemp("search") / "deskapp.sqlite"
    services = build_services(path, clock=Clock(lambda: moment[0], tz=SHANGHAI))

    def text(most: int = 3) -> str:
        return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, most))).strip()

    for number in range(90):
        moment[0] = NOW - dt.timedelta(minutes=40 * (90 - number))
        services.visitors.check_in(VisitInput(
            name=rng.choice(NAMES) + (text(1) if rng.random() < 0.3 else ""),
            phone=rng.choice(["", "13800001203", "13912345678", "0755-12345678"]),
            company=text(), plate=rng.choice(["", "粤B12AB", "京A1234"]),
            party_size=rng.randint(1, 3), host=HostRef(text() or "x"),
            again_while_on_site=True))
        if number % 2:
            services.calls.log_call(CallInput(
                subject=text() or "咨询", caller_name=rng.choice(NAMES + [""]),
                phone=rng.choice(["", "13800001203", "010-88886666"]),
                about=About(text())))
    yield services
    services.close()


@contextmanager
def plan(few: int, many: int) -> Iterator[None]:
    """Make the search take another plan on this small file."""
    saved = dialect.FEW_MATCHES, dialect.MANY_MATCHES
    dialect.FEW_MATCHES, dialect.MANY_MATCHES = few, many
    try:
        yield
    finally:
        dialect.FEW_MATCHES, dialect.MANY_MATCHES = saved


def like_ids(db: Path, table: str, columns: tuple[str, ...], word: str) -> set[int]:
    """The records whose columns hold ``word`` as plain LIKE finds them (no index)."""
    pattern = "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"
    con = sqlite3.connect(db)
    try:
        where = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns)
        return {r[0] for r in con.execute(f"SELECT id FROM {table} WHERE {where}",
                                          [pattern] * len(columns))}
    finally:
        con.close()


def pinyin_ids(db: Path, table: str, name: str, word: str) -> set[int]:
    """The records whose name reads (full pinyin or initials) with ``word`` in it."""
    con = sqlite3.connect(db)
    try:
        folded = ngrams.fold(word)
        return {record_id for record_id, value in con.execute(f"SELECT id, {name} FROM {table}")
                if any(folded in reading for reading in readings(value))}
    finally:
        con.close()


def expected(db: Path, table: str, columns: tuple[str, ...], words: list[str],
             in_range: set[int]) -> set[int]:
    found = set(in_range)
    for word in words:
        found &= like_ids(db, table, columns, word) | pinyin_ids(db, table, columns[0], word)
    return found


def ids_in_range(db: Path, table: str, column: str, first: dt.date, last: dt.date) -> set[int]:
    start, end = Clock(tz=SHANGHAI).day_bounds(first, last)
    con = sqlite3.connect(db)
    try:
        stamps = [t.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
                  for t in (start, end)]
        return {r[0] for r in con.execute(
            f"SELECT id FROM {table} WHERE {column} >= ? AND {column} < ?", stamps)}
    finally:
        con.close()


piece_words = st.lists(st.sampled_from(PIECES + ["z", "s", "zs", "zhang", "chang", "hang",
                                                  "li", "SAN", "ouyang", "oy", "ANNA"]),
                       min_size=1, max_size=3).map("".join)
plans = st.sampled_from([(5000, 100_000), (0, 100_000), (0, 0), (2, 3)])
day_ranges = st.tuples(st.integers(0, DAYS - 1), st.integers(0, DAYS - 1)).map(sorted)


def searched_texts(db: Path) -> list[str]:
    """Every searched text of the file and the names' pinyin: words are cut from these."""
    con = sqlite3.connect(db)
    try:
        found = {value for table, columns in (("visit", VISIT_COLUMNS), ("call", CALL_COLUMNS))
                 for row in con.execute(f"SELECT {', '.join(columns)} FROM {table}")
                 for value in row}
    finally:
        con.close()
    found |= {reading for value in list(found) for reading in readings(value)}
    return sorted(t for t in found if t)


def words_from(texts: list[str]) -> st.SearchStrategy[list[str]]:
    """Search words: mostly pieces of real texts (any case), some made up."""
    cut = st.sampled_from(texts).flatmap(lambda t: st.tuples(
        st.just(t), st.integers(0, len(t) - 1), st.integers(1, 5))).map(
        lambda c: c[0][c[1]:c[1] + c[2]])
    cased = st.tuples(cut, st.booleans()).map(lambda c: c[0].upper() if c[1] else c[0])
    word = st.one_of(cased, cased, cased, piece_words).map(str.strip).filter(
        lambda w: w and " " not in w)
    return st.lists(word, min_size=1, max_size=3)


@given(data=st.data(), few_many=plans, days=day_ranges)
@SOME
def test_visit_search_finds_what_like_finds(desk: Services, data: st.DataObject,
                                            few_many: tuple[int, int], days: list[int]) -> None:
    words = data.draw(words_from(searched_texts(desk.db_path)))
    today = desk.clock.today()
    first, last = (today - dt.timedelta(days=DAYS - 1 - d) for d in days)
    query = VisitQuery(first, last, " ".join(words))
    with plan(*few_many):
        shown, after = [], None
        while True:  # every page, in small pages
            page = desk.visitors.page(query, after, limit=7)
            shown += page
            if len(page) < 7:
                break
            after = desk.visitors.cursor_after(page[-1], query)
        visits, people = desk.visitors.count(query)
    ids = [row.id for row in shown]
    assert len(ids) == len(set(ids))
    in_range = ids_in_range(desk.db_path, "visit", "time_in", first, last)
    assert set(ids) == expected(desk.db_path, "visit", VISIT_COLUMNS, words, in_range)
    event("found none" if not ids else "found one page" if len(ids) < 7 else "found pages")
    assert [r.time_in for r in shown] == sorted((r.time_in for r in shown), reverse=True)
    assert (visits, people) == (len(ids), sum(r.party_size for r in shown))


@given(data=st.data(), few_many=plans)
@SOME
def test_call_search_finds_what_like_finds(desk: Services, data: st.DataObject,
                                           few_many: tuple[int, int]) -> None:
    words = data.draw(words_from(searched_texts(desk.db_path)))
    today = desk.clock.today()
    query = CallQuery(today - dt.timedelta(days=DAYS), today, " ".join(words))
    with plan(*few_many):
        shown = desk.calls.page(query, limit=500)
        summary = desk.calls.count(query)
    in_range = ids_in_range(desk.db_path, "call", "started_at", query.first_day, today)
    assert {row.id for row in shown} == expected(desk.db_path, "call", CALL_COLUMNS, words,
                                                 in_range)
    assert summary.calls == len(shown)
    event("found none" if not shown else "found some")


# --- What the receptionist types ------------------------------------------------------------

def names(services: Services, text: str, days: int = 0) -> list[str]:
    today = services.clock.today()
    return sorted(r.name for r in services.visitors.page(
        VisitQuery(today - dt.timedelta(days=days), today, text)))


def test_pinyin_finds_the_name(services: Services, now) -> None:
    for name, phone in (("张三", "13800001111"), ("李四", "13900002222"), ("Anna", "")):
        services.visitors.check_in(VisitInput(name=name, phone=phone, host=HostRef("1203")))
    assert names(services, "zs") == ["张三"]
    assert names(services, "ZS") == ["张三"]  # typed with Caps Lock
    assert names(services, "zhangsan") == ["张三"] and names(services, "zhang") == ["张三"]
    assert names(services, "ls 2222") == ["李四"]
    assert names(services, "ann") == ["Anna"]
    assert names(services, "sz") == []
    services.calls.log_call(CallInput(subject="报修", caller_name="王五", phone="13700003333"))
    today = services.clock.today()
    assert [c.caller_name for c in services.calls.page(CallQuery(today, today, "ww"))] == [
        "王五"]


def test_single_characters_still_search(services: Services, now) -> None:
    for name, company in (("张三", "华为"), ("李四", "腾讯"), ("张伟", "")):
        services.visitors.check_in(VisitInput(name=name, company=company, host=HostRef("x")))
        now.advance(minutes=1)
    assert names(services, "张") == ["张三", "张伟"]
    assert names(services, "张 华为") == ["张三"]  # a word for the index beside one without
    assert names(services, "华为 三") == ["张三"]
    assert names(services, "z") == ["张三", "张伟"]  # one letter: the initials too
    assert names(services, "x 张") == ["张三", "张伟"]
    assert names(services, "三 四") == []


def test_a_search_reaches_back_over_the_years(services: Services, now) -> None:
    services.visitors.check_in(VisitInput(name="欧阳娜娜", phone="13811112222",
                                          host=HostRef("x")))
    now.advance(days=400)
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    assert names(services, "欧阳", days=500) == ["欧阳娜娜"]
    assert names(services, "1111", days=500) == ["欧阳娜娜"]
    assert names(services, "oyn", days=500) == ["欧阳娜娜"]
    assert names(services, "欧阳") == []  # not today


def test_a_check_in_that_fails_leaves_no_index_entry(services: Services,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from deskapp.domain.visitors import check_in

    def broken(*_args: object) -> None:
        raise RuntimeError("the disk is gone")

    monkeypatch.setattr(check_in, "index_records", broken)
    with pytest.raises(RuntimeError):
        services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    monkeypatch.undo()
    assert names(services, "张三") == [] and not services.visitors.has_visits()
    row = services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    assert names(services, "张三") == ["张三"]
    assert row.pass_no.endswith("-0001")  # the failed save took no number


def test_every_record_is_in_the_index(services: Services) -> None:
    from processes import search_index_matches_records

    services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    services.calls.log_call(CallInput(subject="报修"))
    if services.db_path is not None:
        search_index_matches_records(services.db_path)
        return
    from sqlalchemy import text

    from deskapp.db.dialect import SEARCH_INDEXES
    from deskapp.db.ngrams import word_tokens

    with services.engine.connect() as conn:  # PostgreSQL: the n-grams beside each record
        for index in SEARCH_INDEXES:
            records = set(conn.execute(text(f"SELECT id FROM {index.record_table}")).scalars())
            indexed = dict(conn.execute(text(f"SELECT id, grams FROM {index.readings.name}")).all())
            assert set(indexed) == records and all(indexed.values())
        [grams] = conn.execute(text(f"SELECT grams FROM {SEARCH_INDEXES[0].readings.name}")).one()
    assert set(word_tokens("张三")) <= set(grams)
