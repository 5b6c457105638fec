"""The few statements that differ between SQLite and PostgreSQL, in one place.

Also the search index of the histories, which is all dialect: on SQLite an FTS5 table of
n-grams (:mod:`deskapp.db.ngrams`) beside a small table of the names' pinyin; on
PostgreSQL the same n-grams as an array in that table, under a GIN index (an array needs
no text-search parser, so Chinese is indexed whatever the server's locale). The domain
asks only two things, "index this record" (:func:`index_records`, in the record's own
transaction) and "the condition for these search words" (:func:`search_condition`); it
never sees a full-text statement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Integer,
    MetaData,
    Table,
    Text,
    and_,
    bindparam,
    exists,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from deskapp.db import ngrams


def insert_or_increment(session: Session, table: Table, key: dict[str, Any], column: str,
                        start: int = 1) -> int:
    """Add 1 to ``column`` of the row with ``key`` (created at ``start``); return the new value.

    One statement (an upsert with RETURNING), so it is atomic on both databases; run it
    inside the transaction that uses the number and a rollback gives the number back.
    """
    dialect = session.get_bind().dialect.name
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect]
    stmt = insert(table).values(**key, **{column: start})
    stmt = stmt.on_conflict_do_update(
        index_elements=list(key), set_={column: table.c[column] + 1},
    ).returning(table.c[column])
    return int(session.execute(stmt).scalar_one())


# --- The search index of a history -------------------------------------------------------

# How a search is run depends on how many records its words match, which the full-text
# index counts at once (up to MANY_MATCHES + 1). Measured on five years (``deskapp bench``;
# the figures are in README.md):
# - up to FEW_MATCHES, the ids themselves go into the query: SQLite reads a handful by id,
#   or walks the history and tests each row against the list, whichever it finds cheaper;
FEW_MATCHES = 5_000
# - up to MANY_MATCHES, the history is walked in its order and each row tested against the
#   set of matches, which SQLite builds once (a few milliseconds per ten thousand);
# - beyond, a page of matches lies within a few hundred rows of the walk: each row is tested
#   with LIKE, and no set is built at all.
MANY_MATCHES = 100_000

_metadata = MetaData()  # the index's own tables: not SQLModel's, not in Alembic's compare

# The FTS5 table's shadow tables (contentless, without column sizes): deskapp's own too.
_FTS_SHADOWS = ("data", "idx", "config")


@dataclass(frozen=True)
class SearchIndex:
    """The search index of one kind of record.

    ``readings`` holds what a record is also found by without it being one of its
    columns: the full pinyin and initials of the name (``zs`` finds 张三). The full-text
    table holds the n-grams of the searched columns and of the readings.
    """

    record_table: str
    readings: Table

    @property
    def fts_table(self) -> str:
        """The FTS5 table (SQLite)."""
        return f"{self.record_table}_search_fts"

    @property
    def grams_index(self) -> str:
        """The GIN index of the n-grams (PostgreSQL)."""
        return f"ix_{self.record_table}_search_grams"

    @property
    def tables(self) -> set[str]:
        """Every table of this index, shadow tables included."""
        return {self.readings.name, self.fts_table,
                *(f"{self.fts_table}_{shadow}" for shadow in _FTS_SHADOWS)}


def _readings_table(record_table: str) -> Table:
    return Table(f"{record_table}_search", _metadata,
                 Column("id", Integer, primary_key=True, autoincrement=False),
                 Column("readings", Text, nullable=False))


VISIT_SEARCH = SearchIndex("visit", _readings_table("visit"))
CALL_SEARCH = SearchIndex("call", _readings_table("call"))
REQUEST_SEARCH = SearchIndex("request", _readings_table("request"))
KEY_LOAN_SEARCH = SearchIndex("keyloan", _readings_table("keyloan"))
SEARCH_INDEXES = (VISIT_SEARCH, CALL_SEARCH, REQUEST_SEARCH, KEY_LOAN_SEARCH)


def search_tables() -> set[str]:
    """Every table of the search indexes: deskapp's own, though no SQLModel table."""
    return {name for index in SEARCH_INDEXES for name in index.tables}


