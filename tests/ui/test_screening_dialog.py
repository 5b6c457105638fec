"""ScreeningDialog: deny list, police watch list and temporary passes driven through the forms."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from deskapp.bootstrap import Services
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.screening import DenyReason
from deskapp.ui import messages
from deskapp.ui.workspaces.visitors.screening.dialog import ScreeningDialog

BAD_ID = "110105194912310021"  # the check digit should be X
GOOD_ID = "11010519491231002X"
VALID_COLUMN = 4
STATUS_COLUMN = 5


# --- Helpers


@pytest.fixture
def dialog(qtbot, services: Services) -> ScreeningDialog:
    services.directory.save_unit(UnitRow(None, "1203", occupant="张三", company="华为"))
    services.directory.save_department(DepartmentRow(None, "工程部"))
    dlg = ScreeningDialog(services.screening, services.directory, services.clock)
    qtbot.addWidget(dlg)
    return dlg


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail loudly instead of blocking if a test forgets to answer a message box."""
    shown: list[str] = []

    def unexpected(parent: object, text: str, title: str = "") -> None:
        shown.append(text)
        raise AssertionError(f"unexpected message box: {text}")

    monkeypatch.setattr(messages, "warn", unexpected)
    monkeypatch.setattr(messages, "info", unexpected)
    monkeypatch.setattr(messages, "ask", unexpected)
    return shown


def column(table: QTableWidget, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def select_row_with(table: QTableWidget, text: str) -> int:
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == text:
            table.selectRow(r)
            return r
    raise AssertionError(f"{text!r} not in {column(table, 0)}")


def completions(completer) -> list[str]:
    """The labels the host list offers now."""
    model = completer.completionModel()
    return [model.index(r, 0).data(Qt.ItemDataRole.EditRole) for r in range(model.rowCount())]


def press_enter(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)


# --- Deny list


def test_add_deny_entry_and_deactivate(dialog, services, monkeypatch, qtbot) -> None:
    deny = dialog.deny_page.ui
    deny.name_edit.setText("赵推销")
    qtbot.keyClicks(deny.phone_edit, "13800138000")
    deny.company_edit.setText("某保险公司")
    deny.reason_combo.setCurrentIndex(deny.reason_combo.findData(DenyReason.SALES.value))
    deny.add_button.click()

    assert column(deny.table, 0) == ["赵推销"]
    assert deny.table.item(0, 4).text() == DenyReason.SALES.label()
    [saved] = services.screening.deny_list()
    assert (saved.name, saved.reason, saved.phone) == ("赵推销", DenyReason.SALES, "13800138000")
    assert deny.name_edit.text() == ""
    assert "赵推销" in dialog.status_text()

    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, text, title="": asked.append(text) or True)
    select_row_with(deny.table, "赵推销")
    assert deny.deactivate_button.isEnabled()
    deny.deactivate_button.click()

    assert asked and "赵推销" in asked[0]
    assert deny.table.rowCount() == 0
    assert services.screening.deny_list() == []
    [kept] = services.screening.deny_list(include_inactive=True)
    assert kept.name == "赵推销" and not kept.active

    deny.show_inactive_check.setChecked(True)
    assert column(deny.table, 0) == ["赵推销"]
    assert not deny.table.isColumnHidden(STATUS_COLUMN)
    select_row_with(deny.table, "赵推销")
    assert not deny.deactivate_button.isEnabled()


def test_deactivate_cancelled_keeps_entry(dialog, services, monkeypatch) -> None:
    deny = dialog.deny_page.ui
    services.screening.add_deny(name="钱某", reason=DenyReason.ADVERTISING)
    dialog.reload()
    monkeypatch.setattr(messages, "ask", lambda *a, **k: False)
    select_row_with(deny.table, "钱某")
    deny.deactivate_button.click()
    assert [r.name for r in services.screening.deny_list()] == ["钱某"]


def test_deny_needs_something_to_match_by(dialog, services) -> None:
    deny = dialog.deny_page.ui
    deny.company_edit.setText("某公司")
    deny.add_button.click()
    assert dialog.deny_page.errors.message("name")
    assert services.screening.deny_list(include_inactive=True) == []


def test_deny_checks_resident_id_check_digit(dialog, services) -> None:
    deny = dialog.deny_page.ui
    # The service checks deny/watch ID numbers only as "some document"; the form adds GB 11643.
    deny.name_edit.setText("郑某")
    deny.id_number_edit.setText(BAD_ID)
    deny.add_button.click()
    assert dialog.deny_page.errors.message("id_number")
    assert services.screening.deny_list(include_inactive=True) == []
    deny.id_number_edit.setText(GOOD_ID.lower())
    deny.add_button.click()
    assert deny.table.item(0, 1).text() == "110105********002X"


