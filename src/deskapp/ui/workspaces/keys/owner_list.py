"""The owner's list of who may borrow entrusted keys, as the key set dialog edits it.

Two ways, by whether the list is on record yet: for keys being registered (or becoming
entrusted) the people typed wait in the table and are saved with the owner's deposit; for
entrusted keys with a deposit on record each person added is saved at once
(``KeyCustody.authorise``) and each withdrawal too (``revoke``, with a reason, kept on the
list marked withdrawn) — the owner's instruction is on record the moment it is typed, not
when the rest of the dialog is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from deskapp.domain.clock import Clock
from deskapp.domain.errors import ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.keys.records import AuthorisedInput
from deskapp.domain.keys.rows import AuthorisedRow
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_key_set_dialog import Ui_KeySetDialog
from deskapp.ui.framework.times import show_day
from deskapp.ui.workspaces.keys.reason_dialog import KeyReasonDialog

WITHDRAWN = QBrush(QColor("#888888"))
DEFAULT_VALID_DAYS = 365


class OwnerListEditor(QObject):
    """The people group of :class:`KeySetDialog`.

    Signals:
        changed(): someone was added to or withdrawn from a list on record.
    """

    changed = Signal()

    def __init__(self, ui: Ui_KeySetDialog, custody: KeyCustody, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.ui = ui
        self._custody = custody
        self._clock: Clock = custody.clock
        self._dialog = dialog
        self._set_id: int | None = None  # the list is on record: saved at once
        self._pending: list[AuthorisedInput] = []
        self._listed: list[AuthorisedRow] = []
        self.errors = FieldErrors({
            "name": (ui.person_name_edit, ui.person_name_error),
            "relation": (ui.relation_edit, ui.relation_error),
            "phone": (ui.person_phone_edit, ui.person_phone_error),
            "id_type": (ui.id_type_combo, ui.id_number_error),
            "id_number": (ui.id_number_edit, ui.id_number_error),
            "valid_until": (ui.valid_until_edit, ui.valid_until_error),
        })
        ui.people_error.setStyleSheet("color: #b3261e;")
        ui.people_error.setWordWrap(True)
        ui.people_error.hide()
        table = ui.people_table
        table.setColumnCount(6)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        ui.add_person_button.clicked.connect(self.add)
        ui.remove_person_button.clicked.connect(self.remove)
        ui.valid_check.toggled.connect(ui.valid_until_edit.setEnabled)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemDoubleClicked.connect(lambda _item: self.take_back_to_editor())
        ui.valid_until_edit.setEnabled(False)
        show_day(ui.valid_until_edit, self._clock.today() + dt.timedelta(days=DEFAULT_VALID_DAYS))
        self.retranslate()

    # --- Which list
    def use_record(self, set_id: int | None) -> None:
        """Edit the list on record of ``set_id`` (saved at once), or (None) a list typed
        here, saved with the deposit."""
        self._set_id = set_id
        self.retranslate()

    @property
    def on_record(self) -> bool:
        """Whether each change is saved at once."""
        return self._set_id is not None

    def pending(self) -> tuple[AuthorisedInput, ...]:
        """The people typed, to be saved with the deposit."""
        return tuple(self._pending)

    # --- Showing
    def retranslate(self) -> None:
        """Texts in the user's language."""
        ui = self.ui
        fill_choices(ui.id_type_combo, list(IdType), default=IdType.RESIDENT)
        ui.people_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Relation"), self.tr("Phone"), self.tr("ID number"),
            self.tr("Valid until"), self.tr("On the list")])
        if self.on_record:
            ui.people_hint_label.setText(self.tr(
                "Only the people on this list may borrow the owner's keys. Adding or "
                "withdrawing someone is saved at once, signed by you; withdrawn people stay "
                "on the list, greyed."))
            ui.remove_person_button.setText(self.tr("&Withdraw…"))
        else:
            ui.people_hint_label.setText(self.tr(
                "Only the people on this list may borrow the owner's keys (anyone else needs "
                "the owner's consent each time). They are saved with the deposit."))
            ui.remove_person_button.setText(self.tr("Remo&ve"))
        self.reload()

    def reload(self) -> None:
        """Show the list again (read from the record when it is on record)."""
        if self._set_id is not None:
            self._listed = self._custody.authorised(self._set_id, include_withdrawn=True)
        rows: list[tuple[list[str], bool, str]] = []
        if self.on_record:
            for person in self._listed:
                rows.append(([person.name, person.relation, person.phone,
                              person.id_number_masked, _day(person.valid_until),
                              self._status(person)], person.revoked_at is not None,
                             self._added(person)))
        else:
            rows = [([p.name, p.relation, p.phone, p.id_number_masked,
                      _day(p.valid_until), self.tr("Saved with the deposit")], False, "")
                    for p in self._pending]
        table = self.ui.people_table
        table.setRowCount(len(rows))
        for r, (cells, withdrawn, added) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip("\n".join(filter(None, (text, added))))
                if withdrawn:
                    item.setForeground(WITHDRAWN)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        self._update_buttons()

    def _status(self, person: AuthorisedRow) -> str:
        if person.revoked_at is not None:
            return fill(self.tr("Withdrawn %1: %2"),
                        self._clock.local(person.revoked_at).strftime("%Y-%m-%d"),
                        person.revoke_reason)
        if person.valid_until is not None and person.valid_until < self._clock.today():
            return self.tr("Expired")
        return self.tr("May borrow")

    def _added(self, person: AuthorisedRow) -> str:
        added = self._clock.local(person.created_at).strftime("%Y-%m-%d %H:%M") \
            if person.created_at else ""
        return fill(self.tr("Added %1 by %2"), added, person.created_by)

    @Slot()
    def _update_buttons(self) -> None:
        row = self.ui.people_table.currentRow()
        if self.on_record:
            can = 0 <= row < len(self._listed) and self._listed[row].revoked_at is None
        else:
            can = 0 <= row < len(self._pending)
        self.ui.remove_person_button.setEnabled(can)

    # --- Changing
    def typed_person(self) -> AuthorisedInput:
        """The person in the editor's fields."""
        ui = self.ui
        return AuthorisedInput(
            name=ui.person_name_edit.text(), relation=ui.relation_edit.text(),
            phone=ui.person_phone_edit.text(),
            id_type=chosen(ui.id_type_combo, IdType) or IdType.RESIDENT,
            id_number=ui.id_number_edit.text(),
            valid_until=(ui.valid_until_edit.date().toPython()
                         if ui.valid_check.isChecked() else None))

    @Slot()
    def add(self) -> None:
        """Put the person typed on the list (saved at once when the list is on record)."""
        self.errors.clear()
        self.ui.people_error.hide()
        person = self.typed_person()
        if not person.name.strip():
            self.errors.show({"name": self.tr("Enter the person's name.")})
            return
        if self._set_id is not None:
            try:
                self._custody.authorise(self._set_id, person)
            except ValidationError as exc:
                self.errors.show(exc.errors)
                return
            except UserError as exc:
                messages.warn(self._dialog, str(exc))
                return
            self.changed.emit()
        else:
            self._pending.append(person)
        self._clear_editor()
        self.reload()
        self.ui.people_table.selectRow(self.ui.people_table.rowCount() - 1)
        self.ui.person_name_edit.setFocus()

    @Slot()
    def remove(self) -> None:
        """Withdraw the chosen person (with a reason, kept on record), or drop a person
        typed but not yet saved."""
        row = self.ui.people_table.currentRow()
        if self._set_id is None:
            if 0 <= row < len(self._pending):
                del self._pending[row]
                self.reload()
            return
        if not 0 <= row < len(self._listed) or self._listed[row].revoked_at is not None:
            return
        person = self._listed[row]
        dialog = KeyReasonDialog(
            self.tr("Withdraw from the owner's list"),
            fill(self.tr("%1 may no longer borrow these keys. Why (the owner's instruction, "
                         "the tenancy ended …)? The entry stays on the list, marked "
                         "withdrawn."), person.name),
            lambda reason: self._custody.revoke(person.id, reason), self._dialog)
        if dialog.exec() == KeyReasonDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def take_back_to_editor(self) -> None:
        """A person typed but not saved goes back into the fields, to be corrected."""
        row = self.ui.people_table.currentRow()
        if self._set_id is not None or not 0 <= row < len(self._pending):
            return
        person = self._pending.pop(row)
        ui = self.ui
        ui.person_name_edit.setText(person.name)
        ui.relation_edit.setText(person.relation)
        ui.person_phone_edit.setText(person.phone)
        ui.id_type_combo.setCurrentIndex(max(0, ui.id_type_combo.findData(person.id_type)))
        ui.id_number_edit.setText(person.id_number)
        ui.valid_check.setChecked(person.valid_until is not None)
        if person.valid_until is not None:
            show_day(ui.valid_until_edit, person.valid_until)
        self.reload()
        ui.person_name_edit.setFocus()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Say what the domain refused of the list typed (``authorised.<n>.<field>``) under
        the table, naming the person, and choose their row."""
        said: list[str] = []
        first_row: int | None = None
        for field, message in errors.items():
            if field == "authorised":
                said.append(message)
                continue
            _, number, _rest = field.split(".", 2)
            row = int(number)
            name = self._pending[row].name if row < len(self._pending) else ""
            said.append(fill(self.tr("%1: %2 (Enter on the row to correct it)"), name, message))
            first_row = row if first_row is None else first_row
        label = self.ui.people_error
        label.setText("\n".join(said))
        label.setVisible(bool(said))
        if first_row is not None:
            self.ui.people_table.selectRow(first_row)
            self.ui.people_table.setFocus()

    def clear_errors(self) -> None:
        """Hide what was said about the list."""
        self.errors.clear()
        self.ui.people_error.clear()
        self.ui.people_error.hide()

    def _clear_editor(self) -> None:
        ui = self.ui
        for edit in (ui.person_name_edit, ui.relation_edit, ui.person_phone_edit,
                     ui.id_number_edit):
            edit.clear()
        ui.id_type_combo.setCurrentIndex(max(0, ui.id_type_combo.findData(IdType.RESIDENT)))
        ui.valid_check.setChecked(False)

    def editor_widgets(self) -> tuple[QWidget, ...]:
        """The fields where Enter adds the person."""
        ui = self.ui
        return (ui.person_name_edit, ui.relation_edit, ui.person_phone_edit, ui.id_type_combo,
                ui.id_number_edit, ui.valid_check, ui.valid_until_edit)


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""
