"""What happens to a key set beyond issue and return: the owner takes it for good (钥匙交接,
with the handover slip to sign), keys are reported lost, new keys replace them (copies, or
a new lock). Enter saves, Ctrl+Enter too (also from the circumstances' box), Esc cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.keys.records import (
    MAX_KEYS,
    HandoverInput,
    KeyKind,
    LostInput,
    ReplacementInput,
)
from deskapp.domain.keys.rows import (
    HandoverRow,
    KeySetRow,
    LoanRow,
    LostReportRow,
    ReplacementRow,
)
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_key_handover_dialog import Ui_KeyHandoverDialog
from deskapp.ui.forms.ui_key_lost_dialog import Ui_KeyLostDialog
from deskapp.ui.forms.ui_key_replacement_dialog import Ui_KeyReplacementDialog
from deskapp.ui.framework.times import show_moment, typed_moment
from deskapp.ui.workspaces.keys.dialog_base import KeyDialog, set_line

HANDOVER_SLIP = "key-handover"


class _IncidentDialog(KeyDialog):
    """Saves with Enter, shows the domain's refusals by their fields."""

    errors: FieldErrors

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter saves."""
        return self.save

    @Slot()
    def save(self) -> None:
        """Save; the dialog closes when it is saved."""
        self.errors.clear()
        try:
            saved = self._save()
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        if saved:
            self.accept()

    def _save(self) -> bool:
        """Save what the dialog holds (False: not saved, the dialog stays)."""
        raise NotImplementedError


class KeyHandoverDialog(_IncidentDialog):
    """The owner takes key set ``set_id`` for good; ``handover`` is the record saved.

    Signals:
        handed_over(object): the HandoverRow saved.
        print_requested(str, object): print the handover slip ("key-handover", its id).
    """

    handed_over = Signal(object)
    print_requested = Signal(str, object)

    def __init__(self, custody: KeyCustody, set_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyHandoverDialog()
        self.ui.setupUi(self)
        self._custody = custody
        self._set: KeySetRow = custody.key_set(set_id)
        self._deposit = (custody.deposit(set_id) if self._set.kind is KeyKind.ENTRUSTED
                         else None)
        self.handover: HandoverRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "owner_name": (ui.owner_edit, ui.owner_name_error),
            "phone": (ui.phone_edit, ui.phone_error),
            "id_type": (ui.id_type_combo, ui.id_type_error),
            "id_number": (ui.id_number_edit, ui.id_number_error),
            "note": (ui.note_edit, ui.note_error),
        }, fallback=ui.form_error)
        if self._deposit is not None:
            ui.owner_edit.setText(self._deposit.owner_name)
            ui.phone_edit.setText(self._deposit.owner_phone)
        ui.print_check.setChecked(True)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter(self.save)
        self.retranslate()
        ui.owner_edit.setFocus()

    def retranslate(self) -> None:
        """Texts in the user's language."""
        self.ui.retranslateUi(self)
        ui = self.ui
        fill_choices(ui.id_type_combo, list(IdType), default=IdType.RESIDENT)
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over"))
        key_set = self._set
        self.setWindowTitle(fill(self.tr("Hand over key set %1"), key_set.tag))
        keys = key_set.key_count - key_set.keys_lost
        intro = fill(self.tr(
            "%1\nThe owner takes the set for good: its keys (%2) leave the cabinet and the "
            "desk's care, and the owner signs the handover slip."),
            set_line(key_set), keys)
        if self._deposit is not None:
            intro += "\n" + fill(self.tr("Entrusted keys go back only to the owner who left "
                                         "them (%1) or who signed for them (%2)."),
                                 self._deposit.owner_name, self._deposit.signed_by)
        ui.intro_label.setText(intro)

    def _save(self) -> bool:
        ui = self.ui
        data = HandoverInput(
            owner_name=ui.owner_edit.text(), phone=ui.phone_edit.text(),
            id_type=chosen(ui.id_type_combo, IdType) or IdType.RESIDENT,
            id_number=ui.id_number_edit.text(), note=ui.note_edit.text())
        if data.owner_name.strip() and not messages.ask(self, fill(self.tr(
                "Hand key set %1 (%2) over to %3 for good? It leaves the desk's care and "
                "cannot be issued again."), self._set.tag, self._set.unit_label,
                data.owner_name.strip()), self.tr("Key handover"), default_yes=False):
            return False  # a hurried Enter hands nothing over
        self.handover = self._custody.hand_over(self._set.id, data)
        self.handed_over.emit(self.handover)
        if ui.print_check.isChecked():
            self.print_requested.emit(HANDOVER_SLIP, self.handover.id)
        return True


