"""The audit trail driven as a supervisor does, from the keyboard, offscreen: what the
counter saved shows, the filters narrow it, an entry opens in full, the export reopens in
Excel; a receptionist is told they may not look."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from sqlalchemy import text

from deskapp.bootstrap import Services
from deskapp.domain.audit_trail import AuditQuery
from deskapp.domain.roles import Action, Role
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.ui import messages
from deskapp.ui.dialogs.audit_dialog import AuditDialog, open_audit_trail
from deskapp.ui.tasks import SyncTaskRunner

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def counter(services: Services) -> Services:
    """An administrator and a supervisor; 王芳 checked two visitors in, one voided with
    李主管's approval; the supervisor 李主管 on duty now."""
    services.settings.save(replace(services.settings.load(), org_name="星河物业",
                                   welcomed=True, language="en"))
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pass", "admin-pass")
    accounts.log_in("管理员", "admin-pass")
    accounts.add("李主管", Role.SUPERVISOR, "8888", "8888")
    accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    accounts.log_in("王芳", "1234")
    services.operator.move_to("一楼大堂")
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    mistake = services.visitors.check_in(VisitInput(name="李四", host=HostRef("1203")))
    approval = accounts.approve("李主管", "8888", Action.VOID_RECORD)
    services.visitors.void(mistake.id, "登记重复", approval)
    accounts.log_in("李主管", "8888")
    return services


@pytest.fixture
def dialog(qtbot, counter: Services) -> AuditDialog:
    opened = open_audit_trail(None, counter, SyncTaskRunner())
    assert opened is not None
    qtbot.addWidget(opened)
    qtbot.waitActive(opened)
    return opened


def shown(dialog: AuditDialog) -> list:
    return [dialog.model.row(i) for i in range(dialog.model.rowCount())]


def pick(qtbot, dialog: AuditDialog, alt_key: Qt.Key, combo: QComboBox, value: str) -> None:
    """Alt+key into a list, Home, then Down until ``value`` is chosen."""
    qtbot.keyClick(dialog.focusWidget(), alt_key, ALT)
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value


def test_what_the_counter_saved_shows_newest_first_with_the_chain_sound(
        dialog: AuditDialog, counter: Services) -> None:
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    rows = shown(dialog)
    today = counter.clock.today()
    assert [r.id for r in rows] == [r.id for r in counter.audit.page(AuditQuery(today, today))]
    assert rows[0].id > rows[-1].id  # newest first
    visits = [r for r in rows if r.record_kind == "visit"]
    assert [r.action for r in visits] == ["void", "create", "create"]
    assert {r.actor for r in visits} == {"王芳"} and visits[0].approved_by == "李主管"
    assert dialog.ui.summary_label.text() == f"Entries: {len(rows)}"
    assert dialog.chain_text().startswith("Audit trail: sound")
    void = rows.index(visits[0])
    changes = dialog.model.index(void, dialog.model.column_of("changes")).data()
    assert "void_reason: — → 登记重复" in changes


def test_the_operator_kind_action_and_words_narrow_the_list(
        qtbot, dialog: AuditDialog, counter: Services) -> None:
    everything = shown(dialog)
    pick(qtbot, dialog, Qt.Key.Key_O, dialog.ui.actor_combo, "李主管")
    # Their own log-in and approval, and what they approved though 王芳 was on duty.
    assert [(r.action, r.actor, r.approved_by) for r in shown(dialog)] == [
        ("log-in", "李主管", ""), ("void", "王芳", "李主管"), ("approval", "李主管", "")]
    pick(qtbot, dialog, Qt.Key.Key_K, dialog.ui.kind_combo, "visit")
    [void] = shown(dialog)
    assert void.action == "void"
    pick(qtbot, dialog, Qt.Key.Key_O, dialog.ui.actor_combo, None)  # Everyone
    assert {r.record_kind for r in shown(dialog)} == {"visit"} and len(shown(dialog)) == 3
    pick(qtbot, dialog, Qt.Key.Key_A, dialog.ui.action_combo, "create")
    assert [r.action for r in shown(dialog)] == ["create", "create"]
    assert dialog.ui.summary_label.text() == "Entries: 2"
    # A record's number in the search box.
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_W, ALT)
    qtbot.keyClicks(dialog.ui.search_edit, str(void.record_id))
    assert [r.record_id for r in shown(dialog)] == [void.record_id]
    dialog.choose(dialog.ui.action_combo, None)
    dialog.choose(dialog.ui.kind_combo, None)
    dialog.ui.search_edit.clear()
    assert [r.id for r in shown(dialog)] == [r.id for r in everything]