def create_search_index(connection: Connection, index: SearchIndex) -> None:
    """Create ``index``'s tables (empty); fill them with :func:`index_records`."""
    # Portable DDL: the readings follow their record (never deleted, so no cascade).
    connection.execute(text(
        f"CREATE TABLE {index.readings.name} (id INTEGER NOT NULL PRIMARY KEY "
        f"REFERENCES {index.record_table} (id), readings TEXT NOT NULL)"))
    if connection.dialect.name == "sqlite":
        # Contentless (the texts are in the records) and without column sizes (no ranking):
        # the index holds the n-grams' positions and nothing else.
        connection.execute(text(
            f"CREATE VIRTUAL TABLE {index.fts_table} USING fts5(grams, content='', "
            f"columnsize=0, tokenize='ascii')"))
    else:
        # The record's distinct n-grams; a word's candidates are the rows holding all of
        # its own, then tested exactly (an array knows no positions).
        connection.execute(text(
            f"ALTER TABLE {index.readings.name} ADD COLUMN grams text[] NOT NULL DEFAULT '{{}}'"))
        connection.execute(text(
            f"CREATE INDEX {index.grams_index} ON {index.readings.name} USING gin (grams)"))


def drop_search_index(connection: Connection, index: SearchIndex) -> None:
    """Remove ``index``'s tables."""
    if connection.dialect.name == "sqlite":
        connection.execute(text(f"DROP TABLE IF EXISTS {index.fts_table}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {index.readings.name}"))


SearchEntry = tuple[int, Sequence[str], Sequence[str]]
"""``(record id, the searched columns' texts, the readings)`` of one record."""


def index_records(connection: Session | Connection, index: SearchIndex,
                  entries: Iterable[SearchEntry]) -> None:
    """Add records to ``index``, inside the caller's transaction (the one that saves them).

    A record is added once, when it is saved; its searched texts never change.
    """
    rows = [(record_id, " ".join(readings), ngrams.document([*texts, *readings]))
            for record_id, texts, readings in entries]
    if not rows:
        return
    if _dialect(connection) != "sqlite":
        if len(rows) >= COPY_ROWS:  # many at once (an upgrade, the bench): COPY
            _copy(connection.connection() if isinstance(connection, Session) else connection,
                  index.readings.name, ("id", "readings", "grams"),
                  [(record_id, readings, ngrams.distinct_tokens(grams))
                   for record_id, readings, grams in rows])
            return
        connection.execute(
            text(f"INSERT INTO {index.readings.name} (id, readings, grams) "
                 f"VALUES (:id, :readings, :grams)").bindparams(
                bindparam("grams", type_=postgresql.ARRAY(Text))),
            [{"id": record_id, "readings": readings, "grams": ngrams.distinct_tokens(grams)}
             for record_id, readings, grams in rows])
        return
    # The driver's own executemany: a migration indexes a million records this way.
    driver = connection.connection() if isinstance(connection, Session) else connection
    driver.exec_driver_sql(f"INSERT INTO {index.readings.name} (id, readings) VALUES (?, ?)",
                           [(record_id, readings) for record_id, readings, _g in rows])
    driver.exec_driver_sql(f"INSERT INTO {index.fts_table} (rowid, grams) VALUES (?, ?)",
                           [(record_id, grams) for record_id, _r, grams in rows])


