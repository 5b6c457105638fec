"""Handover, lost keys and new keys, driven from the keyboard: the owner takes the set for
good once the receptionist confirms (and its slip is asked to print), entrusted keys go
only to their owner, a borrower loses keys, new copies or a new lock settle it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from deskapp.bootstrap import Services
from deskapp.domain.keys.records import KeyKind, KeySetInput, KeyState
from deskapp.ui import messages
from deskapp.ui.workspaces.keys.incident_dialogs import (
    KeyHandoverDialog,
    KeyLostDialog,
    KeyReplacementDialog,
)
from keys_data import ID_WANG, entrusted_set, lend, shown, staff_the_desk, vacant_set

# The custody rules run in the database (row locks, the owner's list): on both.
pytestmark = pytest.mark.both_backends

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def desk(services: Services, monkeypatch) -> Services:
    monkeypatch.setattr(messages, "warn", lambda *a, **k: pytest.fail(f"warned: {a[1:]}"))
    return staff_the_desk(services)


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The questions asked; each answered yes unless a test says otherwise."""
    questions: list[str] = []

    def ask(_parent, text: str, _title: str = "", **_kw: object) -> bool:
        questions.append(text)
        return not text.startswith("NO")

    monkeypatch.setattr(messages, "ask", ask)
    return questions


def enter(qtbot, widget, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return, modifier)


def not_moved_in(desk: Services):
    return desk.keys.register(KeySetInput("1801", KeyKind.NOT_MOVED_IN, 2, "A-3"))


def test_the_owner_takes_the_keys_at_move_in_and_the_slip_is_asked_to_print(
        qtbot, desk, asked) -> None:
    key_set = not_moved_in(desk)
    dialog = shown(qtbot, KeyHandoverDialog(desk.keys, key_set.id))
    ui = dialog.ui
    assert dialog.focusWidget() is ui.owner_edit and ui.print_check.isChecked()
    assert "for good" in ui.intro_label.text()
    ui.owner_edit.setText("周杰")
    qtbot.keyClicks(ui.phone_edit, "13800138001")
    qtbot.keyClicks(ui.id_number_edit, ID_WANG.lower())  # a lower-case x is the same
    ui.note_edit.setText("两把钥匙已点交")
    with qtbot.waitSignal(dialog.print_requested) as printing:
        enter(qtbot, ui.note_edit)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(asked) == 1 and "周杰" in asked[0] and "for good" in asked[0]
    handover = desk.keys.handover_of(key_set.id)
    assert printing.args == ["key-handover", handover.id]
    assert dialog.handover == handover
    assert (handover.owner_name, handover.phone, handover.id_number, handover.keys_handed,
            handover.note) == ("周杰", "13800138001", ID_WANG, 2, "两把钥匙已点交")
    assert desk.keys.key_set(key_set.id).state is KeyState.HANDED_OVER


