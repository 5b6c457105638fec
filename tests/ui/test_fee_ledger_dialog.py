"""A unit's fee ledger, its contact log and its dunning, driven offscreen as at the counter:
the totals and ages of a unit with paid, part-paid, waived, voided and overdue charges; a
contact with a promise logged by keyboard; a second notice suggested after a first, issued
and asked to print; a courier delivery refused without its waybill, then saved with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from ledger_data import FeeBook, fee_service
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget

from deskapp.bootstrap import Services
from deskapp.domain.fees.ledger_records import ContactInput, ContactKind, DeliveryHow, DunningStage
from deskapp.domain.fees.service import FeeCollection
from deskapp.ui import messages
from deskapp.ui.workspaces.fees.columns import OVERDUE_BRUSH, VOID_BRUSH
from deskapp.ui.workspaces.fees.contact_dialog import FeeContactDialog
from deskapp.ui.workspaces.fees.delivery_dialog import FeeDeliveryDialog
from deskapp.ui.workspaces.fees.dunning_dialog import FeeDunningDialog
from deskapp.ui.workspaces.fees.ledger_dialog import FeeLedgerDialog
from helpers import answer_modal

TODAY = dt.date(2026, 11, 23)  # the conftest clock's day
BILL = 22338  # ¥223.38 a month
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def fees(services: Services, monkeypatch: pytest.MonkeyPatch) -> FeeCollection:
    monkeypatch.setattr(messages, "warn", lambda *a, **k: pytest.fail(f"warned: {a[1:]}"))
    services.operator.hand_over("Wang Fang")
    return fee_service(services)


def a_unit_in_arrears(services: Services) -> int:
    """1203 with a year's story: July paid, August partly waived and the rest paid,
    September part paid, October and November unpaid, December not yet due, June's water
    long overdue, a mistaken electricity bill voided; a voided receipt; credit in hand."""
    book = FeeBook(services)
    unit = book.unit("1203", "李四", "华为技术有限公司")
    july = book.charge(unit, dt.date(2026, 7, 15), BILL)
    august = book.charge(unit, dt.date(2026, 8, 15), BILL)
    book.waiver(august, 2338)
    september = book.charge(unit, dt.date(2026, 9, 15), BILL)
    book.charge(unit, dt.date(2026, 10, 15), BILL)
    book.charge(unit, dt.date(2026, 10, 15), 5000, voided=True, name="电费")
    book.charge(unit, dt.date(2026, 11, 15), BILL)
    book.charge(unit, dt.date(2026, 12, 15), BILL)
    book.charge(unit, dt.date(2026, 6, 15), 10000, name="水费")
    for charge, paid in ((july, BILL), (august, 20000), (september, 10000)):
        book.pay(charge, paid)
        book.receipt(unit, paid)
    book.receipt(unit, 5000, voided=True)
    book.credit(unit, 3000)
    return unit


def shown(qtbot, dialog: QDialog) -> QDialog:
    """Show ``dialog`` as the active window, as the window manager would."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    return dialog


def ledger_of(qtbot, fees: FeeCollection, unit: int) -> FeeLedgerDialog:
    return shown(qtbot, FeeLedgerDialog(fees, unit))  # type: ignore[return-value]


def column(table: QTableWidget, index: int) -> list[str]:
    return [table.item(r, index).text() for r in range(table.rowCount())]


def run_modal(qtbot, kind: type[QDialog], answer: Callable[[QDialog], None],
              act: Callable[[], None]) -> None:
    """Do ``act`` and answer the dialog of ``kind`` it opens."""
    answered = answer_modal(qtbot, kind, answer)
    act()
    assert answered, f"no {kind.__name__} was shown"


