"""``deskapp export`` and ``deskapp print`` killed at random moments, as a power cut would.

Real processes, really killed (SIGKILL on POSIX, TerminateProcess on Windows): whatever the
moment, the user's file is the old sound one or the complete new one, the rows never land in
the system temp folder, and the next export, print or sweep leaves no temporary file behind.

Set ``DESKAPP_KILL_SEED`` to replay a run; the figures of a run are printed (``pytest -s``).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import Session

from deskapp.bootstrap import build_services
from deskapp.db.models import Visit
from deskapp.fileio import is_temp_file_name, sweep_stale_temp_files
from deskapp.output.workbook import Column, Sheet, write_workbook

DAY = dt.date(2026, 11, 23)
VISITS = 6_000  # about 1.5 s of writing: most random moments fall inside the write
EXPORT_ROUNDS = 20
PRINT_ROUNDS = 8


@dataclass
class Figures:
    """What the rounds saw, for the report."""

    rounds: int = 0
    killed: int = 0
    killed_while_writing: int = 0  # the child had its temporary files on disk when it died
    completed: int = 0
    target_old: int = 0
    target_new: int = 0
    leftovers: list[str] = field(default_factory=list)
    leftover_bytes: int = 0

    def line(self, what: str) -> str:
        return (f"{what}: {self.rounds} rounds, {self.killed} killed "
                f"({self.killed_while_writing} while writing), {self.completed} completed; "
                f"target old {self.target_old} / new {self.target_new}; "
                f"{len(self.leftovers)} temp files ({self.leftover_bytes} bytes) left by kills")


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data file with VISITS visits on DAY, names, ID numbers and full phone numbers."""
    db = tmp_path_factory.mktemp("killed") / "desk.sqlite"
    services = build_services(db)
    start = dt.datetime.combine(DAY, dt.time(1, 0), tzinfo=dt.UTC)
    try:
        with Session(services.engine) as session:
            session.add_all(
                Visit(pass_no=f"V261123-{n:05d}", name=f"访客{n}号", id_number="110105194912310021",
                      phone=f"138{n:08d}", company="北京某某科技有限公司", purpose="visit",
                      host_label=f"{n % 40 + 1:02d}03 室",
                      time_in=start + dt.timedelta(seconds=7 * n),
                      created_at=start)
                for n in range(VISITS)
            )
            session.commit()
    finally:
        services.close()
    return db


@pytest.fixture
def rng() -> random.Random:
    seed = int(os.environ.get("DESKAPP_KILL_SEED") or random.SystemRandom().randrange(1 << 30))
    print(f"\nDESKAPP_KILL_SEED={seed}")
    return random.Random(seed)


