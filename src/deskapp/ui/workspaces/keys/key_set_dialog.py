"""A key set registered or edited: its tag (typed, scanned, or the next free number), the
unit or area it opens, kind, number of keys, hook, notes; for keys an owner entrusts, the
owner's deposit (钥匙留存) and the list of who may borrow them.

Enter saves (in the tag box it moves on, as a scanner's Enter ends the tag; in the fields
of a person it puts them on the list), Ctrl+Enter saves from anywhere, Esc cancels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.directory import DirectoryService, HostOption
from deskapp.domain.errors import ValidationError
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.keys.records import DepositInput, KeyKind, KeySetInput
from deskapp.domain.keys.rows import DepositRow, KeySetRow
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_key_set_dialog import Ui_KeySetDialog
from deskapp.ui.framework.times import show_day, show_moment, typed_moment
from deskapp.ui.host_completer import HostCompleter
from deskapp.ui.workspaces.keys.dialog_base import KeyDialog, set_line
from deskapp.ui.workspaces.keys.owner_list import OwnerListEditor

DEFAULT_AUTHORISED_DAYS = 365
WIDE, NARROW = 980, 460  # pixels: with the owner's deposit and list, without


class KeySetDialog(KeyDialog):
    """Register a key set (``set_id`` None) or edit set ``set_id``; ``result_row`` is the
    set as saved.

    Signals:
        saved(object): the KeySetRow saved.
        list_changed(): the owner's list on record changed (saved at once, so also when
            the dialog is then cancelled).
    """

    saved = Signal(object)
    list_changed = Signal()

    def __init__(self, custody: KeyCustody, directory: DirectoryService,
                 set_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeySetDialog()
        self.ui.setupUi(self)
        self._custody = custody
        self._directory = directory
        self._clock = custody.clock
        self._set: KeySetRow | None = custody.key_set(set_id) if set_id is not None else None
        self._deposit: DepositRow | None = (custody.deposit(set_id) if set_id is not None
                                            else None)
        self.result_row: KeySetRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "tag": (ui.tag_edit, ui.tag_error),
            "unit_label": (ui.unit_edit, ui.unit_label_error),
            "kind": (ui.kind_combo, ui.kind_error),
            "key_count": (ui.key_count_spin, ui.key_count_error),
            "hook": (ui.hook_edit, ui.hook_error),
            "notes": (ui.notes_edit, ui.notes_error),
            "owner_name": (ui.owner_edit, ui.owner_name_error),
            "owner_phone": (ui.owner_phone_edit, ui.owner_phone_error),
            "signed_by": (ui.signed_by_edit, ui.signed_by_error),
            "deposited_at": (ui.deposited_edit, ui.deposited_at_error),
            "authorised_until": (ui.until_edit, ui.authorised_until_error),
            "note": (ui.deposit_note_edit, ui.deposit_note_error),
        }, fallback=ui.form_error)
        self.unit_completer = HostCompleter(ui.unit_edit, self._unit_options)
        self.people = OwnerListEditor(ui, custody, self)
        self.people.changed.connect(self.list_changed)
        ui.columns_layout.setStretch(1, 1)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.kind_combo.currentIndexChanged.connect(self._show_kind)
        ui.new_deposit_check.toggled.connect(self._enable_deposit)
        ui.until_check.toggled.connect(ui.until_edit.setEnabled)
        self.unit_completer.activated[str].connect(self._on_unit_chosen)
        self.save_on_ctrl_enter(self.save)
        self.retranslate()
        self._fill()
        (ui.tag_edit if self._set is None else ui.unit_edit).setFocus()

    def _unit_options(self) -> list[HostOption]:
        return [o for o in self._directory.host_options() if o.kind == "unit"]

    # --- Showing
    def retranslate(self) -> None:
        """Texts and choices in the user's language."""
        self.ui.retranslateUi(self)
        ui = self.ui
        fill_choices(ui.kind_combo, list(KeyKind), default=KeyKind.VACANT)
        ui.tag_edit.setPlaceholderText(self.tr("Empty: the next free number"))
        ui.unit_edit.setPlaceholderText(self.tr("A unit number, or an area (B2 plant room)"))
        ui.signed_by_edit.setPlaceholderText(self.tr("Empty: the owner"))
        if self._set is None:
            self.setWindowTitle(self.tr("Register a key set"))
            ui.intro_label.setText(self.tr(
                "The keys go on their hook in the cabinet. Scan or type the tag of their label, "
                "or leave it empty for the next free number; print the label from the key "
                "set's page."))
        else:
            self.setWindowTitle(fill(self.tr("Key set %1"), self._set.tag))
            ui.intro_label.setText(fill("%1 · %2", set_line(self._set),
                                        self._set.state.label()))
        self._show_deposit_on_record()
        self.people.retranslate()

    def _fill(self) -> None:
        ui = self.ui
        now = self._clock.now()
        show_moment(ui.deposited_edit, self._clock, now)
        show_day(ui.until_edit, self._clock.today() + dt.timedelta(days=DEFAULT_AUTHORISED_DAYS))
        ui.until_edit.setEnabled(False)
        key_set = self._set
        if key_set is not None:
            ui.tag_edit.setText(key_set.tag)
            ui.unit_edit.setText(key_set.unit_label)
            ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(key_set.kind)))
            ui.key_count_spin.setValue(key_set.key_count)
            ui.hook_edit.setText(key_set.hook)
            ui.notes_edit.setPlainText(key_set.notes)
        deposit = self._deposit
        if deposit is not None:
            ui.owner_edit.setText(deposit.owner_name)
            ui.owner_phone_edit.setText(deposit.owner_phone)
            ui.signed_by_edit.setText("" if deposit.signed_by == deposit.owner_name
                                      else deposit.signed_by)
            if deposit.authorised_until is not None:
                ui.until_check.setChecked(True)
                show_day(ui.until_edit, deposit.authorised_until)
        on_record = (key_set is not None and key_set.kind is KeyKind.ENTRUSTED
                     and deposit is not None)
        self.people.use_record(key_set.id if on_record and key_set else None)
        ui.new_deposit_check.setVisible(deposit is not None)
        self._enable_deposit(deposit is None)
        self._show_kind()

    def _show_deposit_on_record(self) -> None:
        deposit = self._deposit
        label = self.ui.deposit_shown_label
        label.setVisible(deposit is not None)
        if deposit is None:
            return
        until = (fill(self.tr("the list may borrow until %1"), deposit.authorised_until)
                 if deposit.authorised_until else self.tr("the list may borrow until withdrawn"))
        label.setText(fill(self.tr("On record: left by %1 (%2) on %3, signed by %4; %5. "
                                   "Tick to record a new slip (the owner renews it)."),
                           deposit.owner_name, deposit.owner_phone_masked,
                           self._clock.local(deposit.deposited_at).strftime("%Y-%m-%d %H:%M"),
                           deposit.signed_by, until))

    @Slot()
    def _show_kind(self) -> None:
        entrusted = chosen(self.ui.kind_combo, KeyKind) is KeyKind.ENTRUSTED
        self.ui.deposit_group.setVisible(entrusted)
        self.ui.people_group.setVisible(entrusted)
        self.adjustSize()
        # The owner's list wants room for its columns.
        self.resize(max(self.width(), WIDE if entrusted else NARROW), self.height())

    @Slot(bool)
    def _enable_deposit(self, enabled: bool) -> None:
        ui = self.ui
        for widget in (ui.owner_edit, ui.owner_phone_edit, ui.signed_by_edit,
                       ui.deposited_edit, ui.until_check, ui.deposit_note_edit):
            widget.setEnabled(enabled)
        ui.until_edit.setEnabled(enabled and ui.until_check.isChecked())
        if enabled and self._deposit is not None:
            # A new slip is signed now.
            show_moment(ui.deposited_edit, self._clock, self._clock.now())
            ui.owner_edit.setFocus()

    # --- Keys
    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter in the tag box moves on (a scanner ends a tag with Enter); in a person's
        fields it puts them on the list; in the list it takes a person back to correct;
        anywhere else it saves."""
        ui = self.ui
        if focus is ui.tag_edit:
            return ui.unit_edit.setFocus
        if focus is ui.people_table:
            return self.people.take_back_to_editor
        if focus in self.people.editor_widgets():
            return self.people.add
        return self.save

    @Slot(str)
    def _on_unit_chosen(self, label: str) -> None:
        self.ui.unit_edit.setText(label)

    # --- Saving
    def form_input(self) -> KeySetInput:
        """The set as typed."""
        ui = self.ui
        option = self.unit_completer.resolve(ui.unit_edit.text())
        return KeySetInput(
            unit_label=ui.unit_edit.text(), kind=chosen(ui.kind_combo, KeyKind) or KeyKind.VACANT,
            key_count=ui.key_count_spin.value(), hook=ui.hook_edit.text(),
            tag=ui.tag_edit.text(), notes=ui.notes_edit.toPlainText(),
            unit_id=option.id if option is not None else None)

    def deposit_input(self) -> DepositInput:
        """The owner's deposit as typed, with the people typed for the list."""
        ui = self.ui
        return DepositInput(
            owner_name=ui.owner_edit.text(), owner_phone=ui.owner_phone_edit.text(),
            signed_by=ui.signed_by_edit.text(),
            deposited_at=typed_moment(ui.deposited_edit, self._clock),
            authorised_until=(ui.until_edit.date().toPython() if ui.until_check.isChecked()
                              else None),
            note=ui.deposit_note_edit.text(), authorised=self.people.pending())

    def _deposit_wanted(self) -> bool:
        """A deposit goes with the save: entrusted keys without one on record, or a new
        slip ticked."""
        if chosen(self.ui.kind_combo, KeyKind) is not KeyKind.ENTRUSTED:
            return False
        return self._deposit is None or self.ui.new_deposit_check.isChecked()

    @Slot()
    def save(self) -> None:
        """Register or change the set (with the deposit, in one transaction); the dialog
        closes when it is saved."""
        self.errors.clear()
        self.people.clear_errors()
        data = self.form_input()
        deposit = self.deposit_input() if self._deposit_wanted() else None
        try:
            if self._set is None:
                row = self._custody.register(data, deposit)
            else:
                row = self._custody.edit(self._set.id, data, deposit)
        except ValidationError as exc:
            about_list = {k: v for k, v in exc.errors.items()
                          if k == "authorised" or k.startswith("authorised.")}
            self.people.show_errors(about_list)
            self.errors.show({k: v for k, v in exc.errors.items() if k not in about_list})
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.result_row = row
        self.saved.emit(row)
        self.accept()
