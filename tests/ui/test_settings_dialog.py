"""Settings dialog: stored values in the fields, OK saves and signals, errors by the field, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox

from deskapp.bootstrap import Services
from deskapp.domain.records import Paper
from deskapp.domain.settings import AppSettings
from deskapp.ui.dialogs.settings_dialog import SettingsDialog
from deskapp.usecases.documents.visitors import VISITOR_PASS
from deskapp.usecases.printing import DocumentSpec, documents, paper_for

PRINTERS = ["Front Desk Thermal", "Office LaserJet"]

STORED = AppSettings(
    org_name="星河大厦物业服务中心",
    org_address="上海市浦东新区世纪大道100号",
    org_phone="021-5888 0000",
    counter_name="一楼大堂前台",
    language="zh_CN",
    papers={VISITOR_PASS.kind: Paper.ROLL80.value},
    printer="Front Desk Thermal",
    late_hour=20,
    welcomed=True,
)


# --- Fixtures and helpers


@pytest.fixture(autouse=True)
def _printers(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test depends on the machine's printers."""
    monkeypatch.setattr(SettingsDialog, "available_printers", lambda self: list(PRINTERS))


@pytest.fixture
def stored(services: Services) -> AppSettings:
    return services.settings.save(STORED)


@pytest.fixture
def dialog(qtbot, services: Services, stored: AppSettings) -> SettingsDialog:
    dlg = SettingsDialog(services.settings)
    qtbot.addWidget(dlg)
    with qtbot.waitExposed(dlg):
        dlg.show()
    return dlg


def paper_combo(dlg: SettingsDialog, spec: DocumentSpec) -> QComboBox:
    combo = dlg.findChild(QComboBox, f"{spec.kind.replace('-', '_')}_paper_combo")
    assert combo is not None
    return combo


def combo_data(combo: QComboBox) -> list[object]:
    return [combo.itemData(i) for i in range(combo.count())]


def click_ok(qtbot, dlg: SettingsDialog) -> None:
    qtbot.mouseClick(dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


# --- Loading


def test_fields_show_the_stored_settings(dialog: SettingsDialog) -> None:
    ui = dialog.ui
    assert ui.org_name_edit.text() == STORED.org_name
    assert ui.org_address_edit.text() == STORED.org_address
    assert ui.org_phone_edit.text() == STORED.org_phone
    assert ui.counter_name_edit.text() == STORED.counter_name
    assert ui.language_combo.currentData() == "zh_CN"
    assert ui.language_combo.currentText() == "简体中文"
    assert ui.printer_combo.currentData() == "Front Desk Thermal"
    assert paper_combo(dialog, VISITOR_PASS).currentData() == Paper.ROLL80.value
    assert ui.late_hour_combo.currentData() == 20
    assert not ui.org_name_error_label.isVisible()


def test_combos_offer_the_languages_printers_and_allowed_papers(dialog: SettingsDialog) -> None:
    ui = dialog.ui
    assert combo_data(ui.language_combo) == ["", "zh_CN", "en"]
    assert [ui.language_combo.itemText(i) for i in (1, 2)] == ["简体中文", "English"]
    assert combo_data(ui.printer_combo) == ["", *PRINTERS]
    for spec in documents():
        assert combo_data(paper_combo(dialog, spec)) == [p.value for p in spec.papers]
    assert [ui.late_hour_combo.itemData(i) for i in range(ui.late_hour_combo.count())] == list(
        range(24))


def test_defaults_on_a_new_file(qtbot, services: Services) -> None:
    dlg = SettingsDialog(services.settings)
    qtbot.addWidget(dlg)
    assert dlg.ui.org_name_edit.text() == ""
    assert dlg.ui.language_combo.currentData() == ""  # follow the system
    assert dlg.ui.printer_combo.currentData() == ""  # system default
    assert paper_combo(dlg, VISITOR_PASS).currentData() == (
        VISITOR_PASS.default_paper.value)


def test_a_stored_printer_that_is_not_connected_is_kept(
        qtbot, services: Services) -> None:
    services.settings.save(AppSettings(org_name="星河大厦", printer="Old Printer"))
    dlg = SettingsDialog(services.settings)
    qtbot.addWidget(dlg)
    assert dlg.ui.printer_combo.currentData() == "Old Printer"
    assert "Old Printer" in dlg.ui.printer_combo.currentText()
    dlg.accept()
    assert services.settings.load().printer == "Old Printer"


# --- Saving


def test_ok_saves_the_edits_and_emits_settings_saved(
        qtbot, dialog: SettingsDialog, services: Services) -> None:
    dialog.ui.org_name_edit.setText("金茂大厦物业前台")  # never keyClicks Chinese: it aborts
    combo = paper_combo(dialog, VISITOR_PASS)
    combo.setCurrentIndex(combo.findData(Paper.A6.value))
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("en"))
    dialog.ui.printer_combo.setCurrentIndex(0)
    dialog.ui.late_hour_combo.setCurrentIndex(17)

    with qtbot.waitSignal(dialog.settings_saved, timeout=1000) as blocker:
        click_ok(qtbot, dialog)

    saved = services.settings.load()
    assert saved.org_name == "金茂大厦物业前台"
    assert paper_for(saved, VISITOR_PASS) is Paper.A6
    assert saved.language == "en"
    assert saved.printer == ""
    assert saved.late_hour == 17
    assert saved.welcomed is True  # a field the dialog does not show is kept
    assert saved.org_address == STORED.org_address
    assert blocker.args == [saved]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_enter_saves(qtbot, dialog: SettingsDialog, services: Services) -> None:
    dialog.ui.org_name_edit.setText("金茂大厦")
    dialog.ui.org_name_edit.setFocus()
    with qtbot.waitSignal(dialog.settings_saved, timeout=1000):
        qtbot.keyClick(dialog.ui.org_name_edit, Qt.Key.Key_Return)
    assert services.settings.load().org_name == "金茂大厦"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_text_fields_are_trimmed(qtbot, dialog: SettingsDialog, services: Services) -> None:
    dialog.ui.org_name_edit.setText("  金茂大厦 ")
    dialog.ui.counter_name_edit.setText(" 二号门岗 ")
    click_ok(qtbot, dialog)
    saved = services.settings.load()
    assert (saved.org_name, saved.counter_name) == ("金茂大厦", "二号门岗")


