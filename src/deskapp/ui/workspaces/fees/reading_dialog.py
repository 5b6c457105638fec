"""One meter reading asked for in full: a reading lower than the last, marked as a
rollover (the dial passed its end: where it starts again) or a meter change (the old
meter's last reading; the reading now is the new meter's); or a saved reading corrected,
with the reason. The usage and amount follow what is typed; refusals are said under
their fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.fees import rounding
from deskapp.domain.fees.billing_records import ReadingKind, ReadingRow
from deskapp.domain.fees.meters import default_rollover, usage_of
from deskapp.domain.money import format_money
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_reading_dialog import Ui_FeeReadingDialog
from deskapp.ui.workspaces.fees.fee_texts import quantity_text


@dataclass(frozen=True)
class ReadingEntry:
    """What the dialog holds: the kind and the figures as typed, and the reason."""

    kind: ReadingKind
    current: str
    rollover_at: str | None
    old_meter_final: str | None
    reason: str


@dataclass(frozen=True)
class MeterFigures:
    """What the reading starts from and what a unit of usage costs."""

    previous: int | None
    multiplier: int
    unit_price: int


class FeeReadingDialog(QDialog):
    """Ask the reading of ``kinds`` (``kind`` chosen, else the first) and save it with
    ``act``, which raises the domain's refusals; ``reading`` is what ``act`` returned
    (None: cancelled). ``needs_reason``: a correction, whose reason is asked too."""

    def __init__(self, title: str, intro: str, figures: MeterFigures, current: str,
                 kinds: Sequence[ReadingKind], act: Callable[[ReadingEntry], ReadingRow], *,
                 kind: ReadingKind | None = None, needs_reason: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeReadingDialog()
        self.ui.setupUi(self)
        self._figures = figures
        self._kinds = tuple(kinds)
        self._kind = kind or self._kinds[0]
        self._act = act
        self._needs_reason = needs_reason
        self.reading: ReadingRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "kind": (ui.kind_combo, ui.kind_error),
            "current": (ui.current_edit, ui.current_error),
            "rollover_at": (ui.rollover_edit, ui.rollover_at_error),
            "old_meter_final": (ui.old_final_edit, ui.old_meter_final_error),
            "reason": (ui.reason_edit, ui.reason_error),
        }, fallback=ui.form_error)
        self._title, self._intro = title, intro
        ui.current_edit.setText(current)
        if figures.previous is not None:
            ui.rollover_edit.setText(quantity_text(default_rollover(figures.previous)))
        ui.reason_label.setVisible(needs_reason)
        ui.reason_edit.setVisible(needs_reason)
        self.retranslate()
        ui.kind_combo.currentIndexChanged.connect(self._show_kind)
        for edit in (ui.current_edit, ui.rollover_edit, ui.old_final_edit):
            edit.textChanged.connect(self._show_usage)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self._show_kind()
        focus = ui.reason_edit if needs_reason else ui.current_edit
        focus.setFocus()
        focus.selectAll()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        ui = self.ui
        ui.retranslateUi(self)
        self.setWindowTitle(self._title)
        ui.intro_label.setText(self._intro)
        fill_choices(ui.kind_combo, self._kinds, self._kind)
        self._show_usage()

    def kind(self) -> ReadingKind:
        """The kind chosen."""
        return chosen(self.ui.kind_combo, ReadingKind) or self._kind

    @Slot()
    def _show_kind(self) -> None:
        ui = self.ui
        kind = self.kind()
        rows = (((ui.rollover_label, ui.rollover_edit), kind is ReadingKind.ROLLOVER),
                ((ui.old_final_label, ui.old_final_edit), kind is ReadingKind.METER_CHANGE))
        for widgets, shown in rows:
            for widget in widgets:
                widget.setVisible(shown)
        ui.current_label.setText(self.tr("&New meter's reading")
                                 if kind is ReadingKind.METER_CHANGE else self.tr("&Reading now"))
        self.errors.clear()
        self._show_usage()

    def entry(self) -> ReadingEntry:
        """What the form holds."""
        ui = self.ui
        kind = self.kind()
        return ReadingEntry(
            kind, ui.current_edit.text(),
            ui.rollover_edit.text() if kind is ReadingKind.ROLLOVER else None,
            ui.old_final_edit.text() if kind is ReadingKind.METER_CHANGE else None,
            ui.reason_edit.text())

    def usage(self) -> int | None:
        """The usage the figures typed come to (None: they do not add up yet)."""
        figures = self._figures
        if figures.previous is None:
            return None
        entry = self.entry()
        try:
            current = rounding.parse_quantity(entry.current)
            rollover = rounding.parse_quantity(entry.rollover_at) if entry.rollover_at else None
            final = rounding.parse_quantity(entry.old_meter_final) \
                if entry.old_meter_final else None
        except ValueError:
            return None
        previous = figures.previous
        if entry.kind is ReadingKind.NORMAL and current < previous:
            return None
        if entry.kind is ReadingKind.ROLLOVER and (rollover is None or rollover <= previous
                                                   or current >= previous):
            return None
        if entry.kind is ReadingKind.METER_CHANGE and (final is None or final < previous):
            return None
        return usage_of(entry.kind, previous, current, figures.multiplier, rollover, final)

    @Slot()
    def _show_usage(self) -> None:
        usage = self.usage()
        figures = self._figures
        previous = "" if figures.previous is None else fill(
            self.tr("Last reading: %1 · multiplier %2"), quantity_text(figures.previous),
            figures.multiplier)
        if usage is None:
            self.ui.usage_label.setText(previous)
            return
        self.ui.usage_label.setText(fill(self.tr("%1<br>Usage <b>%2</b> · <b>%3</b> at the "
                                                 "current price"),
                                         previous, quantity_text(usage),
                                         format_money(rounding.charge_fen(usage,
                                                                          figures.unit_price))))

    @Slot()
    def save(self) -> None:
        """Save through ``act``; the dialog closes once saved."""
        self.errors.clear()
        try:
            self.reading = self._act(self.entry())
        except ValidationError as exc:
            errors = dict(exc.errors)
            if "previous" in errors:  # the grid holds it; say it here all the same
                errors[""] = errors.pop("previous")
            self.errors.show(errors)
            return
        except ApprovalDeclined:
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.accept()
