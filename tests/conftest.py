"""Shared fixtures: every test gets its own data file in a temporary folder."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: tests drive real widgets without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the user's real data folder, settings or locale.
os.environ.pop("DESKAPP_DB", None)
os.environ.setdefault("LANG", "en_US.UTF-8")

import pytest  # noqa: E402

from deskapp.bootstrap import Services, build_services  # noqa: E402
from deskapp.domain.clock import Clock  # noqa: E402

SHANGHAI = dt.timezone(dt.timedelta(hours=8), "CST")


class SteppingClock:
    """A controllable 'now' for tests: starts at a fixed instant, moves when told."""

    def __init__(self, start: dt.datetime) -> None:
        self.value = start

    def __call__(self) -> dt.datetime:
        return self.value

    def advance(self, **delta: float) -> None:
        self.value += dt.timedelta(**delta)


@pytest.fixture
def now() -> SteppingClock:
    """2026-11-23 09:30 in Shanghai, movable."""
    return SteppingClock(dt.datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI))


@pytest.fixture
def clock(now: SteppingClock) -> Clock:
    return Clock(now, tz=SHANGHAI)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder / "deskapp.sqlite"


@pytest.fixture
def services(db_path: Path, clock: Clock) -> Services:
    built = build_services(db_path, clock=clock)
    yield built
    built.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests that drive widgets as gui, so ``-m 'not gui'`` runs the logic alone."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def shanghai_tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run with the process's local zone at UTC+8, like the counters deskapp is built for."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset() is POSIX-only")
    monkeypatch.setenv("TZ", "CST-8")  # POSIX form; needs no tz database
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def no_real_dialogs(request: pytest.FixtureRequest,
                    monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A test that reaches a blocking system dialog fails at once instead of hanging CI; and
    no window a test leaves open steals the next test's keyboard focus.

    Tests answer dialogs by patching ``deskapp.ui.messages`` or the window's ``ask_*``.
    """
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

    def blocked(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the test opened a blocking dialog; answer it with monkeypatch")

    for owner, names in ((QFileDialog, ("getSaveFileName", "getOpenFileName")),
                         (QInputDialog, ("getText", "getItem", "getInt")),
                         (QMessageBox, ("warning", "information", "question", "critical"))):
        for name in names:
            monkeypatch.setattr(owner, name, blocked)
    yield
    QApplication.closeAllWindows()
