"""Small charts painted with QPainter (no QtCharts: its Addons wheel is not worth carrying
for three pictures): bars with a reference line, stacked bars with a legend, bars on a
yuan axis. Texts are given already translated; fonts are the application's (CJK legible)."""

from deskapp.ui.charts.bars import BarChart, MoneyBarChart
from deskapp.ui.charts.stacked import StackedBarChart

__all__ = ["BarChart", "MoneyBarChart", "StackedBarChart"]
