"""The revisit (回访): how it went for the customer, in their words; a dissatisfied customer
sends the request back to its department, any other verdict closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.requests.log import RequestLog
from deskapp.domain.requests.records import (
    RequestRow,
    RevisitHow,
    RevisitInput,
    RevisitRow,
    Satisfaction,
)
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_revisit_dialog import Ui_RevisitDialog


class RevisitDialog(QDialog):
    """Record a revisit of ``request``.

    ``result_row`` is the request afterwards, ``revisit`` the revisit saved, and
    ``print_record`` whether its record is to be printed.
    """

    def __init__(self, requests: RequestLog, request: RequestRow, operator_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RevisitDialog()
        self.ui.setupUi(self)
        self._requests = requests
        self._request = request
        self.result_row: RequestRow | None = None
        self.revisit: RevisitRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "satisfaction": (ui.satisfaction_combo, ui.satisfaction_error),
            "revisited_by": (ui.revisited_by_edit, ui.revisited_by_error),
            "effect": (ui.effect_edit, ui.effect_error),
            "shortcomings": (ui.shortcomings_edit, ui.shortcomings_error),
            "suggestions": (ui.suggestions_edit, ui.suggestions_error),
            "final_opinion": (ui.opinion_edit, ui.final_opinion_error),
            "sent_back": (ui.sent_back_edit, ui.sent_back_error),
        }, fallback=ui.form_error)
        ui.revisited_by_edit.setText(operator_name)
        ui.close_check.setChecked(True)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.revisited_by_edit.returnPressed.connect(self.save)
        ui.satisfaction_combo.currentIndexChanged.connect(self._on_satisfaction)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)
        self.retranslate()
        ui.satisfaction_combo.setFocus()

    def retranslate(self) -> None:
        """Texts and choices in the user's language."""
        self.ui.retranslateUi(self)
        ui = self.ui
        request = self._request
        for combo, values in ((ui.how_combo, list(RevisitHow)),
                              (ui.satisfaction_combo, list(Satisfaction))):
            # Satisfied is the verdict most revisits bring.
            fill_choices(combo, values, default=Satisfaction.SATISFIED)
        self.setWindowTitle(fill(self.tr("Revisit — %1"), request.number))
        ui.intro_label.setText(fill(self.tr(
            "%1 · %2 · %3\nResult: %4\nA %5 request is revisited by the %6."),
            request.number, request.complainant or request.about_label,
            request.content[:120], request.result[:200], request.severity.label().lower(),
            request.level.label().lower()))

    @Slot()
    def _on_satisfaction(self) -> None:
        unhappy = chosen(self.ui.satisfaction_combo, Satisfaction) is Satisfaction.DISSATISFIED
        self.ui.close_check.setEnabled(not unhappy)
        self.ui.close_check.setChecked(not unhappy)

    @property
    def print_record(self) -> bool:
        """Whether the revisit record is to be printed."""
        return self.ui.print_check.isChecked()

    def form_input(self) -> RevisitInput:
        """What the dialog holds."""
        ui = self.ui
        return RevisitInput(
            satisfaction=chosen(ui.satisfaction_combo, Satisfaction),
            how=chosen(ui.how_combo, RevisitHow),
            effect=ui.effect_edit.toPlainText(), shortcomings=ui.shortcomings_edit.toPlainText(),
            suggestions=ui.suggestions_edit.toPlainText(),
            final_opinion=ui.opinion_edit.toPlainText(),
            revisited_by=ui.revisited_by_edit.text(), sent_back=ui.sent_back_edit.toPlainText(),
            close=ui.close_check.isChecked())

    @Slot()
    def save(self) -> None:
        """Save the revisit; the dialog closes when it is saved."""
        self.errors.clear()
        try:
            self.result_row = self._requests.revisit(self._request.id, self.form_input())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.revisit = self._requests.revisits(self._request.id)[-1]
        self.accept()
