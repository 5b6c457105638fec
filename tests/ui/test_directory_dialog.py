"""The directory dialog: add and edit units and departments, filter, import from Excel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from deskapp.bootstrap import Services
from deskapp.domain.directory import DepartmentKind, DepartmentRow, UnitRow
from deskapp.ui import messages
from deskapp.ui.dialogs.directory_dialog import DirectoryDialog, ImportReportDialog

# --- Fixtures and helpers

Opener = Callable[[], DirectoryDialog]


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record every message instead of showing a modal box; ask() answers no."""
    shown: list[tuple[str, str]] = []

    def warn(parent: object, text: str, title: str = "") -> None:
        shown.append(("warn", text))

    def info(parent: object, text: str, title: str = "") -> None:
        shown.append(("info", text))

    def ask(parent: object, text: str, title: str = "") -> bool:
        shown.append(("ask", text))
        return False

    monkeypatch.setattr(messages, "warn", warn)
    monkeypatch.setattr(messages, "info", info)
    monkeypatch.setattr(messages, "ask", ask)
    return shown


@pytest.fixture
def open_dialog(qtbot, services: Services) -> Opener:
    """Opens the dialog on what the directory holds now (seed it first)."""

    def open_() -> DirectoryDialog:
        dlg = DirectoryDialog(services.directory)
        qtbot.addWidget(dlg)
        with qtbot.waitExposed(dlg):  # a context manager: a bare call waits for nothing
            dlg.show()
        return dlg

    return open_


@pytest.fixture
def dialog(open_dialog: Opener) -> DirectoryDialog:
    """The dialog on an empty directory."""
    return open_dialog()


def seed_units(services: Services) -> None:
    for number, occupant, company in [
        ("1203", "张三", "华为"),
        ("1204", "李四", ""),
        ("201", "王五", "腾讯"),
    ]:
        services.directory.save_unit(UnitRow(None, number, occupant, company))


def type_chinese(edit: QLineEdit, text: str) -> None:
    """Type Chinese as an input method commits it (keyClicks would abort the process)."""
    edit.setFocus()
    edit.selectAll()
    edit.insert(text)


def table_column(dlg: DirectoryDialog, column: int, units: bool = True) -> list[str]:
    table = dlg.ui.units_table if units else dlg.ui.departments_table
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def selected_text(dlg: DirectoryDialog, units: bool = True) -> str | None:
    table = dlg.ui.units_table if units else dlg.ui.departments_table
    rows = table.selectionModel().selectedRows()
    return rows[0].data() if rows else None


def press_enter(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def make_workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


# --- Units


def test_add_a_unit_through_the_editor(qtbot, dialog: DirectoryDialog, services: Services) -> None:
    ui = dialog.ui
    qtbot.mouseClick(ui.new_unit_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.unit_number_edit, "1203")
    type_chinese(ui.unit_occupant_edit, "张三")
    type_chinese(ui.unit_company_edit, "华为")
    ui.unit_phones_edit.setFocus()
    qtbot.keyClicks(ui.unit_phones_edit, "13800138000")
    press_enter(qtbot, ui.unit_phones_edit)

    [saved] = services.directory.units()
    assert (saved.number, saved.occupant, saved.company, saved.phones, saved.occupied) == (
        "1203", "张三", "华为", "13800138000", True
    )
    assert table_column(dialog, 0) == ["1203"]
    assert table_column(dialog, 1) == ["张三"]
    assert table_column(dialog, 4) == ["Occupied"]
    assert selected_text(dialog) == "1203"
    assert ui.unit_editor_box.title() == "Unit 1203"
    assert dialog.isVisible(), "Enter saves; it must not close the dialog"


def test_duplicate_unit_number_is_shown_by_the_field_and_nothing_is_saved(
    qtbot, open_dialog: Opener, services: Services
) -> None:
    services.directory.save_unit(UnitRow(None, "1203", "张三"))
    dialog = open_dialog()
    ui = dialog.ui
    qtbot.mouseClick(ui.new_unit_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.unit_number_edit, "1203")
    type_chinese(ui.unit_occupant_edit, "冒名")
    qtbot.mouseClick(ui.save_unit_button, Qt.MouseButton.LeftButton)

    assert ui.unit_number_error_label.isVisibleTo(dialog)
    assert ui.unit_number_error_label.text() == "This unit number is already in the directory."
    assert [u.occupant for u in services.directory.units()] == ["张三"]
    assert table_column(dialog, 1) == ["张三"]

    # Correcting the number and saving again clears the message.
    ui.unit_number_edit.setText("1205")
    qtbot.mouseClick(ui.save_unit_button, Qt.MouseButton.LeftButton)
    assert not ui.unit_number_error_label.isVisibleTo(dialog)
    assert [u.number for u in services.directory.units()] == ["1203", "1205"]


def test_bad_phone_is_shown_by_the_phone_field(qtbot, dialog: DirectoryDialog,
                                                services: Services) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.unit_number_edit, "301")
    qtbot.keyClicks(ui.unit_phones_edit, "12345")
    qtbot.mouseClick(ui.save_unit_button, Qt.MouseButton.LeftButton)

    assert ui.unit_phones_error_label.isVisibleTo(dialog)
    assert "11 digits" in ui.unit_phones_error_label.text()
    assert services.directory.units() == []


