"""Record what the host said when the desk phoned: received, or declined with a message."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Slot
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.directory import HostContact
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import HostResponse, VisitRow
from deskapp.domain.visitors import VisitorLog
from deskapp.i18n import fill
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_host_response_dialog import Ui_HostResponseDialog


class HostResponseDialog(QDialog):
    """Saves the response through the visitor log; ``result_row`` holds the updated visit."""

    def __init__(self, visitors: VisitorLog, visit: VisitRow,
                 parent: QWidget | None = None, *,
                 contact: HostContact | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HostResponseDialog()
        self.ui.setupUi(self)
        self._visitors = visitors
        self._visit = visit
        self.result_row: VisitRow | None = None
        self.ui.visit_label.setText(
            fill(self.tr("%1 (party of %2) to see %3"),
                 visit.name, visit.party_size, visit.host_label))
        # The number to ring, right where the answer is recorded.
        self.ui.contact_label.setText("☎ " + contact.text() if contact else self.tr(
            "The host is not in the directory: no phone on file."))
        self._errors = FieldErrors({
            "host_message": (self.ui.message_edit, self.ui.message_error),
            "appointment_at": (self.ui.appointment_edit, self.ui.appointment_error),
        })
        self.ui.appointment_edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        tomorrow = QDateTime.currentDateTime().addDays(1)
        tomorrow.setTime(tomorrow.time().fromString("09:00", "HH:mm"))
        self.ui.appointment_edit.setDateTime(tomorrow)
        if visit.host_response is HostResponse.DECLINED:
            self.ui.declined_radio.setChecked(True)
            self.ui.message_edit.setText(visit.host_message)
        self.ui.appointment_check.toggled.connect(self.ui.appointment_edit.setEnabled)
        self.ui.declined_radio.toggled.connect(self._on_declined_toggled)
        self.ui.button_box.accepted.connect(self._on_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self._on_declined_toggled(self.ui.declined_radio.isChecked())

    @Slot(bool)
    def _on_declined_toggled(self, declined: bool) -> None:
        for widget in (self.ui.message_edit, self.ui.appointment_check):
            widget.setEnabled(declined)
        self.ui.appointment_edit.setEnabled(declined and self.ui.appointment_check.isChecked())
        if declined:
            self.ui.message_edit.setFocus()

    @Slot()
    def _on_accepted(self) -> None:
        declined = self.ui.declined_radio.isChecked()
        appointment = None
        if declined and self.ui.appointment_check.isChecked():
            local = self.ui.appointment_edit.dateTime().toPython()
            appointment = self._visitors.clock.from_local(local)
        try:
            self.result_row = self._visitors.record_host_response(
                self._visit.id,
                HostResponse.DECLINED if declined else HostResponse.RECEIVED,
                message=self.ui.message_edit.text() if declined else "",
                appointment_at=appointment,
            )
        except ValidationError as exc:
            self._errors.show(exc.errors)
            return
        self.accept()