def reindex_records(session: Session, index: SearchIndex,
                    changed: Iterable[tuple[SearchEntry, SearchEntry]]) -> None:
    """Records whose searched texts changed (a purge of personal data, a correction):
    each ``(as indexed, as now)``, inside the transaction that changes them.

    SQLite's contentless full-text table forgets a record's n-grams only when told exactly
    which they were, hence the entry as it was indexed.
    """
    pairs = list(changed)
    if not pairs:
        return
    if _dialect(session) != "sqlite":
        session.execute(
            text(f"UPDATE {index.readings.name} SET readings = :readings, grams = :grams "
                 f"WHERE id = :id").bindparams(bindparam("grams", type_=postgresql.ARRAY(Text))),
            [{"id": new[0], "readings": " ".join(new[2]),
              "grams": ngrams.distinct_tokens(ngrams.document([*new[1], *new[2]]))}
             for _old, new in pairs])
        return
    driver = session.connection()
    driver.exec_driver_sql(
        f"INSERT INTO {index.fts_table} ({index.fts_table}, rowid, grams) "
        f"VALUES ('delete', ?, ?)",
        [(old[0], ngrams.document([*old[1], *old[2]])) for old, _new in pairs])
    driver.exec_driver_sql(
        f"INSERT INTO {index.fts_table} (rowid, grams) VALUES (?, ?)",
        [(new[0], ngrams.document([*new[1], *new[2]])) for _old, new in pairs])
    driver.exec_driver_sql(
        f"UPDATE {index.readings.name} SET readings = ? WHERE id = ?",
        [(" ".join(new[2]), new[0]) for _old, new in pairs])


def contains(column: Any, word: str) -> ColumnElement[bool]:
    """``word`` occurs in ``column``, ASCII case ignored (a typed % or _ is searched for)."""
    like = "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"
    return column.ilike(like, escape="\\")


def search_condition(session: Session, index: SearchIndex, id_column: Any,
                     columns: Sequence[Any], words: Sequence[str], *,
                     purpose: Literal["page", "count"] = "page") -> ColumnElement[bool]:
    """The records holding every one of ``words`` in one of ``columns`` or their readings.

    A word matches a record when it is a substring of one of the record's searched
    ``columns`` (ASCII case ignored, as LIKE does) or of the full pinyin or initials of its
    name. ``purpose``: the condition of a page (read in the history's order, up to a limit)
    or of a count (every match of the range).

    On SQLite the words of two or more characters are looked up in the full-text index,
    which counts their matches at once and picks the plan (see :data:`FEW_MATCHES` and
    :data:`MANY_MATCHES`): a rare name is read by id, a common word is found by walking
    the history. A word of one character is not in the index: each row is tested for it.
    """
    if not words:
        return true()
    per_row = [_row_test(index, id_column, columns, word) for word in words]
    if _dialect(session) != "sqlite":
        return _server_condition(index, id_column, words, per_row)
    looked_up = [word for word in words if ngrams.servable(word)]
    if not looked_up:
        return and_(*per_row)
    unserved = [test for word, test in zip(words, per_row, strict=True)
                if not ngrams.servable(word)]
    query = ngrams.all_words_query(looked_up)
    found = f"SELECT rowid FROM {index.fts_table} WHERE {index.fts_table} MATCH :query"
    count = session.execute(text(f"SELECT count(*) FROM ({found} LIMIT {MANY_MATCHES + 1})"),
                            {"query": query}).scalar_one()
    if count <= FEW_MATCHES:
        ids = session.execute(text(found), {"query": query}).scalars().all()
        return and_(id_column.in_(ids), *unserved)
    matches = text(found.replace(":query", ":fts_query")).bindparams(
        fts_query=query).columns(Column("rowid", Integer))
    if purpose == "count":
        # Every match is read by id (the range is tested on each): cheaper than walking
        # years of the range, also for a word in half the records.
        return and_(id_column.in_(matches), *unserved)
    if count <= MANY_MATCHES:
        # "id + 0": SQLite must walk the history in its order and test each row against
        # the set, not read every match by id and sort them all.
        return and_((id_column + 0).in_(matches), *unserved)
    return and_(*per_row)