@pytest.mark.parametrize("name", ["", "   "])
def test_an_empty_name_is_shown_by_the_field_and_nothing_is_saved(
        qtbot, dialog: SettingsDialog, services: Services, name: str) -> None:
    dialog.ui.org_name_edit.setText(name)
    dialog.ui.late_hour_combo.setCurrentIndex(9)

    with qtbot.assertNotEmitted(dialog.settings_saved):
        click_ok(qtbot, dialog)

    label = dialog.ui.org_name_error_label
    assert label.isVisible()
    assert "name" in label.text()
    assert dialog.ui.org_name_edit.property("invalid") is True
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert services.settings.load() == STORED

    # Fixing the name and pressing OK again saves and hides the message.
    dialog.ui.org_name_edit.setText("星河大厦")
    click_ok(qtbot, dialog)
    assert not label.isVisible()
    assert services.settings.load().late_hour == 9


def test_escape_discards(qtbot, dialog: SettingsDialog, services: Services) -> None:
    dialog.ui.org_name_edit.setText("不要保存")
    dialog.ui.late_hour_combo.setCurrentIndex(5)
    with qtbot.assertNotEmitted(dialog.settings_saved):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert services.settings.load() == STORED


def test_cancel_discards(qtbot, dialog: SettingsDialog, services: Services) -> None:
    dialog.ui.org_name_edit.setText("不要保存")
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert services.settings.load() == STORED


def test_the_late_hour_is_typed_as_an_hour(qtbot, dialog: SettingsDialog) -> None:
    combo = dialog.ui.late_hour_combo
    combo.setFocus()
    qtbot.keyClicks(combo, "19")
    assert combo.currentText() == "19:00" and combo.currentData() == 19


def test_the_day_folder_is_chosen_in_the_folder_chooser_and_kept_on_this_pc(
        qtbot, dialog: SettingsDialog, services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "日结"
    dialog.ask_folder = lambda start: str(folder)  # type: ignore[method-assign]
    dialog.ui.day_folder_button.click()
    assert dialog.ui.day_folder_edit.text() == str(folder)
    dialog.accept()
    assert services.settings.load().day_folder == str(folder)


def test_a_day_folder_without_its_full_path_is_refused_by_its_field(
        qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.ui.day_folder_edit.setText("日结")
    dialog.accept()
    assert dialog.isVisible()
    assert "full path" in dialog.ui.day_folder_error_label.text()
