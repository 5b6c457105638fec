"""The window and its data file: read-only files, restore, a damaged file, the file itself."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from deskapp.bootstrap import Services, build_services
from deskapp.domain.directory import UnitRow
from deskapp.domain.visitors import HostRef, VisitInput, VisitQuery
from deskapp.ui import messages
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from helpers import commit_text


def open_window(qtbot, services: Services) -> MainWindow:
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitExposed(win):
        win.show()
    return win


def prepared(services: Services) -> Services:
    services.settings.save(replace(services.settings.load(), org_name="星河大厦物业",
                                   welcomed=True, language="en"))
    services.directory.save_unit(UnitRow(None, "1203", "李四"))
    return services


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, text, title="": said.append(text))
    return said


def test_a_read_only_file_is_marked_and_a_check_in_says_why_it_was_not_saved(
        qtbot, db_path: Path, clock, monkeypatch, warnings) -> None:
    prepared(build_services(db_path, clock=clock)).close()
    import deskapp.db.schema as schema

    # As if the file and folder could not be written: SQLite itself opens it read-only.
    monkeypatch.setattr(schema, "usable_path", lambda path, create_folder=False: False)
    services = build_services(db_path, clock=clock)
    try:
        assert services.read_only
        window = open_window(qtbot, services)
        assert "Read-only" in window.windowTitle()
        tab = window.workspace("visitors")
        commit_text(tab.form.ui.name_edit, "张三")
        tab.form.ui.host_edit.setText("1203 李四")
        qtbot.keyClick(tab.form.ui.name_edit, Qt.Key.Key_Return)
        assert len(warnings) == 1 and "read-only" in warnings[0]
        assert "INSERT" not in warnings[0] and "Background" not in warnings[0]
        assert tab.form.ui.name_edit.text() == "张三"  # the form keeps what was typed
        assert not services.visitors.has_visits()
    finally:
        services.close()


def test_restoring_a_backup_from_the_menu_replaces_what_the_window_shows(
        qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    prepared(services)
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    copy = tmp_path / "morning.sqlite"
    services.backup(copy)
    services.visitors.check_in(VisitInput(name="李四", host=HostRef("1203")))
    window = open_window(qtbot, services)
    assert window.workspace("visitors").model.rowCount() == 2
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text, title="": asked.append(text) or True)
    monkeypatch.setattr(messages, "info", lambda parent, text, title="": asked.append(text))
    monkeypatch.setattr(window.data_actions, "ask_restore_file", lambda: copy)
    window.ui.restore_action.trigger()
    assert "morning.sqlite" in asked[0] and "kept" in asked[1]
    assert [window.workspace("visitors").model.row(i).name
            for i in range(window.workspace("visitors").model.rowCount())] == ["张三"]


def test_a_damaged_file_offers_the_newest_sound_backup(qtbot, services: Services, now,
                                                       monkeypatch) -> None:
    from deskapp.db.errors import DatabaseDamaged

    prepared(services)
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    yesterday = services.backups.daily()
    assert yesterday is not None
    now.advance(days=1)
    services.visitors.check_in(VisitInput(name="李四", host=HostRef("1203")))

    def damaged(self) -> None:  # type: ignore[no-untyped-def]
        raise DatabaseDamaged("The data file x is damaged. SQLite found: page 7 is corrupt")

    monkeypatch.setattr(type(services), "verify", damaged)
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text, title="": asked.append(text) or True)
    monkeypatch.setattr(messages, "info", lambda parent, text, title="": None)
    open_window(qtbot, services)
    qtbot.waitUntil(lambda: len(asked) >= 2)
    assert "page 7 is corrupt" in asked[0] and yesterday.stem.split("-", 1)[1] in asked[0]
    day = services.clock.today()
    assert services.visitors.count(VisitQuery(day, day))[0] == 0  # back to yesterday's data
    assert services.visitors.has_visits()


def test_the_data_file_itself_is_never_a_target(qtbot, services: Services, monkeypatch,
                                                warnings) -> None:
    prepared(services)
    window = open_window(qtbot, services)
    monkeypatch.setattr(window.data_actions, "ask_export_target",
                        lambda: (services.clock.today(), services.db_path))
    before = services.db_path.stat().st_size
    window.data_actions.export_day()
    assert warnings and "own data file" in warnings[0]
    assert services.db_path.stat().st_size == before
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))  # still sound
