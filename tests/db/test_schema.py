"""Opening data files: migrations, backups, refusal of newer or damaged files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from deskapp import paths
from deskapp.db.engine import sqlite_url
from deskapp.db.errors import DatabaseDamaged, DatabaseTooNew
from deskapp.db.schema import alembic_config, head_revision, open_database
from deskapp.db.sqlite_file import APPLICATION_ID, check


def test_new_file_gets_the_schema_and_the_pragmas(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "new.sqlite", tmp_path / "backups")
    with opened.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert conn.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
    assert opened.created and opened.backup is None and opened.revision == head_revision()
    assert not (tmp_path / "backups").exists()
    opened.engine.dispose()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    open_database(path, tmp_path / "b").engine.dispose()
    # Fails if a model changed without a migration.
    command.check(alembic_config(sqlite_url(path)))


@pytest.mark.sqlite_only  # the SQLite file itself
def test_timestamps_round_trip_aware(services) -> None:
    from deskapp.domain.visitors import HostRef, VisitInput

    row = services.visitors.check_in(VisitInput(name="a", host=HostRef("x")))
    again = services.visitors.visit(row.id)
    assert again.time_in.tzinfo is not None and again.time_in == row.time_in
    with sqlite3.connect(services.db_path) as con:
        stored = con.execute("select time_in from visit").fetchone()[0]
    assert stored.startswith(row.time_in.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M"))


def test_old_file_is_backed_up_then_migrated_keeping_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    command.upgrade(alembic_config(sqlite_url(path)), "0002")  # unmarked, as deskapp wrote it
    with sqlite3.connect(path) as con:
        con.execute("insert into unit (number, occupant, company, phones, notes, occupied, "
                    "search_key) values ('1203', '张三', '', '', 'precious', 1, '')")
    opened = open_database(path, paths.backup_dir(path))
    assert opened.backup is not None and opened.backup.exists()
    with sqlite3.connect(opened.backup) as con:
        assert con.execute("select notes from unit").fetchone() == ("precious",)
        assert con.execute("select version_num from alembic_version").fetchone() == ("0002",)
    with sqlite3.connect(path) as con:
        assert con.execute("select notes from unit").fetchone() == ("precious",)
        assert con.execute("select version_num from alembic_version").fetchone() == (
            head_revision(),)
        assert con.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    opened.engine.dispose()
    # Opening again at head: no new backup.
    again = open_database(path, paths.backup_dir(path))
    assert again.backup is None
    again.engine.dispose()


def test_file_from_a_newer_deskapp_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(path, tmp_path / "b").engine.dispose()
    with sqlite3.connect(path) as con:
        con.execute("update alembic_version set version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version of deskapp"):
        open_database(path, tmp_path / "b")
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a shopping list, not a database" * 100)
    with pytest.raises(DatabaseDamaged, match="not a deskapp data file"):
        open_database(path, tmp_path / "b")
    assert path.read_bytes().startswith(b"this is a shopping list")


def test_a_damaged_database_fails_the_check(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("create table t (x text)")
        con.executemany("insert into t values (?)", [("x" * 500,)] * 2000)
    con.close()
    data = bytearray(path.read_bytes())
    page = 4096
    # Scribble over the middle of the file (table pages), keep the header intact.
    data[page * 3: page * 6] = b"\xff" * (page * 3)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged, match="damaged"):
        check(path, full=True)


@pytest.mark.sqlite_only  # the SQLite file itself
def test_backup_copies_live_data_and_can_be_cancelled(services, tmp_path: Path) -> None:
    from deskapp.db.schema import BackupCancelled
    from deskapp.domain.visitors import HostRef, VisitInput

    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    target = tmp_path / "copy.sqlite"
    seen = []
    services.backup(target, progress=lambda done, total: seen.append((done, total)))
    with sqlite3.connect(target) as con:
        assert con.execute("select name from visit").fetchall() == [("张三",)]
    assert seen and seen[-1][0] == seen[-1][1]
    stopped = tmp_path / "stopped.sqlite"
    with pytest.raises(BackupCancelled):
        services.backup(stopped, cancelled=lambda: True)
    assert not stopped.exists() and not list(tmp_path.glob(".stopped*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite", "data"]


def test_the_known_head_matches_the_migration_scripts() -> None:
    from deskapp.db.schema import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_upgrading_a_0001_file_keeps_visits_and_backfills_host_answers(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite"
    cfg = alembic_config(sqlite_url(path))
    command.upgrade(cfg, "0001")
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO visit (pass_no, name, id_type, id_number, phone, company, party_size, "
            "purpose, host_label, host_response, host_message, plate, items, note, exempt, "
            "deny_override_reason, time_in, created_at) VALUES ('V261101-0001', '张三', "
            "'resident', '', '', '', 1, 'visit', '1203', 'declined', '明天再来', '', '', '', 0, "
            "'', '2026-11-01 01:00:00.000000', '2026-11-01 01:00:00.000000')")
    opened = open_database(path, paths.backup_dir(path))
    assert opened.backup is not None  # copied before migrating
    with sqlite3.connect(path) as con:
        assert con.execute("select name from visit").fetchall() == [("张三",)]
        assert con.execute("select response, message from hostresponseevent").fetchall() == [
            ("declined", "明天再来")]
    opened.engine.dispose()


def test_the_search_index_tables_are_deskapps_own(tmp_path: Path) -> None:
    from deskapp.db.dialect import search_tables
    from deskapp.db.schema import known_tables
    from deskapp.db.sqlite_file import FileKind, probe, unmarked_kind

    path = tmp_path / "d.sqlite"
    open_database(path, tmp_path / "b").engine.dispose()
    with sqlite3.connect(path) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        con.execute("PRAGMA application_id = 0")  # as if written before files were marked
    con.close()
    assert search_tables() <= tables  # the FTS5 table, its shadow tables, the readings
    assert unmarked_kind(tables, known_tables()) is FileKind.OURS
    assert probe(path, known_tables()).kind is FileKind.OURS
    assert unmarked_kind(tables | {"orders"}, known_tables()) is FileKind.FOREIGN
