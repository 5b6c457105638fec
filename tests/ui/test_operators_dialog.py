"""The operators dialog as the administrator uses it: the list, adding by typing and Enter,
roles, disabling (never deleting), resetting a password, and what the rules refuse said in
words; and a receptionist who opens it is told who may."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from deskapp.bootstrap import Services, build_services
from deskapp.domain.accounts import AccountRow, LoginRefused
from deskapp.domain.clock import Clock
from deskapp.domain.roles import Role
from deskapp.ui import messages
from deskapp.ui.dialogs.operators_dialog import (
    AddOperatorDialog,
    OperatorRoleDialog,
    OperatorsDialog,
    OperatorTableModel,
    ResetPasswordDialog,
    open_operators,
)
from helpers import commit_text

Step = Callable[[QDialog], None]


# --- Fixtures and helpers


class Said(list[tuple[str, str]]):
    """The messages shown, in order; ``answers`` are what ask() says next (then yes)."""

    answers: list[bool]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Said:
    """Every message instead of a modal box."""
    said = Said()
    said.answers = answers = []

    def warn(parent: object, text: str, title: str = "") -> None:
        said.append(("warn", text))

    def info(parent: object, text: str, title: str = "") -> None:
        said.append(("info", text))

    def ask(parent: object, text: str, title: str = "") -> bool:
        said.append(("ask", text))
        return answers.pop(0) if answers else True

    monkeypatch.setattr(messages, "warn", warn)
    monkeypatch.setattr(messages, "info", info)
    monkeypatch.setattr(messages, "ask", ask)
    return said


@pytest.fixture
def admin(services: Services) -> Services:
    """The administrator 管理员 on duty; a supervisor and a receptionist besides."""
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pass", "admin-pass")
    accounts.log_in("管理员", "admin-pass")
    accounts.add("李主管", Role.SUPERVISOR, "8888", "8888")
    accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    return services


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch, qtbot) -> Iterator[list[Step]]:
    """The small dialogs, shown in turn, are driven by the test's steps (one each)."""
    queue: list[Step] = []

    def run(self: OperatorsDialog, dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        assert queue, f"no step for {type(dialog).__name__}"
        queue.pop(0)(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
        dialog.close()
        return accepted

    monkeypatch.setattr(OperatorsDialog, "_run", run)
    yield queue
    assert not queue, "a step was not used"


@pytest.fixture
def dialog(qtbot, admin: Services) -> OperatorsDialog:
    dlg = OperatorsDialog(admin.accounts, clock=admin.clock)
    qtbot.addWidget(dlg)
    with qtbot.waitExposed(dlg):
        dlg.show()
    return dlg


def table(dlg: OperatorsDialog) -> list[list[str]]:
    model = dlg.ui.operators_table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def row_of(dlg: OperatorsDialog, name: str) -> list[str]:
    return next(row for row in table(dlg) if row[0] == name)


def select(dlg: OperatorsDialog, name: str) -> None:
    model = dlg.ui.operators_table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    dlg.ui.operators_table.setCurrentIndex(model.index(row, 0))
    assert dlg.selected() is not None and dlg.selected().name == name


def account(services: Services, name: str) -> AccountRow:
    return next(a for a in services.accounts.accounts() if a.name == name)


def press(qtbot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)
    QApplication.processEvents()


# --- The list


def test_the_list_shows_every_operator_in_words(qtbot, admin: Services, now) -> None:
    for _ in range(2):
        with pytest.raises(LoginRefused):
            admin.accounts.log_in("李主管", "0000")
    admin.accounts.set_active(account(admin, "王芳").id, False)
    dlg = OperatorsDialog(admin.accounts, clock=admin.clock)
    qtbot.addWidget(dlg)
    model = dlg.ui.operators_table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Name", "Role", "Status", "Last log-in", "Wrong passwords"]
    assert row_of(dlg, "管理员") == ["管理员", "Administrator", "Active", "2026-11-23 09:30", "0"]
    assert row_of(dlg, "李主管") == ["李主管", "Supervisor", "Active", "never", "2"]
    assert row_of(dlg, "王芳") == ["王芳", "Receptionist", "Disabled", "never", "0"]
    grey = QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
    names = [row[0] for row in table(dlg)]
    disabled = model.index(names.index("王芳"), 1)
    assert disabled.data(Qt.ItemDataRole.ForegroundRole) == grey
    assert model.index(names.index("李主管"), 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "cannot log in" in disabled.data(Qt.ItemDataRole.ToolTipRole)


def test_the_last_log_in_is_local_time(qtbot, admin: Services) -> None:
    # The clock's instant is stored in UTC; the list shows the counter's own time.
    stored = account(admin, "管理员").last_login_at
    assert stored is not None and stored.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    model = OperatorTableModel(admin.clock.tz)
    model.set_rows(admin.accounts.accounts())
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert model.index(names.index("管理员"), OperatorTableModel.LAST_LOGIN).data() == \
        "2026-11-23 09:30"


def test_the_button_says_disable_or_enable_for_the_selected_operator(
        dialog: OperatorsDialog, admin: Services) -> None:
    admin.accounts.set_active(account(admin, "王芳").id, False)
    dialog.reload()
    select(dialog, "王芳")
    assert dialog.ui.active_button.text() == "&Enable"
    select(dialog, "李主管")
    assert dialog.ui.active_button.text() == "&Disable"
    assert dialog.ui.role_button.isEnabled() and dialog.ui.reset_button.isEnabled()


def test_buttons_wait_for_a_selection(qtbot, services: Services) -> None:
    services.operator.hand_over("")  # a command: no operator yet, nobody in the list
    dlg = OperatorsDialog(services.accounts)
    qtbot.addWidget(dlg)
    assert dlg.selected() is None
    assert not dlg.ui.role_button.isEnabled() and not dlg.ui.active_button.isEnabled()
    assert not dlg.ui.reset_button.isEnabled() and dlg.ui.add_button.isEnabled()
    dlg.change_role()  # nothing selected: nothing happens
    dlg.toggle_active()
    dlg.reset_password()


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_enter_and_esc_close_the_list(qtbot, dialog: OperatorsDialog, key: Qt.Key) -> None:
    # Every change is saved as it is made: there is nothing for OK to save.
    close = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "&Close" and close.isDefault()
    press(qtbot, dialog.ui.operators_table, key)
    assert not dialog.isVisible()


# --- Adding


def test_a_receptionist_is_added_by_typing_and_enter(
        qtbot, dialog: OperatorsDialog, admin: Services, steps: list[Step]) -> None:
    def type_and_enter(sub: QDialog) -> None:
        assert isinstance(sub, AddOperatorDialog)
        assert sub.ui.role_combo.currentData() == Role.RECEPTIONIST.value  # the usual one
        commit_text(sub.ui.name_edit, "赵六")
        qtbot.keyClicks(sub.ui.secret_edit, "6666")
        qtbot.keyClicks(sub.ui.repeated_edit, "6666")
        press(qtbot, sub.ui.repeated_edit, Qt.Key.Key_Return)

    steps.append(type_and_enter)
    with qtbot.waitSignal(dialog.operators_changed, timeout=1000):
        dialog.ui.add_button.click()
    assert row_of(dialog, "赵六") == ["赵六", "Receptionist", "Active", "never", "0"]
    assert dialog.selected().name == "赵六"
    assert dialog.status() == "赵六 added as Receptionist: they can log in now."
    assert admin.accounts.log_in("赵六", "6666").role is Role.RECEPTIONIST


def test_ctrl_n_adds_another_role(qtbot, dialog: OperatorsDialog, admin: Services,
                                  steps: list[Step]) -> None:
    def cashier(sub: QDialog) -> None:
        assert isinstance(sub, AddOperatorDialog)
        qtbot.keyClicks(sub.ui.name_edit, "Zhang Wei")
        sub.ui.role_combo.setCurrentIndex(sub.ui.role_combo.findData(Role.CASHIER.value))
        assert sub.ui.role_combo.currentText() == "Cashier"
        qtbot.keyClicks(sub.ui.secret_edit, "pass-word")
        qtbot.keyClicks(sub.ui.repeated_edit, "pass-word")
        press(qtbot, sub.ui.role_combo, Qt.Key.Key_Enter)

    steps.append(cashier)
    qtbot.keyClick(dialog.ui.operators_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert row_of(dialog, "Zhang Wei")[1] == "Cashier"
    assert account(admin, "Zhang Wei").role is Role.CASHIER


def test_the_add_dialog_offers_every_role_by_its_label(qtbot, admin: Services) -> None:
    sub = AddOperatorDialog(admin.accounts)
    qtbot.addWidget(sub)
    combo = sub.ui.role_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [r.label() for r in Role]
    assert [combo.itemData(i) for i in range(combo.count())] == [r.value for r in Role]
    assert "4" in sub.ui.secret_edit.placeholderText()


def test_a_mismatched_repeat_is_said_beside_it_and_saves_nothing(
        qtbot, dialog: OperatorsDialog, admin: Services, steps: list[Step]) -> None:
    before = admin.accounts.accounts()

    def mismatch(sub: QDialog) -> None:
        assert isinstance(sub, AddOperatorDialog)
        commit_text(sub.ui.name_edit, "赵六")
        qtbot.keyClicks(sub.ui.secret_edit, "6666")
        qtbot.keyClicks(sub.ui.repeated_edit, "6669")
        press(qtbot, sub.ui.repeated_edit, Qt.Key.Key_Return)
        assert sub.isVisible()  # stays open to fix
        assert sub._errors.message("repeated") == "The two passwords differ."
        assert sub._errors.message("name") == "" and sub._errors.message("secret") == ""
        assert sub.ui.repeated_edit.hasSelectedText()  # typing again replaces it
        press(qtbot, sub.ui.repeated_edit, Qt.Key.Key_Escape)

    steps.append(mismatch)
    dialog.add_operator()
    assert admin.accounts.accounts() == before
    assert "赵六" not in [row[0] for row in table(dialog)]
    assert dialog.status() == ""


def test_a_taken_name_and_a_short_password_are_said_at_once(
        qtbot, dialog: OperatorsDialog, admin: Services, steps: list[Step]) -> None:
    def taken(sub: QDialog) -> None:
        assert isinstance(sub, AddOperatorDialog)
        commit_text(sub.ui.name_edit, "王芳")
        qtbot.keyClicks(sub.ui.secret_edit, "12")
        qtbot.keyClicks(sub.ui.repeated_edit, "12")
        press(qtbot, sub.ui.secret_edit, Qt.Key.Key_Return)
        assert "exists already" in sub._errors.message("name")
        assert "at least 4" in sub._errors.message("secret")
        assert sub.focusWidget() is sub.ui.name_edit  # the topmost field to fix
        # Fixed in place, Enter again adds.
        sub.ui.name_edit.clear()
        commit_text(sub.ui.name_edit, "王芳芳")
        sub.ui.secret_edit.clear()
        sub.ui.repeated_edit.clear()
        qtbot.keyClicks(sub.ui.secret_edit, "1212")
        qtbot.keyClicks(sub.ui.repeated_edit, "1212")
        press(qtbot, sub.ui.repeated_edit, Qt.Key.Key_Return)
        assert not sub.isVisible()

    steps.append(taken)
    dialog.add_operator()
    assert [a.name for a in admin.accounts.accounts()].count("王芳") == 1
    assert account(admin, "王芳芳").role is Role.RECEPTIONIST


def test_tab_goes_through_the_fields_in_order(qtbot, admin: Services) -> None:
    sub = AddOperatorDialog(admin.accounts)
    qtbot.addWidget(sub)
    order = [sub.ui.name_edit]
    while len(order) < 4:
        order.append(order[-1].nextInFocusChain())
        while not order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            order[-1] = order[-1].nextInFocusChain()
    assert order == [sub.ui.name_edit, sub.ui.role_combo, sub.ui.secret_edit,
                     sub.ui.repeated_edit]


def test_no_longer_an_administrator_is_told_in_words(
        qtbot, dialog: OperatorsDialog, admin: Services, steps: list[Step],
        shown: Said) -> None:
    me = account(admin, "管理员")
    admin.operator.hand_over("管理员", Role.RECEPTIONIST, me.id)  # the role changed meanwhile

    def refused(sub: QDialog) -> None:
        commit_text(sub.ui.name_edit, "赵六")
        qtbot.keyClicks(sub.ui.secret_edit, "6666")
        qtbot.keyClicks(sub.ui.repeated_edit, "6666")
        press(qtbot, sub.ui.repeated_edit, Qt.Key.Key_Return)
        assert sub.isVisible()
        press(qtbot, sub.ui.repeated_edit, Qt.Key.Key_Escape)

    steps.append(refused)
    dialog.add_operator()
    assert shown == [("warn", "Your role (Receptionist) may not manage operators.")]
    assert "赵六" not in [a.name for a in admin.accounts.accounts()]


# --- Roles


def test_a_role_is_changed_with_enter(qtbot, dialog: OperatorsDialog, admin: Services,
                                      steps: list[Step]) -> None:
    def promote(sub: QDialog) -> None:
        assert isinstance(sub, OperatorRoleDialog)
        assert sub.ui.role_label.text() == "&Role of 王芳"
        assert sub.ui.role_combo.currentData() == Role.RECEPTIONIST.value
        sub.ui.role_combo.setCurrentIndex(sub.ui.role_combo.findData(Role.SUPERVISOR.value))
        press(qtbot, sub.ui.role_combo, Qt.Key.Key_Return)

    select(dialog, "王芳")
    steps.append(promote)
    dialog.ui.role_button.click()
    assert row_of(dialog, "王芳")[1] == "Supervisor"
    assert dialog.selected().name == "王芳"
    assert dialog.status() == "王芳 is now Supervisor."
    assert account(admin, "王芳").role is Role.SUPERVISOR


def test_the_same_role_again_changes_nothing(qtbot, dialog: OperatorsDialog, admin: Services,
                                             steps: list[Step]) -> None:
    select(dialog, "王芳")
    steps.append(lambda sub: press(qtbot, sub.ui.role_combo, Qt.Key.Key_Return))
    dialog.change_role()
    assert dialog.status() == "" and account(admin, "王芳").role is Role.RECEPTIONIST


def test_the_administrator_cannot_change_their_own_role(
        qtbot, dialog: OperatorsDialog, admin: Services, steps: list[Step],
        shown: Said) -> None:
    def demote(sub: QDialog) -> None:
        sub.ui.role_combo.setCurrentIndex(sub.ui.role_combo.findData(Role.SUPERVISOR.value))
        press(qtbot, sub.ui.role_combo, Qt.Key.Key_Return)
        assert sub.isVisible()  # another role may still be chosen, or Esc
        press(qtbot, sub.ui.role_combo, Qt.Key.Key_Escape)

    select(dialog, "管理员")
    steps.append(demote)
    dialog.change_role()
    assert shown == [("warn", "You cannot change your own role: another administrator can.")]
    assert account(admin, "管理员").role is Role.ADMINISTRATOR
    assert row_of(dialog, "管理员")[1] == "Administrator"


# --- Disabling, never deleting


def test_disabling_asks_then_the_operator_cannot_log_in(
        qtbot, dialog: OperatorsDialog, admin: Services, shown: Said) -> None:
    select(dialog, "王芳")
    qtbot.mouseClick(dialog.ui.active_button, Qt.MouseButton.LeftButton)
    [(kind, question)] = shown
    assert kind == "ask" and question.startswith("Disable 王芳?")
    assert row_of(dialog, "王芳")[2] == "Disabled"
    assert dialog.status() == "王芳 is disabled: they can no longer log in."
    assert dialog.ui.active_button.text() == "&Enable"
    with pytest.raises(LoginRefused, match="disabled"):
        admin.accounts.log_in("王芳", "1234")
    assert "王芳" in [a.name for a in admin.accounts.accounts()]  # never deleted
    # Enabled again: no question, and the old password works.
    dialog.ui.active_button.click()
    assert len(shown) == 1
    assert row_of(dialog, "王芳")[2] == "Active"
    assert dialog.status() == "王芳 is enabled: they can log in again."
    assert admin.accounts.log_in("王芳", "1234").name == "王芳"


def test_answering_no_disables_nobody(dialog: OperatorsDialog, admin: Services,
                                      shown: Said) -> None:
    shown.answers.append(False)
    select(dialog, "王芳")
    dialog.toggle_active()
    assert account(admin, "王芳").active and row_of(dialog, "王芳")[2] == "Active"
    assert dialog.status() == ""


def test_the_administrator_cannot_disable_themselves(
        dialog: OperatorsDialog, admin: Services, shown: Said) -> None:
    select(dialog, "管理员")
    dialog.toggle_active()
    assert shown[-1] == ("warn", "You cannot disable yourself.")
    assert account(admin, "管理员").active and row_of(dialog, "管理员")[2] == "Active"
    assert dialog.selected().name == "管理员" and dialog.status() == ""


def test_the_last_administrator_stays_one(
        qtbot, dialog: OperatorsDialog, admin: Services, db_path: Path, clock: Clock,
        steps: list[Step], shown: Said) -> None:
    """Another counter's administrator disabled the one on duty here: the other is now the
    last one, and this window may neither disable nor demote them."""
    second = admin.accounts.add("赵六", Role.ADMINISTRATOR, "6666", "6666")
    other_counter = build_services(db_path, clock=clock, hasher=admin.hasher)
    try:
        other_counter.accounts.log_in("赵六", "6666")
        other_counter.accounts.set_active(account(admin, "管理员").id, False)
    finally:
        other_counter.close()
    dialog.reload()
    before = account(admin, "赵六")
    assert before.id == second.id
    select(dialog, "赵六")
    dialog.toggle_active()
    assert shown[-1] == ("warn", "Someone must stay administrator: make another one first.")

    def demote(sub: QDialog) -> None:
        sub.ui.role_combo.setCurrentIndex(sub.ui.role_combo.findData(Role.SUPERVISOR.value))
        press(qtbot, sub.ui.role_combo, Qt.Key.Key_Return)
        press(qtbot, sub.ui.role_combo, Qt.Key.Key_Escape)

    steps.append(demote)
    dialog.change_role()
    assert shown[-1] == ("warn", "Someone must stay administrator: make another one first.")
    assert account(admin, "赵六") == before  # nothing changed
    assert row_of(dialog, "赵六")[1:3] == ["Administrator", "Active"]


# --- Passwords


def test_a_reset_password_works_and_ends_the_wait(
        qtbot, dialog: OperatorsDialog, admin: Services, steps: list[Step]) -> None:
    for _ in range(3):
        with pytest.raises(LoginRefused):
            admin.accounts.log_in("王芳", "0000")
    dialog.reload()
    assert row_of(dialog, "王芳")[4] == "3"

    def reset(sub: QDialog) -> None:
        assert isinstance(sub, ResetPasswordDialog)
        assert "王芳" in sub.ui.intro_label.text()
        qtbot.keyClicks(sub.ui.secret_edit, "5678")
        qtbot.keyClicks(sub.ui.repeated_edit, "5687")
        press(qtbot, sub.ui.repeated_edit, Qt.Key.Key_Return)
        assert sub._errors.message("repeated") == "The two passwords differ."
        qtbot.keyClicks(sub.ui.repeated_edit, "5678")  # replaces the selected text
        press(qtbot, sub.ui.repeated_edit, Qt.Key.Key_Return)

    select(dialog, "王芳")
    steps.append(reset)
    dialog.ui.reset_button.click()
    assert dialog.status() == "New password set for 王芳."
    assert row_of(dialog, "王芳")[4] == "0"
    with pytest.raises(LoginRefused):
        admin.accounts.log_in("王芳", "1234")
    assert admin.accounts.log_in("王芳", "5678").name == "王芳"


def test_esc_resets_no_password(qtbot, dialog: OperatorsDialog, admin: Services,
                                steps: list[Step]) -> None:
    def cancel(sub: QDialog) -> None:
        qtbot.keyClicks(sub.ui.secret_edit, "5678")
        qtbot.keyClicks(sub.ui.repeated_edit, "5678")
        press(qtbot, sub.ui.repeated_edit, Qt.Key.Key_Escape)

    select(dialog, "王芳")
    steps.append(cancel)
    dialog.reset_password()
    assert dialog.status() == ""
    assert admin.accounts.log_in("王芳", "1234").name == "王芳"


# --- Who may open it


def test_a_receptionist_is_told_and_gets_no_dialog(
        qtbot, admin: Services, shown: Said) -> None:
    admin.accounts.log_in("王芳", "1234")
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_operators(parent, admin) is None
    [(kind, text)] = shown
    assert kind == "warn" and "Only an administrator" in text and "王芳 (Receptionist)" in text
    assert not parent.findChildren(OperatorsDialog)
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, OperatorsDialog) and w.isVisible()]


def test_a_supervisor_neither(qtbot, admin: Services, shown: Said) -> None:
    admin.accounts.log_in("李主管", "8888")
    assert open_operators(None, admin) is None
    assert shown and "李主管 (Supervisor)" in shown[0][1]


def test_an_administrator_gets_the_dialog(qtbot, admin: Services,
                                          shown: Said) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dlg = open_operators(parent, admin)
    assert dlg is not None and dlg.isVisible() and dlg.isModal()
    assert dlg.parent() is parent and not shown
    assert {row[0] for row in table(dlg)} == {"管理员", "李主管", "王芳"}
    assert dlg.ui.operators_table.hasFocus() or dlg.focusWidget() is dlg.ui.operators_table
    dlg.close()
