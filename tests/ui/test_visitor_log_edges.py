"""The visitor log at its edges, as a receptionist meets them (keys and clicks, offscreen)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from deskapp.bootstrap import Services
from deskapp.domain.directory import UnitRow
from deskapp.domain.visitors import HostRef, VisitInput, VisitQuery
from deskapp.ui import messages
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import PageLoader, SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from helpers import commit_text, open_visitor_log

GOOD_ID = "11010519491231002X"
PRINT = MainWindow.print_document  # before the fixture below replaces it


def make_window(qtbot, services: Services, loader=None) -> MainWindow:
    services.settings.save(replace(services.settings.load(), org_name="星河物业", welcomed=True,
                                   language="en"))
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=loader or SyncPageLoader())
    qtbot.addWidget(win)
    with qtbot.waitActive(win):  # focus-dependent keys (F9) need the active window
        win.show()
        win.activateWindow()
    open_visitor_log(win)
    return win


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为技术有限公司"))
    services.directory.save_unit(UnitRow(None, "1204", "李思", "腾讯"))
    return make_window(qtbot, services)


@pytest.fixture(autouse=True)
def no_print_preview(monkeypatch) -> None:
    monkeypatch.setattr(MainWindow, "print_document", lambda self, kind, record_id: None)


def checked_in(services: Services) -> list:
    today = services.clock.today()
    return services.visitors.page(VisitQuery(today - dt.timedelta(days=3), today))


def test_choosing_a_host_from_the_list_does_not_save(qtbot, window: MainWindow,
                                                     services: Services) -> None:
    tab = window.workspace("visitors")
    commit_text(tab.form.ui.name_edit, "张三")
    tab.form.ui.host_edit.setFocus()
    qtbot.keyClicks(tab.form.ui.host_edit, "ls")  # pinyin initials of 李四 and 李思
    popup = tab.form.host_completer.popup()
    assert popup.isVisible() and tab.form.host_completer.completionModel().rowCount() == 2
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tab.form.ui.host_edit.text().startswith("120")
    assert checked_in(services) == []  # nothing saved yet
    assert tab.form.ui.temp_pass_edit.hasFocus()  # on to the next field


def test_a_returning_visitor_never_shows_the_full_id(qtbot, window: MainWindow,
                                                     services: Services) -> None:
    first = services.visitors.check_in(VisitInput(name="张三", id_number=GOOD_ID,
                                                  phone="13800138000", host=HostRef("1203")))
    services.visitors.check_out(first.id)
    tab = window.workspace("visitors")
    tab.form.ui.phone_edit.setFocus()
    qtbot.keyClicks(tab.form.ui.phone_edit, "13800138000")
    qtbot.keyClick(tab.form.ui.phone_edit, Qt.Key.Key_Tab)
    assert tab.form.ui.name_edit.text() == "张三"
    assert tab.form.ui.id_number_edit.text() == ""
    assert "110105********002X" in tab.form.ui.id_number_edit.placeholderText()
    qtbot.mouseClick(tab.form.ui.check_in_button, Qt.MouseButton.LeftButton)
    again = tab.model.row(0)
    assert again.visitor_id == first.visitor_id and again.id_number == GOOD_ID


def test_a_different_phone_takes_back_the_other_persons_details(qtbot, window: MainWindow,
                                                                services: Services) -> None:
    for name, phone in (("张三", "13800138000"), ("王五", "13900139000")):
        row = services.visitors.check_in(VisitInput(name=name, phone=phone, company=name + "公司",
                                                    host=HostRef("1203")))
        services.visitors.check_out(row.id)
    tab = window.workspace("visitors")
    tab.form.ui.phone_edit.setFocus()
    qtbot.keyClicks(tab.form.ui.phone_edit, "13800138000")
    qtbot.keyClick(tab.form.ui.phone_edit, Qt.Key.Key_Tab)
    assert tab.form.ui.company_edit.text() == "张三公司"
    tab.form.ui.phone_edit.setFocus()
    tab.form.ui.phone_edit.selectAll()
    qtbot.keyClicks(tab.form.ui.phone_edit, "13900139000")
    qtbot.keyClick(tab.form.ui.phone_edit, Qt.Key.Key_Tab)
    assert (tab.form.ui.name_edit.text(), tab.form.ui.company_edit.text()) == ("王五", "王五公司")


def test_an_empty_override_reason_is_asked_again(qtbot, window: MainWindow, services: Services,
                                                 monkeypatch) -> None:
    services.screening.add_deny(name="推销员", phone="13800138000")
    answers = iter(["", "经理批准"])
    warned = []
    monkeypatch.setattr(messages, "ask_override_reason", lambda parent, text: next(answers))
    monkeypatch.setattr(messages, "warn", lambda parent, text, title="": warned.append(text))
    tab = window.workspace("visitors")
    commit_text(tab.form.ui.name_edit, "张三")
    tab.form.ui.phone_edit.setText("13800138000")
    tab.form.ui.host_edit.setText("1203")
    qtbot.mouseClick(tab.form.ui.check_in_button, Qt.MouseButton.LeftButton)
    assert len(warned) == 1
    [row] = checked_in(services)
    assert "deny_override" in row.flags


def test_quick_check_in_of_a_regular_twice_asks_first(qtbot, services: Services,
                                                      monkeypatch) -> None:
    row = services.visitors.check_in(VisitInput(name="快递员", phone="13800138000",
                                                host=HostRef("收发室")))
    services.visitors.set_exempt(row.visitor_id, True)
    services.visitors.check_out(row.id)
    window = make_window(qtbot, services)
    tab = window.workspace("visitors")
    questions = []
    defaults = []
    monkeypatch.setattr(messages, "ask", lambda parent, text, title="", default_yes=True:
                        questions.append(text) or defaults.append(default_yes) or False)
    # A stray F9 while typing only moves the cursor to the list…
    tab.form.ui.name_edit.setFocus()
    qtbot.keyClick(tab.form.ui.name_edit, Qt.Key.Key_F9)
    assert tab.regulars.ui.regulars_list.hasFocus() and len(checked_in(services)) == 1
    # …where F9 checks the chosen regular in.
    qtbot.keyClick(tab.regulars.ui.regulars_list, Qt.Key.Key_F9)
    assert len(checked_in(services)) == 2 and questions == []
    assert tab.form.ui.name_edit.hasFocus()  # back to the form for the next visitor
    tab.regulars.ui.regulars_list.setFocus()
    qtbot.keyClick(tab.regulars.ui.regulars_list, Qt.Key.Key_F9)  # the same regular again
    assert len(questions) == 1 and "already on site" in questions[0]
    assert defaults == [False]  # Enter answers No: a second open visit is the exception
    assert len(checked_in(services)) == 2


def test_quick_check_in_of_a_deny_listed_regular_asks_for_permission(
        qtbot, services: Services, monkeypatch) -> None:
    row = services.visitors.check_in(VisitInput(name="老李", phone="13800138000",
                                                host=HostRef("收发室")))
    services.visitors.set_exempt(row.visitor_id, True)
    services.visitors.check_out(row.id)
    services.screening.add_deny(phone="13800138000", name="老李")
    window = make_window(qtbot, services)
    monkeypatch.setattr(messages, "ask_override_reason", lambda parent, text: None)
    regulars = window.workspace("visitors").regulars.ui.regulars_list
    regulars.setFocus()
    regulars.setCurrentRow(0)
    qtbot.keyClick(regulars, Qt.Key.Key_F9)
    assert len(checked_in(services)) == 1  # turned away, not checked in
    from sqlmodel import Session, select

    from deskapp.db.models import AlertEvent

    with Session(services.engine) as s:
        assert [e.outcome for e in s.exec(select(AlertEvent))] == ["turned_away"]


def test_the_new_visit_is_selected_when_pages_load_in_the_background(qtbot,
                                                                     services: Services) -> None:
    window = make_window(qtbot, services, loader=PageLoader())
    tab = window.workspace("visitors")
    commit_text(tab.form.ui.name_edit, "张三")
    tab.form.ui.host_edit.setText("物业办公室")
    qtbot.mouseClick(tab.form.ui.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.selected_visit() is not None, timeout=3000)
    assert tab.selected_visit().name == "张三"


def test_a_failed_read_does_not_leave_the_list_stuck(qtbot, services: Services,
                                                      monkeypatch) -> None:
    window = make_window(qtbot, services)
    tab = window.workspace("visitors")
    statuses = []
    tab.status_message.connect(statuses.append)
    real_page = services.visitors.page
    monkeypatch.setattr(type(services.visitors), "page",
                        lambda self, *a, **k: (_ for _ in ()).throw(OSError("disk I/O error")))
    tab.history.ui.today_button.click()
    assert any("disk I/O error" in s for s in statuses)
    assert "Searching" not in tab.history.ui.summary_label.text()
    monkeypatch.setattr(type(services.visitors), "page", lambda self, *a, **k: real_page(*a, **k))
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    tab.history.ui.today_button.click()
    assert tab.model.rowCount() == 1


def test_visitors_from_yesterday_still_on_site_show_with_on_site_only(
        qtbot, services: Services, now) -> None:
    services.visitors.check_in(VisitInput(name="加班访客", host=HostRef("x")))
    now.advance(days=1)
    window = make_window(qtbot, services)
    tab = window.workspace("visitors")
    # Today's list already holds them (an open visit is never out of sight)…
    assert [tab.model.row(i).name for i in range(tab.model.rowCount())] == ["加班访客"]
    qtbot.mouseClick(tab.history.ui.open_only_check, Qt.MouseButton.LeftButton)
    # …and so does "on site only".
    assert [tab.model.row(i).name for i in range(tab.model.rowCount())] == ["加班访客"]


def test_the_list_moves_to_the_new_day_at_midnight(qtbot, services: Services, now) -> None:
    window = make_window(qtbot, services)
    tab = window.workspace("visitors")
    now.value = now.value.replace(hour=23, minute=59)
    tab.history.ui.today_button.click()
    now.advance(minutes=2)  # 00:01 the next day
    services.visitors.check_in(VisitInput(name="夜班访客", host=HostRef("x")))
    tab.history.follow_the_clock()
    assert tab.history.ui.from_date_edit.date().toPython() == services.clock.today()
    assert [tab.model.row(i).name for i in range(tab.model.rowCount())] == ["夜班访客"]


def test_a_pass_that_cannot_be_printed_says_the_visit_is_saved(qtbot, services: Services,
                                                                monkeypatch) -> None:
    window = make_window(qtbot, services)
    warned = []
    monkeypatch.setattr(messages, "warn", lambda parent, text, title="": warned.append(text))

    def disk_full(self, kind, record, paper=None):
        raise OSError("No space left on device")

    monkeypatch.setattr(type(services.documents), "render", disk_full)
    row = services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    PRINT(window, "visitor-pass", row.id)
    assert len(warned) == 1
    assert "record is saved" in warned[0] and "No space left" in warned[0]


def test_a_column_without_an_index_does_not_pretend_to_sort(qtbot, window: MainWindow) -> None:
    header = window.workspace("visitors").history.ui.table.horizontalHeader()
    people = 2  # "People" has no index
    header.setSortIndicator(people, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == 4  # back on "Time in", the order shown


def test_check_out_by_todays_short_pass_number(qtbot, window, services: Services, now,
                                               monkeypatch) -> None:
    earlier = services.visitors.check_in(VisitInput(name="王五", host=HostRef("1203")))
    now.advance(days=1)
    today = services.visitors.check_in(VisitInput(name="赵六", host=HostRef("1203")))
    tab = window.workspace("visitors")
    asked: list[list[str]] = []

    def choose(parent, text, options, title=""):  # type: ignore[no-untyped-def]
        asked.append(options)
        return 1  # the earlier visit, still on site

    monkeypatch.setattr(messages, "choose", choose)
    tab.ui.check_out_edit.setFocus()
    qtbot.keyClicks(tab.ui.check_out_edit, "1")
    qtbot.keyClick(tab.ui.check_out_edit, Qt.Key.Key_Return)
    [options] = asked
    assert options[0].startswith(today.pass_no) and options[1].startswith(earlier.pass_no)
    assert services.visitors.visit(earlier.id).time_out is not None
    assert services.visitors.visit(today.id).time_out is None
    qtbot.keyClicks(tab.ui.check_out_edit, "1")  # now only today's fits: no question
    qtbot.keyClick(tab.ui.check_out_edit, Qt.Key.Key_Return)
    assert len(asked) == 1 and services.visitors.visit(today.id).time_out is not None
