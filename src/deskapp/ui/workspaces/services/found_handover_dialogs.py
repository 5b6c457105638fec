"""A found item leaves the desk: claimed by its owner (失物认领) — their description of it
written down before they see it, their ID checked (shown masked afterwards), their phone —
or, unclaimed past the period, handed to the police with the station and the receiving
officer. Enter or Ctrl+Enter saves, Esc cancels; each prints its slip once saved."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.identity import IdType
from deskapp.domain.services.lost_property import LostProperty
from deskapp.domain.services.lost_property_records import (
    ClaimInput,
    FoundItemRow,
    PoliceHandover,
)
from deskapp.i18n import fill
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_found_claim_dialog import Ui_FoundClaimDialog
from deskapp.ui.forms.ui_found_police_dialog import Ui_FoundPoliceDialog
from deskapp.ui.workspaces.services.entry_dialog import EntryDialog
from deskapp.ui.workspaces.services.found_text import item_line


class FoundClaimDialog(EntryDialog):
    """Hand ``item`` to its owner; ``result_row`` is the item claimed (None until then),
    ``print_slip`` whether the claim slip should print for their signature."""

    def __init__(self, lost: LostProperty, item: FoundItemRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FoundClaimDialog()
        self.ui.setupUi(self)
        self._lost = lost
        self._item = item
        self.print_slip = False
        ui = self.ui
        self.errors = FieldErrors({
            "claimant_name": (ui.claimant_name_edit, ui.claimant_name_error),
            "id_type": (ui.id_type_combo, ui.id_number_error),
            "id_number": (ui.id_number_edit, ui.id_number_error),
            "phone": (ui.phone_edit, ui.phone_error),
            "claim_description": (ui.claim_description_edit, ui.claim_description_error),
        }, fallback=ui.form_error)
        ui.print_check.setChecked(True)
        ui.recorded_label.hide()
        ui.reveal_check.toggled.connect(self._on_reveal)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self.retranslate()
        ui.claimant_name_edit.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        self.ui.retranslateUi(self)
        ui = self.ui
        self.setWindowTitle(fill(self.tr("Claim %1"), self._item.number))
        ui.item_label.setText(fill(self.tr(
            "%1\nAsk the claimant to describe the item and what it holds before showing it, "
            "and write it down; check their ID document and hand it back."),
            item_line(self._item, self._lost.clock)))
        fill_choices(ui.id_type_combo, IdType, IdType.RESIDENT)
        ui.claim_description_edit.setPlaceholderText(self.tr(
            "In their words: what it looks like, what is inside, any marks"))
        self._on_reveal(ui.reveal_check.isChecked())

    @Slot(bool)
    def _on_reveal(self, shown: bool) -> None:
        # What the two staff recorded, to compare with what the claimant said — shown only
        # when asked, so that it is not read out to the claimant by mistake.
        label = self.ui.recorded_label
        label.setVisible(shown)
        label.setText(fill(self.tr("Recorded when found: %1"),
                           self._item.contents.replace("\n", "; ") or self.tr("nothing noted")))

    def claim_input(self) -> ClaimInput:
        """What the dialog says, as the service takes it."""
        ui = self.ui
        return ClaimInput(ui.claimant_name_edit.text(), ui.id_number_edit.text(),
                          ui.phone_edit.text(), ui.claim_description_edit.toPlainText(),
                          chosen(ui.id_type_combo, IdType) or IdType.RESIDENT)

    def _save(self) -> FoundItemRow:
        row = self._lost.claim(self._item.id, self.claim_input())
        self.print_slip = self.ui.print_check.isChecked()
        return row


class FoundPoliceDialog(EntryDialog):
    """Hand ``item`` to the police; ``result_row`` is the item handed over (None until
    then), ``print_record`` whether the handover record should print."""

    def __init__(self, lost: LostProperty, item: FoundItemRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FoundPoliceDialog()
        self.ui.setupUi(self)
        self._lost = lost
        self._item = item
        self.print_record = False
        ui = self.ui
        self.errors = FieldErrors({
            "station": (ui.station_edit, ui.station_error),
            "officer": (ui.officer_edit, ui.officer_error),
        }, fallback=ui.form_error)
        ui.print_check.setChecked(True)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self.retranslate()
        ui.station_edit.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        self.ui.retranslateUi(self)
        ui = self.ui
        self.setWindowTitle(fill(self.tr("Hand %1 to the police"), self._item.number))
        ui.item_label.setText(fill(self.tr(
            "%1\nUnclaimed past the period: it goes to the police with what it holds. The "
            "officer signs the record."), item_line(self._item, self._lost.clock)))
        ui.station_edit.setPlaceholderText(self.tr("e.g. the local police station"))
        ui.officer_edit.setPlaceholderText(self.tr("Name (and badge number)"))

    def _save(self) -> FoundItemRow:
        ui = self.ui
        row = self._lost.hand_to_police(self._item.id, PoliceHandover(ui.station_edit.text(),
                                                                      ui.officer_edit.text()))
        self.print_record = self.ui.print_check.isChecked()
        return row
