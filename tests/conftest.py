"""Shared fixtures: every test gets its own data file in a temporary folder.

The ``services`` of the domain, database, output and command tests run twice: on a SQLite
file and on a fresh database of a PostgreSQL server (``$DESKAPP_TEST_PG_URL``, which
``python3 dev.py test`` sets by starting a throwaway server). ``--backend sqlite`` or
``--backend postgresql`` runs one side only; widget tests stay on SQLite.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: tests drive real widgets without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the user's real data folder, settings or locale.
os.environ.pop("DESKAPP_DB", None)
os.environ.setdefault("LANG", "en_US.UTF-8")
_HOME = tempfile.mkdtemp(prefix="deskapp-test-home-")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_HOME, "state")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")

PG_URL = os.environ.get("DESKAPP_TEST_PG_URL", "")
# Tests in these folders run on both databases; the widgets stay on SQLite.
BOTH_BACKENDS = ("domain", "db", "output")
BOTH_BACKEND_FILES = ("test_cli.py", "test_backends.py")

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

from deskapp.bootstrap import Services, build_services  # noqa: E402
from deskapp.domain.clock import Clock  # noqa: E402

SHANGHAI = dt.timezone(dt.timedelta(hours=8), "CST")
# argon2id at its lowest cost: the tests log in often; deskapp itself keeps the default.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--backend", choices=("both", "sqlite", "postgresql"), default="both",
                     help="which database the data tests run on")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file itself")
    config.addinivalue_line("markers", "postgresql_only: about the server's own plans")
    config.addinivalue_line("markers", "both_backends: on both databases, in any folder")


def _backends(config: pytest.Config, item_path: Path, *, anywhere: bool = False) -> list[str]:
    chosen = config.getoption("--backend")
    folder = item_path.parent.name
    both = anywhere or folder in BOTH_BACKENDS or item_path.name in BOTH_BACKEND_FILES
    wanted = ["sqlite", "postgresql"] if chosen == "both" else [chosen]
    return wanted if both else [b for b in wanted if b == "sqlite"] or ["sqlite"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    backends = _backends(metafunc.config, Path(str(metafunc.definition.path)),
                         anywhere=metafunc.definition.get_closest_marker("both_backends")
                         is not None)
    if metafunc.definition.get_closest_marker("sqlite_only"):
        backends = ["sqlite"]
    if metafunc.definition.get_closest_marker("postgresql_only"):
        backends = ["postgresql"]  # skipped, saying why, without a server
    metafunc.parametrize("backend", backends, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database this test runs on ("sqlite" or "postgresql")."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql" and not PG_URL:
        pytest.skip("no PostgreSQL server for the tests ($DESKAPP_TEST_PG_URL); "
                    "python3 dev.py test starts one when PostgreSQL is installed")
    return name


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A database with deskapp's schema, copied for each test (copying beats migrating)."""
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1),
                          isolation_level="AUTOCOMMIT")
    name = f"deskapp_template_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    build_services(server_url(name)).close()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def server_url(database: str) -> str:
    """The test server's URL for ``database``."""
    return PG_URL.rsplit("/", 1)[0] + "/" + database


@pytest.fixture
def pg_database(pg_template: str) -> Iterator[str]:
    """A fresh database of the test server with deskapp's schema; dropped afterwards."""
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1),
                          isolation_level="AUTOCOMMIT")
    name = f"deskapp_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    yield server_url(name)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def services(request: pytest.FixtureRequest, backend: str, db_path: Path,
             clock: Clock) -> Iterator[Services]:
    """The services on a SQLite file, or on a fresh PostgreSQL database."""
    where: Path | str = db_path
    if backend == "postgresql":
        where = request.getfixturevalue("pg_database")
    built = build_services(where, clock=clock, hasher=FAST_HASHER)
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
def own_station(tmp_path_factory: pytest.TempPathFactory,
                monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test is its own PC: a counter name or printer one test sets is not the next
    test's (the station file lives in the per-user configuration folder)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


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
