"""Correct a saved visit (a typo in the name, the wrong host) with a reason; the visit's
history of corrections is shown under the fields, oldest first."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from deskapp.domain.clock import format_local
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import Purpose, VisitRow
from deskapp.domain.visitors import VisitorLog
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_visit_correction_dialog import Ui_VisitCorrectionDialog
from deskapp.ui.host_completer import HostCompleter


class VisitCorrectionDialog(QDialog):
    """Saves the changed fields through the visitor log; ``result_row`` holds the visit."""

    def __init__(self, visitors: VisitorLog, directory: DirectoryService, approver: Approver,
                 visit: VisitRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitCorrectionDialog()
        self.ui.setupUi(self)
        self._visitors = visitors
        self._approver = approver
        self._visit = visit
        self.result_row: VisitRow | None = None
        ui = self.ui
        self._errors = FieldErrors({
            "name": (ui.name_edit, ui.name_error),
            "phone": (ui.phone_edit, ui.phone_error),
            "host": (ui.host_edit, ui.host_error),
            "reason": (ui.reason_edit, ui.reason_error),
        }, fallback=ui.general_error)
        self.host_completer = HostCompleter(ui.host_edit, directory.host_options)
        for purpose in Purpose:
            ui.purpose_combo.addItem(purpose.label(), purpose)
        ui.visit_label.setText(fill(self.tr(
            "Pass %1, checked in %2 by %3. Change what is wrong and say why; what it said "
            "before stays in the history below."), visit.pass_no,
            format_local(visit.time_in, visitors.clock.tz), visit.created_by or "—"))
        self._fill(visit)
        self._show_history()
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.button_box.accepted.connect(self._on_save)
        ui.button_box.rejected.connect(self.reject)
        ui.name_edit.setFocus()
        ui.name_edit.selectAll()

    def _fill(self, visit: VisitRow) -> None:
        ui = self.ui
        for edit, value in ((ui.name_edit, visit.name), (ui.phone_edit, visit.phone),
                            (ui.company_edit, visit.company), (ui.host_edit, visit.host_label),
                            (ui.plate_edit, visit.plate), (ui.items_edit, visit.items),
                            (ui.note_edit, visit.note)):
            edit.setText(value)
        ui.party_size_spin.setValue(visit.party_size)
        ui.purpose_combo.setCurrentIndex(max(0, ui.purpose_combo.findData(visit.purpose)))

    def _show_history(self) -> None:
        rows = self._visitors.corrections_of(self._visit.id)
        table = self.ui.history_table
        headers = [self.tr("When"), self.tr("Field"), self.tr("Before"), self.tr("After"),
                   self.tr("Why"), self.tr("By")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        tz = self._visitors.clock.tz
        for r, row in enumerate(rows):
            by = row.corrected_by or "—"
            if row.approved_by:
                by = fill(self.tr("%1, approved by %2"), by, row.approved_by)
            for c, text in enumerate((format_local(row.at, tz), row.label, row.before,
                                      row.after, row.reason, by)):
                table.setItem(r, c, QTableWidgetItem(text))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.ui.history_title.setVisible(bool(rows))
        table.setVisible(bool(rows))

    def changes(self) -> dict[str, object]:
        """The fields whose value differs from the visit's."""
        ui, visit = self.ui, self._visit
        typed = {"name": ui.name_edit.text(), "phone": ui.phone_edit.text(),
                 "company": ui.company_edit.text(), "party_size": ui.party_size_spin.value(),
                 "purpose": ui.purpose_combo.currentData(), "host": ui.host_edit.text(),
                 "plate": ui.plate_edit.text(), "items": ui.items_edit.text(),
                 "note": ui.note_edit.text()}
        saved = {"name": visit.name, "phone": visit.phone, "company": visit.company,
                 "party_size": visit.party_size, "purpose": visit.purpose,
                 "host": visit.host_label, "plate": visit.plate, "items": visit.items,
                 "note": visit.note}
        return {field: value for field, value in typed.items() if value != saved[field]}

    @Slot()
    def _on_save(self) -> None:
        self._errors.clear()
        changes, reason = self.changes(), self.ui.reason_edit.text()
        try:
            self.result_row = self._approver.run(
                self, lambda approval: self._visitors.correct(
                    self._visit.id, changes, reason, approval))
        except ValidationError as exc:
            self._errors.show(exc.errors)
            return
        except ApprovalDeclined:
            return
        except UserError as exc:
            self._errors.show({"": str(exc)})
            return
        self.accept()
