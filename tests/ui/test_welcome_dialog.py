"""Welcome dialog: the real counter needs a name, the practice file does not; nothing is written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from deskapp.ui.dialogs.welcome_dialog import WelcomeChoice, WelcomeDialog


@pytest.fixture
def dialog(qtbot) -> WelcomeDialog:
    dlg = WelcomeDialog()
    qtbot.addWidget(dlg)
    with qtbot.waitExposed(dlg):
        dlg.show()
    return dlg


def click_ok(qtbot, dlg: WelcomeDialog) -> None:
    qtbot.mouseClick(dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("name", ["", "  "])
def test_an_empty_name_is_refused_by_the_field(qtbot, dialog: WelcomeDialog, name: str) -> None:
    dialog.ui.org_name_edit.setText(name)
    click_ok(qtbot, dialog)
    label = dialog.ui.org_name_error_label
    assert label.isVisible()
    assert "name" in label.text()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_name_is_accepted_with_enter(qtbot, dialog: WelcomeDialog) -> None:
    dialog.ui.org_name_edit.setText("星河大厦物业服务中心 ")  # never keyClicks Chinese: it aborts
    dialog.ui.org_name_edit.setFocus()
    qtbot.keyClick(dialog.ui.org_name_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.choice() == WelcomeChoice("星河大厦物业服务中心", try_demo=False)


def test_the_error_goes_as_soon_as_the_name_is_typed(qtbot, dialog: WelcomeDialog) -> None:
    click_ok(qtbot, dialog)
    assert dialog.ui.org_name_error_label.isVisible()
    dialog.ui.org_name_edit.setFocus()
    qtbot.keyClicks(dialog.ui.org_name_edit, "Jinmao Tower")
    assert not dialog.ui.org_name_error_label.isVisible()
    assert dialog.ui.org_name_edit.styleSheet() == ""  # no red border either


def test_fixing_the_name_after_an_error(qtbot, dialog: WelcomeDialog) -> None:
    click_ok(qtbot, dialog)
    assert dialog.ui.org_name_error_label.isVisible()
    dialog.ui.org_name_edit.setText("金茂大厦")
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.ui.org_name_error_label.isVisible()
    assert dialog.choice() == WelcomeChoice("金茂大厦", try_demo=False)


def test_the_real_counter_is_the_default_and_the_practice_file_needs_no_name(
        qtbot, dialog: WelcomeDialog) -> None:
    assert dialog.ui.real_radio.isChecked() and not dialog.ui.demo_radio.isChecked()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Try
    qtbot.waitUntil(dialog.ui.demo_radio.isChecked)  # a mnemonic clicks with a short animation
    assert not dialog.ui.org_name_edit.isEnabled()
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice().try_demo


def test_escape_cancels(qtbot, dialog: WelcomeDialog) -> None:
    dialog.ui.org_name_edit.setText("星河大厦")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
