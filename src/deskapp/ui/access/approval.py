"""Approval in place: a supervisor at the same counter types their name and password.

Call sites ask before they act::

    try:
        approval = approval_for(self, services.accounts, services.operator, Action.VOID_RECORD)
    except ApprovalDeclined:
        return
    corrections.void(visit_id, reason, approval)

No dialog appears when the operator on duty may do the action themselves (``None`` is
returned); a role that may not, even with approval, gets a message instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from deskapp.domain.accounts import AccountService, LoginRefused
from deskapp.domain.operators import ApprovalNeeded, NotAllowed, Operator
from deskapp.domain.roles import PERMISSIONS, Action, Approval, Role, may_approve
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.login import offer_names
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_approval_dialog import Ui_ApprovalDialog

T = TypeVar("T")


class ApprovalDeclined(Exception):  # noqa: N818 (a decision, not a fault)
    """No approval: the dialog was cancelled, or the role may not do this at all (the
    receptionist has been told)."""


class ApprovalDialog(QDialog):
    """Asks a supervisor for their name and password to approve ``action``.

    OK (Enter) checks them (see ``approval``); a refusal is said under the fields and the
    dialog stays open; Esc cancels.
    """

    def __init__(self, accounts: AccountService, action: Action, *,
                 approvers: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._action = action
        self.approval: Approval | None = None
        self.ui = Ui_ApprovalDialog()
        self.ui.setupUi(self)
        ui = self.ui
        only_administrators = PERMISSIONS[action].roles <= {Role.ADMINISTRATOR}
        ui.intro_label.setText(fill(self.tr(
            "An administrator must approve this: %1.\nThe record will name you both.")
            if only_administrators else self.tr(
            "A supervisor must approve this: %1.\nThe record will name you both."),
            action.label()))
        self._errors = FieldErrors({}, fallback=ui.error_label)  # a refusal, in words
        if approvers:
            offer_names(ui.name_edit, approvers)
            ui.name_edit.setPlaceholderText(self.tr(", ", "between the names of a list").join(
                approvers[:3]))
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Approve"))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.name_edit.setFocus()

    def accept(self) -> None:
        """Check the supervisor's name and password."""
        ui = self.ui
        try:
            self.approval = self._accounts.approve(ui.name_edit.text(), ui.secret_edit.text(),
                                                   self._action)
        except LoginRefused as exc:
            ui.secret_edit.clear()
            self._errors.show({"": str(exc)})
            ui.secret_edit.setFocus()
            return
        ui.secret_edit.clear()
        super().accept()


def approval_for(parent: QWidget, accounts: AccountService, operator: Operator,
                 action: Action) -> Approval | None:
    """What ``action`` needs before the service is called: None when the operator on duty
    may do it, else a supervisor's approval asked for in place.

    Raises:
        ApprovalDeclined: cancelled, or not allowed to this role at all (told in a message).
    """
    if operator.may(action):
        return None
    if not PERMISSIONS[action].approvable:
        messages.warn(parent, str(NotAllowed(action, operator.role)))
        raise ApprovalDeclined()
    approvers = [a.name for a in accounts.accounts(include_disabled=False)
                 if may_approve(a.role, action) and a.id != operator.account_id]
    dialog = ApprovalDialog(accounts, action, approvers=approvers, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.approval is None:
        raise ApprovalDeclined()
    return dialog.approval


class Approver:
    """Approval in place for the widgets of one window: asks before an action
    (:meth:`ask`), or when the service says a supervisor is needed (:meth:`run`)."""

    def __init__(self, accounts: AccountService, operator: Operator) -> None:
        self._accounts = accounts
        self._operator = operator

    def ask(self, parent: QWidget, action: Action) -> Approval | None:
        """See :func:`approval_for`."""
        return approval_for(parent, self._accounts, self._operator, action)

    def run(self, parent: QWidget, call: Callable[[Approval | None], T]) -> T:
        """``call(None)``; when the service answers that a supervisor must approve, ask
        for the approval in place and call again with it.

        Raises:
            ApprovalDeclined: the approval was not given (the user knows why).
        """
        try:
            return call(None)
        except ApprovalNeeded as needed:
            approval = self.ask(parent, needed.action)
        return call(approval)
