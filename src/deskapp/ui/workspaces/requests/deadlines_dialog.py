"""The deadlines of requests 办理时限: how long a request of each severity and kind may take,
in hours or working days, set by a supervisor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from deskapp.domain.errors import ValidationError
from deskapp.domain.requests.deadlines import MAX_HOURS, DeadlineRule, DeadlineRules, cell_field
from deskapp.domain.requests.records import DeadlineUnit, Kind, Severity
from deskapp.errors import UserError
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_request_deadlines_dialog import Ui_RequestDeadlinesDialog

if TYPE_CHECKING:
    from deskapp.bootstrap import Services

Cell = tuple[Severity, Kind]


def open_request_deadlines(parent: QWidget, services: Services) -> RequestDeadlinesDialog:
    """Show the deadlines over ``parent`` (window-modal, not blocking); a receptionist's
    save asks a supervisor's approval in place."""
    dialog = RequestDeadlinesDialog(services.requests.deadlines,
                                    Approver(services.accounts, services.operator), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class RequestDeadlinesDialog(QDialog):
    """A grid of severity × kind, each an amount and a unit, showing the rules in force.

    Save (Enter) writes the changed rules at once, under one approval asked for in place
    (``approver``; None: no asking); a bad amount is said under its cell and nothing is
    saved. Cancel (Esc) keeps the rules as they were.
    """

    def __init__(self, deadlines: DeadlineRules, approver: Approver | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestDeadlinesDialog()
        self.ui.setupUi(self)
        self._deadlines = deadlines
        self._approver = approver
        self._stored: dict[Cell, DeadlineRule] = {}
        self.saved: list[DeadlineRule] = []
        self.amount_spins: dict[Cell, QSpinBox] = {}
        self.unit_combos: dict[Cell, QComboBox] = {}
        self._error_labels: dict[Cell, QLabel] = {}
        self.ui.major_note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._build_grid()
        self.errors = FieldErrors(
            {cell_field(*cell): (spin, self._error_labels[cell])
             for cell, spin in self.amount_spins.items()},
            fallback=self.ui.general_error_label)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._show(deadlines.rules())
        first = self.amount_spins[(Severity.GENERAL, Kind.COMPLAINT)]
        first.setFocus()
        first.selectAll()

    def _build_grid(self) -> None:
        """Kinds across, severities down; under each row its cells' error lines."""
        grid = self.ui.rules_grid
        parent = self.ui.rules_widget
        for column, kind in enumerate(Kind):
            header = QLabel(f"<b>{kind.label()}</b>", parent)
            grid.addWidget(header, 0, 1 + 2 * column, 1, 2)
        row_labels = {Severity.GENERAL: self.tr("&General"),
                      Severity.IMPORTANT: self.tr("&Important"),
                      Severity.MAJOR: self.tr("&Major")}
        previous: QWidget | None = None
        for index, severity in enumerate(Severity):
            row = 1 + 2 * index
            label = QLabel(row_labels[severity], parent)
            grid.addWidget(label, row, 0)
            for column, kind in enumerate(Kind):
                cell = (severity, kind)
                name = f"{severity.value}_{kind.value}"
                spin = QSpinBox(parent)
                spin.setObjectName(f"{name}_amount_spin")
                # The domain says what is allowed (1–720 hours, 1–250 working days) under
                # the cell; the box only keeps out what no rule could be.
                spin.setRange(0, MAX_HOURS)
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0000") + 32)
                spin.setAccessibleName(f"{severity.label()} {kind.label()}")
                combo = QComboBox(parent)
                combo.setObjectName(f"{name}_unit_combo")
                for unit in DeadlineUnit:
                    combo.addItem(unit.label(), unit)
                error = QLabel(parent)
                error.setObjectName(f"{name}_error_label")
                grid.addWidget(spin, row, 1 + 2 * column)
                grid.addWidget(combo, row, 2 + 2 * column)
                grid.addWidget(error, row + 1, 1 + 2 * column, 1, 2)
                if column == 0:
                    label.setBuddy(spin)
                for widget in (spin, combo):
                    if previous is not None:
                        QWidget.setTabOrder(previous, widget)
                    previous = widget
                spin.valueChanged.connect(lambda _v, cell=cell: self._on_edited(cell))
                combo.currentIndexChanged.connect(lambda _i, cell=cell: self._on_edited(cell))
                self.amount_spins[cell] = spin
                self.unit_combos[cell] = combo
                self._error_labels[cell] = error
        for column in range(1, 1 + 2 * len(Kind)):
            grid.setColumnStretch(column, 1)
        for button in self.ui.button_box.buttons():
            QWidget.setTabOrder(previous, button)
            previous = button

    def _show(self, rules: list[DeadlineRule]) -> None:
        self._stored = {(r.severity, r.kind): r for r in rules}
        for cell, rule in self._stored.items():
            self.amount_spins[cell].setValue(rule.amount)
            combo = self.unit_combos[cell]
            combo.setCurrentIndex(combo.findData(rule.unit))
        self.errors.clear()

    # --- Editing

    def rule_in(self, cell: Cell) -> DeadlineRule:
        """What the cell of ``cell`` (severity, kind) holds now."""
        return DeadlineRule(cell[0], cell[1], self.amount_spins[cell].value(),
                            self.unit_combos[cell].currentData())

    def edited(self) -> list[DeadlineRule]:
        """The rules the grid changed, severity by severity, kind by kind."""
        return [rule for cell in self.amount_spins
                if (rule := self.rule_in(cell)) != self._stored.get(cell)]

    def _on_edited(self, cell: Cell) -> None:
        if not self._stored:  # still filling the grid
            return
        self.errors.clear_field(cell_field(*cell))
        changed = self.rule_in(cell) != self._stored.get(cell)
        for widget in (self.amount_spins[cell], self.unit_combos[cell]):
            font = widget.font()
            font.setBold(changed)  # what Save will write stands out
            widget.setFont(font)

    # --- Qt overrides

    @Slot()
    def accept(self) -> None:
        """Save the changed rules; a bad amount is said under its cell and the dialog stays."""
        changed = self.edited()
        if changed:
            try:
                if self._approver is None:
                    self.saved = self._deadlines.set_rules(changed)
                else:
                    self.saved = self._approver.run(
                        self, lambda approval: self._deadlines.set_rules(changed, approval))
            except ValidationError as exc:
                self.errors.show(exc.errors)
                return
            except ApprovalDeclined:
                return
            except UserError as exc:
                messages.warn(self, str(exc))
                return
        self.errors.clear()
        super().accept()

    def save_button(self) -> QWidget:
        """The Save button (Enter)."""
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
