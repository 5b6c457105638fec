"""The stocktake of the key cabinet, driven as at the cabinet: tags scanned (a keyboard
wedge types fast and presses Enter) or typed, sets ticked on the register from a paper
round, what is missing and what should not be there shown as it grows, then recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from deskapp.bootstrap import Services
from deskapp.domain.keys.records import Finding
from deskapp.ui import messages
from deskapp.ui.workspaces.keys.stocktake_dialog import KeyStocktakeDialog
from keys_data import entrusted_set, lend, shown, staff_the_desk, vacant_set

# The custody rules run in the database (row locks, the owner's list): on both.
pytestmark = pytest.mark.both_backends

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def cabinet(services: Services, monkeypatch) -> Services:
    """Four sets: A-1 entrusted, A-2 and A-3 vacant, B-1 out with an estate agent."""
    monkeypatch.setattr(messages, "warn", lambda *a, **k: pytest.fail(f"warned: {a[1:]}"))
    # A question the test did not expect fails it (a real one would wait for a click).
    monkeypatch.setattr(messages, "ask", lambda *a, **k: pytest.fail(f"asked: {a[1:]}"))
    staff_the_desk(services)
    entrusted_set(services, hook="A-1")  # K0001
    vacant_set(services, "1505", hook="A-2")  # K0002
    vacant_set(services, "1801", hook="A-3")  # K0003
    lend(services, vacant_set(services, "B2 水泵房", hook="B-1", keys=1))  # K0004, out
    return services


def scan(qtbot, dialog: KeyStocktakeDialog, tag: str) -> None:
    """A tag typed into the scan box and Enter (as a scanner, or a person, does)."""
    edit = dialog.ui.scan_edit
    edit.setFocus()
    qtbot.keyClicks(edit, tag)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_a_stocktake_with_a_key_missing_and_one_where_it_should_not_be(
        qtbot, cabinet) -> None:
    dialog = shown(qtbot, KeyStocktakeDialog(cabinet.keys))
    ui = dialog.ui
    assert dialog.focusWidget() is ui.scan_edit
    assert ui.register_table.rowCount() == 4  # every set in the desk's care, by hook
    assert "Out with 赵六" in ui.register_table.item(3, 4).text()
    assert ui.missing_list.count() == 3  # nothing counted yet: every set on a hook

    scan(qtbot, dialog, "k0001")  # as typed: lower case is the same tag
    scan(qtbot, dialog, "K0004")  # recorded out, yet in the cabinet
    scan(qtbot, dialog, "K9999")  # no set has it
    assert ui.scan_edit.text() == "" and dialog.focusWidget() is ui.scan_edit
    assert ui.register_table.item(0, 0).checkState() == Qt.CheckState.Checked
    # A-3 ticked on the paper round: Space ticks and moves down.
    ui.register_table.setFocus()
    ui.register_table.setCurrentCell(2, 2)
    qtbot.keyClick(ui.register_table, Qt.Key.Key_Space)
    assert ui.register_table.currentRow() == 3

    assert dialog.found_tags() == ["K0001", "K0004", "K9999", "K0003"]
    assert texts(ui.missing_list) == ["A-2 · K0002 · 1505"]
    misplaced = texts(ui.misplaced_list)
    assert len(misplaced) == 2
    assert misplaced[0].startswith("B-1 · K0004") and "recorded as out" in misplaced[0]
    assert "赵六" in misplaced[0]
    assert misplaced[1] == "K9999 — Tag not in the register"
    assert texts(ui.other_tags_list) == ["K9999"]
    assert ui.missing_label.text() == "&Missing: 1"
    assert "2 of 3" in ui.counts_label.text()

    ui.note_edit.setText("晚班盘点")
    with qtbot.waitSignal(dialog.recorded) as recorded:
        ui.note_edit.setFocus()
        qtbot.keyClick(ui.note_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = recorded.args[0]
    assert [line.tag for line in result.missing] == ["K0002"]
    assert [(line.tag, line.finding) for line in result.misplaced] == [
        ("K0004", Finding.PRESENT_BUT_OUT)]
    saved = cabinet.keys.stocktakes()
    assert [(s.sets_expected, s.sets_found, s.missing, s.misplaced, s.unknown, s.note)
            for s in saved] == [(3, 2, 1, 1, 1, "晚班盘点")]
    assert {line.tag for line in cabinet.keys.stocktake_lines(saved[0].id)} == {
        "K0002", "K0004", "K9999"}


def test_a_scanner_burst_in_another_field_is_still_a_tag(qtbot, cabinet) -> None:
    dialog = shown(qtbot, KeyStocktakeDialog(cabinet.keys))
    ui = dialog.ui
    ui.note_edit.setFocus()
    # The scanner types a tag in milliseconds and presses Enter: not a note, not Record.
    qtbot.keyClicks(ui.note_edit, "K0002")
    qtbot.keyClick(ui.note_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.found_tags() == ["K0002"] and ui.note_edit.text() == ""
    dialog.remove_tag("K0002")  # leave with nothing counted
    dialog.reject()


def test_counting_twice_or_a_stray_code_is_said_and_a_tag_taken_back(
        qtbot, cabinet) -> None:
    dialog = shown(qtbot, KeyStocktakeDialog(cabinet.keys))
    ui = dialog.ui
    scan(qtbot, dialog, "K0002")
    scan(qtbot, dialog, "K0002")
    assert ui.scan_error.isVisible() and "counted already" in ui.scan_error.text()
    scan(qtbot, dialog, "#12?")
    assert "not a key tag" in ui.scan_error.text()
    assert dialog.found_tags() == ["K0002"]
    scan(qtbot, dialog, "X-1")
    ui.other_tags_list.setCurrentRow(0)
    qtbot.mouseClick(ui.untick_button, Qt.MouseButton.LeftButton)
    assert dialog.found_tags() == ["K0002"] and ui.other_tags_list.count() == 0
    ui.register_table.setFocus()
    ui.register_table.setCurrentCell(1, 2)
    qtbot.keyClick(ui.register_table, Qt.Key.Key_Space)  # unticks K0002
    assert dialog.found_tags() == []
    dialog.reject()


def test_leaving_with_tags_counted_asks_first_and_the_register_prints(
        qtbot, cabinet, monkeypatch) -> None:
    answers = [False, True]
    asked: list[str] = []

    def ask(_parent, text, *_a, **_k) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(messages, "ask", ask)
    dialog = shown(qtbot, KeyStocktakeDialog(cabinet.keys))
    with qtbot.waitSignal(dialog.print_requested) as printing:
        qtbot.mouseClick(dialog.ui.print_register_button, Qt.MouseButton.LeftButton)
    assert printing.args == ["key-register", 0]
    scan(qtbot, dialog, "K0001")
    qtbot.keyClick(dialog.ui.scan_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "(1)" in asked[0]
    qtbot.keyClick(dialog.ui.scan_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert cabinet.keys.stocktakes() == []


def test_an_empty_cabinet_is_recorded_only_when_confirmed(qtbot, cabinet,
                                                          monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask", lambda *a, **k: False)
    dialog = shown(qtbot, KeyStocktakeDialog(cabinet.keys))
    dialog.ui.scan_edit.setFocus()
    qtbot.keyClick(dialog.ui.scan_edit, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and cabinet.keys.stocktakes() == []
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    qtbot.mouseClick(dialog.ui.record_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert cabinet.keys.stocktakes()[0].missing == 3
