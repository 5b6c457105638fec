"""Who works at which counter now, in which role: every record saved is signed with the
operator's name and the counter's, and what needs a supervisor is checked here.

The window logs an operator in (:mod:`deskapp.domain.accounts`) and hands the services
this object the way it hands them the clock, so the signature is taken inside the saving
transaction, never filled in by a widget. A command run without the window acts with no
role (:func:`deskapp.domain.roles.may`): whoever can run programs on the data file's
computer. The counter's name is this PC's own setting (several counters may share one
database).
"""

from __future__ import annotations

from deskapp.domain.errors import DomainError
from deskapp.domain.roles import PERMISSIONS, Action, Approval, Role, may, may_approve
from deskapp.domain.text import clean_text
from deskapp.i18n import fill, translate

NAME_LIMIT = 50


def desk_name(value: object) -> str:
    """A counter's name as records carry it: one line, trimmed, at most 50 characters."""
    return clean_text(value if isinstance(value, str) else "")[:NAME_LIMIT]


class ApprovalNeeded(DomainError):
    """The operator's role does not allow the action, but a supervisor may approve it in
    place; the window asks for their name and password and tries again."""

    def __init__(self, action: Action) -> None:
        super().__init__(fill(translate(
            "Operators", "A supervisor must approve this: %1."), action.label()))
        self.action = action


class NotAllowed(DomainError):
    """The operator's role does not allow the action, and no approval can change that."""

    def __init__(self, action: Action, role: Role | None) -> None:
        super().__init__(fill(translate(
            "Operators", "Your role (%1) may not %2."),
            role.label() if role else "-", action.label()))
        self.action = action


class Operator:
    """The operator on duty at the counter ``desk``; both sign each record.

    ``""`` stands for "not set": a single counter may have no name, and a command run
    without the window signs with no operator's name. ``role`` None is such a command.
    """

    def __init__(self, name: str = "", desk: str = "", role: Role | None = None) -> None:
        self._name = ""
        self._desk = ""
        self._role = role
        self.account_id: int | None = None
        self.hand_over(name, role)
        self.move_to(desk)

    @property
    def name(self) -> str:
        """The name records are signed with."""
        return self._name

    @property
    def role(self) -> Role | None:
        """What the operator may do (None: a command run without the window)."""
        return self._role

    def hand_over(self, name: str, role: Role | None = None,
                  account_id: int | None = None) -> None:
        """Another operator takes over the counter (a log-in or a shift change)."""
        self._name = clean_text(name if isinstance(name, str) else "")[:NAME_LIMIT]
        self._role = role
        self.account_id = account_id

    @property
    def desk(self) -> str:
        """The counter records are saved at (``""`` for an unnamed single counter)."""
        return self._desk

    def move_to(self, desk: str) -> None:
        """The counter was (re)named on this PC."""
        self._desk = desk_name(desk)

    def signature(self) -> dict[str, str]:
        """The columns every record saved now carries: ``created_by`` and ``desk``."""
        return {"created_by": self._name, "desk": self._desk}

    def may(self, action: Action) -> bool:
        """Whether the operator may do ``action`` without anyone's approval."""
        return may(self._role, action)

    def authorise(self, action: Action, approval: Approval | None = None) -> str:
        """Check that ``action`` may go ahead; returns the approving supervisor's name
        (``""`` when the operator may do it themselves), which the audit trail records.

        Raises:
            ApprovalNeeded: a supervisor's approval is missing (or is for another action).
            NotAllowed: the role may not, and no approval helps.
        """
        if may(self._role, action):
            return ""
        if not PERMISSIONS[action].approvable:
            raise NotAllowed(action, self._role)
        if approval is not None and approval.action is action \
                and may_approve(approval.role, action):
            return approval.name
        raise ApprovalNeeded(action)
