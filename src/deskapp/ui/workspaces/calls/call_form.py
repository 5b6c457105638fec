"""The call form: F2, type while the caller talks, Tab between fields, Enter saves.

The start time is stamped when the call begins (F2, or the first key typed into an empty
form); the end time follows the clock until saved. Both stay editable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from deskapp.domain.calls.log import CALLBACK_DEFAULT, CallLog
from deskapp.domain.calls.records import About, CallInput, CallRow, Category, Direction
from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import ValidationError
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.choices import fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_call_form import Ui_CallForm
from deskapp.ui.host_completer import HostCompleter

# An empty form left this long before its first key: the call starts at that key.
IDLE_RESTART = dt.timedelta(seconds=30)


class CallForm(QWidget):
    """The fields of one call, its message and its callback.

    Signals:
        logged(object): the saved CallRow.
    """

    logged = Signal(object)

    def __init__(self, calls: CallLog, directory: DirectoryService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CallForm()
        self.ui.setupUi(self)
        self._calls = calls
        self._clock = calls.clock
        self._started: dt.datetime = self._clock.now()
        self._touched = False
        self._ended_edited = False
        self._for_callback: int | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "caller_name": (ui.caller_edit, ui.caller_name_error),
            "phone": (ui.phone_edit, ui.phone_error),
            "about": (ui.about_edit, ui.about_error),
            "subject": (ui.subject_edit, ui.subject_error),
            "notes": (ui.notes_edit, ui.notes_error),
            "message_for": (ui.message_for_edit, ui.message_for_error),
            "message": (ui.message_edit, ui.message_error),
            "callback_due": (ui.callback_due_edit, ui.callback_due_error),
            "started_at": (ui.started_edit, ui.started_at_error),
            "ended_at": (ui.ended_edit, ui.ended_at_error),
        })
        self.about_completer = HostCompleter(ui.about_edit, directory.host_options)
        title_font = QFont(ui.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        ui.title_label.setFont(title_font)
        ui.fields_layout.setColumnStretch(1, 1)
        for edit in (ui.callback_due_edit, ui.started_edit, ui.ended_edit):
            edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        # The end time follows the clock until the receptionist edits it.
        self._tick = QTimer(self)
        self._tick.setInterval(15_000)
        self._tick.timeout.connect(self._follow_clock)
        self._tick.start()
        self._connect()
        self.retranslate()
        self.start()

    def _connect(self) -> None:
        ui = self.ui
        ui.save_button.clicked.connect(self.submit)
        ui.clear_button.clicked.connect(lambda: self.start())
        for edit in self._line_edits():
            if edit is not ui.about_edit:
                edit.returnPressed.connect(self.submit)
            edit.installEventFilter(self)
        ui.about_edit.returnPressed.connect(self._on_about_return)
        self.about_completer.activated[str].connect(self._on_about_chosen)
        ui.callback_check.toggled.connect(self._on_callback_toggled)
        ui.ended_edit.dateTimeChanged.connect(self._on_ended_edited)

        def shortcut(keys: str, slot: Callable[[], object], widget: QWidget,
                     context: Qt.ShortcutContext) -> None:
            sc = QShortcut(QKeySequence(keys), widget)
            sc.setContext(context)
            sc.activated.connect(slot)

        shortcut("Escape", lambda: self.start(), self,
                 Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Enter in a combo, a box or a date edit saves the call too.
        for widget in (ui.category_combo, ui.direction_combo, ui.callback_check,
                       ui.callback_due_edit, ui.started_edit, ui.ended_edit):
            for key in ("Return", "Enter"):
                shortcut(key, self.submit, widget, Qt.ShortcutContext.WidgetShortcut)

    def _line_edits(self) -> list[QLineEdit]:
        ui = self.ui
        return [ui.caller_edit, ui.phone_edit, ui.about_edit, ui.subject_edit, ui.notes_edit,
                ui.transferred_edit, ui.message_for_edit, ui.message_edit]

    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        ui = self.ui
        for combo, values in ((ui.category_combo, list(Category)),
                              (ui.direction_combo, list(Direction))):
            fill_choices(combo, values)

    # --- Starting a call
    def start(self, *, direction: Direction = Direction.IN) -> None:
        """An empty form for a new call: started now, the cursor in the first field."""
        ui = self.ui
        for edit in self._line_edits():
            edit.clear()
        ui.category_combo.setCurrentIndex(0)
        ui.direction_combo.setCurrentIndex(max(0, ui.direction_combo.findData(direction)))
        ui.callback_check.setChecked(False)
        ui.callback_due_edit.setEnabled(False)
        self._show_default_due()
        ui.answering_label.clear()
        self._for_callback = None
        self.errors.clear()
        self._stamp_start(self._clock.now())
        self._touched = False
        ui.caller_edit.setFocus()

    def call_back(self, row: CallRow) -> None:
        """An outgoing call made for ``row``'s promised callback; saving completes it."""
        self.start(direction=Direction.OUT)
        ui = self.ui
        ui.caller_edit.setText(row.caller_name)
        ui.phone_edit.setText(row.phone)
        ui.about_edit.setText(row.about_label)
        ui.category_combo.setCurrentIndex(max(0, ui.category_combo.findData(row.category)))
        self._for_callback = row.id
        self._touched = True
        ui.answering_label.setText(fill(self.tr(
            "Calling back %1 about “%2”. Write how it went as the subject; Enter saves."),
            row.caller_name or row.phone, row.subject))
        ui.subject_edit.setFocus()

    def _stamp_start(self, moment: dt.datetime) -> None:
        self._started = moment
        local = QDateTime(self._clock.local(moment).replace(tzinfo=None))
        for edit in (self.ui.started_edit, self.ui.ended_edit):
            edit.blockSignals(True)
            edit.setDateTime(local)
            edit.blockSignals(False)
        self._ended_edited = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The first key into a form that waited a while: the call starts now.
        if event.type() == QEvent.Type.KeyPress and not self._touched:
            self._touched = True
            if self._clock.now() - self._started > IDLE_RESTART:
                self._stamp_start(self._clock.now())
        return super().eventFilter(watched, event)

    @Slot()
    def _follow_clock(self) -> None:
        if not self._ended_edited:
            now = QDateTime(self._clock.local(self._clock.now()).replace(tzinfo=None))
            self.ui.ended_edit.blockSignals(True)
            self.ui.ended_edit.setDateTime(now)
            self.ui.ended_edit.blockSignals(False)

    @Slot()
    def _on_ended_edited(self) -> None:
        self._ended_edited = True

    @Slot(bool)
    def _on_callback_toggled(self, on: bool) -> None:
        self.ui.callback_due_edit.setEnabled(on)
        if on:
            self._show_default_due()

    def _show_default_due(self) -> None:
        # Half an hour from now: the documents' rule is to call back soon, not "some day".
        due = self._clock.local(self._clock.now() + CALLBACK_DEFAULT).replace(tzinfo=None)
        self.ui.callback_due_edit.setDateTime(QDateTime(due))

    @Slot(str)
    def _on_about_chosen(self, label: str) -> None:
        # Choosing from the list is not saving: on to the next field.
        self.ui.about_edit.setText(label)
        self.ui.category_combo.setFocus()

    # --- Saving
    def form_input(self) -> CallInput:
        """What the form holds, as the call log's input."""
        ui = self.ui
        clock = self._clock
        started = clock.from_local(ui.started_edit.dateTime().toPython())
        if abs(started - self._started) < dt.timedelta(minutes=1):
            started = self._started  # the stamp to the second, not the box's minute
        option = self.about_completer.resolve(ui.about_edit.text())
        about = (About(option.label, option.id if option.kind == "unit" else None,
                       option.id if option.kind == "department" else None)
                 if option is not None else About(ui.about_edit.text()))
        return CallInput(
            subject=ui.subject_edit.text(), direction=ui.direction_combo.currentData(),
            caller_name=ui.caller_edit.text(), phone=ui.phone_edit.text(), about=about,
            category=ui.category_combo.currentData(), notes=ui.notes_edit.text(),
            transferred_to=ui.transferred_edit.text(), started_at=started,
            ended_at=clock.from_local(ui.ended_edit.dateTime().toPython())
            if self._ended_edited else None,
            callback_due=clock.from_local(ui.callback_due_edit.dateTime().toPython())
            if ui.callback_check.isChecked() else None,
            message_for=ui.message_for_edit.text(), message=ui.message_edit.text(),
            for_callback_id=self._for_callback)

    @Slot()
    def _on_about_return(self) -> None:
        popup = self.about_completer.popup()
        if popup.isVisible():
            # Enter on the list chooses the entry; it never saves.
            row = popup.currentIndex().row() if popup.currentIndex().isValid() else 0
            choice = self.about_completer.option_at(row)
            popup.hide()
            if choice is not None:
                self._on_about_chosen(choice.label)
            return
        self.submit()

    @Slot()
    def submit(self) -> CallRow | None:
        """Check and save the call; the form empties for the next one."""
        self.about_completer.popup().hide()
        self.errors.clear()
        try:
            row = self._calls.log_call(self.form_input())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return None
        except UserError as exc:  # busy, read-only, full disk: the form keeps its text
            messages.warn(self, str(exc))
            return None
        self.start()
        self.logged.emit(row)
        return row

    def reload_directory(self) -> None:
        """Read the units and departments again after the directory changed."""
        self.about_completer.reload()

    def set_transferred_to(self, name: str) -> None:
        """A number looked up in the phone directory: the call goes there."""
        self.ui.transferred_edit.setText(name)
