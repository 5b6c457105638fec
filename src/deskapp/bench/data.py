"""Five years at the counter in one file, made fast: the data ``deskapp bench`` measures on.

The rows are written in bulk (:mod:`deskapp.bench.writer`), yet they are the rows the
services store: a file set up by deskapp itself (schema, directory, settings), visits with
their visitors, host answers and check-out events, calls with their messages and callbacks,
requests with their steps and revisits (:mod:`deskapp.bench.requests_data`), a key
cabinet of six hundred sets with years of loans and returns (:mod:`deskapp.bench.keys_data`),
a large estate's monthly bills and their receipts (:mod:`deskapp.bench.fees_data`),
parcels signed for and collected (:mod:`deskapp.bench.parcels_data`), every time aware UTC
stored as the engine stores it, pass numbers per local day with the
day's counter at the last number (a check-in made afterwards continues the numbering),
request, key loan and parcel numbers per year likewise, and every record in the search
index.

The file is kept beside the bench's output and reused; a later run adds the days since it
was made, so today always has its rows. A setting row (:data:`MARKER`) says which sizes
it holds, for which schema, and whether they were all written: a file or database of other
sizes, of an older schema (its new tables would be empty) or left half-built is built again.

On a PostgreSQL server (``deskapp bench --db postgresql://…``) the same rows go into the
database the address names, which must be empty or a bench's own; it is reused like the
file, or emptied and built again.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, inspect, text

from deskapp.bench.fees_data import set_up_items
from deskapp.bench.keys_data import read_cabinet
from deskapp.bench.parcels_data import read_shelf
from deskapp.bench.stamps import from_stamp, stamp
from deskapp.bench.writer import (
    SEED,
    VISITOR_COLUMNS,
    Person,
    Plan,
    add_people,
    spread,
    write_days,
)
from deskapp.db.dialect import database_size, empty_tables
from deskapp.db.engine import sqlite_url
from deskapp.db.schema import SCHEMA_BOOKKEEPING, SCHEMA_HEAD
from deskapp.domain.clock import Clock
from deskapp.domain.directory import HostOption
from deskapp.errors import UserError
from deskapp.location import DataLocation
from deskapp.usecases.demo import DemoDay, demo_days
from deskapp.usecases.demos.directory import load_directory
from deskapp.usecases.safekeeping import forget_anchor_of

logger = logging.getLogger(__name__)

YEARS = 5
# The setting that marks a file or server database as the bench's (see Sizes.marker).
MARKER = "bench_data"
# The bare tool's table for timing an INSERT on a server (dropped afterwards; a leftover
# one in a bench's database is dropped before deskapp opens it).
SCRATCH_TABLE = "bench_bare_save"


class BenchRefused(UserError):
    """The server database holds records that are not the bench's; nothing was changed."""


@dataclass(frozen=True)
class Sizes:
    """How many records of each kind the bench's data holds."""

    visits: int
    calls: int
    requests: int
    key_loans: int
    receipts: int = 0
    parcels: int = 0

    def marker(self, *, complete: bool) -> dict[str, object]:
        """The marker of data of these sizes on this deskapp's schema."""
        return {"visits": self.visits, "calls": self.calls, "requests": self.requests,
                "key_loans": self.key_loans, "receipts": self.receipts,
                "parcels": self.parcels, "schema": SCHEMA_HEAD, "complete": complete}

    def described(self) -> str:
        """"1,000 visits, 500 calls, 50 requests, 150 key loans, 300 receipts and 200
        parcels"."""
        return (f"{self.visits:,} visits, {self.calls:,} calls, {self.requests:,} requests, "
                f"{self.key_loans:,} key loans, {self.receipts:,} receipts and "
                f"{self.parcels:,} parcels")


def data_path(output: Path, sizes: Sizes) -> Path:
    """The data file kept beside the bench's ``output`` for these sizes."""
    return output.with_name(
        f"{output.stem}-data-{sizes.visits}v-{sizes.calls}c-{sizes.requests}r-"
        f"{sizes.key_loans}k-{sizes.receipts}f-{sizes.parcels}p.sqlite")


