"""The one atomic-replace helper and the sweep of temporary files left by killed writers."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from deskapp import fileio
from deskapp.fileio import (
    FOREIGN_STALE_SECONDS,
    atomic_replace,
    copy_file_atomically,
    host_tag,
    is_temp_file_name,
    process_is_running,
    sweep_app_folders,
    sweep_stale_temp_files,
    write_bytes_atomically,
)


def _dead_pid() -> int:
    """The PID of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _temp_name(target: str, pid: int, host: str | None = None, label: str = "") -> str:
    tail = f".{label}" if label else ""
    return f".{target}.deskapp-{pid}-{host or host_tag()}-0123abcd{tail}.part"


def test_the_temporary_file_sits_beside_the_target_and_names_its_writer(tmp_path: Path) -> None:
    target = tmp_path / "访客 2026-11-23.xlsx"
    with atomic_replace(target) as pending:
        assert pending.path.parent == tmp_path
        assert pending.path.is_file()
        name = pending.path.name
        assert re.fullmatch(
            rf"\.访客 2026-11-23\.xlsx\.deskapp-{os.getpid()}-{host_tag()}-[0-9a-f]{{8}}\.part",
            name,
        )
        assert is_temp_file_name(name)
        scratch = pending.scratch_file("sheet1")
        assert scratch.parent == tmp_path and scratch.name.endswith(".sheet1.part")
        assert is_temp_file_name(scratch.name)
        pending.path.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == [target.name]


def test_a_long_chinese_name_stays_within_the_file_name_limit(tmp_path: Path) -> None:
    target = tmp_path / ("访" * 80 + ".xlsx")  # 240 bytes: the longest name most disks take
    with atomic_replace(target) as pending:
        assert len(pending.path.name.encode()) <= 255
        assert len(pending.scratch_file("sheet12").name.encode()) <= 255
        pending.path.write_bytes(b"x")
    assert target.read_bytes() == b"x"


@pytest.mark.parametrize("error", [RuntimeError("boom"), KeyboardInterrupt()])
def test_a_failure_keeps_the_old_file_and_removes_every_temporary_file(
        tmp_path: Path, error: BaseException) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(type(error)), atomic_replace(target) as pending:
        pending.path.write_bytes(b"half")
        pending.scratch_file("buffer").write_bytes(b"rows")
        raise error
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.pdf"]


def test_a_failed_replace_removes_the_temporary_file(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(src: str, dst: str) -> None:
        raise PermissionError("the file is open in Excel")

    monkeypatch.setattr(fileio.os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_bytes_atomically(tmp_path / "out.xlsx", b"new")
    assert os.listdir(tmp_path) == []


def test_the_content_is_flushed_before_the_rename(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(fileio.os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd)))
    monkeypatch.setattr(fileio.os, "replace",
                        lambda a, b: (calls.append("replace"), real_replace(a, b)))
    write_bytes_atomically(tmp_path / "out.pdf", b"%PDF")
    assert calls[:2] == ["fsync", "replace"]
    if os.name == "posix":
        assert calls == ["fsync", "replace", "fsync"]  # the folder, so the rename is durable


def test_copy_file_atomically(tmp_path: Path) -> None:
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF-1.4 " * 200_000)
    target = tmp_path / "out" / "b.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    copy_file_atomically(source, target)
    assert target.read_bytes() == source.read_bytes()
    assert os.listdir(target.parent) == ["b.pdf"]


def test_process_is_running() -> None:
    assert process_is_running(os.getpid())
    assert not process_is_running(_dead_pid())
    assert not process_is_running(0)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="zombies are read from /proc")
