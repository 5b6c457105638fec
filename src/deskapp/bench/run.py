"""Running the benchmark: each figure is the median of K repetitions, measured beside the
same work done by the bare tool in the same run, and given with the ratio of the two.

The bare tools are what deskapp is built on, used directly: a PySide6 window of empty tabs,
a sqlite3 query or INSERT with the same pragmas, openpyxl's write-only mode. Their SQL is
plain LIKE and INSERT, written here on purpose: it is the yardstick, not deskapp's code.

On a PostgreSQL server (``--db postgresql://…``) deskapp runs on the server's database and
the bare database tool is psycopg on the same database: ILIKE (LIKE ignoring ASCII case, as
SQLite's does) and an INSERT committed into a table of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from deskapp.bench.closing_figures import NAMES as CLOSING_NAMES
from deskapp.bench.closing_figures import closing_figures
from deskapp.bench.data import SCRATCH_TABLE, BenchData, Sizes, data_path, ensure_data
from deskapp.bench.fees_figures import NAMES as FEE_NAMES
from deskapp.bench.fees_figures import fees_figures
from deskapp.bench.figures import Figure, like_sql, median, round_figure, slowest, timed_ms
from deskapp.bench.keys_data import KEY_SETS
from deskapp.bench.keys_figures import NAMES as KEY_NAMES
from deskapp.bench.keys_figures import keys_figures
from deskapp.bench.lost_property_figures import NAMES as LOST_PROPERTY_NAMES
from deskapp.bench.lost_property_figures import found_items_figure
from deskapp.bench.parcels_figures import NAMES as PARCEL_NAMES
from deskapp.bench.parcels_figures import parcels_figures
from deskapp.bench.passes_figures import NAMES as PASS_NAMES
from deskapp.bench.passes_figures import passes_figures
from deskapp.bench.requests_figures import requests_figure
from deskapp.bench.search_everything_figures import NAMES as SEARCH_EVERYTHING_NAMES
from deskapp.bench.search_everything_figures import search_everything_figure
from deskapp.bench.today_figures import NAMES as TODAY_NAMES
from deskapp.bench.today_figures import today_figure

NAMES = ("start_s", "tab_switch_ms", "search_ms", *SEARCH_EVERYTHING_NAMES, "requests_ms",
         "save_ms", *KEY_NAMES,
         *FEE_NAMES, *PARCEL_NAMES, *PASS_NAMES, *LOST_PROPERTY_NAMES, *TODAY_NAMES,
         "day_export_s", *CLOSING_NAMES, "peak_rss_mb")
# What deskapp aims for on a 2-core PC (README.md, "Performance").
TARGETS = {"start_s": 0.6, "tab_switch_ms": 100.0, "search_ms": 50.0,
           "search_everything_ms": 50.0, "save_ms": 20.0}
SWITCHES = 5  # tab switches each way in one window process
VISIT_SEARCHED = ("name", "phone", "company", "host_label", "plate", "pass_no")
CALL_SEARCHED = ("caller_name", "phone", "about_label", "subject")

Say = Callable[[str], None]


def run_bench(output: Path, *, visits: int, calls: int, requests: int, key_loans: int,
              receipts: int, repeat: int, parcels: int = 0, say: Say | None = None,
              server: str | None = None) -> dict[str, Any]:
    """Measure everything on the data file kept beside ``output`` (or on the database of the
    ``server`` URL); write and return the JSON."""
    say = say or (lambda _text: None)
    sizes = Sizes(visits, calls, requests, key_loans, receipts, parcels)
    data = ensure_data(server or data_path(output, sizes), sizes, progress=say)
    if data.built_s is not None:
        say(f"built {data.name} ({data.size_mb:,.0f} MB) in {data.built_s:.0f} s")
    elif data.added_days:
        say(f"added the last {data.added_days} day(s) to {data.name}")
    say(f"starting the window {repeat} time(s), each beside a bare PySide6 window …")
    figures = _window(data, repeat)
    say("searching five years …")
    with _services(data) as services:
        figures["search_ms"] = _search(services, data, repeat)
        say("searching everything (Ctrl+K) …")
        with _Bare(data) as bare:
            figures["search_everything_ms"] = search_everything_figure(
                services, bare, data.visits, repeat)
        say("reading the requests …")
        with _Bare(data) as bare:
            figures["requests_ms"] = requests_figure(services, bare, repeat)
        bare_table = _bare_table(data, output)
        try:
            say("saving …")
            figures["save_ms"] = _save(services, bare_table, repeat)
            say("reading the key cabinet, lending and taking back keys …")
            with _Bare(data) as bare:
                figures.update(keys_figures(services, bare, repeat, bare_table.insert))
            say("taking payments, printing a receipt, reading receipts and arrears …")
            with _Bare(data) as bare:
                figures.update(fees_figures(services, bare, repeat, bare_table.insert,
                                            output.with_name(f"{output.stem}-bare-receipt.pdf")))
            say("issuing a goods release pass …")
            figures.update(passes_figures(services, repeat, bare_table.insert))
            say("reading the parcel shelf, signing for parcels …")
            with _Bare(data) as bare:
                figures.update(parcels_figures(services, bare, repeat, bare_table.insert))
        finally:
            bare_table.close()
        say("listing the lost property kept …")
        with _Bare(data) as bare:
            figures["found_items_ms"] = found_items_figure(services, bare, repeat)
        say("reading Today: what needs attention, and its three charts …")
        with _Bare(data) as bare:
            figures["today_ms"] = today_figure(services, bare, repeat)
        say(f"exporting the busiest day ({data.busy_day}) …")
        figures["day_export_s"] = _day_export(services, data, output, repeat)
        say(f"closing the busiest day ({data.busy_day}): workbook, backup, closing …")
        figures.update(closing_figures(services, data, output, repeat, _bare_workbook))
    result: dict[str, Any] = {
        name: {**figures[name].as_json(), **({"target": TARGETS[name]} if name in TARGETS
                                               else {})}
        for name in NAMES}
    where = ({"file": data.name, "file_mb": round(data.size_mb)} if data.path is not None
             else {"database": data.name, "server": server_version(data),
                   "database_mb": round(data.size_mb)})
    result["about"] = {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "repeat": repeat, "machine": machine(),
        "data": {**where, "visits": visits, "calls": calls, "requests": requests,
                 "key_loans": key_loans, "key_sets": KEY_SETS, "receipts": receipts,
                 "parcels": parcels,
                 "built_s": _mayberound_figure(data.built_s), "added_days": data.added_days,
                 "busy_day": data.busy_day.isoformat() if data.busy_day else None,
                 "busy_day_visits": data.busy_day_visits,
                 "busy_day_calls": data.busy_day_calls},
    }
    output.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return result


def _mayberound_figure(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    return {"cpus": os.cpu_count(), "system": platform.platform(terse=True),
            "processor": platform.processor() or platform.machine(),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version}


def server_version(data: BenchData) -> str:
    """The PostgreSQL server's version, as it says it."""
    with _Bare(data) as bare:
        return str(bare.rows("SHOW server_version")[0][0])


