"""Daily backups in rotation, copies on demand, and restore that keeps what it replaces."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from deskapp.backups import KEEP_DAILY, KEEP_MONTHLY, NotABackup
from deskapp.bootstrap import Services, build_services
from deskapp.domain.visitors import HostRef, VisitInput
from processes import deskapp, sound


def check_in(services: Services, name: str) -> None:
    services.visitors.check_in(VisitInput(name=name, host=HostRef("1203")))


def names(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        rows = [r[0] for r in con.execute("select name from visit order by id")]
    con.close()
    return rows


def test_the_daily_backup_is_taken_once_a_day_and_checked(services: Services, now) -> None:
    check_in(services, "张三")
    first = services.backups.daily()
    assert first is not None and first.parent == services.backups.folder
    assert first.name == f"deskapp-{services.clock.today().isoformat()}.sqlite"
    assert services.backups.daily() is None  # once a day
    sound(first)
    assert names(first) == ["张三"]
    now.advance(days=1)
    assert services.backups.daily() is not None
    assert [b.day for b in services.backups.copies()] == [
        services.clock.today(), services.clock.today() - dt.timedelta(days=1)]


def test_rotation_keeps_two_weeks_of_days_and_a_year_of_months(services: Services, now) -> None:
    folder = services.backups.folder
    folder.mkdir(parents=True, exist_ok=True)
    today = services.clock.today()
    days = [today - dt.timedelta(days=n) for n in range(0, 500, 3)]
    for day in days:
        (folder / f"deskapp-{day.isoformat()}.sqlite").write_bytes(b"copy")
    (folder / "someone-elses-2026-01-01.sqlite").write_bytes(b"not ours")
    removed = services.backups.rotate()
    kept = [b.day for b in services.backups.copies()]
    assert kept[:KEEP_DAILY] == days[:KEEP_DAILY]
    months = {(d.year, d.month) for d in kept}
    assert len(months) == KEEP_MONTHLY
    assert len(kept) < len(days) and len(removed) == len(days) - len(kept)
    assert (folder / "someone-elses-2026-01-01.sqlite").exists()


def test_restore_checks_the_copy_keeps_the_replaced_data_and_others_see_it(
        services: Services, db_path: Path, tmp_path: Path, clock) -> None:
    check_in(services, "张三")
    copy = tmp_path / "copy.sqlite"
    services.backup(copy)
    check_in(services, "李四")
    other = build_services(db_path, clock=clock)  # a second window on the same file
    try:
        assert [v.name for v in other.visitors.iter_day(clock.today())] == ["张三", "李四"]
        kept = services.backups.restore(copy)
        assert names(db_path) == ["张三"]
        assert names(kept) == ["张三", "李四"]  # what was replaced is kept
        today = other.clock.today()
        assert [v.name for v in other.visitors.iter_day(today)] == ["张三"]
        check_in(other, "王五")  # numbering goes on from the restored counter
        assert names(db_path) == ["张三", "王五"]
    finally:
        other.close()
    sound(db_path)


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_replaced(
        services: Services, db_path: Path, tmp_path: Path) -> None:
    check_in(services, "张三")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"holiday photos" * 100)
    shop = tmp_path / "shop.sqlite"
    with sqlite3.connect(shop) as con:
        con.execute("create table orders (x)")
    con.close()
    for bad in (junk, shop):
        with pytest.raises(NotABackup):
            services.backups.restore(bad)
    assert names(db_path) == ["张三"]
    assert not services.backups.folder.exists() or not list(
        services.backups.folder.glob("*replaced*"))


def test_an_older_backup_is_brought_up_to_date_when_restored(services: Services,
                                                             tmp_path: Path) -> None:
    from alembic import command

    from deskapp.db.engine import sqlite_url
    from deskapp.db.schema import alembic_config

    old = tmp_path / "old.sqlite"
    command.upgrade(alembic_config(sqlite_url(old)), "0002")
    services.backups.restore(old)
    check_in(services, "张三")
    assert services.visitors.has_visits()


def test_the_newest_sound_backup_is_found_past_a_damaged_one(services: Services, now) -> None:
    check_in(services, "张三")
    older = services.backups.daily()
    now.advance(days=1)
    newer = services.backups.daily()
    assert older is not None and newer is not None
    newer.write_bytes(newer.read_bytes()[:4096] + b"\xff" * 8192)
    found = services.backups.newest_sound()
    assert found is not None and found.path == older


def test_backup_and_restore_commands(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    services = build_services(db)
    check_in(services, "张三")
    services.close()
    copy = tmp_path / "copy.sqlite"
    result = deskapp("backup", "--db", db, "-o", copy)
    assert result.returncode == 0, result.stderr
    sound(copy)
    services = build_services(db)
    check_in(services, "李四")
    services.close()
    result = deskapp("restore", copy, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "kept" in result.stdout
    assert names(db) == ["张三"]
    refused = deskapp("restore", tmp_path / "nothing.sqlite", "--db", db)
    assert refused.returncode == 2 and "no file" in refused.stderr
