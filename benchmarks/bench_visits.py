"""How the visitor log behaves on five years of history (a million visits). Prints figures.

    python benchmarks/bench_visits.py [--rows 1000000] [--db bench.sqlite]

Builds the file once (bulk insert, like years of check-ins), then times what the
receptionist waits for: opening the file, the first page of today, a page deep in history,
a search over everything, the counts and the on-site list. No assertions: read the numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import time
from pathlib import Path

from deskapp.bootstrap import build_services
from deskapp.domain.visitors import SortKey, VisitQuery


def build(path: Path, rows: int) -> None:
    """A migrated file, then ``rows`` visits spread over five years (the last 20 on site)."""
    build_services(path).close()
    rng = random.Random(1)
    surnames, given = "王李张刘陈杨黄赵吴周徐孙", "伟芳娜秀英敏静丽强磊军洋勇艳杰"
    companies = ["华为", "顺丰", "京东", "美团", "平安", "招行", "腾讯", "万科", ""]
    end = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    start = end - dt.timedelta(days=5 * 365)
    step = (end - start) / rows
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    batch = []
    for i in range(rows):
        t = start + step * i
        out = None if i >= rows - 20 else t + dt.timedelta(minutes=rng.randint(5, 180))
        local_day = t.strftime("%y%m%d")
        batch.append((
            f"V{local_day}-{i:07d}", rng.choice(surnames) + rng.choice(given), "resident", "",
            f"1{rng.randint(3, 9)}{rng.randint(0, 10**9 - 1):09d}", rng.choice(companies), 1,
            "visit", f"{rng.randint(2, 30)}{rng.randint(1, 8):02d}", "received", "", "", "",
            "", 0, "", t.strftime("%Y-%m-%d %H:%M:%S.%f"),
            out.strftime("%Y-%m-%d %H:%M:%S.%f") if out else None,
            t.strftime("%Y-%m-%d %H:%M:%S.%f"),
        ))
        if len(batch) == 50_000:
            _flush(con, batch)
    _flush(con, batch)
    con.execute("ANALYZE")
    con.commit()
    con.close()


def _flush(con: sqlite3.Connection, batch: list[tuple]) -> None:
    con.executemany(
        "INSERT INTO visit (pass_no, name, id_type, id_number, phone, company, party_size, "
        "purpose, host_label, host_response, host_message, plate, items, note, exempt, "
        "deny_override_reason, time_in, time_out, created_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
    con.commit()
    batch.clear()


def timed(label: str, fn, repeat: int = 5) -> object:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    print(f"{label:<52} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", default="bench-out/visits-1m.sqlite")
    args = parser.parse_args()
    path = Path(args.db)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        t0 = time.perf_counter()
        build(path, args.rows)
        print(f"built {args.rows:,} visits in {time.perf_counter() - t0:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
    services = timed("open the file (quick_check + migrations check)",
                     lambda: build_services(path), repeat=3)
    log = services.visitors  # type: ignore[attr-defined]
    today = services.clock.today()  # type: ignore[attr-defined]
    five_years = VisitQuery(today - dt.timedelta(days=5 * 366), today)
    timed("first page of today", lambda: log.page(VisitQuery(today, today)))
    first = timed("first page of five years, newest first", lambda: log.page(five_years))
    cursor = None
    rows = first
    t0 = time.perf_counter()
    for _ in range(2500):  # scroll 500,000 rows deep, a page at a time
        cursor = log.cursor_after(rows[-1], five_years)
        rows = log.page(five_years, cursor)
    print(f"{'scroll 500,000 rows deep (2,500 pages)':<52} total  {(time.perf_counter() - t0):8.1f} s")
    timed("one page at 500,000 rows deep", lambda: log.page(five_years, cursor))
    by_name = VisitQuery(five_years.first_day, today, sort=SortKey.NAME, descending=False)
    timed("first page of five years sorted by name", lambda: log.page(by_name))
    timed("search '华为' over five years, first page",
          lambda: log.page(VisitQuery(five_years.first_day, today, text="华为")))
    timed("search a rare name over five years, first page",
          lambda: log.page(VisitQuery(five_years.first_day, today, text="不存在的人")), repeat=3)
    timed("count today", lambda: log.count(VisitQuery(today, today)))
    timed("count five years", lambda: log.count(five_years), repeat=3)
    timed("on site now (whole history)", lambda: log.on_site_count())
    services.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
