"""Who may do what at the counter: one table (:data:`PERMISSIONS`), and approval in place.

Some actions a receptionist may still carry out when a supervisor, standing at the same
counter, types their own name and password into a small dialog (:class:`Approval`); the
action is then recorded with both names. Others need the role itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from deskapp.i18n import translate


class Role(StrEnum):
    """An operator's role (stored as its value)."""

    RECEPTIONIST = "receptionist"
    CASHIER = "cashier"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"

    def label(self) -> str:
        """The role in the user's language."""
        return {
            Role.RECEPTIONIST: translate("Role", "Receptionist"),
            Role.CASHIER: translate("Role", "Cashier"),
            Role.SUPERVISOR: translate("Role", "Supervisor"),
            Role.ADMINISTRATOR: translate("Role", "Administrator"),
        }[self]


class Action(StrEnum):
    """What the table of permissions is about."""

    WORK_AT_COUNTER = "work_at_counter"  # check in, log calls, print, export the day
    TAKE_PAYMENTS = "take_payments"  # take money and issue receipts
    WAIVE_FEES = "waive_fees"  # 减免: part or all of a charge let go
    REFUND_DEPOSIT = "refund_deposit"  # give a deposit back, deductions signed off
    RELEASE_WITH_ARREARS = "release_with_arrears"  # a goods release pass for a unit owing
    VOID_RECORD = "void_record"
    CORRECT_RECORD = "correct_record"
    EDIT_SCREENING_LISTS = "edit_screening_lists"  # the deny list and the watch list
    REVEAL_ID_NUMBER = "reveal_id_number"
    PURGE_PERSONAL_DATA = "purge_personal_data"
    RESTORE_BACKUP = "restore_backup"
    CHANGE_RATES = "change_rates"  # charge items and their unit prices
    CHANGE_SHARED_SETTINGS = "change_shared_settings"  # organisation, privacy, rules
    VIEW_AUDIT_TRAIL = "view_audit_trail"
    MANAGE_OPERATORS = "manage_operators"
    SET_DEADLINES = "set_deadlines"  # how long a request of each severity and kind may take
    EDIT_CALENDAR = "edit_calendar"  # holidays and weekends worked in exchange

    def label(self) -> str:
        """What the receptionist is about to do, as an approval dialog says it."""
        return {
            Action.WORK_AT_COUNTER: translate("Action", "work at the counter"),
            Action.TAKE_PAYMENTS: translate("Action", "take payments"),
            Action.WAIVE_FEES: translate("Action", "waive fees"),
            Action.REFUND_DEPOSIT: translate("Action", "refund a deposit"),
            Action.RELEASE_WITH_ARREARS: translate(
                "Action", "let goods out for a unit with arrears"),
            Action.VOID_RECORD: translate("Action", "void a record"),
            Action.CORRECT_RECORD: translate("Action", "correct a record"),
            Action.EDIT_SCREENING_LISTS: translate("Action",
                                                   "change the deny list or the watch list"),
            Action.REVEAL_ID_NUMBER: translate("Action", "show a full ID number"),
            Action.PURGE_PERSONAL_DATA: translate("Action", "purge old personal data"),
            Action.RESTORE_BACKUP: translate("Action", "restore a backup"),
            Action.CHANGE_RATES: translate("Action", "change rates"),
            Action.CHANGE_SHARED_SETTINGS: translate("Action",
                                                     "change the settings of every counter"),
            Action.VIEW_AUDIT_TRAIL: translate("Action", "view the audit trail"),
            Action.MANAGE_OPERATORS: translate("Action", "manage operators"),
            Action.SET_DEADLINES: translate("Action", "set the deadlines of requests"),
            Action.EDIT_CALENDAR: translate("Action", "change the holiday calendar"),
        }[self]


@dataclass(frozen=True)
class Rule:
    """Who may do an action themselves, and whether one of them may approve it in place
    for someone else."""

    roles: frozenset[Role]
    approvable: bool = False


_EVERYONE = frozenset(Role)
_SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})

# The one table of permissions.
PERMISSIONS: dict[Action, Rule] = {
    Action.WORK_AT_COUNTER: Rule(_EVERYONE),
    Action.TAKE_PAYMENTS: Rule(frozenset({Role.CASHIER, *_SUPERVISORS}), approvable=True),
    Action.WAIVE_FEES: Rule(_SUPERVISORS, approvable=True),
    Action.REFUND_DEPOSIT: Rule(_SUPERVISORS, approvable=True),
    Action.RELEASE_WITH_ARREARS: Rule(_SUPERVISORS, approvable=True),
    Action.VOID_RECORD: Rule(_SUPERVISORS, approvable=True),
    Action.CORRECT_RECORD: Rule(_SUPERVISORS, approvable=True),
    Action.EDIT_SCREENING_LISTS: Rule(_SUPERVISORS, approvable=True),
    Action.REVEAL_ID_NUMBER: Rule(_SUPERVISORS, approvable=True),
    Action.PURGE_PERSONAL_DATA: Rule(_SUPERVISORS, approvable=True),
    Action.RESTORE_BACKUP: Rule(_SUPERVISORS, approvable=True),
    Action.CHANGE_RATES: Rule(_SUPERVISORS, approvable=True),
    Action.CHANGE_SHARED_SETTINGS: Rule(_SUPERVISORS, approvable=True),
    Action.VIEW_AUDIT_TRAIL: Rule(_SUPERVISORS),
    Action.MANAGE_OPERATORS: Rule(frozenset({Role.ADMINISTRATOR})),
    Action.SET_DEADLINES: Rule(_SUPERVISORS, approvable=True),
    Action.EDIT_CALENDAR: Rule(frozenset({Role.ADMINISTRATOR}), approvable=True),
}


def may(role: Role | None, action: Action) -> bool:
    """Whether ``role`` may do ``action`` itself (None: a command run without a window,
    by whoever may run programs on the data file's computer)."""
    return role is None or role in PERMISSIONS[action].roles


def may_approve(role: Role, action: Action) -> bool:
    """Whether an operator of ``role`` may approve ``action`` for someone else."""
    rule = PERMISSIONS[action]
    return rule.approvable and role in rule.roles


@dataclass(frozen=True)
class Approval:
    """A supervisor's approval of one action, given in place with their own password.

    Made only by :meth:`deskapp.domain.accounts.AccountService.approve`, which checked the
    password and the role.
    """

    action: Action
    name: str
    role: Role
