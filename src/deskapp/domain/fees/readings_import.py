"""Meter readings from a sheet (抄表数据导入), with a dry run: each row is checked as if
typed at the counter — the unit and the metered item by their names, the month, the day
read, the current reading and optionally the previous one, the multiplier and whether
the meter rolled over or was changed — and the report says what each row does, or would
do: a new reading with its usage and amount at the current price, or why it is refused.
The real run writes every good row in one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from deskapp.db.engine import write_session
from deskapp.db.fee_models import ChargeItem, MeterReading
from deskapp.db.models import Unit
from deskapp.domain.directory import unit_number
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.fees.billing import amount_of
from deskapp.domain.fees.billing_records import (
    ImportOutcome,
    ReadingImportLine,
    ReadingImportReport,
    ReadingInput,
    ReadingKind,
)
from deskapp.domain.fees.readings import MeterReadings
from deskapp.domain.fees.records import Pricing
from deskapp.domain.text import clean_text, halfwidth
from deskapp.i18n import fill, translate

READING_IMPORT_HEADERS: dict[str, Sequence[str]] = {
    # column → header spellings accepted in the sheet (Chinese and English); the first
    # names the header row
    "unit": ("房号", "单元", "unit", "unit number"),
    "item": ("收费项目", "项目", "表计", "item", "meter"),
    "period": ("月份", "抄表月份", "所属月份", "period", "month"),
    "read_on": ("抄表日期", "日期", "read on", "date"),
    "current": ("本期读数", "本月读数", "止数", "current", "current reading"),
    "previous": ("上期读数", "上月读数", "起数", "previous", "previous reading"),
    "multiplier": ("倍率", "multiplier"),
    "kind": ("类型", "抄表类型", "kind"),
    "rollover_at": ("满量程", "翻表值", "rollover at"),
    "old_meter_final": ("旧表止数", "old meter final"),
}

_KINDS = {
    "": ReadingKind.NORMAL, "normal": ReadingKind.NORMAL, "正常": ReadingKind.NORMAL,
    "rollover": ReadingKind.ROLLOVER, "翻表": ReadingKind.ROLLOVER,
    "回零": ReadingKind.ROLLOVER, "meter_change": ReadingKind.METER_CHANGE,
    "meterchange": ReadingKind.METER_CHANGE, "换表": ReadingKind.METER_CHANGE,
}
# 2026-11, 2026/11, 2026.11, 2026年11月 (a day after it, as a date cell reads, is ignored)
_MONTH = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:\s*[-/.]\s*\d{1,2}\s*日?)?", re.ASCII)
_DAY = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", re.ASCII)


class _Refused(Exception):
    """A row that cannot be read as a reading; the message says why."""


class ReadingImports(MeterReadings):
    """Readings from a sheet (a part of fee collection)."""

    def import_readings(self, rows: Iterable[tuple[int, dict[str, str]]], *,
                        dry_run: bool = True) -> ReadingImportReport:
        """Check the sheet's rows ``(row_number, {column: text})`` (columns as
        :data:`READING_IMPORT_HEADERS`); ``dry_run``: write nothing and report what each
        row would do; else write every good row in one transaction and report.

        A row is refused for an unknown unit or item, a month, day or figure that does
        not read, a reading lower than the meter's last (unless marked as a rollover or
        a meter change), a meter read for the month already, or the same meter and
        month twice in the sheet. Rows of one meter for successive months follow each
        other (the later one starts where the earlier ended).

        Raises:
            DomainError: another counter entered a reading of the sheet while it was
                written (nothing was written; a new dry run shows which).
        """
        rows = list(rows)
        try:
            with (Session(self._engine) if dry_run else write_session(self._engine)) as session:
                lines = self._import(session, rows, dry_run=dry_run)
                if not dry_run:
                    session.commit()
        except IntegrityError:
            raise DomainError(translate(
                "FeeCollection", "Another counter entered readings of this sheet meanwhile; "
                "nothing was imported. Check the sheet again.")) from None
        return ReadingImportReport(dry_run, tuple(lines))

    def _import(self, session: Session, rows: list[tuple[int, dict[str, str]]], *,
                dry_run: bool) -> list[ReadingImportLine]:
        units = {u.number: u for u in session.exec(select(Unit))}
        items = {i.name: i for i in session.exec(select(ChargeItem))}
        pending: list[MeterReading] = []
        seen: set[tuple[int, int, str]] = set()
        lines = []
        for row_no, values in rows:
            unit_text = clean_text(str(values.get("unit", "")))
            item_text = clean_text(str(values.get("item", "")))
            period_text = clean_text(str(values.get("period", "")))
            try:
                data = _reading_input(values, units, items)
                checked = self.check_reading(data)
                key = (checked.unit_id, checked.item_id, checked.period)
                if key in seen:
                    raise _Refused(translate(
                        "FeeCollection", "This meter and month are in the sheet twice."))
                mine = [r for r in pending if (r.unit_id, r.item_id) == key[:2]
                        and r.period < checked.period]
                reading, _unit, item = self._plan(
                    session, checked, earlier=max(mine, key=lambda r: r.period, default=None),
                    source="imported")
                amount = amount_of(reading.usage, item.unit_price)
            except ValidationError as exc:
                lines.append(_refused(row_no, unit_text, item_text, period_text,
                                      "; ".join(exc.errors.values())))
                continue
            except (_Refused, DomainError) as exc:
                lines.append(_refused(row_no, unit_text, item_text, period_text, str(exc)))
                continue
            seen.add(key)
            pending.append(reading)
            if not dry_run:
                session.add(reading)
                session.flush()
            lines.append(ReadingImportLine(
                row_no, unit_text, item_text, checked.period, ImportOutcome.NEW,
                current=reading.current, previous=reading.previous, usage=reading.usage,
                amount_fen=amount, reading_id=reading.id))
        return lines


def _refused(row_no: int, unit: str, item: str, period: str, reason: str) -> ReadingImportLine:
    return ReadingImportLine(row_no, unit, item, period, ImportOutcome.REFUSED, reason=reason)


def _reading_input(values: dict[str, str], units: dict[str, Unit],
                   items: dict[str, ChargeItem]) -> ReadingInput:
    """A sheet row as the reading the counter would type (figures still text)."""
    number = unit_number(str(values.get("unit", "")))
    unit = units.get(number)
    if unit is None:
        raise _Refused(fill(translate("FeeCollection", "Unit %1 is not in the directory."),
                            number) if number else translate(
            "FeeCollection", "The unit is missing."))
    name = clean_text(str(values.get("item", "")))
    item = items.get(name)
    if item is None or Pricing(item.pricing) is not Pricing.METERED or not item.active:
        raise _Refused(fill(translate(
            "FeeCollection", "No metered item still charged is named “%1”."), name))
    kind_text = "".join(halfwidth(str(values.get("kind", ""))).split()).casefold()
    kind = _KINDS.get(kind_text.replace("-", "_"))
    if kind is None:
        raise _Refused(fill(translate(
            "FeeCollection", "“%1” is not a kind of reading: leave it empty, or write "
            "rollover (翻表) or meter_change (换表)."), values.get("kind", "")))
    assert unit.id is not None and item.id is not None
    return ReadingInput(
        unit_id=unit.id, item_id=item.id, period=_month_text(values.get("period", "")),
        read_on=_day(values.get("read_on", "")),
        current=_figure(values, "current") or "", previous=_figure(values, "previous"),
        multiplier=_multiplier(values.get("multiplier", "")), kind=kind,
        rollover_at=_figure(values, "rollover_at"),
        old_meter_final=_figure(values, "old_meter_final"))


def _figure(values: dict[str, str], key: str) -> str | None:
    text = "".join(halfwidth(str(values.get(key, ""))).split())
    return text or None


def _month_text(value: object) -> str:
    text = halfwidth(str(value or "")).strip()
    match = _MONTH.fullmatch(text)
    if match is None:
        return text  # the service says what a month looks like
    return f"{int(match[1]):04d}-{int(match[2]):02d}"


def _day(value: object) -> dt.date:
    text = halfwidth(str(value or "")).strip()
    match = _DAY.fullmatch(text)
    if match is None:
        raise _Refused(translate("FeeCollection", "Give the day the meter was read, as "
                                                  "YYYY-MM-DD.") if not text else fill(
            translate("FeeCollection", "“%1” is not a day: write it as YYYY-MM-DD."), text))
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise _Refused(fill(translate(
            "FeeCollection", "“%1” is not a day: write it as YYYY-MM-DD."), text)) from None


def _multiplier(value: object) -> int | None:
    text = "".join(halfwidth(str(value or "")).split())
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or len(text) > 6:
        raise _Refused(fill(translate(
            "FeeCollection", "The multiplier “%1” is not a whole number."), text))
    return int(text)
