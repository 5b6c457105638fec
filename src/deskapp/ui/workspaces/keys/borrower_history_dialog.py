"""A borrower's loans of keys, newest first: every loan under their name or phone (or ID
number), which keys, when out and back, on whose authority; a slip prints again from here."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.keys.rows import LoanRow
from deskapp.i18n import fill
from deskapp.ui.forms.ui_borrower_history_dialog import Ui_BorrowerHistoryDialog

SLIP = "key-slip"
OVERDUE = QBrush(QColor("#b3261e"))


class BorrowerHistoryDialog(QDialog):
    """The loans of the borrower named ``name`` (or with this ``phone`` or ``id_number``).

    Signals:
        print_requested(str, object): print a loan's borrowing slip ("key-slip", its id).
    """

    print_requested = Signal(str, object)

    def __init__(self, custody: KeyCustody, name: str, phone: str = "", id_number: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BorrowerHistoryDialog()
        self.ui.setupUi(self)
        self._custody = custody
        self._clock = custody.clock
        self._who = (name, phone, id_number)
        self.loans: list[LoanRow] = []
        ui = self.ui
        ui.loans_table.verticalHeader().hide()
        ui.button_box.rejected.connect(self.reject)
        ui.print_slip_button.clicked.connect(self.print_slip)
        ui.loans_table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        ui.loans_table.setFocus()

    def retranslate(self) -> None:
        """Texts in the user's language, and the loans read again."""
        self.ui.retranslateUi(self)
        name, phone, _id_number = self._who
        who = " · ".join(filter(None, (name, phone)))
        self.setWindowTitle(fill(self.tr("Loans of %1"), who))
        self.show_loans()

    def show_loans(self) -> None:
        """Read the loans again and show them."""
        ui = self.ui
        name, phone, id_number = self._who
        try:
            self.loans = self._custody.borrower_history(name, phone, id_number)
        except ValidationError as exc:
            self.loans = []
            ui.intro_label.setText(" ".join(exc.errors.values()))
        now = self._clock.now()
        headers = [self.tr("Slip"), self.tr("Keys of"), self.tr("Purpose"), self.tr("Out"),
                   self.tr("Due back"), self.tr("Back"), self.tr("Keys"),
                   self.tr("On whose authority"), self.tr("Phone"), self.tr("ID number")]
        table = ui.loans_table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setStretchLastSection(True)
        table.setRowCount(len(self.loans))
        for r, loan in enumerate(self.loans):
            back = self._when(loan.closed_at) or (self.tr("overdue") if loan.overdue(now)
                                                  else self.tr("still out"))
            cells = [loan.number, fill("%1 · %2", loan.tag, loan.unit_label),
                     loan.purpose.label(), self._when(loan.out_at),
                     self._when(loan.expected_back), back,
                     fill(self.tr("%1 out, %2 back"), loan.keys_out, loan.keys_back),
                     loan.basis.label(), loan.phone, loan.id_number_masked]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if loan.overdue(now):
                    item.setForeground(OVERDUE)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        still_out = sum(1 for loan in self.loans if loan.open)
        overdue = sum(1 for loan in self.loans if loan.overdue(now))
        ui.counts_label.setText(fill(self.tr("Loans: %1 · still out: %2 · overdue: %3"),
                                     len(self.loans), still_out, overdue))
        if self.loans:
            ui.intro_label.setText(self.tr("Every loan under this name or phone, newest first."))
            table.selectRow(0)
        elif not ui.intro_label.text():
            ui.intro_label.setText(self.tr("No loans under this name or phone."))
        self._update_buttons()

    def _when(self, value) -> str:  # type: ignore[no-untyped-def]
        return self._clock.local(value).strftime("%Y-%m-%d %H:%M") if value else ""

    def chosen_loan(self) -> LoanRow | None:
        """The loan of the row chosen."""
        row = self.ui.loans_table.currentRow()
        return self.loans[row] if 0 <= row < len(self.loans) else None

    @Slot()
    def _update_buttons(self) -> None:
        self.ui.print_slip_button.setEnabled(self.chosen_loan() is not None)

    @Slot()
    def print_slip(self) -> None:
        """Print the chosen loan's borrowing slip again."""
        loan = self.chosen_loan()
        if loan is not None:
            self.print_requested.emit(SLIP, loan.id)
