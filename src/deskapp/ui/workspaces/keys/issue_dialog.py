"""Issue keys (钥匙借用): who takes them, for what, on whose authority, back when.

Entrusted keys go to someone on the owner's list (chosen from it, which fills the fields)
or, for anyone else, only once the owner's consent is recorded: the domain refuses, the
dialog then asks who confirmed it, how and when. Enter or Ctrl+Enter saves, Esc cancels."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.keys.errors import ConsentNeeded, NotAvailable
from deskapp.domain.keys.records import (
    ConsentHow,
    IssueInput,
    KeyKind,
    LoanPurpose,
    OwnerConsent,
)
from deskapp.domain.keys.rows import AuthorisedRow, KeySetRow, LoanRow
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_key_issue_dialog import Ui_KeyIssueDialog

# Most loans are a viewing or a repair visit: back within two hours unless said otherwise.
DEFAULT_LOAN = dt.timedelta(hours=2)


class KeyIssueDialog(QDialog):
    """Sign ``key_set`` out; ``result_row`` is the loan saved (or None), ``print_slip``
    whether its borrowing slip should print."""

    def __init__(self, keys: KeyCustody, key_set: KeySetRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyIssueDialog()
        self.ui.setupUi(self)
        self._keys = keys
        self._set = key_set
        self._clock = keys.clock
        self.result_row: LoanRow | None = None
        self.print_slip = False
        self._listed: list[AuthorisedRow] = []
        ui = self.ui
        self.errors = FieldErrors({
            "borrower_name": (ui.borrower_name_edit, ui.borrower_name_error),
            "phone": (ui.phone_edit, ui.phone_error),
            "id_type": (ui.id_type_combo, ui.id_number_error),
            "id_number": (ui.id_number_edit, ui.id_number_error),
            "company": (ui.company_edit, ui.company_error),
            "staff": (ui.staff_check, ui.staff_error),
            "purpose": (ui.purpose_combo, ui.purpose_error),
            "purpose_note": (ui.purpose_note_edit, ui.purpose_note_error),
            "authorised_by": (ui.authorised_by_edit, ui.authorised_by_error),
            "expected_back": (ui.expected_back_edit, ui.expected_back_error),
            "keys_out": (ui.keys_out_spin, ui.keys_out_error),
            "note": (ui.note_edit, ui.note_error),
            "consent_by": (ui.consent_by_edit, ui.consent_by_error),
            "consent_how": (ui.consent_how_combo, ui.consent_how_error),
            "consent_at": (ui.consent_at_edit, ui.consent_at_error),
        }, fallback=ui.form_error)
        entrusted = key_set.kind is KeyKind.ENTRUSTED
        if entrusted:
            self._listed = [p for p in keys.authorised(key_set.id)
                            if p.valid_on(self._clock.today())]
        for widget in (ui.listed_label, ui.listed_combo):
            widget.setVisible(entrusted)
        ui.consent_box.setVisible(False)
        ui.keys_out_spin.setMaximum(max(key_set.keys_in_cabinet, 1))
        ui.keys_out_spin.setValue(max(key_set.keys_in_cabinet, 1))
        self._set_time(ui.expected_back_edit, self._clock.now() + DEFAULT_LOAN)
        self._set_time(ui.consent_at_edit, self._clock.now())
        ui.listed_combo.currentIndexChanged.connect(self._on_listed_chosen)
        ui.staff_check.toggled.connect(self._on_staff_toggled)
        ui.purpose_combo.currentIndexChanged.connect(self._on_purpose_changed)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)
        self.retranslate()
        (ui.listed_combo if entrusted and self._listed else ui.borrower_name_edit).setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        self.ui.retranslateUi(self)
        ui, key_set = self.ui, self._set
        self.setWindowTitle(fill(self.tr("Issue keys — %1"), key_set.tag))
        ui.key_label.setText(fill(self.tr("%1 · %2 · %3 · hook %4 · %5 keys in the cabinet"),
                                  key_set.tag, key_set.unit_label, key_set.kind.label(),
                                  key_set.hook or "—", key_set.keys_in_cabinet))
        fill_choices(ui.id_type_combo, IdType, IdType.RESIDENT)
        fill_choices(ui.purpose_combo, LoanPurpose, LoanPurpose.VIEWING)
        fill_choices(ui.consent_how_combo, ConsentHow, ConsentHow.PHONE)
        chosen_person = ui.listed_combo.currentData()
        ui.listed_combo.blockSignals(True)
        ui.listed_combo.clear()
        ui.listed_combo.addItem(self.tr("Someone else"), None)
        for person in self._listed:
            ui.listed_combo.addItem(
                fill("%1 (%2) %3", person.name, person.relation or "—", person.phone_masked),
                person.id)
        ui.listed_combo.setCurrentIndex(max(0, ui.listed_combo.findData(chosen_person)))
        ui.listed_combo.blockSignals(False)
        self._on_purpose_changed()

    # --- Filling in
    @Slot()
    def _on_listed_chosen(self) -> None:
        person = next((p for p in self._listed if p.id == self.ui.listed_combo.currentData()),
                      None)
        if person is None:
            return
        ui = self.ui
        ui.borrower_name_edit.setText(person.name)
        ui.phone_edit.setText(person.phone)
        ui.id_type_combo.setCurrentIndex(max(0, ui.id_type_combo.findData(person.id_type)))
        ui.id_number_edit.setText(person.id_number)
        ui.consent_box.setVisible(False)
        ui.purpose_combo.setFocus()

    @Slot(bool)
    def _on_staff_toggled(self, staff: bool) -> None:
        self.ui.company_label.setText(self.tr("&Department") if staff else self.tr("C&ompany"))

    @Slot()
    def _on_purpose_changed(self) -> None:
        other = chosen(self.ui.purpose_combo, LoanPurpose) is LoanPurpose.OTHER
        self.ui.purpose_note_label.setText(self.tr("What &for") if other
                                           else self.tr("What &for (optional)"))

    def _set_time(self, edit: QDateTimeEdit, moment: dt.datetime) -> None:
        edit.setDateTime(QDateTime(self._clock.local(moment).replace(tzinfo=None,
                                                                     second=0, microsecond=0)))

    def _time(self, edit: QDateTimeEdit) -> dt.datetime:
        return self._clock.from_local(edit.dateTime().toPython())

    # --- Saving
    def issue_input(self) -> IssueInput:
        """What the dialog says, as the service takes it."""
        ui = self.ui
        consent = None
        if ui.consent_box.isVisible():
            consent = OwnerConsent(ui.consent_by_edit.text(),
                                   chosen(ui.consent_how_combo, ConsentHow) or ConsentHow.PHONE,
                                   self._time(ui.consent_at_edit))
        return IssueInput(
            key_set_id=self._set.id, borrower_name=ui.borrower_name_edit.text(),
            expected_back=self._time(ui.expected_back_edit), phone=ui.phone_edit.text(),
            id_type=chosen(ui.id_type_combo, IdType) or IdType.RESIDENT,
            id_number=ui.id_number_edit.text(), company=ui.company_edit.text(),
            staff=ui.staff_check.isChecked(),
            purpose=chosen(ui.purpose_combo, LoanPurpose) or LoanPurpose.VIEWING,
            purpose_note=ui.purpose_note_edit.text(),
            authorised_by=ui.authorised_by_edit.text(), keys_out=ui.keys_out_spin.value(),
            consent=consent, note=ui.note_edit.text())

    @Slot()
    def save(self) -> None:
        """Issue the keys; the dialog closes once they are signed out."""
        self.errors.clear()
        try:
            self.result_row = self._keys.issue(self.issue_input())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ConsentNeeded as exc:
            self._ask_for_consent(exc)
            return
        except NotAvailable as exc:
            # Another counter issued them a moment ago, or they were reported lost.
            self.errors.show({"": str(exc)})
            self.ui.button_box.setFocus()
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.print_slip = self.ui.print_check.isChecked()
        self.accept()

    def _ask_for_consent(self, refusal: ConsentNeeded) -> None:
        ui = self.ui
        deposit = self._keys.deposit(self._set.id)
        owner = (fill(self.tr("Call the owner, %1, on %2."), deposit.owner_name,
                      deposit.owner_phone or "—") if deposit is not None else "")
        listed = ", ".join(p.name for p in refusal.listed) or self.tr("nobody")
        ui.consent_intro.setText(fill(self.tr(
            "%1 is not on the owner's list (on it: %2). %3 Record who confirmed the owner's "
            "consent, how and when — or cancel and refuse the keys."),
            ui.borrower_name_edit.text().strip(), listed, owner))
        ui.consent_box.setVisible(True)
        self._set_time(ui.consent_at_edit, self._clock.now())
        ui.consent_by_edit.setFocus()
