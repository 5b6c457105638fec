"""The key set dialog driven from the keyboard: an owner's keys registered with the deposit
and two people who may borrow them, refusals said by their fields, a set edited, and the
owner's list on record changed at once — someone added, someone withdrawn with a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from deskapp.bootstrap import Services
from deskapp.domain.keys.records import KeyEventKind, KeyKind
from deskapp.ui import messages
from deskapp.ui.workspaces.keys.key_set_dialog import KeySetDialog
from deskapp.ui.workspaces.keys.reason_dialog import KeyReasonDialog
from helpers import answer_modal
from keys_data import ID_WANG, entrusted_set, shown, staff_the_desk, vacant_set

# The custody rules run in the database (row locks, the owner's list): on both.
pytestmark = pytest.mark.both_backends

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def desk(services: Services, monkeypatch) -> Services:
    monkeypatch.setattr(messages, "warn", lambda *a, **k: pytest.fail(f"warned: {a[1:]}"))
    return staff_the_desk(services)


def new_set_dialog(qtbot, desk: Services) -> KeySetDialog:
    return shown(qtbot, KeySetDialog(desk.keys, desk.directory))  # type: ignore[return-value]


def choose_kind(dialog: KeySetDialog, kind: KeyKind) -> None:
    combo = dialog.ui.kind_combo
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(kind))


def enter(qtbot, widget, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Enter pressed with the cursor in ``widget`` (keys go where the cursor is)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return, modifier)


def type_person(qtbot, dialog: KeySetDialog, name: str, relation: str, phone: str,
                id_number: str = "", until: dt.date | None = None) -> None:
    """A person typed into the list's fields and put on it with Enter."""
    ui = dialog.ui
    ui.person_name_edit.setFocus()
    ui.person_name_edit.setText(name)  # Chinese comes from the input method
    ui.relation_edit.setText(relation)
    qtbot.keyClicks(ui.person_phone_edit, phone)
    qtbot.keyClicks(ui.id_number_edit, id_number)
    if until is not None:
        qtbot.keyClick(ui.valid_check, Qt.Key.Key_Space)
        ui.valid_until_edit.setDate(QDate(until))
    enter(qtbot, ui.id_number_edit)


def test_an_owner_leaves_keys_for_two_people_and_the_set_is_registered(qtbot, desk) -> None:
    dialog = new_set_dialog(qtbot, desk)
    ui = dialog.ui
    assert dialog.focusWidget() is ui.tag_edit
    assert not ui.deposit_group.isVisible()  # a vacant unit's keys need no deposit
    qtbot.keyClicks(ui.tag_edit, "k0101")
    enter(qtbot, ui.tag_edit)  # a scanner's Enter ends the tag
    assert dialog.isVisible() and dialog.focusWidget() is ui.unit_edit
    qtbot.keyClicks(ui.unit_edit, "1203")
    choose_kind(dialog, KeyKind.ENTRUSTED)
    assert ui.deposit_group.isVisible() and ui.people_group.isVisible()
    ui.key_count_spin.selectAll()
    qtbot.keyClicks(ui.key_count_spin, "2")
    qtbot.keyClicks(ui.hook_edit, "a-1")
    ui.owner_edit.setText("李四")
    qtbot.keyClicks(ui.owner_phone_edit, "13800138000")
    assert ui.deposited_edit.dateTime().toPython() == dt.datetime(2026, 11, 23, 9, 30)
    type_person(qtbot, dialog, "王小明", "租户", "13900139000", ID_WANG)
    type_person(qtbot, dialog, "张师傅", "装修工人", "13700137000", until=dt.date(2026, 12, 31))
    assert dialog.isVisible()  # Enter in a person's fields puts them on the list
    table = ui.people_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["王小明", "张师傅"]
    assert table.item(0, 3).text() == "110105********002X"  # masked, also before saving
    assert ui.person_name_edit.text() == ""  # ready for the next person
    enter(qtbot, ui.hook_edit)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = desk.keys.by_tag("K0101")
    assert dialog.result_row == saved
    assert (saved.unit_label, saved.kind, saved.key_count, saved.hook) == (
        "1203", KeyKind.ENTRUSTED, 2, "A-1")
    assert saved.unit_id is not None  # the directory's unit
    deposit = desk.keys.deposit(saved.id)
    assert (deposit.owner_name, deposit.owner_phone, deposit.signed_by,
            deposit.authorised_until) == ("李四", "13800138000", "李四", None)
    listed = desk.keys.authorised(saved.id)
    assert [(p.name, p.relation, p.id_number, p.valid_until) for p in listed] == [
        ("王小明", "租户", ID_WANG, None), ("张师傅", "装修工人", "", dt.date(2026, 12, 31))]