def test_enter_in_deny_form_saves(dialog, services, qtbot) -> None:
    deny = dialog.deny_page.ui
    with qtbot.waitExposed(dialog):
        dialog.show()
    deny.name_edit.setText("孙某")
    press_enter(qtbot, deny.note_edit)
    assert [r.name for r in services.screening.deny_list()] == ["孙某"]


# --- Watch list


def test_watch_entry_rejects_bad_id_then_masks_good_one(dialog, services) -> None:
    watch = dialog.watch_page.ui
    dialog.show_page("watch")
    watch.name_edit.setText("李四")
    watch.id_number_edit.setText(BAD_ID)
    watch.source_edit.setText("朝阳分局协查通报 2026-118号")
    watch.add_button.click()

    assert dialog.watch_page.errors.message("id_number")
    assert watch.id_number_error_label.isVisibleTo(dialog)
    assert services.screening.watch_list(include_inactive=True) == []
    assert watch.table.rowCount() == 0
    assert watch.id_number_edit.text() == BAD_ID  # left for correcting

    watch.id_number_edit.setText(GOOD_ID)
    watch.add_button.click()

    assert dialog.watch_page.errors.message("id_number") == ""
    [saved] = services.screening.watch_list()
    assert saved.id_number == GOOD_ID and saved.valid_until is None
    table_text = [watch.table.item(0, c).text() for c in range(watch.table.columnCount())]
    assert table_text[:2] == ["李四", "110105********002X"]
    assert not any(GOOD_ID in text for text in table_text)
    assert not any(GOOD_ID in (watch.table.item(0, c).toolTip() or "")
                   for c in range(watch.table.columnCount()))
    assert watch.id_number_edit.text() == ""  # the full number does not linger in the form
    assert GOOD_ID not in dialog.status_text()


def test_error_messages_are_as_wide_as_their_field(dialog, qtbot) -> None:
    # Not squeezed into a narrow column of three short lines beside empty space.
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.show_page("watch")
    dialog.watch_page.save()
    for page, field in ((dialog.watch_page, "id_number"), (dialog.watch_page, "source")):
        edit = getattr(page.ui, f"{field}_edit")
        label = getattr(page.ui, f"{field}_error_label")
        assert label.isVisible() and label.width() >= edit.width() - 2, field


def test_watch_valid_until_and_withdraw(dialog, services, clock, monkeypatch) -> None:
    watch = dialog.watch_page.ui
    dialog.show_page("watch")
    watch.name_edit.setText("周五")
    watch.phone_edit.setText("13912345678")
    watch.source_edit.setText("派出所通报")
    watch.no_end_check.setChecked(False)
    assert watch.valid_until_date_edit.isEnabled()
    watch.valid_until_date_edit.setDate(clock.today() + dt.timedelta(days=30))
    watch.add_button.click()
    [saved] = services.screening.watch_list()
    assert saved.valid_until == clock.today() + dt.timedelta(days=30)
    assert watch.table.item(0, 5).text() == "2026-12-23"

    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    select_row_with(watch.table, "周五")
    watch.withdraw_button.click()
    assert services.screening.watch_list() == []
    [kept] = services.screening.watch_list(include_inactive=True)
    assert not kept.active
    assert watch.table.rowCount() == 0


# --- Temporary passes


def issue_pass(dialog: ScreeningDialog, holder: str = "王五") -> None:
    passes = dialog.passes_page.ui
    dialog.show_page("passes")
    passes.holder_edit.setText(holder)
    passes.id_number_edit.setText(GOOD_ID)
    passes.phone_edit.setText("13700001111")
    passes.company_edit.setText("美家装饰公司")
    passes.host_edit.setText("1203 张三 (华为)")
    passes.work_edit.setText("室内装修")
    passes.issue_button.click()


