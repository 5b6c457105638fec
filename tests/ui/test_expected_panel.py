"""Today's expected visitors and the Expected visitor dialog, driven from the keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from deskapp.bootstrap import Services
from deskapp.db.engine import write_session
from deskapp.domain.directory import UnitRow
from deskapp.domain.records import Purpose
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.domain.visitors.expected import (
    ExpectedInput,
    ExpectedRow,
    ExpectedState,
    mark_arrived_in,
)
from deskapp.errors import UserError
from deskapp.ui.workspaces.visitors.expected_dialog import ExpectedVisitorDialog
from deskapp.ui.workspaces.visitors.expected_panel import NAME, STATUS, ExpectedPanel
from helpers import commit_text

SHANGHAI = dt.timezone(dt.timedelta(hours=8), "CST")
UNIT = "1203 李四 (华为技术有限公司)"


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 23, hour, minute, tzinfo=SHANGHAI)


@pytest.fixture
def desk(services: Services) -> Services:
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为技术有限公司"))
    return services


@pytest.fixture
def panel(qtbot, desk: Services) -> ExpectedPanel:
    widget = ExpectedPanel(desk.expected, desk.directory)
    qtbot.addWidget(widget)
    widget.resize(360, 240)
    widget.show()
    return widget


def book(services: Services, name: str, when: dt.datetime, **kw) -> ExpectedRow:
    return services.expected.add(ExpectedInput(name=name, expected_at=when,
                                               host=HostRef(kw.pop("host", "1203")), **kw))


def arrive(services: Services, row: ExpectedRow) -> None:
    visit = services.visitors.check_in(VisitInput(name=row.name, host=HostRef("1203")))
    with write_session(services.engine) as session:
        mark_arrived_in(session, row.id, visit.id)
        session.commit()


def a_day(services: Services, now) -> dict[str, ExpectedRow]:
    """09:00 late, 09:40 arrived, 10:30 still to come, 14:00 cancelled; it is 11:00."""
    rows = {"late": book(services, "李雷", at(9, 30), party_size=2),
            "arrived": book(services, "韩梅梅", at(9, 40)),
            "coming": book(services, "Anna Li", at(10, 30), phone="13800138000"),
            "cancelled": book(services, "王五", at(14), host="物业办公室")}
    arrive(services, rows["arrived"])
    services.expected.cancel(rows["cancelled"].id, "业主来电取消")
    now.value = at(11, 31)
    return rows


def texts(panel: ExpectedPanel, row: int) -> list[str]:
    item = panel.ui.expected_list.topLevelItem(row)
    return [item.text(c) for c in range(item.columnCount())]


def test_the_day_s_list_shows_each_state(qtbot, panel: ExpectedPanel, desk: Services,
                                         now) -> None:
    assert panel.summary_text() == "No one expected today."
    a_day(desk, now)
    panel.reload()
    assert [texts(panel, i) for i in range(4)] == [
        ["09:30", "李雷", UNIT, "2", "Not come"],
        ["09:40", "韩梅梅", UNIT, "1", "Pass 0001"],
        ["10:30", "Anna Li", UNIT, "1", ""],
        ["14:00", "王五", "物业办公室", "1", "Cancelled"]]
    assert panel.summary_text() == "3 expected · 1 arrived · 1 not come"
    listing = panel.ui.expected_list
    arrived, cancelled = listing.topLevelItem(1), listing.topLevelItem(3)
    assert arrived.foreground(NAME).color().name() == "#8a8a8a"
    assert cancelled.font(NAME).strikeOut() and not arrived.font(NAME).strikeOut()
    assert listing.topLevelItem(0).foreground(STATUS).color().name() == "#b3261e"
    assert "业主来电取消" in cancelled.toolTip(NAME)
    assert "138****8000" in listing.topLevelItem(2).toolTip(NAME)
    assert "13800138000" not in listing.topLevelItem(2).toolTip(NAME)
    # The cursor starts on the first visitor still to come.
    assert panel.selected().name == "Anna Li"


def test_enter_on_a_line_asks_for_that_visitor_s_check_in(qtbot, panel: ExpectedPanel,
                                                         desk: Services, now) -> None:
    rows = a_day(desk, now)
    panel.reload()
    listing = panel.ui.expected_list
    listing.setFocus()
    with qtbot.waitSignal(panel.arrive_requested, timeout=1000) as asked:
        qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert asked.args[0].id == rows["coming"].id and asked.args[0].host.unit_id is not None
    qtbot.keyClick(listing, Qt.Key.Key_Home)  # the late one may still come in
    with qtbot.waitSignal(panel.arrive_requested, timeout=1000) as asked:
        qtbot.keyClick(listing, Qt.Key.Key_Enter)
    assert asked.args[0].state is ExpectedState.NO_SHOW
    said: list[str] = []
    panel.status_message.connect(said.append)
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    with qtbot.assertNotEmitted(panel.arrive_requested):
        qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert said == ["韩梅梅 has arrived already (pass V261123-0001)."]


def test_reload_keeps_the_line_and_shows_what_changed(qtbot, panel: ExpectedPanel,
                                                     desk: Services, now) -> None:
    row = book(desk, "张三", at(10))
    book(desk, "李四", at(11))
    panel.reload()
    panel.select(row.id)
    arrive(desk, row)  # checked in at the form: the workspace calls reload
    panel.reload()
    assert panel.selected().id == row.id and texts(panel, 0)[STATUS] == "Pass 0001"
    now.value = at(13, 1)
    panel.reload()
    assert panel.summary_text() == "2 expected · 1 arrived · 1 not come"


def drive(qtbot, keys) -> callable:
    """A stand-in for the modal exec: show the dialog, press ``keys(dialog)``, answer."""

    def run(dialog: ExpectedVisitorDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        keys(dialog)
        return dialog.result() if not dialog.isVisible() else QDialog.DialogCode.Rejected

    return run


def test_insert_books_a_visitor_typed_from_the_keyboard(qtbot, panel: ExpectedPanel,
                                                        desk: Services, monkeypatch) -> None:
    seen: dict[str, object] = {}

    def keys(dialog: ExpectedVisitorDialog) -> None:
        ui = dialog.ui
        seen["time"] = ui.expected_at_edit.dateTime().toPython()
        seen["focus"] = dialog.focusWidget() is ui.name_edit
        commit_text(ui.name_edit, "赵六")
        qtbot.keyClick(ui.name_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(ui.phone_edit, "139 0000 1111")
        ui.party_size_spin.setFocus()
        ui.party_size_spin.selectAll()
        qtbot.keyClicks(ui.party_size_spin, "3")
        ui.host_edit.setFocus()
        qtbot.keyClicks(ui.host_edit, "ls")  # 李四, by pinyin initials
        assert dialog.host_completer.popup().isVisible()
        qtbot.keyClick(ui.host_edit, Qt.Key.Key_Return)  # chooses; does not save
        seen["host"] = ui.host_edit.text()
        seen["after_host"] = dialog.focusWidget() is ui.expected_at_edit
        seen["open"] = dialog.isVisible()
        qtbot.wait(1)  # as between two key presses
        qtbot.keyClick(ui.expected_at_edit, Qt.Key.Key_Return)  # saves

    monkeypatch.setattr(panel, "run_dialog", drive(qtbot, keys))
    said: list[str] = []
    panel.status_message.connect(said.append)
    panel.ui.expected_list.setFocus()
    with qtbot.waitSignal(panel.changed, timeout=1000):
        qtbot.keyClick(panel.ui.expected_list, Qt.Key.Key_Insert)
    # 09:30 now: the time starts at 10:00, the cursor in the name.
    assert seen == {"time": dt.datetime(2026, 11, 23, 10, 0), "focus": True, "host": UNIT,
                    "after_host": True, "open": True}
    [row] = desk.expected.for_day(at(0).date())
    assert (row.name, row.phone, row.party_size, row.expected_at) == ("赵六", "13900001111", 3,
                                                                      at(10))
    assert row.host.unit_id is not None and row.purpose is Purpose.VISIT
    assert panel.selected().id == row.id and texts(panel, 0)[:2] == ["10:00", "赵六"]
    assert said == [f"赵六 is expected at 10:00 to see {UNIT}."]


def test_the_book_button_opens_the_dialog_and_esc_leaves_nothing(qtbot, panel: ExpectedPanel,
                                                                 desk: Services,
                                                                 monkeypatch) -> None:
    def keys(dialog: ExpectedVisitorDialog) -> None:
        commit_text(dialog.ui.name_edit, "赵六")
        qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Escape)

    monkeypatch.setattr(panel, "run_dialog", drive(qtbot, keys))
    panel.activateWindow()
    qtbot.waitActive(panel)
    panel.ui.expected_list.setFocus()
    with qtbot.assertNotEmitted(panel.changed):
        qtbot.keyClick(panel.ui.expected_list, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
        # A mnemonic clicks with a short animation.
        qtbot.waitUntil(lambda: panel.last_dialog is not None)
    assert panel.last_dialog is not None and panel.last_dialog.result() == QDialog.Rejected
    assert desk.expected.for_day(at(0).date()) == []


@pytest.fixture
def dialog(qtbot, desk: Services) -> ExpectedVisitorDialog:
    dlg = ExpectedVisitorDialog(desk.expected, desk.directory)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_errors_stay_in_the_dialog_next_to_their_fields(qtbot, dialog: ExpectedVisitorDialog,
                                                        desk: Services, now) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.phone_edit, "12345")
    ui.expected_at_edit.setDateTime(ui.expected_at_edit.dateTime().addSecs(-3 * 3600))
    qtbot.keyClick(ui.phone_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_row is None
    assert dialog.errors.message("name") == "Enter the visitor's name."
    assert "11 digits" in dialog.errors.message("phone")
    assert dialog.errors.message("host") == "Choose whom the visitor came to see."
    assert dialog.errors.message("expected_at") == "That time has passed."
    assert dialog.focusWidget() is ui.name_edit  # the topmost field to fix
    commit_text(ui.name_edit, "赵六")
    ui.phone_edit.clear()
    commit_text(ui.host_edit, "前台王姐")  # not listed: kept as typed
    ui.expected_at_edit.setDateTime(ui.expected_at_edit.dateTime().addSecs(4 * 3600))
    ui.party_size_spin.setFocus()
    qtbot.keyClick(ui.party_size_spin, Qt.Key.Key_Return)  # Enter in the spin box saves
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_row.host == HostRef("前台王姐")
    assert dialog.result_row.expected_at == at(11)


def test_a_refusal_of_the_data_file_is_said_in_the_dialog(qtbot, dialog: ExpectedVisitorDialog,
                                                          desk: Services, monkeypatch) -> None:
    def busy(_data: ExpectedInput) -> ExpectedRow:
        raise UserError("The data file is busy; try again.")

    monkeypatch.setattr(desk.expected, "add", busy)
    commit_text(dialog.ui.name_edit, "赵六")
    qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.ui.other_error.text() == (
        "The data file is busy; try again.")


def test_delete_cancels_with_a_reason_and_keeps_the_line_struck(qtbot, panel: ExpectedPanel,
                                                                desk: Services,
                                                                monkeypatch) -> None:
    row = book(desk, "张三", at(10))
    panel.reload()
    answers = iter(["  ", "业主来电取消"])
    asked: list[str] = []

    def ask(expected: ExpectedRow, problem: str = "") -> str | None:
        asked.append(problem)
        return next(answers)

    monkeypatch.setattr(panel, "ask_cancel_reason", ask)
    panel.ui.expected_list.setFocus()
    with qtbot.waitSignal(panel.changed, timeout=1000):
        qtbot.keyClick(panel.ui.expected_list, Qt.Key.Key_Delete)
    assert asked == ["", "Say why the visit is cancelled."]
    assert desk.expected.row(row.id).cancel_reason == "业主来电取消"
    assert texts(panel, 0)[STATUS] == "Cancelled"
    assert panel.ui.expected_list.topLevelItem(0).font(NAME).strikeOut()
    assert panel.summary_text() == "No one expected today."
    # Cancelled already: neither the key nor the menu asks again.
    assert not panel.cancel_action.isEnabled()
    qtbot.keyClick(panel.ui.expected_list, Qt.Key.Key_Delete)
    assert len(asked) == 2


def test_the_menu_cancels_and_a_cancel_answer_changes_nothing(qtbot, panel: ExpectedPanel,
                                                              desk: Services,
                                                              monkeypatch) -> None:
    row = book(desk, "张三", at(10))
    panel.reload()
    assert panel.cancel_action in panel.ui.expected_list.actions()
    assert panel.ui.expected_list.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    monkeypatch.setattr(panel, "ask_cancel_reason", lambda *_a, **_k: None)
    with qtbot.assertNotEmitted(panel.changed):
        panel.cancel_action.trigger()
    assert desk.expected.row(row.id).state is ExpectedState.WAITING


def test_an_arrival_at_another_counter_meanwhile_is_said_in_words(qtbot, panel: ExpectedPanel,
                                                                  desk: Services,
                                                                  monkeypatch) -> None:
    row = book(desk, "张三", at(10))
    panel.reload()
    arrive(desk, row)  # the list still shows them waiting
    warned: list[str] = []
    monkeypatch.setattr("deskapp.ui.messages.warn", lambda _p, text, _t="": warned.append(text))
    monkeypatch.setattr(panel, "ask_cancel_reason", lambda *_a, **_k: "改天")
    panel.cancel_selected()
    assert warned == ["张三 has arrived already (pass V261123-0001)."]
    assert texts(panel, 0)[STATUS] == "Pass 0001"  # read again
