"""A counter's day through the real window, the way a receptionist does it, with keys.

刘婷 logs in for the day shift and reads the note 王芳 left from the night before. She
checks Today, then serves in every workspace: a visitor checked in, a call with a message
taken, a request received, a set of keys lent, a payment taken with its receipt, a parcel
signed for. After each, Today's counts follow the work. Ctrl+K finds the visitor by the
pinyin initials of her name. At the end of her shift she hands over (Ctrl+Shift+H; the
keys, the message and the parcel are offered as items) and closes the day
(Ctrl+Shift+E). The day's workbook is read back, and the day's receipt can no longer be
voided.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import Session, select

from deskapp import translations
from deskapp.bootstrap import Services
from deskapp.db.day_models import DayClosing
from deskapp.domain.day_closing.open_items import OpenGroup
from deskapp.domain.directory import UnitRow
from deskapp.domain.errors import DomainError
from deskapp.domain.handover.records import ItemInput, NoteInput
from deskapp.domain.keys.records import KeyKind, KeySetInput
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.roles import Role
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDialog
from deskapp.ui.access.login import LoginDialog
from deskapp.ui.app import log_in_at_start
from deskapp.ui.close_day_dialog import CASHIERS, DONE, CloseDayDialog
from deskapp.ui.handover.read_dialog import HandoverReadDialog
from deskapp.ui.handover.write_dialog import HandoverWriteDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.search_everything import SearchEverythingDialog
from deskapp.ui.tasks import SyncTaskRunner
from deskapp.ui.workspaces.fees.handover_dialog import FeeHandoverDialog
from deskapp.ui.workspaces.fees.pay_dialog import FeePayDialog
from deskapp.ui.workspaces.fees.receipt_detail_dialog import FeeReceiptDialog
from deskapp.ui.workspaces.keys.issue_dialog import KeyIssueDialog
from deskapp.ui.workspaces.services.parcel_intake_dialog import ParcelIntakeDialog
from deskapp.ui.workspaces.today.tab import TodayTab
from deskapp.usecases.day_export import sheets
from fee_data import charge, item
from helpers import answer_modal, commit_text

# Every write of the day goes through the database's own rules: on both.
pytestmark = pytest.mark.both_backends

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
RECEPTIONIST, NIGHT_SHIFT, SUPERVISOR = "刘婷", "王芳", "李建国"
VISITOR = "周晓明"  # pinyin initials: zxm
ID_NUMBER = "11010519491231002X"  # GB 11643's own example
WAYBILL = "SF1234567890123"


@pytest.fixture
def counter(services: Services, now, tmp_path: Path, monkeypatch) -> Services:
    """The counter before the day starts: its staff, its directory, a key set on its hook,
    a fee owed by 1203, and the note the night shift left."""
    services.settings.save(replace(services.settings.load(), org_name="星河国际大厦物业服务中心",
                                   welcomed=True, language="en",
                                   day_folder=str(tmp_path / "日结")))
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pin", "admin-pin")
    accounts.add(SUPERVISOR, Role.SUPERVISOR, "9876", "9876")
    accounts.add(NIGHT_SHIFT, Role.RECEPTIONIST, "1111", "1111")
    accounts.add(RECEPTIONIST, Role.RECEPTIONIST, "2222", "2222")
    unit_id = services.directory.save_unit(UnitRow(None, "1203", "李四", "华为技术有限公司",
                                                   "13900139000")).id
    services.keys.register(KeySetInput("1203", KeyKind.VACANT, 2, "A-01", tag="K0001"))
    charge(services, unit_id, item(services), 11, 21000)  # November's management fee
    accounts.log_in(NIGHT_SHIFT, "1111")
    services.handover.write(NoteInput("Night", "The lift in block B was fixed at 06:00",
                                      [ItemInput("Ring 1505 about the water meter")]))
    services.operator.hand_over("")  # the night shift went home
    now.advance(minutes=30)
    translations.install("en")
    monkeypatch.setattr(messages, "ask", lambda *_a, **_k: True)
    monkeypatch.setattr(messages, "warn", lambda *a, **_k: pytest.fail(f"warned: {a[1:]}"))
    return services


def log_in_and_open(qtbot, services: Services) -> MainWindow:
    """As deskapp starts: the log-in, the window, then the last shift's note read first."""
    def log_in(dialog: LoginDialog) -> None:
        dialog.ui.name_edit.setText(RECEPTIONIST)  # Chinese comes from the input method
        qtbot.keyClicks(dialog.ui.secret_edit, "2222")
        qtbot.keyClick(dialog.ui.secret_edit, Qt.Key.Key_Return)

    answer_modal(qtbot, LoginDialog, log_in)
    assert log_in_at_start(services)
    assert (services.operator.name, services.operator.role) == (RECEPTIONIST, Role.RECEPTIONIST)
    window = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    read: list[str] = []

    def acknowledge(dialog: HandoverReadDialog) -> None:
        read.append(dialog.ui.notes_view.toPlainText())
        qtbot.keyClick(dialog.ui.read_button, Qt.Key.Key_Return)

    answer_modal(qtbot, HandoverReadDialog, acknowledge)
    window.access.read_handover()
    assert "The lift in block B was fixed" in read[0] and "Ring 1505" in read[0]
    back_to(qtbot, window)
    return window