def test_issue_pass_then_expire_and_revoke(dialog, services, now, monkeypatch, qtbot) -> None:
    passes = dialog.passes_page.ui
    today = services.clock.today()
    assert passes.valid_from_date_edit.date().toPython() == today
    assert passes.valid_to_date_edit.date().toPython() == today + dt.timedelta(days=7)

    with qtbot.waitSignal(dialog.temp_pass_issued, timeout=1000) as issued:
        issue_pass(dialog)
    row = issued.args[0]
    assert row.pass_no == "T261123-01"
    assert row.host_label == "1203 张三 (华为)" and row.host_unit_id is not None
    assert "T261123-01" in dialog.status_text()
    r = select_row_with(passes.table, "T261123-01")
    assert passes.table.selectionModel().isRowSelected(r)
    assert passes.table.item(r, VALID_COLUMN).text() == "2026-11-23 – 2026-11-30"
    assert passes.table.item(r, STATUS_COLUMN).text() == "Valid"
    assert passes.holder_edit.text() == "" and passes.company_edit.text() == "美家装饰公司"

    now.advance(days=8)
    dialog.reload()
    assert passes.table.rowCount() == 0  # current passes only, by default
    passes.show_ended_check.setChecked(True)
    r = select_row_with(passes.table, "T261123-01")
    assert passes.table.item(r, STATUS_COLUMN).text() == "Expired"
    assert "expired" in passes.table.item(r, STATUS_COLUMN).toolTip()

    # A second pass, issued on the new day, is revoked with a reason.
    issue_pass(dialog, holder="陈六")
    [fresh] = services.screening.temp_passes()
    assert fresh.pass_no == "T261201-01"
    asked: list[str] = []
    monkeypatch.setattr(dialog.passes_page, "ask_revoke_reason",
                        lambda pass_row: asked.append(pass_row.pass_no) or "施工结束")
    select_row_with(passes.table, fresh.pass_no)
    assert passes.revoke_button.isEnabled()
    passes.revoke_button.click()
    assert asked == [fresh.pass_no]
    assert services.screening.temp_passes() == []
    r = select_row_with(passes.table, fresh.pass_no)
    assert passes.table.item(r, STATUS_COLUMN).text() == "Revoked"
    assert not passes.revoke_button.isEnabled()


def test_revoke_cancelled_does_nothing(dialog, services, monkeypatch) -> None:
    passes = dialog.passes_page.ui
    issue_pass(dialog)
    monkeypatch.setattr(dialog.passes_page, "ask_revoke_reason", lambda pass_row: None)
    select_row_with(passes.table, "T261123-01")
    passes.revoke_button.click()
    assert len(services.screening.temp_passes()) == 1


def test_pass_not_yet_valid(dialog, services) -> None:
    passes = dialog.passes_page.ui
    start = services.clock.today() + dt.timedelta(days=3)
    passes.valid_from_date_edit.setDate(start)
    assert passes.valid_to_date_edit.date().toPython() == start + dt.timedelta(days=4)
    issue_pass(dialog)
    assert passes.table.item(0, STATUS_COLUMN).text() == "Not yet valid"


def test_bad_pass_input_saves_nothing(dialog, services) -> None:
    passes = dialog.passes_page.ui
    dialog.show_page("passes")
    today = services.clock.today()
    passes.id_number_edit.setText(BAD_ID)
    passes.valid_from_date_edit.setDate(today + dt.timedelta(days=3))
    passes.valid_to_date_edit.setDate(today + dt.timedelta(days=1))
    passes.issue_button.click()
    assert dialog.passes_page.errors.message("holder_name")
    assert dialog.passes_page.errors.message("id_number")
    assert dialog.passes_page.errors.message("valid_to")
    assert services.screening.temp_passes(current_only=False) == []

    # A pass that would already have expired is refused by the form itself.
    passes.holder_edit.setText("王五")
    passes.id_number_edit.setText(GOOD_ID)
    passes.host_edit.setText("1203")
    passes.work_edit.setText("室内装修")
    passes.valid_from_date_edit.setDate(today - dt.timedelta(days=5))
    passes.valid_to_date_edit.setDate(today - dt.timedelta(days=1))
    passes.issue_button.click()
    assert dialog.passes_page.errors.message("valid_to")
    assert dialog.passes_page.errors.message("holder_name") == ""
    assert services.screening.temp_passes(current_only=False) == []


def test_form_dates_follow_the_day(dialog, services, now) -> None:
    passes = dialog.passes_page.ui
    now.advance(days=2)
    dialog.reload()
    today = services.clock.today()
    assert passes.valid_from_date_edit.date().toPython() == today
    assert passes.valid_to_date_edit.date().toPython() == today + dt.timedelta(days=7)


