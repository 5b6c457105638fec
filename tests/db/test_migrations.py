"""Setting up and upgrading a file commits whole or not at all, one process at a time."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from deskapp import paths
from deskapp.bootstrap import build_services
from deskapp.db.engine import sqlite_url
from deskapp.db.schema import SCHEMA_HEAD, alembic_config, open_database
from processes import WORKERS, sound

VISIT_COLUMNS = ("pass_no, name, id_type, id_number, phone, company, party_size, purpose, "
                 "host_label, host_response, host_message, plate, items, note, exempt, "
                 "deny_override_reason, time_in, created_at")


def add_old_visit(con: sqlite3.Connection, pass_no: str, name: str, when: str) -> None:
    con.execute(
        f"INSERT INTO visit ({VISIT_COLUMNS}) VALUES (?, ?, 'resident', '', '', '', 1, 'visit', "
        "'1203', 'pending', '', '', '', '', 0, '', ?, ?)", (pass_no, name, when, when))


def file_at(path: Path, revision: str) -> Path:
    command.upgrade(alembic_config(sqlite_url(path)), revision)
    return path


def kill_at_every_statement(template: str, out: Path) -> list[str]:
    result = subprocess.run([sys.executable, str(WORKERS / "migration_worker.py"), template,
                             str(out)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.split("\n")
    total = int(lines[0].split()[1])
    outcomes = [line.split()[1] for line in lines[1:] if line]
    assert len(outcomes) == total and total > 5
    assert outcomes.count("killed") == total
    return outcomes


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork (POSIX)")
def test_a_new_file_killed_at_any_statement_opens_next_time(tmp_path: Path) -> None:
    outcomes = kill_at_every_statement("-", tmp_path)
    for n in range(1, len(outcomes) + 1):
        path = tmp_path / f"{n}.sqlite"
        # Before: "table … already exists" for ever. Now: set up again from nothing.
        services = build_services(path)
        try:
            assert services.db.revision == SCHEMA_HEAD
        finally:
            services.close()
        sound(path)


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork (POSIX)")
def test_an_upgrade_killed_at_any_statement_keeps_the_file_as_it_was(tmp_path: Path) -> None:
    template = file_at(tmp_path / "template.sqlite", "0001")
    with sqlite3.connect(template) as con:
        add_old_visit(con, "V261101-0001", "张三", "2026-11-01 01:00:00.000000")
        add_old_visit(con, "V261101-0002", "李四", "2026-11-01 02:00:00.000000")
    con.close()
    out = tmp_path / "runs"
    out.mkdir()
    outcomes = kill_at_every_statement(str(template), out)
    for n in range(1, len(outcomes) + 1):
        path = out / f"{n}.sqlite"
        with sqlite3.connect(path) as con:
            # Killed before the commit: still the old schema, every row in place.
            assert con.execute("select version_num from alembic_version").fetchone() == ("0001",)
            assert con.execute("select count(*) from visit").fetchone() == (2,)
            tables = {r[0] for r in con.execute("select name from sqlite_master")}
            assert "counter" not in tables and not any(t.startswith("_alembic") for t in tables)
        con.close()
        services = build_services(path)
        try:
            assert services.db.revision == SCHEMA_HEAD
            assert services.visitors.visit_by_pass("V261101-0002").name == "李四"
        finally:
            services.close()


def test_processes_starting_together_on_a_new_file_all_open_it(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    script = ("import sys; from pathlib import Path; from deskapp.bootstrap import build_services;"
              "s = build_services(Path(sys.argv[1])); print(s.db.revision); s.close()")
    starts = [subprocess.Popen([sys.executable, "-c", script, str(path)], text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
              for _ in range(4)]
    for process in starts:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err[-2000:]
        assert out.strip() == SCHEMA_HEAD
    sound(path)


def test_a_failed_start_does_not_pile_up_backups(tmp_path: Path, monkeypatch) -> None:
    path = file_at(tmp_path / "old.sqlite", "0002")
    import deskapp.db.schema as schema

    def broken(*_a, **_k) -> None:
        raise RuntimeError("the upgrade stopped")

    monkeypatch.setattr(schema, "_upgrade", broken)
    for _ in range(3):
        with pytest.raises(RuntimeError):
            open_database(path, paths.backup_dir(path))
    assert len(list(paths.backup_dir(path).iterdir())) == 1
    monkeypatch.undo()
    opened = open_database(path, paths.backup_dir(path))
    opened.engine.dispose()
    assert [p.name for p in paths.backup_dir(path).iterdir()] == [
        f"old-before-{SCHEMA_HEAD}-from-0002.sqlite"]


def test_pass_numbers_continue_past_9999_from_an_upgraded_file(tmp_path: Path, clock) -> None:
    path = file_at(tmp_path / "busy.sqlite", "0002")
    day = clock.today().strftime("%y%m%d")
    with sqlite3.connect(path) as con:
        # Stored as UTC: 01:00 UTC is 09:00 at the counter, the same local day.
        when = clock.today().isoformat() + " 01:00:00.000000"
        add_old_visit(con, f"V{day}-9998", "甲", when)
        add_old_visit(con, f"V{day}-9999", "乙", when)
        add_old_visit(con, "V261101-0007", "丙", "2026-11-01 01:00:00.000000")
    con.close()
    from deskapp.domain.visitors import HostRef, VisitInput

    services = build_services(path, clock=clock)
    try:
        rows = [services.visitors.check_in(VisitInput(name=n, host=HostRef("1203")))
                for n in ("丁", "戊")]
        assert [r.pass_no for r in rows] == [f"V{day}-10000", f"V{day}-10001"]
        assert services.visitors.is_pass_number(f"v{day}-10001")
        assert services.visitors.visit_by_pass(f"V{day}-10001").name == "戊"
        assert services.visitors.check_out_by_pass(f"V{day}-10000").time_out is not None
    finally:
        services.close()


def test_a_copy_of_the_template_is_not_live(tmp_path: Path) -> None:
    # The migration worker copies a closed template; make sure closing really ends WAL use.
    path = file_at(tmp_path / "t.sqlite", "0001")
    assert not Path(f"{path}-wal").exists()
    shutil.copyfile(path, tmp_path / "copy.sqlite")
    sound(tmp_path / "copy.sqlite")


def test_an_upgrade_puts_existing_visits_and_calls_into_the_search_index(tmp_path: Path,
                                                                       clock) -> None:
    from deskapp.domain.calls.records import CallQuery
    from deskapp.domain.visitors import VisitQuery
    from processes import search_index_matches_records

    path = file_at(tmp_path / "old.sqlite", "0005")
    with sqlite3.connect(path) as con:
        add_old_visit(con, "V261101-0001", "张三", "2026-11-01 01:00:00.000000")
        add_old_visit(con, "V261101-0002", "欧阳娜娜", "2026-11-01 02:00:00.000000")
        con.execute(
            "INSERT INTO call (direction, caller_name, phone, about_label, category, subject, "
            "notes, transferred_to, started_at, ended_at, callback_result, callback_done_by, "
            "created_at, created_by) VALUES ('in', '李四', '13912345678', '1203', 'repair', "
            "'卫生间漏水', '', '', '2026-11-01 03:00:00.000000', '2026-11-01 03:01:00.000000', "
            "'', '', '2026-11-01 03:01:00.000000', '')")
    con.close()
    services = build_services(path, clock=clock)
    try:
        first, last = dt.date(2026, 10, 1), clock.today()
        for text, names in (("张三", ["张三"]), ("zs", ["张三"]), ("oyn", ["欧阳娜娜"]),
                            ("V261101", ["欧阳娜娜", "张三"]), ("1203 娜娜", ["欧阳娜娜"])):
            found = services.visitors.page(VisitQuery(first, last, text))
            assert sorted(r.name for r in found) == sorted(names), text
        assert [c.caller_name for c in services.calls.page(CallQuery(first, last, "漏水 ls"))] \
            == ["李四"]
    finally:
        services.close()
    search_index_matches_records(path)


def test_an_upgrade_puts_existing_key_loans_into_the_search_index(tmp_path: Path,
                                                                   clock) -> None:
    from deskapp.domain.keys.records import LoanQuery
    from processes import search_index_matches_records

    path = file_at(tmp_path / "old.sqlite", "0012")
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO keyset (tag, unit_label, kind, key_count, hook, notes, state, "
            "keys_outstanding, keys_lost, retire_reason, created_at, created_by, desk) VALUES "
            "('K0001', '1203', 'vacant', 2, 'A-01', '', 'out', 2, 0, '', "
            "'2026-11-01 01:00:00.000000', '', '')")
        con.execute(
            "INSERT INTO keyloan (number, key_set_id, tag, unit_label, borrower_name, id_type, "
            "id_number, phone, company, staff, purpose, purpose_note, authorised_by, basis, "
            "consent_by, consent_how, out_at, expected_back, keys_out, keys_back, keys_lost, "
            "note, created_at, created_by, desk) VALUES ('KL2026-0001', 1, 'K0001', '1203', "
            "'欧阳娜娜', 'resident', '', '13912345678', '链家地产', 0, 'viewing', '', '招商部', "
            "'desk', '', '', '2026-11-01 02:00:00.000000', '2026-11-01 04:00:00.000000', 2, 0, "
            "0, '', '2026-11-01 02:00:00.000000', '', '')")
    con.close()
    services = build_services(path, clock=clock)
    try:
        first, last = dt.date(2026, 10, 1), clock.today()
        for text in ("oyn", "娜娜", "k0001", "kl2026", "1203 链家", "5678"):
            found = services.keys.page(LoanQuery(first, last, text))
            assert [r.borrower_name for r in found] == ["欧阳娜娜"], text
    finally:
        services.close()
    search_index_matches_records(path)
