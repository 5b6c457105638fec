"""The intake form: who, about which unit, what kind, how serious, which department, by
when, and what was said. Tab between fields; Enter in a line or Ctrl+Enter anywhere saves.

The time received fills itself in; the deadline follows the supervisor's rule for the
severity and kind chosen until the receptionist sets one (a major request must have one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import ValidationError
from deskapp.domain.requests.log import RequestLog
from deskapp.domain.requests.records import (
    Channel,
    Grounds,
    Kind,
    Nature,
    RequestInput,
    RequestRow,
    Severity,
)
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_request_form import Ui_RequestForm
from deskapp.ui.host_completer import HostCompleter


def offer_grounds(combo: QComboBox, severity: Severity, current: Grounds | None) -> None:
    """The grounds ``severity`` is filed under, to choose from (none for general), keeping
    ``current`` when it still fits."""
    grounds = severity.grounds()
    combo.clear()
    if grounds:
        combo.addItem(QCoreApplication.translate("RequestForm", "(choose why)"), None)
    for value in grounds:
        combo.addItem(value.label(), value)
    combo.setCurrentIndex(grounds.index(current) + 1 if current in grounds else 0)
    combo.setEnabled(bool(grounds))


class RequestForm(QWidget):
    """The fields of one request.

    Signals:
        registered(object): the saved RequestRow.
    """

    registered = Signal(object)

    def __init__(self, requests: RequestLog, directory: DirectoryService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestForm()
        self.ui.setupUi(self)
        self._requests = requests
        self._directory = directory
        self._clock = requests.clock
        self._received: dt.datetime = self._clock.now()
        self._due_set_by_hand = False
        self._call_id: int | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "received_at": (ui.received_edit, ui.received_at_error),
            "forwarded_from": (ui.forwarded_edit, ui.forwarded_from_error),
            "complainant": (ui.complainant_edit, ui.complainant_error),
            "about_label": (ui.about_edit, ui.about_label_error),
            "phone": (ui.phone_edit, ui.phone_error),
            "grounds": (ui.grounds_combo, ui.grounds_error),
            "department_label": (ui.department_combo, ui.department_label_error),
            "owner": (ui.owner_edit, ui.owner_error),
            "due_at": (ui.due_edit, ui.due_at_error),
            "content": (ui.content_edit, ui.content_error),
        }, fallback=ui.form_error)
        self.about_completer = HostCompleter(ui.about_edit, self._unit_options)
        title_font = QFont(ui.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        ui.title_label.setFont(title_font)
        ui.fields_layout.setColumnStretch(1, 1)
        for edit in (ui.received_edit, ui.due_edit):
            edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        self._connect()
        self.retranslate()
        self.start()

    def _unit_options(self):  # type: ignore[no-untyped-def]
        return [o for o in self._directory.host_options() if o.kind == "unit"]

    def _connect(self) -> None:
        ui = self.ui
        ui.save_button.clicked.connect(self.submit)
        ui.clear_button.clicked.connect(lambda: self.start())
        for edit in self._line_edits():
            if edit is not ui.about_edit:
                edit.returnPressed.connect(self.submit)
        ui.about_edit.returnPressed.connect(self._on_about_return)
        self.about_completer.activated[str].connect(self._on_about_chosen)
        ui.channel_combo.currentIndexChanged.connect(self._show_channel)
        for combo in (ui.kind_combo, ui.severity_combo):
            combo.currentIndexChanged.connect(self._on_rule_changed)
        ui.severity_combo.currentIndexChanged.connect(self._show_severity)
        ui.due_edit.dateTimeChanged.connect(self._on_due_edited)
        ui.received_edit.dateTimeChanged.connect(self._on_rule_changed)

        def shortcut(keys: str, slot: Callable[[], object], widget: QWidget,
                     context: Qt.ShortcutContext) -> None:
            sc = QShortcut(QKeySequence(keys), widget)
            sc.setContext(context)
            sc.activated.connect(slot)

        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shortcut("Escape", lambda: self.start(), self, within)
        shortcut("Ctrl+Return", self.submit, self, within)
        shortcut("Ctrl+Enter", self.submit, self, within)
        # Enter in a combo or a date box saves too, as in the other forms.
        for widget in (ui.channel_combo, ui.kind_combo, ui.nature_combo, ui.severity_combo,
                       ui.grounds_combo, ui.received_edit, ui.due_edit):
            for key in ("Return", "Enter"):
                shortcut(key, self.submit, widget, Qt.ShortcutContext.WidgetShortcut)

    def _line_edits(self) -> list[QLineEdit]:
        ui = self.ui
        return [ui.forwarded_edit, ui.complainant_edit, ui.about_edit, ui.phone_edit,
                ui.owner_edit]

    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        ui = self.ui
        for combo, values in ((ui.channel_combo, list(Channel)), (ui.kind_combo, list(Kind)),
                              (ui.nature_combo, list(Nature)),
                              (ui.severity_combo, list(Severity))):
            fill_choices(combo, values)
        self._show_severity()
        self._show_rule()
        if self._call_id is not None:
            self._show_from_call()

    def reload_directory(self) -> None:
        """Read the units and departments again after the directory changed."""
        self.about_completer.reload()
        combo = self.ui.department_combo
        typed = combo.currentText()
        combo.clear()
        combo.addItem("", None)
        for department in self._directory.departments():
            combo.addItem(department.name, department.id)
        combo.setEditText(typed)

    # --- Starting
    def start(self, data: RequestInput | None = None) -> None:
        """An empty form received now (or one filled from ``data``: a call taken into a
        request), the cursor in the first field to type."""
        ui = self.ui
        for edit in self._line_edits():
            edit.clear()
        ui.content_edit.clear()
        self.reload_directory()
        ui.department_combo.setEditText("")
        for combo in (ui.channel_combo, ui.kind_combo, ui.nature_combo, ui.severity_combo):
            combo.setCurrentIndex(0)
        self.errors.clear()
        self._call_id = None
        ui.from_call_label.clear()
        ui.from_call_label.hide()
        self._stamp_received(self._clock.now())
        if data is None:
            self._show_rule()
            ui.complainant_edit.setFocus()
            return
        self._call_id = data.call_id
        if data.received_at is not None:
            self._stamp_received(data.received_at)
        ui.complainant_edit.setText(data.complainant)
        ui.phone_edit.setText(data.phone)
        ui.about_edit.setText(data.about_label)
        ui.content_edit.setPlainText(data.content)
        for combo, value in ((ui.channel_combo, data.channel), (ui.kind_combo, data.kind),
                             (ui.nature_combo, data.nature)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._show_from_call()
        self._show_rule()
        ui.severity_combo.setFocus()

    def _show_from_call(self) -> None:
        self.ui.from_call_label.setText(fill(self.tr(
            "From call %1: check the kind and severity, choose the department; "
            "Ctrl+Enter registers it."), self._call_id))
        self.ui.from_call_label.show()

    def _stamp_received(self, moment: dt.datetime) -> None:
        self._received = moment
        edit = self.ui.received_edit
        edit.blockSignals(True)
        edit.setDateTime(QDateTime(self._clock.local(moment).replace(tzinfo=None)))
        edit.blockSignals(False)
        self._due_set_by_hand = False

    # --- Severity, grounds, level and the deadline
    @Slot()
    def _show_channel(self) -> None:
        forwarded = chosen(self.ui.channel_combo, Channel) is Channel.FORWARDED
        self.ui.forwarded_edit.setEnabled(forwarded)

    @Slot()
    def _show_severity(self) -> None:
        ui = self.ui
        severity = chosen(ui.severity_combo, Severity) or Severity.GENERAL
        offer_grounds(ui.grounds_combo, severity, chosen(ui.grounds_combo, Grounds))
        ui.level_value.setText(severity.level.label())
        major = severity is Severity.MAJOR
        ui.owner_edit.setEnabled(major)
        ui.owner_label.setEnabled(major)
        self._show_channel()

    @Slot()
    def _on_rule_changed(self) -> None:
        self._show_rule()

    def _show_rule(self) -> None:
        ui = self.ui
        severity = chosen(ui.severity_combo, Severity) or Severity.GENERAL
        kind = chosen(ui.kind_combo, Kind) or Kind.COMPLAINT
        try:
            rule = self._requests.deadlines.rule(severity, kind)
            due = self._requests.deadlines.due(severity, kind, self._received_at())
        except UserError:
            return
        if severity is Severity.MAJOR:
            ui.due_rule_label.setText(fill(self.tr(
                "A major request: the company head sets the owner and the deadline "
                "(the rule suggests %1)."), rule.describe()))
        else:
            ui.due_rule_label.setText(fill(self.tr("By the rule: %1."), rule.describe()))
        if not self._due_set_by_hand:
            ui.due_edit.blockSignals(True)
            ui.due_edit.setDateTime(QDateTime(self._clock.local(due).replace(tzinfo=None)))
            ui.due_edit.blockSignals(False)

    @Slot()
    def _on_due_edited(self) -> None:
        self._due_set_by_hand = True

    def _received_at(self) -> dt.datetime:
        typed = self._clock.from_local(self.ui.received_edit.dateTime().toPython())
        if abs(typed - self._received) < dt.timedelta(minutes=1):
            return self._received  # the stamp to the second, not the box's minute
        return typed

    @Slot(str)
    def _on_about_chosen(self, label: str) -> None:
        self.ui.about_edit.setText(label)
        self.ui.phone_edit.setFocus()

    @Slot()
    def _on_about_return(self) -> None:
        popup = self.about_completer.popup()
        if popup.isVisible():
            row = popup.currentIndex().row() if popup.currentIndex().isValid() else 0
            choice = self.about_completer.option_at(row)
            popup.hide()
            if choice is not None:
                self._on_about_chosen(choice.label)
            return
        self.submit()

    # --- Saving
    def form_input(self) -> RequestInput:
        """What the form holds, as the request log's input."""
        ui = self.ui
        option = self.about_completer.resolve(ui.about_edit.text())
        department = ui.department_combo.currentText().strip()
        department_id = None
        index = ui.department_combo.findText(department, Qt.MatchFlag.MatchFixedString)
        if department and index > 0:
            department_id = ui.department_combo.itemData(index)
        severity = chosen(ui.severity_combo, Severity)
        # Untouched, the deadline is the rule's, worked out again as it is saved; a major
        # request's deadline is set by a person, never taken from the rule unseen.
        due = (self._clock.from_local(ui.due_edit.dateTime().toPython())
               if self._due_set_by_hand else None)
        return RequestInput(
            content=ui.content_edit.toPlainText(), complainant=ui.complainant_edit.text(),
            phone=ui.phone_edit.text(),
            about_label=option.label if option is not None else ui.about_edit.text(),
            about_unit_id=option.id if option is not None else None,
            channel=chosen(ui.channel_combo, Channel), forwarded_from=ui.forwarded_edit.text()
            if chosen(ui.channel_combo, Channel) is Channel.FORWARDED else "",
            kind=chosen(ui.kind_combo, Kind), nature=chosen(ui.nature_combo, Nature),
            severity=severity, grounds=chosen(ui.grounds_combo, Grounds),
            department_label=department, department_id=department_id,
            owner=ui.owner_edit.text() if severity is Severity.MAJOR else "",
            due_at=due, received_at=self._received_at(),
            call_id=self._call_id)

    @Slot()
    def submit(self) -> RequestRow | None:
        """Check and save the request; the form empties for the next one."""
        self.about_completer.popup().hide()
        self.errors.clear()
        try:
            row = self._requests.register(self.form_input())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return None
        except UserError as exc:  # busy, read-only, a call already taken: the text stays
            messages.warn(self, str(exc))
            return None
        self.start()
        self.registered.emit(row)
        return row
