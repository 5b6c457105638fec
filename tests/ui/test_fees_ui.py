"""The fee collection workspace driven as a cashier does, offscreen: a unit typed and Enter
shows what it owes and opens the payment on the cash handed over; the amount tendered and
Enter take the whole arrears with change; rows chosen pay only those; a part payment
leaves the rest owed; the receipt prints and is read back."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskapp import translations
from deskapp.bootstrap import Services
from deskapp.domain.fees.records import Method
from deskapp.domain.roles import Role
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from deskapp.ui.workspaces.fees.pay_dialog import FeePayDialog
from fee_data import charge, item, unit
from helpers import answer_modal, pdf_fonts, pdf_text

# Payments lock the unit and number receipts in the database: on both.
pytestmark = pytest.mark.both_backends


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    services.settings.save(replace(services.settings.load(), org_name="星河国际大厦物业服务中心",
                                   welcomed=True, language="en"))
    services.operator.hand_over("Li Na", Role.CASHIER)
    unit_id = unit(services, "1203", "张三")
    item_id = item(services)
    for month, fen in ((9, 21000), (10, 21000), (11, 21550)):
        charge(services, unit_id, item_id, month, fen)
    unit(services, "0805", "赵六")
    translations.install("en")
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    for _attempt in range(3):  # the offscreen platform now and then drops an activation
        win.activateWindow()
        try:
            qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
            break
        except qtbot.TimeoutError:
            continue
    assert QApplication.activeWindow() is win
    win.show_tab("fees")
    return win


def tab_of(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.workspace("fees")


def back_to(qtbot, window: MainWindow) -> None:
    if QApplication.activeWindow() is not window:  # a dialog just closed
        with qtbot.waitActive(window):
            window.activateWindow()


def type_unit(qtbot, window: MainWindow, typed: str) -> None:
    back_to(qtbot, window)
    box = tab_of(window).ui.unit_edit
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.clear()
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_cash_for_the_whole_arrears_is_the_unit_the_cash_and_enter(qtbot, window,
                                                                    services) -> None:
    seen: dict[str, str] = {}

    def answer(dialog: FeePayDialog) -> None:
        ui = dialog.ui
        seen["amount"] = ui.amount_edit.text()
        assert ui.tendered_edit.hasFocus()  # the cash handed over is typed at once
        qtbot.keyClicks(ui.tendered_edit, "700")
        seen["change"] = ui.change_value.text()
        seen["allocation"] = ui.allocation_label.text()
        qtbot.keyClick(ui.tendered_edit, Qt.Key.Key_Return)

    answer_modal(qtbot, FeePayDialog, answer)
    type_unit(qtbot, window, "1203")
    qtbot.waitUntil(lambda: bool(services.fees.receipts()))
    [receipt] = services.fees.receipts()
    assert seen["amount"] == "635.50" and "¥64.50" in seen["change"]
    assert "2026-09" in seen["allocation"] and "2026-11" in seen["allocation"]
    assert (receipt.total_fen, receipt.tendered_fen, receipt.change_fen) == (63550, 70000, 6450)
    assert receipt.method is Method.CASH and receipt.payer == "张三"
    assert services.fees.open_charges(receipt.unit_id) == []
    tab = tab_of(window)
    assert tab.ui.charges_table.rowCount() == 0 and "¥0.00" in tab.ui.charges_total.text()
    assert tab.model.rowCount() == 1
    # The receipt went to print, in figures and in capitals, stamped as cash.
    qtbot.waitUntil(lambda: window.last_preview is not None)
    text = pdf_text(window.last_preview.pdf_path())
    assert receipt.number in text and "陆佰叁拾伍元伍角" in text.replace("\n", "")
    assert pdf_fonts(window.last_preview.pdf_path())


def test_rows_chosen_are_paid_and_a_part_payment_leaves_the_rest(qtbot, window,
                                                                 services) -> None:
    tab = tab_of(window)
    answer_modal(qtbot, FeePayDialog, lambda dialog: dialog.reject())
    type_unit(qtbot, window, "1203")
    qtbot.waitUntil(lambda: tab.ui.charges_table.rowCount() == 3)
    back_to(qtbot, window)
    table = tab.ui.charges_table
    table.setFocus()
    table.selectRow(2)  # November only

    def november(dialog: FeePayDialog) -> None:
        assert dialog.ui.amount_edit.text() == "215.50"
        dialog.ui.print_check.setChecked(False)
        qtbot.keyClick(dialog.ui.tendered_edit, Qt.Key.Key_Return)

    answer_modal(qtbot, FeePayDialog, november)
    qtbot.keyClick(table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert [c.period for c in services.fees.open_charges(1)] == ["2026-09", "2026-10"]

    def part(dialog: FeePayDialog) -> None:
        ui = dialog.ui
        ui.amount_edit.selectAll()
        qtbot.keyClicks(ui.amount_edit, "300")
        ui.method_combo.setCurrentIndex(ui.method_combo.findData(Method.WECHAT))
        ui.print_check.setChecked(False)
        assert "Still owed afterwards: ¥120.00" in ui.allocation_label.text()
        qtbot.keyClick(ui.amount_edit, Qt.Key.Key_Return)

    back_to(qtbot, window)
    answer_modal(qtbot, FeePayDialog, part)
    tab.ui.pay_button.click()
    qtbot.waitUntil(lambda: len(services.fees.receipts()) == 2)
    assert [c.outstanding_fen for c in services.fees.open_charges(1)] == [12000]
    assert services.fees.receipts()[0].method is Method.WECHAT


def test_bad_cash_is_said_by_the_field_and_nothing_is_taken(qtbot, window, services) -> None:
    seen: dict[str, str] = {}

    def answer(dialog: FeePayDialog) -> None:
        ui = dialog.ui
        qtbot.keyClicks(ui.tendered_edit, "500")  # less than ¥635.50 in cash
        qtbot.keyClick(ui.tendered_edit, Qt.Key.Key_Return)
        seen["error"] = ui.tendered_error.text()
        seen["open"] = str(dialog.isVisible())
        dialog.reject()

    answer_modal(qtbot, FeePayDialog, answer)
    type_unit(qtbot, window, "1203")
    qtbot.waitUntil(lambda: "error" in seen)
    assert "less than" in seen["error"] and seen["open"] == "True"
    assert services.fees.receipts() == []


def test_with_no_unit_chosen_every_unit_owing_shows_and_enter_takes_its_payment(
        qtbot, window, services) -> None:
    tab = tab_of(window)
    table = tab.ui.charges_table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "1203"  # 0805 owes nothing
    assert table.item(0, 2).text() == "¥635.50"
    assert "¥635.50" in tab.ui.charges_total.text()
    seen: list[str] = []

    def answer(dialog: FeePayDialog) -> None:
        seen.append(dialog.ui.amount_edit.text())
        dialog.reject()

    answer_modal(qtbot, FeePayDialog, answer)
    back_to(qtbot, window)
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: seen == ["635.50"])
    assert tab.ui.unit_edit.text().startswith("1203") and table.rowCount() == 3


def test_f9_opens_the_ledger_of_the_unit_chosen_among_those_owing(qtbot, window,
                                                                  services) -> None:
    from deskapp.ui.workspaces.fees.ledger_dialog import FeeLedgerDialog

    tab = tab_of(window)
    seen: list[int] = []

    def answer(dialog: FeeLedgerDialog) -> None:
        seen.append(dialog.isVisible())
        dialog.reject()

    answer_modal(qtbot, FeeLedgerDialog, answer)
    back_to(qtbot, window)
    tab.ui.charges_table.setFocus()
    tab.ui.charges_table.setCurrentCell(0, 0)
    qtbot.keyClick(tab.ui.charges_table, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: seen == [True])


def test_a_charge_chosen_is_the_one_waived_and_the_month_s_work_opens_from_the_menu(
        qtbot, window, services) -> None:
    from deskapp.ui.workspaces.fees.bill_run_dialog import FeeBillRunDialog
    from deskapp.ui.workspaces.fees.waive_dialog import FeeWaiveDialog

    tab = tab_of(window)
    answer_modal(qtbot, FeePayDialog, lambda dialog: dialog.reject())
    type_unit(qtbot, window, "1203")
    qtbot.waitUntil(lambda: tab.ui.charges_table.rowCount() == 3)
    back_to(qtbot, window)
    seen: list[str] = []
    answer_modal(qtbot, FeeWaiveDialog, lambda dialog: (
        seen.append(dialog.windowTitle() + "|" + str(dialog._charge.period)), dialog.reject()))
    tab.ui.charges_table.setFocus()
    tab.ui.charges_table.selectRow(1)  # October
    tab.ui.waive_button.click()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0].endswith("|2026-10")
    answer_modal(qtbot, FeeBillRunDialog, lambda dialog: (seen.append("bills"), dialog.reject()))
    next(a for a in tab.menu_actions() if "bills" in a.text()).trigger()
    qtbot.waitUntil(lambda: seen[-1] == "bills")
