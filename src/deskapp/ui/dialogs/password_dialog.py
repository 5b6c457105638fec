"""Change my password: the operator on duty types the current one and the new one twice."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from deskapp.domain.accounts import SECRET_MIN, AccountService, LoginRefused
from deskapp.domain.errors import ValidationError
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_password_dialog import Ui_ChangePasswordDialog

if TYPE_CHECKING:
    from deskapp.bootstrap import Services

logger = logging.getLogger(__name__)


def show_field_errors(errors: FieldErrors, found: dict[str, str],
                      edits: dict[str, QLineEdit]) -> None:
    """Show ``found`` by its fields and select what is typed in each bad password field,
    so typing it again replaces it."""
    errors.show(found)
    for name, edit in edits.items():
        if name in found:
            edit.selectAll()


class ChangePasswordDialog(QDialog):
    """The operator on duty changes their own password.

    OK (Enter) saves through :meth:`AccountService.change_own_secret`; a wrong current
    password, a new one too short or two that differ are said next to their field and
    nothing is saved (a wrong current password counts like a wrong log-in). Esc cancels.
    """

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self.ui.intro_label.setText(self.tr(
            "Type your current password, then the new one twice. From now on you log in "
            "with the new one."))
        self.ui.secret_edit.setPlaceholderText(fill(self.tr(
            "at least %1 characters, or a PIN of %1 digits"), SECRET_MIN))
        self._edits = {"old": self.ui.old_edit, "secret": self.ui.secret_edit,
                       "repeated": self.ui.repeated_edit}
        self._errors = FieldErrors(
            {name: (edit, getattr(self.ui, f"{name}_error_label"))
             for name, edit in self._edits.items()})
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.old_edit.setFocus()

    def accept(self) -> None:
        """Save the new password; on a refusal say why by the field and stay open."""
        try:
            self._accounts.change_own_secret(self.ui.old_edit.text(),
                                             self.ui.secret_edit.text(),
                                             self.ui.repeated_edit.text())
        except ValidationError as exc:
            show_field_errors(self._errors, exc.errors, self._edits)
            return
        except LoginRefused as exc:  # the current password is wrong, or must wait
            show_field_errors(self._errors, {"old": str(exc)}, self._edits)
            return
        except UserError as exc:  # nobody logged in, the records busy or read-only
            logger.info("password not changed: %s", exc)
            self._errors.clear()
            messages.warn(self, str(exc))
            return
        self._errors.clear()
        super().accept()


def change_my_password(parent: QWidget | None, services: Services) -> bool:
    """Ask the operator on duty for their new password; True when it was changed.

    Without an operator logged in there is no password of one's own: a message says so.
    """
    if services.operator.account_id is None:
        messages.warn(parent, QCoreApplication.translate(
            "ChangePasswordDialog",
            "Log in first: only an operator who logged in has a password to change."))
        return False
    dialog = ChangePasswordDialog(services.accounts, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    messages.info(parent, QCoreApplication.translate(
        "ChangePasswordDialog", "Your password is changed. Use the new one from your next log-in."))
    return True
