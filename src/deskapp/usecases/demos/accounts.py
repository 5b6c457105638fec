"""The practice file's operators: one of each role, all with the same easy PIN.

They are made only on a file that has no operators yet (a demo file), so a newcomer can
log in, and try approval in place, without setting anything up.
"""

from __future__ import annotations

from deskapp.domain.accounts import AccountService
from deskapp.domain.roles import Role
from deskapp.i18n import fill, translate

DEMO_PIN = "1234"
DEMO_OPERATORS: tuple[tuple[str, Role], ...] = (
    ("王芳", Role.RECEPTIONIST),
    ("陈静", Role.CASHIER),
    ("李建国", Role.SUPERVISOR),
    ("管理员", Role.ADMINISTRATOR),
)


def add_demo_operators(accounts: AccountService) -> bool:
    """The demo operators, when the file has none; whether they were added."""
    if accounts.any_accounts():
        return False
    administrator = next(name for name, role in DEMO_OPERATORS if role is Role.ADMINISTRATOR)
    accounts.create_first_administrator(administrator, DEMO_PIN, DEMO_PIN)
    for name, role in DEMO_OPERATORS:
        if role is not Role.ADMINISTRATOR:
            accounts.add(name, role, DEMO_PIN, DEMO_PIN)
    return True


def demo_login_hint() -> str:
    """What the log-in dialog of the practice file says about its operators."""
    separator = translate("DemoOperators", ", ")
    who = separator.join(f"{name} ({role.label()})" for name, role in DEMO_OPERATORS)
    return fill(translate("DemoOperators", "Practice operators: %1. The PIN of each is %2."),
                who, DEMO_PIN)