def press(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_ledger_shows_totals_ageing_and_every_record(qtbot, services, fees) -> None:
    unit = a_unit_in_arrears(services)
    dialog = ledger_of(qtbot, fees, unit)
    ui = dialog.ui
    assert dialog.windowTitle() == "Ledger — 1203 李四 (华为技术有限公司)"
    title = ui.unit_title.text()
    assert "1203" in title and "李四 · 华为技术有限公司" in title
    assert "As of 2026-11-23" in title and "overdue since 2026-06-15" in title
    figures = [label.text().replace("<b>", "").replace("</b>", "") for label in (
        ui.billed_value, ui.paid_value, ui.waived_value, ui.owed_value, ui.credit_value,
        ui.net_value)]
    # Billed: six months and the water, the voided bill left out; owed: 123.38 of
    # September, October, November, December and the water.
    assert figures == ["¥1,440.28", "¥523.38", "¥23.38", "¥893.52", "¥30.00", "¥863.52"]
    assert [label.text() for label in (ui.age0_heading, ui.age1_heading, ui.age2_heading,
                                       ui.age3_heading)] == [
        "Up to 30 days", "31–60 days", "61–90 days", "Over 90 days"]
    assert [label.text() for label in (ui.age0_value, ui.age1_value, ui.age2_value,
                                       ui.age3_value, ui.due_soon_value)] == [
        "¥223.38", "¥223.38", "¥123.38", "¥100.00", "¥223.38"]
    assert ui.ageing_group.title() == "Overdue ¥670.14, by days past due"

    charges = ui.charges_table
    assert column(charges, 0) == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "",
                                  "2026-11", "2026-12"]  # the month once, as in a book
    assert column(charges, 1)[5] == "电费 (voided)"
    assert column(charges, 7) == ["¥100.00", "", "", "¥123.38", "¥223.38", "", "¥223.38",
                                  "¥223.38"]
    assert column(charges, 6)[2] == "¥23.38"  # waived
    assert column(charges, 8) == ["161", "", "", "69", "39", "", "8", ""]
    assert charges.item(5, 1).background() == VOID_BRUSH
    assert charges.item(3, 7).background() == OVERDUE_BRUSH
    assert charges.item(7, 7).background() != OVERDUE_BRUSH  # not yet due

    ui.pages.setCurrentWidget(ui.receipts_page)
    receipts = ui.receipts_table
    assert column(receipts, 2) == ["¥223.38", "¥200.00", "¥100.00", "¥50.00"]
    assert column(receipts, 6) == ["", "", "", "Void: 收错了"]
    assert receipts.item(3, 0).background() == VOID_BRUSH
    assert column(ui.waivers_table, 0) == ["2026-08 物业管理费"]
    assert column(ui.waivers_table, 1) == ["¥23.38"]

    printed: list[tuple[str, object]] = []
    dialog.print_requested.connect(lambda kind, key: printed.append((kind, key)))
    press(qtbot, ui.payment_notice_button)
    assert printed == [("payment-notice", unit)]


def test_a_unit_that_owes_nothing_has_nothing_to_dun(qtbot, services, fees) -> None:
    book = FeeBook(services)
    unit = book.unit("1505")
    book.charge(unit, dt.date(2026, 12, 15), BILL)  # owed, not yet due
    dialog = ledger_of(qtbot, fees, unit)
    ui = dialog.ui
    assert ui.owed_value.text() == "<b>¥223.38</b>" and ui.age0_value.text() == "¥0.00"
    assert "nothing overdue" in ui.unit_title.text()
    assert not ui.issue_button.isEnabled() and ui.payment_notice_button.isEnabled()
    assert not ui.delivery_button.isEnabled()


def test_a_contact_with_a_promise_logged_by_keyboard(qtbot, services, fees, now) -> None:
    unit = a_unit_in_arrears(services)
    fees.log_contact(ContactInput(unit, ContactKind.VISIT, "上门未见人",
                                  promised_on=dt.date(2026, 11, 20),
                                  at=dt.datetime(2026, 11, 10, 15, 0, tzinfo=dt.UTC)))
    now.advance(minutes=5)
    dialog = ledger_of(qtbot, fees, unit)
    seen: dict[str, object] = {}

    def answer(contact: QDialog) -> None:
        ui = contact.ui  # type: ignore[attr-defined]
        seen["focus"] = contact.focusWidget() is ui.kind_combo
        seen["when"] = ui.at_edit.dateTime().toString("yyyy-MM-dd HH:mm")
        qtbot.keyClick(ui.kind_combo, Qt.Key.Key_Home)  # Phone call, the first
        qtbot.keyClick(contact, Qt.Key.Key_W, ALT)  # &What was said
        qtbot.keyClicks(contact.focusWidget(), "Will pay by Friday")
        qtbot.keyClick(contact, Qt.Key.Key_P, ALT)  # &Promised to pay by: ticks and moves on
        qtbot.waitUntil(ui.promise_check.isChecked)  # a button's Alt key clicks it shortly
        seen["date_focus"] = contact.focusWidget() is ui.promised_edit
        qtbot.keyClicks(ui.promised_edit, "20261127")
        qtbot.keyClick(contact.focusWidget(), Qt.Key.Key_Return)

    run_modal(qtbot, FeeContactDialog, answer,
              lambda: qtbot.keyClick(dialog.ui.charges_table, Qt.Key.Key_Insert))
    assert seen == {"focus": True, "when": "2026-11-23 09:35", "date_focus": True}
    ui = dialog.ui
    assert ui.pages.currentWidget() is ui.contacts_page
    table = ui.contacts_table
    # Newest first; the promise of the 20th has gone by unpaid: in red.
    assert column(table, 1) == ["Phone call", "Visit"]
    assert column(table, 2) == ["Will pay by Friday", "上门未见人"]
    assert column(table, 3) == ["2026-11-27", "2026-11-20"]
    assert column(table, 0)[0] == "2026-11-23 09:35"
    assert table.item(1, 3).foreground().color().name() == "#b3261e"
    assert table.item(0, 3).foreground().color().name() != "#b3261e"
    contact = fees.contacts(unit)[0]
    assert contact.promised_on == dt.date(2026, 11, 27) and contact.created_by == "Wang Fang"


