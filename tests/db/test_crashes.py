"""Not one committed record lost: real processes, other commands on the same file, SIGKILL.

The rounds of the random-kill test are bounded for the everyday suite; set
DESKAPP_CRASH_ROUNDS for a longer run.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import time
from pathlib import Path

import openpyxl
import pytest

from deskapp.bootstrap import build_services
from helpers import pdf_text
from processes import (
    Worker,
    audit_matches_records,
    deskapp,
    search_index_matches_records,
    sound,
    stored_visits,
)

ROUNDS = int(os.environ.get("DESKAPP_CRASH_ROUNDS", "8"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "counter.sqlite"
    build_services(path).close()
    return path


def test_check_ins_survive_other_commands_and_a_kill(db: Path, tmp_path: Path) -> None:
    """The window's services (background check done) write; every other command runs on
    the same file; a second writer comes and goes; then the window is killed."""
    window = Worker(db, "窗口")
    window.send("verify")
    window.wait_for("verified")
    window.send("checkin 3")
    window.wait_for("done")
    first_pass = next(iter(window.saved().values()))
    today = dt.date.today().isoformat()

    printed = tmp_path / "pass.pdf"
    result = deskapp("print", "visitor-pass", first_pass, "--db", db, "-o", printed)
    assert result.returncode == 0, result.stderr  # the other process sees the check-in
    assert first_pass in pdf_text(printed)
    workbook = tmp_path / "day.xlsx"
    result = deskapp("export", "--db", db, "--date", today, "-o", workbook)
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(workbook)["Visitors"].max_row == 1 + 3
    for args in (("check", "--db", db), ("screenshot", "--db", db, "-o", tmp_path / "s.png")):
        result = deskapp(*args)
        assert result.returncode == 0, result.stderr

    window.send("checkin 3")
    window.wait_for("done")
    other = Worker(db, "脚本")
    other.send("checkin 2")
    other.wait_for("done")
    other.quit()
    window.send("checkin 2")
    window.wait_for("done")
    window.kill()

    sound(db)
    stored = stored_visits(db)
    for worker in (window, other):
        assert worker.saved().items() <= stored.items()
    assert len(stored) == 3 + 3 + 2 + 2


def test_random_kills_lose_nothing_that_was_committed(db: Path, tmp_path: Path) -> None:
    """A writer killed at random moments, many rounds, while another process exports."""
    rng = random.Random(20261128)
    exporter = Worker(db, "导出")
    exporter.send(f"export {dt.date.today().isoformat()} {tmp_path / 'live.xlsx'}")
    committed: dict[int, str] = {}
    for _round in range(ROUNDS):
        writer = Worker(db, "流")
        writer.send("stream")
        # The kill lands mid-stream, however slow the machine is at the first check-in.
        writer.wait_for("saved")
        time.sleep(rng.uniform(0.0, 0.6))
        writer.kill()
        assert not writer.errors(), writer.errors()[:3]
        committed.update(writer.saved())
        sound(db)
        stored = stored_visits(db)
        missing = {k: v for k, v in committed.items() if stored.get(k) != v}
        assert not missing, f"lost after round {_round}: {sorted(missing)[:5]}"
        # A check-in and its search entry are committed together, or neither is.
        search_index_matches_records(db)
        # And with its audit entry, in a chain a kill never breaks.
        audit_matches_records(db)
    exporter.kill()
    assert not exporter.errors(), exporter.errors()[:3]
    assert any(line == "exported" for line in exporter.lines)
    assert len(committed) > ROUNDS  # each round really wrote
    numbers = sorted(int(p.rsplit("-", 1)[1]) for p in stored_visits(db).values())
    assert numbers == list(range(1, len(numbers) + 1))  # no number repeated or skipped


def test_killed_parties_and_corrections_are_whole_or_absent(db: Path) -> None:
    """A party is all its members or none; a correction is its new value with its history
    row, or neither — whenever the writer dies."""
    rng = random.Random(20261129)
    parties: list[list[int]] = []
    corrected: set[int] = set()
    for _round in range(max(3, ROUNDS // 2)):
        writer = Worker(db, "队")
        writer.send("parties")
        writer.wait_for("party")
        time.sleep(rng.uniform(0.0, 0.5))
        writer.kill()
        assert not writer.errors(), writer.errors()[:3]
        for line in writer.lines:
            if line.startswith("party "):
                parties.append([int(i) for i in line.split()[1:]])
            elif line.startswith("corrected "):
                corrected.add(int(line.split()[1]))
        sound(db)
    with sqlite3.connect(db) as conn:
        groups: dict[int, list[int]] = {}
        for visit_id, group_id in conn.execute("SELECT id, group_id FROM visit"):
            groups.setdefault(group_id, []).append(visit_id)
        history = dict(conn.execute("SELECT visit_id, after FROM visitcorrection"))
        names = dict(conn.execute("SELECT id, name FROM visit"))
    assert parties and all(groups[p[0]] == p for p in parties)  # every reported party whole
    assert all(len(members) == 3 for members in groups.values())  # and no party half-saved
    assert corrected and corrected <= set(history)
    for visit_id, after in history.items():  # the value and its history, together
        assert names[visit_id] == after


def test_killed_request_writers_leave_every_request_whole_and_numbers_unbroken(
        db: Path) -> None:
    """Two counters taking and resolving requests, killed at random moments: every request
    reported is stored with its number and its registered step, every resolution with its
    step; the yearly numbers run on without a repeat or a gap."""
    rng = random.Random(20261128)
    reported: dict[int, str] = {}
    resolved: set[int] = set()
    for _round in range(max(3, ROUNDS // 2)):
        writers = [Worker(db, "甲"), Worker(db, "乙")]
        for writer in writers:
            writer.send("requests 0")
        for writer in writers:
            writer.wait_for("request")
        time.sleep(rng.uniform(0.0, 0.4))
        for writer in writers:
            writer.kill()
            assert not writer.errors(), writer.errors()[:3]
            for line in writer.lines:
                if line.startswith("request "):
                    reported[int(line.split()[1])] = line.split()[2]
                elif line.startswith("resolved "):
                    resolved.add(int(line.split()[1]))
        sound(db)
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT id, number FROM request"))
        states = dict(conn.execute("SELECT id, state FROM request"))
        steps = {(request_id, kind) for request_id, kind in conn.execute(
            "SELECT request_id, kind FROM requestevent")}
    assert reported and reported.items() <= stored.items()  # nothing committed was lost
    assert all((i, "registered") in steps for i in stored)  # no request without its step
    assert resolved <= {i for i, state in states.items() if state == "resolved"}
    assert all(((i, "resolved") in steps) == (state == "resolved")
               for i, state in states.items())  # a state and its step, together
    serials = sorted(int(number.rsplit("-", 1)[1]) for number in stored.values())
    assert serials == list(range(1, len(serials) + 1))
    audit_matches_records(db)
    with sqlite3.connect(db) as conn:  # each request with its audit entry, and no more
        created = {r[0] for r in conn.execute(
            "SELECT record_id FROM auditentry WHERE record_kind = 'request' "
            "AND action = 'create'")}
    assert created == set(stored)


def test_two_writers_never_share_or_skip_a_number(db: Path) -> None:
    first, second = Worker(db, "甲"), Worker(db, "乙")
    first.send("checkin 120")
    second.send("checkin 120")
    first.wait_for("done")
    second.wait_for("done")
    first.quit()
    second.quit()
    assert not first.errors() and not second.errors(), (first.errors() + second.errors())[:3]
    passes = list(first.saved().values()) + list(second.saved().values())
    prefix = passes[0].rsplit("-", 1)[0]
    assert sorted(passes) == sorted(f"{prefix}-{n:04d}" for n in range(1, 241))
    sound(db)


def test_a_busy_file_is_waited_for_then_reported_in_words(db: Path) -> None:
    from deskapp.db.engine import write_session
    from deskapp.db.errors import DatabaseBusy
    from deskapp.domain.visitors import HostRef, VisitInput

    services = build_services(db)
    blocker = sqlite3.connect(db, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")  # a long write elsewhere (a big import)
        with pytest.raises(DatabaseBusy, match="busy") as caught:
            with write_session(services.engine, wait_s=0.2) as session:
                session.connection()
        assert "SELECT" not in str(caught.value) and "locked" not in str(caught.value)
        blocker.execute("ROLLBACK")
        row = services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
        assert row.pass_no.endswith("-0001")  # the refused attempt took no number
    finally:
        blocker.close()
        services.close()


def test_killed_key_counters_leave_every_loan_whole(db: Path) -> None:
    """Two counters issuing keys, taking one back, then the rest, killed at random moments:
    every loan reported is stored; each loan's returns add up to what it says came back,
    it is closed exactly when every key is back, and its steps are there; each set is out
    exactly when a loan holds it; the slip numbers run on without a repeat or a gap."""
    from deskapp.domain.keys.records import KeyKind, KeySetInput

    services = build_services(db)
    try:
        tags = [services.keys.register(KeySetInput(f"{1200 + n}", KeyKind.VACANT, 2)).tag
                for n in range(6)]
    finally:
        services.close()
    rng = random.Random(20261129)
    issued: dict[int, str] = {}
    parts: set[int] = set()
    returned: set[int] = set()
    for _round in range(max(3, ROUNDS // 2)):
        # Both counters work through the same sets, in opposite orders.
        writers = [Worker(db, "甲"), Worker(db, "乙")]
        writers[0].send("key-loop " + ",".join(tags))
        writers[1].send("key-loop " + ",".join(reversed(tags)))
        for writer in writers:
            writer.wait_for("issued")
        time.sleep(rng.uniform(0.0, 0.5))
        for writer in writers:
            writer.kill()
            assert not writer.errors(), writer.errors()[:3]
            for line in writer.lines:
                word, loan_id, *rest = line.split() + [""]
                if word == "issued":
                    issued[int(loan_id)] = rest[0]
                elif word == "part":
                    parts.add(int(loan_id))
                elif word == "returned":
                    returned.add(int(loan_id))
        sound(db)
        loans = loans_whole(db, tags)
        assert {i: loans[i][0] for i in issued} == issued  # nothing committed was lost
        assert parts <= {i for i, loan in loans.items() if loan[3] >= 1}
        assert returned <= {i for i, loan in loans.items() if loan[6] is not None}
        # The next morning the desk takes back what the killed counters left out.
        services = build_services(db)
        try:
            for loan in services.keys.still_out():
                services.keys.return_loan(loan.id)
        finally:
            services.close()
    loans = loans_whole(db, tags)
    serials = sorted(int(loan[1].rsplit("-", 1)[1]) for loan in loans.values())
    assert serials == list(range(1, len(serials) + 1))
    with sqlite3.connect(db) as conn:
        created = {r[0] for r in conn.execute(
            "SELECT record_id FROM auditentry WHERE record_kind = 'key_loan' "
            "AND action = 'create'")}
    assert created == set(loans)  # each loan with its audit entry, and no more
    audit_matches_records(db)


def loans_whole(db: Path, tags: list[str]) -> dict[int, tuple]:  # type: ignore[type-arg]
    """Assert every loan and set of ``db`` is whole; the loans by id: (tag, number,
    keys_out, keys_back, keys_lost, returned_at, closed_at)."""
    with sqlite3.connect(db) as conn:
        loans = {row[0]: row[1:] for row in conn.execute(
            "SELECT id, tag, number, keys_out, keys_back, keys_lost, returned_at, closed_at "
            "FROM keyloan")}
        returns: dict[int, list[int]] = {}
        for loan_id, keys_back in conn.execute(
                "SELECT loan_id, keys_back FROM keyreturn ORDER BY id"):
            returns.setdefault(loan_id, []).append(keys_back)
        steps: dict[int, list[str]] = {}
        for loan_id, kind in conn.execute(
                "SELECT loan_id, kind FROM keyevent WHERE loan_id IS NOT NULL ORDER BY id"):
            steps.setdefault(loan_id, []).append(kind)
        sets = {tag: (state, outstanding) for tag, state, outstanding in conn.execute(
            "SELECT tag, state, keys_outstanding FROM keyset")}
    for loan_id, (_tag, _number, out, back, lost, first_back, closed) in loans.items():
        parts_back = returns.get(loan_id, [])
        assert sum(parts_back) == back, loan_id  # the returns add up
        assert (closed is not None) == (back + lost == out), loan_id
        assert (first_back is not None) == (back > 0), loan_id
        # The issue, then one step per return: the last says returned once all are back.
        said = ["part_returned"] * len(parts_back)
        if closed is not None:
            said[-1] = "returned"
        assert steps[loan_id] == ["issued", *said], loan_id
    for tag in tags:
        holding = [loan for loan in loans.values() if loan[0] == tag and loan[6] is None]
        assert len(holding) <= 1, tag  # never two loans of one set at once
        state, outstanding = sets[tag]
        if not holding:
            assert (state, outstanding) == ("in_cabinet", 0), tag
        else:
            _tag, _number, out, back, lost, first_back, _closed = holding[0]
            assert outstanding == out - back - lost, tag
            assert state == ("out" if first_back is None else "in_cabinet"), tag
    return loans