def newest_matches(session: Session, index: SearchIndex, id_column: Any,
                   columns: Sequence[Any], words: Sequence[str], limit: int) -> list[int] | None:
    """The ids of the newest (highest id) ``limit`` records holding every one of ``words``,
    as :func:`search_condition` matches them, read from the index alone; None when a word
    is too short for the index (one character), so that nobody walks the history for it.

    SQLite: the full-text match is exact and FTS5 reads its matches in descending rowid,
    so the first ``limit`` are the answer whatever the number of matches. PostgreSQL: the
    rows holding each word's whole n-grams, tested exactly, walked newest first; a word of
    two ASCII characters holds no whole n-gram (three wide), so its candidates are the rows
    holding one of the n-grams it starts (the word then one more ASCII character, or the
    word at a text's end) — a word right before a Chinese character ("cl" of "TCL科技") is
    not found that way.
    """
    if not words or not all(ngrams.servable(word) for word in words):
        return None
    if _dialect(session) == "sqlite":
        found = session.execute(text(
            f"SELECT rowid FROM {index.fts_table} WHERE {index.fts_table} MATCH :query "
            f"ORDER BY rowid DESC LIMIT :limit"),
            {"query": ngrams.all_words_query(list(words)), "limit": limit})
        return [int(row_id) for row_id in found.scalars()]
    # The server's own view of the readings table: its n-grams column is not SQLite's.
    table = Table(index.readings.name, MetaData(), Column("id", Integer, primary_key=True),
                  Column("grams", postgresql.ARRAY(Text)))
    conditions: list[ColumnElement[bool]] = []
    needed = sorted({token for word in words for token in ngrams.word_tokens(word)})
    if needed:
        conditions.append(table.c.grams.contains(needed))
    for word in words:
        if ngrams.word_tokens(word):
            continue
        starts = ngrams.starting_tokens(word)
        if starts is None:
            return None
        conditions.append(table.c.grams.overlap(starts))
    # The planner cannot tell a rare word from a common one well enough (it guesses a
    # share of the rows for any n-gram it has no figure for), so the search asks: up to
    # FEW_CANDIDATES candidates, in no order, are read through the n-gram index (a rare
    # word: all of them, sorted here); more mean a common word, whose newest candidates
    # lie near the end of the table, read backwards in its order. Either way the exact
    # test then runs on a few rows by id: the planner never scans the records for it.
    tests = [_row_test(index, id_column, columns, word) for word in words]
    first = _through_bitmap_only(session, select(table.c.id).where(*conditions)
                                 .limit(FEW_CANDIDATES + 1))
    if len(first) <= FEW_CANDIDATES:
        batches: Iterable[list[int]] = _batches(sorted(first, reverse=True),
                                                limit * _CANDIDATES_PER_HIT)
    else:
        batches = _newest_candidates(session, table, conditions, limit * _CANDIDATES_PER_HIT)
    found: list[int] = []
    for ids in batches:
        found += session.execute(
            select(id_column).where(id_column.in_(ids), *tests)
            .order_by(id_column.desc()).limit(limit - len(found))).scalars()
        if len(found) >= limit:
            break
    return [int(row_id) for row_id in found]


_PLANS = ("enable_seqscan", "enable_indexscan", "enable_indexonlyscan")


def _through_bitmap_only(session: Session, stmt: Any) -> list[int]:
    """The ids ``stmt`` reads, through a bitmap of the n-gram index whatever the planner
    guesses: a scan of the table reads (and unpacks) every row's n-grams, seconds on
    years of records. Only for this statement (then as the server was set)."""
    switch = ", ".join(f"set_config('{name}', 'off', true)" for name in _PLANS)
    session.execute(text(f"SELECT {switch}"))
    try:
        return [int(row_id) for row_id in session.execute(stmt).scalars()]
    finally:
        names = ", ".join(f"'{name}'" for name in _PLANS)
        session.execute(text(f"SELECT set_config(name, reset_val, true) FROM pg_settings "
                             f"WHERE name IN ({names})"))


