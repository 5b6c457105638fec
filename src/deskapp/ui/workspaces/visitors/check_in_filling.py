"""Filling the check-in form from what the counter already knows: a returning visitor's
record, a temporary pass, an expected visitor's booking, an ID card on the reader.

Only what is still empty is filled (what the receptionist typed is never overwritten),
and ID numbers from a record or a card are kept for the check-in but shown masked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLineEdit

from deskapp.devices.id_card import IdCardFields
from deskapp.domain.records import Purpose
from deskapp.domain.screening import ScreeningService
from deskapp.domain.visitors import HostRef, VisitorLog, VisitorProfile
from deskapp.domain.visitors.expected import ExpectedRow
from deskapp.i18n import fill, translate
from deskapp.ui import messages
from deskapp.ui.workspaces.visitors.id_card_reading import IdCardReading

if TYPE_CHECKING:
    from deskapp.ui.forms.ui_visitor_check_in_form import Ui_CheckInForm


class CheckInFilling:
    """The filling-in half of :class:`CheckInForm` (a mixin: the form holds the state;
    its texts are the form's, in the "CheckInForm" context)."""

    ui: Ui_CheckInForm
    status_message: Signal
    _visitors: VisitorLog
    _screening: ScreeningService
    _returning: VisitorProfile | None
    _filled: dict[QLineEdit, str]
    _expected_id: int | None
    _card: IdCardFields | None
    _reading: IdCardReading | None
    _collect_ids: bool
    _generation: int
    _expected_host: HostRef | None

    if TYPE_CHECKING:
        def reset(self) -> None: ...  # the form's

    @Slot()
    def _look_up_returning(self) -> None:
        self._look_up_returning_by(self.ui.id_number_edit.text()
                                   or (self._card.id_number if self._card else ""))

    def _look_up_returning_by(self, id_number: str) -> None:
        ui = self.ui
        profile = self._visitors.find_returning(phone=ui.phone_edit.text(),
                                                id_number=id_number)
        if profile is None or (
            self._returning and self._returning.visitor_id == profile.visitor_id
        ):
            return
        # Another person than the one filled in before: take back what their record filled.
        for edit, value in self._filled.items():
            if edit.text() == value:
                edit.clear()
        self._filled.clear()
        self._returning = profile
        # Fill only what is still empty: never overwrite what was typed.
        fills = ((ui.name_edit, profile.name), (ui.phone_edit, profile.phone),
                 (ui.company_edit, profile.company), (ui.plate_edit, profile.plate),
                 (ui.host_edit, profile.last_host.label if profile.last_host else ""))
        for edit, value in fills:
            if not edit.text().strip() and value:
                edit.setText(value)
                self._filled[edit] = value
        if not ui.id_number_edit.text().strip() and profile.id_number:
            # The number on file is used for screening and the record, never shown in full.
            ui.id_type_combo.setCurrentIndex(max(0, ui.id_type_combo.findData(profile.id_type)))
            ui.id_number_edit.setPlaceholderText(
                fill(translate("CheckInForm", "On file: %1"), profile.id_number_masked))
        if profile.last_purpose is not None:
            ui.purpose_combo.setCurrentIndex(ui.purpose_combo.findData(profile.last_purpose))
        ui.party_size_spin.setValue(profile.last_party_size)
        text = fill(translate("CheckInForm",
                              "Returning visitor %1 (visits so far: %2); details filled in."),
                    profile.name, profile.visit_count)
        if profile.exempt:
            text += " " + translate("CheckInForm", "Regular (exempt).")
        if profile.on_site_pass:
            text += " " + fill(translate("CheckInForm",
                "Still on site with pass %1: check that visit out first."), profile.on_site_pass)
        ui.returning_label.setText(text)
        ui.returning_label.show()

    @Slot()
    def _fill_from_temp_pass(self) -> None:
        """A temporary pass number fills in its holder, company and host."""
        number = self.ui.temp_pass_edit.text().strip()
        temp = self._screening.temp_pass(number) if number else None
        if temp is None:
            return
        ui = self.ui
        for edit, value in ((ui.name_edit, temp.holder_name), (ui.phone_edit, temp.phone),
                            (ui.company_edit, temp.company), (ui.host_edit, temp.host_label)):
            if not edit.text().strip() and value:
                edit.setText(value)
        if not ui.id_number_edit.text().strip() and temp.id_number:
            ui.id_number_edit.setPlaceholderText(
                fill(translate("CheckInForm", "On pass: %1"), temp.id_number_masked))
        ui.purpose_combo.setCurrentIndex(max(0, ui.purpose_combo.findData(Purpose.MAINTENANCE)))

    def use_card_reader(self, reading: IdCardReading | None) -> None:
        """F8 reads the card on the counter's reader into the form (hidden without one)."""
        self._reading = reading
        self.ui.read_card_button.setVisible(reading is not None and self._collect_ids)
        if reading is not None:
            reading.read.connect(self._on_card_read)
            reading.failed.connect(self.status_message)

    @Slot()
    def read_card(self) -> None:
        """F8: read the ID card on the reader (off the window thread)."""
        if self._reading is not None and self._collect_ids:
            self.status_message.emit(translate("CheckInForm", "Reading the ID card…"))
            self._read_for = self._generation
            self._reading.start()

    @Slot(object)
    def _on_card_read(self, card: IdCardFields) -> None:
        # A read that ends after the form moved on to the next visitor is not theirs.
        if getattr(self, "_read_for", None) == self._generation:
            self.fill_from_card(card)

    @Slot(object)
    def fill_from_card(self, card: IdCardFields) -> None:
        """Name, ID type and number (kept, shown masked) and address from a card read."""
        ui = self.ui
        if not self._collect_ids:
            return  # this counter takes no ID numbers: nothing from the card is kept
        self._card = card
        ui.name_edit.setText(card.name)
        ui.id_type_combo.setCurrentIndex(max(0, ui.id_type_combo.findData(card.id_type)))
        ui.id_number_edit.clear()
        ui.id_number_edit.setPlaceholderText(
            fill(translate("CheckInForm", "From the card: %1"), card.id_number_masked))
        self._look_up_returning_by(card.id_number)
        text = translate("CheckInForm", "ID card read; hand it back to the visitor now.")
        if card.expired_on(self._visitors.clock.today()):
            text = fill(translate("CheckInForm", "This ID card expired on %1."),
                        card.valid_to) + " " + text
        ui.returning_label.setText(" ".join(filter(None, (text, ui.returning_label.text()))))
        ui.phone_edit.setFocus()

    def fill_from_expected(self, expected: ExpectedRow) -> bool:
        """Everything the booking says, ready to check in (the form is emptied first; what
        was typed for someone else is only thrown away when the desk says so)."""
        ui = self.ui
        typed = ui.name_edit.text().strip()
        if typed and typed != expected.name and not messages.ask(
                self, fill(translate("CheckInForm", "Replace %1, typed in the form, with %2 "
                                     "who was expected?"), typed, expected.name),
                default_yes=False):
            return False
        self.reset()
        for edit, value in ((ui.name_edit, expected.name), (ui.phone_edit, expected.phone),
                            (ui.company_edit, expected.company),
                            (ui.host_edit, expected.host.label), (ui.note_edit, expected.note)):
            edit.setText(value)
        ui.party_size_spin.setValue(expected.party_size)
        ui.purpose_combo.setCurrentIndex(max(0, ui.purpose_combo.findData(expected.purpose)))
        self._expected_id = expected.id
        self._expected_host = expected.host
        at = self._visitors.clock.local(expected.expected_at).strftime("%H:%M")
        ui.returning_label.setText(fill(translate("CheckInForm",
                                                  "Expected at %1; details filled in."), at))
        return True

