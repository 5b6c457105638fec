"""Hand parcels over (取件): the recipient chosen (or the one of the parcel scanned), all
their waiting parcels listed and ticked — untick what stays —, who collects them (the
recipient, or someone they authorised, who shows an ID), and the slip to sign. Another
waybill scanned into the dialog ticks it. Ctrl+Enter hands over, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.services.parcels import ParcelLog
from deskapp.domain.services.parcels.base import NotWaiting
from deskapp.domain.services.parcels.records import PickupInput, Recipient
from deskapp.domain.services.parcels.rows import ParcelRow, PickupRow, WaitingRecipient
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_parcel_pickup_dialog import Ui_ParcelPickupDialog
from deskapp.ui.workspaces.services.parcel_dialog_base import (
    ParcelDialog,
    fill_parcels,
    tick,
    ticked_ids,
)


class ParcelPickupDialog(ParcelDialog):
    """Hand over parcels of one recipient (``parcel``: the one scanned or chosen, whose
    recipient comes first). ``result_row`` is the pickup saved (or None), ``print_slip``
    whether its slip should print."""

    def __init__(self, parcels: ParcelLog, parcel: ParcelRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParcelPickupDialog()
        self.ui.setupUi(self)
        self._parcels = parcels
        self._clock = parcels.clock
        self.result_row: PickupRow | None = None
        self.print_slip = False
        self._recipients: list[WaitingRecipient] = []
        self._shown: list[ParcelRow] = []
        ui = self.ui
        self.errors = FieldErrors({
            "parcel_ids": (ui.parcel_list, ui.parcel_ids_error),
            "collected_by": (ui.collected_by_edit, ui.collected_by_error),
            "on_behalf": (ui.on_behalf_check, ui.on_behalf_error),
            "id_type": (ui.id_type_combo, ui.id_number_error),
            "id_number": (ui.id_number_edit, ui.id_number_error),
            "phone": (ui.phone_edit, ui.phone_error),
        }, fallback=ui.form_error)
        self._scan_errors = FieldErrors({"scan": (ui.scan_edit, ui.scan_error)})
        ui.recipient_combo.currentIndexChanged.connect(self._load_parcels)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        self.save_on_ctrl_enter(self.save)
        self.retranslate()
        self._fill_recipients(parcel.recipient if parcel is not None else None)
        if parcel is not None:
            tick(ui.parcel_list, parcel.id)
            ui.collected_by_edit.setFocus()
        else:
            ui.recipient_combo.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        self.ui.retranslateUi(self)
        fill_choices(self.ui.id_type_combo, IdType, IdType.RESIDENT)
        self.ui.scan_edit.setPlaceholderText(self.tr("Scan another of theirs to tick it"))

    # --- The recipient and their parcels
    def _fill_recipients(self, wanted: Recipient | None) -> None:
        combo = self.ui.recipient_combo
        self._recipients = self._parcels.waiting_recipients()
        keys = [r.recipient.key for r in self._recipients]
        if wanted is not None and wanted.key not in keys:
            # Nothing of theirs waits any more (collected a moment ago elsewhere): still
            # shown, with an empty list, so the dialog says so.
            self._recipients.insert(0, WaitingRecipient(wanted, wanted.label or wanted.name,
                                                        0, self._clock.now()))
            keys.insert(0, wanted.key)
        combo.blockSignals(True)
        combo.clear()
        for waiting in self._recipients:
            combo.addItem(fill(self.tr("%1 · %2 waiting since %3"), waiting.label,
                               waiting.count,
                               self._clock.local(waiting.oldest).strftime("%m-%d")))
        index = keys.index(wanted.key) if wanted is not None else 0
        combo.setCurrentIndex(index if self._recipients else -1)
        combo.blockSignals(False)
        self._load_parcels()

    def chosen_recipient(self) -> Recipient | None:
        """The recipient chosen, or None when nobody has anything waiting."""
        index = self.ui.recipient_combo.currentIndex()
        return self._recipients[index].recipient if 0 <= index < len(self._recipients) \
            else None

    @Slot()
    def _load_parcels(self) -> None:
        recipient = self.chosen_recipient()
        self._shown = self._parcels.waiting_for(recipient) if recipient is not None else []
        fill_parcels(self.ui.parcel_list, self._shown, self._clock)
        if not self._shown:
            self.errors.show({"parcel_ids": self.tr("Nothing of theirs is waiting now.")})

    @Slot()
    def _scan(self) -> None:
        self._scan_errors.clear()
        code = self.ui.scan_edit.text().strip()
        if not code:
            return
        found = self._parcels.find_scanned(code)
        if found is None or not found.waiting:
            self._scan_errors.show({"scan": fill(self.tr("No parcel waiting has “%1”."),
                                                 code)})
        elif not tick(self.ui.parcel_list, found.id):
            self._scan_errors.show({"scan": fill(self.tr("%1 is for %2: hand it over "
                                                         "separately."), found.number,
                                                 found.recipient_text)})
        else:
            self.ui.scan_edit.clear()

    def enter_action(self, focus: QWidget | None):  # type: ignore[no-untyped-def]
        """Enter in the waybill box ticks the parcel scanned; anywhere else it hands over."""
        return self._scan if focus is self.ui.scan_edit else self.save

    # --- Handing over
    def pickup_input(self) -> PickupInput:
        """What the dialog says, as the service takes it."""
        ui = self.ui
        return PickupInput(
            ticked_ids(ui.parcel_list), ui.collected_by_edit.text(),
            ui.on_behalf_check.isChecked(), chosen(ui.id_type_combo, IdType) or IdType.RESIDENT,
            ui.id_number_edit.text(), ui.phone_edit.text())

    @Slot()
    def save(self) -> None:
        """Hand over the parcels ticked; the dialog closes once it is recorded."""
        self.errors.clear()
        try:
            self.result_row = self._parcels.pickup(self.pickup_input())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except NotWaiting as exc:
            # Collected or returned a moment ago (at another counter): the list follows.
            ticked = set(ticked_ids(self.ui.parcel_list)) - {exc.parcel.id}
            self._shown = self._parcels.waiting_for(self.chosen_recipient() or Recipient())
            fill_parcels(self.ui.parcel_list, self._shown, self._clock, ticked)
            self.errors.show({"": str(exc)})
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.print_slip = self.ui.print_check.isChecked()
        self.accept()

