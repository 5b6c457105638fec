"""The month's key figures in words, for the printed list and the workbook alike: each rate
with its fraction, target and verdict, the average time to resolve, what is still open."""

from __future__ import annotations

from deskapp.domain.requests.summary import MonthSummary, Rate, percent
from deskapp.i18n import fill, translate


def rate_text(rate: Rate) -> str:
    """``290 / 300 = 96.7% (target ≥ 95%, met)``; ``—`` when there was nothing to count."""
    if rate.value is None:
        return fill(translate("MonthlyComplaints", "— (none this month; target %1)"),
                    target_text(rate))
    verdict = (translate("MonthlyComplaints", "met") if rate.met
               else translate("MonthlyComplaints", "not met"))
    return fill(translate("MonthlyComplaints", "%1 / %2 = %3 (target %4, %5)"), rate.done,
                rate.of, rate.text(), target_text(rate), verdict)


def target_text(rate: Rate) -> str:
    """``≥ 95%``, or ``100%`` for a target of all."""
    if rate.target >= 1:
        return percent(1)
    return fill(translate("MonthlyComplaints", "≥ %1"), percent(rate.target))


def figure_rows(summary: MonthSummary) -> list[tuple[str, str]]:
    """The month's key figures as (what, value)."""
    days = (fill(translate("MonthlyComplaints", "%1 working days (over %2 resolved)"),
                 summary.average_days_text(), summary.resolved)
            if summary.average_days is not None
            else translate("MonthlyComplaints", "— (none resolved yet)"))
    return [
        (translate("MonthlyComplaints", "Requests taken"), str(summary.total)),
        (translate("MonthlyComplaints", "Valid-complaint handling rate"),
         rate_text(summary.handling_rate)),
        (translate("MonthlyComplaints", "Revisit rate (complaints and repairs)"),
         rate_text(summary.revisit_rate)),
        (translate("MonthlyComplaints", "Average time to resolve"), days),
        (translate("MonthlyComplaints", "Still being handled"), str(summary.open)),
    ]