def test_a_units_area_is_typed_in_square_metres(qtbot, open_dialog: Opener,
                                                services: Services) -> None:
    seed_units(services)
    dialog = open_dialog()
    ui = dialog.ui
    ui.units_table.selectRow(1)
    qtbot.keyClicks(ui.unit_area_edit, "89.355")
    press_enter(qtbot, ui.unit_area_edit)
    assert ui.unit_area_error_label.isVisibleTo(dialog)
    assert "m²" in ui.unit_area_error_label.text()

    ui.unit_area_edit.clear()
    qtbot.keyClicks(ui.unit_area_edit, "89.35")
    press_enter(qtbot, ui.unit_area_edit)
    assert not ui.unit_area_error_label.isVisibleTo(dialog)
    unit = next(u for u in services.directory.units() if u.number == "1203")
    assert unit.area_dm2 == 8935

    ui.units_table.selectRow(0)
    assert ui.unit_area_edit.text() == ""  # 201: not known
    ui.units_table.selectRow(1)
    assert ui.unit_area_edit.text() == "89.35"


def test_edit_a_selected_unit_and_mark_it_vacant(qtbot, open_dialog: Opener,
                                                 services: Services) -> None:
    seed_units(services)
    dialog = open_dialog()
    ui = dialog.ui
    assert table_column(dialog, 0) == ["201", "1203", "1204"]  # natural order, not text order

    ui.units_table.selectRow(1)
    assert ui.unit_number_edit.text() == "1203"
    assert ui.unit_occupant_edit.text() == "张三"
    ui.unit_occupied_check.setFocus()
    qtbot.keyClick(ui.unit_occupied_check, Qt.Key.Key_Space)
    type_chinese(ui.unit_notes_edit, "装修中")
    press_enter(qtbot, ui.unit_notes_edit)

    unit = next(u for u in services.directory.units() if u.number == "1203")
    assert (unit.occupied, unit.notes) == (False, "装修中")
    assert len(services.directory.units()) == 3, "editing must not add a unit"
    assert selected_text(dialog) == "1203"
    assert table_column(dialog, 4)[1] == "Vacant"


