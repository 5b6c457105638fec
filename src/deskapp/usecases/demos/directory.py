"""The demo building: units of a 12-floor tower and the usual departments."""

from __future__ import annotations

import random

from deskapp.domain.directory import DepartmentKind, DepartmentRow, DirectoryService, UnitRow
from deskapp.usecases.demos.people import COMPANIES, mobile, name


def load_directory(directory: DirectoryService, rng: random.Random) -> int:
    """Units and departments not yet in the directory; returns how many were added."""
    added = 0
    existing = {u.number for u in directory.units()}
    for floor in range(2, 14):
        for room in range(1, 7):
            number = f"{floor}{room:02d}"
            if number in existing:
                continue
            vacant = rng.random() < 0.12
            directory.save_unit(UnitRow(
                id=None, number=number, occupant="" if vacant else name(rng),
                company="" if vacant else rng.choice(COMPANIES[:-1]),
                phones="" if vacant else mobile(rng), occupied=not vacant,
                notes="空置，钥匙由前台保管" if vacant else ""))
            added += 1
    known = {d.name for d in directory.departments()}
    for dept, phone, kind in (("工程部", "8001", DepartmentKind.ENGINEERING),
                              ("安保部", "8002", DepartmentKind.SECURITY),
                              ("保洁部", "8003", DepartmentKind.CLEANING),
                              ("财务部", "8004", DepartmentKind.FINANCE),
                              ("招商部", "8005", DepartmentKind.LEASING),
                              ("客服中心", "8000", DepartmentKind.MANAGEMENT)):
        if dept not in known:
            directory.save_department(DepartmentRow(None, dept, phone, kind))
            added += 1
    return added
