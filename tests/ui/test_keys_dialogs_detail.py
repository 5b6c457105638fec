"""One key set in full and a borrower's loans: the history and loans shown, ID numbers
masked, the papers asked to print, and each action opened from here saved and shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from deskapp.bootstrap import Services
from deskapp.domain.keys.records import KeyKind, KeySetInput, KeyState
from deskapp.ui import messages
from deskapp.ui.workspaces.keys.borrower_history_dialog import BorrowerHistoryDialog
from deskapp.ui.workspaces.keys.incident_dialogs import (
    KeyHandoverDialog,
    KeyLostDialog,
    KeyReplacementDialog,
)
from deskapp.ui.workspaces.keys.key_detail_dialog import KeyDetailDialog
from deskapp.ui.workspaces.keys.key_set_dialog import KeySetDialog
from deskapp.ui.workspaces.keys.reason_dialog import KeyReasonDialog
from helpers import answer_modal
from keys_data import ID_WANG, ID_ZHAO, entrusted_set, lend, shown, staff_the_desk, vacant_set

# The custody rules run in the database (row locks, the owner's list): on both.
pytestmark = pytest.mark.both_backends


@pytest.fixture
def desk(services: Services, monkeypatch) -> Services:
    monkeypatch.setattr(messages, "warn", lambda *a, **k: pytest.fail(f"warned: {a[1:]}"))
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    return staff_the_desk(services)


def detail(qtbot, desk: Services, set_id: int) -> KeyDetailDialog:
    return shown(qtbot, KeyDetailDialog(desk.keys, desk.directory, set_id))  # type: ignore


def column(table, index: int) -> list[str]:
    return [table.item(r, index).text() for r in range(table.rowCount())]


def press(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enter(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def run_modal(qtbot, kind: type[QDialog], answer: Callable[[QDialog], None],
              button) -> None:
    """Click ``button`` and answer the dialog of ``kind`` it opens."""
    answered = answer_modal(qtbot, kind, answer)
    press(qtbot, button)
    assert answered, f"no {kind.__name__} was shown"


def test_the_set_shows_its_deposit_history_and_loans(qtbot, desk, now) -> None:
    key_set = entrusted_set(desk)
    loan = lend(desk, key_set)
    now.advance(hours=2)
    desk.keys.return_keys(key_set.tag)
    dialog = detail(qtbot, desk, key_set.id)
    ui = dialog.ui
    assert dialog.windowTitle() == "Key set K0001 — 1203"
    details = ui.details_browser.toPlainText()
    assert "Entrusted by the owner" in details and "A-1" in details
    assert "2 in the set, 2 on the hook" in details
    deposit = ui.deposit_browser.toPlainText()
    assert "李四" in deposit and "2027-05-31" in deposit and "装修工人" in deposit
    assert "110105********002X" in deposit and ID_WANG not in deposit
    assert column(ui.events_table, 1) == ["Registered", "Left by the owner",
                                          "Borrower authorised", "Borrower authorised",
                                          "Issued", "Returned"]
    assert "王小明 · " + loan.number in column(ui.events_table, 4)[4]
    assert column(ui.loans_table, 0) == [loan.number]
    assert column(ui.loans_table, 7) == ["On the owner's list"]
    assert ui.print_deposit_button.isVisible() and ui.handover_button.isEnabled()
    assert not ui.retire_button.isEnabled()  # the owner's keys go back, not out of use

    printed: list[tuple[str, object]] = []
    dialog.print_requested.connect(lambda kind, key: printed.append((kind, key)))
    press(qtbot, ui.print_label_button)
    press(qtbot, ui.print_deposit_button)
    assert printed == [("key-label", key_set.id), ("key-deposit", key_set.id)]


def test_a_vacant_set_has_no_deposit_slip(qtbot, desk) -> None:
    dialog = detail(qtbot, desk, vacant_set(desk).id)
    assert not dialog.ui.deposit_browser.isVisible()
    assert not dialog.ui.print_deposit_button.isVisible()
    assert dialog.ui.retire_button.isEnabled()
    assert not dialog.ui.borrower_button.isEnabled()  # no loan to look at


def test_edit_from_here_and_the_page_follows(qtbot, desk) -> None:
    key_set = vacant_set(desk)
    dialog = detail(qtbot, desk, key_set.id)
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))

    def move_hook(edit: QDialog) -> None:
        ui = edit.ui  # type: ignore[attr-defined]
        ui.hook_edit.clear()
        qtbot.keyClicks(ui.hook_edit, "C-9")
        enter(qtbot, ui.hook_edit)

    run_modal(qtbot, KeySetDialog, move_hook, dialog.ui.edit_button)
    assert "C-9" in dialog.ui.details_browser.toPlainText()
    assert column(dialog.ui.events_table, 1)[-1] == "Details changed"
    assert changed == [True]


def test_lost_new_keys_and_retired_from_here(qtbot, desk) -> None:
    key_set = vacant_set(desk, keys=2)
    dialog = detail(qtbot, desk, key_set.id)
    ui = dialog.ui

    def one_lost(lost: QDialog) -> None:
        lost_ui = lost.ui  # type: ignore[attr-defined]
        lost_ui.reported_by_edit.setText("保洁员 陈阿姨")
        lost_ui.keys_lost_spin.setValue(1)
        enter(qtbot, lost_ui.reported_by_edit)

    run_modal(qtbot, KeyLostDialog, one_lost, ui.lost_button)
    assert "keys lost, not yet replaced: 1" in ui.details_browser.toPlainText()
    run_modal(qtbot, KeyReplacementDialog,
              lambda new: enter(qtbot, new.ui.keys_new_spin),  # type: ignore[attr-defined]
              ui.replace_button)
    assert desk.keys.key_set(key_set.id).keys_lost == 0
    assert column(ui.events_table, 1)[-2:] == ["Reported lost", "Replaced"]

    def give_reason(reason: QDialog) -> None:
        reason.ui.reason_edit.setText("门锁更换，旧钥匙作废")  # type: ignore[attr-defined]
        enter(qtbot, reason.ui.reason_edit)  # type: ignore[attr-defined]

    run_modal(qtbot, KeyReasonDialog, give_reason, ui.retire_button)
    retired = desk.keys.key_set(key_set.id)
    assert (retired.state, retired.retire_reason) == (KeyState.RETIRED, "门锁更换，旧钥匙作废")
    assert "门锁更换" in ui.details_browser.toPlainText()
    assert not any(b.isEnabled() for b in (ui.edit_button, ui.handover_button, ui.lost_button,
                                           ui.replace_button, ui.retire_button))


def test_a_handover_from_here_asks_its_slip_to_print(qtbot, desk) -> None:
    key_set = desk.keys.register(KeySetInput("1801", KeyKind.NOT_MOVED_IN, 2, "A-3"))
    dialog = detail(qtbot, desk, key_set.id)
    printed: list[tuple[str, object]] = []
    dialog.print_requested.connect(lambda kind, key: printed.append((kind, key)))

    def hand_over(handover: QDialog) -> None:
        ui = handover.ui  # type: ignore[attr-defined]
        ui.owner_edit.setText("周杰")
        qtbot.keyClicks(ui.id_number_edit, ID_ZHAO)
        enter(qtbot, ui.owner_edit)

    run_modal(qtbot, KeyHandoverDialog, hand_over, dialog.ui.handover_button)
    handover = desk.keys.handover_of(key_set.id)
    assert printed == [("key-handover", handover.id)]
    details = dialog.ui.details_browser.toPlainText()
    assert "周杰" in details and "310101********1231" in details and ID_ZHAO not in details


def test_a_borrowers_loans_across_sets_and_a_slip_printed_again(qtbot, desk, now) -> None:
    first, second = vacant_set(desk), vacant_set(desk, "1801", hook="A-3")
    loan_1 = lend(desk, first)
    now.advance(hours=1)
    desk.keys.return_keys(first.tag)
    now.advance(hours=1)
    loan_2 = lend(desk, second, hours=1)
    now.advance(hours=2)  # the second is overdue now
    dialog = detail(qtbot, desk, first.id)
    dialog.ui.pages.setCurrentIndex(1)
    assert dialog.ui.borrower_button.isEnabled()
    printed: list[tuple[str, object]] = []
    dialog.print_requested.connect(lambda kind, key: printed.append((kind, key)))

    seen: dict[str, object] = {}

    def look(history: QDialog) -> None:  # what it shows is asserted once it is closed
        ui = history.ui  # type: ignore[attr-defined]
        seen.update(title=history.windowTitle(), slips=column(ui.loans_table, 0),
                    back=column(ui.loans_table, 5), ids=column(ui.loans_table, 9),
                    counts=ui.counts_label.text())
        ui.loans_table.setCurrentCell(1, 0)
        press(qtbot, ui.print_slip_button)
        history.reject()

    answered = answer_modal(qtbot, BorrowerHistoryDialog, look)
    enter(qtbot, dialog.ui.loans_table)  # Enter on a loan: its borrower's loans
    assert answered
    assert seen["title"] == "Loans of 赵六 · 13600136000"
    assert seen["slips"] == [loan_2.number, loan_1.number]
    assert seen["back"][0] == "overdue"  # type: ignore[index]
    assert seen["ids"] == ["310101********1231"] * 2
    assert seen["counts"] == "Loans: 2 · still out: 1 · overdue: 1"
    assert printed == [("key-slip", loan_1.id)]
