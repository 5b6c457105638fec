"""Files that are not ours, not writable or not usable: refused in words, never changed."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskapp.bootstrap import build_services
from deskapp.db.errors import DiskFull, ForeignFile, UnusablePath
from deskapp.db.schema import open_database
from deskapp.db.sqlite_file import APPLICATION_ID
from processes import deskapp


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` and its bytes (the test's own view, no deskapp running)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()} | {
        p.name + "/": b"" for p in folder.iterdir() if p.is_dir()}


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """Another program's SQLite file (a rollback journal, as most programs leave it)."""
    folder = tmp_path / "other"
    folder.mkdir()
    path = folder / "shop.sqlite"
    con = sqlite3.connect(path)
    con.execute("create table orders (id integer primary key, item text)")
    con.execute("insert into orders (item) values ('tea')")
    con.commit()
    con.close()
    return path


def test_another_programs_file_is_refused_byte_for_byte_untouched(shop: Path,
                                                                  tmp_path: Path) -> None:
    before = snapshot(shop.parent)
    with pytest.raises(ForeignFile, match="another program"):
        open_database(shop, tmp_path / "backups")
    for args in (("check", "--db", shop), ("demo", "--db", shop),
                 ("export", "--db", shop, "--date", "2026-11-23", "-o", tmp_path / "x.xlsx"),
                 ("print", "visitor-pass", "1", "--db", shop, "-o", tmp_path / "x.pdf")):
        result = deskapp(*args)
        assert result.returncode == 1, (args, result.stderr)
        assert "another program" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    # Not a byte changed, no journal switched to WAL, no logs folder beside it.
    assert snapshot(shop.parent) == before
    with sqlite3.connect(shop) as con:
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_file_marked_by_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "marked.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA application_id = 1")
    con.close()
    with pytest.raises(ForeignFile):
        open_database(path, tmp_path / "b")


def test_an_empty_file_becomes_ours_but_check_leaves_it_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    result = deskapp("check", "--db", path)
    assert result.returncode == 0, result.stderr
    assert "none yet" in result.stdout
    assert path.stat().st_size == 0  # no SQLite header written by a check
    build_services(path).close()
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)


@pytest.mark.sqlite_only  # the SQLite file itself
def test_check_changes_nothing_in_a_deskapp_file(services, tmp_path: Path) -> None:
    from deskapp.domain.visitors import HostRef, VisitInput

    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    copy = tmp_path / "copy.sqlite"
    services.backup(copy)
    before = snapshot(tmp_path)
    result = deskapp("check", "--db", copy)
    assert result.returncode == 0 and "up to date" in result.stdout, result.stderr
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("case", ["folder", "missing folder"])
def test_a_path_that_cannot_hold_a_data_file_is_refused_in_words(tmp_path: Path,
                                                                 case: str) -> None:
    path = tmp_path if case == "folder" else tmp_path / "nowhere" / "desk.sqlite"
    with pytest.raises(UnusablePath):
        open_database(path, tmp_path / "b")
    result = deskapp("export", "--db", path, "--date", "2026-11-23", "-o", tmp_path / "x.xlsx")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.sqlite_only  # the SQLite file itself
def test_a_full_disk_is_said_in_words(services) -> None:
    from sqlalchemy import event

    from deskapp.domain.visitors import HostRef, VisitInput

    services.engine.dispose()

    def no_room(dbapi, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi.execute("PRAGMA page_count").fetchone()[0]
        dbapi.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(services.engine, "connect", no_room)
    with pytest.raises(DiskFull, match="full") as caught:
        for i in range(200):
            services.visitors.check_in(VisitInput(name=f"访客{i}" * 20, host=HostRef("1203")))
    assert "INSERT" not in str(caught.value) and "Background" not in str(caught.value)


# --- Read-only files: as another user when the tests run as root ----------------------

@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user may enter (pytest's own tmp folder is private to this user)."""
    folder = Path(tempfile.mkdtemp(prefix="deskapp-ro-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        subprocess.run(["rm", "-rf", str(folder)], check=False)


def as_other_user(script: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run ``script`` as a user who may read but not write the test's files."""
    kwargs: dict[str, object] = {}
    if os.getuid() == 0:
        kwargs = {"user": 65534, "group": 65534}
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
    env.pop("DESKAPP_DB", None)
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                          env=env, timeout=180, **kwargs)  # type: ignore[call-overload]


READ_ONLY_SCRIPT = r"""
import sys
from pathlib import Path
from deskapp.bootstrap import build_services
from deskapp.db.errors import DatabaseReadOnly
from deskapp.domain.visitors import HostRef, VisitInput, VisitQuery
services = build_services(Path(sys.argv[1]))
assert services.read_only
today = services.clock.today()
assert services.visitors.count(VisitQuery(today, today))[0] == 1  # looking works
try:
    services.visitors.check_in(VisitInput(name="李四", host=HostRef("1203")))
except DatabaseReadOnly as exc:
    print("refused:", exc)
services.close()
"""


def test_a_read_only_file_opens_read_only_and_saving_says_why(shared_tmp: Path) -> None:
    from deskapp.domain.visitors import HostRef, VisitInput

    folder = shared_tmp / "counter"
    folder.mkdir()
    path = folder / "desk.sqlite"
    services = build_services(path)
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    services.close()
    home = shared_tmp / "home"
    home.mkdir()
    home.chmod(0o777)
    if os.getuid() != 0:
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        folder.chmod(0o555)
    else:
        folder.chmod(0o755)
        path.chmod(0o644)
    try:
        before = snapshot(folder)
        result = as_other_user(READ_ONLY_SCRIPT, str(path), home=home)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "refused: The data file" in result.stdout and "read-only" in result.stdout
        assert "INSERT" not in result.stdout
        check = as_other_user("from deskapp.__main__ import main; raise SystemExit(main())",
                              "check", "--db", str(path), home=home)
        assert check.returncode == 0 and "integrity: ok" in check.stdout, check.stderr
        export = as_other_user("from deskapp.__main__ import main; raise SystemExit(main())",
                               "export", "--db", str(path), "--date",
                               services.clock.today().isoformat(), "-o",
                               str(home / "day.xlsx"), home=home)
        assert export.returncode == 0, export.stderr
        assert snapshot(folder) == before  # no logs folder, nothing written beside it
    finally:
        folder.chmod(0o755)


def test_a_file_another_user_may_not_read_is_refused_in_words(shared_tmp: Path) -> None:
    if os.getuid() != 0 and os.name != "posix":
        pytest.skip("needs POSIX permissions")
    path = shared_tmp / "secret.sqlite"
    build_services(path).close()
    path.chmod(0o600)
    home = shared_tmp / "home"
    home.mkdir()
    home.chmod(0o777)
    if os.getuid() != 0:
        path.chmod(0)
    result = as_other_user("from deskapp.__main__ import main; raise SystemExit(main())",
                           "check", "--db", str(path), home=home)
    assert result.returncode == 1
    assert "not allowed to read" in result.stderr or "cannot be reached" in result.stderr, \
        result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