def _row_count(path: Path) -> int:
    """Rows of the visitors' sheet (after the summary); opening it at all proves the
    workbook is sound."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return sum(1 for _ in workbook["Visitors"].iter_rows(values_only=True))
    finally:
        workbook.close()


def _child_env(private_tmp: Path) -> dict[str, str]:
    env = dict(os.environ, TZ="UTC", LANG="en_US.UTF-8")
    env.update(TMPDIR=str(private_tmp), TEMP=str(private_tmp), TMP=str(private_tmp))
    return env


def _temp_files(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders if folder.exists() for p in folder.rglob("*")
                  if p.is_file() and is_temp_file_name(p.name))


def _run(args: list[str], env: dict[str, str]) -> float:
    """Run a command to its end; returns how long it took."""
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-m", "deskapp", *args], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0, err.decode()
    return time.monotonic() - started


def _kill_at_random(args: list[str], env: dict[str, str], rng: random.Random, *,
                    duration: float, watch: Callable[[], bool], while_writing: bool,
                    window: float | None = None) -> tuple[subprocess.Popen[bytes], bool]:
    """Start the command and kill it at a random moment; returns it and whether it was killed.

    ``while_writing``: wait until ``watch()`` says the write has begun, then pick the moment
    within ``window`` seconds (default: the rest of the run); otherwise any moment of the run,
    start-up included.
    """
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-m", "deskapp", *args], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if while_writing:
        while child.poll() is None and not watch() and time.monotonic() - started < 60:
            time.sleep(0.001)
        if window is None:
            window = max(duration - (time.monotonic() - started), 0.01)
        delay = rng.uniform(0, window)
    else:
        delay = rng.uniform(0, duration * 1.05)
    deadline = time.monotonic() + delay
    while child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    killed = child.poll() is None
    if killed:
        child.kill()
    child.wait(timeout=60)
    return child, killed


def test_killed_exports_leave_the_old_workbook_and_no_leftovers(
        big_db: Path, tmp_path: Path, rng: random.Random) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "day.xlsx"
    env = _child_env(private_tmp)
    args = ["export", "--db", str(big_db), "--date", DAY.isoformat(), "-o", str(target)]

    duration = _run(args, env)  # the complete new workbook, and how long it takes
    new_rows = _row_count(target)
    assert new_rows == VISITS + 1
    write_workbook(target, [Sheet("old", [Column("v")], [("the old export",)])])
    old = target.read_bytes()

    figures = Figures()
    for round_ in range(EXPORT_ROUNDS):
        target.write_bytes(old)
        before = set(_temp_files(out))
        child, killed = _kill_at_random(
            args, env, rng, duration=duration, while_writing=round_ % 2 == 1,
            watch=lambda before=before: bool(set(_temp_files(out)) - before))
        figures.rounds += 1
        figures.killed += killed
        figures.completed += not killed

        data = target.read_bytes()
        if data == old:
            figures.target_old += 1
        else:  # never a half file: only the complete new workbook may have replaced the old
            assert _row_count(target) == new_rows
            figures.target_new += 1
        assert os.listdir(private_tmp) == [], "an export wrote into the system temp folder"

        left = _temp_files(out)
        assert {p.name for p in out.iterdir()} == {target.name} | {p.name for p in left}
        mine = [p for p in left if f".deskapp-{child.pid}-" in p.name]
        if mine:
            # It swept before writing: only its own files can be left, none of earlier kills.
            assert left == mine
            figures.killed_while_writing += 1
            figures.leftovers += [p.name for p in mine]
            figures.leftover_bytes += sum(p.stat().st_size for p in mine)
        assert killed or not mine

    print(figures.line("export"))
    assert figures.killed >= EXPORT_ROUNDS // 2 and figures.killed_while_writing >= 5
    # The next export sweeps what the last kill left, and leaves nothing of its own.
    _run(args, env)
    assert sorted(os.listdir(out)) == [target.name]
    assert _row_count(target) == new_rows
    assert os.listdir(private_tmp) == []


def test_killed_prints_leave_the_old_pdf_and_no_leftovers(
        big_db: Path, tmp_path: Path, rng: random.Random) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "pass.pdf"
    archive = big_db.parent / f"{big_db.stem}-archive"
    env = _child_env(private_tmp)
    args = ["print", "visitor-pass", "V261123-00042", "--db", str(big_db), "-o", str(target)]

    duration = _run(args, env)
    old = target.read_bytes()
    assert old.startswith(b"%PDF")

    figures = Figures()
    for round_ in range(PRINT_ROUNDS):
        target.write_bytes(old)
        before = set(_temp_files(out, archive))
        child, killed = _kill_at_random(
            args, env, rng, duration=duration, while_writing=round_ % 2 == 1,
            # A pass is written in milliseconds: strike at once when its temp file shows.
            window=0.003,
            watch=lambda before=before: bool(set(_temp_files(out, archive)) - before))
        figures.rounds += 1
        figures.killed += killed
        figures.completed += not killed
        data = target.read_bytes()
        if data == old:
            figures.target_old += 1
        else:
            assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
            info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True,
                                  check=False)
            assert info.returncode == 0 and "Pages:" in info.stdout, info.stderr
            figures.target_new += 1
        assert os.listdir(private_tmp) == []
        left = _temp_files(out, archive)
        assert {p.name for p in out.iterdir()} <= {target.name} | {p.name for p in left}
        mine = [p for p in left if f".deskapp-{child.pid}-" in p.name]
        figures.killed_while_writing += bool(mine)
        figures.leftovers += [p.name for p in mine]
        figures.leftover_bytes += sum(p.stat().st_size for p in mine)
        assert killed or not mine

    print(figures.line("print"))
    assert figures.killed >= PRINT_ROUNDS // 2
    _run(args, env)  # sweeps the output folder and this month's archive folder
    assert sorted(os.listdir(out)) == [target.name]
    assert _temp_files(out, archive) == []
    assert sweep_stale_temp_files(archive, recursive=True) == []
    assert os.listdir(private_tmp) == []