@dataclass
class BenchData:
    """The data file (or server database) and how it came to be."""

    location: DataLocation
    visits: int
    calls: int
    requests: int
    key_loans: int
    receipts: int
    parcels: int = 0
    built_s: float | None = None  # None: existing data was reused
    added_days: int = 0  # days added since the data was made
    busy_day: dt.date | None = None
    busy_day_visits: int = 0
    busy_day_calls: int = 0
    size_mb: float = 0.0

    @property
    def path(self) -> Path | None:
        """The data file (None on a server)."""
        return self.location.file

    @property
    def name(self) -> str:
        """The file's name, or the server database's address without its password."""
        return self.location.file.name if self.location.file else self.location.display()


def ensure_data(where: Path | str, sizes: Sizes, *, clock: Clock | None = None,
                progress: Callable[[str], None] | None = None) -> BenchData:
    """The data at ``where`` — a file, or a server's ``postgresql://`` address: built when
    missing (or made for other sizes or an older schema), else reused with the days since
    added.

    Raises:
        BenchRefused: the server database holds records that are not the bench's.
    """
    clock = clock or Clock()
    say = progress or (lambda _text: None)
    location = DataLocation.of(where)
    path = location.file
    if path is None:
        data = _ensure_server(location, sizes, clock, say)
    elif (marker := _file_marker(path)) != sizes.marker(complete=True):
        started = time.perf_counter()
        if marker is not None:
            say(f"building {path.name} again: it was made {_made_for(marker)}")
        say(f"building {path.name}: {sizes.described()} over {YEARS} years …")
        _build(path, sizes, clock)
        forget_anchor_of(location)
        data = _bench_data(location, sizes, built_s=time.perf_counter() - started)
    else:
        data = _bench_data(location, sizes)
        data.added_days = _add_missing_days(location, sizes, clock)
    data.busy_day, data.busy_day_visits, data.busy_day_calls = busiest_day(location, clock)
    if path is not None:
        data.size_mb = path.stat().st_size / 1e6
    else:
        engine = _engine(location)
        try:
            with engine.connect() as conn:
                data.size_mb = database_size(conn) / 1e6
        finally:
            engine.dispose()
    return data


def _bench_data(location: DataLocation, sizes: Sizes, **known: object) -> BenchData:
    return BenchData(location, sizes.visits, sizes.calls, sizes.requests,  # type: ignore[arg-type]
                     sizes.key_loans, sizes.receipts, sizes.parcels, **known)


def _made_for(marker: dict[str, object]) -> str:
    """What the data found was made for, as the progress line says it."""
    if not marker:
        return "by an older bench"
    if not marker.get("complete"):
        return "only in part (the bench was stopped)"
    if marker.get("schema") != SCHEMA_HEAD:
        return f"for schema {marker.get('schema')} (deskapp's is {SCHEMA_HEAD})"
    return (f"with {marker.get('visits', 0):,} visits, {marker.get('calls', 0):,} calls, "
            f"{marker.get('requests', 0):,} requests, {marker.get('key_loans', 0):,} key "
            f"loans, {marker.get('receipts', 0):,} receipts and "
            f"{marker.get('parcels', 0):,} parcels")


def _file_marker(path: Path) -> dict[str, object] | None:
    """The bench's marker in the data file (None: no file; {}: a file without one)."""
    if not path.exists():
        return None
    import sqlite3

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        stored = con.execute("SELECT value FROM setting WHERE key = ?", (MARKER,)).fetchone()
    except sqlite3.Error:
        return {}
    finally:
        con.close()
    try:
        marker = json.loads(stored[0]) if stored else {}
    except ValueError:
        return {}
    return marker if isinstance(marker, dict) else {}


def _ensure_server(location: DataLocation, sizes: Sizes, clock: Clock,
                   say: Callable[[str], None]) -> BenchData:
    marker = _server_marker(location)
    if marker == sizes.marker(complete=True):
        data = _bench_data(location, sizes)
        data.added_days = _add_missing_days(location, sizes, clock)
        return data
    started = time.perf_counter()
    if marker is not None:
        say(f"emptying {location.display()}: it was made {_made_for(marker)}")
    say(f"building {location.display()}: {sizes.described()} over {YEARS} years …")
    _make(location, sizes, clock, empty_first=marker is not None)
    forget_anchor_of(location)
    return _bench_data(location, sizes, built_s=time.perf_counter() - started)


