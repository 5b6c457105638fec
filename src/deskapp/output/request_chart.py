"""The bar chart of the monthly summary: requests per department, each bar stacked by
severity, drawn with ReportLab's own graphics in the embedded font.

Greys, not colours: the counter's printer is a black-and-white laser. Major is the darkest,
so the worst part of a bar stands out on any printer. Every text goes through the
document's glyph policy, and every text element names the embedded font (a chart label
left at its default would pull a non-embedded Helvetica into the PDF).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from deskapp.domain.requests.records import Severity
from deskapp.domain.requests.summary import DepartmentCount
from deskapp.i18n import translate
from deskapp.output.document import INK, DocumentBuilder
from deskapp.output.fonts import FONT_NAME

# Bars shown; the departments beyond share one bar.
MAX_BARS = 12
SEVERITY_FILL = {
    Severity.GENERAL: colors.Color(0.82, 0.82, 0.82),
    Severity.IMPORTANT: colors.Color(0.52, 0.52, 0.52),
    Severity.MAJOR: colors.Color(0.13, 0.13, 0.13),
}


def chart_departments(departments: Sequence[DepartmentCount],
                      limit: int = MAX_BARS) -> list[tuple[str, dict[Severity, int]]]:
    """The bars: (department name, counts by severity), the largest first; past ``limit``
    the rest are summed into one "other departments" bar."""
    bars = [(d.name(), dict(d.by_severity)) for d in departments[:limit - 1]]
    rest = departments[limit - 1:]
    if len(rest) == 1:
        bars.append((rest[0].name(), dict(rest[0].by_severity)))
    elif rest:
        bars.append((translate("MonthSummary", "Other departments"),
                     {s: sum(d.by_severity[s] for d in rest) for s in Severity}))
    return bars


def nice_step(largest: int, ticks: int = 5) -> int:
    """A whole step of 1, 2 or 5 times a power of ten giving about ``ticks`` gridlines."""
    if largest <= ticks:
        return 1
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)


def department_chart(doc: DocumentBuilder, departments: Sequence[DepartmentCount], *,
                     width: float, height: float) -> Drawing:
    """Requests per department stacked by severity, with each bar's total above it and
    the legend at the right."""
    field = translate("MonthSummary", "Chart")
    bars = chart_departments(departments)
    drawing = Drawing(width, height, initialFontName=FONT_NAME)
    font_size = doc.styles.small.fontSize
    legend_width = 26 * font_size / 7
    chart = VerticalBarChart()
    chart.x, chart.y = 2.6 * font_size, 3.2 * font_size
    chart.width = width - chart.x - legend_width - font_size
    chart.height = height - chart.y - 2.2 * font_size
    chart.data = [[counts[s] for _name, counts in bars] or [0] for s in Severity]
    chart.categoryAxis.style = "stacked"
    names = [doc.clean(name, field) for name, _counts in bars] or [""]
    chart.categoryAxis.categoryNames = names
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize = FONT_NAME, font_size
    labels.boxAnchor, labels.dy = "n", -2
    slot = chart.width / len(names)
    if max(stringWidth(name, FONT_NAME, font_size) for name in names) > slot * 0.9:
        labels.angle, labels.boxAnchor = 25, "ne"  # side by side they would overlap
    totals = [sum(counts.values()) for _name, counts in bars] or [0]
    step = nice_step(max(totals))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step, math.ceil(max(totals) * 1.12 / step) * step)
    chart.valueAxis.labels.fontName = FONT_NAME
    chart.valueAxis.labels.fontSize = font_size
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barWidth = 10
    chart.groupSpacing = 10 if len(names) > 4 else 30
    for index, severity in enumerate(Severity):
        chart.bars[index].fillColor = SEVERITY_FILL[severity]
        chart.bars[index].strokeColor = INK
        chart.bars[index].strokeWidth = 0.4
    drawing.add(chart)
    # Each bar's total above it, in the axis's scale.
    for index, total in enumerate(totals):
        if not total:
            continue
        top = chart.y + chart.height * total / chart.valueAxis.valueMax
        drawing.add(String(chart.x + slot * (index + 0.5), top + 2, str(total),
                           fontName=FONT_NAME, fontSize=font_size, textAnchor="middle",
                           fillColor=INK))
    legend = Legend()
    legend.fontName, legend.fontSize = FONT_NAME, font_size
    legend.x, legend.y = chart.x + chart.width + font_size * 1.2, chart.y + chart.height
    legend.alignment = "right"
    legend.deltay = font_size * 1.8
    legend.dx = legend.dy = font_size
    legend.strokeColor = INK
    legend.strokeWidth = 0.4
    legend.colorNamePairs = [(SEVERITY_FILL[s], doc.clean(s.label(), field))
                             for s in reversed(Severity)]
    drawing.add(legend)
    caption = translate("MonthSummary", "Requests by department and severity")
    drawing.add(String(chart.x, height - font_size * 1.2, doc.clean(caption, field),
                       fontName=FONT_NAME, fontSize=font_size * 1.15, fillColor=INK))
    return drawing
