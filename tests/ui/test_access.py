"""Operators as a user meets them: the first administrator, logging in, approval in place,
the lock and the shift change, the audit trail's warning and the daily purge."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import AuditEntry
from deskapp.domain.records import VisitFlag
from deskapp.domain.roles import Role
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDialog
from deskapp.ui.access.first_administrator import FirstAdministratorDialog
from deskapp.ui.access.login import LoginDialog
from deskapp.ui.app import log_in_at_start
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from helpers import answer_modal, open_visitor_log

GOOD_ID = "11010519491231002X"


def type_and_enter(qtbot, dialog: QDialog, name: str | None, secret: str) -> None:
    ui = dialog.ui  # type: ignore[attr-defined]
    if name is not None:  # a Chinese name comes from the input method, not key by key
        ui.name_edit.setText(name)
    qtbot.keyClicks(ui.secret_edit, secret)
    qtbot.keyClick(ui.secret_edit, Qt.Key.Key_Return)


@pytest.fixture
def staffed(services: Services) -> Services:
    """An administrator, a supervisor and a receptionist; the receptionist is on duty."""
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pin", "admin-pin")
    accounts.add("李建国", Role.SUPERVISOR, "9876", "9876")
    accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    accounts.log_in("王芳", "1234")
    services.settings.save(replace(services.settings.load(), org_name="星河物业",
                                   welcomed=True, language="en"))
    return services


@pytest.fixture
def window(qtbot, staffed: Services, monkeypatch) -> MainWindow:
    monkeypatch.setattr(messages, "warn", lambda *a, **k: None)
    win = MainWindow(staffed, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitExposed(win):
        win.show()
    open_visitor_log(win)
    return win


def test_the_first_start_sets_up_the_administrator(qtbot, services: Services) -> None:
    def answer(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.name_edit.setText("张伟")
        qtbot.keyClicks(ui.secret_edit, "2468")
        qtbot.keyClicks(ui.repeated_edit, "2469")
        qtbot.keyClick(ui.repeated_edit, Qt.Key.Key_Return)
        # The two differ: said next to the field, nothing saved, the dialog stays.
        states.append((ui.repeated_error_label.isVisible(), services.accounts.any_accounts()))
        ui.repeated_edit.clear()
        qtbot.keyClicks(ui.repeated_edit, "2468")
        qtbot.keyClick(ui.repeated_edit, Qt.Key.Key_Return)

    states: list[tuple[bool, bool]] = []
    seen = answer_modal(qtbot, FirstAdministratorDialog, answer)
    assert log_in_at_start(services)
    assert seen and states == [(True, False)]
    assert services.operator.name == "张伟"
    assert services.operator.role is Role.ADMINISTRATOR


def test_a_wrong_password_is_refused_and_the_right_one_logs_in(qtbot, staffed) -> None:
    staffed.operator.hand_over("")

    said: list[tuple[bool, str, str]] = []

    def answer(dialog: QDialog) -> None:
        type_and_enter(qtbot, dialog, "李建国", "0000")
        ui = dialog.ui
        said.append((dialog.isVisible(), ui.error_label.text(), ui.secret_edit.text()))
        type_and_enter(qtbot, dialog, None, "9876")

    seen = answer_modal(qtbot, LoginDialog, answer)
    assert log_in_at_start(staffed)
    assert seen and said == [(True, "Wrong name or password.", "")]
    assert (staffed.operator.name, staffed.operator.role) == ("李建国", Role.SUPERVISOR)


def test_quitting_at_the_log_in_opens_nothing(qtbot, staffed) -> None:
    answer_modal(qtbot, LoginDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert not log_in_at_start(staffed)


def test_the_practice_file_has_practice_operators(qtbot, services: Services) -> None:
    hints: list[str] = []

    def answer(dialog: QDialog) -> None:
        hints.append(dialog.ui.hint_label.text())
        type_and_enter(qtbot, dialog, "王芳", "1234")

    answer_modal(qtbot, LoginDialog, answer)
    assert log_in_at_start(services, demo=True)
    assert "1234" in hints[0]
    assert services.operator.role is Role.RECEPTIONIST


def _visit(services: Services) -> int:
    return services.visitors.check_in(VisitInput(name="张三", id_number=GOOD_ID,
                                                 host=HostRef("1203"))).id


def _select(window: MainWindow, visit_id: int) -> None:
    tab = window.workspace("visitors")
    tab.history.refresh()
    tab.history.select(visit_id)
    tab.history.ui.table.setFocus()


def _entries(services: Services, action: str) -> list[AuditEntry]:
    with Session(services.engine) as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.action == action)))


def test_a_receptionists_void_asks_a_supervisor(qtbot, window, staffed, monkeypatch) -> None:
    visit_id = _visit(staffed)
    _select(window, visit_id)
    tab = window.workspace("visitors")
    monkeypatch.setattr(tab.corrections, "ask_reason", lambda row, problem="": "登记错了")

    said: list[tuple[str, bool, bool]] = []

    def answer(dialog: QDialog) -> None:
        type_and_enter(qtbot, dialog, "李建国", "wrong")
        said.append((dialog.ui.intro_label.text(), dialog.isVisible(),
                     dialog.ui.error_label.isVisible()))
        type_and_enter(qtbot, dialog, None, "9876")

    seen = answer_modal(qtbot, ApprovalDialog, answer)
    tab.corrections.void_action.trigger()
    assert seen
    [(intro, still_open, refused)] = said
    assert "void a record" in intro and still_open and refused
    row = tab.history.model.row(tab.history.model.find_row(visit_id))
    assert VisitFlag.VOIDED in row.flags
    index = tab.history.model.index(tab.history.model.find_row(visit_id), 0)
    assert tab.history.model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    [void] = _entries(staffed, "void")
    assert (void.actor, void.approved_by) == ("王芳", "李建国")


def test_a_cancelled_approval_voids_nothing(qtbot, window, staffed, monkeypatch) -> None:
    visit_id = _visit(staffed)
    _select(window, visit_id)
    tab = window.workspace("visitors")
    monkeypatch.setattr(tab.corrections, "ask_reason", lambda row, problem="": "登记错了")
    answer_modal(qtbot, ApprovalDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    tab.corrections.void_action.trigger()
    assert staffed.visitors.visit(visit_id).void_reason == ""
    assert not _entries(staffed, "void")


def test_a_reveal_is_approved_and_audited(qtbot, window, staffed, monkeypatch) -> None:
    visit_id = _visit(staffed)
    _select(window, visit_id)
    tab = window.workspace("visitors")
    shown: list[str] = []
    monkeypatch.setattr(messages, "info", lambda parent, text, title="": shown.append(text))
    answer_modal(qtbot, ApprovalDialog, lambda d: type_and_enter(qtbot, d, "李建国", "9876"))
    assert tab.corrections.reveal_selected() == GOOD_ID
    assert GOOD_ID in shown[0]
    [reveal] = _entries(staffed, "reveal")
    assert (reveal.actor, reveal.approved_by, reveal.record_id) == ("王芳", "李建国", visit_id)
    assert GOOD_ID not in reveal.changes  # the trail tells of the look, not the number


def test_a_supervisor_voids_without_asking(qtbot, window, staffed, monkeypatch) -> None:
    staffed.accounts.log_in("李建国", "9876")
    visit_id = _visit(staffed)
    _select(window, visit_id)
    tab = window.workspace("visitors")
    monkeypatch.setattr(tab.corrections, "ask_reason", lambda row, problem="": "重复登记")
    qtbot.keyClick(tab.history.ui.table, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [void] = _entries(staffed, "void")
    assert (void.actor, void.approved_by) == ("李建国", "")


def test_ctrl_l_locks_and_keeps_what_was_typed(qtbot, window, staffed) -> None:
    form = window.workspace("visitors").form
    form.ui.name_edit.setFocus()
    form.ui.name_edit.setText("赵六")
    hidden: list[bool] = []

    def answer(dialog: QDialog) -> None:
        hidden.append(window.centralWidget().isVisible())
        hidden.append(dialog.ui.name_edit.text() == "王芳")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc does not unlock
        hidden.append(dialog.isVisible())
        type_and_enter(qtbot, dialog, None, "1234")

    answer_modal(qtbot, LoginDialog, answer)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert hidden == [False, True, True]
    assert window.centralWidget().isVisible()
    assert form.ui.name_edit.text() == "赵六"
    assert staffed.operator.name == "王芳"


def test_a_shift_change_hands_the_counter_over(qtbot, window, staffed) -> None:
    answer_modal(qtbot, LoginDialog, lambda d: type_and_enter(qtbot, d, "李建国", "9876"))
    assert window.access.lock()
    assert (staffed.operator.name, staffed.operator.role) == ("李建国", Role.SUPERVISOR)
    assert "李建国" in window.access.operator_label.text()
    assert window.ui.audit_action.isEnabled()
    assert not window.ui.operators_action.isEnabled()
    visit = staffed.visitors.visit(_visit(staffed))
    assert visit.created_by == "李建国"


def test_a_receptionist_changing_the_organisation_needs_approval(qtbot, window, staffed
                                                                ) -> None:
    from deskapp.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(staffed.settings, window, approver=window.access.approver)
    qtbot.addWidget(dialog)
    dialog.ui.org_name_edit.setText("星河物业二期")
    answer_modal(qtbot, ApprovalDialog, lambda d: type_and_enter(qtbot, d, "李建国", "9876"))
    dialog.accept()
    assert staffed.settings.load().org_name == "星河物业二期"


def test_a_receptionist_adding_to_the_deny_list_needs_approval(qtbot, window, staffed
                                                              ) -> None:
    from deskapp.ui.workspaces.visitors.screening.dialog import ScreeningDialog

    dialog = ScreeningDialog(staffed.screening, staffed.directory, staffed.clock, window,
                             approver=window.access.approver)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.deny_page
    page.ui.name_edit.setText("钱七")
    answer_modal(qtbot, ApprovalDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert page.save() is None
    assert staffed.screening.deny_list() == []
    answer_modal(qtbot, ApprovalDialog, lambda d: type_and_enter(qtbot, d, "李建国", "9876"))
    assert page.save() is not None
    [entry] = staffed.screening.deny_list()
    assert entry.name == "钱七"


def test_a_broken_audit_trail_is_told_to_a_supervisor_at_start(
        qtbot, staffed, monkeypatch, backend) -> None:
    if backend != "sqlite":
        pytest.skip("the tampering goes through the sqlite3 shell's library")
    staffed.accounts.log_in("李建国", "9876")
    _visit(staffed)
    staffed.engine.dispose()
    with sqlite3.connect(staffed.location.file) as con:
        con.execute("UPDATE auditentry SET actor = 'nobody' WHERE seq = 2")
    warned: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, text, title="": warned.append(text))
    win = MainWindow(staffed, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    win.access.start()
    assert warned and "broken at entry 2" in warned[0]


def test_the_daily_purge_runs_once_a_day_when_turned_on(qtbot, window, staffed, now) -> None:
    staffed.accounts.log_in("李建国", "9876")  # turning it on is a supervisor's choice
    staffed.settings.save(replace(staffed.settings.load(), retention_days=30,
                                  purge_automatically=True))
    old = _visit(staffed)
    staffed.visitors.check_out(old)
    now.advance(days=40)
    window.access.purge_if_due()
    assert staffed.visitors.visit(old).name == ""
    assert len(_entries(staffed, "purge-scheduled")) == 1
    window.access.purge_if_due()  # once a day
    assert len(_entries(staffed, "purge-scheduled")) == 1