def test_dates_out_of_range_show_nothing(qtbot, dialog: AuditDialog, counter: Services) -> None:
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_F, ALT)
    assert dialog.ui.from_date_edit.hasFocus()
    day = counter.clock.today().replace(day=1)
    dialog.ui.from_date_edit.setDate(day.replace(year=day.year - 1))
    dialog.ui.to_date_edit.setDate(day.replace(year=day.year - 1))
    assert shown(dialog) == [] and dialog.ui.summary_label.text() == "Entries: 0"


def test_enter_on_an_entry_shows_it_in_full(qtbot, dialog: AuditDialog,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "info", lambda _parent, body, title="": told.append(
        (title, body)))
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_W, ALT)
    qtbot.keyClick(dialog.ui.search_edit, Qt.Key.Key_Down)  # into the list, first row
    assert dialog.ui.entries_table.hasFocus()
    qtbot.keyClick(dialog.ui.entries_table, Qt.Key.Key_Down)  # the void, before 李主管's log-in
    qtbot.keyClick(dialog.ui.entries_table, Qt.Key.Key_Return)
    [(title, body)] = told
    void = shown(dialog)[1]
    assert void.action == "void" and title == f"Audit trail entry {void.id}"
    assert "Operator: 王芳" in body and "Approved by: 李主管" in body
    assert "void_reason: — → 登记重复" in body.splitlines()
    assert dialog.isVisible()  # Enter did not close the dialog
    # A double click does the same.
    table = dialog.ui.entries_table
    rect = table.visualRect(dialog.model.index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(told) == 2 and told[1][0] == f"Audit trail entry {shown(dialog)[2].id}"


def test_export_writes_what_the_filters_show(qtbot, dialog: AuditDialog, counter: Services,
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "audit.xlsx"
    asked: list[AuditQuery] = []
    monkeypatch.setattr(dialog, "ask_export_path", lambda query: asked.append(query) or target)
    dialog.choose(dialog.ui.kind_combo, "visit")
    expected = shown(dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_E, ALT)
    qtbot.waitUntil(target.exists)
    assert asked[0].kind == "visit"
    assert dialog.ui.status_label.text() == f"Exported to {target}."
    ws = openpyxl.load_workbook(target).active
    header_at = next(r for r in range(1, 20) if ws.cell(r, 1).value == "Entry no.")
    assert ws["A1"].value == "星河物业 — Audit trail"
    rows = list(ws.iter_rows(min_row=header_at + 1, values_only=True))
    assert [r[0] for r in rows] == [r.id for r in reversed(expected)]  # oldest first
    assert [r[5] for r in rows] == ["created", "created", "voided"]  # as the counter says it
    assert any(row == ("Filter", "Record kind: visit") for row in
               ws.iter_rows(min_row=1, max_row=header_at, max_col=2, values_only=True))


def test_a_failed_export_says_why(qtbot, dialog: AuditDialog, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, body, title="": warned.append(body))
    monkeypatch.setattr(dialog, "ask_export_path", lambda _query: tmp_path / "no" / "x" / "")
    blocked = tmp_path / "no"
    blocked.write_text("a file where a folder should be")
    dialog.export()
    [said] = warned
    assert said.startswith("The export failed; no file was written.")


def test_a_broken_chain_is_shown_in_red(qtbot, counter: Services) -> None:
    with counter.engine.begin() as conn:
        conn.execute(text("UPDATE auditentry SET actor = 'nobody' WHERE seq = 3"))
    dialog = AuditDialog(counter, SyncTaskRunner())
    qtbot.addWidget(dialog)
    assert dialog.chain_text() == "Audit trail: broken at entry 3, changed after it was written."
    assert "color" in dialog.ui.chain_label.styleSheet()


def test_a_receptionist_is_told_and_nothing_opens(qtbot, counter: Services,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, body, title="": warned.append(
        (title, body)))
    counter.operator.hand_over("王芳", Role.RECEPTIONIST, 3)
    assert open_audit_trail(None, counter, SyncTaskRunner()) is None
    [(title, body)] = warned
    assert title == "Audit trail"
    assert body == "Your role (Receptionist) may not view the audit trail."
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, AuditDialog) and w.isVisible()]


def test_escape_closes_and_deletes_the_dialog(qtbot, counter: Services) -> None:
    dialog = open_audit_trail(None, counter, SyncTaskRunner())  # not the qtbot's to close
    assert dialog is not None
    qtbot.waitActive(dialog)
    with qtbot.waitSignal(dialog.destroyed, timeout=2000):
        qtbot.keyClick(dialog.ui.search_edit, Qt.Key.Key_Escape)
        QApplication.processEvents()