def test_new_clears_the_editor_and_ctrl_n_does_too(qtbot, open_dialog: Opener,
                                                   services: Services) -> None:
    seed_units(services)
    dialog = open_dialog()
    ui = dialog.ui
    ui.units_table.selectRow(0)
    assert ui.unit_number_edit.text() == "201"

    qtbot.mouseClick(ui.new_unit_button, Qt.MouseButton.LeftButton)
    assert ui.unit_number_edit.text() == ""
    assert ui.unit_editor_box.title() == "New unit"
    assert selected_text(dialog) is None

    ui.units_table.selectRow(0)
    with qtbot.waitActive(dialog):  # shortcuts and Tab need the active window
        dialog.activateWindow()
    ui.unit_occupant_edit.setFocus()
    qtbot.keyClick(ui.unit_occupant_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ui.unit_number_edit.text() == ""
    assert ui.unit_number_edit.hasFocus()


def test_filter_by_pinyin_initials(qtbot, open_dialog: Opener, services: Services) -> None:
    seed_units(services)
    dialog = open_dialog()
    ui = dialog.ui
    ui.unit_filter_edit.setFocus()
    qtbot.keyClicks(ui.unit_filter_edit, "zs")

    assert table_column(dialog, 0) == ["1203"]
    assert table_column(dialog, 1) == ["张三"]
    assert ui.unit_count_label.text() == "1 of 3 shown"

    # Enter takes the first match into the editor.
    press_enter(qtbot, ui.unit_filter_edit)
    assert selected_text(dialog) == "1203"
    assert ui.unit_occupant_edit.text() == "张三"

    ui.unit_filter_edit.clear()
    assert len(table_column(dialog, 0)) == 3


def test_filter_by_company_and_by_phone(qtbot, open_dialog: Opener,
                                        services: Services) -> None:
    seed_units(services)
    services.directory.save_unit(UnitRow(None, "808", phones="13912345678"))
    dialog = open_dialog()

    dialog.ui.unit_filter_edit.setText("tengxun")
    assert table_column(dialog, 0) == ["201"]
    dialog.ui.unit_filter_edit.setText("1391234")
    assert table_column(dialog, 0) == ["808"]


def test_saving_a_row_the_filter_hides_clears_the_filter(qtbot, open_dialog: Opener,
                                                         services: Services) -> None:
    seed_units(services)
    dialog = open_dialog()
    ui = dialog.ui
    ui.unit_filter_edit.setText("zs")
    ui.units_table.selectRow(0)
    type_chinese(ui.unit_occupant_edit, "赵六")
    qtbot.mouseClick(ui.save_unit_button, Qt.MouseButton.LeftButton)

    assert ui.unit_filter_edit.text() == ""
    assert selected_text(dialog) == "1203"
    assert ui.unit_occupant_edit.text() == "赵六"


def test_filtering_keeps_what_is_being_typed(qtbot, open_dialog: Opener,
                                             services: Services) -> None:
    seed_units(services)
    dialog = open_dialog()
    ui = dialog.ui
    ui.units_table.selectRow(1)
    type_chinese(ui.unit_occupant_edit, "张三丰")
    ui.unit_filter_edit.setText("ww")  # hides 1203; the editor must not jump to 201

    assert ui.unit_number_edit.text() == "1203"
    assert ui.unit_occupant_edit.text() == "张三丰"
    ui.unit_filter_edit.clear()
    assert selected_text(dialog) == "1203"


# --- Departments


def test_add_a_security_department(qtbot, dialog: DirectoryDialog, services: Services) -> None:
    ui = dialog.ui
    ui.tab_widget.setCurrentWidget(ui.departments_tab)
    type_chinese(ui.department_name_edit, "保安部")
    ui.department_phone_edit.setFocus()
    qtbot.keyClicks(ui.department_phone_edit, "8001")
    ui.department_kind_combo.setCurrentIndex(
        ui.department_kind_combo.findData(DepartmentKind.SECURITY.value)
    )
    press_enter(qtbot, ui.department_kind_combo)

    assert services.directory.departments() == [
        DepartmentRow(id=1, name="保安部", phone="8001", kind=DepartmentKind.SECURITY)
    ]
    assert table_column(dialog, 0, units=False) == ["保安部"]
    assert table_column(dialog, 2, units=False) == ["Security"]
    assert selected_text(dialog, units=False) == "保安部"
    assert services.directory.units() == [], "Enter on the Departments tab saves a department"


def test_department_needs_a_name_and_filters_by_pinyin(qtbot, open_dialog: Opener,
                                                       services: Services) -> None:
    services.directory.save_department(DepartmentRow(None, "工程部", "8002",
                                                     DepartmentKind.ENGINEERING))
    dialog = open_dialog()
    ui = dialog.ui
    ui.tab_widget.setCurrentWidget(ui.departments_tab)
    qtbot.mouseClick(ui.save_department_button, Qt.MouseButton.LeftButton)
    assert ui.department_name_error_label.text() == "Enter the department's name."
    assert len(services.directory.departments()) == 1

    ui.department_filter_edit.setText("gcb")
    assert table_column(dialog, 0, units=False) == ["工程部"]
    ui.department_filter_edit.setText("bab")
    assert table_column(dialog, 0, units=False) == []


# --- Import


def test_import_units_from_excel_reports_rejected_rows(
    qtbot, dialog: DirectoryDialog, services: Services, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, _no_message_boxes: list[tuple[str, str]],
) -> None:
    path = make_workbook(tmp_path / "业主名册.xlsx", [
        ["房号", "业主", "公司", "电话", "备注", "状态"],
        [1203, "张三", "华为", 13800138000, None, "入住"],
        [1204, "李四", None, 12345, None, None],
        [1205, None, "腾讯", "010-12345678", "前台代收快递", "空置"],
    ])
    monkeypatch.setattr(dialog, "_ask_import_path", lambda: str(path))
    changed: list[bool] = []
    dialog.directory_changed.connect(lambda: changed.append(True))

    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)

    units = {u.number: u for u in services.directory.units()}
    assert sorted(units) == ["1203", "1205"]
    assert units["1203"].phones == "13800138000"
    assert units["1205"].occupied is False
    assert table_column(dialog, 0) == ["1203", "1205"]
    assert changed == [True]

    report = dialog.findChild(ImportReportDialog)
    assert report is not None and report.isVisible()
    assert report.rejected_lines() == [
        "Row 3: A mobile number has 11 digits and starts with 13-19."
    ]
    assert "2 unit(s) added, 0 updated" in report.text()
    assert "Row 3:" in report.rejected_edit.toPlainText()
    assert _no_message_boxes == []

    # Importing the corrected sheet again updates instead of doubling.
    make_workbook(path, [["房号", "业主", "公司", "电话", "备注", "状态"],
                         [1204, "李四", None, 13900139000, None, None]])
    report.close()
    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert [u.number for u in services.directory.units()] == ["1203", "1204", "1205"]


