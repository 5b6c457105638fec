"""The administrator's list of operators: add one, change a role, disable or enable, reset a
password. Nobody is ever deleted: whoever has left is disabled, and their records keep
their name."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from deskapp.domain.accounts import SECRET_MIN, AccountRow, AccountService
from deskapp.domain.clock import Clock, format_local
from deskapp.domain.errors import ValidationError
from deskapp.domain.roles import Action, Role
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.dialogs.password_dialog import show_field_errors
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_operator_add_dialog import Ui_AddOperatorDialog
from deskapp.ui.forms.ui_operator_password_dialog import Ui_ResetPasswordDialog
from deskapp.ui.forms.ui_operator_role_dialog import Ui_OperatorRoleDialog
from deskapp.ui.forms.ui_operators_dialog import Ui_OperatorsDialog

if TYPE_CHECKING:
    from deskapp.bootstrap import Services

logger = logging.getLogger(__name__)

_AnyIndex = QModelIndex | QPersistentModelIndex


# --- The table


class OperatorTableModel(QAbstractTableModel):
    """The operators, one a row: name, role, active or disabled, last log-in in local time,
    wrong passwords in a row. Disabled operators are grey."""

    NAME, ROLE, STATUS, LAST_LOGIN, FAILED = range(5)

    def __init__(self, tz: object = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz  # the clock's zone (None: the PC's own)
        self._rows: list[AccountRow] = []

    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AccountRow:
        """The operator shown in ``row``."""
        return self._rows[row]

    def row_of(self, account_id: int | None) -> int | None:
        """The row of the operator with ``account_id``, or None."""
        return next((i for i, r in enumerate(self._rows) if r.id == account_id), None)

    def text(self, account: AccountRow, column: int) -> str:
        """What ``column`` says of ``account``."""
        if column == self.NAME:
            return account.name
        if column == self.ROLE:
            return account.role.label()
        if column == self.STATUS:
            return self.tr("Active") if account.active else self.tr("Disabled")
        if column == self.LAST_LOGIN:
            if account.last_login_at is None:
                return self.tr("never")
            return format_local(account.last_login_at, self._tz)  # type: ignore[arg-type]
        return str(account.failed_logins)

    # --- Qt overrides

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Last log-in"),
                    self.tr("Wrong passwords"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.FAILED:
            return self.tr("Wrong passwords in a row since the last log-in. From the third "
                           "one the operator waits a little before trying again; resetting "
                           "the password ends the wait.")
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        account = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(account, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.FAILED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and not account.active:
            return self.tr("Disabled: cannot log in. Enable to let them log in again.")
        return None


# --- The small dialogs


def _fill_roles(dialog: QDialog, combo_name: str, current: Role) -> None:
    combo = getattr(dialog.ui, combo_name)  # type: ignore[attr-defined]
    for role in Role:
        combo.addItem(role.label(), role.value)
    combo.setCurrentIndex(combo.findData(current.value))


class AddOperatorDialog(QDialog):
    """A new operator: name, role, password twice. OK (Enter) adds them; what is wrong is
    said next to its field and nothing is saved. Esc cancels."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddOperatorDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self.added: AccountRow | None = None
        _fill_roles(self, "role_combo", Role.RECEPTIONIST)
        self.ui.name_edit.setPlaceholderText(self.tr("as it is signed on every record"))
        self.ui.secret_edit.setPlaceholderText(fill(self.tr(
            "at least %1 characters, or a PIN of %1 digits"), SECRET_MIN))
        self._edits = {"secret": self.ui.secret_edit, "repeated": self.ui.repeated_edit}
        self._errors = FieldErrors({
            "name": (self.ui.name_edit, self.ui.name_error_label),
            "role": (self.ui.role_combo, self.ui.role_error_label),
            "secret": (self.ui.secret_edit, self.ui.secret_error_label),
            "repeated": (self.ui.repeated_edit, self.ui.repeated_error_label),
        })
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.name_edit.setFocus()

    def accept(self) -> None:
        """Add the operator, or say what is wrong and stay open."""
        try:
            self.added = self._accounts.add(
                self.ui.name_edit.text(), Role(self.ui.role_combo.currentData()),
                self.ui.secret_edit.text(), self.ui.repeated_edit.text())
        except ValidationError as exc:
            show_field_errors(self._errors, exc.errors, self._edits)
            return
        except UserError as exc:
            logger.info("operator not added: %s", exc)
            messages.warn(self, str(exc))
            return
        super().accept()


