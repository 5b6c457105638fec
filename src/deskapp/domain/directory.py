"""The building's directory: units and their occupants, and departments.

Every workspace looks hosts up here, with completion by text or pinyin initials.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from sqlalchemy import Engine
from sqlmodel import Session, select

from deskapp.db.engine import write_session
from deskapp.db.models import Department, Unit
from deskapp.domain import checks
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.fees import rounding
from deskapp.domain.phone import phone_problem, readable_phone
from deskapp.domain.pinyin import matches, search_key, sort_key
from deskapp.domain.text import clean_text, halfwidth
from deskapp.i18n import fill, translate

# Longest text each field keeps (the columns' widths; notes one line of 500).
UNIT_LIMITS = {"number": 32, "occupant": 100, "company": 200, "phones": 200, "notes": 500}
DEPARTMENT_LIMITS = {"name": 100, "phone": 100}
# A unit's area: at most 100,000 m² (in dm², as kept: 1 m² = 100 dm²).
MAX_AREA_DM2 = 100_000 * 100


class DepartmentKind(StrEnum):
    """Kinds of department the desk dispatches to."""

    ENGINEERING = "engineering"
    SECURITY = "security"
    CLEANING = "cleaning"
    FINANCE = "finance"
    LEASING = "leasing"
    MANAGEMENT = "management"

    def label(self) -> str:
        """The kind in the user's language."""
        return {
            DepartmentKind.ENGINEERING: translate("DepartmentKind", "Engineering"),
            DepartmentKind.SECURITY: translate("DepartmentKind", "Security"),
            DepartmentKind.CLEANING: translate("DepartmentKind", "Cleaning"),
            DepartmentKind.FINANCE: translate("DepartmentKind", "Finance"),
            DepartmentKind.LEASING: translate("DepartmentKind", "Leasing"),
            DepartmentKind.MANAGEMENT: translate("DepartmentKind", "Management"),
        }[self]


@dataclass(frozen=True)
class UnitRow:
    """A unit as the directory shows it."""

    id: int | None
    number: str
    occupant: str = ""
    company: str = ""
    phones: str = ""
    notes: str = ""
    occupied: bool = True
    # The floor area fees are charged on, in dm² (89.35 m² is 8935; 0: not known); given
    # as text it is m² as typed ("89.35"), and the directory keeps it in dm².
    area_dm2: int | str = 0

    @property
    def area_text(self) -> str:
        """The area in m² as typed and shown ("89.35"; "" when not known)."""
        if not isinstance(self.area_dm2, int) or self.area_dm2 <= 0:
            return ""
        return rounding.format_quantity(self.area_dm2)


@dataclass(frozen=True)
class DepartmentRow:
    """A department as the directory shows it."""

    id: int | None
    name: str
    phone: str = ""
    kind: DepartmentKind = DepartmentKind.MANAGEMENT


@dataclass(frozen=True)
class HostOption:
    """Someone a visitor, call or complaint can be about: a unit or a department."""

    kind: str  # "unit" | "department"
    id: int
    label: str
    key: str

    def matches(self, typed: str) -> bool:
        """Completion: every word typed appears in the label, text or pinyin."""
        return matches(self.key, typed)


@dataclass(frozen=True)
class HostContact:
    """How to reach a host from the counter: the directory's phones and the unit's notes."""

    label: str
    phones: str = ""
    notes: str = ""

    def text(self) -> str:
        """One line for the check-in form and the host-response dialog."""
        phones = ", ".join(readable_phone(p) for p in _split_phones(self.phones))
        parts = [fill(translate("Directory", "Phone: %1"), phones) if phones
                 else translate("Directory", "No phone in the directory")]
        if self.notes:
            parts.append(fill(translate("Directory", "Notes: %1"), self.notes))
        return " · ".join(parts)


@dataclass
class ImportReport:
    """What an import took and what it could not, row by row."""

    added: int = 0
    updated: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)


def unit_label(unit: UnitRow | Unit) -> str:
    """``1203 张三 (华为)``: how a unit reads as a host."""
    who = unit.occupant or unit.company
    text = f"{unit.number} {who}".strip()
    if unit.occupant and unit.company:
        text += f" ({unit.company})"
    return text


