"""Welcome dialog: the name is required, the demo box follows the file, nothing is written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from deskapp.ui.dialogs.welcome_dialog import WelcomeDialog


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
    assert dialog.result_values() == ("星河大厦物业服务中心", True)


def test_fixing_the_name_after_an_error(qtbot, dialog: WelcomeDialog) -> None:
    click_ok(qtbot, dialog)
    assert dialog.ui.org_name_error_label.isVisible()
    dialog.ui.org_name_edit.setText("金茂大厦")
    dialog.ui.demo_check_box.setChecked(False)
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.ui.org_name_error_label.isVisible()
    assert dialog.result_values() == ("金茂大厦", False)


def test_demo_data_is_offered_only_for_an_empty_file(qtbot) -> None:
    empty = WelcomeDialog(data_is_empty=True)
    used = WelcomeDialog(data_is_empty=False, org_name="星河大厦")
    qtbot.addWidget(empty)
    qtbot.addWidget(used)
    assert empty.ui.demo_check_box.isChecked()
    assert not used.ui.demo_check_box.isChecked()
    assert used.result_values() == ("星河大厦", False)


def test_escape_cancels(qtbot, dialog: WelcomeDialog) -> None:
    dialog.ui.org_name_edit.setText("星河大厦")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