def test_an_unreaped_killed_process_counts_as_gone() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        child.kill()
        deadline = time.monotonic() + 10
        while process_is_running(child.pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not process_is_running(child.pid)
    finally:
        child.wait()


def test_sweep_removes_only_the_files_of_processes_that_are_gone(tmp_path: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = _dead_pid()
        stale = [_temp_name("a.xlsx", dead), _temp_name("a.xlsx", dead, label="sheet1"),
                 # this process's PID on a file no block of this process owns: a leftover of
                 # an earlier process that had the same PID
                 _temp_name("b.pdf", os.getpid())]
        live = [_temp_name("c.xlsx", sleeper.pid), _temp_name("c.xlsx", sleeper.pid, label="s2")]
        other = ["a.xlsx", ".a.xlsx.part", ".a.xlsx.deskapp-x-1-2.part", "notes.deskapp-1.part",
                 _temp_name("d.xlsx", dead).removesuffix(".part")]
        for name in stale + live + other:
            (tmp_path / name).write_bytes(b"rows with phone numbers")
        (tmp_path / "sub").mkdir()
        (tmp_path / "sub" / stale[0]).write_bytes(b"x")

        removed = sweep_stale_temp_files(tmp_path)

        assert sorted(p.name for p in removed) == sorted(stale)
        assert sorted(os.listdir(tmp_path)) == sorted(live + other + ["sub"])
        assert os.listdir(tmp_path / "sub") == [stale[0]]  # not recursive unless asked
        assert sweep_stale_temp_files(tmp_path, recursive=True) == [tmp_path / "sub" / stale[0]]
    finally:
        sleeper.kill()
        sleeper.wait()
    # Its writer is gone now, so the next sweep removes its files.
    assert sorted(p.name for p in sweep_stale_temp_files(tmp_path)) == sorted(live)


def test_sweep_never_removes_a_file_this_process_is_writing(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    with atomic_replace(target) as pending:
        scratch = pending.scratch_file("sheet1")
        assert sweep_stale_temp_files(tmp_path) == []
        # A second write into the same folder sweeps it too, and leaves this one alone.
        write_bytes_atomically(tmp_path / "other.pdf", b"%PDF")
        assert pending.path.exists() and scratch.exists()
        pending.path.write_bytes(b"done")
    assert target.read_bytes() == b"done"


def test_another_computers_file_is_kept_until_it_is_old(tmp_path: Path) -> None:
    other_host = "abcdef" if host_tag() != "abcdef" else "fedcba"
    fresh = tmp_path / _temp_name("a.xlsx", 1, host=other_host)
    old = tmp_path / _temp_name("b.xlsx", 1, host=other_host)
    fresh.write_bytes(b"x")
    old.write_bytes(b"x")
    long_ago = time.time() - FOREIGN_STALE_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    assert sweep_stale_temp_files(tmp_path) == [old]
    assert fresh.exists()


def test_sweep_of_a_missing_folder_is_quiet(tmp_path: Path) -> None:
    assert sweep_stale_temp_files(tmp_path / "nowhere") == []


def test_sweep_app_folders_cleans_the_data_archive_and_backup_folders(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    dead = _dead_pid()
    leftovers = [
        tmp_path / _temp_name("export.xlsx", dead),
        tmp_path / "desk-archive" / "2026" / "11" / _temp_name("visitor-pass-V1.pdf", dead),
        tmp_path / "desk-backups" / _temp_name("desk.sqlite", dead),
        tmp_path / "exports" / _temp_name("day.xlsx", dead),
    ]
    for path in leftovers:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    removed = sweep_app_folders(db, extra=[tmp_path / "exports"])
    assert sorted(removed) == sorted(leftovers)
    assert not any(p.exists() for p in leftovers)


def test_writers_on_several_threads_while_sweeping(tmp_path: Path) -> None:
    errors: list[BaseException] = []
    stop = threading.Event()

    def write(n: int) -> None:
        try:
            for round_ in range(30):
                with atomic_replace(tmp_path / f"out{n}.bin") as pending:
                    scratch = pending.scratch_file("buffer")
                    scratch.write_bytes(b"rows" * 100)
                    pending.path.write_bytes(f"{n}-{round_}".encode())
                    assert scratch.read_bytes() == b"rows" * 100
        except (AssertionError, OSError) as exc:  # reported below
            errors.append(exc)

    def sweep() -> None:
        while not stop.is_set():
            sweep_stale_temp_files(tmp_path)

    sweeper = threading.Thread(target=sweep)
    sweeper.start()
    writers = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    sweeper.join()
    assert errors == []
    assert sorted(os.listdir(tmp_path)) == [f"out{n}.bin" for n in range(4)]
    assert {(tmp_path / f"out{n}.bin").read_bytes() for n in range(4)} == {
        f"{n}-29".encode() for n in range(4)}
