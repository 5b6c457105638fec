"""The visitor log's second round, as the counter meets it: the host's phone, back-dated
check-ins, the default view, short pass numbers everywhere, corrections and parties."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from deskapp import translations
from deskapp.bootstrap import Services
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.visitors import HostRef, VisitInput, VisitQuery
from deskapp.ui import messages
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from helpers import commit_text, open_visitor_log


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    services.settings.save(replace(services.settings.load(), org_name="星河物业", welcomed=True,
                                   language="en"))
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为技术有限公司",
                                         phones="13900001111, 021-62345678-8001",
                                         notes="前台转 12"))
    services.directory.save_department(DepartmentRow(None, "工程部", "021-62345678-8002"))
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    open_visitor_log(win)
    return win


def test_the_hosts_phone_and_notes_show_as_the_host_is_chosen(qtbot, window) -> None:
    form = window.workspace("visitors").form
    form.ui.host_edit.setFocus()
    qtbot.keyClicks(form.ui.host_edit, "1203")
    qtbot.keyClick(form.ui.host_edit, Qt.Key.Key_Return)  # takes the best match
    assert form.ui.host_contact_label.text() == (
        "☎ Phone: 13900001111, 021-62345678 ext. 8001 · Notes: 前台转 12")
    form.ui.host_edit.setText("工程部")
    assert form.ui.host_contact_label.text() == "☎ Phone: 021-62345678 ext. 8002"
    form.ui.host_edit.setText("someone not listed")
    assert form.ui.host_contact_label.text() == ""


def test_f6_shows_the_number_to_ring(qtbot, window, services: Services) -> None:
    from deskapp.ui.workspaces.visitors.host_response_dialog import HostResponseDialog

    unit = services.directory.units()[0]
    services.visitors.check_in(VisitInput(name="张三", host=HostRef(
        "1203 李四 (华为技术有限公司)", unit_id=unit.id)))
    services.visitors.check_in(VisitInput(name="王五", host=HostRef("not listed")))
    tab = window.workspace("visitors")
    tab.history.refresh()
    shown = []
    for row in range(2):
        tab.history.select(tab.model.row(row).id)
        tab.history.ui.table.setFocus()
        qtbot.keyClick(tab.history.ui.table, Qt.Key.Key_F6)
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, HostResponseDialog) and w.isVisible())
        shown.append(dialog.ui.contact_label.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        with qtbot.waitActive(window):
            window.activateWindow()
    assert sorted(shown) == ["The host is not in the directory: no phone on file.",
                             "☎ Phone: 13900001111, 021-62345678 ext. 8001 · Notes: 前台转 12"]


def test_a_back_dated_check_in_warns_and_asks_with_no_as_the_default(
        qtbot, window, services: Services, monkeypatch) -> None:
    form = window.workspace("visitors").form
    commit_text(form.ui.name_edit, "张三")
    form.ui.host_edit.setText("工程部")
    local_now = services.clock.local(services.clock.now()).replace(tzinfo=None)
    form.ui.time_in_edit.setDateTime(QDateTime(local_now - dt.timedelta(hours=2, minutes=5)))
    assert form.ui.time_in_warning.text() == (
        "Back-dated: 2 h 05 min before now. Enter asks once more.")
    asked = []
    monkeypatch.setattr(messages, "ask", lambda parent, text, title="", default_yes=True:
                        asked.append((text, default_yes)) or False)
    qtbot.keyClick(form.ui.name_edit, Qt.Key.Key_Return)
    assert asked == [("The time in is 2 h 05 min before now. Check in with that earlier "
                      "time?", False)]
    assert services.visitors.on_site_count() == (0, 0)  # No: nothing saved
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    qtbot.keyClick(form.ui.name_edit, Qt.Key.Key_Return)
    assert services.visitors.on_site_count() == (1, 1)
    assert form.ui.time_in_warning.text() == ""  # the fresh form follows the clock again


def test_a_slip_of_a_few_minutes_is_not_back_dating(qtbot, window, services, monkeypatch) -> None:
    form = window.workspace("visitors").form
    commit_text(form.ui.name_edit, "张三")
    form.ui.host_edit.setText("工程部")
    local_now = services.clock.local(services.clock.now()).replace(tzinfo=None)
    form.ui.time_in_edit.setDateTime(QDateTime(local_now - dt.timedelta(minutes=10)))
    assert form.ui.time_in_warning.text() == ""
    monkeypatch.setattr(messages, "ask", lambda *a, **k: pytest.fail("asked"))
    qtbot.keyClick(form.ui.name_edit, Qt.Key.Key_Return)
    assert services.visitors.on_site_count() == (1, 1)


def test_today_shows_earlier_visits_still_on_site_and_the_count_agrees(
        qtbot, services: Services, now) -> None:
    yesterday = services.visitors.check_in(VisitInput(name="昨天没走", host=HostRef("x")))
    gone = services.visitors.check_in(VisitInput(name="昨天走了", host=HostRef("x")))
    services.visitors.check_out(gone.id)
    now.advance(days=1)
    services.visitors.check_in(VisitInput(name="今天", host=HostRef("x"), party_size=2))
    window = _window(qtbot, services)
    tab = window.workspace("visitors")
    names = {tab.model.row(r).name for r in range(tab.model.rowCount())}
    assert names == {"今天", "昨天没走"}  # the one who left yesterday is yesterday's
    assert tab.history.ui.summary_label.text() == (
        "Shown: 2 visits, 3 people · On site now: 2 visits, 3 people")
    row = next(tab.model.row(r) for r in range(tab.model.rowCount())
               if tab.model.row(r).id == yesterday.id)
    time_in = tab.model.index(tab.model.find_row(row.id), 4).data()
    assert time_in == "11-23 09:30"  # an earlier day reads with its date
    services.visitors.check_out(yesterday.id)
    tab.history.refresh()
    assert tab.history.ui.summary_label.text() == (
        "Shown: 1 visit, 2 people · On site now: 1 visit, 2 people")


def test_a_search_says_which_days_it_covered_and_offers_all_dates(
        qtbot, services: Services, now) -> None:
    row = services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    services.visitors.check_out(row.id)
    now.advance(days=3)
    window = _window(qtbot, services)
    history = window.workspace("visitors").history
    assert not history.ui.all_dates_button.isVisible()
    history.focus_search()
    qtbot.keyClicks(history.ui.search_edit, "zhang")
    assert history.model.rowCount() == 0
    assert history.ui.summary_label.text().startswith(
        "Searched 2026-11-26 only (All dates: Alt+J) · Shown: 0 visits")
    assert history.ui.all_dates_button.isVisible()
    qtbot.keyClick(history.ui.search_edit, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)  # a mnemonic clicks animated
    assert history.model.row(0).name == "张三"
    assert history.ui.summary_label.text().startswith("Searched all dates · Shown: 1 visit")
    assert not history.ui.all_dates_button.isVisible()


def test_items_and_the_note_read_in_the_list(qtbot, services: Services) -> None:
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("x"), items="笔记本电脑",
                                          note="六点前离开"))
    tab = _window(qtbot, services).workspace("visitors")
    column = next(i for i, c in enumerate(tab.model.columns) if c.key == "items")
    assert tab.model.index(0, column).data() == "笔记本电脑 · 六点前离开"


def _window(qtbot, services: Services) -> MainWindow:
    translations.install("en")  # English plurals: "1 visit", "2 people"
    services.settings.save(replace(services.settings.load(), org_name="星河物业", welcomed=True,
                                   language="en"))
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    open_visitor_log(win)
    return win


def test_a_short_number_opens_the_host_response_and_prints(qtbot, services: Services,
                                                           monkeypatch) -> None:
    from deskapp.ui.workspaces.visitors.host_response_dialog import HostResponseDialog

    for name in ("甲", "乙"):
        services.visitors.check_in(VisitInput(name=name, host=HostRef("x")))
    window = _window(qtbot, services)
    tab = window.workspace("visitors")
    printed = []
    tab.print_requested.connect(lambda kind, record: printed.append((kind, record)))
    tab.focus_check_out()
    qtbot.keyClicks(tab.ui.check_out_edit, "2")
    qtbot.keyClick(tab.ui.check_out_edit, Qt.Key.Key_F6)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, HostResponseDialog) and w.isVisible())
    assert "乙" in dialog.ui.visit_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    with qtbot.waitActive(window):
        window.activateWindow()
    tab.focus_check_out()
    qtbot.keyClicks(tab.ui.check_out_edit, "1")
    tab.print_selected()  # Ctrl+P
    assert printed == [("visitor-pass", services.visitors.visit_by_pass("V261123-0001").id)]
    assert tab.ui.check_out_edit.text() == ""
    tab.focus_check_out()
    qtbot.keyClicks(tab.ui.check_out_edit, "7")
    warned = []
    monkeypatch.setattr(messages, "warn", lambda parent, text, title="": warned.append(text))
    tab.print_selected()
    assert warned == ["No visit today or on site has pass number 7."] and len(printed) == 1


def test_a_pass_scanned_anywhere_checks_out_and_leaves_the_field_as_it_was(
        qtbot, services: Services) -> None:
    row = services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    window = _window(qtbot, services)
    form = window.workspace("visitors").form
    form.ui.company_edit.setText("华为")
    form.ui.company_edit.setFocus()
    form.ui.company_edit.end(False)
    # The scanner types the QR's number in a burst and presses Enter.
    qtbot.keyClicks(form.ui.company_edit, row.pass_no)
    qtbot.keyClick(form.ui.company_edit, Qt.Key.Key_Return)
    assert services.visitors.visit(row.id).time_out is not None
    assert form.ui.company_edit.text() == "华为"  # the scan did not land in the form
    assert services.visitors.on_site_count() == (0, 0)  # and Enter saved nothing


def test_a_pass_number_typed_by_hand_is_typing(qtbot, services: Services) -> None:
    row = services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    window = _window(qtbot, services)
    form = window.workspace("visitors").form
    form.ui.note_edit.setFocus()
    qtbot.keyClicks(form.ui.note_edit, row.pass_no, delay=60)  # a person, not a scanner
    assert form.ui.note_edit.text() == row.pass_no
    assert services.visitors.visit(row.id).time_out is None


def test_f7_corrects_a_visit_and_shows_its_history(qtbot, services: Services) -> None:
    from deskapp.ui.workspaces.visitors.correction_dialog import VisitCorrectionDialog

    services.directory.save_department(DepartmentRow(None, "工程部", "021-62345678-8002"))
    row = services.visitors.check_in(VisitInput(name="张山", host=HostRef("someone")))
    window = _window(qtbot, services)
    tab = window.workspace("visitors")

    def open_dialog() -> VisitCorrectionDialog:
        tab.history.select(row.id)
        tab.history.ui.table.setFocus()
        qtbot.keyClick(tab.history.ui.table, Qt.Key.Key_F7)
        return next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, VisitCorrectionDialog) and w.isVisible())

    dialog = open_dialog()
    assert not dialog.ui.history_table.isVisible()  # nothing corrected yet
    dialog.ui.name_edit.setText("张三")
    dialog.ui.host_edit.setText("工程部")
    qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Return)  # no reason yet
    assert dialog.isVisible() and dialog.ui.reason_error.text() == (
        "Say why the visit is corrected.")
    dialog.ui.reason_edit.setText("名字写错")
    qtbot.keyClick(dialog.ui.reason_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    shown = tab.model.row(tab.model.find_row(row.id))
    assert (shown.name, shown.host_label) == ("张三", "工程部")
    assert tab.model.index(tab.model.find_row(row.id), 1).data() == "张三 ✎"
    with qtbot.waitActive(window):
        window.activateWindow()
    again = open_dialog()
    table = again.ui.history_table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in range(1, 5)] == ["Name", "张山", "张三", "名字写错"]
    again.reject()


def test_ctrl_g_checks_a_party_in_with_a_pass_each(qtbot, services: Services,
                                                   monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from deskapp.ui.workspaces.visitors.party_dialog import PartyDialog

    answers = iter(["小李, 13800138000\n小张, 123", "小李, 13800138000\n小张"])
    shown_errors = []

    def type_members(dialog: PartyDialog) -> int:
        shown_errors.append(dialog.ui.members_error.text())
        dialog.ui.members_edit.setPlainText(next(answers))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PartyDialog, "exec", type_members)
    window = _window(qtbot, services)
    tab = window.workspace("visitors")
    printed = []
    tab.print_requested.connect(lambda kind, record: printed.append(record))
    form = tab.form
    commit_text(form.ui.name_edit, "王师傅")
    form.ui.company_edit.setText("顺丰")
    form.ui.host_edit.setText("工程部")
    qtbot.keyClick(form.ui.name_edit, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    # The first try had a bad ID on line 2: the dialog came back saying so.
    assert shown_errors[1].startswith("Line 2: ")
    names = sorted(tab.model.row(r).name for r in range(tab.model.rowCount()))
    assert names == ["小张", "小李", "王师傅"]
    assert len(printed) == 3  # a pass each
    assert all(tab.model.row(r).company == "顺丰" for r in range(3))
    assert form.ui.name_edit.text() == ""  # the form is ready for the next one


def test_members_are_read_one_per_line() -> None:
    from deskapp.ui.workspaces.visitors.party_dialog import parse_members

    members = parse_members("小李，13800138000\n\n 小张 , 11010519491231002X ,13900001111\nTom")
    assert [(m.name, m.id_number, m.phone) for m in members] == [
        ("小李", "", "13800138000"), ("小张", "11010519491231002X", "13900001111"),
        ("Tom", "", "")]


def test_a_party_member_checking_out_is_asked_whole_party_or_only_them(
        qtbot, services: Services, monkeypatch) -> None:
    party = services.visitors.check_in_group([
        VisitInput(name="王师傅", host=HostRef("x")), VisitInput(name="小李"),
        VisitInput(name="小张")])
    window = _window(qtbot, services)
    tab = window.workspace("visitors")
    answers = iter([1, 0])
    asked = []
    monkeypatch.setattr(messages, "choose", lambda parent, text, options, title="":
                        asked.append((text, options)) or next(answers))
    tab.focus_check_out()
    qtbot.keyClicks(tab.ui.check_out_edit, "2")
    qtbot.keyClick(tab.ui.check_out_edit, Qt.Key.Key_Return)
    assert asked[0] == ("小李 came with a party; 2 more of it still on site.",
                        ["The whole party (3 people)", "Only 小李"])
    assert services.visitors.on_site_count() == (2, 2)  # only 小李 left
    tab.focus_check_out()
    qtbot.keyClicks(tab.ui.check_out_edit, party[0].pass_no)
    qtbot.keyClick(tab.ui.check_out_edit, Qt.Key.Key_Return)
    assert asked[1][1] == ["The whole party (2 people)", "Only 王师傅"]
    assert services.visitors.on_site_count() == (0, 0)


def test_an_expected_visitor_is_checked_in_with_one_key(qtbot, services: Services,
                                                        now) -> None:
    from deskapp.domain.records import HostResponse
    from deskapp.domain.visitors.expected import ExpectedInput, ExpectedState

    services.expected.add(ExpectedInput(name="赵总", phone="13800138000", company="华为",
                                        party_size=2, host=HostRef("1203"),
                                        expected_at=now.value + dt.timedelta(minutes=30)))
    window = _window(qtbot, services)
    tab = window.workspace("visitors")
    printed = []
    tab.print_requested.connect(lambda kind, record: printed.append(record))
    listing = tab.expected.ui.expected_list
    listing.setFocus()
    listing.setCurrentItem(listing.topLevelItem(0))
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    [visit] = [tab.model.row(r) for r in range(tab.model.rowCount())]
    assert (visit.name, visit.phone, visit.company, visit.party_size) == (
        "赵总", "13800138000", "华为", 2)
    assert printed == [visit.id]  # the pass, as for any check-in
    [row] = services.expected.for_day(services.clock.today())
    assert row.state is ExpectedState.ARRIVED
    assert "1 arrived" in tab.expected.ui.summary_label.text()
    # A host who declines with a new time puts the visitor on that day's list.
    services.visitors.record_host_response(visit.id, HostResponse.DECLINED,
                                           appointment_at=now.value + dt.timedelta(hours=3))
    tab.refresh()
    assert listing.topLevelItemCount() == 2


def test_f12_prints_who_is_on_site_and_the_passes_page_prints_a_card(
        qtbot, services: Services) -> None:
    window = _window(qtbot, services)
    tab = window.workspace("visitors")
    asked = []
    tab.print_requested.connect(lambda kind, record: asked.append((kind, record)))
    window.show_tab("calls")  # from another tab too
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert asked == [("on-site", 0)]
    tab.open_screening("passes")
    from deskapp.ui.workspaces.visitors.screening.dialog import ScreeningDialog

    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ScreeningDialog) and w.isVisible())
    page = dialog.passes_page
    assert page.ui.print_button.isVisibleTo(dialog)  # the window's printer was given
    dialog.reject()
    services.directory.save_department(DepartmentRow(None, "工程部"))
    today = services.clock.today()
    card = services.screening.issue_temp_pass(
        holder_name="装修工", id_number="11010519491231002X", host_label="工程部",
        work="水电改造", valid_from=today, valid_to=today, deposit="50")
    tab.open_screening("passes")
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ScreeningDialog) and w.isVisible())
    dialog.passes_page.ui.table.selectRow(0)
    dialog.passes_page.print_selected()
    assert asked[-1] == ("temp-pass", card.id)
    dialog.reject()


def test_f8_reads_the_id_card_into_the_form_masked(qtbot, services: Services) -> None:
    from deskapp.devices.id_card import IdCardFields, Sex
    from deskapp.devices.simulated_reader import SimulatedIdCardReader

    services.settings.save(replace(services.settings.load(), org_name="星河物业",
                                   demo=True))  # a practice file: the simulated reader
    window = _window(qtbot, services)
    tab = window.workspace("visitors")
    form = tab.form
    assert form.ui.read_card_button.isVisible()
    reader = SimulatedIdCardReader([IdCardFields(
        name="欧阳喆", sex=Sex.FEMALE, ethnicity="汉", birth_date=dt.date(1949, 12, 31),
        address="北京市朝阳区建国路1号", id_number="11010519491231002X",
        issuing_authority="北京市公安局朝阳分局", valid_from=dt.date(2015, 1, 1),
        valid_to=dt.date(2025, 1, 1))])
    tab._reader = reader
    form.ui.name_edit.setFocus()
    qtbot.keyClick(form.ui.name_edit, Qt.Key.Key_F8)
    assert form.ui.name_edit.text() == "欧阳喆"
    assert form.ui.id_number_edit.text() == ""  # never shown whole
    assert form.ui.id_number_edit.placeholderText() == "From the card: 110105********002X"
    assert form.ui.returning_label.text().startswith("This ID card expired on 2025-01-01.")
    form.ui.host_edit.setText("工程部")
    qtbot.keyClick(form.ui.host_edit, Qt.Key.Key_Return)
    [visit] = [tab.model.row(r) for r in range(tab.model.rowCount())]
    assert (visit.id_number, visit.address) == ("11010519491231002X", "北京市朝阳区建国路1号")
    qtbot.keyClick(form.ui.name_edit, Qt.Key.Key_F8)  # no card on the reader
    assert form.ui.name_edit.text() == ""
    assert "card" in window.statusBar().currentMessage().lower()


def test_no_reader_no_button(qtbot, services: Services) -> None:
    tab = _window(qtbot, services).workspace("visitors")
    assert not tab.form.ui.read_card_button.isVisible()  # a real counter without a driver


def test_a_scan_into_a_spin_box_or_a_date_box_checks_out_and_saves_nothing(
        qtbot, services: Services) -> None:
    row = services.visitors.check_in(VisitInput(name="张三", host=HostRef("x")))
    window = _window(qtbot, services)
    form = window.workspace("visitors").form
    commit_text(form.ui.name_edit, "李四")
    form.ui.host_edit.setText("工程部")
    for widget in (form.ui.party_size_spin, form.ui.time_in_edit):
        services.visitors.undo_check_out(row.id) if not services.visitors.visit(
            row.id).on_site else None
        time_in = form.ui.time_in_edit.dateTime()
        widget.setFocus()
        qtbot.keyClicks(widget, row.pass_no)
        qtbot.keyClick(widget, Qt.Key.Key_Return)  # the form's own Enter must not fire
        assert services.visitors.visit(row.id).time_out is not None
        assert form.ui.party_size_spin.value() == 1
        assert form.ui.time_in_edit.dateTime() == time_in
        assert form.ui.name_edit.text() == "李四"  # the form was not saved
    today = services.clock.today()
    assert [v.name for v in services.visitors.page(VisitQuery(today, today))] == ["张三"]


def test_a_party_refused_for_the_leader_keeps_the_crew_typed(qtbot, services: Services,
                                                             monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from deskapp.ui.workspaces.visitors.party_dialog import PartyDialog, parse_member_lines

    seen = []

    def type_or_keep(dialog: PartyDialog) -> int:
        seen.append(dialog.ui.members_edit.toPlainText())
        if not seen[-1]:
            dialog.ui.members_edit.setPlainText("小李\n\n小张")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PartyDialog, "exec", type_or_keep)
    form = _window(qtbot, services).workspace("visitors").form
    commit_text(form.ui.name_edit, "王师傅")  # no host yet: the leader is refused
    form.check_in_party()
    assert form.errors.message("host")
    form.ui.host_edit.setText("工程部")
    form.check_in_party()
    assert seen == ["", "小李\n\n小张"]  # the crew came back as typed
    assert services.visitors.on_site_count() == (3, 3)
    assert [n for n, _m in parse_member_lines("小李\n\n小张")] == [1, 3]  # lines as typed


def test_a_booking_does_not_wipe_a_visitor_being_typed(qtbot, services: Services, now,
                                                       monkeypatch) -> None:
    from deskapp.domain.visitors.expected import ExpectedInput

    services.expected.add(ExpectedInput(name="赵总", host=HostRef("1203"),
                                        expected_at=now.value + dt.timedelta(minutes=30)))
    tab = _window(qtbot, services).workspace("visitors")
    commit_text(tab.form.ui.name_edit, "钱七")
    asked = []
    monkeypatch.setattr(messages, "ask", lambda parent, text, title="", default_yes=True:
                        asked.append(default_yes) or False)
    listing = tab.expected.ui.expected_list
    listing.setFocus()
    listing.setCurrentItem(listing.topLevelItem(0))
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert asked == [False] and tab.form.ui.name_edit.text() == "钱七"
    assert services.visitors.on_site_count() == (0, 0)


def test_a_counter_taking_no_id_numbers_reads_no_cards(qtbot, services: Services) -> None:
    services.settings.save(replace(services.settings.load(), org_name="星河物业", demo=True,
                                   collect_id_number=False))
    form = _window(qtbot, services).workspace("visitors").form
    assert not form.ui.read_card_button.isVisible()