def _split_phones(phones: str) -> list[str]:
    return [p.strip() for p in phones.replace("，", ",").replace("/", ",").split(",") if p.strip()]


def unit_number(typed: str) -> str:
    """A unit number as the directory keeps it: full-width characters as ASCII, cleaned."""
    return clean_text(halfwidth(typed))


def validate_unit(row: UnitRow) -> UnitRow:
    """The unit as the directory keeps it (text cleaned), or ValidationError naming each bad
    field: text that is not text or too long, digits other than 0-9 in the number, a bad
    phone."""
    errors: dict[str, str] = {}
    number = unit_number(checks.raw_text(errors, "number", row.number))
    text = {name: checks.text(errors, name, getattr(row, name), limit)
            for name, limit in UNIT_LIMITS.items() if name != "number"}
    occupied = checks.flag(errors, "occupied", row.occupied)
    area = area_dm2(errors, "area_dm2", row.area_dm2)
    if not number:
        errors.setdefault("number", translate("Directory", "Enter the unit number."))
    elif len(number) > UNIT_LIMITS["number"]:
        errors.setdefault("number", checks.too_long_message(UNIT_LIMITS["number"]))
    elif checks.has_foreign_digits(number):
        errors.setdefault("number", checks.foreign_digits_message())
    phones = _split_phones(text["phones"])
    text["phones"] = ", ".join(phones)
    if len(text["phones"]) > UNIT_LIMITS["phones"]:
        errors.setdefault("phones", checks.too_long_message(UNIT_LIMITS["phones"]))
    for phone in phones:
        if problem := phone_problem(phone):
            errors.setdefault("phones", problem)
            break
    if errors:
        raise ValidationError(errors)
    return replace(row, number=number, occupied=occupied, area_dm2=area, **text)


