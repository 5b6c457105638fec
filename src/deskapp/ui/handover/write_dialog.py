"""Writing the handover note (Ctrl+Shift+H): the shift, what the next shift should know,
what is still open offered as items (ticked; unticking leaves one out), free items added a
line at a time (Enter adds), and the record printed if asked. Ctrl+Enter saves from
anywhere; the past notes are a button away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidgetItem, QWidget

from deskapp.bootstrap import Services
from deskapp.domain.errors import ValidationError
from deskapp.domain.handover.records import ItemInput, NoteInput, NoteRow, OfferedItem
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_handover_write_dialog import Ui_HandoverWriteDialog
from deskapp.ui.framework.enter_dialog import EnterDialog
from deskapp.ui.framework.events import AppEvents

HANDOVER_NOTE = "handover-note"  # the printed record's kind
_OFFERED = Qt.ItemDataRole.UserRole


class HandoverWriteDialog(EnterDialog):
    """The outgoing shift's note; ``saved`` is the note once written.

    Signals:
        print_requested(str, int): print the record of the note just saved.
    """

    print_requested = Signal(str, int)

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverWriteDialog()
        self.ui.setupUi(self)
        self._services = services
        self._events = events
        self.saved: NoteRow | None = None
        ui = self.ui
        # The offered items are most of what is handed over: they get the room, the few
        # typed-in items below need less.
        ui.dialog_layout.setStretchFactor(ui.offered_list, 3)
        ui.dialog_layout.setStretchFactor(ui.items_list, 1)
        self.errors = FieldErrors({"shift": (ui.shift_edit, ui.shift_error),
                                   "text": (ui.text_edit, ui.text_error),
                                   "items": (ui.items_list, ui.items_error)},
                                  fallback=ui.form_error)
        ui.shift_edit.setPlaceholderText(self.tr("e.g. morning, afternoon, night"))
        ui.item_edit.setPlaceholderText(self.tr("Type an item and press Enter"))
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.remove_item_button.clicked.connect(self.remove_item)
        ui.past_notes_button.clicked.connect(self.open_past_notes)
        self.save_on_ctrl_enter(self.save)
        self.on_keys(("Delete",), self._delete_pressed)
        self._offer(services.handover.offered_items())
        ui.shift_edit.setFocus()

    def _offer(self, offered: list[OfferedItem]) -> None:
        ui = self.ui
        for item in offered:
            row = QListWidgetItem(item.text)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            row.setData(_OFFERED, item)
            ui.offered_list.addItem(row)
        if not offered:
            ui.offered_label.setText(self.tr(
                "Nothing is open: no keys out, no messages waiting, no parcels on the shelf."))
            ui.offered_list.hide()

    # --- Items
    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter walks down the form (shift → text, offered → the item line), adds the
        item typed, and saves from the item line left empty, the lists or OK."""
        ui = self.ui
        if focus is ui.shift_edit:
            return ui.text_edit.setFocus
        if focus is ui.offered_list:
            return ui.item_edit.setFocus
        if focus is ui.item_edit and ui.item_edit.text().strip():
            return self.add_item
        if focus is ui.remove_item_button:
            return self.remove_item
        if focus is ui.past_notes_button:
            return self.open_past_notes
        return self.save

    @Slot()
    def add_item(self) -> None:
        """The line typed becomes an item; the cursor stays for the next one."""
        text = self.ui.item_edit.text().strip()
        if text:
            self.ui.items_list.addItem(text)
            self.ui.item_edit.clear()
            self.errors.clear_field("items")

    @Slot()
    def remove_item(self) -> None:
        """Take the chosen free item off the list."""
        row = self.ui.items_list.currentRow()
        if row >= 0:
            self.ui.items_list.takeItem(row)

    def _delete_pressed(self) -> None:
        if self.focusWidget() is self.ui.items_list:
            self.remove_item()

    def items(self) -> list[ItemInput]:
        """The ticked offered items, then the free ones, as the note will list them."""
        ui = self.ui
        chosen = [ui.offered_list.item(i) for i in range(ui.offered_list.count())]
        offered = [row.data(_OFFERED).as_input() for row in chosen
                   if row.checkState() == Qt.CheckState.Checked]
        free = [ItemInput(ui.items_list.item(i).text()) for i in range(ui.items_list.count())]
        return offered + free

    # --- Saving
    @Slot()
    def save(self) -> None:
        """Write the note; the dialog closes once it is saved (and printed, if asked)."""
        if self.saved is not None:
            return
        ui = self.ui
        self.add_item()  # a line typed but not yet added is meant to be in the note
        self.errors.clear()
        data = NoteInput(ui.shift_edit.text(), ui.text_edit.toPlainText(), self.items())
        try:
            self.saved = self._services.handover.write(data)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._events.records_changed.emit("handover")
        if ui.print_check.isChecked():
            self.print_requested.emit(HANDOVER_NOTE, self.saved.id)
        self.accept()

    @Slot()
    def open_past_notes(self) -> None:
        """The notes browser, over this dialog."""
        from deskapp.ui.handover.notes_dialog import HandoverNotesDialog

        dialog = HandoverNotesDialog(self._services, self._events, self)
        dialog.print_requested.connect(self.print_requested)
        dialog.record_opened.connect(self.reject)  # the record is shown behind: make way
        dialog.exec()


def hand_over_shift(parent: QWidget, services: Services, events: AppEvents,
                    print_document: Callable[[str, int], None]) -> NoteRow | None:
    """Ctrl+Shift+H: write the handover note; returns it once saved."""
    if services.read_only:
        messages.warn(parent, QCoreApplication.translate(
            "HandoverWriteDialog", "This data file is read-only."))
        return None
    dialog = HandoverWriteDialog(services, events, parent)
    dialog.print_requested.connect(print_document)
    dialog.exec()
    return dialog.saved


def saved_message(note: NoteRow) -> str:
    """The status bar's line once a note is saved."""
    return fill(QCoreApplication.translate(
        "HandoverWriteDialog", "Handover note saved with %1 items to follow up."),
        len(note.items))
