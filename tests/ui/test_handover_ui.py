"""The shift handover driven by keys: Ctrl+Shift+H writes the note (open keys and messages
offered ticked, one unticked, a free item added with Enter, printed), an empty note is
refused by its field, the past notes are searched, an item signed off with F6 and a linked
record opened with Enter, and a note written by one operator is shown to the next at their
log-in and acknowledged."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from deskapp import translations
from deskapp.bootstrap import Services
from deskapp.domain.calls.records import About, CallInput, Category
from deskapp.domain.handover.records import ItemInput, NoteInput
from deskapp.domain.keys.records import IssueInput, KeyKind, KeySetInput, LoanPurpose
from deskapp.domain.operators import Operator
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.roles import Role
from deskapp.ui import messages
from deskapp.ui.access.login import LoginDialog
from deskapp.ui.handover.notes_dialog import HandoverNotesDialog
from deskapp.ui.handover.read_dialog import HandoverReadDialog
from deskapp.ui.handover.write_dialog import HandoverWriteDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from helpers import answer_modal

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ID_ZHANG = "11010519491231002X"


@pytest.fixture
def window(qtbot, services: Services, monkeypatch) -> MainWindow:
    services.settings.save(replace(services.settings.load(), org_name="星河物业",
                                   welcomed=True, language="en"))
    services.operator.hand_over("王芳")
    translations.install("en")
    monkeypatch.setattr(messages, "warn", lambda *a, **k: None)
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitExposed(win):
        win.show()
    return win


def open_work(services: Services, now) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A key loan and a message not yet passed on: (loan id, call id)."""
    key_set = services.keys.register(KeySetInput("1203", KeyKind.VACANT, 2, "A-01"))
    loan = services.keys.issue(IssueInput(
        key_set_id=key_set.id, borrower_name="张三",
        expected_back=now.value + dt.timedelta(hours=2), phone="13712345678",
        id_number=ID_ZHANG, company="链家地产", purpose=LoanPurpose.VIEWING,
        authorised_by="招商部"))
    call = services.calls.log_call(CallInput(
        subject="找李四", caller_name="陈先生", phone="13800138000", about=About("1203"),
        category=Category.MESSAGE, message_for="1203 李四", message="请回电"))
    return loan.id, call.id


def test_ctrl_shift_h_writes_the_note_with_the_items_ticked_and_typed(
        qtbot, window, services, now) -> None:  # type: ignore[no-untyped-def]
    loan_id, _call_id = open_work(services, now)
    printed: list[tuple[str, int]] = []
    window.print_document = lambda kind, record: printed.append((kind, record))  # type: ignore[method-assign]
    seen: list[object] = []

    def answer(dialog: HandoverWriteDialog) -> None:
        ui = dialog.ui
        seen.append(ui.offered_list.count())
        qtbot.keyClicks(ui.shift_edit, "Morning")
        qtbot.keyClick(ui.shift_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(ui.text_edit, "Lift 2 out of order")
        ui.offered_list.setFocus()
        ui.offered_list.setCurrentRow(1)
        qtbot.keyClick(ui.offered_list, Qt.Key.Key_Space)  # the message: not handed over
        ui.item_edit.setFocus()
        qtbot.keyClicks(ui.item_edit, "Call engineering about 1505")
        qtbot.keyClick(ui.item_edit, Qt.Key.Key_Return)
        seen.append((ui.items_list.count(), ui.item_edit.text(), dialog.isVisible()))
        qtbot.keyClick(ui.print_check, Qt.Key.Key_Space)
        qtbot.keyClick(ui.items_list, Qt.Key.Key_Return, CTRL)

    answer_modal(qtbot, HandoverWriteDialog, answer)
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL | SHIFT)
    assert seen == [2, (1, "", True)]
    [note] = services.handover.search()
    assert (note.shift, note.text, note.written_by) == ("Morning", "Lift 2 out of order", "王芳")
    assert [(i.text[:8], i.record_kind, i.record_id) for i in note.items] == [
        ("Keys out", RecordKind.KEY_LOAN, loan_id), ("Call eng", None, None)]
    assert printed == [("handover-note", note.id)]
    assert "saved" in window.ui.status_bar.currentMessage()


