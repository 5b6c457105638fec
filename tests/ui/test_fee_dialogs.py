"""The fee dialogs driven from the keyboard: a cash deposit with change, a refund with two
deductions signed off by a supervisor (and a wrong receipt number said by its field), the
handover with a shortage in red, 12 copies sold, a void with approval, an invoice, the
receipt's page and its buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from deskapp.bootstrap import Services
from deskapp.domain.fees.deposits import DepositInput
from deskapp.domain.fees.payments import PaymentInput
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import Cycle, DepositKind, DepositState, Method, Pricing
from deskapp.domain.fees.sale_items import counter_items
from deskapp.domain.roles import Role
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDialog, Approver
from deskapp.ui.field_errors import ERROR_STYLE
from deskapp.ui.workspaces.fees.deposit_dialog import FeeDepositDialog
from deskapp.ui.workspaces.fees.handover_dialog import FeeHandoverDialog
from deskapp.ui.workspaces.fees.invoice_dialog import FeeInvoiceDialog
from deskapp.ui.workspaces.fees.receipt_detail_dialog import FeeReceiptDialog
from deskapp.ui.workspaces.fees.refund_dialog import FeeRefundDialog
from deskapp.ui.workspaces.fees.sale_dialog import FeeSaleDialog
from deskapp.ui.workspaces.fees.void_dialog import FeeVoidDialog
from helpers import answer_modal
from keys_data import shown
from tests.fee_data import charge, item, unit

# The fee rules run in the database (row locks, number series): on both.
pytestmark = pytest.mark.both_backends

CASHIER, SUPERVISOR = "李收银", "李建国"


@pytest.fixture
def desk(services: Services, monkeypatch) -> Services:
    """A supervisor somewhere in the building, a receptionist, and the cashier on duty;
    unit 1203 owing three months; no message box is expected."""
    monkeypatch.setattr(messages, "warn", lambda *a, **k: pytest.fail(f"warned: {a[1:]}"))
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pin", "admin-pin")
    accounts.add(SUPERVISOR, Role.SUPERVISOR, "9876", "9876")
    accounts.add(CASHIER, Role.CASHIER, "1234", "1234")
    accounts.add("王芳", Role.RECEPTIONIST, "5678", "5678")
    accounts.log_in(CASHIER, "1234")
    unit_id = unit(services, "1203", "张三")
    management = item(services)
    for month in (9, 10, 11):
        charge(services, unit_id, management, month, 21000)
    return services


@pytest.fixture
def approver(desk: Services) -> Approver:
    return Approver(desk.accounts, desk.operator)


def approve_as_supervisor(qtbot) -> list[QDialog]:
    """Answer the next approval in place as the supervisor, by keyboard."""
    def approve(dialog: QDialog) -> None:
        dialog.ui.name_edit.setText(SUPERVISOR)  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.ui.secret_edit, "9876")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.ui.secret_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    return answer_modal(qtbot, ApprovalDialog, approve)


def enter(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def cash_payment(desk: Services, fen: int = 63000, tendered: int = 70000):
    unit_id = desk.directory.units()[0].id
    return desk.fees.pay(PaymentInput(unit_id, (PaymentPart(Method.CASH, fen),),
                                      tendered_fen=tendered))


def test_a_cash_deposit_with_change_by_keyboard(qtbot, desk, approver) -> None:
    dialog = shown(qtbot, FeeDepositDialog(desk.fees, desk.directory, approver=approver))
    ui = dialog.ui
    assert dialog.focusWidget() is ui.kind_combo
    qtbot.keyClick(ui.kind_combo, Qt.Key.Key_Down)  # the decoration pass deposit
    assert ui.kind_combo.currentData() == DepositKind.DECORATION_PASS
    qtbot.keyClick(ui.kind_combo, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.unit_edit
    qtbot.keyClicks(ui.unit_edit, "1203")
    qtbot.keyClick(ui.unit_edit, Qt.Key.Key_Return)  # takes the unit, fills the payer
    assert ui.unit_edit.text() == "1203 张三" and ui.payer_edit.text() == "张三"
    qtbot.waitUntil(lambda: dialog.focusWidget() is ui.payer_edit)
    ui.purpose_edit.setText("装修出入证 2 张")
    qtbot.keyClicks(ui.amount_edit, "200")
    assert ui.amount_words.text() == "人民币贰佰元整"
    assert dialog.payment.change_text() == "Left empty: the exact amount, no change"
    qtbot.keyClicks(ui.tendered_edit, "250")
    assert dialog.payment.change_text() == "Change: ¥50.00"
    qtbot.keyClick(ui.tendered_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    deposit = dialog.deposit
    assert deposit is not None and deposit.state is DepositState.HELD
    assert (deposit.kind, deposit.payer, deposit.amount_fen, deposit.purpose) == (
        DepositKind.DECORATION_PASS, "张三", 20000, "装修出入证 2 张")
    assert deposit.unit_label == "1203 张三"
    receipt = desk.fees.receipt(deposit.receipt_id)
    assert (receipt.tendered_fen, receipt.change_fen, receipt.method) == (25000, 5000, Method.CASH)


def test_a_deposit_says_what_is_wrong_by_its_fields(qtbot, desk) -> None:
    dialog = shown(qtbot, FeeDepositDialog(desk.fees, desk.directory))
    ui = dialog.ui
    qtbot.keyClicks(ui.unit_edit, "9999")
    qtbot.keyClick(ui.unit_edit, Qt.Key.Key_Return)
    assert "Choose a unit" in dialog.errors.message("unit")
    ui.unit_edit.clear()
    qtbot.keyClicks(ui.amount_edit, "2000")
    qtbot.keyClicks(ui.tendered_edit, "1500")
    assert dialog.payment.change_text() == "¥500.00 short"
    enter(qtbot, ui.amount_edit)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("payer") == "Enter who is paying."
    assert "less than" in dialog.errors.message("tendered")
    assert desk.fees.deposits() == []


def test_a_refund_with_two_deductions_signed_off_by_a_supervisor(qtbot, desk, approver) -> None:
    held = desk.fees.take_deposit(DepositInput(
        DepositKind.CONSTRUCTION, "赵六", 200000, (PaymentPart(Method.CASH, 200000),),
        purpose="1203 装修"))
    dialog = shown(qtbot, FeeRefundDialog(desk.fees, approver, held))
    ui = dialog.ui
    assert dialog.focusWidget() is ui.receipt_number_edit
    enter(qtbot, ui.received_by_edit)  # nothing typed: asked for, before anyone approves
    assert "Scan or type" in dialog.errors.message("receipt_number")
    assert held.receipt_number in ui.deposit_label.text() and "¥2,000.00" in ui.deposit_label.text()
    qtbot.keyClicks(ui.receipt_number_edit, "SK2026-000099")
    qtbot.keyClick(ui.receipt_number_edit, Qt.Key.Key_Return)  # as a scanner ends
    assert "not the number on the deposit's receipt" in dialog.errors.message("receipt_number")
    assert dialog.isVisible()
    qtbot.keyClicks(ui.receipt_number_edit, held.receipt_number.lower())  # typed over
    qtbot.keyClick(ui.receipt_number_edit, Qt.Key.Key_Return)
    assert dialog.errors.message("receipt_number") == ""
    assert dialog.focusWidget() is ui.received_by_edit

    for reason, amount in (("墙面损坏修补", "300"), ("垃圾清运", "50"), ("多余", "1")):
        qtbot.keyClick(ui.received_by_edit, Qt.Key.Key_Insert)  # a new row, in its reason
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor is not ui.received_by_edit
        editor.setText(reason)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to its amount
        qtbot.keyClicks(QApplication.focusWidget(), amount)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the cell, not the dialog
        qtbot.waitUntil(lambda: ui.deductions_table.hasFocus())
        assert dialog.isVisible()
    assert ui.deductions_table.item(0, 1).text() == "300.00"
    qtbot.keyClick(ui.deductions_table, Qt.Key.Key_Delete)  # the last row goes
    assert ui.deductions_table.rowCount() == 2
    assert "¥1,650.00" in ui.refund_value.text() and "¥350.00 deducted" in ui.refund_value.text()
    assert ui.refund_words.text() == "人民币壹仟陆佰伍拾元整"

    seen = approve_as_supervisor(qtbot)
    enter(qtbot, ui.received_by_edit)
    assert seen and dialog.result() == QDialog.DialogCode.Accepted
    refunded = dialog.deposit
    assert refunded is not None and refunded.state is DepositState.REFUNDED
    refund = refunded.refund
    assert refund is not None and refund.refunded_fen == 165000 and refund.deducted_fen == 35000
    assert refund.approved_by == SUPERVISOR and refund.cashier == CASHIER
    assert refund.received_by == "赵六" and refund.method is Method.CASH
    assert [(d.reason, d.amount_fen) for d in refund.deductions] == [
        ("墙面损坏修补", 30000), ("垃圾清运", 5000)]


def test_deductions_beyond_the_deposit_are_said_and_nothing_is_asked(qtbot, desk, approver) -> None:
    held = desk.fees.take_deposit(DepositInput(
        DepositKind.KEY_CARD, "孙七", 5000, (PaymentPart(Method.WECHAT, 5000),)))
    dialog = shown(qtbot, FeeRefundDialog(desk.fees, approver, held))
    ui = dialog.ui
    assert ui.method_combo.currentData() == Method.WECHAT  # back the way it came
    ui.receipt_number_edit.setText(held.receipt_number)
    dialog.add_deduction("卡损坏", "60")
    dialog.add_deduction("", "abc")
    assert ui.refund_value.text() == "—"
    assert "Row 2" in ui.deductions_error.text()
    enter(qtbot, ui.received_by_edit)
    assert "Row 2" in dialog.errors.message("deductions")
    ui.deductions_table.setCurrentCell(1, 0)
    dialog.remove_deduction()
    assert "more than the deposit" in ui.deductions_error.text()
    assert desk.fees.deposit(held.id).state is DepositState.HELD


def test_the_handover_shows_a_shortage_in_red_and_locks_the_day(qtbot, desk, monkeypatch) -> None:
    cash_payment(desk)  # ¥630.00 in cash
    asked: list[str] = []
    answers = [False, True]
    monkeypatch.setattr(messages, "ask", lambda _parent, text, *a, **k: (
        asked.append(text), answers.pop(0))[1])
    dialog = shown(qtbot, FeeHandoverDialog(desk.fees, desk.clock))
    ui = dialog.ui
    assert "SK2026-000001" in ui.summary_label.text() and "¥630.00" in ui.summary_label.text()
    assert dialog.focusWidget() is ui.float_edit
    qtbot.keyClicks(ui.float_edit, "500")
    assert "¥1,130.00" in ui.expected_value.text()
    qtbot.keyClick(ui.float_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(ui.counted_edit, "1120")
    assert "¥10.00 short" in dialog.difference_text() and dialog.difference_style() == ERROR_STYLE
    qtbot.keyClicks(ui.counted_edit, "0")  # 11200: over
    assert "over" in dialog.difference_text() and "1b7f3b" in dialog.difference_style()
    qtbot.keyClick(ui.counted_edit, Qt.Key.Key_Backspace)
    enter(qtbot, ui.counted_edit)
    assert dialog.errors.message("received_by") == "Enter who receives the money."
    ui.received_by_edit.setText("财务王")
    enter(qtbot, ui.received_by_edit)  # answered no: nothing handed over
    assert dialog.isVisible() and not desk.fees.handover_summary(desk.clock.today()).handed_over
    enter(qtbot, ui.received_by_edit)

    assert len(asked) == 2 and "locked" in asked[1] and "财务王" in asked[1]
    assert dialog.result() == QDialog.DialogCode.Accepted
    summary = dialog.summary
    assert summary is not None and summary.handed_over
    assert (summary.float_fen, summary.counted_cash_fen, summary.difference_fen) == (
        50000, 112000, -1000)
    again = shown(qtbot, FeeHandoverDialog(desk.fees, desk.clock))  # read-only now
    assert again.ui.counted_edit.isReadOnly() and again.ui.counted_edit.text() == "1120.00"
    assert "locked" in again.ui.intro_label.text()


def test_twelve_copies_sold_with_change(qtbot, desk, approver) -> None:
    item(desk, "复印", pricing=Pricing.PER_PAGE, price=5000, cycle=Cycle.ONCE)
    item(desk, "传真", pricing=Pricing.PER_PAGE, price=20000, cycle=Cycle.ONCE)
    item(desk, "押金", pricing=Pricing.FIXED, price=5000, cycle=Cycle.ONCE, deposit=True)
    items = counter_items(desk.engine)
    assert [i.name for i in items] == ["复印", "传真"]
    dialog = shown(qtbot, FeeSaleDialog(desk.fees, items, approver=approver))
    ui = dialog.ui
    first = dialog.focusWidget()
    assert first is ui.items_table.cellWidget(0, 2)
    enter(qtbot, first)
    assert "at least one service" in dialog.errors.message("lines")
    first.setFocus()
    qtbot.keyClicks(first, "12")
    assert dialog.quantities() == [12, 0]
    assert ui.items_table.item(0, 3).text() == "¥6.00" and "¥6.00" in ui.total_value.text()
    assert ui.total_words.text() == "人民币陆元整"
    qtbot.keyClick(first, Qt.Key.Key_Return)  # on to the cash
    assert dialog.focusWidget() is ui.tendered_edit
    qtbot.keyClicks(ui.tendered_edit, "10")
    assert dialog.payment.change_text() == "Change: ¥4.00"
    qtbot.keyClick(ui.tendered_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    receipt = dialog.receipt
    assert receipt is not None and receipt.payer == "Walk-in"
    assert (receipt.total_fen, receipt.tendered_fen, receipt.change_fen) == (600, 1000, 400)
    assert [(line.item_name, line.quantity) for line in receipt.lines] == [("复印", 1200)]


def test_a_receptionists_sale_is_approved_in_place(qtbot, desk, approver) -> None:
    desk.accounts.log_in("王芳", "5678")
    item(desk, "复印", pricing=Pricing.PER_PAGE, price=5000, cycle=Cycle.ONCE)
    dialog = shown(qtbot, FeeSaleDialog(desk.fees, counter_items(desk.engine),
                                        approver=approver))
    dialog.set_quantity(0, 2)
    seen = approve_as_supervisor(qtbot)
    enter(qtbot, dialog.ui.tendered_edit)
    assert seen and dialog.receipt is not None
    assert (dialog.receipt.cashier, dialog.receipt.total_fen) == ("王芳", 100)


def test_a_void_signed_off_by_a_supervisor(qtbot, desk, approver) -> None:
    paid = cash_payment(desk)
    dialog = shown(qtbot, FeeVoidDialog(desk.fees, approver, paid))
    ui = dialog.ui
    assert paid.number in ui.receipt_label.text()
    assert "物业管理费 2026-09" in ui.receipt_label.text()
    enter(qtbot, ui.reason_edit)  # no reason: said before anyone is asked
    assert dialog.errors.message("reason") == "Say why the receipt is void."
    ui.reason_edit.setText("金额输错")
    seen = approve_as_supervisor(qtbot)
    enter(qtbot, ui.reason_edit)

    assert seen and dialog.result() == QDialog.DialogCode.Accepted
    voided = dialog.receipt
    assert voided is not None and voided.voided
    assert (voided.void_reason, voided.voided_by, voided.void_approved_by) == (
        "金额输错", CASHIER, SUPERVISOR)
    unit_id = desk.directory.units()[0].id
    assert len(desk.fees.open_charges(unit_id)) == 3


def test_a_cancelled_approval_voids_nothing(qtbot, desk, approver) -> None:
    paid = cash_payment(desk)
    dialog = shown(qtbot, FeeVoidDialog(desk.fees, approver, paid))
    dialog.ui.reason_edit.setText("重复收款")
    answer_modal(qtbot, ApprovalDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    enter(qtbot, dialog.ui.reason_edit)
    assert dialog.isVisible() and dialog.receipt is None
    assert not desk.fees.receipt(paid.id).voided


def test_an_invoice_is_recorded(qtbot, desk) -> None:
    paid = cash_payment(desk)
    dialog = shown(qtbot, FeeInvoiceDialog(desk.fees, paid))
    ui = dialog.ui
    enter(qtbot, ui.invoice_edit)
    assert "invoice" in dialog.errors.message("invoice_no")
    qtbot.keyClicks(ui.invoice_edit, "No. 04471234")
    qtbot.keyClick(ui.invoice_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.receipt is not None and dialog.receipt.invoice_no == "No.04471234"
    assert desk.fees.receipt(paid.id).invoiced_by == CASHIER


def test_the_receipt_page_offers_what_can_be_done(qtbot, desk) -> None:
    paid = cash_payment(desk)
    dialog = shown(qtbot, FeeReceiptDialog(desk.fees, paid))
    ui = dialog.ui
    text = ui.receipt_view.toPlainText()
    assert paid.number in text and "人民币陆佰叁拾元整" in text and "Cash received" in text
    assert "¥700.00, change ¥70.00" in text
    assert ui.void_button.isEnabled() and ui.invoice_button.isEnabled()
    with qtbot.waitSignal(dialog.action_requested) as chosen:
        qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert chosen.args == ["print", dialog.receipt] and dialog.action == "print"

    deposit = desk.fees.take_deposit(DepositInput(
        DepositKind.KEY_CARD, "孙七", 5000, (PaymentPart(Method.CASH, 5000),)))
    held = shown(qtbot, FeeReceiptDialog(desk.fees, desk.fees.receipt(deposit.receipt_id)))
    assert not held.ui.invoice_button.isEnabled()  # money held is not invoiced
    desk.fees.mark_invoiced(paid.id, "555")
    invoiced = shown(qtbot, FeeReceiptDialog(desk.fees, paid))  # read again: invoiced now
    assert not invoiced.ui.invoice_button.isEnabled()
    assert "555" in invoiced.ui.receipt_view.toPlainText()