# --- The receptionist's moves -------------------------------------------------------------

def back_to(qtbot, window: MainWindow) -> None:
    """Keys go to the window again once a dialog or a preview has closed."""
    if QApplication.activeWindow() is not window:
        with qtbot.waitActive(window):
            window.activateWindow()


def press(qtbot, window: MainWindow, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the cursor is in the window."""
    back_to(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def close_new_preview(qtbot, window: MainWindow, before: object) -> None:
    """The pass, slip or receipt went to the preview (no printer is set): closed."""
    qtbot.waitUntil(lambda: window.last_preview is not before)
    window.last_preview.close()  # type: ignore[union-attr]
    back_to(qtbot, window)


def type_into(qtbot, box: QWidget, text: str) -> None:
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, text)


def show_today(qtbot, window: MainWindow) -> TodayTab:
    """Ctrl+0: Today, which reads what changed once it is in sight."""
    press(qtbot, window, Qt.Key.Key_0, CTRL)
    today = window.workspace("today")
    assert window.current() is today
    return today


def count_of(today: TodayTab, key: str) -> int | None:
    tile = today.grid.tile(key)
    return None if tile is None or tile.group is None else tile.group.count


def today_follows(qtbot, window: MainWindow, key: str, expected: int) -> None:
    """Ctrl+0, and the tile comes to say ``expected`` once the save announced is read."""
    today = show_today(qtbot, window)
    qtbot.waitUntil(lambda: count_of(today, key) == expected)


def check_in_visitor(qtbot, window: MainWindow) -> None:
    before = window.last_preview
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    tab = window.workspace("visitors")
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    ui = tab.form.ui
    qtbot.waitUntil(ui.name_edit.hasFocus)
    commit_text(ui.name_edit, VISITOR)
    type_into(qtbot, ui.phone_edit, "13800138000")
    type_into(qtbot, ui.id_number_edit, ID_NUMBER)
    type_into(qtbot, ui.host_edit, "1203")
    qtbot.keyClick(ui.host_edit, Qt.Key.Key_Return)  # the directory's best match
    assert ui.host_edit.text() == "1203 李四 (华为技术有限公司)"
    qtbot.keyClick(ui.host_edit, Qt.Key.Key_Return)  # checked in
    close_new_preview(qtbot, window, before)


def take_a_message(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F2)  # the phone rings: the call form, wherever she is
    tab = window.workspace("calls")
    ui = tab.form.ui
    assert window.current() is tab and ui.caller_edit.hasFocus()
    commit_text(ui.caller_edit, "陈先生")
    type_into(qtbot, ui.phone_edit, "13800138000")
    type_into(qtbot, ui.about_edit, "1203")
    commit_text(ui.subject_edit, "找李四")
    commit_text(ui.message_for_edit, "1203 李四")
    commit_text(ui.message_edit, "请回电")
    qtbot.keyClick(ui.message_edit, Qt.Key.Key_Return)


def receive_a_request(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    tab = window.workspace("requests")
    assert window.current() is tab
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    ui = tab.form.ui
    commit_text(ui.complainant_edit, "李四")
    type_into(qtbot, ui.phone_edit, "13900139000")
    commit_text(ui.content_edit, "楼道灯坏了")
    qtbot.keyClick(ui.content_edit, Qt.Key.Key_Return, CTRL)


def lend_the_keys(qtbot, window: MainWindow) -> None:
    def borrower(dialog: KeyIssueDialog) -> None:
        ui = dialog.ui
        ui.borrower_name_edit.setText("张三")
        ui.phone_edit.setText("13712345678")
        ui.id_number_edit.setText(ID_NUMBER)
        ui.company_edit.setText("链家地产")
        ui.authorised_by_edit.setText("招商部")
        qtbot.keyClick(ui.borrower_name_edit, Qt.Key.Key_Return)

    before = window.last_preview
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    tab = window.workspace("keys")
    assert window.current() is tab
    answer_modal(qtbot, KeyIssueDialog, borrower)
    type_into(qtbot, tab.ui.tag_edit, "K0001")  # the tag scanned
    qtbot.keyClick(tab.ui.tag_edit, Qt.Key.Key_Return)
    close_new_preview(qtbot, window, before)


def take_a_payment(qtbot, window: MainWindow) -> None:
    """1203 pays November in cash; a receptionist takes money with the supervisor's
    approval, given in place with his own password."""
    def approve(dialog: ApprovalDialog) -> None:
        dialog.ui.name_edit.setText(SUPERVISOR)
        qtbot.keyClicks(dialog.ui.secret_edit, "9876")
        qtbot.keyClick(dialog.ui.secret_edit, Qt.Key.Key_Return)

    def pay(dialog: FeePayDialog) -> None:
        answer_modal(qtbot, ApprovalDialog, approve)
        qtbot.keyClicks(dialog.ui.tendered_edit, "210")
        qtbot.keyClick(dialog.ui.tendered_edit, Qt.Key.Key_Return)

    before = window.last_preview
    press(qtbot, window, Qt.Key.Key_5, CTRL)
    tab = window.workspace("fees")
    assert window.current() is tab
    answer_modal(qtbot, FeePayDialog, pay)
    type_into(qtbot, tab.ui.unit_edit, "1203")
    qtbot.keyClick(tab.ui.unit_edit, Qt.Key.Key_Return)
    close_new_preview(qtbot, window, before)


def sign_for_a_parcel(qtbot, window: MainWindow) -> None:
    def sign_for(dialog: ParcelIntakeDialog) -> None:
        dialog.ui.recipient_edit.setText("1203")
        dialog.ui.shelf_edit.setText("A-3")
        qtbot.keyClick(dialog.ui.recipient_edit, Qt.Key.Key_Return)  # on to the waybill
        qtbot.keyClick(dialog.ui.waybill_edit, Qt.Key.Key_Return)  # the scanner's Enter
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # no more parcels

    press(qtbot, window, Qt.Key.Key_6, CTRL)
    assert window.current() is window.workspace("services")
    page = window.workspace("services").show_page("parcels")  # type: ignore[attr-defined]
    seen = answer_modal(qtbot, ParcelIntakeDialog, sign_for)
    type_into(qtbot, page.ui.scan_edit, WAYBILL)
    qtbot.keyClick(page.ui.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    back_to(qtbot, window)


# --- The day --------------------------------------------------------------------------------

def test_a_day_at_the_counter(qtbot, counter: Services, now) -> None:  # type: ignore[no-untyped-def]
    services = counter
    window = log_in_and_open(qtbot, services)
    day = services.clock.today()

    # Today at the start: the night's note read (its tile empties), nothing else waiting.
    today_follows(qtbot, window, "handover_notes", 0)
    today = show_today(qtbot, window)
    start = {key: count_of(today, key) for key in (
        "on_site", "expected", "messages", "requests_due", "keys_out", "takings", "parcels")}
    assert start == dict.fromkeys(start, 0)
    assert services.handover.unacknowledged(RECEPTIONIST) == []

    # Serving, and Today following the work.
    now.advance(minutes=10)
    check_in_visitor(qtbot, window)
    today_follows(qtbot, window, "on_site", 1)
    now.advance(minutes=10)
    take_a_message(qtbot, window)
    today_follows(qtbot, window, "messages", 1)
    now.advance(minutes=10)
    receive_a_request(qtbot, window)
    qtbot.waitUntil(lambda: services.requests.has_requests())
    requests = window.workspace("requests").model
    assert requests.rowCount() == 1
    request = requests.row(0)
    assert request.due_at.date() > day  # a general request has days: not due today
    today_follows(qtbot, window, "requests_due", 0)
    now.advance(minutes=10)
    lend_the_keys(qtbot, window)
    today_follows(qtbot, window, "keys_out", 1)
    now.advance(minutes=10)
    take_a_payment(qtbot, window)
    today_follows(qtbot, window, "takings", 1)
    takings = today.grid.tile("takings").group
    assert takings.figure == "¥210.00"
    assert [(e.text, e.aside) for e in takings.entries] == [("Cash (1)", "¥210.00")]
    now.advance(minutes=10)
    sign_for_a_parcel(qtbot, window)
    today_follows(qtbot, window, "parcels", 1)

    # Ctrl+K: the visitor by the initials of her name; Enter opens her visit in its tab.
    press(qtbot, window, Qt.Key.Key_K, CTRL)
    [box] = [b for b in window.findChildren(SearchEverythingDialog) if b.isVisible()]
    qtbot.keyClicks(box.ui.search_edit, "zxm")
    qtbot.waitUntil(lambda: box.shown_text == "zxm")
    hits = box.ui.results_list
    assert any(VISITOR in hits.item(row).text() for row in range(hits.count()))
    qtbot.keyClick(box.ui.search_edit, Qt.Key.Key_Return)  # the first hit
    visitors = window.workspace("visitors")
    assert not box.isVisible() and window.current() is visitors
    assert visitors.history.selected_row().name == VISITOR

    # The evening: the keys lent for two hours are overdue; the open work is offered
    # as the handover's items.
    now.advance(hours=6)
    offered: list[str] = []

    def hand_over(dialog: HandoverWriteDialog) -> None:
        ui = dialog.ui
        offered.extend(ui.offered_list.item(i).text() for i in range(ui.offered_list.count()))
        qtbot.keyClicks(ui.shift_edit, "Day")
        qtbot.keyClick(ui.shift_edit, Qt.Key.Key_Return)
        commit_text(ui.text_edit, "周晓明还在1203")
        qtbot.keyClick(ui.text_edit, Qt.Key.Key_Return, CTRL)

    answer_modal(qtbot, HandoverWriteDialog, hand_over)
    press(qtbot, window, Qt.Key.Key_H, CTRL | SHIFT)
    assert len(offered) == 3 and offered[0].startswith("Keys overdue: K0001")
    assert offered[1].startswith("Message not yet passed on, for 1203 李四")
    assert offered[2].startswith("Parcel PK2026-000001")
    note = services.handover.search()[0]
    assert note.written_by == RECEPTIONIST
    assert [i.record_kind for i in note.items] == [RecordKind.KEY_LOAN, RecordKind.CALL,
                                                   RecordKind.PARCEL]

    # Close the day: each open group confirmed, her drawer counted, then the close runs.
    back_to(qtbot, window)
    press(qtbot, window, Qt.Key.Key_E, CTRL | SHIFT)
    dialog = window.findChild(CloseDayDialog)
    assert dialog is not None
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    for _group in list(dialog.checks):  # Space ticks, Tab goes on to the next group
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert list(dialog.checks) == [OpenGroup.ON_SITE, OpenGroup.KEYS_OUT, OpenGroup.MESSAGES,
                                   OpenGroup.PARCELS, OpenGroup.CASHIERS]  # no request due
    assert dialog.all_confirmed()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == CASHIERS

    def count_the_drawer(handover: FeeHandoverDialog) -> None:
        qtbot.keyClicks(handover.ui.counted_edit, "210")
        handover.ui.received_by_edit.setText("财务 刘会计")
        qtbot.keyClick(handover.ui.received_by_edit, Qt.Key.Key_Return)

    answer_modal(qtbot, FeeHandoverDialog, count_the_drawer)
    assert dialog.focusWidget() is dialog.cashiers.buttons[RECEPTIONIST]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.fees.handover_summary(day, RECEPTIONIST).handed_over)
    qtbot.waitUntil(lambda: window.last_preview is not None and window.last_preview.isVisible())
    window.last_preview.close()  # the cash handover sheet  # type: ignore[union-attr]
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # the task runs at once here
    assert dialog.pages.currentIndex() == DONE
    closed = dialog.result_closed
    assert closed is not None
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The workbook read back: the Summary first, then every workspace's sheet, values only.
    book = load_workbook(closed.workbook)
    assert book.sheetnames == [source.build(services, day, None).title for source in sheets()]
    assert book.sheetnames[0] == "Summary"
    figures = {row[0]: row[1:] for row in book["Summary"].iter_rows(min_row=5, values_only=True)
               if row[0]}
    assert figures["Visits"][0] == 1 and figures["Calls"][0] == 1
    assert figures["Requests received"][0] == 1 and figures["Keys lent"][0] == 1
    assert figures["Takings: Cash"][:2] == (1, 210) and figures["Parcels received"][0] == 1
    assert figures["Open: Visitors still on site"][0] == 1
    assert VISITOR in figures["Open: Visitors still on site"][2]
    assert figures["Open: Keys not returned"][0] == 1
    assert figures["Open: Messages not yet passed on"][0] == 1
    assert figures["Open: Parcels waiting to be collected"][0] == 1
    assert figures["Open: Requests due or overdue"][0] == 0
    assert figures["Open: Cashiers not yet handed over"][0] == 0  # counted before the close
    for sheet in book.worksheets:
        formulas = [cell.coordinate for row in sheet.iter_rows() for cell in row
                    if cell.data_type == "f" or str(cell.value or "").startswith("=")]
        assert formulas == [], sheet.title
    assert any(VISITOR in str(cell) for row in book["Visitors"].iter_rows(values_only=True)
               for cell in row)

    # The day is recorded closed. Its receipt can no longer be voided: its page offers no
    # void (the drawer was handed over), and a supervisor's void is refused (the day is).
    with Session(services.engine) as session:
        [closing] = session.exec(select(DayClosing)).all()
    assert closing.day == day and closing.closed_by == RECEPTIONIST
    assert closing.workbook == str(closed.workbook)
    void_offered: list[bool] = []

    def look_at_receipt(page: FeeReceiptDialog) -> None:
        void_offered.append(page.ui.void_button.isEnabled())
        qtbot.keyClick(page, Qt.Key.Key_Escape)

    press(qtbot, window, Qt.Key.Key_5, CTRL)
    receipts = window.workspace("fees").history.ui.table
    receipts.setFocus()
    receipts.selectRow(0)
    answer_modal(qtbot, FeeReceiptDialog, look_at_receipt)
    qtbot.keyClick(receipts, Qt.Key.Key_Return)
    assert void_offered == [False]
    services.operator.hand_over(SUPERVISOR, Role.SUPERVISOR)
    [receipt] = services.fees.receipts_on(day)
    with pytest.raises(DomainError, match="closed"):
        services.fees.void_receipt(receipt.id, "金额输错")
