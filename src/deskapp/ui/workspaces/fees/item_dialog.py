"""A new charge item (收费项目): name, category, how it is priced, the approved unit price
typed in yuan (up to four decimals: ¥0.5883 a kWh), how often it is billed and the day
its price holds from. Saved under a supervisor's approval asked for in place; each
refusal is said under its field."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.fees.billing_records import ChargeItemInput, ChargeItemRow
from deskapp.domain.fees.records import Category, Cycle, Pricing
from deskapp.domain.fees.service import FeeCollection
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_item_dialog import Ui_FeeItemDialog
from deskapp.ui.workspaces.fees.fee_texts import day_of, show_day, yuan_per

# What an item of each category usually is: choosing the category sets these (the
# supervisor may change them); categories without a usual way leave the choice alone.
USUAL_WAY: dict[Category, tuple[Pricing, Cycle]] = {
    Category.MANAGEMENT: (Pricing.AREA, Cycle.MONTHLY),
    Category.WATER: (Pricing.METERED, Cycle.MONTHLY),
    Category.ELECTRICITY: (Pricing.METERED, Cycle.MONTHLY),
    Category.SHARED: (Pricing.AREA, Cycle.MONTHLY),
    Category.REPAIR: (Pricing.FIXED, Cycle.ONCE),
    Category.PARKING: (Pricing.FIXED, Cycle.MONTHLY),
    Category.SERVICE: (Pricing.PER_PAGE, Cycle.ONCE),
    Category.DEPOSIT: (Pricing.FIXED, Cycle.ONCE),
}


class FeeItemDialog(QDialog):
    """Set up one charge item; ``item`` is the item saved (None: cancelled).

    Save (Enter) asks a supervisor's approval in place when the operator on duty may not
    change rates (``approver``; None: no asking); Esc cancels.
    """

    def __init__(self, fees: FeeCollection, approver: Approver | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeItemDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._approver = approver
        self.item: ChargeItemRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "name": (ui.name_edit, ui.name_error),
            "category": (ui.category_combo, ui.category_error),
            "pricing": (ui.pricing_combo, ui.pricing_error),
            "unit_price": (ui.price_edit, ui.unit_price_error),
            "cycle": (ui.cycle_combo, ui.cycle_error),
            "effective_from": (ui.effective_from_edit, ui.effective_from_error),
            "note": (ui.note_edit, ui.note_error),
        }, fallback=ui.form_error)
        today = fees.clock.today()
        show_day(ui.effective_from_edit, today, latest=today)
        self.retranslate()
        ui.category_combo.currentIndexChanged.connect(self._on_category_chosen)
        ui.pricing_combo.currentIndexChanged.connect(self._show_per)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self._on_category_chosen()
        ui.name_edit.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        ui = self.ui
        ui.retranslateUi(self)
        fill_choices(ui.category_combo, Category, Category.MANAGEMENT)
        fill_choices(ui.pricing_combo, Pricing, Pricing.AREA)
        fill_choices(ui.cycle_combo, Cycle, Cycle.MONTHLY)
        self._show_per()

    @Slot()
    def _on_category_chosen(self) -> None:
        category = chosen(self.ui.category_combo, Category)
        if category in USUAL_WAY:
            pricing, cycle = USUAL_WAY[category]
            for combo, value in ((self.ui.pricing_combo, pricing), (self.ui.cycle_combo, cycle)):
                combo.setCurrentIndex(combo.findData(value))
        self.errors.clear()

    @Slot()
    def _show_per(self) -> None:
        pricing = chosen(self.ui.pricing_combo, Pricing) or Pricing.AREA
        self.ui.per_label.setText(yuan_per(pricing))

    def typed(self) -> ChargeItemInput:
        """The item as the form holds it (the price still the text typed)."""
        ui = self.ui
        return ChargeItemInput(
            name=ui.name_edit.text(), category=chosen(ui.category_combo, Category) or "",
            pricing=chosen(ui.pricing_combo, Pricing) or "", unit_price=ui.price_edit.text(),
            cycle=chosen(ui.cycle_combo, Cycle) or "", note=ui.note_edit.text(),
            effective_from=day_of(ui.effective_from_edit))

    def _refuse_taken(self, name: str) -> None:
        """The service refuses a taken name too, but only once the approval is given."""
        if any(item.name == name for item in self._fees.charge_items(include_inactive=True)):
            raise ValidationError({"name": fill(self.tr(
                "There is a charge item named %1 already (retired items keep their names)."),
                name)})

    @Slot()
    def save(self) -> None:
        """Check the item, then save it under approval; the dialog closes once saved."""
        self.errors.clear()
        data = self.typed()
        try:
            self._refuse_taken(self._fees.validate_item(data).name)  # before anyone is asked
            if self._approver is None:
                self.item = self._fees.add_item(data)
            else:
                self.item = self._approver.run(
                    self, lambda approval: self._fees.add_item(data, approval))
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ApprovalDeclined:
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.accept()
