"""Record how a dunning notice reached the unit — the evidence it was served: by hand with
who signed for it, by courier with the waybill number, by post. The time fills itself in;
Enter saves, Esc cancels; a refusal shows by its field."""

from __future__ import annotations

import html

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.fees.ledger_records import DeliveryHow, DeliveryInput
from deskapp.domain.fees.ledger_rows import DunningRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.i18n import fill
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_delivery_dialog import Ui_FeeDeliveryDialog
from deskapp.ui.framework.times import show_moment, typed_moment
from deskapp.ui.workspaces.fees.dialog_base import FeeDialog
from deskapp.ui.workspaces.fees.ledger_cells import delivery_text, local_time


class FeeDeliveryDialog(FeeDialog):
    """Record a delivery of ``notice``; ``notice`` is then the notice read back with its
    deliveries, ``delivered`` whether one was saved."""

    def __init__(self, fees: FeeCollection, notice: DunningRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeDeliveryDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._clock = fees.clock
        self.notice = notice
        self.delivered = False
        ui = self.ui
        self.errors = FieldErrors({
            "how": (ui.how_combo, ui.how_error),
            "waybill": (ui.waybill_edit, ui.waybill_error),
            "signed_by": (ui.signed_by_edit, ui.signed_by_error),
            "delivered_at": (ui.delivered_at_edit, ui.delivered_at_error),
            "note": (ui.note_edit, ui.note_error),
        }, fallback=ui.form_error)
        show_moment(ui.delivered_at_edit, self._clock, self._clock.now())
        ui.how_combo.currentIndexChanged.connect(self._show_fields)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self.retranslate()
        ui.how_combo.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        ui = self.ui
        ui.retranslateUi(self)
        fill_choices(ui.how_combo, list(DeliveryHow), DeliveryHow.HAND)
        notice = self.notice
        self.setWindowTitle(fill(self.tr("Delivery of notice %1"), notice.number))
        lines = [fill(self.tr("Issued %1, to pay by %2"),
                      local_time(self._clock, notice.issued_at), notice.pay_by.isoformat())]
        lines += [fill(self.tr("Delivered before: %1"), delivery_text(self._clock, delivery))
                  for delivery in notice.deliveries]
        head = " · ".join((notice.number, notice.stage.label(), notice.unit_label))
        ui.intro_label.setText(f"<b>{html.escape(head)}</b><br>"
                               + "<br>".join(html.escape(line) for line in lines))
        ui.waybill_edit.setPlaceholderText(self.tr("The number on the courier's slip"))
        ui.signed_by_edit.setPlaceholderText(self.tr("Who took the notice and signed"))
        self._show_fields()

    @Slot()
    def _show_fields(self) -> None:
        """Only what the way of delivery asks for: a courier's waybill (a registered
        letter's number for post, if there is one), the name of who signed by hand."""
        ui = self.ui
        how = chosen(ui.how_combo, DeliveryHow)
        waybill = how in (DeliveryHow.COURIER, DeliveryHow.POST)
        signed = how is DeliveryHow.HAND
        for widget in (ui.waybill_label, ui.waybill_edit):
            widget.setVisible(waybill)
        for widget in (ui.signed_by_label, ui.signed_by_edit):
            widget.setVisible(signed)
        ui.waybill_label.setText(self.tr("&Waybill no.") if how is DeliveryHow.COURIER
                                 else self.tr("&Tracking no."))
        self.errors.clear()

    def _save(self) -> bool:
        ui = self.ui
        how = chosen(ui.how_combo, DeliveryHow) or DeliveryHow.HAND
        data = DeliveryInput(
            self.notice.id, how,
            waybill=(ui.waybill_edit.text() if how in (DeliveryHow.COURIER, DeliveryHow.POST)
                     else ""),
            signed_by=ui.signed_by_edit.text() if how is DeliveryHow.HAND else "",
            delivered_at=typed_moment(ui.delivered_at_edit, self._clock),
            note=ui.note_edit.text())
        self.notice = self._fees.record_delivery(data)
        self.delivered = True
        return True
