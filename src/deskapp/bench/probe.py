"""The window processes ``deskapp bench`` starts and times, each in a fresh interpreter.

    python -m deskapp.bench.probe window DB SWITCHES   deskapp's window on DB (a file or a
                                                       postgresql:// address)
    python -m deskapp.bench.probe bare SWITCHES        a bare QMainWindow, five empty tabs

Each prints ``shown`` the moment its first screen is painted (deskapp: the Today tab with
its counts read), then switches tabs ``SWITCHES`` times each way, timing each switch until
the new tab is painted, and prints one JSON line: the switch times and its peak memory.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

BARE_TABS = 5


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    On Linux from /proc (VmHWM): getrusage's ru_maxrss survives exec, so a child started
    by a big parent would report the parent's peak.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    try:
        import resource
    except ImportError:  # Windows
        return _windows_peak_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _windows_peak_mb() -> float:
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                    ("PeakWorkingSetSize", ctypes.c_size_t),
                    ("WorkingSetSize", ctypes.c_size_t)] + [
                       (name, ctypes.c_size_t) for name in (
                           "QuotaPeakPagedPoolUsage", "QuotaPagedPoolUsage",
                           "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage",
                           "PagefileUsage", "PeakPagefileUsage")]

    counters = Counters()
    counters.cb = ctypes.sizeof(counters)
    process = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
    ctypes.windll.psapi.GetProcessMemoryInfo(  # type: ignore[attr-defined]
        process, ctypes.byref(counters), counters.cb)
    return counters.PeakWorkingSetSize / (1024 * 1024)


def _paint_watch():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        """Counts the paint events of the widgets it watches."""

        def __init__(self) -> None:
            super().__init__()
            self.painted = 0

        def eventFilter(self, _watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    return PaintWatch()


def _wait(app, done) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + 120
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("the window never painted")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def _switch_times(app, watch, switch, pages: list[object], switches: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Each switch's time in ms, from the call until the new page has painted."""
    times = []
    for _ in range(switches):
        for page in pages:
            before = watch.painted
            started = time.perf_counter()
            switch(page)
            _wait(app, lambda b=before: watch.painted > b)
            times.append((time.perf_counter() - started) * 1000)
    return times


def _painted_with_counts(today, painted: list[bool]):  # type: ignore[no-untyped-def]
    """An event filter on a chart of Today: notes its first paint once the counts are read."""
    from PySide6.QtCore import QEvent, QObject

    class Noter(QObject):
        def eventFilter(self, _watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and today.snapshot is not None:
                painted.append(True)
            return False

    return Noter(today)


def window(db: str, switches: int) -> None:
    """deskapp's start as ``run_gui`` does it, until the Today tab has painted its counts;
    then switches between the visitor log and the call log."""
    from deskapp import translations
    from deskapp.bootstrap import build_services
    from deskapp.location import DataLocation
    from deskapp.log import settle_logging, start_logging
    from deskapp.ui import messages
    from deskapp.ui.app import make_app

    start_logging()
    app = make_app()
    messages.install_excepthook()
    location = DataLocation.of(db)
    services = build_services(location)
    settle_logging(location.log_dir)
    translations.install(services.settings.load().language)
    from deskapp.ui.data_file_actions import DataFileActions
    from deskapp.ui.main_window import MainWindow

    # The check of the file runs after start, as always; the bench keeps no daily copies.
    DataFileActions.daily_backup = lambda self: None  # type: ignore[method-assign]
    window = MainWindow(services)
    today = window.workspace("today")
    visitors, calls = window.workspace("visitors"), window.workspace("calls")
    watch = _paint_watch()
    for workspace in (visitors, calls):
        assert workspace.history is not None
        workspace.history.ui.table.viewport().installEventFilter(watch)
    model = visitors.history.model  # type: ignore[union-attr]
    # The window opens on Today: started once its counts are read and painted.
    painted: list[bool] = []
    today.visits_chart.installEventFilter(_painted_with_counts(today, painted))
    window.resize(1280, 800)
    window.show()
    _wait(app, lambda: bool(painted))
    print("shown", flush=True)
    tabs = window.ui.workspace_tabs
    times = _switch_times(app, watch, window.switch_to,
                          [tabs.indexOf(calls), tabs.indexOf(visitors)], switches)
    print(json.dumps({"tab_switch_ms": times, "rss_mb": peak_rss_mb(),
                      "rows": model.rowCount()}), flush=True)
    os._exit(0)  # no teardown: the background check of the file may still be running


def bare(switches: int) -> None:
    """A bare PySide6 window: five empty tabs in a QMainWindow, until painted."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication([])
    window = QMainWindow()
    tabs = QTabWidget()
    watch = _paint_watch()
    for number in range(BARE_TABS):
        page = QWidget()
        page.installEventFilter(watch)
        tabs.addTab(page, f"Tab {number + 1}")
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    window.show()
    _wait(app, lambda: watch.painted > 0)
    print("shown", flush=True)
    times = _switch_times(app, watch, tabs.setCurrentIndex, [1, 0], switches)
    print(json.dumps({"tab_switch_ms": times, "rss_mb": peak_rss_mb()}), flush=True)
    os._exit(0)


def main(argv: list[str]) -> None:
    """``window DB SWITCHES`` or ``bare SWITCHES``."""
    if argv[0] == "window":
        window(argv[1], int(argv[2]))
    elif argv[0] == "bare":
        bare(int(argv[1]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
