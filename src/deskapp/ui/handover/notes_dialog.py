"""The past handover notes: a search box over the notes and their items (the newest first,
a page at a time: More), the chosen note's text and items, an item signed off with a short
note (F6, or Enter in the note field), a linked record opened (Enter on the item), the
record printed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from deskapp.bootstrap import Services
from deskapp.domain.errors import ValidationError
from deskapp.domain.handover.records import ItemRow, NoteRow
from deskapp.errors import UserError
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_handover_notes_dialog import Ui_HandoverNotesDialog
from deskapp.ui.framework.enter_dialog import EnterDialog
from deskapp.ui.framework.events import AppEvents
from deskapp.ui.handover.texts import done_text, heading, link_text, when

HANDOVER_NOTE = "handover-note"
PAGE = 50


class HandoverNotesDialog(EnterDialog):
    """Past notes to read, sign off and open.

    Signals:
        print_requested(str, int): print a note's record.
        record_opened(): a linked record was asked for (the dialog closes to show it).
    """

    print_requested = Signal(str, int)
    record_opened = Signal()

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverNotesDialog()
        self.ui.setupUi(self)
        self._services = services
        self._events = events
        self._notes: list[NoteRow] = []
        self._more = False
        ui = self.ui
        self.errors = FieldErrors({"search": (ui.search_edit, ui.search_error),
                                   "note": (ui.done_note_edit, ui.form_error)})
        for table, heads in ((ui.notes_table, self._note_heads()),
                             (ui.items_table, self._item_heads())):
            table.setColumnCount(len(heads))
            table.setHorizontalHeaderLabels(heads)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        # The item's text takes the width; who signed it off fits its words.
        ui.items_table.horizontalHeader().setStretchLastSection(False)
        ui.items_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.note_view.setMaximumHeight(120)
        ui.search_edit.setPlaceholderText(self.tr("Words in the note or its items, a name, "
                                                  "a shift"))
        ui.search_edit.textChanged.connect(lambda _text: self.reload())
        ui.more_button.clicked.connect(self.load_more)
        ui.notes_table.itemSelectionChanged.connect(self._show_chosen)
        ui.sign_off_button.clicked.connect(self.sign_off)
        ui.open_record_button.clicked.connect(self.open_record)
        ui.print_button.clicked.connect(self.print_note)
        ui.button_box.rejected.connect(self.reject)
        ui.items_table.itemSelectionChanged.connect(self._enable)
        self.on_keys(("F6",), self.sign_off)
        self.reload()
        ui.search_edit.setFocus()

    def _note_heads(self) -> list[str]:
        return [self.tr("Written"), self.tr("Handed over by"), self.tr("Shift"),
                self.tr("Read by"), self.tr("Open items"), self.tr("Note")]

    def _item_heads(self) -> list[str]:
        return [self.tr("No."), self.tr("To follow up"), self.tr("Links to"),
                self.tr("Signed off")]

    # --- The list
    @Slot()
    def reload(self, select_id: int | None = None) -> None:
        """The first page of the notes the search finds (the note ``select_id`` chosen)."""
        self._notes = []
        self._load(None, select_id)

    @Slot()
    def load_more(self) -> None:
        """The next page, below those shown."""
        if self._notes and self._more:
            self._load(self._services.handover.cursor_after(self._notes[-1]), None)

    def _load(self, after, select_id: int | None) -> None:  # type: ignore[no-untyped-def]
        self.errors.clear()
        try:
            page = self._services.handover.search(self.ui.search_edit.text(), after, PAGE)
        except ValidationError as exc:
            self.errors.show({"search": "; ".join(exc.errors.values())})
            return
        chosen = self.current_note()
        keep = select_id or (chosen.id if chosen is not None and after is not None else None)
        self._notes += page
        self._more = len(page) == PAGE
        self._fill_notes(keep)

    def _fill_notes(self, select_id: int | None) -> None:
        table = self.ui.notes_table
        clock = self._services.clock
        table.blockSignals(True)
        table.setRowCount(len(self._notes))
        chosen = 0
        for row, note in enumerate(self._notes):
            first_line = note.text.split("\n", 1)[0] if note.text else \
                (note.items[0].text if note.items else "")
            cells = (when(clock, note.written_at), note.written_by, note.shift,
                     note.acknowledged_by if note.acknowledged else self.tr("not yet read"),
                     str(note.open_items), first_line)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
            if note.id == select_id:
                chosen = row
        table.blockSignals(False)
        self.ui.more_button.setEnabled(self._more)
        if self._notes:
            table.selectRow(chosen)
        self._show_chosen()

    def current_note(self) -> NoteRow | None:
        """The note chosen in the list."""
        row = self.ui.notes_table.currentRow()
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def current_item(self) -> ItemRow | None:
        """The item chosen in the note's items."""
        note = self.current_note()
        row = self.ui.items_table.currentRow()
        return note.items[row] if note is not None and 0 <= row < len(note.items) else None

    # --- The chosen note
    def _show_chosen(self) -> None:
        ui = self.ui
        note = self.current_note()
        clock = self._services.clock
        ui.note_label.setText(heading(clock, note) if note else self.tr("No notes found."))
        ui.note_view.setPlainText(note.text if note else "")
        items = note.items if note else ()
        ui.items_table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (str(item.position), item.text, link_text(item), done_text(clock, item))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.done:
                    font = cell.font()
                    font.setStrikeOut(column == 1)
                    cell.setFont(font)
                ui.items_table.setItem(row, column, cell)
        if items:
            open_rows = [i for i, item in enumerate(items) if not item.done]
            ui.items_table.selectRow(open_rows[0] if open_rows else 0)
        self._enable()

    def _enable(self) -> None:
        ui = self.ui
        item = self.current_item()
        ui.sign_off_button.setEnabled(item is not None and not item.done
                                      and not self._services.read_only)
        ui.open_record_button.setEnabled(item is not None and item.linked)
        ui.print_button.setEnabled(self.current_note() is not None)

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter: from the search to the notes, from a note to its items, on an item opens
        its record, in the sign-off note signs the item off."""
        ui = self.ui
        if focus is ui.search_edit:
            return ui.notes_table.setFocus
        if focus is ui.notes_table:
            return ui.items_table.setFocus
        if focus is ui.items_table:
            return self.open_record
        if focus is ui.done_note_edit:
            return self.sign_off
        for button in (ui.more_button, ui.sign_off_button, ui.open_record_button,
                       ui.print_button):
            if focus is button:
                return button.click
        return None

    # --- Acting on it
    @Slot()
    def sign_off(self) -> None:
        """The chosen item is done, with the note typed."""
        item = self.current_item()
        if item is None or item.done or self._services.read_only:
            return
        self.errors.clear()
        try:
            self._services.handover.sign_off(item.id, self.ui.done_note_edit.text())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:  # signed off a moment ago at another counter
            messages.warn(self, str(exc))
            self._refresh_note(item.note_id)
            return
        self._events.records_changed.emit("handover")
        self.ui.done_note_edit.clear()
        self._refresh_note(item.note_id)

    def _refresh_note(self, note_id: int) -> None:
        fresh = self._services.handover.note(note_id)
        self._notes = [fresh if n.id == note_id else n for n in self._notes]
        self._fill_notes(note_id)
        self.ui.items_table.setFocus()

    @Slot()
    def open_record(self) -> None:
        """Show the record the chosen item links to (the dialog closes to make way)."""
        item = self.current_item()
        if item is None or not item.linked:
            return
        self._events.record_requested.emit(item.record_kind.value, item.record_id)  # type: ignore[union-attr]
        self.record_opened.emit()
        self.accept()

    @Slot()
    def print_note(self) -> None:
        """Print the chosen note's record."""
        note = self.current_note()
        if note is not None:
            self.print_requested.emit(HANDOVER_NOTE, note.id)


def open_past_notes(parent: QWidget, services: Services, events: AppEvents,
                    print_document: Callable[[str, int], None]) -> None:
    """The notes browser on its own."""
    dialog = HandoverNotesDialog(services, events, parent)
    dialog.print_requested.connect(print_document)
    dialog.exec()