def test_a_note_without_words_is_refused_by_its_field(qtbot, services, fees) -> None:
    unit = a_unit_in_arrears(services)
    contact = shown(qtbot, FeeContactDialog(fees, unit))
    ui = contact.ui  # type: ignore[attr-defined]
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(ContactKind.NOTE))
    qtbot.keyClick(ui.kind_combo, Qt.Key.Key_Return)
    assert contact.errors.message("note") == "Write the note."  # type: ignore[attr-defined]
    assert contact.isVisible() and fees.contacts(unit) == []


def test_a_second_notice_after_a_first_is_issued_and_printed(qtbot, services, fees,
                                                             now) -> None:
    unit = a_unit_in_arrears(services)
    first = fees.issue_dunning(unit, DunningStage.FIRST)
    now.advance(days=16)  # the first notice's days went by unpaid
    dialog = ledger_of(qtbot, fees, unit)
    ui = dialog.ui
    ui.pages.setCurrentWidget(ui.dunning_page)
    assert column(ui.notices_table, 0) == [first.number]
    assert column(ui.notices_table, 5) == ["Not delivered yet"]
    seen: dict[str, object] = {}

    def answer(dunning: QDialog) -> None:
        d = dunning.ui  # type: ignore[attr-defined]
        seen["stage"] = d.stage_combo.currentData()
        seen["pay_by"] = d.pay_by_edit.date().toPython()
        seen["hint"] = d.stage_hint.text()
        seen["charges"] = d.charges_table.rowCount()
        seen["names"] = "¥670.14" in d.intro_label.text()  # December's not yet due
        seen["words"] = "We reminded you earlier" in d.wording_browser.toPlainText()
        qtbot.keyClick(d.stage_combo, Qt.Key.Key_Return)

    with qtbot.waitSignal(dialog.print_requested, timeout=3000) as printed:
        run_modal(qtbot, FeeDunningDialog, answer, lambda: press(qtbot, ui.issue_button))
    notices = fees.notices(unit)
    second = notices[-1]
    assert second.stage is DunningStage.SECOND
    assert seen == {
        "stage": "second", "pay_by": dt.date(2026, 12, 19),  # ten days from the 9th
        "hint": f"Suggested: Second notice — notice {first.number} (First notice, issued "
                "2026-11-23 09:30) is still unpaid.",
        "charges": 4, "names": True, "words": True}
    assert printed.args == ["dunning-notice", second.id]
    assert column(ui.notices_table, 1) == ["First notice", "Second notice"]
    assert ui.notices_table.currentRow() == 1 and ui.pages.currentWidget() is ui.dunning_page
    assert column(ui.notices_table, 3)[1] == "¥670.14"

    reprinted: list[tuple[str, object]] = []
    dialog.print_requested.connect(lambda kind, key: reprinted.append((kind, key)))
    ui.notices_table.selectRow(0)
    press(qtbot, ui.reprint_button)
    assert reprinted == [("dunning-notice", first.id)]


def test_a_courier_delivery_needs_its_waybill(qtbot, services, fees, now) -> None:
    unit = a_unit_in_arrears(services)
    notice = fees.issue_dunning(unit, DunningStage.FIRST)
    now.advance(hours=3)
    dialog = ledger_of(qtbot, fees, unit)
    ui = dialog.ui
    ui.pages.setCurrentWidget(ui.dunning_page)
    seen: dict[str, object] = {}

    def answer(delivery: QDialog) -> None:
        d = delivery.ui  # type: ignore[attr-defined]
        seen["when"] = d.delivered_at_edit.dateTime().toString("yyyy-MM-dd HH:mm")
        seen["signed_shown"] = d.signed_by_edit.isVisible()  # by hand to start with
        combo = d.how_combo
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # By courier
        seen["how"] = combo.currentData()
        seen["fields"] = (d.waybill_edit.isVisible(), d.signed_by_edit.isVisible())
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        seen["refused"] = delivery.errors.message("waybill")  # type: ignore[attr-defined]
        seen["still_open"] = delivery.isVisible()
        seen["focus"] = delivery.focusWidget() is d.waybill_edit
        qtbot.keyClicks(d.waybill_edit, "SF1234567890")
        qtbot.keyClick(d.waybill_edit, Qt.Key.Key_Return)

    ui.notices_table.setFocus()
    run_modal(qtbot, FeeDeliveryDialog, answer,
              lambda: qtbot.keyClick(ui.notices_table, Qt.Key.Key_Return))
    assert seen == {
        "when": "2026-11-23 12:30", "signed_shown": True, "how": DeliveryHow.COURIER.value,
        "fields": (True, False),
        "refused": "Enter the courier's waybill number: it is the evidence the notice was "
                   "sent.",
        "still_open": True, "focus": True}
    delivered = fees.notices(unit)[0].deliveries
    assert [(d.how, d.waybill) for d in delivered] == [(DeliveryHow.COURIER, "SF1234567890")]
    assert column(ui.notices_table, 5) == ["By courier · SF1234567890 · 2026-11-23 12:30"]
    assert notice.id == dialog.chosen_notice().id  # type: ignore[union-attr]
