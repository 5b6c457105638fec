"""How the visitor history pages, sorts and counts on five years (a million visits).

    python benchmarks/bench_visits.py [--output bench-out/bench.json]

The figures ``deskapp bench`` does not take: a page 500,000 rows deep, the first page
sorted by name, the counts and the on-site list. It runs on the data file ``deskapp bench
-o OUTPUT`` keeps (made on the first run, a million visits and half a million calls), so
both measure the same records. No assertions: read the numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

from deskapp.bench.data import data_path, ensure_data
from deskapp.bootstrap import build_services
from deskapp.domain.visitors import SortKey, VisitQuery


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
    parser.add_argument("--output", default="bench-out/bench.json",
                        help="as given to deskapp bench -o (the data file is kept beside it)")
    parser.add_argument("--visitors", type=int, default=1_000_000)
    parser.add_argument("--calls", type=int, default=500_000)
    args = parser.parse_args()
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    data = ensure_data(data_path(output, args.visitors, args.calls), args.visitors, args.calls,
                       progress=print)
    services = timed("open the file", lambda: build_services(data.path), repeat=3)
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
    print(f"{'scroll 500,000 rows deep (2,500 pages)':<52} total  "
          f"{(time.perf_counter() - t0):8.1f} s")
    timed("one page at 500,000 rows deep", lambda: log.page(five_years, cursor))
    by_name = VisitQuery(five_years.first_day, today, sort=SortKey.NAME, descending=False)
    timed("first page of five years sorted by name", lambda: log.page(by_name), repeat=3)
    timed("count today", lambda: log.count(VisitQuery(today, today)))
    timed("count five years", lambda: log.count(five_years), repeat=3)
    timed("on site now (whole history)", lambda: log.on_site_count())
    services.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
