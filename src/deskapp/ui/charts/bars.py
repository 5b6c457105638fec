"""Bars, one per category, with an optional reference line (the usual day) and one bar
picked out (now); and the same bars on an axis in yuan for amounts kept in fen."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from deskapp.domain.money import FEN_PER_YUAN
from deskapp.ui.charts.axes import ChartBase

BAR_COLOUR = QColor("#7aa6d6")
MARKED_COLOUR = QColor("#2f6db5")  # the bar of now (this hour, today)
REFERENCE_COLOUR = QColor("#d9534f")


class BarChart(ChartBase):
    """One bar per category; a dashed step line for the reference values, if any."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[float] = []
        self._reference: list[float] = []
        self._marked = -1

    def set_data(self, labels: Sequence[str], values: Sequence[float],
                 reference: Sequence[float] = (), marked: int = -1) -> None:
        """The categories' labels and values, the reference line's values (as many, or
        none) and the index of the bar picked out (-1: none)."""
        self._labels = list(labels)
        self._values = [float(v) for v in values]
        self._reference = [float(v) for v in reference]
        self._marked = marked
        self.update()

    def values(self) -> list[float]:
        """The values shown."""
        return list(self._values)

    def top_value(self) -> float:
        return max([*self._values, *self._reference, 0.0])

    def paint_plot(self, painter: QPainter, plot: QRectF, y_of: Callable[[float], float],
                   slot: float) -> None:
        gap = min(4.0, slot * 0.2)
        for i, value in enumerate(self._values):
            if value <= 0:
                continue
            top = y_of(value)
            painter.fillRect(QRectF(plot.left() + slot * i + gap / 2, top, slot - gap,
                                    plot.bottom() - top),
                             MARKED_COLOUR if i == self._marked else BAR_COLOUR)
        if self._reference and any(self._reference):
            line = QPolygonF()
            for i, value in enumerate(self._reference):
                y = y_of(value)
                line.append(QPointF(plot.left() + slot * i, y))
                line.append(QPointF(plot.left() + slot * (i + 1), y))
            painter.setPen(QPen(REFERENCE_COLOUR, 2, Qt.PenStyle.DashLine))
            painter.drawPolyline(line)


class MoneyBarChart(BarChart):
    """Bars of amounts kept in fen, on an axis in whole yuan (say so in the title)."""

    def set_fen(self, labels: Sequence[str], fen: Sequence[int], marked: int = -1) -> None:
        """The categories and their amounts in fen."""
        self.set_data(labels, [amount / FEN_PER_YUAN for amount in fen], marked=marked)
