"""The audit trail's workbook: one sheet of entries under a block saying whose trail it is,
of which days, filtered how, and whether its chain was sound when it was written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from deskapp.domain.audit_trail import AuditRow, kind_label
from deskapp.domain.clock import format_local
from deskapp.i18n import fill, translate
from deskapp.output.workbook import Column, ColumnKind, Sheet

# Entries of one transaction share a minute, often a second: the seconds are shown.
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


@dataclass(frozen=True)
class AuditHeader:
    """What the block above the entries says.

    Attributes:
        org: The organisation's name.
        first_day, last_day: The local days of the entries.
        filters: Each filter in force as (what, value), already in words.
        chain: The chain's state in one line (:attr:`AuditCheck.message`).
        written_at: When the workbook was written (aware).
    """

    org: str
    first_day: dt.date
    last_day: dt.date
    filters: Sequence[tuple[str, str]]
    chain: str
    written_at: dt.datetime | None = None


def audit_sheet(rows: Iterable[AuditRow], header: AuditHeader,
                row_count: int | None = None) -> Sheet:
    """The audit trail's sheet: ``rows`` (streamed, oldest first) under ``header``."""
    columns = [
        Column(translate("AuditWorkbook", "Entry no."), ColumnKind.INT),
        Column(translate("AuditWorkbook", "Time"), ColumnKind.DATETIME,
               number_format=TIME_FORMAT),
        Column(translate("AuditWorkbook", "Operator")),
        Column(translate("AuditWorkbook", "Approved by")),
        Column(translate("AuditWorkbook", "Counter")),
        Column(translate("AuditWorkbook", "Action")),
        Column(translate("AuditWorkbook", "Record kind")),
        Column(translate("AuditWorkbook", "Record no."), ColumnKind.INT),
        Column(translate("AuditWorkbook", "Changes")),
    ]

    def values() -> Iterable[tuple[object, ...]]:
        for r in rows:
            yield (r.id, r.at, r.actor, r.approved_by, r.desk, r.action_text(),
                   kind_label(r.record_kind) if r.record_kind else "", r.record_id,
                   r.changes_text())

    return Sheet(translate("AuditWorkbook", "Audit trail"), columns, values(), row_count,
                 preamble=preamble(header))


def preamble(header: AuditHeader) -> list[tuple[str, ...]]:
    """The block's lines: a title, then (what, value) pairs."""
    title = translate("AuditWorkbook", "Audit trail")
    lines: list[tuple[str, ...]] = [(fill(translate("AuditWorkbook", "%1 — %2"), header.org, title)
                                     if header.org else title,)]
    days = header.first_day.isoformat()
    if header.last_day != header.first_day:
        days = fill(translate("AuditWorkbook", "%1 to %2"), days, header.last_day.isoformat())
    lines.append((translate("AuditWorkbook", "Dates"), days))
    if header.filters:
        for what, value in header.filters:
            lines.append((translate("AuditWorkbook", "Filter"), f"{what}: {value}"))
    else:
        lines.append((translate("AuditWorkbook", "Filter"),
                      translate("AuditWorkbook", "none (every entry of these dates)")))
    lines.append((translate("AuditWorkbook", "Chain"), header.chain))
    if header.written_at is not None:
        lines.append((translate("AuditWorkbook", "Written"),
                      format_local(header.written_at, fmt="%Y-%m-%d %H:%M:%S")))
    return lines