def test_an_empty_tag_takes_the_next_number_and_the_unit_comes_from_the_directory(
        qtbot, desk) -> None:
    dialog = new_set_dialog(qtbot, desk)
    ui = dialog.ui
    ui.unit_edit.setFocus()
    qtbot.keyClicks(ui.unit_edit, "12")
    popup = dialog.unit_completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # chooses; does not save yet
    assert ui.unit_edit.text() == "1203 李四 (华为技术有限公司)" and dialog.isVisible()
    with qtbot.waitSignal(dialog.saved) as saved:
        enter(qtbot, ui.notes_edit, CTRL)
    row = saved.args[0]
    assert (row.tag, row.unit_label, row.kind) == ("K0001", "1203", KeyKind.VACANT)


def test_refusals_are_said_by_their_fields_and_a_person_is_corrected_in_place(
        qtbot, desk) -> None:
    vacant_set(desk, hook="A-1")
    dialog = new_set_dialog(qtbot, desk)
    ui = dialog.ui
    ui.unit_edit.setText("1203")
    choose_kind(dialog, KeyKind.ENTRUSTED)
    qtbot.keyClicks(ui.hook_edit, "A-1")  # another set's hook
    ui.owner_edit.setText("李四")  # no phone
    type_person(qtbot, dialog, "王小明", "租户", "12345")  # no such phone number
    enter(qtbot, ui.owner_edit)

    assert dialog.isVisible() and desk.keys.key_sets()[-1].unit_label == "1505"
    assert dialog.errors.message("owner_phone")
    assert "王小明" in ui.people_error.text()
    # Enter on the person's row takes them back to the fields to correct the phone.
    ui.people_table.setFocus()
    ui.people_table.setCurrentCell(0, 0)
    enter(qtbot, ui.people_table)
    assert dialog.isVisible() and ui.people_table.rowCount() == 0
    assert ui.person_name_edit.text() == "王小明" and ui.person_phone_edit.text() == "12345"
    ui.person_phone_edit.clear()
    qtbot.keyClicks(ui.person_phone_edit, "13900139000")
    enter(qtbot, ui.person_phone_edit)
    assert ui.people_table.rowCount() == 1
    qtbot.keyClicks(ui.owner_phone_edit, "13800138000")
    enter(qtbot, ui.owner_phone_edit)
    # The input is right; the hook is another set's (looked up as it is saved).
    assert dialog.isVisible() and "1505" in dialog.errors.message("hook")
    assert dialog.focusWidget() is ui.hook_edit
    ui.hook_edit.clear()
    qtbot.keyClicks(ui.hook_edit, "A-2")
    enter(qtbot, ui.hook_edit)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [p.phone for p in desk.keys.authorised(dialog.result_row.id)] == ["13900139000"]


def test_a_person_needs_a_name_before_going_on_the_list(qtbot, desk) -> None:
    dialog = new_set_dialog(qtbot, desk)
    choose_kind(dialog, KeyKind.ENTRUSTED)
    type_person(qtbot, dialog, "", "租户", "13900139000")
    assert dialog.people.errors.message("name")
    assert dialog.ui.people_table.rowCount() == 0 and dialog.isVisible()


def test_a_set_is_edited_and_its_history_says_what_changed(qtbot, desk) -> None:
    key_set = vacant_set(desk)
    dialog = shown(qtbot, KeySetDialog(desk.keys, desk.directory, key_set.id))
    ui = dialog.ui
    assert ui.tag_edit.text() == key_set.tag and ui.hook_edit.text() == "A-2"
    assert not ui.deposit_group.isVisible()
    ui.hook_edit.clear()
    qtbot.keyClicks(ui.hook_edit, "b-7")
    ui.notes_edit.setPlainText("门禁卡一张")
    enter(qtbot, ui.hook_edit)

    assert dialog.result() == QDialog.DialogCode.Accepted
    changed = desk.keys.key_set(key_set.id)
    assert (changed.hook, changed.notes) == ("B-7", "门禁卡一张")
    edited = [e for e in desk.keys.key_history(key_set.id) if e.kind is KeyEventKind.EDITED]
    assert len(edited) == 1 and "B-7" in edited[0].text


