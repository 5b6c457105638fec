"""Who is in the building now: the evacuation list 在场访客名单 for a fire drill or an alarm.

Every visit without a time out, from every counter and every day, voided ones left out,
ordered the way a warden walks the building: floor by floor and unit by unit, then the
departments, then hosts typed as free text. The rows carry what a roll call needs (name,
party size, company, host, time in and the phone to reach them) and never an ID number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db.models import Department, Unit, Visit
from deskapp.domain import pinyin
from deskapp.domain.clock import Clock
from deskapp.domain.text import halfwidth
from deskapp.i18n import fill, translate

# Highest floor a unit number is read as; a longer run of digits is a shop or a code.
MAX_FLOOR = 200

_BASEMENT = re.compile(r"(?:B|地下|负)([0-9]{1,2})(?![0-9])")  # B1-02, B2, 地下1层
_LEVEL = re.compile(r"L([0-9]{1,3})(?![0-9])")  # a mall's L3-12
_FLOOR_MARK = re.compile(r"([0-9]{1,3})(?:F|层|楼)")  # 12F-03, 12层03
_DIGITS = re.compile(r"[0-9]+")


def floor_of(unit_number: str) -> int | None:
    """The floor a unit number names, negative below ground, or None when it names none.

    ``1203`` → 12 and ``803`` → 8 (a room number of three or more digits carries its floor
    in all but the last two); ``12F-03`` → 12; ``B1-02`` → -1; ``A-1203`` → 12 (tower A);
    ``3-201`` → 2 (building 3, room 201); ``12-03`` → 12 (floor 12, room 03); ``L3-12`` → 3.
    A number such as ``A05`` or ``商铺`` names no floor.
    """
    text = halfwidth(unit_number).strip().upper()
    if found := _BASEMENT.match(text):
        floor = -int(found.group(1))
    elif found := (_LEVEL.match(text) or _FLOOR_MARK.search(text)):
        floor = int(found.group(1))
    else:
        runs = _DIGITS.findall(text)
        if not runs:
            return None
        if len(runs[-1]) >= 3:
            floor = int(runs[-1][:-2])
        elif len(runs) >= 2:
            floor = int(runs[-2])
        else:
            return None
    return floor if floor != 0 and abs(floor) <= MAX_FLOOR else None


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sorts ``2-05`` before ``12-01`` and ``B1-02`` before ``B1-10``: digit runs as numbers."""
    parts = re.split(r"([0-9]+)", halfwidth(text).casefold())
    return tuple((0, int(p)) if p.isascii() and p.isdigit() else (1, p) for p in parts if p)


class HostGroupKind(IntEnum):
    """The sections of the list, in print order."""

    FLOOR = 0  # a unit whose number names its floor
    UNIT = 1  # a unit in the directory whose number names no floor
    DEPARTMENT = 2  # a department of the management office
    OTHER = 3  # a host typed as free text, not in the directory


@dataclass(frozen=True, order=True)
class HostGroup:
    """One section of the list: a floor, or one of the groups after the floors."""

    kind: HostGroupKind
    floor: int = 0  # for FLOOR only

    def label(self) -> str:
        """The section's heading in the user's language: ``12F``, ``B1``, ``Departments``."""
        if self.kind is HostGroupKind.FLOOR:
            if self.floor < 0:
                return fill(translate("OnSiteList", "Basement %1"), -self.floor)
            return fill(translate("OnSiteList", "Floor %1"), self.floor)
        return {
            HostGroupKind.UNIT: translate("OnSiteList", "Other units"),
            HostGroupKind.DEPARTMENT: translate("OnSiteList", "Management departments"),
            HostGroupKind.OTHER: translate("OnSiteList", "Hosts not in the directory"),
        }[self.kind]


def host_group(unit_number: str | None, department: str | None) -> HostGroup:
    """The section a visit belongs to, from its host's unit number or department."""
    if unit_number is not None:
        floor = floor_of(unit_number)
        return (HostGroup(HostGroupKind.FLOOR, floor) if floor is not None
                else HostGroup(HostGroupKind.UNIT))
    if department is not None:
        return HostGroup(HostGroupKind.DEPARTMENT)
    return HostGroup(HostGroupKind.OTHER)


@dataclass(frozen=True)
class OnSiteRow:
    """One visit in the building now, as the roll call reads it (no ID number)."""

    visit_id: int
    pass_no: str
    name: str
    company: str
    phone: str
    party_size: int
    time_in: dt.datetime
    host_label: str  # as recorded at check-in: "1203 张三 (华为)", "工程部", free text
    group: HostGroup
    unit_number: str = ""  # the host unit's number in the directory, if a unit
    department: str = ""  # the host department's name, if a department

    def sort_key(self) -> tuple[object, ...]:
        """Section, then unit number (or department or host text, by pinyin), then arrival."""
        if self.unit_number:
            within = natural_key(self.unit_number)
        else:
            named = self.department or self.host_label
            within = natural_key(" ".join((*pinyin.readings(named)[:1], named)))
        return (self.group, within, self.time_in, self.visit_id)


@dataclass(frozen=True)
class OnSiteSnapshot:
    """The list as it stood at ``taken_at``: rows in walking order, and the totals."""

    taken_at: dt.datetime
    rows: tuple[OnSiteRow, ...]

    @property
    def visits(self) -> int:
        """How many visits are open."""
        return len(self.rows)

    @property
    def people(self) -> int:
        """How many people those visits brought (a visit's party may be several)."""
        return sum(r.party_size for r in self.rows)

    def groups(self) -> Iterator[tuple[HostGroup, tuple[OnSiteRow, ...]]]:
        """Each section with its rows, in print order (empty sections left out)."""
        start = 0
        for end in range(1, len(self.rows) + 1):
            if end == len(self.rows) or self.rows[end].group != self.rows[start].group:
                yield self.rows[start].group, self.rows[start:end]
                start = end


class OnSiteList:
    """Reads who is on site now (a part the visitor log exposes)."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    def rows(self) -> list[OnSiteRow]:
        """Every open visit, voided ones left out, in walking order (see the module)."""
        # The partial index ix_visit_on_site holds exactly the visits without a time out,
        # so this reads the few people inside, never the years of history.
        stmt = (
            select(Visit.id, Visit.pass_no, Visit.name, Visit.company, Visit.phone,
                   Visit.party_size, Visit.time_in, Visit.host_label, Unit.number,
                   Department.name)
            .outerjoin(Unit, col(Unit.id) == col(Visit.host_unit_id))
            .outerjoin(Department, col(Department.id) == col(Visit.host_department_id))
            .where(col(Visit.time_out).is_(None), col(Visit.voided_at).is_(None))
            .order_by(col(Visit.time_in), col(Visit.id))
        )
        with Session(self._engine) as session:
            found = session.exec(stmt).all()
        rows = [
            OnSiteRow(visit_id=visit_id, pass_no=pass_no, name=name, company=company,
                      phone=phone, party_size=party, time_in=time_in, host_label=host,
                      group=host_group(unit, department), unit_number=unit or "",
                      department=department or "")
            for (visit_id, pass_no, name, company, phone, party, time_in, host, unit,
                 department) in found
        ]
        return sorted(rows, key=OnSiteRow.sort_key)

    def snapshot(self) -> OnSiteSnapshot:
        """The list now, stamped with the time it was read."""
        taken_at = self._clock.now()
        return OnSiteSnapshot(taken_at, tuple(self.rows()))
