"""Every Alt key is unique in what a window shows at once, its menu bar included.

A clash sends Alt+H to Help instead of the host field and loses what was typed, so this
walks every window and dialog, every tab and page of them, in both languages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from deskapp import translations
from deskapp.bootstrap import Services
from deskapp.domain.calls.records import CallInput
from deskapp.domain.roles import Role
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt key of a label ("Caller &name" → n), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def alt_keys(top: QWidget) -> dict[str, list[str]]:
    """Alt key → what offers it, over what ``top`` shows now."""
    keys: dict[str, list[str]] = {}

    def add(text: str, owner: QWidget) -> None:
        key = mnemonic(text)
        if key:
            keys.setdefault(key, []).append(f"{owner.objectName() or type(owner).__name__}"
                                            f" {text!r}")

    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.isVisible():
                add(action.text(), top.menuBar())
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), widget)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), widget)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), widget)
    return keys


def clashes(top: QWidget) -> dict[str, list[str]]:
    return {key: owners for key, owners in alt_keys(top).items() if len(owners) > 1}


def every_page(top: QWidget) -> Iterator[str]:
    """Show each page of each tab widget and stack in turn (one level deep is enough)."""
    yield "first page"
    for pages in top.findChildren(QTabWidget) + top.findChildren(QStackedWidget):
        if not pages.isVisibleTo(top):
            continue
        for index in range(pages.count()):
            pages.setCurrentIndex(index)
            yield f"{pages.objectName()} page {index}"


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    translations.install(request.param)
    yield request.param
    translations.install("en")


@pytest.fixture
def window(qtbot, services: Services, language: str) -> MainWindow:
    services.settings.save(replace(services.settings.load(), org_name="星河物业", welcomed=True,
                                   language=language))
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def test_the_main_window_on_every_tab(qtbot, window: MainWindow) -> None:
    for index in range(window.ui.workspace_tabs.count()):
        window.switch_to(index)
        QApplication.processEvents()
        assert not clashes(window), (window.ui.workspace_tabs.tabText(index), clashes(window))


def test_a_search_offers_all_dates_on_a_key_of_its_own(qtbot, window: MainWindow) -> None:
    for index in range(window.ui.workspace_tabs.count()):
        window.switch_to(index)
        history = getattr(window.ui.workspace_tabs.currentWidget(), "history", None)
        if history is None:
            continue
        history.ui.search_edit.setText("张")
        QApplication.processEvents()
        assert history.ui.all_dates_button.isVisibleTo(window)
        assert not clashes(window), (window.ui.workspace_tabs.tabText(index), clashes(window))


def handover_dialogs(window: MainWindow, services: Services) -> Iterator[QWidget]:
    from deskapp.domain.handover.records import ItemInput, NoteInput
    from deskapp.ui.handover.notes_dialog import HandoverNotesDialog
    from deskapp.ui.handover.read_dialog import HandoverReadDialog
    from deskapp.ui.handover.write_dialog import HandoverWriteDialog

    note = services.handover.write(NoteInput("早班", "交接", [ItemInput("回电")]))
    yield HandoverWriteDialog(services, window.events, window)
    yield HandoverNotesDialog(services, window.events, window)
    yield HandoverReadDialog(services, [note], window)


def dialogs(window: MainWindow, services: Services) -> Iterator[QWidget]:
    from deskapp.domain.roles import Action
    from deskapp.ui.access.approval import ApprovalDialog
    from deskapp.ui.access.first_administrator import FirstAdministratorDialog
    from deskapp.ui.access.login import LoginDialog, LoginMode
    from deskapp.ui.dialogs.audit_dialog import AuditDialog
    from deskapp.ui.dialogs.counter_name_dialog import CounterNameDialog
    from deskapp.ui.dialogs.data_location_dialog import DataLocationDialog
    from deskapp.ui.dialogs.directory_dialog import DirectoryDialog
    from deskapp.ui.dialogs.operators_dialog import (
        AddOperatorDialog,
        OperatorRoleDialog,
        OperatorsDialog,
        ResetPasswordDialog,
    )
    from deskapp.ui.dialogs.password_dialog import ChangePasswordDialog
    from deskapp.ui.dialogs.settings_dialog import SettingsDialog
    from deskapp.ui.dialogs.welcome_dialog import WelcomeDialog
    from deskapp.ui.workspaces.calls.phone_book_dialog import PhoneBookDialog
    from deskapp.ui.workspaces.calls.small_dialogs import CallbackDoneDialog, DeliverMessageDialog
    from deskapp.ui.workspaces.visitors.alert_log_dialog import AlertLogDialog
    from deskapp.ui.workspaces.visitors.expected_dialog import ExpectedVisitorDialog
    from deskapp.ui.workspaces.visitors.host_response_dialog import HostResponseDialog
    from deskapp.ui.workspaces.visitors.screening.dialog import ScreeningDialog

    visit = services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    call = services.calls.log_call(CallInput(subject="请回电", message_for="李四", message="回电",
                                             callback_due=services.clock.now()
                                             + dt.timedelta(hours=1)))
    yield SettingsDialog(services.settings, window)
    yield DirectoryDialog(services.directory, window)
    yield WelcomeDialog(window)
    yield DataLocationDialog(services.location, services.location.file, SyncTaskRunner(), window)
    yield CounterNameDialog(services.settings.name_counter, ["Lobby"], window)
    yield ScreeningDialog(services.screening, services.directory, services.clock, window,
                          print_document=window.print_document)
    yield AlertLogDialog(services.screening, services.clock, window)
    yield HostResponseDialog(services.visitors, visit, window)
    from deskapp.ui.access.approval import Approver
    from deskapp.ui.workspaces.visitors.correction_dialog import VisitCorrectionDialog
    from deskapp.ui.workspaces.visitors.party_dialog import PartyDialog

    yield PartyDialog("王师傅", window)
    services.visitors.correct(visit.id, {"name": "张山"}, "typo")  # the history shows
    yield VisitCorrectionDialog(services.visitors, services.directory,
                                Approver(services.accounts, services.operator),
                                services.visitors.visit(visit.id), window)
    yield ExpectedVisitorDialog(services.expected, services.directory, window)
    yield PhoneBookDialog(services.phone_book, window)
    yield DeliverMessageDialog(services.calls, call.messages[0], window)
    yield CallbackDoneDialog(services.calls, call, window)
    yield from request_dialogs(window, services)
    yield from key_dialogs(window, services)
    yield from fee_dialogs(window, services)
    yield from fee_admin_dialogs(window, services)
    yield from parcel_dialogs(window, services)
    services.accounts.create_first_administrator("管理员", "admin-pass", "admin-pass")
    services.accounts.log_in("管理员", "admin-pass")
    fang = services.accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    operators = OperatorsDialog(services.accounts, window, clock=services.clock)
    yield operators
    services.accounts.set_active(fang.id, False)
    operators.reload(select=fang.id)  # Disable becomes Enable: its own Alt key
    assert not operators.selected().active
    yield operators
    yield AddOperatorDialog(services.accounts, window)
    yield OperatorRoleDialog(services.accounts, fang, window)
    yield ResetPasswordDialog(services.accounts, fang, window)
    yield ChangePasswordDialog(services.accounts, window)
    yield AuditDialog(services, SyncTaskRunner(), window)
    yield FirstAdministratorDialog(services.accounts, window)
    yield LoginDialog(services.accounts, names=["王芳"], hint="hint", parent=window)
    yield LoginDialog(services.accounts, LoginMode.LOCKED, locked_by="王芳", parent=window)
    yield ApprovalDialog(services.accounts, Action.VOID_RECORD, approvers=["李建国"],
                         parent=window)
    from deskapp.ui.workspaces.requests.calendar_dialog import WorkingCalendarDialog
    from deskapp.ui.workspaces.requests.deadlines_dialog import RequestDeadlinesDialog

    yield WorkingCalendarDialog(services.calendar, services.clock.today(), parent=window)
    yield RequestDeadlinesDialog(services.requests.deadlines, parent=window)
    yield from ledger_dialogs(window, services)
    yield from handover_dialogs(window, services)
    yield from lost_property_and_notice_dialogs(window, services)
    yield from release_pass_dialogs(window, services)
    yield from close_day_dialogs(window, services)


def close_day_dialogs(window: MainWindow, services: Services) -> Iterator[QWidget]:
    from deskapp.ui.close_day_dialog import CASHIERS, DONE, CloseDayDialog

    dialog = CloseDayDialog(services, SyncTaskRunner(), window)
    yield dialog  # the open groups
    dialog._show_page(CASHIERS)  # each cashier's "Count and hand over…"
    yield dialog
    dialog._show_page(DONE)
    yield dialog


def release_pass_dialogs(window: MainWindow, services: Services) -> Iterator[QWidget]:
    from deskapp.domain.directory import UnitRow
    from deskapp.domain.services.release_pass_records import GoodsLine, ReleasePassInput
    from deskapp.ui.access.approval import Approver
    from deskapp.ui.workspaces.services.release_pass_dialog import (
        ReleasePassDialog,
        ReleasePassVoidDialog,
    )

    approver = Approver(services.accounts, services.operator)
    unit = services.directory.save_unit(UnitRow(None, "3301", "钱七"))
    issued = services.release_passes.issue(ReleasePassInput(
        unit.id or 0, (GoodsLine("沙发"),), "刘师傅", "11010519491231002X", "钱七"))
    dialog = ReleasePassDialog(services.release_passes, services.directory, approver, window)
    dialog.ui.unit_edit.setText(unit.number)
    dialog.ui.unit_edit.setFocus()
    dialog.enter_action(dialog.ui.unit_edit)()  # the unit taken: its arrears shown
    yield dialog
    yield ReleasePassVoidDialog(services.release_passes, approver, issued, window)


def request_dialogs(window: MainWindow, services: Services) -> Iterator[QWidget]:
    from deskapp.domain.requests.records import RequestInput
    from deskapp.ui.workspaces.requests.detail_dialog import RequestDetailDialog
    from deskapp.ui.workspaces.requests.monthly_dialog import MonthlyRequestsDialog
    from deskapp.ui.workspaces.requests.review_dialog import RequestReviewDialog
    from deskapp.ui.workspaces.requests.revisit_dialog import RevisitDialog
    from deskapp.ui.workspaces.requests.step_dialog import RequestStepDialog, Step

    request = services.requests.register(RequestInput(content="漏水", complainant="张三"))
    from deskapp.ui.access.approval import Approver
    from deskapp.ui.workspaces.requests.reclassify_dialog import ReclassifyDialog

    for step in Step:
        yield RequestStepDialog(services.requests, request, step, [], window)
    yield ReclassifyDialog(services.requests, Approver(services.accounts, services.operator),
                           request, window)
    resolved = services.requests.resolve(request.id, "已修好")
    yield RevisitDialog(services.requests, resolved, "王芳", window)
    yield RequestDetailDialog(services.requests, request.id, window)
    yield RequestReviewDialog(services.requests, [], window)
    yield MonthlyRequestsDialog(services, SyncTaskRunner(), window)


def parcel_dialogs(window: MainWindow, services: Services) -> Iterator[QWidget]:
    from deskapp.domain.services.parcels.records import ParcelInput, Recipient
    from deskapp.ui.workspaces.services.parcel_intake_dialog import ParcelIntakeDialog
    from deskapp.ui.workspaces.services.parcel_notify_dialog import ParcelNotifyDialog
    from deskapp.ui.workspaces.services.parcel_pickup_dialog import ParcelPickupDialog
    from deskapp.ui.workspaces.services.parcel_return_dialog import ParcelReturnDialog

    parcels = services.parcels
    parcel = parcels.intake(Recipient("天虹商场", name="陈经理", phone="13712345678"),
                            ParcelInput("SF1234567890123"))
    intake = ParcelIntakeDialog(parcels, services.directory, parent=window)
    yield intake
    intake.ui.carrier_combo.setCurrentIndex(intake.ui.carrier_combo.count() - 1)  # Other
    intake.ui.damaged_check.setChecked(True)
    yield intake
    yield ParcelPickupDialog(parcels, parcel, window)
    yield ParcelNotifyDialog(parcels, parcel.recipient, window)
    yield ParcelReturnDialog(parcels, parcel, window)


def ledger_dialogs(window: MainWindow, services: Services) -> Iterator[QWidget]:
    from ledger_data import FeeBook

    from deskapp.domain.fees.ledger_records import DeliveryHow, DunningStage
    from deskapp.ui.workspaces.fees.contact_dialog import FeeContactDialog
    from deskapp.ui.workspaces.fees.delivery_dialog import FeeDeliveryDialog
    from deskapp.ui.workspaces.fees.dunning_dialog import FeeDunningDialog
    from deskapp.ui.workspaces.fees.ledger_dialog import FeeLedgerDialog

    book = FeeBook(services)
    unit = book.unit("2201", "周七")
    book.charge(unit, services.clock.today() - dt.timedelta(days=40), 22338)
    fees = services.fees
    notice = fees.issue_dunning(unit, DunningStage.FIRST)
    yield FeeLedgerDialog(fees, unit, window)  # every page, a notice chosen
    yield FeeContactDialog(fees, unit, parent=window)
    yield FeeDunningDialog(fees, unit, window)
    by_hand = FeeDeliveryDialog(fees, notice, window)
    yield by_hand  # who signed
    for how in (DeliveryHow.COURIER, DeliveryHow.POST):  # the waybill, the tracking number
        by_courier = FeeDeliveryDialog(fees, notice, window)
        by_courier.ui.how_combo.setCurrentIndex(by_courier.ui.how_combo.findData(how))
        yield by_courier


def key_dialogs(window: MainWindow, services: Services) -> Iterator[QWidget]:
    from deskapp.domain.keys.records import KeyKind
    from deskapp.ui.workspaces.keys.borrower_history_dialog import BorrowerHistoryDialog
    from deskapp.ui.workspaces.keys.incident_dialogs import (
        KeyHandoverDialog,
        KeyLostDialog,
        KeyReplacementDialog,
    )
    from deskapp.ui.workspaces.keys.key_detail_dialog import KeyDetailDialog
    from deskapp.ui.workspaces.keys.key_set_dialog import KeySetDialog
    from deskapp.ui.workspaces.keys.reason_dialog import KeyReasonDialog
    from deskapp.ui.workspaces.keys.stocktake_dialog import KeyStocktakeDialog
    from keys_data import entrusted_set, lend, vacant_set

    entrusted = entrusted_set(services, hook="K-1")
    vacant = vacant_set(services, hook="K-2")
    lend(services, vacant)
    new = KeySetDialog(services.keys, services.directory, parent=window)
    new.ui.kind_combo.setCurrentIndex(new.ui.kind_combo.findData(KeyKind.ENTRUSTED))
    yield new  # with the owner's deposit and list
    yield KeySetDialog(services.keys, services.directory, entrusted.id, window)  # on record
    yield KeyHandoverDialog(services.keys, entrusted.id, window)
    yield KeyLostDialog(services.keys, vacant.id, window)
    yield KeyReplacementDialog(services.keys, entrusted.id, window)
    yield KeyReasonDialog("Retire", "Why?", lambda _reason: None, window)
    yield KeyStocktakeDialog(services.keys, window)
    yield KeyDetailDialog(services.keys, services.directory, entrusted.id, window)
    yield KeyDetailDialog(services.keys, services.directory, vacant.id, window)
    yield BorrowerHistoryDialog(services.keys, "赵六", parent=window)


def fee_dialogs(window: MainWindow, services: Services) -> Iterator[QWidget]:
    from deskapp.domain.fees.deposits import DepositInput
    from deskapp.domain.fees.payments import PaymentInput
    from deskapp.domain.fees.receipts import PaymentPart
    from deskapp.domain.fees.records import Cycle, DepositKind, Method, Pricing
    from deskapp.domain.fees.sale_items import counter_items
    from deskapp.ui.access.approval import Approver
    from deskapp.ui.workspaces.fees.deposit_dialog import FeeDepositDialog
    from deskapp.ui.workspaces.fees.handover_dialog import FeeHandoverDialog
    from deskapp.ui.workspaces.fees.invoice_dialog import FeeInvoiceDialog
    from deskapp.ui.workspaces.fees.receipt_detail_dialog import FeeReceiptDialog
    from deskapp.ui.workspaces.fees.refund_dialog import FeeRefundDialog
    from deskapp.ui.workspaces.fees.sale_dialog import FeeSaleDialog
    from deskapp.ui.workspaces.fees.void_dialog import FeeVoidDialog
    from fee_data import as_cashier, charge, item, unit

    who = (services.operator.name, services.operator.role)
    as_cashier(services)
    fees = services.fees
    approver = Approver(services.accounts, services.operator)
    unit_id = unit(services, "0805", "赵六")
    charge(services, unit_id, item(services), 11, 21000)
    item(services, "复印", pricing=Pricing.PER_PAGE, price=5000, cycle=Cycle.ONCE)
    paid = fees.pay(PaymentInput(unit_id, (PaymentPart(Method.CASH, 21000),),
                                 tendered_fen=30000))
    deposit = fees.take_deposit(DepositInput(DepositKind.CONSTRUCTION, "赵六", 200000,
                                             (PaymentPart(Method.CASH, 200000),)))
    yield FeeDepositDialog(fees, services.directory, window, approver=approver)
    refund = FeeRefundDialog(fees, approver, deposit, window)
    refund.add_deduction("墙面损坏", "300")
    yield refund
    yield FeeHandoverDialog(fees, services.clock, window)
    yield FeeSaleDialog(fees, counter_items(services.engine), window, approver=approver)
    yield FeeVoidDialog(fees, approver, paid, window)
    yield FeeInvoiceDialog(fees, paid, window)
    yield FeeReceiptDialog(fees, paid, window)
    services.operator.hand_over(*who)


def fee_admin_dialogs(window: MainWindow, services: Services) -> Iterator[QWidget]:
    from deskapp.domain.directory import UnitRow
    from deskapp.domain.fees.billing_records import (
        ChargeItemInput,
        ImportOutcome,
        ReadingImportLine,
        ReadingImportReport,
        ReadingInput,
        ReadingKind,
    )
    from deskapp.domain.fees.records import Category, Cycle, Pricing
    from deskapp.ui.access.approval import Approver
    from deskapp.ui.workspaces.fees.bill_run_dialog import FeeBillRunDialog
    from deskapp.ui.workspaces.fees.import_preview_dialog import FeeImportPreviewDialog
    from deskapp.ui.workspaces.fees.item_dialog import FeeItemDialog
    from deskapp.ui.workspaces.fees.items_dialog import FeeItemsDialog
    from deskapp.ui.workspaces.fees.price_dialog import FeePriceDialog
    from deskapp.ui.workspaces.fees.reading_dialog import FeeReadingDialog, MeterFigures
    from deskapp.ui.workspaces.fees.readings_dialog import FeeReadingsDialog
    from deskapp.ui.workspaces.fees.void_charge_dialog import FeeVoidChargeDialog
    from deskapp.ui.workspaces.fees.waive_dialog import FeeWaiveDialog

    fees = services.fees
    approver = Approver(services.accounts, services.operator)
    unit = services.directory.save_unit(UnitRow(None, "2301", "业主2301", area_dm2=9000)).id
    management = fees.add_item(ChargeItemInput("物业管理费（写字楼）", Category.MANAGEMENT,
                                               Pricing.AREA, "6.5", Cycle.MONTHLY))
    water = fees.add_item(ChargeItemInput("冷水费", Category.WATER, Pricing.METERED, "4.2"))
    fees.enter_reading(ReadingInput(unit, water.id, "2026-10", dt.date(2026, 10, 18), "100",
                                    previous="0"))
    yield FeeItemsDialog(fees, approver, window)
    yield FeeItemDialog(fees, approver, window)
    yield FeePriceDialog(fees, approver, management.id, window)
    run = FeeBillRunDialog(fees, SyncTaskRunner(), window)
    run.make_bills()  # with its lists of units not billed
    yield run
    yield FeeReadingsDialog(fees, approver, SyncTaskRunner(), window)
    for kinds, reason in (((ReadingKind.ROLLOVER, ReadingKind.METER_CHANGE), False),
                          (tuple(ReadingKind), True)):
        for kind in kinds:
            yield FeeReadingDialog("1203", "…", MeterFigures(10000, 1, 42000), "12", kinds,
                                   lambda _entry: None, kind=kind, needs_reason=reason,
                                   parent=window)
    yield FeeImportPreviewDialog(ReadingImportReport(True, (
        ReadingImportLine(2, "2301", "冷水费", "2026-11", ImportOutcome.NEW, 13000, 10000,
                          3000, 12600),
        ReadingImportLine(3, "9999", "冷水费", "2026-11", ImportOutcome.REFUSED,
                          reason="Unit 9999 is not in the directory."))), "抄表.xlsx", window)
    charge = run.run.made[0]
    yield FeeWaiveDialog(fees, approver, charge, window)
    yield FeeVoidChargeDialog(fees, approver, charge, window)


def test_every_dialog_on_every_page(qtbot, window: MainWindow, services: Services) -> None:
    for dialog in dialogs(window, services):
        qtbot.addWidget(dialog)
        dialog.show()
        for page in every_page(dialog):
            QApplication.processEvents()
            assert not clashes(dialog), (type(dialog).__name__, page, clashes(dialog))
        dialog.close()


def test_the_window_fits_a_small_screen(qtbot, window: MainWindow) -> None:
    window.resize(1024, 700)
    QApplication.processEvents()
    assert window.width() <= 1024 and window.height() <= 700
    for index in range(window.ui.workspace_tabs.count()):
        window.switch_to(index)
        QApplication.processEvents()
        tab = window.ui.workspace_tabs.currentWidget()
        # Every button of the tab is inside the window, none pushed off its right edge.
        for button in tab.findChildren(QAbstractButton):
            if button.isVisibleTo(tab):
                right = button.mapTo(window, button.rect().topRight()).x()
                assert right <= window.width(), (button.objectName(), right)


def lost_property_and_notice_dialogs(window: MainWindow, services: Services) -> Iterator[QWidget]:
    from deskapp.domain.services.lost_property_records import FoundItemInput
    from deskapp.domain.services.notice_templates import NoticeTemplate
    from deskapp.ui.workspaces.services.found_handover_dialogs import (
        FoundClaimDialog,
        FoundPoliceDialog,
    )
    from deskapp.ui.workspaces.services.found_item_dialog import FoundItemDialog
    from deskapp.ui.workspaces.services.notice_editor_dialog import NoticeEditorDialog

    lost = services.lost_property
    item = lost.record_found(FoundItemInput("雨伞", "大堂", "陈静", recorded_by="王芳"))
    yield FoundItemDialog(lost, ["王芳", "陈静"], window)
    claim = FoundClaimDialog(lost, item, window)
    claim.ui.reveal_check.setChecked(True)
    yield claim
    yield FoundPoliceDialog(lost, item, window)
    yield NoticeEditorDialog(services.notices, window, template=NoticeTemplate.HOLIDAY)
    from deskapp.ui.search_everything import SearchEverythingDialog

    yield SearchEverythingDialog(services, window.events, None, window)