def test_host_completion_by_pinyin_initials(dialog, services, qtbot) -> None:
    passes = dialog.passes_page.ui
    completer = dialog.passes_page.host_completer
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.show_page("passes")
    passes.host_edit.insert("zs")  # insert() counts as typing, unlike setText()
    assert completions(completer) == ["1203 张三 (华为)"]
    passes.host_edit.clear()
    passes.host_edit.insert("gcb")
    assert completions(completer) == ["工程部"]
    passes.host_edit.clear()
    passes.host_edit.insert("zhangsan")  # full pinyin too, as at check-in
    assert completions(completer) == ["1203 张三 (华为)"]

    # Half-typed text that matches several entries must be picked, not saved as is…
    services.directory.save_unit(UnitRow(None, "1204", "张帅", "腾讯"))
    passes.holder_edit.setText("王五")
    passes.id_number_edit.setText(GOOD_ID)
    passes.work_edit.setText("室内装修")
    passes.host_edit.setText("zs")
    passes.issue_button.click()
    assert "choose one" in dialog.passes_page.errors.message("host")
    assert services.screening.temp_passes(current_only=False) == []
    # …while text naming one entry is that entry (the same rule as at check-in).
    passes.host_edit.setText("1204")
    passes.issue_button.click()
    [row] = services.screening.temp_passes()
    assert (row.host_label, row.host_unit_id) == ("1204 张帅 (腾讯)", 2)
    passes.holder_edit.setText("王五")
    passes.id_number_edit.setText(GOOD_ID)

    # A department is a host without a unit id…
    passes.host_edit.setText("工程部")
    passes.issue_button.click()
    row = services.screening.temp_passes()[0]
    assert (row.host_label, row.host_unit_id) == ("工程部", None)
    # …but someone the directory does not list cannot vouch for workers.
    passes.holder_edit.setText("刘七")
    passes.id_number_edit.setText(GOOD_ID)
    passes.host_edit.setText("消防维保单位")
    passes.issue_button.click()
    assert "from the directory" in dialog.passes_page.errors.message("host")
    assert len(services.screening.temp_passes()) == 2


def test_enter_on_the_host_list_chooses_and_never_issues(dialog, services, qtbot) -> None:
    services.directory.save_unit(UnitRow(None, "1204", "张帅", "腾讯"))
    dialog.reload()  # the new unit is offered
    passes = dialog.passes_page.ui
    completer = dialog.passes_page.host_completer
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.show_page("passes")
    passes.holder_edit.setText("王五")
    passes.id_number_edit.setText(GOOD_ID)
    passes.work_edit.setText("维修空调")
    passes.host_edit.setFocus()
    qtbot.keyClicks(passes.host_edit, "zs")  # pinyin initials of 张三 and 张帅
    popup = completer.popup()
    assert popup.isVisible() and len(completions(completer)) == 2
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert passes.host_edit.text() in ("1203 张三 (华为)", "1204 张帅 (腾讯)")
    assert services.screening.temp_passes(current_only=False) == []  # nothing issued yet
    assert passes.work_edit.hasFocus()  # on to the next field
    # Nothing highlighted: Enter on the list takes its first entry.
    passes.host_edit.clear()
    passes.host_edit.setFocus()
    qtbot.keyClicks(passes.host_edit, "zs")
    first = completions(completer)[0]
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert passes.host_edit.text() == first and not popup.isVisible()
    assert services.screening.temp_passes(current_only=False) == []

    # Enter on half-typed text picks the best entry rather than issuing with it…
    passes.host_edit.clear()
    passes.host_edit.setFocus()
    qtbot.keyClicks(passes.host_edit, "gcb")
    popup.hide()
    qtbot.keyClick(passes.host_edit, Qt.Key.Key_Return)
    assert passes.host_edit.text() == "工程部"
    assert services.screening.temp_passes(current_only=False) == []
    # …and Enter on a chosen host issues the pass, like Enter anywhere in the form.
    press_enter(qtbot, passes.host_edit)
    [row] = services.screening.temp_passes()
    assert (row.holder_name, row.host_label) == ("王五", "工程部")


def test_enter_in_issue_form_issues_pass(dialog, services, qtbot) -> None:
    passes = dialog.passes_page.ui
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.show_page("passes")
    passes.holder_edit.setText("王五")
    passes.id_number_edit.setText(GOOD_ID)
    passes.host_edit.setText("1203")
    passes.work_edit.setText("室内装修")
    press_enter(qtbot, passes.deposit_edit)
    assert [r.holder_name for r in services.screening.temp_passes()] == ["王五"]


# --- Keyboard and pages


def test_shortcuts_switch_tabs_and_escape_closes(dialog, qtbot) -> None:
    deny = dialog.deny_page.ui
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for key, page in ((Qt.Key.Key_2, "watch"), (Qt.Key.Key_3, "passes"), (Qt.Key.Key_1, "deny")):
        qtbot.keyClick(dialog.focusWidget() or dialog, key, Qt.KeyboardModifier.ControlModifier)
        assert dialog.current_page() == page
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(deny.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_start_page(services, qtbot) -> None:
    dlg = ScreeningDialog(services.screening, services.directory, services.clock,
                          start_page="passes")
    qtbot.addWidget(dlg)
    assert dlg.current_page() == "passes"
    with pytest.raises(ValueError):
        dlg.show_page("keys")
