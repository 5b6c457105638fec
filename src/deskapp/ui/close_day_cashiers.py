"""The cashiers' step of closing the day: each cashier who took money on the day, what
they took, and — until they have handed over — a button to count their drawer in the fee
handover dialog; the daily takings handover sheet is printed after each handover."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from deskapp.domain.clock import Clock
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import format_money
from deskapp.i18n import fill


class CashiersStep(QWidget):
    """The cashiers of ``day``, each handed over here or already.

    Signals:
        handed_over(str): a cashier's takings were handed over (their name).
        print_requested(str, object): print the takings handover sheet of the day.
    """

    handed_over = Signal(str)
    print_requested = Signal(str, object)

    def __init__(self, fees: FeeCollection, clock: Clock, day: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fees = fees
        self._clock = clock
        self._day = day
        self.buttons: dict[str, QPushButton] = {}
        self.labels: dict[str, QLabel] = {}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self._rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self._rows)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        """Read each cashier's day again."""
        clear(self._rows)
        self.buttons.clear()
        self.labels.clear()
        for cashier in self._fees.cashiers_on(self._day):
            summary = self._fees.handover_summary(self._day, cashier)
            row = QHBoxLayout()
            label = QLabel(self)
            label.setProperty("taken", summary.total_fen)
            label.setProperty("handed", summary.handed_over)
            row.addWidget(label, 1)
            self.labels[cashier] = label
            if not summary.handed_over:
                button = QPushButton(self)
                button.setAutoDefault(False)
                button.clicked.connect(lambda _c=False, name=cashier: self.hand_over(name))
                row.addWidget(button)
                self.buttons[cashier] = button
            self._rows.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the language now installed."""
        self.intro.setText(self.tr(
            "Each cashier who took money today hands over the takings: count the cash "
            "in the drawer; the daily takings handover sheet is printed."))
        for cashier, label in self.labels.items():
            state = (self.tr("handed over") if label.property("handed")
                     else self.tr("not yet handed over"))
            label.setText(fill(self.tr("%1: %2 taken, %3"), cashier,
                               format_money(label.property("taken") or 0), state))
        for button in self.buttons.values():
            button.setText(self.tr("Count and &hand over…"))

    def hand_over(self, cashier: str) -> None:
        """Count ``cashier``'s drawer in the fee handover dialog; print the sheet."""
        from deskapp.ui.workspaces.fees.handover_dialog import FeeHandoverDialog

        dialog = FeeHandoverDialog(self._fees, self._clock, self, day=self._day,
                                   cashier=cashier)
        if dialog.exec() and dialog.summary is not None:
            self.print_requested.emit("handover", self._day.isoformat())
            self.reload()
            self.handed_over.emit(cashier)


def clear(layout: QLayout) -> None:
    """Take every row out of ``layout``, its widgets deleted."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear(item.layout())
            item.layout().deleteLater()
