"""Stacked bars: each category's total split into coloured parts (requests per week by
severity), the parts named in a legend."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from deskapp.ui.charts.axes import ChartBase


class StackedBarChart(ChartBase):
    """One bar per category, its parts stacked from the bottom in the series' order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[tuple[str, QColor, list[float]]] = []

    def set_data(self, labels: Sequence[str],
                 series: Sequence[tuple[str, QColor, Sequence[float]]]) -> None:
        """The categories' labels, and each part: its name (for the legend), its colour and
        a value per category."""
        self._labels = list(labels)
        self._series = [(name, colour, [float(v) for v in values])
                        for name, colour, values in series]
        self.set_legend([(name, colour, False) for name, colour, _values in self._series])

    def totals(self) -> list[float]:
        """Each category's total."""
        return [sum(values[i] for _n, _c, values in self._series)
                for i in range(len(self._labels))]

    def top_value(self) -> float:
        return max([*self.totals(), 0.0])

    def paint_plot(self, painter: QPainter, plot: QRectF, y_of: Callable[[float], float],
                   slot: float) -> None:
        gap = min(6.0, slot * 0.25)
        for i in range(len(self._labels)):
            base = 0.0
            for _name, colour, values in self._series:
                value = values[i] if i < len(values) else 0.0
                if value <= 0:
                    continue
                top, bottom = y_of(base + value), y_of(base)
                painter.fillRect(QRectF(plot.left() + slot * i + gap / 2, top, slot - gap,
                                        bottom - top), colour)
                base += value