class _services:  # noqa: N801 - a context manager read as a noun
    def __init__(self, data: BenchData) -> None:
        self._data = data

    def __enter__(self):  # type: ignore[no-untyped-def]
        from deskapp.bootstrap import build_services

        self._services = build_services(self._data.location)
        return self._services

    def __exit__(self, *_exc: object) -> None:
        self._services.close()


# --- The window ---------------------------------------------------------------------------

def _probe(*args: str) -> tuple[float, dict[str, Any]]:
    """Start a probe process; (seconds until it said "shown", its report)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as errors:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "deskapp.bench.probe", *args],
                                   stdout=subprocess.PIPE, stderr=errors, text=True, env=env)
        assert process.stdout is not None
        try:
            first = process.stdout.readline()
            shown = time.perf_counter() - started
            report = process.stdout.readline()
            process.wait(timeout=120)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        if first.strip() != "shown" or not report.strip():
            errors.seek(0)
            raise RuntimeError(f"the {args[0]} probe failed: {errors.read()[-2000:]}")
    return shown, json.loads(report)


def _window(data: BenchData, repeat: int) -> dict[str, Figure]:
    runs: dict[str, list[tuple[float, dict[str, Any]]]] = {"ours": [], "bare": []}
    for _ in range(repeat):  # side by side, so both meet the same load on the machine
        runs["ours"].append(_probe("window", data.location.value, str(SWITCHES)))
        runs["bare"].append(_probe("bare", str(SWITCHES)))

    def over(side: str, pick: Callable[[tuple[float, dict[str, Any]]], float]) -> float:
        return median([pick(run) for run in runs[side]])

    def start(run: tuple[float, dict[str, Any]]) -> float:
        return run[0]

    def switch(run: tuple[float, dict[str, Any]]) -> float:
        return median(run[1]["tab_switch_ms"])

    def memory(run: tuple[float, dict[str, Any]]) -> float:
        return float(run[1]["rss_mb"])

    first_switch = median([run[1]["tab_switch_ms"][0] for run in runs["ours"]])
    return {
        "start_s": Figure(over("ours", start), over("bare", start),
                          extra={"rows_shown": runs["ours"][0][1].get("rows", 0)}),
        "tab_switch_ms": Figure(over("ours", switch), over("bare", switch),
                                extra={"first_switch_ms": round_figure(first_switch)}),
        "peak_rss_mb": Figure(over("ours", memory), over("bare", memory)),
    }


# --- The bare database tool ---------------------------------------------------------------

class _Bare:
    """The bare tool on the bench's data: sqlite3 on the file (read-only), or psycopg on the
    server's database (each statement its own transaction)."""

    def __init__(self, data: BenchData) -> None:
        self.server = data.path is None
        self.mark = "%s" if self.server else "?"
        self.like = "ILIKE" if self.server else "LIKE"
        if data.path is not None:
            self._con: Any = sqlite3.connect(f"file:{data.path}?mode=ro", uri=True)
        else:
            import psycopg

            self._con = psycopg.connect(libpq_url(data.location.value), autocommit=True)

    def __enter__(self) -> _Bare:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._con.close()

    def rows(self, sql: str, args: list[Any] | tuple[Any, ...] = ()) -> list[Any]:
        """The rows of ``sql`` (its parameters marked ``?``)."""
        return self._con.execute(sql.replace("?", self.mark), args).fetchall()

    def stored(self, moment: dt.datetime) -> Any:
        """An aware time as the database compares it: SQLite's text, the server's naive UTC."""
        utc = moment.astimezone(dt.timezone.utc)
        return utc.replace(tzinfo=None) if self.server else _stored(moment)


