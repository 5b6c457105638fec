"""Table models of the directory dialog: units and departments, filtered by text or pinyin."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from deskapp.domain.directory import (
    DepartmentKind,
    DepartmentRow,
    UnitRow,
)

Entry = TypeVar("Entry", UnitRow, DepartmentRow)

_AnyIndex = QModelIndex | QPersistentModelIndex
_DIGITS = re.compile(r"([0-9]+)")  # ASCII: int('²') fails, '²'.isdigit() is True


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """``"201"`` before ``"1001"``, ``"A-2"`` before ``"A-10"``: how people order unit numbers."""
    return tuple(
        (0, int(part), "") if part.isascii() and part.isdigit() else (1, 0, part.casefold())
        for part in _DIGITS.split(text)
        if part
    )


# --- Table models


class DirectoryTableModel(QAbstractTableModel, Generic[Entry]):
    """Read-only rows of one kind, each with a search key, narrowed to what is typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._keys: list[str] = []
        self._visible: list[int] = []
        self._typed = ""

    # --- API

    def set_entries(self, entries: Sequence[Entry], keys: Sequence[str]) -> None:
        """Replace every row; ``keys[i]`` is what the filter matches for ``entries[i]``."""
        self.beginResetModel()
        self._entries = list(entries)
        self._keys = list(keys)
        self._visible = self._matching(self._typed)
        self.endResetModel()

    def set_filter(self, typed: str) -> None:
        """Show only rows whose key contains every word typed (text or pinyin)."""
        typed = typed.strip().lower()
        if typed == self._typed:
            return
        self.beginResetModel()
        self._typed = typed
        self._visible = self._matching(typed)
        self.endResetModel()

    def total_count(self) -> int:
        """Rows before filtering."""
        return len(self._entries)

    def entry_at(self, row: int) -> Entry:
        """The entry shown in visible row ``row``."""
        return self._entries[self._visible[row]]

    def row_of(self, entry_id: int | None) -> int | None:
        """The visible row of the entry with ``entry_id``, or None when filtered out or absent."""
        if entry_id is None:
            return None
        for row, i in enumerate(self._visible):
            if self._entries[i].id == entry_id:
                return row
        return None

    # --- Qt overrides

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        entry = self.entry_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column()).replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(entry, index.column())
            return text if len(text) > 20 or "\n" in text else None
        return self._other_data(entry, index.column(), role)

    # --- For subclasses

    def _headers(self) -> list[str]:
        raise NotImplementedError

    def _text(self, entry: Entry, column: int) -> str:
        raise NotImplementedError

    def _other_data(self, entry: Entry, column: int, role: int) -> object:
        return None

    def _matching(self, typed: str) -> list[int]:
        if not typed:
            return list(range(len(self._entries)))
        words = typed.split()
        return [i for i, key in enumerate(self._keys) if all(w in key for w in words)]


class UnitTableModel(DirectoryTableModel[UnitRow]):
    """Units: number, occupant, company, phones, occupied/vacant, notes. Vacant rows are grey."""

    def _headers(self) -> list[str]:
        return [
            self.tr("Unit"),
            self.tr("Occupant"),
            self.tr("Company"),
            self.tr("Phones"),
            self.tr("Status"),
            self.tr("Notes"),
        ]

    def status_text(self, occupied: bool) -> str:
        """What the Status column says."""
        return self.tr("Occupied") if occupied else self.tr("Vacant")

    def _text(self, entry: UnitRow, column: int) -> str:
        if column == 4:
            return self.status_text(entry.occupied)
        return (entry.number, entry.occupant, entry.company, entry.phones, "", entry.notes)[column]

    def _other_data(self, entry: UnitRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and not entry.occupied:
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None


class DepartmentTableModel(DirectoryTableModel[DepartmentRow]):
    """Departments: name, phone or extension, kind."""

    def _headers(self) -> list[str]:
        return [self.tr("Department"), self.tr("Phone / extension"), self.tr("Kind")]

    def _text(self, entry: DepartmentRow, column: int) -> str:
        return (entry.name, entry.phone, DepartmentKind(entry.kind).label())[column]
