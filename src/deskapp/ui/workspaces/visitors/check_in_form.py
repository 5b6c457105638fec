"""The check-in form: typed from the keyboard, Enter saves, Esc clears, the time fills itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from deskapp.devices.id_card import IdCardFields
from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.directory import DirectoryService
from deskapp.domain.identity import IdType
from deskapp.domain.records import Purpose, VisitRow
from deskapp.domain.screening import ScreeningService
from deskapp.domain.visitors import HostRef, VisitInput, VisitorLog, VisitorProfile
from deskapp.i18n import fill, translate
from deskapp.ui import messages
from deskapp.ui.choices import fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_visitor_check_in_form import Ui_CheckInForm
from deskapp.ui.host_completer import HostCompleter
from deskapp.ui.workspaces.visitors.check_in_filling import CheckInFilling
from deskapp.ui.workspaces.visitors.check_in_questions import CheckInQuestions
from deskapp.ui.workspaces.visitors.id_card_reading import IdCardReading

# A time in edited to more than this before now is a back-dated check-in: it is asked about.
BACK_DATED_AFTER = dt.timedelta(minutes=15)


def _duration(span: dt.timedelta) -> str:
    """``2 h 05 min`` / ``2小时05分`` — how far back a time lies."""
    minutes = int(span.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return fill(translate("CheckInForm", "%1 h %2 min"), hours, f"{minutes:02d}")
    return fill(translate("CheckInForm", "%1 min"), minutes)


class CheckInForm(CheckInFilling, QWidget):
    """Name, phone, ID, host … and Check in.

    A returning visitor's phone or ID number fills in what is still empty; a temporary
    pass number fills in its holder. A pass slip scanned into the name field is a check-out,
    handed to the workspace.

    Signals:
        checked_in(object): the saved VisitRow.
        pass_scanned(str): a pass number arrived in the name field (check that visit out).
        status_message(str): a short line for the status bar.
        select_requested(int): show this visit in the list.
    """

    checked_in = Signal(object)
    pass_scanned = Signal(str)
    status_message = Signal(str)
    select_requested = Signal(int)

    def __init__(self, visitors: VisitorLog, screening: ScreeningService,
                 directory: DirectoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CheckInForm()
        self.ui.setupUi(self)
        self._visitors = visitors
        self._screening = screening
        self._directory = directory
        self._time_in_edited = False
        self._returning: VisitorProfile | None = None
        self._expected_id: int | None = None  # the expected visitor the form was filled from
        self._card: IdCardFields | None = None  # the ID card read into the form
        self._filled: dict[QLineEdit, str] = {}  # fields the returning visitor's record filled
        ui = self.ui
        self.errors = FieldErrors({
            "name": (ui.name_edit, ui.name_error),
            "phone": (ui.phone_edit, ui.phone_error),
            "id_number": (ui.id_number_edit, ui.id_number_error),
            "party_size": (ui.party_size_spin, ui.party_size_error),
            "host": (ui.host_edit, ui.host_error),
            "temp_pass_no": (ui.temp_pass_edit, ui.temp_pass_no_error),
            "time_in": (ui.time_in_edit, ui.time_in_error),
        })
        self.questions = CheckInQuestions(
            self, screening, show_errors=self.errors.show, status=self.status_message.emit,
            select=self.select_requested.emit, turned_away=self.reset)
        self.host_completer = HostCompleter(ui.host_edit, directory.host_options)
        title_font = QFont(ui.check_in_title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        ui.check_in_title.setFont(title_font)
        ui.check_in_form.setColumnStretch(1, 1)
        # Only the days the log accepts (a date box would offer 1752 … 9999).
        ui.time_in_edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        # The time in follows the clock until the receptionist edits it.
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(15_000)
        self._clock_timer.timeout.connect(self._tick_time_in)
        self._clock_timer.start()
        self._reading: IdCardReading | None = None
        self._collect_ids = True
        self._generation = 0  # a new visitor each reset: a late card read is not theirs
        self._expected_host: HostRef | None = None
        self._party_typed = ""  # the crew typed for a party not saved yet
        ui.read_card_button.hide()  # until the workspace gives a reader
        self._connect()
        self.retranslate()
        self.reset()

    def _connect(self) -> None:
        ui = self.ui
        ui.check_in_button.clicked.connect(self.submit)
        ui.clear_button.clicked.connect(self.reset)
        ui.party_button.clicked.connect(self.check_in_party)
        ui.read_card_button.clicked.connect(self.read_card)
        for edit in (ui.name_edit, ui.phone_edit, ui.id_number_edit, ui.company_edit,
                     ui.temp_pass_edit, ui.plate_edit, ui.items_edit, ui.note_edit):
            edit.returnPressed.connect(self.submit)
        ui.host_edit.returnPressed.connect(self._on_host_return)
        ui.phone_edit.editingFinished.connect(self._look_up_returning)
        ui.id_number_edit.editingFinished.connect(self._look_up_returning)
        ui.temp_pass_edit.editingFinished.connect(self._fill_from_temp_pass)
        self.host_completer.activated[str].connect(self._on_host_chosen)
        ui.time_in_edit.dateTimeChanged.connect(self._on_time_in_changed)
        ui.host_edit.textChanged.connect(self._show_host_contact)

        def shortcut(keys: str, slot: Callable[[], object], widget: QWidget,
                     context: Qt.ShortcutContext) -> None:
            sc = QShortcut(QKeySequence(keys), widget)
            sc.setContext(context)
            sc.activated.connect(slot)

        shortcut("Escape", self.reset, self, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut("Ctrl+G", self.check_in_party, self,
                 Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut("F8", self.read_card, self, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Enter in a spin box, combo or date edit saves the form too.
        for widget in (ui.party_size_spin, ui.purpose_combo, ui.id_type_combo, ui.time_in_edit):
            for key in ("Return", "Enter"):
                shortcut(key, self.submit, widget, Qt.ShortcutContext.WidgetShortcut)

    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        ui = self.ui
        for combo, values in ((ui.id_type_combo, list(IdType)), (ui.purpose_combo, list(Purpose))):
            fill_choices(combo, values)

    def take_id_numbers(self, collect: bool) -> None:
        """Show or hide the ID fields, as the counter's privacy setting says."""
        ui = self.ui
        if not collect:
            ui.id_number_edit.clear()
            ui.id_type_combo.setCurrentIndex(0)
        for widget in (ui.id_type_label, ui.id_type_combo, ui.id_number_label,
                       ui.id_number_edit):
            widget.setVisible(collect)
        # No ID numbers taken: no ID card read either (and nothing read kept).
        self._collect_ids = collect
        ui.read_card_button.setVisible(collect and self._reading is not None)
        if not collect:
            self._card = None

    # --- Entering
    def reset(self) -> None:
        """Empty the form, time in back to now, cursor in the name field."""
        ui = self.ui
        for edit in (ui.name_edit, ui.phone_edit, ui.id_number_edit, ui.company_edit,
                     ui.host_edit, ui.temp_pass_edit, ui.plate_edit, ui.items_edit, ui.note_edit):
            edit.clear()
        ui.id_type_combo.setCurrentIndex(0)
        ui.purpose_combo.setCurrentIndex(0)
        ui.party_size_spin.setValue(1)
        self._returning = None
        self._expected_id = None
        self._expected_host = None
        self._card = None
        self._party_typed = ""
        self._generation += 1
        self._filled.clear()
        ui.id_number_edit.setPlaceholderText("")
        ui.returning_label.clear()  # stays in place, so the form never jumps
        ui.host_contact_label.clear()
        self.errors.clear()
        self._set_time_in_now()
        ui.name_edit.setFocus()

    def _set_time_in_now(self) -> None:
        clock = self._visitors.clock
        now = clock.local(clock.now())
        self.ui.time_in_edit.blockSignals(True)
        self.ui.time_in_edit.setDateTime(QDateTime(now.replace(tzinfo=None)))
        self.ui.time_in_edit.blockSignals(False)
        self._time_in_edited = False
        self.ui.time_in_warning.clear()

    @Slot()
    def _tick_time_in(self) -> None:
        if not self._time_in_edited:
            self._set_time_in_now()

    @Slot()
    def _on_time_in_changed(self) -> None:
        self._time_in_edited = True
        late = self._back_dated_by()
        self.ui.time_in_warning.setText(fill(self.tr(
            "Back-dated: %1 before now. Enter asks once more."), _duration(late))
            if late else "")

    def _back_dated_by(self) -> dt.timedelta | None:
        """How far before now an edited time in lies, when it is more than a slip."""
        if not self._time_in_edited:
            return None
        clock = self._visitors.clock
        typed = clock.from_local(self.ui.time_in_edit.dateTime().toPython())
        late = clock.now() - typed
        return late if late > BACK_DATED_AFTER else None

    @Slot(str)
    def _show_host_contact(self, text: str) -> None:
        """The host's phones and the unit's notes, so the desk can ring them straight away."""
        option = self.host_completer.resolve(text.strip()) if text.strip() else None
        contact = None
        if option is not None:
            contact = self._directory.host_contact(
                unit_id=option.id if option.kind == "unit" else None,
                department_id=option.id if option.kind == "department" else None)
        self.ui.host_contact_label.setText("☎ " + contact.text() if contact else "")

    def form_input(self) -> VisitInput:
        """What the form holds, as the visitor log's input."""
        ui = self.ui
        host_text = ui.host_edit.text().strip()
        option = self.host_completer.resolve(host_text)
        if option is None and self._expected_host is not None \
                and host_text == self._expected_host.label:
            host = self._expected_host  # the booking's own host, ids and all
        elif option is not None:
            host = HostRef(option.label, option.id if option.kind == "unit" else None,
                           option.id if option.kind == "department" else None)
        else:
            host = HostRef(host_text)
        card = self._card
        id_number = ui.id_number_edit.text()
        if card is not None and not id_number.strip():
            id_number = card.id_number  # read from the chip, never shown whole
        time_in = None
        if self._time_in_edited:
            time_in = self._visitors.clock.from_local(ui.time_in_edit.dateTime().toPython())
        return VisitInput(
            name=ui.name_edit.text(), id_type=ui.id_type_combo.currentData() or IdType.RESIDENT,
            id_number=id_number, phone=ui.phone_edit.text(),
            company=ui.company_edit.text(), party_size=ui.party_size_spin.value(),
            purpose=ui.purpose_combo.currentData() or Purpose.VISIT, host=host,
            plate=ui.plate_edit.text(), items=ui.items_edit.text(), note=ui.note_edit.text(),
            time_in=time_in, temp_pass_no=ui.temp_pass_edit.text(),
            visitor_id=self._returning.visitor_id if self._returning else None,
            expected_id=self._expected_id,
            address=card.address if card is not None else "",
        )

    @Slot(str)
    def _on_host_chosen(self, label: str) -> None:
        # Choosing from the list is not saving: on to the next field.
        self.ui.host_edit.setText(label)
        self.ui.temp_pass_edit.setFocus()

    @Slot()
    def _on_host_return(self) -> None:
        typed = self.ui.host_edit.text()
        popup = self.host_completer.popup()
        if popup.isVisible():
            # Enter on the list chooses (the highlighted entry, else the best); it never
            # saves: the receptionist goes on to the next field.
            row = popup.currentIndex().row() if popup.currentIndex().isValid() else 0
            choice = self.host_completer.option_at(row)
            popup.hide()
            if choice is not None:
                self._on_host_chosen(choice.label)
            return
        if typed and self.host_completer.resolve(typed) is None:
            best = self.host_completer.first_match(typed)
            if best is not None:
                self._on_host_chosen(best.label)
                return
        self.submit()

    @Slot()
    def submit(self) -> VisitRow | None:
        """Validate, screen and save the form. Returns the visit or None."""
        self.errors.clear()
        scanned = self.ui.name_edit.text().strip()
        if self._visitors.is_pass_number(scanned) and not self.ui.host_edit.text().strip():
            # A pass slip scanned while the cursor sat in the name field: that is a check-out.
            self.ui.name_edit.clear()
            self.pass_scanned.emit(scanned)
            self.ui.name_edit.setFocus()
            return None
        if not self._confirm_time_in():
            return None
        row = self.questions.run(self.form_input(), self._visitors.check_in)
        if row is not None:
            self.reset()
            self.checked_in.emit(row)
        return row

    def _confirm_time_in(self) -> bool:
        """A back-dated time in is asked about once (Enter answers No)."""
        late = self._back_dated_by()
        if late and not messages.ask(self, fill(self.tr(
                "The time in is %1 before now. Check in with that earlier time?"),
                _duration(late)), default_yes=False):
            self.ui.time_in_edit.setFocus()
            return False
        return True

    @Slot()
    def check_in_party(self) -> list[VisitRow]:
        """Ctrl+G: the visitor in the form leads a party; the others are typed in a small
        dialog, one per line, and all get a pass. Returns the visits (none: cancelled)."""
        from deskapp.ui.workspaces.visitors.party_dialog import run_party_check_in

        self.errors.clear()
        if not self._confirm_time_in():
            return []
        party, self._party_typed = run_party_check_in(
            self, self._visitors, self.questions, self.form_input, self._party_typed)
        if party:
            self.reset()
            for row in party:
                self.checked_in.emit(row)
        return party

    def reload_directory(self) -> None:
        """Read the hosts again after the directory changed."""
        self.host_completer.reload()