def test_the_owners_list_on_record_changes_at_once(qtbot, desk) -> None:
    key_set = entrusted_set(desk)
    dialog = shown(qtbot, KeySetDialog(desk.keys, desk.directory, key_set.id))
    ui = dialog.ui
    assert dialog.people.on_record
    assert "saved at once" in ui.people_hint_label.text()
    assert not ui.owner_edit.isEnabled()  # the deposit on record stays as signed
    changes: list[bool] = []
    dialog.list_changed.connect(lambda: changes.append(True))

    type_person(qtbot, dialog, "李小龙", "家属", "13500135000")
    assert [p.name for p in desk.keys.authorised(key_set.id)] == ["王小明", "张师傅", "李小龙"]
    assert changes == [True] and ui.people_table.rowCount() == 3

    ui.people_table.setFocus()
    ui.people_table.setCurrentCell(1, 0)
    assert ui.remove_person_button.text() == "&Withdraw…"

    said: list[str] = []

    def give_reason(reason_dialog: QDialog) -> None:
        edit = reason_dialog.ui.reason_edit  # type: ignore[attr-defined]
        enter(qtbot, edit)  # no reason: said under the field
        said.append(reason_dialog.errors.message("reason"))  # type: ignore[attr-defined]
        edit.setText("装修完工")
        enter(qtbot, edit)

    answered = answer_modal(qtbot, KeyReasonDialog, give_reason)
    qtbot.mouseClick(ui.remove_person_button, Qt.MouseButton.LeftButton)
    assert answered and said[0]
    everyone = desk.keys.authorised(key_set.id, include_withdrawn=True)
    withdrawn = [p for p in everyone if p.revoked_at is not None]
    assert [(p.name, p.revoke_reason) for p in withdrawn] == [("张师傅", "装修完工")]
    assert len(everyone) == 3  # withdrawn, not deleted
    assert ui.people_table.item(1, 5).text().startswith("Withdrawn 2026-11-23")
    assert changes == [True, True]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the list stays as saved
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert len(desk.keys.authorised(key_set.id)) == 2


def test_a_new_deposit_slip_renews_the_authorisation(qtbot, desk) -> None:
    key_set = entrusted_set(desk)
    dialog = shown(qtbot, KeySetDialog(desk.keys, desk.directory, key_set.id))
    ui = dialog.ui
    assert "2027-05-31" in ui.deposit_shown_label.text()
    qtbot.keyClick(ui.new_deposit_check, Qt.Key.Key_Space)
    assert ui.owner_edit.isEnabled() and ui.owner_edit.text() == "李四"
    ui.until_edit.setDate(QDate(2027, 11, 30))
    ui.deposit_note_edit.setText("业主续签")
    enter(qtbot, ui.deposit_note_edit)

    assert dialog.result() == QDialog.DialogCode.Accepted
    deposits = desk.keys.deposits(key_set.id)
    assert len(deposits) == 2
    assert (deposits[-1].authorised_until, deposits[-1].note) == (dt.date(2027, 11, 30),
                                                                  "业主续签")
    assert len(desk.keys.authorised(key_set.id)) == 2  # the list stays as it was


def test_keys_becoming_entrusted_come_with_the_owners_deposit(qtbot, desk) -> None:
    key_set = vacant_set(desk)
    dialog = shown(qtbot, KeySetDialog(desk.keys, desk.directory, key_set.id))
    ui = dialog.ui
    choose_kind(dialog, KeyKind.ENTRUSTED)
    assert not dialog.people.on_record and ui.owner_edit.isEnabled()
    assert not ui.new_deposit_check.isVisible()
    enter(qtbot, ui.kind_combo)
    assert dialog.isVisible() and dialog.errors.message("owner_name")
    ui.owner_edit.setText("陈先生")
    qtbot.keyClicks(ui.owner_phone_edit, "13300133000")
    type_person(qtbot, dialog, "陈太太", "家属", "13300133001")
    enter(qtbot, ui.owner_phone_edit)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert desk.keys.key_set(key_set.id).kind is KeyKind.ENTRUSTED
    assert desk.keys.deposit(key_set.id).owner_name == "陈先生"
    assert [p.name for p in desk.keys.authorised(key_set.id)] == ["陈太太"]