class OperatorRoleDialog(QDialog):
    """Another role for one operator. OK (Enter) saves it; a refusal (the last
    administrator, one's own role) is said in a message and the dialog stays open."""

    def __init__(self, accounts: AccountService, account: AccountRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OperatorRoleDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self._account = account
        self.changed: AccountRow | None = None
        self.ui.role_label.setText(fill(self.tr("&Role of %1"), account.name))
        _fill_roles(self, "role_combo", account.role)
        self._errors = FieldErrors({"role": (self.ui.role_combo, self.ui.role_error_label)})
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.role_combo.setFocus()

    def accept(self) -> None:
        """Save the role (nothing to save when it is the same), or say why not."""
        role = Role(self.ui.role_combo.currentData())
        if role is self._account.role:
            super().reject()
            return
        try:
            self.changed = self._accounts.set_role(self._account.id, role)
        except ValidationError as exc:
            self._errors.show(exc.errors)
            return
        except UserError as exc:
            logger.info("role not changed: %s", exc)
            messages.warn(self, str(exc))
            return
        super().accept()


class ResetPasswordDialog(QDialog):
    """A new password for an operator who forgot theirs, typed twice. OK (Enter) saves it;
    what is wrong is said next to its field. Esc cancels."""

    def __init__(self, accounts: AccountService, account: AccountRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ResetPasswordDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self._account = account
        self.ui.intro_label.setText(fill(self.tr(
            "A new password for %1, who forgot theirs. Tell it to them in person; they can "
            "change it afterwards under Change my password."), account.name))
        self.ui.secret_edit.setPlaceholderText(fill(self.tr(
            "at least %1 characters, or a PIN of %1 digits"), SECRET_MIN))
        self._edits = {"secret": self.ui.secret_edit, "repeated": self.ui.repeated_edit}
        self._errors = FieldErrors({
            "secret": (self.ui.secret_edit, self.ui.secret_error_label),
            "repeated": (self.ui.repeated_edit, self.ui.repeated_error_label),
        })
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.secret_edit.setFocus()

    def accept(self) -> None:
        """Save the new password, or say what is wrong and stay open."""
        try:
            self._accounts.reset_secret(self._account.id, self.ui.secret_edit.text(),
                                        self.ui.repeated_edit.text())
        except ValidationError as exc:
            show_field_errors(self._errors, exc.errors, self._edits)
            return
        except UserError as exc:
            logger.info("password not reset: %s", exc)
            messages.warn(self, str(exc))
            return
        super().accept()


# --- The list


class OperatorsDialog(QDialog):
    """The operators of these records, for an administrator.

    Add… (Ctrl+N), Change role… (or a double click), Disable/Enable and Reset password…
    act on the selected operator and save at once; what the rules refuse (the last
    administrator, oneself) is said in a message and nothing changes. Enter or Esc closes.

    Args:
        accounts: The accounts service.
        parent: The window.
        clock: Its zone shows the last log-ins; None: the PC's own zone.

    Signals:
        operators_changed: an operator was added or changed, so the log-in box can reload.
    """

    operators_changed = Signal()

    def __init__(self, accounts: AccountService, parent: QWidget | None = None, *,
                 clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OperatorsDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self._model = OperatorTableModel(clock.tz if clock else None, self)
        table = self.ui.operators_table
        table.setModel(self._model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OperatorTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setDefault(True)
        self.ui.add_button.setToolTip(self.tr("A new operator (Ctrl+N)"))
        self.ui.role_button.setToolTip(self.tr("Receptionist, cashier, supervisor or "
                                               "administrator"))
        self.ui.reset_button.setToolTip(self.tr("For an operator who forgot their password"))
        self._add_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self._add_shortcut.activated.connect(self.add_operator)
        self.ui.add_button.clicked.connect(self.add_operator)
        self.ui.role_button.clicked.connect(self.change_role)
        self.ui.active_button.clicked.connect(self.toggle_active)
        self.ui.reset_button.clicked.connect(self.reset_password)
        table.doubleClicked.connect(self.change_role)
        table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.ui.button_box.rejected.connect(self.reject)
        self.reload()
        table.setFocus()

    # --- Overridable for tests

    def _run(self, dialog: QDialog) -> bool:
        """Show a small dialog until it closes; True when it was accepted (tests drive it)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    # --- Reading

    def reload(self, select: int | None = None) -> None:
        """Read the operators again; the operator ``select`` (else the selected one, else
        the first) stays selected."""
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)
        try:
            rows = self._accounts.accounts()
        except UserError as exc:
            messages.warn(self, str(exc))
            rows = []
        self._model.set_rows(rows)
        row = self._model.row_of(keep)
        if row is None and rows:
            row = 0
        if row is not None:
            self.ui.operators_table.selectRow(row)
            self.ui.operators_table.setCurrentIndex(self._model.index(row, 0))
        self._update_buttons()

    def selected(self) -> AccountRow | None:
        """The operator the cursor is on, or None."""
        index = self.ui.operators_table.currentIndex()
        if not index.isValid() or index.row() >= self._model.rowCount():
            return None
        return self._model.row_at(index.row())

    def status(self) -> str:
        """What the last change did, as the line under the table says it."""
        return self.ui.status_label.text()

    # --- Actions

    def add_operator(self) -> None:
        """Ask for a new operator's name, role and password, and add them."""
        dialog = AddOperatorDialog(self._accounts, self)
        if not self._run(dialog) or dialog.added is None:
            return
        added = dialog.added
        self.reload(select=added.id)
        self._say(fill(self.tr("%1 added as %2: they can log in now."), added.name,
                       added.role.label()))

    def change_role(self) -> None:
        """Ask for the selected operator's new role and save it."""
        account = self.selected()
        if account is None:
            return
        dialog = OperatorRoleDialog(self._accounts, account, self)
        if not self._run(dialog) or dialog.changed is None:
            return
        self.reload(select=account.id)
        self._say(fill(self.tr("%1 is now %2."), account.name, dialog.changed.role.label()))

    def toggle_active(self) -> None:
        """Disable the selected operator (after asking) or enable them again."""
        account = self.selected()
        if account is None:
            return
        if account.active and not messages.ask(self, fill(self.tr(
                "Disable %1? They can no longer log in; the records they saved keep their "
                "name. You can enable them again later."), account.name)):
            return
        try:
            changed = self._accounts.set_active(account.id, not account.active)
        except UserError as exc:
            logger.info("operator not %s: %s", "disabled" if account.active else "enabled", exc)
            messages.warn(self, str(exc))
            self.reload(select=account.id)
            return
        self.reload(select=account.id)
        self._say(fill(self.tr("%1 is enabled: they can log in again.") if changed.active
                       else self.tr("%1 is disabled: they can no longer log in."),
                       account.name))

    def reset_password(self) -> None:
        """Give the selected operator a new password."""
        account = self.selected()
        if account is None:
            return
        if not self._run(ResetPasswordDialog(self._accounts, account, self)):
            return
        self.reload(select=account.id)
        self._say(fill(self.tr("New password set for %1."), account.name))

    # --- Helpers

    def _say(self, text: str) -> None:
        self.ui.status_label.setText(text)
        self.operators_changed.emit()

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.ui.role_button, self.ui.active_button, self.ui.reset_button):
            button.setEnabled(account is not None)
        active = account is None or account.active
        self.ui.active_button.setText(self.tr("&Disable") if active else self.tr("&Enable"))
        self.ui.active_button.setToolTip(
            self.tr("The operator can no longer log in; nothing is deleted") if active
            else self.tr("The operator can log in again"))


def open_operators(parent: QWidget | None, services: Services) -> OperatorsDialog | None:
    """Open the operators dialog (window-modal, not blocking) for an administrator; anyone
    else is told who may, and gets None."""
    operator = services.operator
    if not operator.may(Action.MANAGE_OPERATORS):
        role = operator.role.label() if operator.role else "-"
        messages.warn(parent, fill(QCoreApplication.translate(
            "OperatorsDialog",
            "Only an administrator may add operators, change their roles or passwords, or "
            "disable them. You are logged in as %1 (%2): ask the administrator."),
            operator.name, role))
        return None
    dialog = OperatorsDialog(services.accounts, parent, clock=services.clock)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
