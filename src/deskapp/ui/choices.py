"""Combo boxes of a domain's choices (enums with a ``label()``), in the user's language."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtWidgets import QComboBox

E = TypeVar("E", bound=Enum)


def fill_choices(combo: QComboBox, values: Iterable[Any], default: Any = None) -> None:
    """(Re)fill ``combo`` with each value's label, keeping the value chosen before (else
    ``default``, else the first), without telling anyone it changed."""
    current = combo.currentData()
    if current is None:
        current = default
    combo.blockSignals(True)
    combo.clear()
    for value in values:
        combo.addItem(value.label(), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def chosen(combo: QComboBox, kind: type[E]) -> E | None:
    """The enum member a combo box holds (Qt hands a str-based enum back as a plain str)."""
    value = combo.currentData()
    return None if value is None else kind(value)
