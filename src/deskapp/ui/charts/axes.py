"""What the charts share: a title, a value axis with round ticks, the plot area, category
labels that thin themselves out, a legend, and a quiet word when there is nothing to show."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

AXIS_PEN = QColor("#9e9e9e")
GRID_PEN = QColor("#e6e6e6")
TEXT_COLOUR = QColor("#424242")
QUIET_TEXT = QColor("#8a8a8a")
SWATCH = 10  # the legend's colour square, in pixels


def nice_ticks(top: float, most: int = 5, *, whole: bool = False) -> list[float]:
    """Round steps from 0 covering ``top`` (1, 2 or 5 times a power of ten), at most
    ``most`` + 1 of them; [0, 1] for nothing. ``whole``: steps of at least 1 (an axis of
    counts has no 0.2 visitors)."""
    if top <= 0:
        return [0.0, 1.0]
    rough = top / most
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    if whole:
        step = max(step, 1.0)
    count = math.ceil(top / step - 1e-9)
    return [i * step for i in range(count + 1)]


def plain_number(value: float) -> str:
    """A tick label: 12, 1.5, 1,200."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


class ChartBase(QWidget):
    """A titled plot with a value axis; subclasses draw the bars in :meth:`paint_plot`."""

    # The axes count whole things (visitors, requests) or whole yuan: no 0.2 ticks.
    whole_numbers = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 150)
        self._title = ""
        self._empty_text = ""
        self._labels: list[str] = []
        self._value_text: Callable[[float], str] = plain_number
        self._legend: list[tuple[str, QColor, bool]] = []  # text, colour, drawn as a line

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(380, 200)

    # --- What a chart is told
    def set_title(self, title: str) -> None:
        """The heading above the plot."""
        self._title = title
        self.update()

    def set_empty_text(self, text: str) -> None:
        """What the plot says when every value is zero ("No visitors yet")."""
        self._empty_text = text
        self.update()

    def set_value_text(self, text: Callable[[float], str]) -> None:
        """How a value-axis tick is written."""
        self._value_text = text
        self.update()

    def set_legend(self, entries: Sequence[tuple[str, QColor, bool]]) -> None:
        """The legend under the title: text, colour, and True for a line (not a bar)."""
        self._legend = list(entries)
        self.update()

    # --- For subclasses
    def top_value(self) -> float:
        """The largest value the axis must reach."""
        return 0.0

    def is_empty(self) -> bool:
        """Nothing to draw (every value zero)."""
        return self.top_value() <= 0

    def paint_plot(self, painter: QPainter, plot: QRectF, y_of: Callable[[float], float],
                   slot: float) -> None:
        """Draw the values in ``plot``; ``y_of`` maps a value to a y, ``slot`` is the width
        given each category."""

    # --- Painting
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, 6, -10, -4)
        title_font = QFont(font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(TEXT_COLOUR)
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(title_font).elidedText(
                             self._title, Qt.TextElideMode.ElideRight, area.width()))
        painter.setFont(font)
        top = area.top() + line + 2
        if self._legend:
            top = self._paint_legend(painter, metrics, area.left(), top, area.width()) + 2
        ticks = nice_ticks(self.top_value(), whole=self.whole_numbers)
        tick_texts = [self._value_text(t) for t in ticks]
        axis_width = max(metrics.horizontalAdvance(t) for t in tick_texts) + 6
        plot = QRectF(area.left() + axis_width, top + line / 2, area.width() - axis_width,
                      area.bottom() - line - 4 - (top + line / 2))
        if plot.height() < 10 or plot.width() < 10:
            painter.end()
            return
        span = ticks[-1] or 1.0

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / span

        for tick, text in zip(ticks, tick_texts, strict=True):
            y = y_of(tick)
            painter.setPen(QPen(GRID_PEN if tick else AXIS_PEN, 1))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QRectF(area.left(), y - line / 2, axis_width - 4, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        slot = plot.width() / max(1, len(self._labels))
        self._paint_labels(painter, metrics, plot, slot)
        self.paint_plot(painter, plot, y_of, slot)
        if self.is_empty() and self._empty_text:
            painter.setPen(QUIET_TEXT)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self._empty_text)
        painter.end()

    def _paint_labels(self, painter: QPainter, metrics: QFontMetricsF, plot: QRectF,
                      slot: float) -> None:
        if not self._labels:
            return
        widest = max(metrics.horizontalAdvance(text) for text in self._labels) + 6
        every = max(1, math.ceil(widest / slot))  # thin out what would overlap
        painter.setPen(TEXT_COLOUR)
        for i, text in enumerate(self._labels):
            if i % every:
                continue
            centre = plot.left() + slot * (i + 0.5)
            painter.drawText(QRectF(centre - widest / 2, plot.bottom() + 2, widest,
                                    metrics.height()), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_legend(self, painter: QPainter, metrics: QFontMetricsF, left: float,
                      top: float, width: float) -> float:
        """The legend's entries side by side, wrapping; returns the y under it."""
        x, y, line = left, top, metrics.height()
        for text, colour, as_line in self._legend:
            needed = SWATCH + 4 + metrics.horizontalAdvance(text) + 12
            if x > left and x + needed > left + width:
                x, y = left, y + line
            middle = y + line / 2
            if as_line:
                painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
                painter.drawLine(x, middle, x + SWATCH + 4, middle)
            else:
                painter.fillRect(QRectF(x, middle - SWATCH / 2, SWATCH, SWATCH), colour)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QRectF(x + SWATCH + 6, y, needed, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += needed + 4
        return y + line
