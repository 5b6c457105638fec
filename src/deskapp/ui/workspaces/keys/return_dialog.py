"""Take keys back (钥匙归还): by the loan chosen, or by the tag typed or scanned into the
dialog. Fewer keys than went out is a partial return: the set goes back on its hook
flagged, the slip stays open for the rest. Enter saves, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.keys.errors import NothingOut
from deskapp.domain.keys.rows import LoanRow
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_key_return_dialog import Ui_KeyReturnDialog


class KeyReturnDialog(QDialog):
    """Take back keys of ``loan`` (None: of the tag typed). ``result_row`` is the loan
    after the return (or None); ``print_slip`` whether the slip, its stub filled in,
    should print."""

    def __init__(self, keys: KeyCustody, loan: LoanRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyReturnDialog()
        self.ui.setupUi(self)
        self._keys = keys
        self._loan = loan
        self.result_row: LoanRow | None = None
        self.print_slip = False
        ui = self.ui
        self.errors = FieldErrors({
            "tag": (ui.tag_edit, ui.tag_error),
            "keys_back": (ui.keys_back_spin, ui.keys_back_error),
            "returned_by": (ui.returned_by_edit, ui.returned_by_error),
            "condition_note": (ui.condition_edit, ui.condition_note_error),
        }, fallback=ui.form_error)
        ui.tag_edit.editingFinished.connect(self._find_by_tag)
        ui.keys_back_spin.valueChanged.connect(self._show_partial)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.retranslate()
        self._show_loan()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("Take keys back"))
        self._show_loan()

    def _show_loan(self) -> None:
        ui, loan = self.ui, self._loan
        ui.tag_edit.setEnabled(loan is None or not ui.tag_edit.text())
        if loan is None:
            ui.loan_label.setText(self.tr("Scan or type the tag on the keys."))
            ui.keys_back_spin.setEnabled(False)
            ui.tag_edit.setFocus()
            self._show_partial()
            return
        clock = self._keys.clock
        ui.tag_edit.setText(loan.tag)
        ui.tag_edit.setEnabled(False)
        ui.loan_label.setText(fill(self.tr(
            "Slip %1 · %2 · %3\nOut with %4 since %5, expected back %6 · %7 of %8 keys out"),
            loan.number, loan.tag, loan.unit_label, loan.borrower_name,
            clock.local(loan.out_at).strftime("%m-%d %H:%M"),
            clock.local(loan.expected_back).strftime("%m-%d %H:%M"),
            loan.outstanding, loan.keys_out))
        ui.keys_back_spin.setEnabled(True)
        ui.keys_back_spin.setRange(1, max(loan.outstanding, 1))
        ui.keys_back_spin.setValue(max(loan.outstanding, 1))
        ui.print_check.setChecked(False)
        ui.keys_back_spin.setFocus()
        ui.keys_back_spin.selectAll()
        self._show_partial()

    @Slot()
    def _find_by_tag(self) -> None:
        if self._loan is not None or not self.ui.tag_edit.text().strip():
            return
        self.errors.clear()
        try:
            key_set = self._keys.by_tag(self.ui.tag_edit.text())
        except NotFound as exc:
            self.errors.show({"tag": str(exc)})
            return
        loan = self._keys.open_loan(key_set.id)
        if loan is None:
            self.errors.show({"tag": fill(self.tr("None of the keys of %1 are out."),
                                          key_set.tag)})
            return
        self._loan = loan
        self._show_loan()

    @Slot()
    def _show_partial(self) -> None:
        loan = self._loan
        label = self.ui.partial_label
        if loan is None or self.ui.keys_back_spin.value() >= loan.outstanding:
            label.clear()
            label.hide()
            return
        label.setText(fill(self.tr(
            "A partial return: %1 key(s) stay out with %2, and the set stays flagged until "
            "they are back."), loan.outstanding - self.ui.keys_back_spin.value(),
            loan.borrower_name))
        label.show()

    @Slot()
    def save(self) -> None:
        """Take the keys back; the dialog closes once it is recorded."""
        ui = self.ui
        self.errors.clear()
        if self._loan is None:
            self._find_by_tag()
            if self._loan is None:
                if not ui.tag_edit.text().strip():
                    self.errors.show({"tag": self.tr("Scan or type the tag on the keys.")})
                return
            return  # the loan is shown now: check the keys, then Enter again
        try:
            self.result_row = self._keys.return_loan(
                self._loan.id, ui.keys_back_spin.value(),
                condition_note=ui.condition_edit.text(), returned_by=ui.returned_by_edit.text())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except NothingOut as exc:
            # Another counter took them back a moment ago.
            self.errors.show({"": str(exc)})
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.print_slip = ui.print_check.isChecked()
        self.accept()
