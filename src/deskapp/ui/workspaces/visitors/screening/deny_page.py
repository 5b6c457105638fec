"""The deny list page: people the counter refuses unless specially permitted."""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.screening import DenyReason, DenyRow, ScreeningService
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_screening_deny_page import Ui_DenyPage
from deskapp.ui.workspaces.visitors.screening.list_page import (
    ListPage,
    fill_table,
    selected_id,
    who,
)

logger = logging.getLogger(__name__)

STATUS_COLUMN = 6


class DenyPage(ListPage):
    """The deny list and the form to add to it; entries are deactivated, never deleted."""

    def __init__(self, screening: ScreeningService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DenyPage()
        self.ui.setupUi(self)
        self._screening = screening
        self._rows: dict[int, DenyRow] = {}
        ui = self.ui
        self.errors = FieldErrors({
            "name": (ui.name_edit, ui.name_error_label),
            "id_number": (ui.id_number_edit, ui.id_number_error_label),
            "phone": (ui.phone_edit, ui.phone_error_label),
        }, fallback=ui.form_error_label)
        for reason in DenyReason:
            ui.reason_combo.addItem(reason.label(), reason.value)
        ui.add_button.clicked.connect(self.save)
        ui.deactivate_button.clicked.connect(self._on_deactivate_clicked)
        ui.show_inactive_check.toggled.connect(self._on_show_inactive_toggled)
        ui.table.itemSelectionChanged.connect(self._update_actions)
        self.reload()

    def first_field(self) -> QWidget:
        """The name field."""
        return self.ui.name_edit

    def add_form(self) -> QWidget:
        """The group of fields that Enter saves."""
        return self.ui.add_group

    def reload(self, select_id: int | None = None) -> None:
        """Read the deny list again; reselect ``select_id`` if given."""
        show_all = self.ui.show_inactive_check.isChecked()
        rows = self._screening.deny_list(include_inactive=show_all)
        self._rows = {r.id: r for r in rows}
        self.ui.table.setColumnHidden(STATUS_COLUMN, not show_all)
        fill_table(self.ui.table, [
            (r.id, [r.name, r.id_number_masked, r.phone, r.company, r.reason.label(), r.note,
                    self.tr("Active") if r.active else self.tr("Deactivated")],
             not r.active)
            for r in rows], select_id)
        self._update_actions()

    @Slot()
    def save(self) -> DenyRow | None:
        """Add the person in the form to the deny list; None when the form has errors."""
        ui = self.ui
        self.errors.clear()
        try:
            row = self.approved(lambda approval: self._screening.add_deny(
                name=ui.name_edit.text(), id_number=ui.id_number_edit.text(),
                phone=ui.phone_edit.text(), company=ui.company_edit.text(),
                reason=DenyReason(ui.reason_combo.currentData()), note=ui.note_edit.text(),
                approval=approval))
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return None
        except ApprovalDeclined:
            return None
        for edit in (ui.name_edit, ui.id_number_edit, ui.phone_edit, ui.company_edit,
                     ui.note_edit):
            edit.clear()
        ui.name_edit.setFocus()
        logger.info("deny entry %s added", row.id)
        self.reload(select_id=row.id)
        self.set_status(self.tr("%1 added to the deny list."), who(row))
        return row

    @Slot()
    def _on_deactivate_clicked(self) -> None:
        row = self._rows.get(selected_id(self.ui.table) or -1)
        if row is None or not row.active:
            return
        question = self.tr("Take %1 off the deny list?\nThe entry stays on record.")
        if not messages.ask(self, fill(question, who(row))):
            return
        try:
            self.approved(lambda approval: self._screening.deactivate_deny(row.id, approval))
        except ApprovalDeclined:
            return
        except NotFound:
            messages.warn(self, self.tr("This entry is no longer in the list."))
        else:
            logger.info("deny entry %s deactivated", row.id)
            self.set_status(self.tr("%1 is no longer on the deny list."), who(row))
        self.reload()

    @Slot(bool)
    def _on_show_inactive_toggled(self, _checked: bool) -> None:
        self.reload(select_id=selected_id(self.ui.table))

    @Slot()
    def _update_actions(self) -> None:
        row = self._rows.get(selected_id(self.ui.table) or -1)
        self.ui.deactivate_button.setEnabled(row is not None and row.active)
