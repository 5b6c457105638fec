"""How long the window takes to come up, on a small file and on five years of history.

    python benchmarks/bench_startup.py [--db bench-out/visits-1m.sqlite]

Times, in a fresh process each run: importing deskapp's UI, opening the data file
(checks and migrations), building the main window with today's first page loaded, and the
whole start to a rendered frame. Prints figures; run bench_visits.py first for the big file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PROBE = r"""
import json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from deskapp.ui.app import make_app
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import TaskRunner
from deskapp.bootstrap import build_services
t1 = time.perf_counter()
app = make_app()
services = build_services(Path(sys.argv[1]))
t2 = time.perf_counter()
# Pages load synchronously so the frame shows rows; the file check runs in its thread.
window = MainWindow(services, tasks=TaskRunner(), loader=SyncPageLoader())
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
t3 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "open file": t2 - t1, "window + first page": t3 - t2,
                  "total": t3 - t0}), flush=True)
import os
os._exit(0)  # skip waiting for the background file check
"""


def run(db: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", PROBE, str(db)], capture_output=True,
                         text=True, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def report(label: str, db: Path, repeat: int = 5) -> None:
    runs = [run(db) for _ in range(repeat)]
    print(f"{label}")
    for key in runs[0]:
        values = [r[key] * 1000 for r in runs]
        print(f"  {key:<22} median {statistics.median(values):7.0f} ms   max {max(values):7.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="bench-out/visits-1m.sqlite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.sqlite"
        subprocess.run([sys.executable, "-m", "deskapp", "demo", "--db", str(small), "--days", "14"],
                       check=True, capture_output=True)
        report("demo file (14 days)", small)
    big = Path(args.db)
    if big.exists():
        report(f"{big} ({big.stat().st_size / 1e6:.0f} MB)", big)
    else:
        print(f"{big} missing: run benchmarks/bench_visits.py first")


if __name__ == "__main__":
    main()