def _batches(ids: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _newest_candidates(session: Session, table: Table, conditions: list[ColumnElement[bool]],
                       size: int) -> Iterable[list[int]]:
    below: int | None = None
    for _round in range(_CANDIDATE_ROUNDS):
        candidates = select(table.c.id).where(*conditions)
        if below is not None:
            candidates = candidates.where(table.c.id < below)
        ids = list(session.execute(candidates.order_by(table.c.id.desc()).limit(size))
                   .scalars())
        if ids:
            yield ids
        if len(ids) < size:
            return
        below = ids[-1]


# PostgreSQL: up to this many candidates of a search are read through the n-gram index and
# sorted; more, and the newest are read in the table's order (a common word).
FEW_CANDIDATES = 2_000
# A common word's candidates are read this many per hit wanted, in at most this many
# rounds: nearly every candidate holds the word itself.
_CANDIDATES_PER_HIT = 4
_CANDIDATE_ROUNDS = 3


def _server_condition(index: SearchIndex, id_column: Any, words: Sequence[str],
                      per_row: list[ColumnElement[bool]]) -> ColumnElement[bool]:
    """PostgreSQL: the rows holding every word's whole n-grams (the GIN index), each then
    tested exactly; the planner picks the index or the history's order by its estimate."""
    needed = sorted({token for word in words for token in ngrams.word_tokens(word)})
    if not needed:  # only words too short to hold a whole n-gram: each row is tested
        return and_(*per_row)
    candidates = text(
        f"SELECT id FROM {index.readings.name} WHERE grams @> :needed").bindparams(
        bindparam("needed", needed, type_=postgresql.ARRAY(Text))).columns(
        Column("id", Integer))
    return and_(id_column.in_(candidates), *per_row)


def _row_test(index: SearchIndex, id_column: Any, columns: Sequence[Any],
              word: str) -> ColumnElement[bool]:
    tests = [contains(column, word) for column in columns]
    folded = ngrams.fold(word)
    if folded.isascii() and folded.isalpha():  # readings are pinyin: ASCII letters only
        readings = index.readings.c
        tests.append(exists().where(readings.id == id_column,
                                    contains(readings.readings, word)))
    return or_(*tests)


# --- Filling a new file in bulk (the bench's five years of records) --------------------------

# From this many rows on, PostgreSQL gets them through COPY rather than INSERT.
COPY_ROWS = 1_000


def begin_bulk_fill(connection: Connection) -> None:
    """A new file (or server database) nobody else uses is about to be filled: on SQLite no
    journal and no sync until :func:`end_bulk_fill` (a crash loses the file, which is only
    being made); on PostgreSQL more memory for building the indexes again."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA cache_size=-400000")
        connection.exec_driver_sql("PRAGMA journal_mode=OFF")
        connection.exec_driver_sql("PRAGMA synchronous=OFF")
    else:
        connection.exec_driver_sql("SET maintenance_work_mem = '256MB'")


def end_bulk_fill(connection: Connection) -> None:
    """The file is filled: SQLite's WAL journal again, as deskapp keeps its files. On
    PostgreSQL (outside any transaction) VACUUM ANALYZE, so that the planner knows the new
    rows and reads an index alone where it can, as it would after autovacuum's visit."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    else:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.exec_driver_sql("VACUUM (ANALYZE)")


def drop_secondary_indexes(connection: Connection, tables: Sequence[str]) -> list[str]:
    """Drop the indexes of ``tables`` but their keys; returns the statements that make them
    again (exactly as they were), to run once the rows are in.

    On PostgreSQL the foreign keys of ``tables`` go too, and come back (checked on every
    row) with the indexes: rows may then be written in any order, a visit before its
    visitor, as SQLite's bulk fill does without enforcing them.
    """
    if connection.dialect.name != "sqlite":
        return _drop_server_indexes(connection, tables)
    marks = ", ".join(f"'{table}'" for table in tables)
    found = connection.execute(text(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})")).all()
    for name, _sql in found:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


def _drop_server_indexes(connection: Connection, tables: Sequence[str]) -> list[str]:
    names = bindparam("tables", list(tables), type_=postgresql.ARRAY(Text))
    mine = "t.relname = ANY(:tables) AND t.relnamespace = current_schema()::regnamespace"
    indexes = connection.execute(text(
        f"SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        f"JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
        f"WHERE {mine} AND NOT EXISTS "
        f"(SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)").bindparams(
        names)).all()
    keys = connection.execute(text(
        f"SELECT t.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
        f"JOIN pg_class t ON t.oid = k.conrelid WHERE k.contype = 'f' AND {mine}").bindparams(
        names)).all()
    quote = connection.dialect.identifier_preparer.quote
    for table, name, _definition in keys:
        connection.exec_driver_sql(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(name)}")
    for name, _definition in indexes:
        connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
    return ([definition for _name, definition in indexes]
            + [f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}"
               for table, name, definition in keys])