def libpq_url(url: str) -> str:
    """A deskapp server address as psycopg takes it (``postgresql+psycopg://`` too)."""
    return "postgresql://" + url.split("://", 1)[1]


# --- Search -------------------------------------------------------------------------------

@dataclass(frozen=True)
class SearchCase:
    """One search over the whole history, as typed in the search box."""

    label: str
    table: str  # visit | call
    text: str


def search_cases(data: BenchData) -> list[SearchCase]:
    """Words taken from the file: a name's first two characters, a phone's last four digits,
    pinyin initials, a company of many visits, a word of the calls' subjects."""
    with _Bare(data) as bare:
        name = bare.rows("SELECT name FROM visit WHERE id >= ? ORDER BY id LIMIT 1",
                         (max(1, data.visits // 3),))[0][0]
        phone = bare.rows("SELECT phone FROM visit WHERE id >= ? AND phone != '' "
                          "ORDER BY id LIMIT 1", (max(1, data.visits // 2),))[0][0]
    return [SearchCase("visitor name, 2 characters", "visit", name[:2]),
            SearchCase("visitor phone, 4 digits", "visit", phone[-4:]),
            SearchCase("pinyin initials", "visit", "zs"),
            SearchCase("company of many visits", "visit", "华为"),
            SearchCase("call log, subject", "call", "漏水")]


def _search(services, data: BenchData, repeat: int) -> Figure:  # type: ignore[no-untyped-def]
    from deskapp.domain.calls.records import CallQuery
    from deskapp.domain.visitors import VisitQuery

    today = services.clock.today()
    first = today - dt.timedelta(days=5 * 366)
    cases = search_cases(data)
    parts: dict[str, Figure] = {}
    with _Bare(data) as bare:
        start, end = (bare.stored(t) for t in services.clock.day_bounds(first, today))
        for case in cases:
            if case.table == "visit":
                query = VisitQuery(first, today, case.text)
                page, count = services.visitors.page, services.visitors.count
                like = like_sql("visit", VISIT_SEARCHED, "time_in", bare.like)
            else:
                query = CallQuery(first, today, case.text)
                page, count = services.calls.page, services.calls.count
                like = like_sql("call", CALL_SEARCHED, "started_at", bare.like)
            pattern = "%" + re.sub(r"([\\%_])", r"\\\1", case.text) + "%"
            args = [start, end, *[pattern] * like.count("LIKE")]
            ours, theirs, counts, found = [], [], [], 0
            for _ in range(repeat):
                ours.append(timed_ms(lambda q=query, p=page: p(q)))
                theirs.append(timed_ms(lambda s=like, a=args: bare.rows(s, a)))
                found = len(page(query))
                counts.append(timed_ms(lambda q=query, c=count: c(q)))
            parts[f"{case.label}: {case.text}"] = Figure(
                median(ours), median(theirs),
                extra={"rows": found, "count_ms": round_figure(median(counts))})
    return slowest(parts)


def _stored(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


# --- Saving -------------------------------------------------------------------------------

def _bare_table(data: BenchData, output: Path) -> Any:
    """The bare tool's table to time an INSERT committed (closed and removed after)."""
    if data.path is None:
        return _ServerTable(data.location.value)
    return _FileTable(output.with_name(f"{output.stem}-bare-save.sqlite"))


def _save(services, bare: Any, repeat: int) -> Figure:  # type: ignore[no-untyped-def]
    from deskapp.domain.calls.records import About, CallInput
    from deskapp.domain.visitors import HostRef, VisitInput

    host = services.directory.host_options()[0].label
    stamp = time.strftime("%H%M%S")
    check_ins, calls, inserts = [], [], []
    for number in range(repeat):
        check_ins.append(timed_ms(lambda n=number: services.visitors.check_in(VisitInput(
            name=f"测试访客{stamp}{n}", phone=f"139{int(stamp) * 10 + n:08d}"[-11:],
            company="星光电子", host=HostRef(host)))))
        calls.append(timed_ms(lambda n=number: services.calls.log_call(CallInput(
            subject="咨询停车月卡办理", caller_name=f"测试来电{n}", phone="13800138000",
            about=About(host)))))
        inserts.append(timed_ms(lambda n=number: bare.insert(n)))
    check_in = Figure(median(check_ins), median(inserts),
                      extra={"first_ms": round_figure(check_ins[0])})
    call = Figure(median(calls), median(inserts), extra={"first_ms": round_figure(calls[0])})
    slower = max((check_in, call), key=lambda part: part.value)
    return Figure(slower.value, slower.bare, {"check-in": check_in, "logged call": call})


_BARE_INSERT = ("INSERT INTO {table} (pass_no, name, phone, company, host_label, time_in, "
                "created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")


def _bare_row(number: int, now: object) -> tuple[object, ...]:
    return (f"V000000-{number:04d}", "测试访客", "13900000000", "星光电子", "1203", now, "前台")


class _FileTable:
    """A sqlite3 file with deskapp's pragmas (WAL, FULL sync, foreign keys) and one table."""

    def __init__(self, path: Path) -> None:
        self._path = path
        _remove_database(path)
        con = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                       "busy_timeout=5000"):
            con.execute(f"PRAGMA {pragma}")
        con.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, pass_no TEXT, name TEXT, "
                    "phone TEXT, company TEXT, host_label TEXT, time_in TEXT, created_by TEXT)")
        self._con = con

    def insert(self, number: int) -> None:
        """One row, in a transaction of its own that takes the write lock first."""
        self._con.execute("BEGIN IMMEDIATE")
        self._con.execute(_BARE_INSERT.format(table="visit"),
                          _bare_row(number, _stored(dt.datetime.now(dt.timezone.utc))))
        self._con.execute("COMMIT")

    def close(self) -> None:
        self._con.close()
        _remove_database(self._path)


class _ServerTable:
    """psycopg on the bench's server database and a table of its own (an ordinary, logged
    table: a commit waits for the server's WAL, as deskapp's do), dropped afterwards."""

    def __init__(self, url: str) -> None:
        import psycopg

        self._con = psycopg.connect(libpq_url(url), autocommit=True)
        self._con.execute(f"DROP TABLE IF EXISTS {SCRATCH_TABLE}")
        self._con.execute(f"CREATE TABLE {SCRATCH_TABLE} (id serial PRIMARY KEY, "
                          f"pass_no text, name text, phone text, company text, host_label text, "
                          f"time_in timestamp, created_by text)")
        self._con.autocommit = False

    def insert(self, number: int) -> None:
        """One row, committed."""
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        self._con.execute(_BARE_INSERT.format(table=SCRATCH_TABLE).replace("?", "%s"),
                          _bare_row(number, now))
        self._con.commit()

    def close(self) -> None:
        try:
            self._con.rollback()
            self._con.autocommit = True
            self._con.execute(f"DROP TABLE IF EXISTS {SCRATCH_TABLE}")
        finally:
            self._con.close()


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# --- The day's workbook -------------------------------------------------------------------

def _day_export(services, data: BenchData, output: Path, repeat: int) -> Figure:  # type: ignore[no-untyped-def]
    ours_file = output.with_name(f"{output.stem}-day.xlsx")
    bare_file = output.with_name(f"{output.stem}-bare-day.xlsx")
    day = data.busy_day or services.clock.today()
    ours, theirs = [], []
    try:
        for _ in range(repeat):
            ours.append(timed_ms(lambda: services.exports.day_workbook(day, ours_file)) / 1000)
            theirs.append(timed_ms(lambda: _bare_workbook(
                bare_file, data.busy_day_visits, data.busy_day_calls)) / 1000)
    finally:
        ours_file.unlink(missing_ok=True)
        bare_file.unlink(missing_ok=True)
    return Figure(median(ours), median(theirs),
                  extra={"day": day.isoformat(), "rows": data.busy_day_visits
                         + data.busy_day_calls})


def _bare_workbook(path: Path, visits: int, calls: int) -> None:
    """openpyxl's write-only mode: the same sheets, columns and number of rows."""
    from openpyxl import Workbook

    from deskapp.output.day_workbook import calls_sheet, visitors_sheet
    from deskapp.output.workbook import ColumnKind

    book = Workbook(write_only=True)
    moment = dt.datetime(2026, 11, 23, 9, 30)
    for sheet, rows in ((visitors_sheet([]), visits), (calls_sheet([]), calls)):
        out = book.create_sheet(sheet.title)
        out.append([column.header for column in sheet.columns])
        values = [moment if column.kind is ColumnKind.DATETIME
                  else 1 if column.kind is ColumnKind.INT else "张三 13800138000"
                  for column in sheet.columns]
        for _ in range(rows):
            out.append(values)
    book.save(path)


# --- Reading the figures ------------------------------------------------------------------

def table(result: dict[str, Any]) -> str:
    """The figures as a table for the console."""
    lines = [f"{'':18}{'deskapp':>12}{'bare':>12}{'ratio':>9}{'target':>9}"]
    for name in NAMES:
        figure = result[name]
        target = figure.get("target")
        mark = "" if target is None else ("  ok" if figure["value"] <= target else "  over")
        lines.append(f"{name:18}{figure['value']:>12.3f}{figure['bare']:>12.3f}"
                     f"{figure['ratio']:>9.2f}{'' if target is None else target:>9}{mark}")
        for part, value in figure.get("parts", {}).items():
            lines.append(f"  {part[:40]:40}{value['value']:>10.3f}{value['bare']:>10.3f}"
                         f"{value['ratio']:>8.2f}")
    about = result["about"]
    data = about["data"]
    where = ("" if "database" not in data else
             f" on {data['database']} (PostgreSQL {data['server']})")
    size = data.get("file_mb", data.get("database_mb"))
    lines.append(f"on {about['machine']['cpus']} CPUs, {data['visits']:,} visits, "
                 f"{data['calls']:,} calls, {data.get('requests', 0):,} requests, "
                 f"{data.get('key_loans', 0):,} key loans, {data.get('receipts', 0):,} "
                 f"receipts and {data.get('parcels', 0):,} parcels ({size} MB){where}, "
                 f"median of {about['repeat']}")
    return "\n".join(lines)
