"""Change a request's severity once more is known (and so who handles it), with the
reason; making it smaller needs a supervisor, asked in place."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Slot
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.errors import ValidationError
from deskapp.domain.requests.log import RequestLog
from deskapp.domain.requests.records import Grounds, RequestRow, Severity
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.choices import chosen
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_reclassify_dialog import Ui_ReclassifyDialog
from deskapp.ui.workspaces.requests.request_form import offer_grounds


class ReclassifyDialog(QDialog):
    """Change the severity of ``request``; ``result_row`` is the request afterwards."""

    def __init__(self, requests: RequestLog, approver: Approver, request: RequestRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReclassifyDialog()
        self.ui.setupUi(self)
        self._requests = requests
        self._approver = approver
        self._request = request
        self.result_row: RequestRow | None = None
        self._due_edited = False
        ui = self.ui
        self.errors = FieldErrors({
            "severity": (ui.severity_combo, ui.severity_error),
            "grounds": (ui.grounds_combo, ui.grounds_error),
            "owner": (ui.owner_edit, ui.owner_error),
            "due_at": (ui.due_edit, ui.due_at_error),
            "reason": (ui.reason_edit, ui.reason_error),
        }, fallback=ui.form_error)
        ui.due_edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        if request.due_at is not None:
            ui.due_edit.setDateTime(QDateTime(
                requests.clock.local(request.due_at).replace(tzinfo=None)))
        ui.due_edit.dateTimeChanged.connect(self._on_due_edited)
        ui.owner_edit.setText(request.owner)
        ui.severity_combo.currentIndexChanged.connect(self._show_severity)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.reason_edit.returnPressed.connect(self.save)
        ui.owner_edit.returnPressed.connect(self.save)
        self.retranslate()
        ui.severity_combo.setFocus()

    def retranslate(self) -> None:
        """Texts and choices in the user's language."""
        self.ui.retranslateUi(self)
        ui = self.ui
        current = chosen(ui.severity_combo, Severity) or self._request.severity
        ui.severity_combo.blockSignals(True)
        ui.severity_combo.clear()
        for value in Severity:
            ui.severity_combo.addItem(value.label(), value)
        ui.severity_combo.setCurrentIndex(list(Severity).index(current))
        ui.severity_combo.blockSignals(False)
        self.setWindowTitle(fill(self.tr("Change severity — %1"), self._request.number))
        ui.intro_label.setText(fill(self.tr("%1 · %2 · now %3\n%4"), self._request.number,
                                    self._request.complainant or self._request.about_label,
                                    self._request.severity.label(),
                                    self._request.content[:120]))
        self._show_severity()

    @Slot()
    def _show_severity(self) -> None:
        ui = self.ui
        severity = chosen(ui.severity_combo, Severity) or Severity.GENERAL
        offer_grounds(ui.grounds_combo, severity,
                      chosen(ui.grounds_combo, Grounds) or self._request.grounds)
        ui.level_value.setText(severity.level.label())
        ui.owner_edit.setEnabled(severity is Severity.MAJOR)

    @Slot()
    def _on_due_edited(self) -> None:
        self._due_edited = True

    @Slot()
    def save(self) -> None:
        """Change the severity; the dialog closes when it is saved."""
        ui = self.ui
        severity = chosen(ui.severity_combo, Severity)
        clock = self._requests.clock
        due = clock.from_local(ui.due_edit.dateTime().toPython()) if (
            self._due_edited or (severity is Severity.MAJOR and self._request.due_at)) else None
        self.errors.clear()
        try:
            self.result_row = self._approver.run(self, lambda approval: self._requests.reclassify(
                self._request.id, severity, chosen(ui.grounds_combo, Grounds),
                ui.reason_edit.text(), owner=ui.owner_edit.text(), due_at=due,
                approval=approval))
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ApprovalDeclined:
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.accept()
