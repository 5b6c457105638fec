"""Money in the fee dialogs: amounts typed in yuan and read as fen, shown with their capitals,
and the way of paying (method, cash handed over and the change, a transfer's number)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from deskapp.domain.fees.capitals import rmb_capitals
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import PART_METHODS, Method
from deskapp.domain.money import MoneyError, format_money, parse_yuan
from deskapp.domain.text import clean_text
from deskapp.i18n import fill, translate
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import ERROR_STYLE

SHORT_STYLE = ERROR_STYLE
OVER_STYLE = "color: #1b7f3b;"
QUIET_STYLE = "color: #555555;"


def typed_fen(text: str) -> int | None:
    """The amount typed in yuan, in fen; None when empty or not an amount (the live
    figures wait; saving says why)."""
    try:
        return parse_yuan(text)
    except MoneyError:
        return None


def read_fen(errors: dict[str, str], field: str, text: str, *, required: bool = True) -> int | None:
    """The amount typed in yuan, in fen, for saving: a problem recorded under ``field``;
    None when left empty and not ``required``."""
    if not required and not clean_text(text):
        return None
    try:
        return parse_yuan(text)
    except MoneyError as exc:
        errors[field] = str(exc)
        return None


def capitals(fen: int | None) -> str:
    """``fen`` in Chinese capitals (人民币壹佰零伍元整), "" when there is no amount."""
    return rmb_capitals(fen) if fen is not None else ""


class PaymentFields(QObject):
    """How the money comes in, in one dialog: the method (cash first), the cash handed over
    with the change shown as it is typed, a transfer's or QR payment's number.

    ``due`` gives the amount to pay in fen (None while it is not known yet).
    """

    def __init__(self, method_combo: QComboBox, tendered_edit: QLineEdit, change_label: QLabel,
                 reference_edit: QLineEdit, due: Callable[[], int | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._method = method_combo
        self._tendered = tendered_edit
        self._change = change_label
        self._reference = reference_edit
        self._due = due
        method_combo.currentIndexChanged.connect(self.refresh)
        tendered_edit.textChanged.connect(self.refresh)

    def retranslate(self) -> None:
        """The methods in the user's language (the one chosen kept)."""
        fill_choices(self._method, PART_METHODS, Method.CASH)
        self._reference.setPlaceholderText(translate(
            "FeePayment", "The transfer's or the payment code's number"))
        self.refresh()

    def method(self) -> Method:
        """The way of paying chosen."""
        return chosen(self._method, Method) or Method.CASH

    @Slot()
    def refresh(self) -> None:
        """Cash handed over only for cash, a number only for the rest; the change."""
        cash = self.method() is Method.CASH
        self._tendered.setEnabled(cash)
        self._reference.setEnabled(not cash)
        due = self._due()
        if cash and due and not clean_text(self._tendered.text()):
            self._change.setText(translate("FeePayment", "Left empty: the exact amount, no change"))
            self._change.setStyleSheet(QUIET_STYLE)
            return
        tendered = typed_fen(self._tendered.text()) if cash else None
        if tendered is None or due is None:
            self._change.clear()
            return
        if tendered >= due:
            self._change.setText(fill(translate("FeePayment", "Change: %1"),
                                      format_money(tendered - due)))
            self._change.setStyleSheet(OVER_STYLE if tendered > due else QUIET_STYLE)
        else:
            self._change.setText(fill(translate("FeePayment", "%1 short"),
                                      format_money(due - tendered)))
            self._change.setStyleSheet(SHORT_STYLE)

    def change_text(self) -> str:
        """What the change label says (for tests and screen readers)."""
        return self._change.text()

    def tendered_fen(self, errors: dict[str, str]) -> int | None:
        """The cash handed over (None: exactly the amount, or not cash)."""
        if self.method() is not Method.CASH:
            return None
        return read_fen(errors, "tendered", self._tendered.text(), required=False)

    def parts(self, amount_fen: int) -> tuple[PaymentPart, ...]:
        """The money as the service takes it: all of it by the method chosen."""
        reference = "" if self.method() is Method.CASH else self._reference.text()
        return (PaymentPart(self.method(), amount_fen, reference),)
