"""The "Expected visitor…" dialog: a visitor a host announced, typed while the host is on
the phone; Enter saves, Esc cancels, the time starts at the next half hour."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QWidget

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import Purpose
from deskapp.domain.visitors import HostRef
from deskapp.domain.visitors.expected import (
    ExpectedInput,
    ExpectedRow,
    ExpectedVisitors,
    next_half_hour,
)
from deskapp.errors import UserError
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_expected_visitor_dialog import Ui_ExpectedVisitorDialog
from deskapp.ui.host_completer import HostCompleter


class ExpectedVisitorDialog(QDialog):
    """Adds one expected visitor; ``result_row`` holds the saved entry after Save."""

    def __init__(self, expected: ExpectedVisitors, directory: DirectoryService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExpectedVisitorDialog()
        self.ui.setupUi(self)
        self._expected = expected
        self.result_row: ExpectedRow | None = None
        self._host_chosen_by_enter = False
        ui = self.ui
        self.errors = FieldErrors({
            "name": (ui.name_edit, ui.name_error),
            "phone": (ui.phone_edit, ui.phone_error),
            "company": (ui.company_edit, ui.company_error),
            "party_size": (ui.party_size_spin, ui.party_size_error),
            "host": (ui.host_edit, ui.host_error),
            "expected_at": (ui.expected_at_edit, ui.expected_at_error),
            "note": (ui.note_edit, ui.note_error),
        }, fallback=ui.other_error)
        self.host_completer = HostCompleter(ui.host_edit, directory.host_options)
        ui.expected_form.setColumnStretch(1, 1)
        ui.expected_at_edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        for purpose in Purpose:
            ui.purpose_combo.addItem(purpose.label(), purpose)
        clock = expected.clock
        start = next_half_hour(clock.local(clock.now()))
        ui.expected_at_edit.setDateTime(QDateTime(start.replace(tzinfo=None)))
        # Typing "15" in the time field sets the hour: the date is usually today's.
        ui.expected_at_edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)  # Enter in any field saves
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.host_completer.activated[str].connect(self._on_host_chosen)
        ui.host_edit.returnPressed.connect(self._on_host_return)
        ui.name_edit.setFocus()

    def form_input(self) -> ExpectedInput:
        """What the dialog holds, as the service's input."""
        ui = self.ui
        typed = ui.host_edit.text().strip()
        option = self.host_completer.resolve(typed)  # else the service resolves the text
        host = HostRef(typed) if option is None else HostRef(
            option.label, option.id if option.kind == "unit" else None,
            option.id if option.kind == "department" else None)
        local = ui.expected_at_edit.dateTime().toPython()
        return ExpectedInput(
            name=ui.name_edit.text(), expected_at=self._expected.clock.from_local(local),
            host=host, phone=ui.phone_edit.text(), company=ui.company_edit.text(),
            party_size=ui.party_size_spin.value(),
            purpose=ui.purpose_combo.currentData() or Purpose.VISIT, note=ui.note_edit.text())

    @Slot()
    def save(self) -> ExpectedRow | None:
        """Save the entry and close; errors stay in the dialog, next to their fields."""
        self.errors.clear()
        try:
            self.result_row = self._expected.add(self.form_input())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return None
        except UserError as exc:  # the data file busy or read-only: said in words
            self.errors.show({"": str(exc)})
            return None
        self.accept()
        return self.result_row

    @Slot()
    def _on_host_return(self) -> None:
        # Enter on the open list chooses (the highlighted entry, else the first); with the
        # list closed it saves, as in every other field.
        popup = self.host_completer.popup()
        if popup.isVisible():
            row = popup.currentIndex().row() if popup.currentIndex().isValid() else 0
            choice = self.host_completer.option_at(row)
            popup.hide()
            if choice is not None:
                self._on_host_chosen(choice.label)
            # The same Enter must not also reach the dialog's Save button (it does when the
            # key arrives at the field rather than at the open list); it lasts this event.
            self._host_chosen_by_enter = True
            QTimer.singleShot(0, self._forget_host_enter)

    def _forget_host_enter(self) -> None:
        self._host_chosen_by_enter = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self._host_chosen_by_enter and event.key() in (Qt.Key.Key_Return,
                                                          Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot(str)
    def _on_host_chosen(self, label: str) -> None:
        # Choosing from the list is not saving: on to the time.
        self.ui.host_edit.setText(label)
        self.ui.expected_at_edit.setFocus()
