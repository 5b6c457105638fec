"""Return a parcel to its sender (退回): the reason, chosen from the usual ones or typed.
Enter returns it, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.services.parcels import ParcelLog
from deskapp.domain.services.parcels.base import NotWaiting
from deskapp.domain.services.parcels.rows import ParcelRow
from deskapp.errors import UserError
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_parcel_return_dialog import Ui_ParcelReturnDialog
from deskapp.ui.workspaces.services.parcel_columns import parcel_line
from deskapp.ui.workspaces.services.parcel_dialog_base import ParcelDialog


class ParcelReturnDialog(ParcelDialog):
    """Send ``parcel`` back; ``result_row`` is it afterwards (or None)."""

    def __init__(self, parcels: ParcelLog, parcel: ParcelRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParcelReturnDialog()
        self.ui.setupUi(self)
        self._parcels = parcels
        self._parcel = parcel
        self.result_row: ParcelRow | None = None
        ui = self.ui
        self.errors = FieldErrors({"reason": (ui.reason_combo, ui.reason_error)},
                                  fallback=ui.form_error)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        ui.reason_combo.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        ui = self.ui
        ui.retranslateUi(self)
        ui.parcel_info.setText(f"{self._parcel.recipient_text}\n"
                               f"{parcel_line(self._parcel, self._parcels.clock)}")
        typed = ui.reason_combo.currentText()
        ui.reason_combo.clear()
        ui.reason_combo.addItems([
            self.tr("Refused by the recipient"), self.tr("No such recipient in the building"),
            self.tr("Not collected in time"), self.tr("Damaged: the recipient refused it"),
            self.tr("Sent back at the carrier's request")])
        ui.reason_combo.setCurrentText(typed)

    def enter_action(self, focus: QWidget | None):  # type: ignore[no-untyped-def]
        """Enter returns the parcel."""
        return self.save

    @Slot()
    def save(self) -> None:
        """Return the parcel with the reason given; the dialog closes once recorded."""
        self.errors.clear()
        try:
            self.result_row = self._parcels.return_to_sender(
                self._parcel.id, self.ui.reason_combo.currentText())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except NotWaiting as exc:
            self.errors.show({"": str(exc)})
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.accept()
