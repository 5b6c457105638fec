"""What a figure of ``deskapp bench`` is — deskapp's time beside the bare tool's — and the
small tools every figure is measured with."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Figure:
    """A measured value beside the bare tool's, in the figure's unit."""

    value: float
    bare: float
    parts: dict[str, Figure] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        """How many times the bare tool's time (or memory) deskapp takes."""
        return self.value / self.bare if self.bare > 0 else math.inf

    def as_json(self) -> dict[str, Any]:
        """``value``, ``bare``, ``ratio`` (and the parts it is made of)."""
        found: dict[str, Any] = {"value": round_figure(self.value),
                                 "bare": round_figure(self.bare),
                                 "ratio": round_figure(self.ratio)}
        if self.parts:
            found["parts"] = {name: part.as_json() for name, part in self.parts.items()}
        found.update(self.extra)
        return found


def slowest(parts: dict[str, Figure]) -> Figure:
    """A figure made of ``parts``: the slowest one's value, naming it."""
    worst = max(parts, key=lambda name: parts[name].value)
    return Figure(parts[worst].value, parts[worst].bare, parts, extra={"slowest": worst})


def round_figure(number: float) -> float:
    """A figure as the JSON gives it: three decimals."""
    return round(number, 3) if math.isfinite(number) else number


def median(values: list[float]) -> float:
    """The median (0 for none)."""
    return statistics.median(values) if values else 0.0


def timed_ms(work: Callable[[], object]) -> float:
    """How long ``work()`` takes, in milliseconds."""
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def like_sql(table: str, columns: tuple[str, ...], time_column: str, like: str = "LIKE") -> str:
    """The bare tool's search: every column LIKE the word, in a time range, newest first,
    the first page of 200."""
    words = " OR ".join(f"{column} {like} ? ESCAPE '\\'" for column in columns)
    return (f"SELECT * FROM {table} WHERE {time_column} >= ? AND {time_column} < ? "
            f"AND ({words}) ORDER BY {time_column} DESC, id DESC LIMIT 200")
