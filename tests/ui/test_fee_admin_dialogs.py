"""The supervisor's and the month's fee screens driven with keys and clicks: charge items
added and repriced under a supervisor's approval asked for in place, a bill run listing
a unit it could not bill, meter readings typed row by row (a lower one refused in its
row, then saved as a rollover), a billed reading corrected, a sheet imported after a dry
run that writes nothing, a waiver approved in place and a paid charge not voided."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from fee_billing import Building, building, number
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.bootstrap import Services
from deskapp.domain.fees.billing_records import ReadingInput, ReadingKind
from deskapp.domain.fees.payments import PaymentInput
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import Category, Cycle, Method, Pricing
from deskapp.domain.roles import Role
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, ApprovalDialog, Approver
from deskapp.ui.tasks import SyncTaskRunner, TaskRunner
from deskapp.ui.workspaces.fees.bill_run_dialog import FeeBillRunDialog
from deskapp.ui.workspaces.fees.import_preview_dialog import FeeImportPreviewDialog
from deskapp.ui.workspaces.fees.item_dialog import FeeItemDialog
from deskapp.ui.workspaces.fees.items_dialog import FeeItemsDialog
from deskapp.ui.workspaces.fees.price_dialog import FeePriceDialog
from deskapp.ui.workspaces.fees.reading_dialog import FeeReadingDialog
from deskapp.ui.workspaces.fees.readings_dialog import FeeReadingsDialog
from deskapp.ui.workspaces.fees.readings_grid import AMOUNT, CURRENT, LAST, STATE, USAGE
from deskapp.ui.workspaces.fees.void_charge_dialog import FeeVoidChargeDialog
from deskapp.ui.workspaces.fees.waive_dialog import FeeWaiveDialog
from helpers import answer_modal

ENTER = Qt.Key.Key_Return
SUPERVISOR, SUPERVISOR_PIN = "李建国", "9876"


@pytest.fixture
def staffed(services: Services, monkeypatch: pytest.MonkeyPatch) -> Services:
    """A supervisor and a receptionist with accounts; nothing may end in a warning."""
    monkeypatch.setattr(messages, "warn", lambda *a, **k: pytest.fail(f"warned: {a}"))
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pin", "admin-pin")
    accounts.add(SUPERVISOR, Role.SUPERVISOR, SUPERVISOR_PIN, SUPERVISOR_PIN)
    accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    services.settings.save(replace(services.settings.load(), org_name="星河物业",
                                   welcomed=True, language="en"))
    return services


@pytest.fixture
def b(staffed: Services) -> Building:
    """The billing tests' building (1205 has no area; 1206 is vacant), water read in
    October for 1203 (100.00) and 1204 (9990.00, a four-digit dial); 王芳 on duty."""
    made = building(staffed)
    for unit, previous, current in (("1203", "80", "100"), ("1204", "9000", "9990")):
        made.fees.enter_reading(ReadingInput(made.units[unit], made.water.id, "2026-10",
                                             dt.date(2026, 10, 18), current,
                                             previous=previous))
    staffed.accounts.log_in("王芳", "1234")
    return made


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def approver(services: Services) -> Approver:
    return Approver(services.accounts, services.operator)


def approve_as_supervisor(qtbot) -> list[QDialog]:
    """The supervisor at the counter types their name and PIN into the next approval."""
    def answer(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.name_edit.setText(SUPERVISOR)  # a Chinese name comes from the input method
        qtbot.keyClicks(ui.secret_edit, SUPERVISOR_PIN)
        qtbot.keyClick(ui.secret_edit, ENTER)

    return answer_modal(qtbot, ApprovalDialog, answer)


def answer(qtbot, kind: type[QDialog], act: Callable[[QDialog], None]) -> list[QDialog]:
    return answer_modal(qtbot, kind, act)


# --- Charge items ---------------------------------------------------------------------------

def test_an_item_is_added_and_repriced_under_a_supervisors_approval(qtbot, parent, staffed,
                                                                    b) -> None:
    fees = b.fees
    dialog = FeeItemsDialog(fees, approver(staffed), parent)
    qtbot.addWidget(dialog)
    dialog.show()
    shown: dict[str, object] = {}

    def add(item_dialog: QDialog) -> None:
        assert isinstance(item_dialog, FeeItemDialog)
        ui = item_dialog.ui
        ui.name_edit.setText("电费")
        ui.category_combo.setCurrentIndex(ui.category_combo.findData(Category.ELECTRICITY))
        shown["per"] = ui.per_label.text()  # metered: the price is per unit of the meter
        qtbot.keyClicks(ui.price_edit, "0.5883")
        shown["approvals"] = approve_as_supervisor(qtbot)
        qtbot.keyClick(ui.price_edit, ENTER)

    seen = answer(qtbot, FeeItemDialog, add)
    qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and len(shown["approvals"]) == 1  # type: ignore[arg-type]
    assert shown["per"] == "yuan / unit"
    added = next(i for i in fees.charge_items() if i.name == "电费")
    assert (added.category, added.pricing, added.cycle, added.unit_price) == (
        Category.ELECTRICITY, Pricing.METERED, Cycle.MONTHLY, 5883)
    assert added.rates == () and fees.charge_item(added.id, with_rates=True).rates[
        0].approved_by == SUPERVISOR
    assert dialog.selected() == added  # the list moved to it
    row = [i.id for i in dialog.items()].index(added.id)
    assert dialog.ui.items_table.item(row, 3).text() == "¥0.5883 / unit"
    assert "电费 added at ¥0.5883 / unit." == dialog.ui.status_label.text()

    def reprice(price_dialog: QDialog) -> None:
        assert isinstance(price_dialog, FeePriceDialog)
        ui = price_dialog.ui
        shown["history"] = ui.history_table.rowCount()
        qtbot.keyClicks(ui.price_edit, "0.62")
        ui.reason_edit.setText("物价局批复（2026）15号")
        shown["approvals"] = approve_as_supervisor(qtbot)
        qtbot.keyClick(ui.reason_edit, ENTER)

    seen = answer(qtbot, FeePriceDialog, reprice)
    qtbot.keyClick(dialog.ui.items_table, ENTER)  # Enter on the item: change its price
    assert len(seen) == 1 and len(shown["approvals"]) == 1  # type: ignore[arg-type]
    assert shown["history"] == 1  # the first price
    after = fees.charge_item(added.id, with_rates=True)
    assert after.unit_price == 6200
    assert [(r.unit_price, r.reason, r.approved_by, r.created_by) for r in after.rates] == [
        (6200, "物价局批复（2026）15号", SUPERVISOR, "王芳"), (5883, "", SUPERVISOR, "王芳")]


def test_a_bad_price_is_said_by_its_field_before_anyone_is_asked(qtbot, parent, staffed, b,
                                                                   monkeypatch) -> None:
    asked: list[object] = []

    def no_approval(_self: Approver, _parent: QWidget, action: object) -> None:
        asked.append(action)
        raise ApprovalDeclined()

    monkeypatch.setattr(Approver, "ask", no_approval)
    dialog = FeeItemDialog(b.fees, approver(staffed), parent)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.name_edit.setText("水费")  # taken
    qtbot.keyClicks(ui.price_edit, "2.35678")
    qtbot.keyClick(ui.price_edit, ENTER)
    assert dialog.errors.message("unit_price") == \
        "Use at most four decimal places in a unit price."
    assert dialog.result() == 0 and dialog.item is None
    assert dialog.focusWidget() is ui.price_edit  # the cursor goes to what to fix
    ui.price_edit.setText("2.5")
    qtbot.keyClick(ui.price_edit, ENTER)
    assert dialog.errors.message("name") == \
        "There is a charge item named 水费 already (retired items keep their names)."
    assert asked == []  # nobody was asked to approve what could not be saved


def test_an_item_is_retired_and_charged_again(qtbot, parent, staffed, b,
                                              monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    staffed.accounts.log_in(SUPERVISOR, SUPERVISOR_PIN)  # no approval needed
    dialog = FeeItemsDialog(b.fees, approver(staffed), parent)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.items_table
    table.selectRow([i.id for i in dialog.items()].index(b.rubbish.id))
    with qtbot.waitSignal(dialog.items_changed):
        qtbot.mouseClick(dialog.ui.retire_button, Qt.MouseButton.LeftButton)
    assert not b.fees.charge_item(b.rubbish.id).active
    assert dialog.selected().id == b.rubbish.id and not dialog.ui.retire_button.isEnabled()
    assert table.item(table.currentRow(), 6).text() == "Retired"
    qtbot.mouseClick(dialog.ui.reactivate_button, Qt.MouseButton.LeftButton)
    assert b.fees.charge_item(b.rubbish.id).active
    with qtbot.waitSignal(dialog.print_requested) as printed:
        qtbot.mouseClick(dialog.ui.print_button, Qt.MouseButton.LeftButton)
    assert printed.args == ["rate-schedule", 0]


# --- The month's bills -------------------------------------------------------------------------

def test_a_bill_run_lists_the_unit_without_an_area(qtbot, parent, b) -> None:
    dialog = FeeBillRunDialog(b.fees, SyncTaskRunner(), parent)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.period(), dialog.due_on()) == ("2026-11", dt.date(2026, 11, 25))
    dialog.ui.month_edit.setDate(QDate(2026, 10, 1))
    assert dialog.due_on() == dt.date(2026, 10, 25)  # the due day follows the month
    dialog.ui.month_edit.setDate(QDate(2026, 11, 1))
    dialog.ui.month_edit.setFocus()
    with qtbot.waitSignal(dialog.bills_made) as made:
        qtbot.keyClick(dialog.ui.month_edit, ENTER)
    run = made.args[0]
    assert run is dialog.run and run.period == "2026-11" and len(run.made) == 5
    assert [number(s.unit_label) for s in run.no_area] == ["1205"]
    area = dialog.ui.no_area_list
    assert area.isVisible() and [area.item(n).text() for n in range(area.count())] == [
        "1205 业主1205 — 物业管理费"]
    reading = dialog.ui.no_reading_list
    assert [reading.item(n).text() for n in range(reading.count())] == [
        "1203 业主1203 — 水费", "1204 业主1204 — 水费", "1205 业主1205 — 水费"]
    text = dialog.ui.result_label.text()
    assert "made 5 charge(s) for <b>¥" in text and "Not billed: 4" in text
    assert f"{run.total_fen // 100:,}" in text
    # Enter again closes rather than billing the month a second time.
    close = dialog.focusWidget()
    assert close.text() == "Close"
    qtbot.keyClick(close, ENTER)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_a_bill_run_goes_off_the_ui_thread_and_a_second_makes_nothing_new(qtbot, parent,
                                                                           b) -> None:
    runner = TaskRunner()
    try:
        dialog = FeeBillRunDialog(b.fees, runner, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.ui.make_button, Qt.MouseButton.LeftButton)
        assert not dialog.ui.make_button.isEnabled()  # running
        qtbot.waitUntil(lambda: dialog.run is not None, timeout=15000)
        first = dialog.run
        assert len(first.made) == 5 and dialog.ui.make_button.isEnabled()
        dialog.run = None
        qtbot.mouseClick(dialog.ui.make_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.run is not None, timeout=15000)
        assert dialog.run.made == () and dialog.run.already_billed == 5
        assert "no new charge to make" in dialog.ui.result_label.text()
    finally:
        runner.shutdown()


# --- Meter readings ----------------------------------------------------------------------------

def readings_dialog(qtbot, parent: QWidget, staffed: Services, b: Building,
                    ) -> FeeReadingsDialog:
    dialog = FeeReadingsDialog(b.fees, approver(staffed), SyncTaskRunner(), parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.grid.editor() is not None)
    return dialog


def type_in(qtbot, dialog: FeeReadingsDialog, text: str) -> None:
    """Type into the cell being edited and press Enter."""
    editor = dialog.grid.editor()
    assert editor is not None
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, ENTER)


def test_readings_are_typed_row_by_row_and_a_lower_one_saved_as_a_rollover(
        qtbot, parent, staffed, b) -> None:
    dialog = readings_dialog(qtbot, parent, staffed, b)
    grid, table = dialog.grid, dialog.ui.readings_table
    assert [number(r.unit_label) for r in grid.rows()] == ["1203", "1204", "1205"]
    assert dialog.item().id == b.water.id and dialog.period() == "2026-11"
    assert (table.currentRow(), table.currentColumn()) == (0, CURRENT)
    qtbot.keyClicks(grid.editor(), "130.5")
    assert (grid.text(0, USAGE), grid.text(0, AMOUNT)) == ("30.50", "¥128.10")  # live
    qtbot.keyClick(grid.editor(), ENTER)
    assert grid.row(0).this_period is not None and grid.text(0, STATE) == "Saved"
    assert (table.currentRow(), table.currentColumn()) == (1, CURRENT)

    type_in(qtbot, dialog, "12")  # lower than 9990.00: refused in its row
    assert grid.row(1).this_period is None
    assert grid.message(1).startswith("Lower than the previous reading (9990.00).")
    assert grid.text(1, STATE) == grid.message(1)
    assert dialog.ui.row_message_label.text().startswith("1204 业主1204: Lower than")
    assert (table.currentRow(), grid.text(1, CURRENT)) == (1, "12")  # kept, to mark it

    shown: dict[str, object] = {}

    def rollover(mark: QDialog) -> None:
        assert isinstance(mark, FeeReadingDialog)
        shown["kind"], shown["dial"] = mark.kind(), mark.ui.rollover_edit.text()
        shown["usage"] = mark.ui.usage_label.text()
        qtbot.keyClick(mark.ui.current_edit, ENTER)

    seen = answer(qtbot, FeeReadingDialog, rollover)
    qtbot.mouseClick(dialog.ui.mark_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert (shown["kind"], shown["dial"]) == (ReadingKind.ROLLOVER, "10000.00")
    assert "Usage <b>22.00</b> · <b>¥92.40</b>" in str(shown["usage"])
    saved = grid.row(1).this_period
    assert (saved.kind, saved.rollover_at, saved.usage) == (ReadingKind.ROLLOVER, 1000000, 2200)
    assert grid.text(1, STATE) == "Saved · Meter rolled over" and not grid.message(1)

    # 1205's meter is read for the first time: where it started, Enter, the reading, Enter.
    assert (table.currentRow(), table.currentColumn()) == (2, LAST)
    type_in(qtbot, dialog, "0")
    assert table.currentColumn() == CURRENT
    type_in(qtbot, dialog, "7.5")
    assert grid.row(2).this_period.usage == 750
    assert dialog.ui.summary_label.text() == \
        "Read: 3 of 3 · usage 60.00 · ¥252.00 at the current price"
    history = b.fees.meter_history(b.units["1204"], b.water.id)
    assert [(r.period, r.current) for r in history] == [("2026-11", 1200), ("2026-10", 999000)]


def test_a_billed_reading_is_corrected_with_the_reason_under_approval(qtbot, parent, staffed,
                                                                       b) -> None:
    first = b.fees.enter_reading(ReadingInput(b.units["1203"], b.water.id, "2026-11",
                                              dt.date(2026, 11, 18), "130.5"))
    charge = next(c for c in b.fees.generate_bills("2026-11").made if c.item_name == "水费")
    dialog = readings_dialog(qtbot, parent, staffed, b)
    dialog.ui.readings_table.setCurrentCell(0, CURRENT)
    shown: dict[str, object] = {}

    def correct(fix: QDialog) -> None:
        assert isinstance(fix, FeeReadingDialog)
        shown["intro"] = fix.ui.intro_label.text()
        fix.ui.current_edit.setText("131")
        fix.ui.reason_edit.setText("抄表看错一位")
        shown["approvals"] = approve_as_supervisor(qtbot)
        qtbot.keyClick(fix.ui.reason_edit, ENTER)

    seen = answer(qtbot, FeeReadingDialog, correct)
    qtbot.mouseClick(dialog.ui.correct_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and len(shown["approvals"]) == 1  # type: ignore[arg-type]
    assert "This reading is billed" in str(shown["intro"])
    corrected = dialog.grid.row(0).this_period
    assert (corrected.current, corrected.corrects_id, corrected.billed) == (13100, first.id,
                                                                            True)
    assert b.fees.charge(charge.id).voided
    assert b.fees.charge(corrected.charge_id).amount_fen == 13020  # 31.00 × ¥4.20
    assert dialog.grid.text(0, STATE) == "Billed"


def sheet(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["房号", "收费项目", "月份", "抄表日期", "本期读数", "上期读数"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_an_import_is_shown_first_writes_nothing_then_imports(qtbot, parent, staffed, b,
                                                              tmp_path, monkeypatch) -> None:
    path = sheet(tmp_path / "抄表.xlsx", [
        ["1203", "水费", "2026-11", "2026-11-18", "130.5", None],  # row 2: new
        ["1204", "水费", "2026-11", "2026-11-18", "12", None],  # row 3: lower, refused
        ["9999", "水费", "2026-11", "2026-11-18", "10", "0"],  # row 4: no such unit
        ["1205", "水费", "2026-11", "2026-11-18", "7.5", "0"],  # row 5: new, the first
    ])
    dialog = readings_dialog(qtbot, parent, staffed, b)
    monkeypatch.setattr(dialog, "_ask_import_path", lambda: str(path))
    shown: dict[str, object] = {}

    def look_then_cancel(preview: QDialog) -> None:
        assert isinstance(preview, FeeImportPreviewDialog)
        shown["outcomes"] = preview.shown_outcomes()
        shown["summary"] = preview.ui.summary_label.text()
        shown["button"] = preview.import_button().text()
        qtbot.keyClick(preview.ui.lines_table, Qt.Key.Key_Escape)

    seen = answer(qtbot, FeeImportPreviewDialog, look_then_cancel)
    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    outcomes = shown["outcomes"]
    assert outcomes[0] == outcomes[3] == "New reading"  # type: ignore[index]
    assert outcomes[1].startswith("Refused: Lower than the previous reading (9990.00)")  # type: ignore[index]
    assert outcomes[2] == "Refused: Unit 9999 is not in the directory."  # type: ignore[index]
    assert "Would import <b>2</b> reading(s)" in str(shown["summary"])
    assert "Refused: <b>2</b>" in str(shown["summary"])
    assert shown["button"] == "&Import 2 reading(s)"
    assert all(r.this_period is None for r in dialog.grid.rows())  # nothing written
    assert b.fees.meter_history(b.units["1203"], b.water.id)[0].period == "2026-10"

    seen = answer(qtbot, FeeImportPreviewDialog,
                  lambda preview: qtbot.keyClick(preview.ui.lines_table, ENTER))
    with qtbot.waitSignal(dialog.readings_changed):
        qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    read = {number(r.unit_label): r.this_period for r in dialog.grid.rows()}
    assert read["1203"].current == 13050 and read["1203"].source == "imported"
    assert read["1205"].usage == 750 and read["1204"] is None
    assert dialog.ui.summary_label.text().startswith(
        "Imported 2 reading(s), ¥159.60 at the current prices. 2 row(s) left out.")


# --- Waivers and voided charges -------------------------------------------------------------

def test_a_waiver_is_approved_in_place(qtbot, parent, staffed, b) -> None:
    run = b.fees.generate_bills("2026-11")
    charge = next(c for c in run.made if number(c.unit_label) == "1204"
                  and c.item_name == "物业管理费")
    dialog = FeeWaiveDialog(b.fees, approver(staffed), charge, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.amount_edit.text() == "282.00"  # all that is owed, to start with
    ui.amount_edit.clear()
    qtbot.keyClicks(ui.amount_edit, "500")
    ui.reason_edit.setText("电梯停运两周")
    qtbot.keyClick(ui.reason_edit, ENTER)  # more than is owed: said before any approval
    assert dialog.errors.message("amount_fen") == "At most what is still owed: ¥282.00."
    ui.amount_edit.clear()
    qtbot.keyClicks(ui.amount_edit, "50")
    seen = approve_as_supervisor(qtbot)
    qtbot.keyClick(ui.amount_edit, ENTER)
    assert len(seen) == 1 and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved.waived_fen == 5000 and dialog.saved.outstanding_fen == 23200
    [waiver] = b.fees.waivers(charge.id)
    assert (waiver.amount_fen, waiver.reason, waiver.approved_by, waiver.created_by) == (
        5000, "电梯停运两周", SUPERVISOR, "王芳")


def test_a_paid_charge_is_not_voided_and_an_unpaid_one_is_under_approval(
        qtbot, parent, staffed, b) -> None:
    run = b.fees.generate_bills("2026-11")
    mine = [c for c in run.made if number(c.unit_label) == "1204"]
    management = next(c for c in mine if c.item_name == "物业管理费")
    staffed.operator.hand_over("李收银", Role.CASHIER)
    b.fees.pay(PaymentInput(b.units["1204"], (PaymentPart(Method.CASH, 5000),),
                            charge_ids=(management.id,)))
    staffed.accounts.log_in("王芳", "1234")
    paid = b.fees.charge(management.id)
    refused = FeeVoidChargeDialog(b.fees, approver(staffed), paid, parent)
    qtbot.addWidget(refused)
    refused.show()
    assert refused.ui.form_error.text() == ("¥50.00 has been paid on this charge: void its "
                                            "receipts first (the receipt's detail), then "
                                            "void the charge.")
    assert not refused.void_button().isEnabled()
    qtbot.keyClick(refused.ui.reason_edit, ENTER)
    assert b.fees.charge(paid.id).voided is False

    rubbish = next(c for c in mine if c.item_name == "垃圾清运费")
    dialog = FeeVoidChargeDialog(b.fees, approver(staffed), rubbish, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.ui.reason_edit, ENTER)  # no reason: said by the field
    assert dialog.errors.message("reason") == "Say why the charge is voided."
    dialog.ui.reason_edit.setText("空置房，不应收取")
    seen = approve_as_supervisor(qtbot)
    qtbot.keyClick(dialog.ui.reason_edit, ENTER)
    assert len(seen) == 1 and dialog.saved.voided
    assert b.fees.charge(rubbish.id).outstanding_fen == 0