class KeyLostDialog(_IncidentDialog):
    """Keys of set ``set_id`` reported lost; ``report`` is the record saved.

    Signals:
        reported(object): the LostReportRow saved.
    """

    reported = Signal(object)

    def __init__(self, custody: KeyCustody, set_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyLostDialog()
        self.ui.setupUi(self)
        self._custody = custody
        self._clock = custody.clock
        self._set: KeySetRow = custody.key_set(set_id)
        self._loan: LoanRow | None = custody.open_loan(set_id)
        self.report: LostReportRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "reported_by": (ui.reported_by_edit, ui.reported_by_error),
            "reported_at": (ui.reported_at_edit, ui.reported_at_error),
            "keys_lost": (ui.keys_lost_spin, ui.keys_lost_error),
            "circumstances": (ui.circumstances_edit, ui.circumstances_error),
        }, fallback=ui.form_error)
        could = self.keys_that_could_be_lost()
        ui.keys_lost_spin.setRange(1, max(1, could))
        ui.keys_lost_spin.setValue(max(1, could))
        show_moment(ui.reported_at_edit, self._clock, self._clock.now())
        if self._loan is not None:
            ui.reported_by_edit.setText(self._loan.borrower_name)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter(self.save)
        self.retranslate()
        ui.reported_by_edit.setFocus()
        ui.reported_by_edit.selectAll()

    def keys_that_could_be_lost(self) -> int:
        """Out on a loan: the keys still with the borrower; else the keys on the hook."""
        if self._loan is not None:
            return self._loan.outstanding
        return self._set.key_count - self._set.keys_lost

    def retranslate(self) -> None:
        """Texts in the user's language."""
        self.ui.retranslateUi(self)
        key_set, loan = self._set, self._loan
        self.setWindowTitle(fill(self.tr("Keys lost — %1"), key_set.tag))
        if loan is not None:
            where = fill(self.tr(
                "Out with %1 since %2 (slip %3), keys still out: %4. The loss is the "
                "borrower's; the loan is settled once no key is left out."),
                loan.borrower_name, self._clock.local(loan.out_at).strftime("%Y-%m-%d %H:%M"),
                loan.number, loan.outstanding)
        else:
            where = fill(self.tr("Keys on the hook: %1. The loss is of keys missing from "
                                 "the cabinet."),
                         key_set.key_count - key_set.keys_lost)
        self.ui.intro_label.setText("\n".join((
            set_line(key_set), where,
            self.tr("The set stays flagged until new keys are recorded."))))

    def _save(self) -> bool:
        ui = self.ui
        self.report = self._custody.report_lost(self._set.id, LostInput(
            reported_by=ui.reported_by_edit.text(), keys_lost=ui.keys_lost_spin.value(),
            reported_at=typed_moment(ui.reported_at_edit, self._clock),
            circumstances=ui.circumstances_edit.toPlainText()))
        self.reported.emit(self.report)
        return True


class KeyReplacementDialog(_IncidentDialog):
    """New keys for set ``set_id``: copies for the lost ones, or a new lock with new keys;
    ``replacement`` is the record saved.

    Signals:
        replaced(object): the ReplacementRow saved.
    """

    replaced = Signal(object)

    def __init__(self, custody: KeyCustody, set_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyReplacementDialog()
        self.ui.setupUi(self)
        self._custody = custody
        self._set: KeySetRow = custody.key_set(set_id)
        self.replacement: ReplacementRow | None = None
        ui = self.ui
        self.errors = FieldErrors({
            "keys_new": (ui.keys_new_spin, ui.keys_new_error),
            "lock_changed": (ui.lock_changed_check, ui.form_error),
            "note": (ui.note_edit, ui.note_error),
        }, fallback=ui.form_error)
        ui.keys_new_spin.setRange(1, MAX_KEYS)
        # Nothing lost: the only replacement there is, is a new lock.
        ui.lock_changed_check.setChecked(self._set.keys_lost == 0)
        ui.keys_new_spin.setValue(self._suggested_keys())
        ui.lock_changed_check.toggled.connect(self._on_lock_toggled)
        ui.keys_new_spin.valueChanged.connect(self._show_result)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter(self.save)
        self.retranslate()
        ui.keys_new_spin.setFocus()
        ui.keys_new_spin.selectAll()

    def _suggested_keys(self) -> int:
        if self.ui.lock_changed_check.isChecked():
            return max(1, self._set.key_count)
        return max(1, self._set.keys_lost)

    def retranslate(self) -> None:
        """Texts in the user's language."""
        self.ui.retranslateUi(self)
        key_set = self._set
        self.setWindowTitle(fill(self.tr("New keys — %1"), key_set.tag))
        self.ui.intro_label.setText(fill(self.tr(
            "%1\nKeys lost: %2 of %3. Copies cut for the lost keys join the ones left; with "
            "a new lock only the new keys count, and the old ones open nothing."),
            set_line(key_set), key_set.keys_lost, key_set.key_count))
        self._show_result()

    def keys_after(self) -> int:
        """How many keys the set will have."""
        new = self.ui.keys_new_spin.value()
        if self.ui.lock_changed_check.isChecked():
            return new
        return self._set.key_count - self._set.keys_lost + new

    @Slot(bool)
    def _on_lock_toggled(self, _checked: bool) -> None:
        self.ui.keys_new_spin.setValue(self._suggested_keys())
        self._show_result()

    @Slot()
    def _show_result(self) -> None:
        self.ui.result_label.setText(fill(self.tr("Keys in the set afterwards: %1."),
                                          self.keys_after()))

    def _save(self) -> bool:
        ui = self.ui
        self.replacement = self._custody.replace(self._set.id, ReplacementInput(
            keys_new=ui.keys_new_spin.value(), lock_changed=ui.lock_changed_check.isChecked(),
            note=ui.note_edit.text()))
        self.replaced.emit(self.replacement)
        return True