def test_import_of_an_unreadable_file_warns_and_changes_nothing(
    qtbot, dialog: DirectoryDialog, services: Services, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, _no_message_boxes: list[tuple[str, str]],
) -> None:
    bad = tmp_path / "units.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    monkeypatch.setattr(dialog, "_ask_import_path", lambda: str(bad))

    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)

    [(kind, text)] = _no_message_boxes
    assert kind == "warn" and "units.xls" in text and ".xlsx" in text
    assert services.directory.units() == []
    assert dialog.findChild(ImportReportDialog) is None


def test_import_keeps_fields_of_columns_the_sheet_lacks(
    qtbot, dialog: DirectoryDialog, services: Services, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, _no_message_boxes: list[tuple[str, str]],
) -> None:
    services.directory.save_unit(UnitRow(None, "1203", "张三", "华为", occupied=False))
    path = make_workbook(tmp_path / "numbers.xlsx", [["房号", "业主"], ["1203", "张三"]])
    monkeypatch.setattr(dialog, "_ask_import_path", lambda: str(path))

    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)

    assert not [kind for kind, _text in _no_message_boxes if kind == "ask"]
    [unit] = services.directory.units()
    assert (unit.company, unit.occupied) == ("华为", False), "missing columns change nothing"


def test_cancelled_file_choice_does_nothing(qtbot, dialog: DirectoryDialog,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog, "_ask_import_path", lambda: "")
    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert dialog.findChild(ImportReportDialog) is None


# --- Keyboard


def test_escape_closes(qtbot, dialog: DirectoryDialog) -> None:
    qtbot.keyClick(dialog.ui.unit_number_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_tab_order_follows_the_form(qtbot, open_dialog: Opener, services: Services) -> None:
    seed_units(services)  # with rows, Tab must leave the table instead of walking its cells
    dialog = open_dialog()
    dialog.ui.units_table.selectRow(0)
    with qtbot.waitActive(dialog):  # shortcuts and Tab need the active window
        dialog.activateWindow()
    dialog.ui.unit_filter_edit.setFocus()
    names = [dialog.focusWidget().objectName()]
    for _ in range(11):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        names.append(dialog.focusWidget().objectName())
    assert names == [
        "unit_filter_edit", "import_button", "units_table", "unit_number_edit",
        "unit_occupant_edit", "unit_company_edit", "unit_phones_edit", "unit_area_edit",
        "unit_occupied_check",
        "unit_notes_edit", "save_unit_button", "new_unit_button",
    ]