def _server_marker(location: DataLocation) -> dict[str, object] | None:
    """The bench's marker in the server database (None: the database is empty).

    Raises:
        BenchRefused: not marked, and some table of it holds a row.
    """
    engine = _engine(location)
    try:
        with engine.begin() as conn:
            quote = conn.dialect.identifier_preparer.quote
            tables = set(inspect(conn).get_table_names())
            stored = None
            if "setting" in tables:
                stored = conn.execute(text("SELECT value FROM setting WHERE key = :key"),
                                      {"key": MARKER}).scalar()
            if stored is not None:
                if SCRATCH_TABLE in tables:  # left by a bench that was stopped
                    conn.execute(text(f"DROP TABLE {quote(SCRATCH_TABLE)}"))
                try:
                    marker = json.loads(stored)
                except ValueError:
                    marker = {}
                return marker if isinstance(marker, dict) else {}  # marked, sizes unknown
            filled = [table for table in sorted(tables - SCHEMA_BOOKKEEPING) if conn.execute(
                text(f"SELECT 1 FROM {quote(table)} LIMIT 1")).first() is not None]
    finally:
        engine.dispose()
    if filled:
        raise BenchRefused(
            f"the database {location.display()} holds records that are not a bench's (in "
            f"{', '.join(filled[:3])}{' …' if len(filled) > 3 else ''}); the bench needs an "
            f"empty database of its own")
    return None


def _mark(conn: Connection, sizes: Sizes, *, complete: bool) -> None:
    conn.execute(text("DELETE FROM setting WHERE key = :key"), {"key": MARKER})
    conn.execute(text("INSERT INTO setting (key, value) VALUES (:key, :value)"), {
        "key": MARKER, "value": json.dumps(sizes.marker(complete=complete))})


def _engine(location: DataLocation) -> Engine:
    if location.file is not None:
        return create_engine(sqlite_url(location.file))
    from deskapp.db.server import server_engine

    return server_engine(location.sqlalchemy_url)


def _build(path: Path, sizes: Sizes, clock: Clock) -> None:
    pending = path.with_name(path.name + ".building")
    for leftover in (pending, Path(f"{pending}-wal"), Path(f"{pending}-shm")):
        leftover.unlink(missing_ok=True)
    _make(DataLocation.of(pending), sizes, clock)
    for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):  # of the file replaced
        stale.unlink(missing_ok=True)
    os.replace(pending, path)