def test_a_hurried_enter_hands_nothing_over(qtbot, desk, monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask", lambda *a, **k: False)
    key_set = not_moved_in(desk)
    dialog = shown(qtbot, KeyHandoverDialog(desk.keys, key_set.id))
    dialog.ui.owner_edit.setText("周杰")
    printed: list[object] = []
    dialog.print_requested.connect(lambda *args: printed.append(args))
    enter(qtbot, dialog.ui.owner_edit)
    assert dialog.isVisible() and not printed
    assert desk.keys.key_set(key_set.id).state is KeyState.IN_CABINET


def test_entrusted_keys_go_back_only_to_their_owner_and_unticked_no_slip_prints(
        qtbot, desk, asked) -> None:
    key_set = entrusted_set(desk)
    dialog = shown(qtbot, KeyHandoverDialog(desk.keys, key_set.id))
    ui = dialog.ui
    assert ui.owner_edit.text() == "李四"  # the owner who left them
    assert ui.phone_edit.text() == "13800138000"
    ui.owner_edit.setText("王小明")  # on the list, but not the owner
    enter(qtbot, ui.owner_edit)
    assert dialog.isVisible() and "李四" in dialog.errors.message("owner_name")
    ui.owner_edit.setText("李四")
    qtbot.keyClick(ui.print_check, Qt.Key.Key_Space)
    printed: list[object] = []
    dialog.print_requested.connect(lambda *args: printed.append(args))
    enter(qtbot, ui.print_check)  # Enter on the tick box saves too

    assert dialog.result() == QDialog.DialogCode.Accepted and not printed
    assert desk.keys.key_set(key_set.id).state is KeyState.HANDED_OVER


def test_keys_out_are_not_handed_over(qtbot, desk, asked, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _p, text, *_a: warned.append(text))
    key_set = vacant_set(desk)
    lend(desk, key_set)
    dialog = shown(qtbot, KeyHandoverDialog(desk.keys, key_set.id))
    dialog.ui.owner_edit.setText("周杰")
    enter(qtbot, dialog.ui.owner_edit)
    assert dialog.isVisible() and "still out" in warned[0]


def test_a_borrower_loses_a_key_and_new_copies_settle_it(qtbot, desk) -> None:
    key_set = vacant_set(desk, keys=3)
    loan = lend(desk, key_set)
    lost = shown(qtbot, KeyLostDialog(desk.keys, key_set.id))
    ui = lost.ui
    assert ui.reported_by_edit.text() == "赵六"  # the borrower, whose loss it is
    assert ui.keys_lost_spin.value() == 3 and ui.keys_lost_spin.maximum() == 3
    assert loan.number in ui.intro_label.text()
    assert ui.reported_at_edit.dateTime().toPython().strftime("%Y-%m-%d %H:%M") == \
        "2026-11-23 09:30"
    ui.keys_lost_spin.setFocus()
    ui.keys_lost_spin.selectAll()
    qtbot.keyClicks(ui.keys_lost_spin, "1")
    ui.circumstances_edit.setPlainText("看房途中遗失一把")
    with qtbot.waitSignal(lost.reported) as reported:
        enter(qtbot, ui.circumstances_edit, CTRL)  # Enter in the box is a new line

    assert lost.result() == QDialog.DialogCode.Accepted
    report = reported.args[0]
    assert (report.reported_by, report.keys_lost, report.circumstances, report.loan_id) == (
        "赵六", 1, "看房途中遗失一把", loan.id)
    assert desk.keys.key_set(key_set.id).keys_lost == 1
    desk.keys.return_loan(loan.id)  # the other two come back

    new = shown(qtbot, KeyReplacementDialog(desk.keys, key_set.id))
    ui = new.ui
    assert not ui.lock_changed_check.isChecked()
    assert ui.keys_new_spin.value() == 1  # a copy for the lost one
    assert ui.result_label.text() == "Keys in the set afterwards: 3."
    ui.note_edit.setText("配钥匙一把")
    enter(qtbot, ui.note_edit)

    assert new.result() == QDialog.DialogCode.Accepted
    assert (new.replacement.keys_new, new.replacement.lock_changed) == (1, False)
    after = desk.keys.key_set(key_set.id)
    assert (after.key_count, after.keys_lost, after.state) == (3, 0, KeyState.IN_CABINET)
    assert desk.keys.lost_reports(key_set.id)[0].replacement_id == new.replacement.id


def test_a_new_lock_makes_the_new_keys_the_set(qtbot, desk) -> None:
    key_set = vacant_set(desk, keys=3)
    dialog = shown(qtbot, KeyReplacementDialog(desk.keys, key_set.id))
    ui = dialog.ui
    assert ui.lock_changed_check.isChecked()  # nothing lost: only a new lock replaces
    assert ui.keys_new_spin.value() == 3
    ui.keys_new_spin.selectAll()
    qtbot.keyClicks(ui.keys_new_spin, "2")
    assert ui.result_label.text() == "Keys in the set afterwards: 2."
    enter(qtbot, ui.keys_new_spin)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert desk.keys.key_set(key_set.id).key_count == 2


def test_keys_missing_from_the_hook_are_reported_by_whoever_found_out(qtbot, desk) -> None:
    key_set = vacant_set(desk, keys=2)
    dialog = shown(qtbot, KeyLostDialog(desk.keys, key_set.id))
    ui = dialog.ui
    assert ui.reported_by_edit.text() == "" and ui.keys_lost_spin.maximum() == 2
    enter(qtbot, ui.reported_by_edit)
    assert dialog.isVisible() and dialog.errors.message("reported_by")
    ui.reported_by_edit.setText("保洁员 陈阿姨")
    enter(qtbot, ui.reported_by_edit)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert desk.keys.key_set(key_set.id).state is KeyState.LOST  # no key left
