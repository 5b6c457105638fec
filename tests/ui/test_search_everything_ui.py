"""Ctrl+K: type a name, pinyin initials or a receipt number, see the hits grouped by tab,
Enter opens the record there; every kind opens in its tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlmodel import Session, col, select

from deskapp.bootstrap import Services
from deskapp.db.fee_models import FeeDeposit, Receipt
from deskapp.db.models import Call, KeyLoan, KeySet, Request, Unit, Visit
from deskapp.db.service_models import FoundItem, Parcel, ReleasePass
from deskapp.domain.record_kinds import RecordKind
from deskapp.translations import install as install_language
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.search_everything import SearchEverythingDialog
from deskapp.ui.tasks import SyncTaskRunner
from deskapp.usecases.demo import load_demo

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:  # type: ignore[no-untyped-def]
    load_demo(services, days=1)
    shown = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def last(services: Services, model):  # type: ignore[no-untyped-def]
    with Session(services.engine) as session:
        return session.exec(select(model).order_by(col(model.id).desc())).first()


def open_box(window: MainWindow) -> SearchEverythingDialog:
    window.ui.search_everything_action.trigger()
    shown = [box for box in window.findChildren(SearchEverythingDialog) if box.isVisible()]
    assert len(shown) == 1
    return shown[0]


def type_and_wait(qtbot, box: SearchEverythingDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    box.ui.search_edit.setText(text)
    qtbot.waitUntil(lambda: box.shown_text == text, timeout=3000)


def texts(box: SearchEverythingDialog) -> list[str]:
    results = box.ui.results_list
    return [results.item(row).text() for row in range(results.count())]


def close_modals() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def test_a_name_pinyin_and_a_receipt_number_open_their_records(
        qtbot, window: MainWindow, services: Services) -> None:  # type: ignore[no-untyped-def]
    visit = last(services, Visit)
    box = open_box(window)
    type_and_wait(qtbot, box, visit.name)
    shown = texts(box)
    assert shown[0] == window._workspaces["visitors"].windowTitle() or shown[0]
    results = box.ui.results_list
    assert not results.item(0).flags() & Qt.ItemFlag.ItemIsSelectable  # a heading
    assert any(visit.name in line for line in shown)
    qtbot.keyClick(box.ui.search_edit, Qt.Key.Key_Down)
    assert results.hasFocus() and results.currentRow() == 1
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert not box.isVisible()
    visitors = window._workspaces["visitors"]
    assert window.ui.workspace_tabs.currentWidget() is visitors
    assert visitors.history.selected_row().name == visit.name

    box = open_box(window)
    type_and_wait(qtbot, box, "zs" if False else _initials(visit.name))
    assert any(visit.name in line for line in texts(box))
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible()

    receipt = last(services, Receipt)
    box = open_box(window)
    type_and_wait(qtbot, box, receipt.number)
    assert any(receipt.number in line for line in texts(box))
    qtbot.keyClick(box.ui.search_edit, Qt.Key.Key_Return)  # Enter in the box: the first hit
    assert window.ui.workspace_tabs.currentWidget() is window._workspaces["fees"]
    assert window._workspaces["fees"].history.selected_row().id == receipt.id
    close_modals()


def _initials(name: str) -> str:
    from deskapp.domain import pinyin

    return pinyin.readings(name)[1]


KINDS = [
    (Visit, RecordKind.VISIT, "visitors"), (Call, RecordKind.CALL, "calls"),
    (Request, RecordKind.REQUEST, "requests"), (KeySet, RecordKind.KEY_SET, "keys"),
    (KeyLoan, RecordKind.KEY_LOAN, "keys"), (Unit, RecordKind.UNIT, "fees"),
    (Receipt, RecordKind.RECEIPT, "fees"), (FeeDeposit, RecordKind.DEPOSIT, "fees"),
    (Parcel, RecordKind.PARCEL, "services"), (ReleasePass, RecordKind.RELEASE_PASS, "services"),
    (FoundItem, RecordKind.FOUND_ITEM, "services")]


def test_every_kind_opens_in_its_tab(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                     services: Services) -> None:
    for model, kind, tab in KINDS:
        record = last(services, model)
        if record is not None:  # every kind but perhaps a deposit is in a demo day
            _opens(qtbot, window, record, kind, tab)
    assert not window.open_record("no-such-kind", 1)


def _opens(qtbot, window: MainWindow, record, kind: RecordKind, tab: str) -> None:  # type: ignore[no-untyped-def]
    window.ui.workspace_tabs.setCurrentIndex(0 if tab != "visitors" else 1)
    window.events.record_requested.emit(kind.value, record.id)
    assert window.ui.workspace_tabs.currentWidget() is window._workspaces[tab]
    workspace = window._workspaces[tab]
    page = workspace.current_page() if tab == "services" else workspace
    if kind in (RecordKind.VISIT, RecordKind.CALL, RecordKind.KEY_LOAN, RecordKind.PARCEL,
                RecordKind.RELEASE_PASS, RecordKind.FOUND_ITEM, RecordKind.RECEIPT):
        qtbot.waitUntil(lambda: page.history.selected_row() is not None, timeout=3000)
        expected = record.receipt_id if kind is RecordKind.DEPOSIT else record.id
        assert page.history.selected_row().id == expected
    else:
        assert any(isinstance(w, QDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    close_modals()


def test_the_box_in_both_languages(qtbot, window: MainWindow, services: Services,  # type: ignore[no-untyped-def]
                                   tmp_path) -> None:
    visit = last(services, Visit)
    for language in ("zh_CN", "en"):
        install_language(language)
        box = open_box(window)
        box.resize(760, 480)
        type_and_wait(qtbot, box, visit.name[:2])
        assert texts(box)
        assert "****" in " ".join(texts(box)) or not visit.phone
        box.grab().save(f"/tmp/search-{language}.png")
        box.reject()
    install_language("en")


def test_typing_searches_after_a_pause_off_the_ui_thread_the_newest_text_wins(
        qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    from deskapp.domain.visitors import HostRef, VisitInput
    from deskapp.ui.framework.events import AppEvents

    for name in ("张三", "李四"):
        services.visitors.check_in(VisitInput(name=name, host=HostRef("x")))
    events = AppEvents()
    box = SearchEverythingDialog(services, events)  # its own background loader
    qtbot.addWidget(box)
    box.show()
    box.ui.search_edit.setText("zs")
    box.ui.search_edit.setText("ls")  # before the pause ended: only this one is searched
    qtbot.waitUntil(lambda: box.shown_text == "ls", timeout=5000)
    assert any("李四" in line for line in texts(box))
    assert not any("张三" in line for line in texts(box))
    with qtbot.waitSignal(events.record_requested, timeout=5000) as opened:
        box.ui.search_edit.setText("zs")
        qtbot.keyClick(box.ui.search_edit, Qt.Key.Key_Return)  # before the hits: opened then
    assert opened.args[0] == RecordKind.VISIT.value
    box._loader.wait()