def test_an_empty_note_is_refused_by_its_field_and_esc_cancels(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []

    def answer(dialog: HandoverWriteDialog) -> None:
        qtbot.keyClick(dialog.ui.shift_edit, Qt.Key.Key_Return)  # on to the text
        seen.append(dialog.focusWidget() is dialog.ui.text_edit)
        dialog.ui.item_edit.setFocus()
        qtbot.keyClick(dialog.ui.item_edit, Qt.Key.Key_Return)  # nothing typed: save
        seen.append((dialog.isVisible(), dialog.ui.text_error.isVisibleTo(dialog),
                     dialog.ui.text_error.text()))
        qtbot.keyClick(dialog.ui.text_edit, Qt.Key.Key_Escape)

    answer_modal(qtbot, HandoverWriteDialog, answer)
    window.ui.handover_action.trigger()
    assert seen == [True, (True, True, "Write what the next shift should know, or add an "
                                       "item.")]
    assert services.handover.search() == []


def test_past_notes_are_searched_signed_off_with_f6_and_a_link_opened(
        qtbot, window, services, now) -> None:  # type: ignore[no-untyped-def]
    loan_id, _ = open_work(services, now)
    old = services.handover.write(NoteInput("Night", "Quiet night", [ItemInput("Water plants")]))
    now.advance(hours=9)
    services.handover.write(NoteInput("Morning", "Busy", [
        ItemInput("Keys of 1203 still out", "key-loan", loan_id), ItemInput("Ring 1505")]))
    dialog = HandoverNotesDialog(services, window.events, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # as the window manager would: its F6 works
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    ui = dialog.ui
    assert ui.notes_table.rowCount() == 2 and ui.notes_table.item(0, 2).text() == "Morning"
    qtbot.keyClicks(ui.search_edit, "plants")
    assert ui.notes_table.rowCount() == 1 and ui.note_view.toPlainText() == "Quiet night"
    qtbot.keyClick(ui.search_edit, Qt.Key.Key_Return)  # to the notes
    qtbot.keyClick(ui.notes_table, Qt.Key.Key_Return)  # to the items
    assert dialog.focusWidget() is ui.items_table
    qtbot.keyClicks(ui.done_note_edit, "watered")
    qtbot.keyClick(ui.done_note_edit, Qt.Key.Key_F6)
    [item] = services.handover.note(old.id).items
    assert (item.done_by, item.done_note) == ("王芳", "watered")
    assert "watered" in ui.items_table.item(0, 3).text() and not ui.sign_off_button.isEnabled()
    ui.search_edit.clear()
    assert ui.notes_table.rowCount() == 2
    ui.notes_table.selectRow(0)
    ui.items_table.setFocus()
    with qtbot.waitSignal(window.events.record_requested) as asked:
        qtbot.keyClick(ui.items_table, Qt.Key.Key_Return)
    assert asked.args == ["key-loan", loan_id] and not dialog.isVisible()


@pytest.fixture
def staffed(services: Services) -> Services:
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pin", "admin-pin")
    accounts.add("李建国", Role.SUPERVISOR, "9876", "9876")
    accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    accounts.log_in("王芳", "1234")
    services.settings.save(replace(services.settings.load(), org_name="星河物业",
                                   welcomed=True, language="en"))
    return services


def test_a_note_left_by_one_operator_is_read_first_by_the_next_at_log_in(
        qtbot, staffed, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(messages, "warn", lambda *a, **k: None)
    translations.install("en")
    note = staffed.handover.write(NoteInput("Morning", "The fire drill is at 15:00",
                                            [ItemInput("Ring 1505 back")]))
    window = MainWindow(staffed, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    shown: list[str] = []

    def log_in(dialog: QDialog) -> None:
        dialog.ui.name_edit.setText("李建国")  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.ui.secret_edit, "9876")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.ui.secret_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    def read(dialog: HandoverReadDialog) -> None:
        shown.append(dialog.ui.notes_view.toPlainText())
        qtbot.keyClick(dialog.ui.read_button, Qt.Key.Key_Return)

    answer_modal(qtbot, LoginDialog, log_in)
    answer_modal(qtbot, HandoverReadDialog, read)
    assert window.access.lock()
    assert staffed.operator.name == "李建国"
    assert "The fire drill is at 15:00" in shown[0] and "Ring 1505 back" in shown[0]
    read_note = staffed.handover.note(note.id)
    assert read_note.acknowledged_by == "李建国"
    assert staffed.handover.unacknowledged("王芳") == []


def test_later_leaves_the_note_for_the_next_log_in_and_ones_own_is_not_shown(
        qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from deskapp.ui.framework.events import AppEvents
    from deskapp.ui.handover.read_dialog import read_handover_first

    other = services.with_clock(services.clock, Operator("李娜")).handover
    other.write(NoteInput("Night", "Gate 2 locked"))
    services.operator.hand_over("李娜")
    events = AppEvents()
    assert read_handover_first(None, services, events) == []  # her own: nothing shown
    services.operator.hand_over("王芳")
    answer_modal(qtbot, HandoverReadDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert read_handover_first(None, services, events) == []
    assert len(services.handover.unacknowledged("王芳")) == 1
