"""Real deskapp processes for tests: the command line, and workers driven over a pipe."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

WORKERS = Path(__file__).resolve().parent / "workers"


def deskapp(*args: str | os.PathLike[str], env: dict[str, str] | None = None,
            cwd: Path | None = None, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run ``python -m deskapp ARGS`` the way a scheduled job would."""
    full_env = dict(os.environ)
    full_env.pop("DESKAPP_DB", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "deskapp", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=timeout,
                          env=full_env)


class Worker:
    """``workers/deskapp_worker.py`` on a data file or a server: send commands, read what it
    committed. ``desk`` is the counter it saves at."""

    def __init__(self, db: Path | str, name: str = "访客", desk: str = "") -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKERS / "deskapp_worker.py"), str(db), name, desk],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, bufsize=1)
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.wait_for("ready")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def wait_for(self, word: str, timeout: float = 120) -> list[str]:
        """Lines up to and including the first that starts with ``word``."""
        got = []
        while True:
            try:
                line = self._queue.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"worker never said {word!r}; said {got[-5:]}") from None
            if line is None:
                err = self.proc.stderr.read() if self.proc.stderr else ""
                raise AssertionError(f"worker ended before {word!r}: {got[-5:]} {err[-2000:]}")
            self.lines.append(line)
            got.append(line)
            if line.startswith(word):
                return got

    def kill(self) -> None:
        """SIGKILL, then collect every line it had written before dying."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        while True:
            line = self._queue.get(timeout=30)
            if line is None:
                break
            self.lines.append(line)

    def quit(self) -> None:
        self.send("quit")
        self.wait_for("closed")
        self.proc.wait(timeout=30)

    def saved(self) -> dict[int, str]:
        """Every record it reported committed: id → pass number."""
        found = {}
        for line in self.lines:
            if line.startswith("saved "):
                _, record_id, pass_no = line.split()
                found[int(record_id)] = pass_no
        return found

    def errors(self) -> list[str]:
        return [line for line in self.lines if line.startswith("error ")]


def sound(db: Path) -> None:
    """Assert the file passes SQLite's integrity_check (through SQLite, from this process)."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


def stored_visits(db: Path) -> dict[int, str]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT id, pass_no FROM visit"))
    finally:
        con.close()


def search_index_matches_records(db: Path) -> None:
    """Assert every visit and call is in the search index, and the index holds nothing else.

    The index's tables are read through SQLite; the full-text table lists its records by
    the separator token that every record's entry holds.
    """
    from deskapp.db.dialect import SEARCH_INDEXES
    from deskapp.db.ngrams import SEPARATOR

    con = sqlite3.connect(db)
    try:
        for index in SEARCH_INDEXES:
            records = {r[0] for r in con.execute(f"SELECT id FROM {index.record_table}")}
            readings = {r[0] for r in con.execute(f"SELECT id FROM {index.readings.name}")}
            indexed = {r[0] for r in con.execute(
                f"SELECT rowid FROM {index.fts_table} WHERE {index.fts_table} MATCH ?",
                (SEPARATOR,))}
            assert records == readings == indexed, (
                index.record_table, sorted(records ^ readings)[:5], sorted(records ^ indexed)[:5])
    finally:
        con.close()


def audit_matches_records(db: Path) -> None:
    """Assert the audit trail's chain is sound and every visit has its "create" entry and
    no entry names a visit that is not there (a change and its entry commit together)."""
    from sqlalchemy import create_engine

    from deskapp.db.audit import verify

    engine = create_engine(f"sqlite:///{db}")
    try:
        state = verify(engine)
        assert state.sound, state
    finally:
        engine.dispose()
    con = sqlite3.connect(db)
    try:
        visits = {r[0] for r in con.execute("SELECT id FROM visit")}
        created = {r[0] for r in con.execute(
            "SELECT record_id FROM auditentry WHERE record_kind = 'visit' "
            "AND action = 'create'")}
        assert visits == created, (sorted(visits ^ created)[:5])
    finally:
        con.close()
