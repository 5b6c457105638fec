"""Log a contact with a unit about its fees (催费记录): a call, a visit, a notice, a note;
what was said, the day they promised to pay by, when. The time fills itself in; Enter
saves, Esc cancels; a refusal shows by its field."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.fees.ledger_records import ContactInput, ContactKind
from deskapp.domain.fees.ledger_rows import ContactRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.i18n import fill
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_contact_dialog import Ui_FeeContactDialog
from deskapp.ui.framework.times import show_day, show_moment, typed_moment
from deskapp.ui.workspaces.fees.dialog_base import FeeDialog

PROMISE_DAYS = 7  # the promise box starts a week ahead: a common "by next week"


class FeeContactDialog(FeeDialog):
    """Log a contact with ``unit_id`` (shown as ``unit_text``) about its fees; ``contact``
    is the record saved (None: cancelled)."""

    def __init__(self, fees: FeeCollection, unit_id: int, unit_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeContactDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._clock = fees.clock
        self._unit_id = unit_id
        self._unit_text = unit_text or fees.ledger(unit_id).unit_label
        self.contact: ContactRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "kind": (ui.kind_combo, ui.kind_error),
            "note": (ui.note_edit, ui.note_error),
            "promised_on": (ui.promised_edit, ui.promised_on_error),
            "at": (ui.at_edit, ui.at_error),
        }, fallback=ui.form_error)
        show_day(ui.promised_edit, self._clock.today() + dt.timedelta(days=PROMISE_DAYS))
        ui.promised_edit.setEnabled(False)
        show_moment(ui.at_edit, self._clock, self._clock.now())
        ui.promise_check.toggled.connect(self._on_promise_toggled)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self.retranslate()
        ui.kind_combo.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        ui = self.ui
        ui.retranslateUi(self)
        fill_choices(ui.kind_combo, list(ContactKind), ContactKind.CALL)
        self.setWindowTitle(fill(self.tr("Contact about fees — %1"), self._unit_text))
        ui.intro_label.setText(f"<b>{html.escape(self._unit_text)}</b><br>" + html.escape(
            self.tr("Write down each call, visit or notice about the unit's fees, and any day "
                    "they promised to pay by: the log is the evidence if it comes to a "
                    "claim, and it cannot be changed afterwards.")))
        ui.note_edit.setPlaceholderText(self.tr("e.g. will pay at the end of the month"))

    @Slot(bool)
    def _on_promise_toggled(self, checked: bool) -> None:
        # The date follows the tick straight away: Alt+P, the date, Enter.
        self.ui.promised_edit.setEnabled(checked)
        if checked:
            self.ui.promised_edit.setFocus()

    def _save(self) -> bool:
        ui = self.ui
        data = ContactInput(
            self._unit_id, chosen(ui.kind_combo, ContactKind) or ContactKind.CALL,
            note=ui.note_edit.text(),
            promised_on=(ui.promised_edit.date().toPython() if ui.promise_check.isChecked()
                         else None),
            at=typed_moment(ui.at_edit, self._clock))
        self.contact = self._fees.log_contact(data)
        return True
