"""The phone directory 电话联系一览表: look up, add and correct numbers, retire old ones,
mark the monthly check, print the list for the counter."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from deskapp.domain.calls.phone_book import EntryKind, PhoneBook, PhoneEntryRow
from deskapp.domain.errors import ValidationError
from deskapp.domain.pinyin import matches
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_phone_book_dialog import Ui_PhoneBookDialog

EDITABLE = (EntryKind.DEPARTMENT, EntryKind.STAFF, EntryKind.EXTERNAL)


class PhoneBookDialog(QDialog):
    """Every number the counter rings, with the occupants' from the directory.

    Confidential numbers (managers' mobiles) show masked. Occupants are edited in the
    directory of units, so they are shown here but not edited.

    Signals:
        print_requested(): print the list (the window renders and previews it).
    """

    print_requested = Signal()

    def __init__(self, phone_book: PhoneBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PhoneBookDialog()
        self.ui.setupUi(self)
        self._book = phone_book
        self._rows: list[PhoneEntryRow] = []
        self._editing: PhoneEntryRow | None = None
        ui = self.ui
        for kind in EDITABLE:
            ui.kind_combo.addItem(kind.label(), kind)
        self.errors = FieldErrors({
            "name": (ui.name_edit, ui.name_error), "kind": (ui.kind_combo, ui.kind_error),
            "number": (ui.number_edit, ui.number_error),
            "extension": (ui.extension_edit, ui.extension_error)})
        table = ui.entries_table
        table.setColumnCount(5)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((90, 150, 150, 120, 60)):
            table.setColumnWidth(column, width)
        ui.filter_edit.setPlaceholderText(self.tr("Type a name, a number or pinyin initials…"))
        ui.filter_edit.textChanged.connect(self._show)
        table.itemSelectionChanged.connect(self._on_selected)
        ui.save_button.clicked.connect(self.save)
        ui.new_button.clicked.connect(self.new_entry)
        ui.reviewed_button.clicked.connect(self.mark_reviewed)
        ui.print_button.clicked.connect(self.print_requested)
        ui.close_button.clicked.connect(self.reject)
        for edit in (ui.name_edit, ui.organisation_edit, ui.number_edit, ui.extension_edit,
                     ui.notes_edit):
            edit.returnPressed.connect(self.save)
        for keys, slot in (("Ctrl+N", self.new_entry), ("Ctrl+P", self.print_requested.emit)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.reload()
        self.new_entry()
        ui.filter_edit.setFocus()

    # --- The list
    def reload(self) -> None:
        """Read the directory again."""
        self._rows = self._book.entries(include_retired=True)
        self._show()
        self._show_review()

    def _show_review(self) -> None:
        last = self._book.last_review()
        if last is None:
            text = self.tr("This list has never been checked. Ring round and press "
                           "“Checked today”.")
        else:
            text = fill(self.tr("Last checked on %1."), last.isoformat())
            if self._book.review_due():
                text += " " + self.tr("Over a month ago: please check it again.")
        self.ui.review_label.setText(text)

    @Slot()
    def _show(self) -> None:
        typed = self.ui.filter_edit.text()
        self._shown = [r for r in self._rows if not typed.strip() or matches(r.key, typed)]
        table = self.ui.entries_table
        table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Name"),
                                         self.tr("Organisation"), self.tr("Number"),
                                         self.tr("Ext.")])
        table.setRowCount(len(self._shown))
        for index, row in enumerate(self._shown):
            kind = row.kind.label() + ("" if row.active else " " + self.tr("(retired)"))
            for column, text in enumerate((kind, row.name, row.organisation,
                                           row.shown_number(), row.extension)):
                table.setItem(index, column, QTableWidgetItem(text))

    def shown_names(self) -> list[str]:
        """The names the list shows now (for tests and the status line)."""
        return [row.name for row in self._shown]

    @Slot()
    def _on_selected(self) -> None:
        indexes = self.ui.entries_table.selectionModel().selectedRows()
        if not indexes:
            return
        row = self._shown[indexes[0].row()]
        if row.kind is EntryKind.OCCUPANT:
            self.new_entry()
            return
        self._load(row)

    # --- Editing
    def _load(self, row: PhoneEntryRow) -> None:
        ui = self.ui
        self._editing = row
        ui.name_edit.setText(row.name)
        ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(row.kind)))
        ui.organisation_edit.setText(row.organisation)
        # A confidential number is kept as it is: it is never shown in the editor either.
        ui.number_edit.setText(row.shown_number())
        ui.number_edit.setReadOnly(row.confidential)
        ui.extension_edit.setText(row.extension)
        ui.notes_edit.setText(row.notes)
        ui.confidential_check.setChecked(row.confidential)
        ui.active_check.setChecked(row.active)
        self.errors.clear()

    @Slot()
    def new_entry(self) -> None:
        """An empty editor for a new number."""
        self._load(PhoneEntryRow(None, "", EntryKind.DEPARTMENT, ""))
        self.ui.name_edit.setFocus()

    @Slot()
    def save(self) -> PhoneEntryRow | None:
        """Add or correct the entry in the editor."""
        ui = self.ui
        base = self._editing or PhoneEntryRow(None, "", EntryKind.DEPARTMENT, "")
        number = base.number if base.confidential and ui.number_edit.isReadOnly() \
            else ui.number_edit.text()
        row = replace(base, name=ui.name_edit.text(), kind=ui.kind_combo.currentData(),
                      organisation=ui.organisation_edit.text(), number=number,
                      extension=ui.extension_edit.text(), notes=ui.notes_edit.text(),
                      confidential=ui.confidential_check.isChecked(),
                      active=ui.active_check.isChecked())
        try:
            saved = self._book.save(row)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return None
        except UserError as exc:
            messages.warn(self, str(exc))
            return None
        self.reload()
        self.new_entry()
        return saved

    @Slot()
    def mark_reviewed(self) -> None:
        """The list was checked today."""
        try:
            self._book.mark_reviewed()
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._show_review()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # Enter in the list opens the entry in the editor, it does not close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.ui.entries_table.hasFocus():
            self.ui.name_edit.setFocus()
            return
        super().keyPressEvent(event)
