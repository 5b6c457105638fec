"""Hand over the day's takings (日收入情况交接表): the operator's day as it stands — money by
method, the receipt numbers used and voided, deposits taken and refunded, cash in and
out — then the float and the cash counted, with what the drawer should hold and the
difference worked out as they are typed (red when short, green when over). Enter hands
over after a confirmation: the day is locked after this."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from deskapp.domain.clock import Clock
from deskapp.domain.fees.handover import HandoverInput
from deskapp.domain.fees.rows import HandoverSummary
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import format_money, yuan_text
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_fee_handover_dialog import Ui_FeeHandoverDialog
from deskapp.ui.workspaces.fees.dialog_base import FeeDialog
from deskapp.ui.workspaces.fees.money_fields import (
    OVER_STYLE,
    QUIET_STYLE,
    SHORT_STYLE,
    read_fen,
    typed_fen,
)


class FeeHandoverDialog(FeeDialog):
    """Hand over the operator's takings of today (or ``cashier``'s of ``day``, counted at
    the close of the day); ``summary`` is the HandoverSummary handed over (or None). A day
    handed over already is shown as it was, read-only."""

    def __init__(self, fees: FeeCollection, clock: Clock, parent: QWidget | None = None,
                 *, day: dt.date | None = None, cashier: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeHandoverDialog()
        self.ui.setupUi(self)
        self._fees = fees
        self._clock = clock
        self._day = day or clock.today()
        self._cashier = cashier
        self._day_summary = fees.handover_summary(self._day, cashier)
        self.summary: HandoverSummary | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "float_fen": (ui.float_edit, ui.float_error),
            "counted_cash_fen": (ui.counted_edit, ui.counted_error),
            "received_by": (ui.received_by_edit, ui.received_by_error),
            "note": (ui.note_edit, ui.note_error),
        }, fallback=ui.form_error)
        ui.float_edit.textChanged.connect(self._show_cash)
        ui.counted_edit.textChanged.connect(self._show_cash)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        if self._day_summary.handed_over:
            self._show_handed_over()
        self.retranslate()
        ui.float_edit.setFocus()

    def retranslate(self) -> None:
        """Texts in the user's language."""
        self.ui.retranslateUi(self)
        ui, day = self.ui, self._day_summary
        self.setWindowTitle(fill(self.tr("Hand over the takings — %1"), day.day.isoformat()))
        ui.summary_label.setText(self._summary_html(day))
        if day.handed_over:
            at = self._clock.local(day.handed_over_at).strftime("%H:%M")  # type: ignore[arg-type]
            ui.intro_label.setText(fill(self.tr(
                "Handed over at %1 to %2: the day is locked."), at, day.received_by))
            ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
                self.tr("Close"))
        else:
            ui.intro_label.setText(self.tr(
                "Count the cash in the drawer, float included, and hand it over. Once handed "
                "over, the day is locked: its receipts can no longer be voided, and no more "
                "are issued under your name today."))
            ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
                self.tr("Hand over"))
        ui.float_edit.setPlaceholderText(self.tr("Yuan kept in the drawer for change"))
        ui.counted_edit.setPlaceholderText(self.tr("Yuan counted, float included"))
        self._show_cash()

    def _summary_html(self, day: HandoverSummary) -> str:
        def row(label: str, value: str, *, bold: bool = False) -> str:
            shown = html.escape(value)
            return (f"<tr><td style='color:#555;padding-right:14px'>{html.escape(label)}</td>"
                    f"<td>{f'<b>{shown}</b>' if bold else shown}</td></tr>")

        rows = [row(self.tr("Cashier"), fill("%1 · %2", day.cashier, day.day.isoformat()))]
        if day.receipts:
            numbers = fill(self.tr("%1 (%2 – %3)"), day.receipts, day.first_number,
                           day.last_number)
        else:
            numbers = self.tr("none")
        rows.append(row(self.tr("Receipts"), numbers))
        rows.append(row(self.tr("Voided"), ", ".join(day.voided_numbers) or self.tr("none")))
        for total in day.by_method:
            rows.append(row(total.method.label(), fill(
                "%1 · %2", format_money(total.amount_fen),
                self.tr("%n receipt(s)", "", total.receipts))))
        rows.append(row(self.tr("Total received"), format_money(day.total_fen), bold=True))
        rows.append(row(self.tr("Deposits taken"), fill(
            "%1 · %2", format_money(day.deposits_taken_fen),
            self.tr("%n deposit(s)", "", day.deposits_taken))))
        rows.append(row(self.tr("Deposits refunded"), fill(
            "%1 · %2", format_money(day.deposits_refunded_fen),
            self.tr("%n deposit(s)", "", day.deposits_refunded))))
        rows.append(row(self.tr("Cash in"), format_money(day.cash_in_fen)))
        rows.append(row(self.tr("Cash out"), format_money(day.cash_out_fen)))
        return f"<table>{''.join(rows)}</table>"

    def _show_handed_over(self) -> None:
        ui, day = self.ui, self._day_summary
        ui.float_edit.setText(yuan_text(day.float_fen))
        ui.counted_edit.setText(yuan_text(day.counted_cash_fen or 0))
        ui.received_by_edit.setText(day.received_by)
        ui.note_edit.setText(day.note)
        for edit in (ui.float_edit, ui.counted_edit, ui.received_by_edit, ui.note_edit):
            edit.setReadOnly(True)
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).hide()

    # --- Live
    def expected_fen(self) -> int:
        """What the drawer should hold with the float typed (empty: none)."""
        float_fen = typed_fen(self.ui.float_edit.text()) or 0
        return float_fen + self._day_summary.cash_in_fen - self._day_summary.cash_out_fen

    def _show_cash(self) -> None:
        ui = self.ui
        expected = self.expected_fen()
        ui.expected_value.setText(f"<b>{format_money(expected)}</b>")
        counted = typed_fen(ui.counted_edit.text())
        if counted is None:
            ui.difference_value.clear()
            return
        difference = counted - expected
        if difference < 0:
            text, style = fill(self.tr("%1 short"), format_money(-difference)), SHORT_STYLE
        elif difference > 0:
            text, style = fill(self.tr("%1 over"), format_money(difference)), OVER_STYLE
        else:
            text, style = self.tr("Balanced"), QUIET_STYLE
        ui.difference_value.setText(f"<b>{html.escape(text)}</b>")
        ui.difference_value.setStyleSheet(style)

    def difference_text(self) -> str:
        """The difference as shown, for tests."""
        return self.ui.difference_value.text()

    def difference_style(self) -> str:
        """The difference's colour, for tests."""
        return self.ui.difference_value.styleSheet()

    # --- Saving
    def _save(self) -> bool:
        if self._day_summary.handed_over:
            return False
        ui = self.ui
        errors: dict[str, str] = {}
        float_fen = read_fen(errors, "float_fen", ui.float_edit.text(), required=False)
        counted = read_fen(errors, "counted_cash_fen", ui.counted_edit.text())
        if errors:
            self.errors.show(errors)
            return False
        data = HandoverInput(counted_cash_fen=counted or 0, received_by=ui.received_by_edit.text(),
                             float_fen=float_fen or 0, note=ui.note_edit.text(), day=self._day,
                             cashier=self._cashier)
        if data.received_by.strip() and not messages.ask(self, fill(self.tr(
                "Hand over %1 in cash to %2? The day is locked after this: its receipts can no "
                "longer be voided, and no more are issued under your name today."),
                format_money(data.counted_cash_fen), data.received_by.strip()),
                self.tr("Hand over the takings"), default_yes=False):
            return False  # a hurried Enter hands nothing over
        self.summary = self._fees.hand_over(data)
        return True
