"""Key sets and loans for the key custody tests: what the desk keeps on an ordinary day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QDialog

from deskapp.bootstrap import Services
from deskapp.domain.directory import UnitRow
from deskapp.domain.keys.records import (
    AuthorisedInput,
    DepositInput,
    IssueInput,
    KeyKind,
    KeySetInput,
    LoanPurpose,
)
from deskapp.domain.keys.rows import KeySetRow, LoanRow

ID_WANG = "11010519491231002X"  # GB 11643's own example: a valid check digit
ID_ZHAO = "310101198506121231"


def staff_the_desk(services: Services) -> Services:
    """A receptionist on duty and the units the keys open."""
    services.operator.hand_over("Wang Fang")
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为技术有限公司"))
    services.directory.save_unit(UnitRow(None, "1505", "", ""))
    services.directory.save_unit(UnitRow(None, "1801", "", ""))
    return services


def entrusted_set(services: Services, hook: str = "A-1", keys: int = 2) -> KeySetRow:
    """1203's keys, left by the owner 李四 for 王小明 (tenant) and 张师傅 (decorator)."""
    return services.keys.register(
        KeySetInput("1203", KeyKind.ENTRUSTED, keys, hook, notes="大门钥匙和信箱钥匙"),
        DepositInput("李四", "13800138000", authorised_until=dt.date(2027, 5, 31),
                     note="业主出国期间托管", authorised=(
                         AuthorisedInput("王小明", "租户", "13900139000", id_number=ID_WANG),
                         AuthorisedInput("张师傅", "装修工人", "13700137000",
                                         valid_until=dt.date(2026, 12, 31)))))


def vacant_set(services: Services, unit: str = "1505", hook: str = "A-2",
               keys: int = 3) -> KeySetRow:
    """The keys of an empty unit, lent on the management's authority."""
    return services.keys.register(KeySetInput(unit, KeyKind.VACANT, keys, hook))


def lend(services: Services, key_set: KeySetRow, borrower: str = "赵六",
         hours: float = 3) -> LoanRow:
    """The set signed out to an estate agent, on the management's authority (or, for
    entrusted keys, to 王小明 of the owner's list)."""
    if key_set.kind is KeyKind.ENTRUSTED:
        data = IssueInput(key_set.id, "王小明", services.clock.now() + dt.timedelta(hours=hours),
                          phone="13900139000", id_number=ID_WANG, purpose=LoanPurpose.REPAIR)
    else:
        data = IssueInput(key_set.id, borrower, services.clock.now() + dt.timedelta(hours=hours),
                          phone="13600136000", id_number=ID_ZHAO, company="链家地产",
                          purpose=LoanPurpose.VIEWING, authorised_by="物业经理")
    return services.keys.issue(data)


def shown(qtbot, dialog: QDialog) -> QDialog:
    """Show ``dialog`` as the active window, as the window manager would."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    return dialog
