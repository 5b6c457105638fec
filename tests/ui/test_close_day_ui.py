"""Closing the day by keyboard on a day with everything still open and a cashier who has
not handed over: the groups ticked, the drawer counted, the workbook, backup and closing
written; then the day's receipt refused a void and a late entry marked in the log."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from day_data import busy_day, visitor
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import Session, select

from deskapp import translations
from deskapp.bootstrap import Services
from deskapp.db.day_models import DayClosing
from deskapp.domain.day_closing.open_items import OpenGroup
from deskapp.domain.errors import DomainError
from deskapp.domain.roles import Role
from deskapp.ui import messages
from deskapp.ui.close_day_dialog import CASHIERS, CONFIRM, DONE, RUN, CloseDayDialog
from deskapp.ui.framework.late_entries import LATE_ENTRY_BRUSH
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from deskapp.ui.workspaces.fees.handover_dialog import FeeHandoverDialog
from deskapp.usecases.day_export import sheets
from fee_data import CASHIER
from helpers import answer_modal, pdf_text

DAY = dt.date(2026, 11, 23)
SHOTS = Path("/tmp/closeday-shots")


@pytest.fixture
def window(qtbot, services: Services, now, tmp_path: Path, monkeypatch) -> MainWindow:
    services.settings.save(replace(services.settings.load(), org_name="星河国际大厦物业服务中心",
                                   welcomed=True, language="en",
                                   day_folder=str(tmp_path / "日结")))
    busy_day(services, now)
    translations.install("en")
    monkeypatch.setattr(messages, "ask", lambda *_a, **_k: True)
    monkeypatch.setattr(messages, "warn", lambda *a, **_k: pytest.fail(f"warned: {a[1:]}"))
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_dialog(qtbot, window: MainWindow) -> CloseDayDialog:
    window.ui.close_day_action.trigger()
    dialog = window.findChild(CloseDayDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def press(qtbot, dialog: CloseDayDialog, key: Qt.Key) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, key)


def save_shot(widget, name: str) -> None:
    from deskapp.ui.fonts import install_app_font

    install_app_font(QApplication.instance())  # Chinese legible in the picture
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_closing_the_day_by_keyboard(qtbot, window: MainWindow, services: Services, now,
                                     tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.pages.currentIndex() == CONFIRM
    assert list(dialog.checks) == list(OpenGroup)  # every group has something open
    assert dialog.focusWidget() is dialog.checks[OpenGroup.ON_SITE]
    assert "张三" in dialog.checks[OpenGroup.ON_SITE].text()
    save_shot(dialog, "close-day-1-en")

    # Enter before every group is ticked goes nowhere and says why.
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == CONFIRM and "Tick each group" in \
        dialog.confirm_hint.text()
    for _group in OpenGroup:  # Space ticks, Tab goes to the next group
        press(qtbot, dialog, Qt.Key.Key_Space)
        press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.all_confirmed()
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == CASHIERS
    assert dialog.focusWidget() is dialog.cashiers.buttons[CASHIER]
    save_shot(dialog, "close-day-2-en")

    # Enter on the cashier's button: the drawer counted, handed over, the sheet printed.
    def count(handover: FeeHandoverDialog) -> None:
        qtbot.keyClicks(handover.ui.counted_edit, "210")
        handover.ui.received_by_edit.setText("财务 刘会计")
        qtbot.keyClick(handover.ui.received_by_edit, Qt.Key.Key_Return)

    answer_modal(qtbot, FeeHandoverDialog, count)
    press(qtbot, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.fees.handover_summary(DAY, CASHIER).handed_over)
    qtbot.waitUntil(lambda: window.last_preview is not None)
    assert CASHIER in pdf_text(window.last_preview.pdf_path())  # type: ignore[union-attr]
    window.last_preview.close()  # type: ignore[union-attr]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert "handed over" in dialog.cashiers.labels[CASHIER].text()
    assert not dialog.cashiers.buttons and dialog.focusWidget() is dialog.next_button

    # Enter closes the day (the task runs at once in tests): where everything went.
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == DONE, dialog.confirm_hint.text()
    closed = dialog.result_closed
    assert closed is not None and closed.workbook.parent == tmp_path / "日结"
    assert str(closed.workbook) in dialog.done_label.text()
    assert closed.backup is not None and str(closed.backup) in dialog.done_label.text()
    save_shot(dialog, "close-day-4-en")

    # The workbook: the summary first, then every workspace's sheet, read back.
    book = load_workbook(closed.workbook)
    assert book.sheetnames[0] == "Summary" and len(book.sheetnames) == len(sheets())
    figures = {row[0]: row[1:] for row in book["Summary"].iter_rows(min_row=5, values_only=True)
               if row[0]}
    assert figures["Visits"][0] == 2 and figures["Takings: Cash"][:2] == (1, 210)
    assert figures["Open: Keys not returned"][0] == 1
    for name in book.sheetnames[1:]:
        assert book[name].max_row >= 1 and book[name]["A1"].value is not None
    with Session(services.engine) as session:
        [row] = session.exec(select(DayClosing)).all()
    assert row.day == DAY and row.workbook == str(closed.workbook)
    assert "cashiers" not in row.open_items  # handed over before the close
    press(qtbot, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The day's receipt can no longer be voided.
    services.operator.hand_over("王主管", Role.SUPERVISOR)
    [receipt] = services.fees.receipts_on(DAY)
    with pytest.raises(DomainError, match="closed"):
        services.fees.void_receipt(receipt.id, "金额输错")

    # A visit of this morning written up after the close is a late entry in the log.
    now.advance(minutes=10)
    late = services.visitors.check_in(visitor("林涛", time_in=now.value - dt.timedelta(hours=3)))
    window.events.saved_elsewhere.emit()
    model = window.workspace("visitors").model
    qtbot.waitUntil(lambda: model.find_row(late.id) >= 0)
    cell = model.index(model.find_row(late.id), model.column_of("time_in"))
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "09:45 · late"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == LATE_ENTRY_BRUSH
    assert "after 2026-11-23 was closed" in cell.data(Qt.ItemDataRole.ToolTipRole)
    save_shot(window.workspace("visitors"), "late-entry-en")
    on_time = model.index(model.find_row(late.id - 1), model.column_of("time_in"))
    assert "late" not in on_time.data(Qt.ItemDataRole.DisplayRole)


def test_cancel_while_closing_leaves_the_day_open(qtbot, window: MainWindow,
                                                  services: Services) -> None:
    dialog = open_dialog(qtbot, window)
    for box in dialog.checks.values():
        box.setChecked(True)
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == CASHIERS
    # The synchronous runner runs at once: the cancel is asked for from the task itself.
    original = dialog._tasks.run

    def run_and_cancel(fn, **kw):  # type: ignore[no-untyped-def]
        def cancelled_at_once(report):  # type: ignore[no-untyped-def]
            report._cancel_event.set()
            return fn(report)
        return original(cancelled_at_once, **kw)

    dialog._tasks.run = run_and_cancel  # type: ignore[method-assign]
    dialog.next_button.setFocus()  # the cashier may hand over later: the group is ticked
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == CONFIRM
    assert "still open" in dialog.confirm_hint.text()
    assert not services.closing.is_closed(DAY)


def test_the_folder_is_asked_once_when_none_is_set(qtbot, window: MainWindow,
                                                   services: Services, tmp_path: Path) -> None:
    services.settings.save(replace(services.settings.load(), day_folder=""))
    dialog = open_dialog(qtbot, window)
    asked: list[bool] = []
    folder = tmp_path / "chosen"
    folder.mkdir()

    def ask() -> str:
        asked.append(True)
        return str(folder)

    dialog.ask_folder = ask  # type: ignore[method-assign]
    for box in dialog.checks.values():
        box.setChecked(True)
    dialog.go_on()
    dialog.go_on()
    assert dialog.pages.currentIndex() == DONE and asked == [True]
    assert services.settings.load().day_folder == str(folder)
    assert dialog.result_closed is not None and dialog.result_closed.workbook.parent == folder


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_dialog_in_both_languages(qtbot, window: MainWindow, language: str) -> None:
    translations.install(language)
    try:
        dialog = open_dialog(qtbot, window)
        dialog.retranslate()
        assert dialog.windowTitle().endswith("2026-11-23")
        save_shot(dialog, f"close-day-1-{language}")
        for box in dialog.checks.values():
            box.setChecked(True)
        dialog.go_on()
        save_shot(dialog, f"close-day-2-{language}")
        dialog._show_page(RUN)  # as it looks while the close runs
        dialog._progressed(500, 1000, dialog.tr("Closing the day…"))
        save_shot(dialog, f"close-day-3-{language}")
        dialog._show_page(CONFIRM)
        assert QApplication.activeModalWidget() in (None, dialog)
    finally:
        translations.install("en")


def test_the_call_and_request_logs_mark_late_entries_too(qtbot, window: MainWindow,
                                                         services: Services, now) -> None:
    from deskapp.domain.calls.records import About, CallInput
    from deskapp.domain.requests.records import RequestInput

    services.closing.close(DAY, tuple(OpenGroup))
    now.advance(minutes=5)
    earlier = now.value - dt.timedelta(hours=2)
    call = services.calls.log_call(CallInput(subject="补记：问物业费", caller_name="周七",
                                             phone="13700137000", about=About("1203"),
                                             started_at=earlier))
    request = services.requests.register(RequestInput(
        content="电梯异响", complainant="周七", phone="13700137000", about_label="1203",
        received_at=earlier))
    window.events.saved_elsewhere.emit()
    for name, key, record in (("calls", "started_at", call), ("requests", "received_at",
                                                              request)):
        model = window.workspace(name).model
        qtbot.waitUntil(lambda m=model, r=record: m.find_row(r.id) >= 0)
        cell = model.index(model.find_row(record.id), model.column_of(key))
        assert cell.data(Qt.ItemDataRole.DisplayRole).endswith(" · late"), name
        assert cell.data(Qt.ItemDataRole.BackgroundRole) == LATE_ENTRY_BRUSH


def test_a_closed_day_is_said_closed_instead_of_closed_again(qtbot, window: MainWindow,
                                                             services: Services,
                                                             monkeypatch) -> None:
    services.closing.close(DAY, tuple(OpenGroup), "/srv/日结/deskapp-2026-11-23.xlsx")
    said: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _parent, text, *_a, **_k: said.append(text))
    window.ui.close_day_action.trigger()
    assert window.findChild(CloseDayDialog) is None
    assert said and "2026-11-23 was closed at 12:35" in said[0] and "deskapp-2026-11-23" in said[0]
