"""The demo building: units of a 12-floor tower with their areas, and the usual departments."""

from __future__ import annotations

import random

from deskapp.domain.directory import DepartmentKind, DepartmentRow, DirectoryService, UnitRow
from deskapp.usecases.demos.people import COMPANIES, mobile, name

# The floor plan, the same on every floor: room → floor area in dm² (fees are charged on
# it): a corner suite, two mid-sized offices, three small ones.
FLOOR_PLAN_DM2 = {1: 38640, 2: 21560, 3: 12855, 4: 9620, 5: 6275, 6: 15280}


def demo_area_dm2(number: str) -> int:
    """The floor area of the demo unit ``number`` (0 for a unit not of the demo's plan)."""
    if not number.isascii() or not number.isdigit() or len(number) < 3:
        return 0
    return FLOOR_PLAN_DM2.get(int(number[-2:]), 0)


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
                notes="空置，钥匙由前台保管" if vacant else "", area_dm2=demo_area_dm2(number)))
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
