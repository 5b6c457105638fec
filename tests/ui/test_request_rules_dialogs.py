"""The working-day calendar and the deadlines of requests, driven with keys and clicks:
the administrator marks holidays, a receptionist is asked for approval in place, a
supervisor changes deadlines, a bad amount is said under its cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import AuditEntry
from deskapp.domain.requests.deadlines import DeadlineRule
from deskapp.domain.requests.records import DeadlineUnit, Kind, Severity
from deskapp.domain.roles import Role
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDialog
from deskapp.ui.workspaces.requests.calendar_dialog import (
    WorkingCalendarDialog,
    open_working_calendar,
)
from deskapp.ui.workspaces.requests.deadlines_dialog import (
    RequestDeadlinesDialog,
    open_request_deadlines,
)
from helpers import commit_text

OCT_1 = dt.date(2027, 10, 1)
CTRL = Qt.KeyboardModifier.ControlModifier


def type_and_enter(qtbot, dialog: QDialog, name: str, secret: str) -> None:
    """The approver types their name and password and presses Enter."""
    ui = dialog.ui  # type: ignore[attr-defined]
    ui.name_edit.setText(name)  # a Chinese name comes from the input method
    qtbot.keyClicks(ui.secret_edit, secret)
    qtbot.keyClick(ui.secret_edit, Qt.Key.Key_Return)


def answer_approval(qtbot, answer: Callable[[QDialog], None]) -> list[QDialog]:
    """Answer the next approval dialog as the supervisor at the counter would. (Over a
    window-modal dialog of our own, the approval is not always the last modal window Qt
    lists, so it is looked for by its kind.)"""
    seen: list[QDialog] = []
    tries = [0]

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ApprovalDialog) and w.isVisible() and w not in seen]
        if shown:
            dialog = shown[0]
            seen.append(dialog)
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            answer(dialog)
            return
        tries[0] += 1
        if tries[0] <= 250:  # never shown: the test fails on ``seen`` instead of hanging
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


@pytest.fixture
def staffed(services: Services, monkeypatch) -> Services:
    """An administrator, a supervisor and a receptionist; the administrator is on duty."""
    monkeypatch.setattr(messages, "warn", lambda *a, **k: pytest.fail(f"warned: {a}"))
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pin", "admin-pin")
    accounts.add("李建国", Role.SUPERVISOR, "9876", "9876")
    accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    accounts.log_in("管理员", "admin-pin")
    services.settings.save(replace(services.settings.load(), org_name="星河物业",
                                   welcomed=True, language="en"))
    return services


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def calendar_dialog(qtbot, parent: QWidget, services: Services) -> WorkingCalendarDialog:
    dialog = open_working_calendar(parent, services)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def set_here(dialog: WorkingCalendarDialog) -> dict[dt.date, tuple[bool, str]]:
    return {e.day: (e.working, e.name) for e in dialog.shown_days() if e.marked_here}


def test_the_year_is_one_key_away_and_an_unknown_one_is_said(qtbot, parent, staffed) -> None:
    dialog = calendar_dialog(qtbot, parent, staffed)
    assert dialog.year() == 2026  # this year: the clock says 2026-11-23
    assert "2026" in dialog.ui.official_label.text()
    assert any(e.name == "National Day" for e in dialog.shown_days())
    qtbot.keyClick(dialog.ui.year_spin, Qt.Key.Key_Up)
    assert dialog.year() == 2027
    assert "No official holidays are known for 2027" in dialog.ui.official_label.text()
    assert dialog.shown_days() == []
    assert dialog.chosen_day() == dt.date(2027, 11, 23)  # the form follows the year


def test_the_administrator_marks_a_run_of_holidays_with_enter(qtbot, parent, staffed) -> None:
    dialog = calendar_dialog(qtbot, parent, staffed)
    qtbot.keyClick(dialog.ui.year_spin, Qt.Key.Key_Up)
    dialog.ui.date_edit.setDate(QDate(OCT_1))
    commit_text(dialog.ui.name_edit, "国庆节")
    qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Return)
    assert dialog.chosen_day() == OCT_1 + dt.timedelta(days=1)  # ready for the next one
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert set_here(dialog) == {OCT_1: (False, "国庆节"),
                                dt.date(2027, 10, 2): (False, "国庆节")}
    assert "2027-10-02" in dialog.status_text() and "holiday" in dialog.status_text()
    table = dialog.ui.days_table
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == ["Set here"] * 2
    assert table.item(1, 0).text().startswith("2027-10-02")
    stored = {e.day: e for e in staffed.calendar.entries(2027)}
    assert not stored[OCT_1].working and stored[OCT_1].marked_here
    # Delete on the list takes back the row selected, not the day the form moved on to.
    dialog.ui.days_table.setFocus()
    qtbot.keyClick(dialog.ui.days_table, Qt.Key.Key_Delete)
    assert set_here(dialog) == {OCT_1: (False, "国庆节")}
    assert staffed.calendar.marked_days() == [OCT_1]


def test_a_working_day_is_marked_and_taken_back_with_delete(qtbot, parent, staffed) -> None:
    dialog = calendar_dialog(qtbot, parent, staffed)
    national_day = dt.date(2026, 10, 1)
    dialog.ui.date_edit.setDate(QDate(national_day))
    qtbot.mouseClick(dialog.ui.working_radio, Qt.MouseButton.LeftButton)
    commit_text(dialog.ui.name_edit, "值班")
    qtbot.mouseClick(dialog.ui.mark_button, Qt.MouseButton.LeftButton)
    assert set_here(dialog) == {national_day: (True, "值班")}
    row = next(i for i, e in enumerate(dialog.shown_days()) if e.day == national_day)
    assert dialog.ui.days_table.item(row, 1).text() == "Worked in exchange"
    table = dialog.ui.days_table
    assert dialog.selected_day() == national_day  # the list shows what was just set
    assert dialog.chosen_day() == national_day + dt.timedelta(days=1)  # the form moved on
    cell = table.visualItemRect(table.item(row, 3)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert dialog.chosen_day() == national_day and dialog.ui.unmark_button.isEnabled()
    assert dialog.ui.name_edit.text() == "值班" and dialog.ui.working_radio.isChecked()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert set_here(dialog) == {}
    official = next(e for e in dialog.shown_days() if e.day == national_day)
    assert not official.working and official.name == "National Day"
    assert "official calendar again" in dialog.status_text()
    assert not dialog.ui.unmark_button.isEnabled()


def test_a_receptionist_is_asked_for_the_administrators_approval(qtbot, parent, staffed
                                                                 ) -> None:
    staffed.accounts.log_in("王芳", "1234")
    dialog = calendar_dialog(qtbot, parent, staffed)
    day = dt.date(2026, 12, 24)
    dialog.ui.date_edit.setDate(QDate(day))
    commit_text(dialog.ui.name_edit, "停电放假")
    answer_approval(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Return)
    assert set_here(dialog) == {} and staffed.calendar.marked_days() == []
    seen = answer_approval(qtbot, lambda d: type_and_enter(qtbot, d, "管理员", "admin-pin"))
    qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Return)
    assert len(seen) == 1
    assert "holiday calendar" in seen[0].ui.intro_label.text()
    assert set_here(dialog) == {day: (False, "停电放假")}
    with Session(staffed.engine) as session:
        approved = session.exec(select(AuditEntry).where(
            AuditEntry.approved_by == "管理员")).all()
    assert [(e.actor, e.action) for e in approved] == [("王芳", "create")]


def test_a_name_too_long_is_said_by_the_name(qtbot, parent, staffed) -> None:
    dialog = calendar_dialog(qtbot, parent, staffed)
    dialog.ui.name_edit.setMaxLength(100)  # past the form's guard, as a paste could
    dialog.ui.name_edit.setText("停" * 60)
    qtbot.mouseClick(dialog.ui.mark_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("name")
    assert staffed.calendar.marked_days() == []


# --- Deadlines

def deadlines_dialog(qtbot, parent: QWidget, services: Services) -> RequestDeadlinesDialog:
    dialog = open_request_deadlines(parent, services)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def type_amount(qtbot, dialog: RequestDeadlinesDialog, cell: tuple[Severity, Kind],
                amount: str) -> None:
    spin = dialog.amount_spins[cell]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, amount)


def test_the_grid_shows_the_rules_in_force(qtbot, parent, staffed) -> None:
    staffed.requests.deadlines.set_rule(
        DeadlineRule(Severity.MAJOR, Kind.SUGGESTION, 3, DeadlineUnit.WORKING_DAYS))
    dialog = deadlines_dialog(qtbot, parent, staffed)
    assert [dialog.rule_in(cell) for cell in dialog.amount_spins] == \
        staffed.requests.deadlines.rules()
    assert dialog.unit_combos[(Severity.IMPORTANT, Kind.REPAIR)].currentText() == "hours"
    assert "major request" in dialog.ui.major_note_label.text()


def test_a_changed_deadline_is_saved_with_enter(qtbot, parent, staffed) -> None:
    staffed.accounts.log_in("李建国", "9876")
    dialog = deadlines_dialog(qtbot, parent, staffed)
    cell = (Severity.GENERAL, Kind.REPAIR)
    combo = dialog.unit_combos[cell]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # working days → hours
    type_amount(qtbot, dialog, cell, "6")
    qtbot.keyClick(dialog.amount_spins[cell], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    expected = DeadlineRule(Severity.GENERAL, Kind.REPAIR, 6, DeadlineUnit.HOURS)
    assert staffed.requests.deadlines.rule(*cell) == expected
    assert dialog.saved == [expected]


def test_a_receptionists_save_is_approved_once(qtbot, parent, staffed) -> None:
    staffed.accounts.log_in("王芳", "1234")
    before = staffed.requests.deadlines.rules()
    dialog = deadlines_dialog(qtbot, parent, staffed)
    type_amount(qtbot, dialog, (Severity.GENERAL, Kind.COMPLAINT), "2")
    type_amount(qtbot, dialog, (Severity.IMPORTANT, Kind.SUGGESTION), "4")
    seen = answer_approval(qtbot, lambda d: type_and_enter(qtbot, d, "李建国", "9876"))
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    after = {(r.severity, r.kind): r.amount for r in staffed.requests.deadlines.rules()}
    assert after[(Severity.GENERAL, Kind.COMPLAINT)] == 2
    assert after[(Severity.IMPORTANT, Kind.SUGGESTION)] == 4
    unchanged = [r for r in staffed.requests.deadlines.rules()
                 if (r.severity, r.kind) not in {(Severity.GENERAL, Kind.COMPLAINT),
                                                 (Severity.IMPORTANT, Kind.SUGGESTION)}]
    assert unchanged == [r for r in before if r in unchanged]


def test_a_bad_amount_is_said_by_its_cell_and_nothing_is_saved(qtbot, parent, staffed
                                                              ) -> None:
    before = staffed.requests.deadlines.rules()
    dialog = deadlines_dialog(qtbot, parent, staffed)
    good, bad = (Severity.GENERAL, Kind.COMPLAINT), (Severity.GENERAL, Kind.INQUIRY)
    type_amount(qtbot, dialog, good, "2")
    type_amount(qtbot, dialog, bad, "300")  # working days: at most 250
    qtbot.keyClick(dialog.amount_spins[bad], Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "250" in dialog.errors.message("general.inquiry")
    assert dialog.errors.message("general.complaint") == ""
    assert dialog.focusWidget() is dialog.amount_spins[bad]
    assert staffed.requests.deadlines.rules() == before
    type_amount(qtbot, dialog, bad, "30")  # fixing it clears the message
    assert dialog.errors.message("general.inquiry") == ""
    qtbot.keyClick(dialog.amount_spins[bad], Qt.Key.Key_Return)
    assert staffed.requests.deadlines.rule(*bad).amount == 30
    assert staffed.requests.deadlines.rule(*good).amount == 2


def test_cancel_keeps_the_rules(qtbot, parent, staffed) -> None:
    before = staffed.requests.deadlines.rules()
    dialog = deadlines_dialog(qtbot, parent, staffed)
    type_amount(qtbot, dialog, (Severity.MAJOR, Kind.REPAIR), "9")
    qtbot.keyClick(dialog.amount_spins[(Severity.MAJOR, Kind.REPAIR)], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert staffed.requests.deadlines.rules() == before
