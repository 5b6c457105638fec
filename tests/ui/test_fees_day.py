"""A cashier's day through the fee workspace, as the issue asks: a cash payment with
change by keyboard, the receipt read back; the receipt voided from its page with a
supervisor's approval in place; a deposit taken and refunded against its receipt,
signed off by the supervisor; the day handed over and its sheet read back."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from deskapp import translations
from deskapp.bootstrap import Services
from deskapp.domain.fees.deposits import DepositInput
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import DepositKind, DepositState, Method
from deskapp.domain.roles import Role
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from deskapp.ui.workspaces.fees.handover_dialog import FeeHandoverDialog
from deskapp.ui.workspaces.fees.pay_dialog import FeePayDialog
from deskapp.ui.workspaces.fees.receipt_detail_dialog import FeeReceiptDialog
from deskapp.ui.workspaces.fees.refund_dialog import FeeRefundDialog
from deskapp.ui.workspaces.fees.void_dialog import FeeVoidDialog
from fee_data import charge, item, unit
from helpers import answer_modal, pdf_text

CASHIER, SUPERVISOR = "Li Na", "Zhao Min"


@pytest.fixture
def window(qtbot, services: Services, monkeypatch) -> MainWindow:
    services.settings.save(replace(services.settings.load(), org_name="星河国际大厦物业服务中心",
                                   welcomed=True, language="en"))
    accounts = services.accounts
    accounts.create_first_administrator("Admin", "admin-pin", "admin-pin")
    accounts.add(SUPERVISOR, Role.SUPERVISOR, "9876", "9876")
    accounts.add(CASHIER, Role.CASHIER, "1234", "1234")
    accounts.log_in(CASHIER, "1234")
    unit_id = unit(services, "1203", "张三")
    fee = item(services)
    for month, fen in ((9, 21000), (10, 21000), (11, 21550)):
        charge(services, unit_id, fee, month, fen)
    translations.install("en")
    monkeypatch.setattr(messages, "ask", lambda *_a, **_k: True)
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
    win.show_tab("fees")
    return win


def back_to(qtbot, window: MainWindow) -> None:
    if QApplication.activeWindow() is not window:
        with qtbot.waitActive(window):
            window.activateWindow()


def approve_as_supervisor(qtbot) -> list[QDialog]:
    def approve(dialog: QDialog) -> None:
        dialog.ui.name_edit.setText(SUPERVISOR)  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.ui.secret_edit, "9876")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.ui.secret_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    return answer_modal(qtbot, ApprovalDialog, approve)


def printed(qtbot, window: MainWindow, before: object) -> str:
    qtbot.waitUntil(lambda: window.last_preview is not None and window.last_preview is not before)
    return pdf_text(window.last_preview.pdf_path()).replace("\n", " ")


def test_a_cashiers_day(qtbot, window, services) -> None:
    tab = window.workspace("fees")
    fees = services.fees

    # 1. Unit, Enter; the cash handed over, Enter: the whole arrears with change.
    def pay(dialog: FeePayDialog) -> None:
        qtbot.keyClicks(dialog.ui.tendered_edit, "700")
        qtbot.keyClick(dialog.ui.tendered_edit, Qt.Key.Key_Return)

    answer_modal(qtbot, FeePayDialog, pay)
    back_to(qtbot, window)
    tab.ui.unit_edit.setFocus()
    qtbot.keyClicks(tab.ui.unit_edit, "1203")
    qtbot.keyClick(tab.ui.unit_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(fees.receipts()) == 1)
    [receipt] = fees.receipts()
    text = printed(qtbot, window, None)
    assert receipt.change_fen == 6450 and receipt.number in text
    assert "¥635.50" in text and "陆佰叁拾伍元伍角" in text.replace(" ", "")
    assert "Cash received" in text

    # 2. Enter on the receipt: its page; Void…, a reason, the supervisor approves in place.
    def choose_void(dialog: FeeReceiptDialog) -> None:
        dialog.ui.void_button.click()

    def void(dialog: FeeVoidDialog) -> None:
        dialog.ui.reason_edit.setText("金额收错")
        approve_as_supervisor(qtbot)
        qtbot.keyClick(dialog.ui.reason_edit, Qt.Key.Key_Return)

    back_to(qtbot, window)
    answer_modal(qtbot, FeeReceiptDialog, choose_void)
    answer_modal(qtbot, FeeVoidDialog, void)
    table = tab.history.ui.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fees.receipt(receipt.id).voided)
    voided = fees.receipt(receipt.id)
    assert voided.void_approved_by == SUPERVISOR and voided.voided_by == CASHIER
    assert sum(c.outstanding_fen for c in fees.open_charges(receipt.unit_id)) == 63550

    # 3. A decoration pass deposit, then refunded against its receipt with a deduction.
    held = fees.take_deposit(DepositInput(DepositKind.DECORATION_PASS, "装修队", 50000,
                                          (PaymentPart(Method.CASH, 50000),)))
    tab.history.refresh()

    def refund(dialog: FeeRefundDialog) -> None:
        ui = dialog.ui
        qtbot.keyClicks(ui.receipt_number_edit, held.receipt_number)
        qtbot.keyClick(ui.receipt_number_edit, Qt.Key.Key_Return)
        ui.received_by_edit.setText("装修队")
        approve_as_supervisor(qtbot)
        qtbot.keyClick(ui.received_by_edit, Qt.Key.Key_Return)

    back_to(qtbot, window)
    before = window.last_preview
    answer_modal(qtbot, FeeRefundDialog, refund)
    tab.history.select(held.receipt_id)
    table.setFocus()
    tab.ui.refund_button.click()
    qtbot.waitUntil(lambda: fees.deposit(held.id).state is DepositState.REFUNDED)
    slip = printed(qtbot, window, before)
    assert "TK2026-0001" in slip and held.receipt_number in slip

    # 4. Closing: count the drawer, hand the day over; the handover sheet prints.
    def hand_over(dialog: FeeHandoverDialog) -> None:
        ui = dialog.ui
        qtbot.keyClicks(ui.counted_edit, "0")
        ui.received_by_edit.setText("财务王")
        qtbot.keyClick(ui.received_by_edit, Qt.Key.Key_Return)

    back_to(qtbot, window)
    before = window.last_preview
    answer_modal(qtbot, FeeHandoverDialog, hand_over)
    tab.ui.handover_button.click()
    qtbot.waitUntil(lambda: fees.handover_summary(services.clock.today()).handed_over)
    sheet = printed(qtbot, window, before)
    assert receipt.number in sheet and held.receipt_number in sheet  # the numbers used
    assert "财务王" in sheet and CASHIER in sheet
