"""The visitor log driven as a receptionist does: keys and clicks, offscreen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlmodel import Session, select

from deskapp import translations
from deskapp.bootstrap import Services
from deskapp.db.models import AlertEvent
from deskapp.domain.directory import UnitRow
from deskapp.domain.visitors import VisitQuery
from deskapp.ui import messages
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from helpers import commit_text, open_visitor_log, pdf_fonts, pdf_text

GOOD_ID = "11010519491231002X"


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    services.settings.save(replace(services.settings.load(), org_name="星河国际大厦物业服务中心",
                                   welcomed=True, language="en"))
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为技术有限公司"))
    translations.install("en")  # the English plurals ("2 visits") whatever ran before
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitExposed(win):
        win.show()
    open_visitor_log(win)
    return win


def fill_visitor(qtbot, tab, *, id_number: str = GOOD_ID) -> None:
    ui = tab.form.ui
    commit_text(ui.name_edit, "张三")
    ui.phone_edit.setFocus()
    qtbot.keyClicks(ui.phone_edit, "13800138000")
    qtbot.keyClicks(ui.id_number_edit, id_number)
    ui.host_edit.setFocus()
    qtbot.keyClicks(ui.host_edit, "1203")
    # Enter in the host field takes the best directory match…
    qtbot.keyClick(ui.host_edit, Qt.Key.Key_Return)
    assert ui.host_edit.text() == "1203 李四 (华为技术有限公司)"


def test_check_in_prints_pass_then_check_out(qtbot, window: MainWindow, services: Services,
                                             now, tmp_path: Path) -> None:
    tab = window.workspace("visitors")
    fill_visitor(qtbot, tab)
    # …and the next Enter saves.
    qtbot.keyClick(tab.form.ui.host_edit, Qt.Key.Key_Return)

    assert tab.model.rowCount() == 1
    row = tab.model.row(0)
    assert (row.name, row.pass_no, row.time_in) == ("张三", "V261123-0001", now.value)
    shown = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert "110105********002X" in shown and GOOD_ID not in shown
    assert tab.form.ui.name_edit.text() == "" and tab.form.ui.name_edit.hasFocus()

    # The pass opened in the preview (no printer is set); only a print or a save would
    # put it into the archive beside the data file.
    preview = window.last_preview
    assert preview is not None and preview.isVisible()
    pdf = preview.pdf_path()
    text = pdf_text(pdf)
    assert "张三" in text and "V261123-0001" in text and "110105********002X" in text
    assert GOOD_ID not in text and "星河国际大厦物业服务中心" in text
    assert all("yes" in line.split()[-5] for line in pdf_fonts(pdf))
    assert list(services.archive_dir.rglob("*.pdf")) == []
    preview.close()
    assert not pdf.exists()

    # Check out: select the row, press F4.
    now.advance(hours=1)
    tab.history.ui.table.setFocus()
    tab.history.select(row.id)
    qtbot.keyClick(tab.history.ui.table, Qt.Key.Key_F4)
    out = services.visitors.visit(row.id)
    assert out.time_out == now.value
    assert tab.model.row(0).time_out == now.value

    # The day's workbook, exported from the menu, holds the visit with a masked ID.
    target = tmp_path / "day.xlsx"
    window.data_actions.ask_export_target = lambda: (services.clock.today(), target)
    window.ui.export_day_action.trigger()
    qtbot.waitUntil(target.exists)
    sheet = openpyxl.load_workbook(target)["Visitors"]
    values = [c.value for c in sheet[2]]
    assert "张三" in values and "110105********002X" in values and GOOD_ID not in values
    assert sheet.freeze_panes == "A2"


def test_check_out_by_typing_the_pass_number(qtbot, window: MainWindow,
                                             services: Services) -> None:
    tab = window.workspace("visitors")
    fill_visitor(qtbot, tab)
    qtbot.mouseClick(tab.form.ui.check_in_button, Qt.MouseButton.LeftButton)
    window.last_preview.close()
    tab.ui.check_out_edit.setFocus()
    qtbot.keyClicks(tab.ui.check_out_edit, "v261123-0001")
    qtbot.keyClick(tab.ui.check_out_edit, Qt.Key.Key_Return)
    assert services.visitors.visit_by_pass("V261123-0001").time_out is not None
    assert tab.ui.check_out_edit.text() == ""


def test_bad_id_number_is_shown_by_the_field_and_nothing_saved(qtbot, window: MainWindow,
                                                               services: Services) -> None:
    tab = window.workspace("visitors")
    fill_visitor(qtbot, tab, id_number="110105194912310021")
    qtbot.keyClick(tab.form.ui.host_edit, Qt.Key.Key_Return)
    assert tab.form.ui.id_number_error.isVisible()
    assert "check digit" in tab.form.ui.id_number_error.text()
    assert tab.form.ui.id_number_edit.hasFocus()
    assert tab.model.rowCount() == 0
    today = services.clock.today()
    assert services.visitors.count(VisitQuery(today, today)) == (0, 0)
    # Fixing the digit and pressing Enter saves.
    tab.form.ui.id_number_edit.setText(GOOD_ID)
    qtbot.keyClick(tab.form.ui.id_number_edit, Qt.Key.Key_Return)
    assert not tab.form.ui.id_number_error.isVisible()
    assert tab.model.rowCount() == 1


def test_watch_list_match_stops_discreetly(qtbot, window: MainWindow, services: Services,
                                           monkeypatch) -> None:
    services.screening.add_watch(name="张三", id_number=GOOD_ID, description="男，约40岁",
                                 source="协查通报〔2026〕17号")
    alerts = []
    monkeypatch.setattr(messages, "watch_alert", lambda parent, text, details: alerts.append(
        (text, details)))
    tab = window.workspace("visitors")
    fill_visitor(qtbot, tab)
    qtbot.keyClick(tab.form.ui.host_edit, Qt.Key.Key_Return)

    assert len(alerts) == 1
    text, details = alerts[0]
    # What the screen shows could be read by the visitor: no alarming words.
    assert "police" not in text.lower() and "watch" not in text.lower()
    assert "security manager" in text and "协查通报〔2026〕17号" in details
    assert tab.model.rowCount() == 0
    with Session(services.engine) as s:
        events = s.exec(select(AlertEvent)).all()
    assert [(e.kind, e.outcome, e.name) for e in events] == [("watch", "stopped", "张三")]


def test_deny_list_match_asks_for_a_reason(qtbot, window: MainWindow, services: Services,
                                           monkeypatch) -> None:
    services.screening.add_deny(name="张三", phone="13800138000")
    asked = []
    monkeypatch.setattr(messages, "ask_override_reason",
                        lambda parent, text: asked.append(text) or "经理批准")
    tab = window.workspace("visitors")
    fill_visitor(qtbot, tab)
    qtbot.keyClick(tab.form.ui.host_edit, Qt.Key.Key_Return)
    assert len(asked) == 1 and tab.model.rowCount() == 1
    assert "deny_override" in tab.model.row(0).flags
    # The question names the entry and what matched.
    assert "张三 (entry 1): matched by Phone" in asked[0]


def test_returning_visitor_fills_the_form(qtbot, window: MainWindow) -> None:
    tab = window.workspace("visitors")
    fill_visitor(qtbot, tab)
    commit_text(tab.form.ui.company_edit, "华为")
    qtbot.keyClick(tab.form.ui.host_edit, Qt.Key.Key_Return)
    window.last_preview.close()
    tab.form.ui.phone_edit.setFocus()
    qtbot.keyClicks(tab.form.ui.phone_edit, "13800138000")
    qtbot.keyClick(tab.form.ui.phone_edit, Qt.Key.Key_Tab)
    assert tab.form.ui.name_edit.text() == "张三"
    assert tab.form.ui.company_edit.text() == "华为"
    assert tab.form.ui.host_edit.text() == "1203 李四 (华为技术有限公司)"
    assert tab.form.ui.returning_label.isVisible()


def test_escape_clears_and_time_in_is_now(qtbot, window: MainWindow, now) -> None:
    tab = window.workspace("visitors")
    commit_text(tab.form.ui.name_edit, "王五")
    qtbot.keyClick(tab.form.ui.name_edit, Qt.Key.Key_Escape)
    assert tab.form.ui.name_edit.text() == ""
    local_now = window._services.clock.local(now.value).replace(tzinfo=None)
    assert tab.form.ui.time_in_edit.dateTime().toPython() == local_now  # 09:30 at the counter


def test_keyboard_shortcuts_switch_and_search(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace("visitors").history.ui.search_edit.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.workspace_tabs.currentWidget() is window.workspace("visitors")
    # Only workspaces that exist have tabs, in registry order: no empty placeholders.
    from deskapp.ui.workspaces import WORKSPACES

    assert window.ui.workspace_tabs.count() == len(WORKSPACES)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.workspace_tabs.currentWidget() is window.workspace(WORKSPACES[2].name)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.workspace_tabs.currentWidget() is window.workspace("today")


def test_search_filters_the_table(qtbot, window: MainWindow, services: Services, now) -> None:
    from deskapp.domain.visitors import HostRef, VisitInput

    for name, company in (("张三", "华为"), ("李四", "腾讯"), ("王五", "华为")):
        services.visitors.check_in(VisitInput(name=name, company=company,
                                              host=HostRef("物业办公室")))
        now.advance(minutes=1)
    tab = window.workspace("visitors")
    tab.history.ui.today_button.click()
    assert tab.model.rowCount() == 3
    commit_text(tab.history.ui.search_edit, "华为")
    assert sorted(tab.model.row(i).name for i in range(tab.model.rowCount())) == ["张三", "王五"]
    assert "2 visits" in tab.history.ui.summary_label.text()


def test_the_name_field_is_two_keys_from_the_window_opening(qtbot, services) -> None:
    services.settings.save(replace(services.settings.load(), org_name="x", welcomed=True))
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    # The window opens on Today, the cursor on its first tile (nothing typed by mistake);
    # Ctrl+1 is the visitor log, Ctrl+N a new check-in with the cursor in the name field.
    qtbot.waitUntil(lambda: win.workspace("today").grid.tiles[0].hasFocus())
    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert win.current() is win.workspace("visitors")
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.workspace("visitors").form.ui.name_edit.hasFocus())


def test_language_switches_at_run_time(qtbot, window: MainWindow, services: Services) -> None:
    tab = window.workspace("visitors")
    window.ui.chinese_action.trigger()
    try:
        tabs = window.ui.workspace_tabs
        assert tabs.tabText(tabs.indexOf(tab)).startswith("访客登记")
        assert tab.form.ui.check_in_button.text().startswith("登记")
        assert tab.model.headerData(1, Qt.Orientation.Horizontal) == "姓名"
        assert tab.form.ui.purpose_combo.itemText(0) == "拜访"
        assert services.settings.load().language == "zh_CN"
    finally:
        window.ui.english_action.trigger()
    assert tab.form.ui.check_in_button.text().startswith("Check")


def test_a_name_the_printer_font_lacks_is_flagged_not_dropped(qtbot, window: MainWindow,
                                                               monkeypatch) -> None:
    warned = []
    monkeypatch.setattr(messages, "warn", lambda parent, text, title="": warned.append(text))
    tab = window.workspace("visitors")
    fill_visitor(qtbot, tab)
    tab.form.ui.name_edit.setText("欧阳䶮")
    qtbot.keyClick(tab.form.ui.host_edit, Qt.Key.Key_Return)
    assert tab.model.row(0).name == "欧阳䶮"  # saved exactly as typed
    assert len(warned) == 1 and "䶮" in warned[0] and "□" in warned[0]
    assert "欧阳□" in pdf_text(window.last_preview.pdf_path())


def test_the_alert_log_lists_matches_masked(qtbot, window: MainWindow, services: Services,
                                            monkeypatch) -> None:
    from deskapp.ui.workspaces.visitors.alert_log_dialog import AlertLogDialog

    services.screening.add_watch(name="张三", id_number=GOOD_ID, source="协查通报〔2026〕17号")
    monkeypatch.setattr(messages, "watch_alert", lambda parent, text, details: None)
    tab = window.workspace("visitors")
    fill_visitor(qtbot, tab)
    qtbot.keyClick(tab.form.ui.host_edit, Qt.Key.Key_Return)
    next(a for a in window.ui.counter_menu.actions() if a.text() == "Alert &log…").trigger()
    dialog = window.findChild(AlertLogDialog)
    table = dialog.ui.alerts_table
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert "张三" in cells and "110105********002X" in cells and GOOD_ID not in cells
    assert "协查通报〔2026〕17号" in cells
    assert "张三 (entry 1): matched by ID number" in cells
    assert table.rowCount() == 1


def test_a_pass_scanned_into_the_name_field_checks_out(qtbot, window: MainWindow,
                                                       services: Services) -> None:
    tab = window.workspace("visitors")
    fill_visitor(qtbot, tab)
    qtbot.keyClick(tab.form.ui.host_edit, Qt.Key.Key_Return)
    window.last_preview.close()
    # The scanner types the QR's pass number and Enter wherever the cursor is.
    tab.form.ui.name_edit.setFocus()
    qtbot.keyClicks(tab.form.ui.name_edit, "V261123-0001")
    qtbot.keyClick(tab.form.ui.name_edit, Qt.Key.Key_Return)
    assert services.visitors.visit_by_pass("V261123-0001").time_out is not None
    assert tab.form.ui.name_edit.text() == "" and tab.model.rowCount() == 1
    qtbot.keyClick(tab, Qt.Key.Key_F3)
    assert tab.ui.check_out_edit.hasFocus()
