"""Several counters, from the window: others' saves appear without a restart, the lists
show one counter or all, the counter is named, and the records can be moved to a server.

The widgets stay on SQLite; "on a server" is the same window told its location is one.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import deskapp.ui.app as app_module
from deskapp.bootstrap import Services, build_services
from deskapp.domain.directory import UnitRow
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.location import DataLocation
from deskapp.station import StationFile
from deskapp.ui import messages
from deskapp.ui.dialogs.counter_name_dialog import CounterNameDialog
from deskapp.ui.dialogs.data_location_dialog import DataLocationDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from helpers import commit_text, open_visitor_log
from processes import Worker

SERVER = DataLocation(url="postgresql://deskapp@db-server/deskapp")


def prepared(services: Services) -> Services:
    services.settings.save(replace(services.settings.load(), org_name="星河大厦物业",
                                   welcomed=True, language="en", counter_name="Lobby"))
    services.operator.move_to("Lobby")
    services.directory.save_unit(UnitRow(None, "1203", "李四"))
    return services


def open_window(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitExposed(window):
        window.show()
    open_visitor_log(window)
    return window


def shown_names(window: MainWindow) -> list[str]:
    model = window.workspace("visitors").history.model
    return [model.row(i).name for i in range(model.rowCount())]


def test_a_check_out_at_another_counter_shows_here_at_the_next_reading(
        qtbot, services: Services) -> None:
    prepared(services)
    kept = services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    leaving = services.visitors.check_in(VisitInput(name="李四", host=HostRef("1203")))
    window = open_window(qtbot, services)
    history = window.workspace("visitors").history
    history.ui.open_only_check.setChecked(True)  # who is in the building
    history.select(kept.id)
    history.ui.table.setFocus()
    window.watcher.poll()  # the first reading
    assert sorted(shown_names(window)) == ["张三", "李四"]

    other = Worker(services.location.value, desk="Service centre")
    try:
        other.send(f"checkout {leaving.pass_no}")
        other.wait_for("checked-out")
        other.send("checkin 1")
        other.wait_for("done")
    finally:
        other.quit()
    window.watcher.poll()  # what the timer does every few seconds
    names = shown_names(window)
    assert "李四" not in names and "张三" in names and len(names) == 2  # gone, and the new one
    assert history.selected_row().id == kept.id  # the receptionist's place is kept


def test_the_watcher_reads_off_the_ui_thread_and_stays_quiet_when_nothing_changed(
        qtbot, services: Services) -> None:
    prepared(services)
    window = open_window(qtbot, services)
    heard: list[bool] = []
    window.events.saved_elsewhere.connect(lambda: heard.append(True))
    window.watcher.poll()
    window.watcher.poll()
    assert heard == []
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    window.watcher.poll()
    assert heard == [True]


def test_on_shared_records_each_list_shows_every_counter_or_this_one(
        qtbot, services: Services) -> None:
    prepared(services)
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    services.operator.move_to("Service centre")
    services.visitors.check_in(VisitInput(name="王五", host=HostRef("1203")))
    services.operator.move_to("Lobby")
    window = open_window(qtbot, replace(services, location=SERVER))
    history = window.workspace("visitors").history
    combo = history.ui.desk_combo
    assert combo.isVisible() and combo.currentText() == "Every counter"
    desk_column = history.model.column_of("desk")
    assert not history.ui.table.isColumnHidden(desk_column)
    assert sorted(shown_names(window)) == ["张三", "王五"]
    combo.setCurrentIndex(combo.findText("This counter: Lobby"))
    assert shown_names(window) == ["张三"]
    assert not window.workspace("calls").history.ui.desk_combo.isHidden()
    assert "Lobby" in window._db_label.text()


def test_a_single_counter_shows_no_counter_filter_or_column(qtbot, services: Services) -> None:
    window = open_window(qtbot, prepared(services))
    history = window.workspace("visitors").history
    assert not history.ui.desk_combo.isVisible()
    assert history.ui.table.isColumnHidden(history.model.column_of("desk"))


def test_on_shared_records_the_export_asks_for_one_counter_or_all(
        qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    prepared(services)
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    window = open_window(qtbot, replace(services, location=SERVER))
    questions: list[list[str]] = []
    monkeypatch.setattr(messages, "choose", lambda parent, text, options, title="":
                        questions.append(options) or 1)
    target = tmp_path / "day.xlsx"
    monkeypatch.setattr(window.data_actions, "ask_export_target",
                        lambda: (services.clock.today(), target))
    window.ui.export_day_action.trigger()
    assert questions == [["Every counter", "Only Lobby"]]
    assert target.exists()


def test_the_counter_name_is_required_and_offers_the_names_in_use(
        qtbot, services: Services) -> None:
    dialog = CounterNameDialog(services.settings.name_counter, ["Lobby", "Service centre"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Lobby" in dialog.ui.known_label.text()
    qtbot.keyClick(dialog.ui.counter_name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # refused: nothing typed
    assert "counter's name" in dialog.ui.counter_name_error_label.text()
    commit_text(dialog.ui.counter_name_edit, " Floor 3 desk ")
    qtbot.keyClick(dialog.ui.counter_name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.name() == "Floor 3 desk"
    assert services.settings.load().counter_name == "Floor 3 desk"


def test_renaming_the_counter_in_the_settings_renames_what_it_saves(
        qtbot, services: Services) -> None:
    window = open_window(qtbot, replace(prepared(services), location=SERVER))
    window.apply_settings(services.settings.save(
        replace(services.settings.load(), counter_name="Service centre")))
    row = services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    assert row.desk == "Service centre"
    assert "Service centre" in window._db_label.text()
    assert window.workspace("visitors").history.ui.desk_combo.itemText(1) == \
        "This counter: Service centre"


def location_dialog(qtbot, current: DataLocation, tmp_path: Path) -> DataLocationDialog:
    dialog = DataLocationDialog(current, tmp_path / "deskapp.sqlite", SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_location_dialog_checks_the_address_beside_the_field(
        qtbot, services: Services, tmp_path: Path) -> None:
    dialog = location_dialog(qtbot, services.location, tmp_path)
    assert dialog.ui.file_radio.isChecked() and not dialog.ui.url_edit.isEnabled()
    dialog.ui.server_radio.setChecked(True)
    for typed, says in (("", "server address"), ("postgresql://", "server's name"),
                        ("postgresql://db-server", "database's name"),
                        ("postgresql://db-server:port/x", "port"),
                        ("mysql://db-server/x", "postgresql://")):
        dialog.ui.url_edit.setText(typed)
        qtbot.keyClick(dialog.ui.url_edit, Qt.Key.Key_Return)
        assert dialog.isVisible(), typed
        assert says in dialog.ui.location_error_label.text(), typed
    dialog.ui.url_edit.setText("postgresql://deskapp@db-server/deskapp")
    qtbot.keyClick(dialog.ui.url_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.chosen() == DataLocation.of("postgresql://deskapp@db-server/deskapp")


def test_the_location_dialog_keeps_the_same_file_as_no_change(
        qtbot, services: Services, tmp_path: Path) -> None:
    dialog = location_dialog(qtbot, services.location, tmp_path)
    assert dialog.ui.file_edit.text() == str(services.location.file)
    qtbot.keyClick(dialog.ui.file_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.chosen() is None
    dialog = location_dialog(qtbot, services.location, tmp_path)
    dialog.ui.file_edit.setText(str(tmp_path / "no such folder" / "x.sqlite"))
    qtbot.keyClick(dialog.ui.file_edit, Qt.Key.Key_Return)
    assert "no folder" in dialog.ui.location_error_label.text()


def test_testing_a_server_that_does_not_answer_says_so_in_words(
        qtbot, services: Services, tmp_path: Path) -> None:
    dialog = location_dialog(qtbot, services.location, tmp_path)
    dialog.ui.server_radio.setChecked(True)
    dialog.ui.url_edit.setText("postgresql://deskapp@127.0.0.1:9/deskapp")  # nothing listens
    qtbot.mouseClick(dialog.ui.test_button, Qt.MouseButton.LeftButton)
    said = dialog.ui.test_result_label.text()
    assert "does not answer" in said and "Traceback" not in said and "psycopg" not in said
    assert dialog.ui.test_button.isEnabled()


@pytest.mark.skipif(not os.environ.get("DESKAPP_TEST_PG_URL"), reason="no PostgreSQL server")
def test_testing_a_server_says_what_it_holds(qtbot, services: Services, tmp_path: Path,
                                             pg_database: str) -> None:
    served = build_services(pg_database, station=StationFile(tmp_path / "lobby.json"))
    try:
        served.operator.move_to("Lobby")
        served.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    finally:
        served.close()
    dialog = location_dialog(qtbot, services.location, tmp_path)
    dialog.ui.server_radio.setChecked(True)
    dialog.ui.url_edit.setText(pg_database)
    qtbot.mouseClick(dialog.ui.test_button, Qt.MouseButton.LeftButton)
    said = dialog.ui.test_result_label.text()
    assert "holds deskapp's records" in said and "Lobby" in said


def test_choosing_other_records_reopens_there_and_this_pc_remembers(
        qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    prepared(services)
    elsewhere = DataLocation.of(tmp_path / "elsewhere.sqlite")
    opened: list[DataLocation] = []

    def fake_window(_app, running: Services, location: DataLocation, _language):
        opened.append(location)
        return elsewhere if len(opened) == 1 else None  # the first window asks to move

    monkeypatch.setattr(app_module, "_run_window", fake_window)
    assert app_module.run_gui(services.location) == 0
    assert opened == [services.location, elsewhere]
    assert StationFile().data == str(elsewhere.file)
    assert DataLocation.default() == elsewhere


def test_records_that_cannot_be_opened_take_the_counter_back_where_it_was(
        qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    prepared(services)
    folder = tmp_path / "not a file.sqlite"
    folder.mkdir()
    opened: list[DataLocation] = []
    refusals: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical",
                        lambda parent, title, text: refusals.append(text))

    def fake_window(_app, running: Services, location: DataLocation, _language):
        opened.append(location)
        return DataLocation.of(folder) if len(opened) == 1 else None

    monkeypatch.setattr(app_module, "_run_window", fake_window)
    assert app_module.run_gui(services.location) == 0
    assert opened == [services.location, services.location]
    assert len(refusals) == 1 and StationFile().data == ""


def test_the_window_offers_to_move_the_records_from_the_file_menu(
        qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    window = open_window(qtbot, prepared(services))
    target = DataLocation.of("postgresql://deskapp@db-server/deskapp")
    accepted = DataLocationDialog.DialogCode.Accepted
    monkeypatch.setattr(DataLocationDialog, "exec", lambda self: accepted)
    monkeypatch.setattr(DataLocationDialog, "chosen", lambda self: target)
    monkeypatch.setattr(messages, "ask", lambda parent, text, title="": True)
    window.ui.records_location_action.trigger()
    assert window.reopen_location == target and not window.isVisible()
