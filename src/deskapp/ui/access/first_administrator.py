"""The first start on records nobody can log in to yet: set up the administrator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.accounts import AccountRow, AccountService
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_first_administrator_dialog import Ui_FirstAdministratorDialog


class FirstAdministratorDialog(QDialog):
    """Name, password and the password again; OK (Enter) creates the administrator and
    logs them in. A refusal shows next to its field and nothing is saved; Esc cancels."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self.account: AccountRow | None = None
        self.ui = Ui_FirstAdministratorDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._errors = FieldErrors({
            "name": (ui.name_edit, ui.name_error_label),
            "secret": (ui.secret_edit, ui.secret_error_label),
            "repeated": (ui.repeated_edit, ui.repeated_error_label),
        }, fallback=ui.repeated_error_label)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.name_edit.setFocus()

    def accept(self) -> None:
        """Create the administrator, then log them in."""
        ui = self.ui
        secret = ui.secret_edit.text()
        try:
            created = self._accounts.create_first_administrator(
                ui.name_edit.text(), secret, ui.repeated_edit.text())
            self.account = self._accounts.log_in(created.name, secret)
        except ValidationError as exc:
            self._errors.show(exc.errors)
            return
        except DomainError as exc:  # someone else set it up meanwhile
            self._errors.show({"": str(exc)})
            return
        super().accept()
