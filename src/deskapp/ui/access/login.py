"""Logging in at start, and the lock (Ctrl+L) that is also the shift change."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLineEdit, QWidget

from deskapp.domain.accounts import AccountRow, AccountService, LoginRefused
from deskapp.i18n import fill
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_login_dialog import Ui_LoginDialog


def offer_names(edit: QLineEdit, names: Sequence[str]) -> None:
    """Complete the operators' names in ``edit`` as they are typed, any case."""
    completer = QCompleter(list(names), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    edit.setCompleter(completer)


class LoginMode(Enum):
    """Why the dialog asks."""

    START = "start"  # deskapp is starting: Cancel quits
    LOCKED = "locked"  # the screen is locked: only a password (or Quit) goes on


class LoginDialog(QDialog):
    """Name and password; OK (Enter) logs the operator in (see ``account``).

    Locked, the name of the operator who locked is filled in and the cursor waits in the
    password; anyone else may type their own name instead and take over the counter (a
    shift change). Esc does not unlock; only the Quit button leaves without a password.
    """

    QUIT = 2  # the dialog's result when the receptionist chose to quit deskapp

    def __init__(self, accounts: AccountService, mode: LoginMode = LoginMode.START, *,
                 names: Sequence[str] = (), locked_by: str = "", hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._mode = mode
        self.account: AccountRow | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._errors = FieldErrors({}, fallback=ui.error_label)  # a refusal, in words
        ui.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        ui.hint_label.setText(hint)
        ui.hint_label.setVisible(bool(hint))
        if names:
            offer_names(ui.name_edit, list(names))
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))
        quit_button = ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(self.tr("&Quit deskapp"))
        ui.button_box.accepted.connect(self.accept)
        quit_button.clicked.connect(lambda: self.done(self.QUIT))
        if mode is LoginMode.LOCKED:
            self.setWindowTitle(self.tr("Counter locked"))
            ui.intro_label.setText(fill(self.tr(
                "Locked by %1. Type the password to go on, or log in with your own name to "
                "take over the counter. What was being typed is kept."), locked_by or "—"))
            ui.name_edit.setText(locked_by)
            ui.secret_edit.setFocus()
        else:
            ui.name_edit.setFocus()
        # No way round the password: no close button, Esc clears the password only.
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

    @property
    def mode(self) -> LoginMode:
        """Why the dialog asks."""
        return self._mode

    def accept(self) -> None:
        """Check the name and password; refused, say why and stay."""
        ui = self.ui
        try:
            self.account = self._accounts.log_in(ui.name_edit.text(), ui.secret_edit.text())
        except LoginRefused as exc:
            ui.secret_edit.clear()
            self._errors.show({"": str(exc)})
            ui.secret_edit.setFocus()
            return
        ui.secret_edit.clear()
        super().accept()

    def reject(self) -> None:
        """Esc: at start it quits; locked it only clears the password."""
        if self._mode is LoginMode.START:
            self.done(self.QUIT)
            return
        self.ui.secret_edit.clear()
        self.ui.secret_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._mode is LoginMode.LOCKED and self.result() != self.QUIT and self.account is None:
            event.ignore()  # locked stays locked
            return
        super().closeEvent(event)
