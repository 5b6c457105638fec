"""The request log's sheets: the requests of the day (in the day's workbook), and the month's
workbook — the list of the month's requests, then its summary. Phones are masked, as in
every export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from deskapp.domain.clock import format_local
from deskapp.domain.requests.records import RequestRow, Severity
from deskapp.domain.requests.summary import MonthSummary, percent
from deskapp.i18n import fill, translate
from deskapp.output.month_figures import figure_rows
from deskapp.output.workbook import Column, ColumnKind, Sheet


def _columns() -> list[Column]:
    return [
        Column(translate("RequestSheet", "Number")),
        Column(translate("RequestSheet", "Received"), ColumnKind.DATETIME),
        Column(translate("RequestSheet", "Channel")),
        Column(translate("RequestSheet", "Complainant")),
        Column(translate("RequestSheet", "Phone")),
        Column(translate("RequestSheet", "Unit / company")),
        Column(translate("RequestSheet", "Kind")),
        Column(translate("RequestSheet", "Nature")),
        Column(translate("RequestSheet", "Severity")),
        Column(translate("RequestSheet", "Grounds")),
        Column(translate("RequestSheet", "Content")),
        Column(translate("RequestSheet", "Department")),
        Column(translate("RequestSheet", "Owner")),
        Column(translate("RequestSheet", "Deadline"), ColumnKind.DATETIME),
        Column(translate("RequestSheet", "Handler")),
        Column(translate("RequestSheet", "State")),
        Column(translate("RequestSheet", "Resolved"), ColumnKind.DATETIME),
        Column(translate("RequestSheet", "Result")),
        Column(translate("RequestSheet", "Rectification plan")),
        Column(translate("RequestSheet", "Revisit due"), ColumnKind.DATE),
        Column(translate("RequestSheet", "Final opinion")),
        Column(translate("RequestSheet", "Reopened"), ColumnKind.INT),
        Column(translate("RequestSheet", "Taken by")),
        Column(translate("RequestSheet", "Counter")),
    ]


def _values(r: RequestRow) -> tuple[object, ...]:
    channel = r.channel.label()
    if r.forwarded_from:
        channel = fill(translate("RequestSheet", "%1 (%2)"), channel, r.forwarded_from)
    return (r.number, r.received_at, channel, r.complainant, r.phone_masked, r.about_label,
            r.kind.label(), r.nature.label(), r.severity.label(),
            r.grounds.label() if r.grounds else "", r.content, r.department_label, r.owner,
            r.due_at, r.handler, r.state.label(), r.resolved_at, r.result, r.rectification,
            r.revisit_due, r.final_opinion, r.reopened, r.created_by, r.desk)


def requests_sheet(requests: Iterable[RequestRow], row_count: int | None = None,
                   late: Callable[[RequestRow], bool] | None = None) -> Sheet:
    """The requests sheet of the day's workbook: every request taken that day, as it stands;
    with ``late``, a last column marks those entered after the day was closed."""
    if late is None:
        return Sheet(translate("RequestSheet", "Requests"), _columns(),
                     (_values(r) for r in requests), row_count)
    from deskapp.output.day_workbook import late_column, late_mark

    return Sheet(translate("RequestSheet", "Requests"), [*_columns(), late_column()],
                 ((*_values(r), late_mark(late(r))) for r in requests), row_count)


def month_list_sheet(requests: Iterable[RequestRow], month: str, org: str) -> Sheet:
    """Every request taken in ``month`` (``2026-11``), under a line saying which month."""
    rows = list(requests)
    title = translate("MonthlyComplaints", "Monthly complaints list")
    preamble = [(fill(translate("RequestSheet", "%1 — %2"), org, title) if org else title,),
                (translate("RequestSheet", "Month"), month)]
    return Sheet(translate("RequestSheet", "List"), _columns(), (_values(r) for r in rows),
                 len(rows), preamble=preamble)


def month_summary_sheet(summary: MonthSummary, org: str, drawn_at: dt.datetime) -> Sheet:
    """The month's figures: the rates and the average above, then the counts by severity,
    kind and department (each department split by severity), as numbers."""
    month = f"{summary.year:04d}-{summary.month:02d}"
    title = fill(translate("RequestSheet", "Summary of %1"), month)
    preamble: list[tuple[str, ...]] = [
        (fill(translate("RequestSheet", "%1 — %2"), org, title) if org else title,),
        (translate("RequestSheet", "As they stand at"), format_local(drawn_at)),
        *figure_rows(summary)[1:],
    ]
    columns = [Column(translate("RequestSheet", "Counted by")),
               Column(translate("RequestSheet", "Item")),
               Column(translate("RequestSheet", "Number of requests"), ColumnKind.INT),
               Column(translate("RequestSheet", "Share")),
               *(Column(s.label(), ColumnKind.INT) for s in Severity)]

    def share(count: int) -> str:
        return percent(count / summary.total) if summary.total else ""

    def rows() -> Iterable[tuple[object, ...]]:
        blank = (None,) * len(Severity)
        yield (translate("RequestSheet", "All"), translate("RequestSheet", "Requests taken"),
               summary.total, share(summary.total), *summary.by_severity.values())
        for severity, count in summary.by_severity.items():
            yield (translate("RequestSheet", "Severity"), severity.label(), count, share(count),
                   *blank)
        for kind, count in summary.by_kind.items():
            yield (translate("RequestSheet", "Kind"), kind.label(), count, share(count), *blank)
        for department in summary.by_department:
            yield (translate("RequestSheet", "Department"), department.name(), department.total,
                   share(department.total), *department.by_severity.values())

    count = 1 + len(summary.by_severity) + len(summary.by_kind) + len(summary.by_department)
    return Sheet(translate("RequestSheet", "Summary"), columns, rows(), count, preamble=preamble)
