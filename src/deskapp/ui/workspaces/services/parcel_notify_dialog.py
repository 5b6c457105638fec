"""Tell the recipient (通知取件): their waiting parcels ticked, the pickup notice printed
and/or the call that told them logged in the call log — both recorded with the parcels
marked told in one save (a second notice is a reminder). Ctrl+Enter records, Esc
cancels."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.services.parcels import ParcelLog
from deskapp.domain.services.parcels.base import NotWaiting
from deskapp.domain.services.parcels.records import CallNotice, Recipient
from deskapp.domain.services.parcels.rows import NoticeResult, ParcelRow
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_parcel_notify_dialog import Ui_ParcelNotifyDialog
from deskapp.ui.workspaces.services.parcel_dialog_base import (
    ParcelDialog,
    fill_parcels,
    ticked_ids,
)


class ParcelNotifyDialog(ParcelDialog):
    """Tell ``recipient`` about their waiting parcels. ``result`` is what was recorded (or
    None), ``print_notice`` whether their pickup notice should print, ``first`` the parcel
    it is printed by."""

    def __init__(self, parcels: ParcelLog, recipient: Recipient,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParcelNotifyDialog()
        self.ui.setupUi(self)
        self._parcels = parcels
        self._recipient = recipient
        self._shown: list[ParcelRow] = parcels.waiting_for(recipient)
        self.result: NoticeResult | None = None
        self.print_notice = False
        ui = self.ui
        self.errors = FieldErrors({
            "parcel_ids": (ui.parcel_list, ui.parcel_ids_error),
            "phone": (ui.phone_edit, ui.phone_error),
            "called": (ui.called_edit, ui.called_error),
            "notes": (ui.notes_edit, ui.notes_error),
        }, fallback=ui.form_error)
        fill_parcels(ui.parcel_list, self._shown, parcels.clock)
        phone = parcels.contact_phone(recipient)
        ui.phone_edit.setText(phone)
        # Ringing them is the usual way; without a number on record, the notice is.
        ui.call_check.setChecked(bool(phone))
        ui.print_check.setChecked(not phone)
        ui.call_check.toggled.connect(self._show_call)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        self.save_on_ctrl_enter(self.save)
        self.retranslate()
        self._show_call(ui.call_check.isChecked())
        ui.parcel_list.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        self.ui.retranslateUi(self)
        told = [r for r in self._shown if r.told_at is not None]
        text = fill(self.tr("For %1: %2 item(s) waiting."),
                    self._shown[0].recipient_text if self._shown else self._recipient.label,
                    len(self._shown))
        if told:
            last = max(r.told_at for r in told if r.told_at is not None)
            text += " " + fill(self.tr("Last told %1: this is a reminder."),
                               self._parcels.clock.local(last).strftime("%m-%d %H:%M"))
        self.ui.recipient_info.setText(text)

    @Slot(bool)
    def _show_call(self, calling: bool) -> None:
        ui = self.ui
        for widget in (ui.phone_label, ui.phone_edit, ui.called_label, ui.called_edit,
                       ui.notes_label, ui.notes_edit):
            widget.setEnabled(calling)

    def enter_action(self, focus: QWidget | None):  # type: ignore[no-untyped-def]
        """Enter records."""
        return self.save

    @Slot()
    def save(self) -> None:
        """Mark the parcels told (and log the call); the dialog closes once recorded."""
        ui = self.ui
        self.errors.clear()
        call = (CallNotice(ui.phone_edit.text(), ui.called_edit.text(), ui.notes_edit.text())
                if ui.call_check.isChecked() else None)
        try:
            self.result = self._parcels.notify(ticked_ids(ui.parcel_list), call=call)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except NotWaiting as exc:
            self._shown = self._parcels.waiting_for(self._recipient)
            fill_parcels(ui.parcel_list, self._shown, self._parcels.clock)
            self.errors.show({"": str(exc)})
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.print_notice = ui.print_check.isChecked()
        self.accept()
