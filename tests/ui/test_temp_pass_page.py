"""The temporary passes page: what issuing requires said by each field, the card deposit
typed in yuan and marked returned once, and the card printed through the window (Ctrl+P)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from deskapp.bootstrap import Services
from deskapp.domain.directory import UnitRow
from deskapp.ui import messages
from deskapp.ui.workspaces.visitors.screening.dialog import ScreeningDialog
from deskapp.ui.workspaces.visitors.screening.passes_page import (
    DEPOSIT_COLUMN,
    STATUS_COLUMN,
)

GOOD_ID = "11010519491231002X"
MASKED_ID = "110105********002X"
ID_COLUMN = 2


@pytest.fixture
def printed() -> list[tuple[str, int]]:
    return []


@pytest.fixture
def dialog(qtbot, services: Services, printed) -> ScreeningDialog:
    services.directory.save_unit(UnitRow(None, "1203", occupant="张三", company="华为"))
    dlg = ScreeningDialog(services.screening, services.directory, services.clock,
                          start_page="passes",
                          print_document=lambda kind, record: printed.append((kind, record)))
    qtbot.addWidget(dlg)
    with qtbot.waitExposed(dlg):
        dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    return dlg


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box a test did not expect fails it instead of blocking."""
    shown: list[str] = []

    def unexpected(parent: object, text: str, title: str = "") -> None:
        shown.append(text)
        raise AssertionError(f"unexpected message box: {text}")

    for name in ("warn", "info", "ask"):
        monkeypatch.setattr(messages, name, unexpected)
    return shown


def fill_form(dialog: ScreeningDialog, *, holder: str = "王建国", id_number: str = GOOD_ID,
              host: str = "1203", work: str = "室内装修", deposit: str = "") -> None:
    ui = dialog.passes_page.ui
    ui.holder_edit.setText(holder)
    ui.id_number_edit.setText(id_number)
    ui.host_edit.setText(host)
    ui.work_edit.setText(work)
    ui.deposit_edit.setText(deposit)


def texts(dialog: ScreeningDialog, column: int) -> list[str]:
    table = dialog.passes_page.ui.table
    return [table.item(r, column).text() for r in range(table.rowCount())]


# --- What issuing requires


def test_missing_id_number_host_and_work_are_said_by_their_fields(dialog, services) -> None:
    page = dialog.passes_page
    fill_form(dialog, id_number="", host="", work="")
    page.ui.issue_button.click()
    assert "ID number" in page.errors.message("id_number")
    assert "unit or department" in page.errors.message("host")
    assert "what work" in page.errors.message("work")
    assert page.errors.message("holder_name") == ""
    assert page.ui.id_number_edit.hasFocus()  # the topmost field to fix
    assert services.screening.temp_passes(current_only=False) == []

    # Fixed one by one, each message goes; nothing is saved until all are there.
    page.ui.id_number_edit.setText(GOOD_ID)
    page.ui.issue_button.click()
    assert page.errors.message("id_number") == "" and page.errors.message("work")
    page.ui.host_edit.setText("1203")
    page.ui.work_edit.setText("室内装修")
    page.ui.issue_button.click()
    [row] = services.screening.temp_passes()
    assert (row.id_number, row.host_label, row.work) == (GOOD_ID, "1203 张三 (华为)", "室内装修")


def test_the_list_shows_the_id_number_masked_only(dialog, services) -> None:
    fill_form(dialog, id_number=GOOD_ID.lower())
    dialog.passes_page.ui.issue_button.click()
    assert texts(dialog, ID_COLUMN) == [MASKED_ID]
    table = dialog.passes_page.ui.table
    every_cell = [table.item(r, c).text() + table.item(r, c).toolTip()
                  for r in range(table.rowCount()) for c in range(table.columnCount())]
    assert not any(GOOD_ID in cell for cell in every_cell)


# --- The deposit


def test_a_deposit_is_typed_in_yuan_shown_in_the_list_and_kept_for_the_team(dialog,
                                                                             services) -> None:
    page = dialog.passes_page
    fill_form(dialog, deposit="５０")  # full-width digits from a Chinese input method
    page.ui.issue_button.click()
    [row] = services.screening.temp_passes()
    assert row.deposit_fen == 5000
    assert texts(dialog, DEPOSIT_COLUMN) == ["¥50.00 held"]
    # The next worker of the team pays the same deposit: the field keeps it.
    assert page.ui.deposit_edit.text() == "５０" and page.ui.holder_edit.text() == ""


@pytest.mark.parametrize("typed, says", [
    ("-50", "cannot be negative"),
    ("50.005", "two decimal places"),
    ("fifty", "e.g. 50 or 50.00"),
    ("5000", "at most ¥1,000.00"),
])
def test_a_bad_deposit_is_refused_by_its_field(dialog, services, typed, says) -> None:
    page = dialog.passes_page
    fill_form(dialog, deposit=typed)
    page.ui.issue_button.click()
    assert says in page.errors.message("deposit")
    assert page.ui.deposit_edit.hasFocus()
    assert services.screening.temp_passes(current_only=False) == []


