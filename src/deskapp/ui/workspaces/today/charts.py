"""Today's three pictures: the charts told what the snapshot's series hold, in words of the
language shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor

from deskapp.domain.requests.records import Severity
from deskapp.domain.today import DailyTakings, HourlyVisits, WeeklyRequests
from deskapp.i18n import fill, translate
from deskapp.ui.charts import BarChart, MoneyBarChart, StackedBarChart
from deskapp.ui.charts.bars import BAR_COLOUR, REFERENCE_COLOUR

# The hours always shown (a counter's working day); an earlier or later visit widens them.
FIRST_HOUR, LAST_HOUR = 7, 21
SEVERITY_COLOUR = {
    Severity.GENERAL: QColor("#8fb3d9"),
    Severity.IMPORTANT: QColor("#f2b447"),
    Severity.MAJOR: QColor("#d9534f"),
}


def weekday_name(day: dt.date) -> str:
    """The weekday of ``day`` in the language shown."""
    return (translate("TodayCharts", "Monday"), translate("TodayCharts", "Tuesday"),
            translate("TodayCharts", "Wednesday"), translate("TodayCharts", "Thursday"),
            translate("TodayCharts", "Friday"), translate("TodayCharts", "Saturday"),
            translate("TodayCharts", "Sunday"))[day.weekday()]


def show_visits(chart: BarChart, visits: HourlyVisits, now_hour: int) -> None:
    """Visitors per hour today, the usual day as a dashed line."""
    busy = [h for h in range(24) if visits.today[h] or visits.usual[h]]
    first = min([FIRST_HOUR, *busy])
    last = max([LAST_HOUR, *busy])
    hours = range(first, last + 1)
    chart.set_title(translate("TodayCharts", "Visitors per hour today"))
    chart.set_empty_text(translate("TodayCharts", "No visitors yet today"))
    legend = [(translate("TodayCharts", "Today"), BAR_COLOUR, False)]
    if visits.usual_days:
        legend.append((fill(translate("TodayCharts", "Usual %1 (mean of the last %2)"),
                            weekday_name(visits.day), visits.usual_days),
                       REFERENCE_COLOUR, True))
    chart.set_legend(legend)
    chart.set_data([str(h) for h in hours], [visits.today[h] for h in hours],
                   [visits.usual[h] for h in hours] if visits.usual_days else (),
                   marked=now_hour - first if first <= now_hour <= last else -1)


def show_requests(chart: StackedBarChart, weekly: WeeklyRequests) -> None:
    """Requests per week, stacked by severity."""
    chart.set_title(translate("TodayCharts", "Requests per week by severity"))
    chart.set_empty_text(translate("TodayCharts", "No requests in these weeks"))
    chart.set_data([week.strftime("%m-%d") for week in weekly.weeks],
                   [(severity.label(), SEVERITY_COLOUR[severity], counts)
                    for severity, counts in weekly.by_severity])


def show_takings(chart: MoneyBarChart, takings: DailyTakings, today: dt.date) -> None:
    """Takings per day this month, on an axis in yuan; today's bar picked out."""
    chart.set_title(fill(translate("TodayCharts", "Takings per day, %1 (yuan)"),
                         takings.month.strftime("%Y-%m")))
    chart.set_empty_text(translate("TodayCharts", "No takings this month yet"))
    chart.set_fen([str(day + 1) for day in range(len(takings.fen))], takings.fen,
                  marked=today.day - 1 if today.month == takings.month.month else -1)