def bulk_insert(connection: Connection, table: str, columns: Sequence[str],
                rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert ``rows`` (values in the order of ``columns``) with the driver's executemany
    (SQLite) or COPY (PostgreSQL).

    A value is a number, None, or text each database reads as the column's type: a time
    in SQLite's stored form (``2026-11-23 01:30:00.000000``, UTC), a flag as 0 or 1.
    """
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        _copy(connection, table, columns, rows)
        return
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    connection.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})",
        list(rows))


def _copy(connection: Connection, table: str, columns: Sequence[str],
          rows: Sequence[tuple[Any, ...]]) -> None:
    """PostgreSQL's COPY through psycopg, in the connection's transaction."""
    quote = connection.dialect.identifier_preparer.quote
    driver = connection.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(  # type: ignore[attr-defined]
            f"COPY {quote(table)} ({', '.join(map(quote, columns))}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def continue_ids(connection: Connection, tables: Sequence[str]) -> None:
    """Rows were written with their own ids: new rows of ``tables`` get the next ones.

    SQLite takes the highest id plus one by itself; PostgreSQL's sequences are moved on.
    """
    if connection.dialect.name == "sqlite":
        return
    quote = connection.dialect.identifier_preparer.quote
    for table in tables:
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence(:table, 'id'), "
            f"(SELECT coalesce(max(id), 0) + 1 FROM {quote(table)}), false)"),
            {"table": quote(table)})


def empty_tables(connection: Connection, tables: Sequence[str]) -> None:
    """Remove every row of ``tables``, their ids starting at 1 again (a server database of
    the bench's made-up records, built again; a SQLite file is replaced whole instead)."""
    if connection.dialect.name == "sqlite":
        raise NotImplementedError("a SQLite file is replaced, not emptied")
    quote = connection.dialect.identifier_preparer.quote
    connection.exec_driver_sql(
        f"TRUNCATE {', '.join(map(quote, tables))} RESTART IDENTITY")


def database_size(connection: Connection) -> int:
    """The bytes the database takes (a SQLite file's pages, a server database's files)."""
    if connection.dialect.name == "sqlite":
        return int(connection.exec_driver_sql("PRAGMA page_count").scalar_one()) * int(
            connection.exec_driver_sql("PRAGMA page_size").scalar_one())
    return int(connection.execute(text(
        "SELECT pg_database_size(current_database())")).scalar_one())


def _dialect(connection: Session | Connection) -> str:
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    return bind.dialect.name


# --- Counting by the hour ---------------------------------------------------------------

def hours_since(connection: Session | Connection, column: Any,
                anchor: dt.datetime) -> ColumnElement[int]:
    """The whole hours from ``anchor`` (aware) to a timestamp ``column`` (stored as naive
    UTC), for grouping a range read by the hour on either database: 0 for the anchor's
    first hour. Only for rows at or after ``anchor`` (the division truncates)."""
    epoch = int(anchor.timestamp())  # an integer: inlined, never a string from outside
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    name = bind.dialect.identifier_preparer.format_column(column.expression, use_table=True)
    if bind.dialect.name == "postgresql":
        sql = f"CAST(floor((extract(epoch from {name}) - {epoch}) / 3600) AS INTEGER)"
    else:
        sql = f"((CAST(strftime('%s', {name}) AS INTEGER) - {epoch}) / 3600)"
    return literal_column(sql, Integer)  # type: ignore[return-value]