def area_message() -> str:
    """How a unit's area is given."""
    return fill(translate("Directory", "Give the area in m², from 0 to %1, e.g. 89.35."),
                MAX_AREA_DM2 // 100)


def area_dm2(errors: dict[str, str], field: str, value: object) -> int:
    """A unit's area: dm² (an int), or m² typed ("89.35", "" for not known)."""
    if isinstance(value, str):
        if not value.strip():
            return 0
        try:
            value = rounding.parse_quantity(value, maximum=MAX_AREA_DM2)
        except ValueError:
            errors.setdefault(field, area_message())
            return 0
    if not checks.is_whole_number(value) or not 0 <= value <= MAX_AREA_DM2:  # type: ignore[operator]
        errors.setdefault(field, area_message())
        return 0
    return value  # type: ignore[return-value]


def validate_department(row: DepartmentRow) -> DepartmentRow:
    """The department as the directory keeps it (text cleaned), or ValidationError naming
    each bad field."""
    errors: dict[str, str] = {}
    name = checks.text(errors, "name", row.name, DEPARTMENT_LIMITS["name"])
    phone = checks.text(errors, "phone", row.phone, DEPARTMENT_LIMITS["phone"])
    kind = checks.choice(errors, "kind", row.kind, DepartmentKind)
    if not name:
        errors.setdefault("name", translate("Directory", "Enter the department's name."))
    if checks.has_foreign_digits(phone):  # an extension such as 8001, or a full number
        errors.setdefault("phone", checks.foreign_digits_message())
    if errors or kind is None:
        raise ValidationError(errors)
    return replace(row, name=name, phone=phone, kind=kind)


class DirectoryService:
    """Reads and edits units and departments; one transaction per write."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # --- Units
    def units(self) -> list[UnitRow]:
        """All units, by number."""
        with Session(self._engine) as session:
            return [_unit_row(u) for u in session.exec(select(Unit).order_by(Unit.number))]

    def unit(self, unit_id: int) -> UnitRow:
        """One unit."""
        with Session(self._engine) as session:
            unit = session.get(Unit, checks.record_id(unit_id) or 0)
            if unit is None:
                raise NotFound(translate("Directory", "This unit is no longer in the directory."))
            return _unit_row(unit)

    def save_unit(self, row: UnitRow) -> UnitRow:
        """Add a unit (id None) or change one; unit numbers stay unique."""
        row = validate_unit(row)
        number = row.number
        with write_session(self._engine) as session:
            clash = session.exec(select(Unit).where(Unit.number == number)).first()
            if clash is not None and clash.id != row.id:
                raise ValidationError({"number": translate(
                    "Directory", "This unit number is already in the directory.")})
            unit = (session.get(Unit, checks.record_id(row.id) or 0) if row.id
                    else Unit(number=number))
            if unit is None:
                raise NotFound(translate("Directory", "This entry is no longer in the directory."))
            _fill_unit(unit, row)
            session.add(unit)
            session.commit()
            return _unit_row(unit)

    # --- Departments
    def departments(self) -> list[DepartmentRow]:
        """All departments, by the pinyin of their names."""
        with Session(self._engine) as session:
            departments = session.exec(select(Department)).all()
        departments = sorted(departments, key=lambda d: sort_key(d.name, d.search_key))
        return [_dept_row(d) for d in departments]

    def save_department(self, row: DepartmentRow) -> DepartmentRow:
        """Add a department (id None) or change one; names stay unique."""
        row = validate_department(row)
        name = row.name
        with write_session(self._engine) as session:
            clash = session.exec(select(Department).where(Department.name == name)).first()
            if clash is not None and clash.id != row.id:
                raise ValidationError(
                    {"name": translate("Directory", "This department is already in the directory.")}
                )
            dept = (session.get(Department, checks.record_id(row.id) or 0) if row.id
                    else Department(name=name))
            if dept is None:
                raise NotFound(translate("Directory", "This entry is no longer in the directory."))
            dept.name, dept.phone, dept.kind = name, row.phone, DepartmentKind(row.kind).value
            dept.search_key = search_key(name, dept.phone)
            session.add(dept)
            session.commit()
            return _dept_row(dept)

    # --- Lookup
    def host_options(self) -> list[HostOption]:
        """Every unit and department, for completion in every workspace."""
        # Plain columns, not ORM objects: every workspace's host box reads the whole
        # directory at start, and thousands of units as objects took a fifth of a second
        # each time.
        with Session(self._engine) as session:
            units = session.exec(select(Unit.id, Unit.number, Unit.occupant, Unit.company,
                                        Unit.search_key).order_by(Unit.number)).all()
            depts = sorted(session.exec(select(Department)).all(),
                           key=lambda d: sort_key(d.name, d.search_key))
        options = [HostOption("unit", u.id, unit_label(u), u.search_key)  # type: ignore[arg-type]
                   for u in units if u.id]
        options += [
            HostOption("department", d.id, d.name, d.search_key) for d in depts if d.id
        ]
        return options

    def match_host(self, text: str) -> tuple[HostOption | None, str | None]:
        """The directory entry ``text`` names, or why it cannot stand as a host.

        An entry is named by its label, a unit number, a department name, or as the one
        entry matching every word typed. Text half-matching several entries must be chosen
        from the list (the problem says so); text matching none is someone not listed.
        """
        text = text.strip()
        if not text:
            return None, None
        # A unit's number or label, or a department's name: two index lookups. Every
        # check-in names its host, and reading a directory of thousands of units for each
        # save cost a tenth of a second.
        first = text.split()[0]
        with Session(self._engine) as session:
            unit = session.exec(select(Unit).where(Unit.number == first)).first()
            dept = session.exec(select(Department).where(Department.name == text)).first()
        if unit is not None and unit.id and text in (unit.number, unit_label(unit)):
            return HostOption("unit", unit.id, unit_label(unit), unit.search_key), None
        if dept is not None and dept.id:
            return HostOption("department", dept.id, dept.name, dept.search_key), None
        options = self.host_options()
        for option in options:
            if option.label == text:
                return option, None
        found = [o for o in options if o.matches(text)]
        if len(found) == 1:
            return found[0], None
        if found:
            return None, translate("Directory",
                                   "Several directory entries match; choose one from the list.")
        return None, None

    def host_contact(self, *, unit_id: int | None = None,
                     department_id: int | None = None) -> HostContact | None:
        """The phones and notes of a unit or department host; None when it is not listed."""
        with Session(self._engine) as session:
            if unit_id is not None:
                unit = session.get(Unit, checks.record_id(unit_id) or 0)
                if unit is not None:
                    return HostContact(unit_label(unit), unit.phones, unit.notes)
            if department_id is not None:
                dept = session.get(Department, checks.record_id(department_id) or 0)
                if dept is not None:
                    return HostContact(dept.name, dept.phone)
        return None

    def find_hosts(self, typed: str, limit: int = 20) -> list[HostOption]:
        """Hosts whose label, text or pinyin contains every word typed."""
        return [o for o in self.host_options() if o.matches(typed)][:limit]

    # --- Import
    def import_units(self, rows: Iterable[tuple[int, dict[str, str]]]) -> ImportReport:
        """Add or update units from sheet rows ``(row_number, {column: text})``.

        Good rows are saved together in one transaction; each bad row is reported with its
        row number and reason and is not saved.
        """
        report = ImportReport()
        with write_session(self._engine) as session:
            existing = {u.number: u for u in session.exec(select(Unit))}
            for row_no, values in rows:
                number = values.get("number", "")
                if not isinstance(number, str):
                    report.rejected.append((row_no, checks.not_text_message()))
                    continue
                number = unit_number(number)
                unit = existing.get(number)
                # A column the sheet lacks keeps what the directory already holds.
                base = _unit_row(unit) if unit is not None else UnitRow(id=None, number=number)
                row = UnitRow(
                    id=base.id, number=number,
                    occupant=_cell(values, "occupant", base.occupant),
                    company=_cell(values, "company", base.company),
                    phones=_cell(values, "phones", base.phones),
                    notes=_cell(values, "notes", base.notes),
                    occupied=(_parse_occupied(values["occupied"]) if "occupied" in values
                              else base.occupied),
                    # m² as written; an empty cell keeps what the directory holds
                    area_dm2=values.get("area") or base.area_dm2,
                )
                try:
                    row = validate_unit(row)
                except ValidationError as exc:
                    report.rejected.append((row_no, "; ".join(exc.errors.values())))
                    continue
                if unit is None:
                    unit = Unit(number=row.number)
                    existing[row.number] = unit
                    report.added += 1
                elif _unit_row(unit) != row:
                    report.updated += 1
                _fill_unit(unit, row)
                session.add(unit)
            session.commit()
        return report


def _cell(values: dict[str, str], key: str, current: str) -> str:
    # As given (validate_unit checks and cleans it); a column the sheet lacks keeps ``current``.
    return values.get(key, current)


UNIT_IMPORT_HEADERS: dict[str, Sequence[str]] = {
    # column → header spellings accepted in the sheet (Chinese and English)
    "number": ("房号", "单元", "unit", "unit number", "number"),
    "occupant": ("业主", "住户", "姓名", "occupant", "name"),
    "company": ("公司", "单位", "company"),
    "phones": ("电话", "联系电话", "phone", "phones"),
    "notes": ("备注", "notes", "note"),
    "occupied": ("状态", "入住", "occupied", "status"),
    "area": ("面积", "建筑面积", "计费面积", "area", "area (m²)", "面积(m²)", "面积（㎡）"),
}


def _parse_occupied(value: object) -> bool:
    text = str(value or "").strip().lower()
    return text not in {"空置", "vacant", "no", "否", "0", "false"}


def _fill_unit(unit: Unit, row: UnitRow) -> None:
    unit.number = row.number.strip()
    unit.occupant = row.occupant.strip()
    unit.company = row.company.strip()
    unit.phones = ", ".join(_split_phones(row.phones))
    unit.notes = row.notes.strip()
    unit.occupied = row.occupied
    assert isinstance(row.area_dm2, int)
    unit.area_dm2 = row.area_dm2
    unit.search_key = search_key(unit.number, unit.occupant, unit.company)


def _unit_row(u: Unit) -> UnitRow:
    return UnitRow(u.id, u.number, u.occupant, u.company, u.phones, u.notes, u.occupied,
                   u.area_dm2)


def _dept_row(d: Department) -> DepartmentRow:
    try:
        kind = DepartmentKind(d.kind)
    except ValueError:
        kind = DepartmentKind.MANAGEMENT
    return DepartmentRow(d.id, d.name, d.phone, kind)
