"""Change my password: the current one, the new one twice; Enter saves, Esc cancels, and
what is wrong is said beside its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from deskapp.bootstrap import Services
from deskapp.domain.accounts import LoginRefused
from deskapp.domain.roles import Role
from deskapp.ui import messages
from deskapp.ui.dialogs import password_dialog
from deskapp.ui.dialogs.password_dialog import ChangePasswordDialog, change_my_password


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda parent, text, title="": said.append(
        ("warn", text)))
    monkeypatch.setattr(messages, "info", lambda parent, text, title="": said.append(
        ("info", text)))
    return said


@pytest.fixture
def on_duty(services: Services) -> Services:
    """王芳, a receptionist, on duty (the administrator made her)."""
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pass", "admin-pass")
    accounts.log_in("管理员", "admin-pass")
    accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    accounts.log_in("王芳", "1234")
    return services


@pytest.fixture
def dialog(qtbot, on_duty: Services) -> ChangePasswordDialog:
    dlg = ChangePasswordDialog(on_duty.accounts)
    qtbot.addWidget(dlg)
    with qtbot.waitExposed(dlg):
        dlg.show()
    return dlg


def fill_in(qtbot, dlg: ChangePasswordDialog, old: str, new: str, again: str) -> None:
    for edit, text in ((dlg.ui.old_edit, old), (dlg.ui.secret_edit, new),
                       (dlg.ui.repeated_edit, again)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def press(qtbot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)
    QApplication.processEvents()


def failed_tries(services: Services, name: str) -> int:
    return next(a.failed_logins for a in services.accounts.accounts() if a.name == name)


def test_the_fields_hide_what_is_typed(dialog: ChangePasswordDialog) -> None:
    for edit in (dialog.ui.old_edit, dialog.ui.secret_edit, dialog.ui.repeated_edit):
        assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.windowTitle() == "Change my password"
    assert dialog.focusWidget() is dialog.ui.old_edit
    assert dialog.ui.old_label.buddy() is dialog.ui.old_edit


def test_enter_saves_the_new_password(qtbot, dialog: ChangePasswordDialog,
                                      on_duty: Services) -> None:
    fill_in(qtbot, dialog, "1234", "4321", "4321")
    press(qtbot, dialog.ui.repeated_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    with pytest.raises(LoginRefused):
        on_duty.accounts.log_in("王芳", "1234")
    assert on_duty.accounts.log_in("王芳", "4321").name == "王芳"


def test_a_wrong_current_password_is_said_beside_it(qtbot, dialog: ChangePasswordDialog,
                                                    on_duty: Services) -> None:
    fill_in(qtbot, dialog, "0000", "4321", "4321")
    press(qtbot, dialog.ui.secret_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog._errors.message("old") == "The current password is wrong."
    assert dialog._errors.message("secret") == "" and dialog._errors.message("repeated") == ""
    assert dialog.focusWidget() is dialog.ui.old_edit and dialog.ui.old_edit.hasSelectedText()
    assert failed_tries(on_duty, "王芳") == 1  # counted like a wrong log-in
    # Typed again (replacing the selection), Enter saves; the message goes.
    qtbot.keyClicks(dialog.ui.old_edit, "1234")
    press(qtbot, dialog.ui.old_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert on_duty.accounts.log_in("王芳", "4321").name == "王芳"


def test_wrong_tries_make_the_account_wait(qtbot, dialog: ChangePasswordDialog,
                                           on_duty: Services, now) -> None:
    for _ in range(3):
        fill_in(qtbot, dialog, "0000", "4321", "4321")
        press(qtbot, dialog.ui.old_edit, Qt.Key.Key_Return)
    fill_in(qtbot, dialog, "1234", "4321", "4321")
    press(qtbot, dialog.ui.old_edit, Qt.Key.Key_Return)
    assert "try again in" in dialog._errors.message("old")
    assert dialog.isVisible()
    with pytest.raises(LoginRefused, match="try again in"):  # a log-in waits as well
        on_duty.accounts.log_in("王芳", "1234")
    now.advance(minutes=1)
    assert on_duty.accounts.log_in("王芳", "1234").name == "王芳"  # nothing changed


@pytest.mark.parametrize("new, again, field, message", [
    ("12", "12", "secret", "Use at least 4 characters (a PIN: 4 digits)."),
    ("4321", "4312", "repeated", "The two passwords differ."),
])
def test_a_bad_new_password_is_said_beside_it_and_costs_no_try(
        qtbot, dialog: ChangePasswordDialog, on_duty: Services, new: str, again: str,
        field: str, message: str) -> None:
    fill_in(qtbot, dialog, "0000", new, again)  # the current one is wrong too
    press(qtbot, dialog.ui.repeated_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog._errors.message(field) == message
    assert dialog._errors.message("old") == ""  # not checked yet: no try spent
    assert failed_tries(on_duty, "王芳") == 0
    assert on_duty.accounts.log_in("王芳", "1234").name == "王芳"


def test_esc_changes_nothing(qtbot, dialog: ChangePasswordDialog, on_duty: Services) -> None:
    fill_in(qtbot, dialog, "1234", "4321", "4321")
    press(qtbot, dialog.ui.repeated_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert on_duty.accounts.log_in("王芳", "1234").name == "王芳"


def test_nobody_logged_in_is_told_in_words(qtbot, services: Services,
                                           shown: list[tuple[str, str]]) -> None:
    services.accounts.create_first_administrator("管理员", "admin-pass", "admin-pass")
    assert change_my_password(None, services) is False
    [(kind, text)] = shown
    assert kind == "warn" and text.startswith("Log in first")
    dlg = ChangePasswordDialog(services.accounts)  # opened anyway: the service refuses too
    qtbot.addWidget(dlg)
    fill_in(qtbot, dlg, "admin-pass", "abcd", "abcd")
    dlg.accept()
    assert shown[-1] == ("warn", "Nobody is logged in.") and dlg.result() == 0


def test_change_my_password_says_when_it_is_done(
        qtbot, on_duty: Services, shown: list[tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def exec_(self: ChangePasswordDialog) -> int:
        fill_in(qtbot, self, "1234", "4321", "4321")
        self.accept()
        return self.result()

    monkeypatch.setattr(password_dialog.ChangePasswordDialog, "exec", exec_)
    assert change_my_password(None, on_duty) is True
    assert shown == [("info", "Your password is changed. Use the new one from your next "
                              "log-in.")]
    assert on_duty.accounts.log_in("王芳", "4321").name == "王芳"