def _make(location: DataLocation, sizes: Sizes, clock: Clock, *,
          empty_first: bool = False) -> None:
    """Five years of records into a new file, or into an empty (or emptied) server database,
    marked as the bench's first as unfinished, then as complete with the last rows."""
    from deskapp.bootstrap import build_services

    rng = random.Random(SEED)
    services = build_services(location, clock=clock)  # deskapp's own schema and pragmas
    try:
        if location.is_server:
            with services.engine.begin() as conn:
                if empty_first:
                    empty_tables(conn, sorted(set(inspect(conn).get_table_names())
                                              - {"alembic_version"}))
                _mark(conn, sizes, complete=False)
        settings = services.settings.load()
        services.settings.save(replace(
            settings, org_name="星河国际大厦物业服务中心", counter_name="一楼大堂前台",
            org_address="深圳市南山区科技园星河路 88 号", org_phone="0755-86001234",
            welcomed=True, demo=True))
        load_directory(services.directory, rng)
        plan = Plan(services.directory.host_options(), "前台")
        if sizes.receipts:
            set_up_items(services.fees)
    finally:
        services.close()
    real_now = clock.now()
    days = list(demo_days(clock, YEARS * 365, real_now))
    add_people(plan, rng, max(200, sizes.visits // 4))
    _write(location, plan, rng, clock, real_now, days, _paces(sizes, days, rng), fresh=True,
           finish=lambda conn: _mark(conn, sizes, complete=True), receipts=sizes.receipts)


def _paces(sizes: Sizes, days: list[DemoDay], rng: random.Random,
           share: float = 1.0) -> list[tuple[int, int, int, int, int]]:
    """Visits, calls, requests, key loans and parcels of each day: ``share`` of the sizes
    over ``days``."""
    return list(zip(spread(int(sizes.visits * share), days, rng, SEED),
                    spread(int(sizes.calls * share), days, rng, SEED + 1),
                    spread(int(sizes.requests * share), days, rng, SEED + 2),
                    spread(int(sizes.key_loans * share), days, rng, SEED + 3),
                    spread(int(sizes.parcels * share), days, rng, SEED + 4), strict=True))


def _write(location: DataLocation, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    engine = _engine(location)
    try:
        write_days(engine, *args, **kwargs)
    finally:
        engine.dispose()


def _add_missing_days(location: DataLocation, sizes: Sizes, clock: Clock) -> int:
    """Days from the one after the newest visit to today, at the data's pace."""
    engine = _engine(location)
    try:
        with engine.connect() as conn:
            newest = conn.execute(text("SELECT max(time_in) FROM visit")).scalar()
            people = conn.execute(text(
                f"SELECT {', '.join(VISITOR_COLUMNS)} FROM visitor ORDER BY id")).all()
            hosts = _hosts(conn)
            next_visit = conn.execute(text("SELECT max(id) FROM visit")).scalar() + 1
            next_call = (conn.execute(text("SELECT max(id) FROM call")).scalar() or 0) + 1
            next_request = (conn.execute(text("SELECT max(id) FROM request")).scalar()
                            or 0) + 1
            serials = {int(series.rsplit("-", 1)[1]): int(value) for series, value in
                       conn.execute(text("SELECT series, value FROM counter "
                                         "WHERE series LIKE 'request-%'"))}
            cabinet = read_cabinet(conn)
            shelf = read_shelf(conn)
    finally:
        engine.dispose()
    real_now = clock.now()
    last = clock.local(from_stamp(newest)).date() if newest else clock.today()
    days = [d for d in demo_days(clock, (clock.today() - last).days, real_now) if d.day > last]
    if not days:
        return 0
    rng = random.Random(SEED + clock.today().toordinal())
    plan = Plan(hosts, "前台", next_visit, next_call, next_request, serials)
    plan.people = [Person(r.name, r.id_number, r.phone, r.company, r.plate) for r in people]
    plan.visitor_ids = [r.id for r in people]
    plan.counts = [r.visit_count for r in people]
    plan.last_visit = [r.last_visit_id or 0 for r in people]
    plan.last_seen = [from_stamp(r.last_seen) if r.last_seen else None for r in people]
    plan.cabinet = cabinet
    plan.shelf = shelf
    _write(location, plan, rng, clock, real_now, days,
           _paces(sizes, days, rng, share=len(days) / (YEARS * 365)), fresh=False)
    return len(days)


def _hosts(conn: Connection) -> list[HostOption]:
    from deskapp.domain.directory import unit_label

    units = conn.execute(text(
        "SELECT id, number, occupant, company FROM unit ORDER BY number")).all()
    depts = conn.execute(text("SELECT id, name FROM department ORDER BY name")).all()
    return ([HostOption("unit", u.id, unit_label(u), "") for u in units]  # type: ignore[arg-type]
            + [HostOption("department", d.id, d.name, "") for d in depts])


def busiest_day(location: DataLocation, clock: Clock) -> tuple[dt.date | None, int, int]:
    """The day with the most visits (its pass counter says how many), and its calls."""
    engine = _engine(location)
    try:
        with engine.connect() as conn:
            row = conn.execute(text(
                "SELECT series, value FROM counter WHERE series LIKE 'visit-pass:%' "
                "ORDER BY value DESC LIMIT 1")).first()
            if row is None:
                return None, 0, 0
            day = dt.datetime.strptime(row.series.rsplit(":", 1)[1], "V%y%m%d").date()
            start, end = clock.day_bounds(day)
            calls = conn.execute(text(
                "SELECT count(*) FROM call WHERE started_at >= :s AND started_at < :e"),
                {"s": stamp(start), "e": stamp(end)}).scalar()
            return day, int(row.value), int(calls or 0)
    finally:
        engine.dispose()
