"""The two short questions of the call log: who took a message and how, and how a callback
went. Enter saves, Esc cancels; a refusal shows by its field and the dialog stays open."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from deskapp.domain.calls.log import CallLog
from deskapp.domain.calls.records import CallRow, DeliveredHow, MessageRow
from deskapp.domain.errors import ValidationError
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors


class _SmallDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        self.layout_.addRow(label, widget)
        error = QLabel(self)
        self.layout_.addRow("", error)
        return error


class DeliverMessageDialog(_SmallDialog):
    """The message reached its recipient: who took it, and how."""

    def __init__(self, calls: CallLog, message: MessageRow, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._message = message
        self.result_row: MessageRow | None = None
        self.setWindowTitle(self.tr("Message passed on"))
        text = QLabel(fill(self.tr("For %1: %2"), message.recipient, message.text), self)
        text.setWordWrap(True)
        self.layout_.addRow(text)
        self.to_edit = QLineEdit(message.recipient, self)
        self.to_edit.setMaxLength(100)
        to_error = self.add_field(self.tr("Passed on &to"), self.to_edit)
        self.how_combo = QComboBox(self)
        for how in DeliveredHow:
            self.how_combo.addItem(how.label(), how)
        how_error = self.add_field(self.tr("&How"), self.how_combo)
        self.layout_.addRow(self.buttons)
        self.errors = FieldErrors({"delivered_to": (self.to_edit, to_error),
                                   "delivered_how": (self.how_combo, how_error)})
        self.to_edit.selectAll()
        self.to_edit.setFocus()

    def accept(self) -> None:
        """Record the delivery; stay open on a refusal."""
        try:
            self.result_row = self._calls.deliver_message(
                self._message.id, to=self.to_edit.text(), how=self.how_combo.currentData())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        super().accept()


class CallbackDoneDialog(_SmallDialog):
    """The promised callback was made: how it went."""

    def __init__(self, calls: CallLog, call: CallRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calls = calls
        self._call = call
        self.result_row: CallRow | None = None
        self.setWindowTitle(self.tr("Callback made"))
        about = QLabel(fill(self.tr("%1 (%2) about “%3”"), call.caller_name, call.phone,
                            call.subject), self)
        about.setWordWrap(True)
        self.layout_.addRow(about)
        self.result_edit = QLineEdit(self)
        self.result_edit.setMaxLength(2000)
        error = self.add_field(self.tr("&Result"), self.result_edit)
        self.layout_.addRow(self.buttons)
        self.errors = FieldErrors({"callback_result": (self.result_edit, error)})
        self.result_edit.setFocus()

    def accept(self) -> None:
        """Record the result; stay open on a refusal."""
        try:
            self.result_row = self._calls.complete_callback(self._call.id,
                                                            self.result_edit.text())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        super().accept()
