"""Sign for parcels (签收登记), several for one recipient in a row: the recipient (a unit or
department with completion, or a company or person with a phone), then each waybill scanned
— the carrier guessed from its prefix, or kept from the last one —, its kind, shelf and
condition. Enter (or the scanner's Enter) saves and the dialog stays for the next waybill,
the recipient kept; Esc ends."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.directory import DirectoryService, HostOption
from deskapp.domain.errors import ValidationError
from deskapp.domain.services.parcels import ParcelLog
from deskapp.domain.services.parcels.base import DoubleScan
from deskapp.domain.services.parcels.records import (
    Carrier,
    ParcelInput,
    ParcelKind,
    Recipient,
    guess_carrier,
)
from deskapp.domain.services.parcels.rows import ParcelRow
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_parcel_intake_dialog import Ui_ParcelIntakeDialog
from deskapp.ui.framework.scanner import ScanDetector
from deskapp.ui.host_completer import HostCompleter
from deskapp.ui.workspaces.services.parcel_dialog_base import ParcelDialog

# How many of the parcels signed for in this dialog its summary line names.
SHOWN_SAVED = 6


class ParcelIntakeDialog(ParcelDialog):
    """Sign for parcels one after another; ``saved`` are the rows signed for so far,
    ``print_notice`` whether the recipient's pickup notice should print once done.

    Signals:
        signed_for(object): a parcel (its row) was saved; the dialog stays open.
    """

    signed_for = Signal(object)

    def __init__(self, parcels: ParcelLog, directory: DirectoryService, *, waybill: str = "",
                 recipient: Recipient | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParcelIntakeDialog()
        self.ui.setupUi(self)
        self._parcels = parcels
        self._directory = directory
        self.saved: list[ParcelRow] = []
        self.print_notice = False
        ui = self.ui
        self.errors = FieldErrors({
            "recipient": (ui.recipient_edit, ui.recipient_error),
            "recipient_name": (ui.name_edit, ui.recipient_name_error),
            "recipient_phone": (ui.phone_edit, ui.recipient_phone_error),
            "waybill": (ui.waybill_edit, ui.waybill_error),
            "carrier": (ui.carrier_combo, ui.carrier_error),
            "kind": (ui.kind_combo, ui.kind_error),
            "shelf": (ui.shelf_edit, ui.shelf_error),
            "damage": (ui.damage_edit, ui.damage_error),
            "note": (ui.note_edit, ui.note_error),
        }, fallback=ui.form_error)
        self.completer = HostCompleter(ui.recipient_edit, directory.host_options)
        self.completer.activated[str].connect(lambda _text: self._show_contact())
        ui.recipient_edit.editingFinished.connect(self._show_contact)
        ui.waybill_edit.textEdited.connect(self._guess_carrier)
        ui.carrier_combo.currentIndexChanged.connect(self._show_other_carrier)
        ui.damaged_check.toggled.connect(self._show_damage)
        ui.save_button.clicked.connect(self.save)
        ui.done_button.clicked.connect(self.reject)
        self.save_on_ctrl_enter(self.save)
        # A waybill scanned while the cursor is in another field still lands as the waybill.
        self.scanner = ScanDetector(self, parcels.is_scan)
        self.scanner.scanned.connect(self._scanned)
        self.retranslate()
        if recipient is not None:
            ui.recipient_edit.setText(recipient.label)
            ui.name_edit.setText(recipient.name)
            ui.phone_edit.setText(recipient.phone)
        ui.waybill_edit.setText(waybill)
        self._guess_carrier(waybill)
        self._show_contact()
        self._show_other_carrier()
        self._show_damage(False)
        (ui.waybill_edit if recipient is not None else ui.recipient_edit).setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        self.ui.retranslateUi(self)
        fill_choices(self.ui.carrier_combo, Carrier, Carrier.SF)
        fill_choices(self.ui.kind_combo, ParcelKind, ParcelKind.PARCEL)
        self.ui.intro_label.setText(self.tr(
            "Scan each waybill: Enter saves it and the next can be scanned for the same "
            "recipient. Esc when done."))
        self.ui.carrier_other_edit.setPlaceholderText(self.tr("Carrier's name"))
        self.ui.damage_edit.setPlaceholderText(self.tr("What: torn, wet, crushed, opened …"))
        self._show_saved()

    # --- Filling in
    @Slot()
    def _show_contact(self) -> None:
        option = self._option()
        contact = None
        if option is not None:
            contact = self._directory.host_contact(
                unit_id=option.id if option.kind == "unit" else None,
                department_id=option.id if option.kind == "department" else None)
        label = self.ui.contact_label
        label.setVisible(contact is not None)
        label.setText(contact.text() if contact is not None else "")

    def _option(self) -> HostOption | None:
        # The entry chosen from the completion, or the one the text names ("1203").
        typed = self.ui.recipient_edit.text()
        return self.completer.resolve(typed) or self._directory.match_host(typed)[0]

    @Slot(str)
    def _guess_carrier(self, waybill: str) -> None:
        guessed = guess_carrier(waybill)
        if guessed is not None:
            combo = self.ui.carrier_combo
            combo.setCurrentIndex(max(0, combo.findData(guessed)))

    @Slot()
    def _show_other_carrier(self) -> None:
        other = chosen(self.ui.carrier_combo, Carrier) is Carrier.OTHER
        self.ui.carrier_other_edit.setVisible(other)

    @Slot(bool)
    def _show_damage(self, damaged: bool) -> None:
        self.ui.damage_edit.setEnabled(damaged)
        if damaged:
            self.ui.damage_edit.setFocus()

    @Slot(str)
    def _scanned(self, code: str) -> None:
        self.ui.waybill_edit.setText(code)
        self._guess_carrier(code)
        self.save()

    def enter_action(self, focus: QWidget | None):  # type: ignore[no-untyped-def]
        """Enter in the recipient's fields goes on to the waybill while there is none yet;
        anywhere else (a scanner's Enter included) it saves."""
        ui = self.ui
        if focus in (ui.recipient_edit, ui.name_edit, ui.phone_edit) \
                and not ui.waybill_edit.text().strip():
            return self._to_waybill
        return self.save

    def _to_waybill(self) -> None:
        self.completer.popup().hide()
        self._show_contact()
        self.ui.waybill_edit.setFocus()

    # --- Saving
    def recipient(self) -> Recipient:
        """Whom the dialog says the parcels are for."""
        ui = self.ui
        option = self._option()
        return Recipient(
            ui.recipient_edit.text(),
            option.id if option is not None and option.kind == "unit" else None,
            option.id if option is not None and option.kind == "department" else None,
            ui.name_edit.text(), ui.phone_edit.text())

    def parcel_input(self) -> ParcelInput:
        """The item the dialog describes."""
        ui = self.ui
        carrier = chosen(ui.carrier_combo, Carrier) or Carrier.OTHER
        return ParcelInput(
            waybill=ui.waybill_edit.text(),
            carrier=ui.carrier_other_edit.text() if carrier is Carrier.OTHER
            else carrier.value,
            kind=chosen(ui.kind_combo, ParcelKind) or ParcelKind.PARCEL,
            shelf=ui.shelf_edit.text(), damaged=ui.damaged_check.isChecked(),
            damage=ui.damage_edit.text(), note=ui.note_edit.text())

    @Slot()
    def save(self) -> None:
        """Sign for the item; the dialog stays for the next one, the recipient kept."""
        ui = self.ui
        self.errors.clear()
        try:
            row = self._parcels.intake(self.recipient(), self.parcel_input())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except DoubleScan as exc:
            self.errors.show({"waybill": str(exc)})
            ui.waybill_edit.selectAll()
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.saved.append(row)
        self.signed_for.emit(row)
        # The next item: its own waybill and condition; the recipient, carrier, kind and
        # shelf as they were (a courier brings several for one office at once).
        for edit in (ui.waybill_edit, ui.damage_edit, ui.note_edit):
            edit.clear()
        ui.damaged_check.setChecked(False)
        self._show_saved()
        ui.waybill_edit.setFocus()

    def _show_saved(self) -> None:
        label = self.ui.saved_label
        if not self.saved:
            label.setText(self.tr("Nothing signed for yet."))
            return
        last = self.saved[-SHOWN_SAVED:]
        names = ", ".join(f"{r.number} {r.waybill}".strip() for r in last)
        more = len(self.saved) - len(last)
        text = fill(self.tr("Signed for (%1): %2"), len(self.saved), names)
        if more:
            text += " " + fill(self.tr("and %1 before"), more)
        label.setText(text)

    def reject(self) -> None:
        """Esc or Done: end, keeping what was signed for."""
        self.print_notice = bool(self.saved) and self.ui.print_check.isChecked()
        if self.saved:
            self.accept()
        else:
            super().reject()