def test_deposit_returned_is_confirmed_recorded_once_and_shown(dialog, services, now,
                                                                monkeypatch) -> None:
    page = dialog.passes_page
    services.operator.hand_over("李前台")
    fill_form(dialog, deposit="50")
    page.ui.issue_button.click()
    fill_form(dialog, holder="无押金", deposit="")
    page.ui.issue_button.click()
    table = page.ui.table
    table.selectRow(texts(dialog, 1).index("无押金"))
    assert not page.ui.deposit_returned_button.isEnabled()  # nothing to give back
    table.selectRow(texts(dialog, 1).index("王建国"))
    assert page.ui.deposit_returned_button.isEnabled()

    asked: list[str] = []
    monkeypatch.setattr(page, "confirm_deposit_return",
                        lambda row: asked.append(row.pass_no) or False)
    page.ui.deposit_returned_button.click()  # the receptionist says no
    assert asked == ["T261123-01"]
    assert services.screening.temp_pass("T261123-01").deposit_held

    now.advance(days=10)  # the card comes back after the pass ended
    dialog.reload()
    assert texts(dialog, 1) == ["王建国"]  # the ended pass stays listed: its card is out
    assert texts(dialog, STATUS_COLUMN) == ["Expired"]
    assert table.item(0, 0).foreground().color().name() != "#8a8a8a"  # not dimmed
    monkeypatch.setattr(page, "confirm_deposit_return", lambda row: True)
    table.selectRow(0)
    page.ui.deposit_returned_button.click()
    returned = services.screening.temp_pass("T261123-01")
    assert returned.deposit_returned_by == "李前台" and not returned.deposit_held
    assert "¥50.00" in dialog.status_text() and "T261123-01" in dialog.status_text()
    # Returned and ended: off the current list; shown as returned with all passes.
    assert table.rowCount() == 0
    page.ui.show_ended_check.setChecked(True)
    row = texts(dialog, 1).index("王建国")
    assert texts(dialog, DEPOSIT_COLUMN)[row] == "¥50.00 returned"
    assert "李前台" in table.item(row, DEPOSIT_COLUMN).toolTip()
    table.selectRow(row)
    assert not page.ui.deposit_returned_button.isEnabled()


def test_a_deposit_returned_at_another_counter_meanwhile_is_said(dialog, services,
                                                                 monkeypatch) -> None:
    page = dialog.passes_page
    fill_form(dialog, deposit="50")
    page.ui.issue_button.click()
    page.ui.table.selectRow(0)
    services.screening.return_temp_pass_deposit(services.screening.temp_passes()[0].id)
    warned: list[str] = []
    monkeypatch.setattr(page, "confirm_deposit_return", lambda row: True)
    monkeypatch.setattr(messages, "warn", lambda parent, text, title="": warned.append(text))
    page.ui.deposit_returned_button.click()  # the list still showed it held
    assert len(warned) == 1 and "already returned" in warned[0]
    assert texts(dialog, DEPOSIT_COLUMN) == ["¥50.00 returned"]


# --- Printing the card


def test_print_card_asks_the_window_to_print_the_selected_pass(dialog, services, printed,
                                                               qtbot) -> None:
    page = dialog.passes_page
    assert not page.ui.print_button.isEnabled()  # nothing selected yet
    fill_form(dialog)
    page.ui.issue_button.click()  # the new pass is selected
    [row] = services.screening.temp_passes()
    assert page.ui.print_button.isVisible() and page.ui.print_button.isEnabled()
    page.ui.print_button.click()
    assert printed == [("temp-pass", row.id)]
    qtbot.keyClick(page.ui.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [("temp-pass", row.id)] * 2
    # Ctrl+P from the form, too: the pass just issued prints at once.
    qtbot.keyClick(page.ui.holder_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [("temp-pass", row.id)] * 3


def test_ctrl_p_prints_nothing_without_a_selection_or_on_the_other_pages(dialog, services,
                                                                       printed, qtbot) -> None:
    page = dialog.passes_page
    qtbot.keyClick(page.ui.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    fill_form(dialog)
    page.ui.issue_button.click()
    dialog.show_page("deny")
    qtbot.keyClick(dialog.deny_page.ui.name_edit, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier)
    assert printed == []


def test_without_a_printer_the_page_offers_no_printing(services, qtbot) -> None:
    dlg = ScreeningDialog(services.screening, services.directory, services.clock,
                          start_page="passes")
    qtbot.addWidget(dlg)
    assert not dlg.passes_page.ui.print_button.isVisibleTo(dlg)
    dlg.passes_page.print_selected()  # harmless


def test_the_dates_and_form_stay_usable_after_issuing(dialog, services) -> None:
    page = dialog.passes_page
    today = services.clock.today()
    fill_form(dialog, deposit="50")
    page.ui.issue_button.click()
    assert page.ui.valid_from_date_edit.date().toPython() == today
    assert page.ui.valid_to_date_edit.date().toPython() == today + dt.timedelta(days=7)
    assert page.ui.host_edit.text() == "1203" and page.ui.work_edit.text() == "室内装修"
    assert page.ui.holder_edit.hasFocus()
