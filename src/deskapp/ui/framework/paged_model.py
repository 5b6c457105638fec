"""One table model for every workspace's history: pages fetched as the user scrolls.

A workspace describes its table as a list of :class:`Column` and hands the model a
:class:`PagedSource` (its domain service). The model never holds the whole history: it asks
for a page after the last row it has (keyset paging in the domain), in the background, and
drops answers to a query the user has already replaced.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from deskapp.domain.errors import ValidationError
from deskapp.ui.page_loader import PageLoader, SyncPageLoader

PAGE_SIZE = 200
# Reading the list again in place goes this deep at most; rows scrolled past it are read
# again as the user scrolls on.
RELOAD_LIMIT = 2000
STRUCK_OUT_BRUSH = QBrush(QColor("#8a8a8a"))
_Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class PagedSource(Protocol):
    """What a workspace's service offers the history table."""

    def page(self, query: Any, after: Any = None, limit: int = PAGE_SIZE) -> list[Any]:
        """Up to ``limit`` rows of ``query`` after the cursor ``after``."""

    def count(self, query: Any) -> Any:
        """The summary of ``query`` (counts), shown under the table."""

    def cursor_after(self, row: Any, query: Any) -> Any:
        """The cursor continuing after ``row`` in ``query``'s order."""


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column of a history table.

    Attributes:
        key: A stable name (tests and saved header state use it).
        title: The header, translated when called.
        text: The cell's text for a row.
        sort: The service's sort key for this column, or None when it cannot sort (only
            indexed columns sort: five years must sort as fast as a day).
        width: The starting width in pixels.
        background: A row's cell colour, or None.
        bold: Whether a row's cell is shown bold.
        tooltip: The cell's tooltip, or None for the row's tooltip.
    """

    key: str
    title: Callable[[], str]
    text: Callable[[Row], str]
    sort: Any = None
    width: int = 100
    background: Callable[[Row], QBrush | None] | None = None
    bold: Callable[[Row], bool] | None = None
    tooltip: Callable[[Row], str] | None = None


class PagedTableModel(QAbstractTableModel):
    """Rows of a query, loaded a page at a time in the background.

    Rows are the domain's plain row objects; each has an ``id``.

    Signals:
        loading_changed(bool): a page or the count is being read.
        counted(object): the source's summary of the query.
        row_ready(int): the row asked for with select_when_loaded() is now shown.
        load_failed(str): a page could not be read (the message is for the status bar).
    """

    loading_changed = Signal(bool)
    counted = Signal(object)
    row_ready = Signal(int)
    load_failed = Signal(str)

    def __init__(self, source: PagedSource, columns: Sequence[Column[Any]],
                 loader: PageLoader | SyncPageLoader, *,
                 row_background: Callable[[Any], QBrush | None] | None = None,
                 row_tooltip: Callable[[Any], str] | None = None,
                 row_struck_out: Callable[[Any], bool] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        # Voided records stay in the list, struck out and greyed.
        self._row_struck_out = row_struck_out
        self._source = source
        self._columns = list(columns)
        self._loader = loader
        self._row_background = row_background
        self._row_tooltip = row_tooltip
        self._rows: list[Any] = []
        self._query: Any = None
        self._generation = 0
        self._exhausted = True
        self._loading = False
        self._reloading = False
        self._pending_select: int | None = None

    # --- Query
    @property
    def query(self) -> Any:
        """The query shown (None before the first)."""
        return self._query

    @property
    def columns(self) -> list[Column[Any]]:
        """The columns, in order."""
        return self._columns

    def set_query(self, query: Any) -> None:
        """Show ``query``: drop the rows and start reading its first page and its count."""
        self._loader.cancel_pending()
        self._generation += 1
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self._request_page()
        generation = self._generation
        self._loader.load(lambda: self._source.count(query),
                          lambda result: self._on_counted(generation, result),
                          lambda exc: self._on_failed(generation, exc))

    def refresh(self) -> None:
        """Read the current query again (after something was saved)."""
        if self._query is not None:
            self.set_query(self._query)

    def reload_in_place(self) -> None:
        """Read the rows shown again, keeping the selection (another counter saved).

        One query for every row loaded (up to :data:`RELOAD_LIMIT`); the rows change under
        the view as a layout change, so the selected record stays selected wherever it
        moved, and a record that left the query (checked out, with "on site only") goes.
        """
        if self._query is None or self._loading or self._reloading:
            return  # a page is on its way; the next change reading comes back here
        query, generation = self._query, self._generation
        limit = min(max(len(self._rows), PAGE_SIZE), RELOAD_LIMIT)
        self._reloading = True
        self._loader.load(lambda: self._source.page(query, None, limit),
                          lambda rows: self._on_reloaded(generation, rows, limit),
                          lambda exc: self._on_reload_failed(generation, exc))
        self._loader.load(lambda: self._source.count(query),
                          lambda result: self._on_counted(generation, result),
                          lambda exc: self._on_failed(generation, exc))

    def _on_reloaded(self, generation: int, rows: list[Any], limit: int) -> None:
        self._reloading = False
        if generation != self._generation:
            return
        self.layoutAboutToBeChanged.emit()
        where = {row.id: i for i, row in enumerate(rows)}
        before = self.persistentIndexList()
        after = []
        for index in before:
            moved = where.get(self._rows[index.row()].id) if index.row() < len(self._rows) \
                else None
            after.append(self.index(moved, index.column()) if moved is not None
                         else QModelIndex())
        self._rows = list(rows)
        self._exhausted = len(rows) < limit
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _on_reload_failed(self, generation: int, exc: BaseException) -> None:
        self._reloading = False
        self._on_failed(generation, exc)

    def _request_page(self) -> None:
        if self._query is None or self._exhausted or self._loading or self._reloading:
            return
        query = self._query
        cursor = self._source.cursor_after(self._rows[-1], query) if self._rows else None
        generation = self._generation
        self._set_loading(True)
        self._loader.load(lambda: self._source.page(query, cursor, PAGE_SIZE),
                          lambda rows: self._on_page(generation, rows),
                          lambda exc: self._on_failed(generation, exc))

    def _on_page(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        if len(rows) < PAGE_SIZE:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if self._pending_select is not None and self.find_row(self._pending_select) >= 0:
            record_id, self._pending_select = self._pending_select, None
            self.row_ready.emit(record_id)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)  # scrolling may try again
        if isinstance(exc, ValidationError):  # a refused query: its sentences, not field names
            self.load_failed.emit(" ".join(exc.errors.values()))
            return
        self.load_failed.emit(str(exc) or exc.__class__.__name__)

    def _on_counted(self, generation: int, result: Any) -> None:
        if generation == self._generation:
            self.counted.emit(result)

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loading_changed.emit(value)

    def select_when_loaded(self, record_id: int) -> None:
        """Emit row_ready(record_id) once that record has arrived in a page."""
        self._pending_select = record_id

    # --- Lazy fetching (Qt calls these as the view scrolls)
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return (not parent.isValid() and not self._exhausted and not self._loading
                and not self._reloading)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not parent.isValid():
            self._request_page()

    # --- Rows
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def row(self, index: int) -> Any:
        """The record shown on row ``index``."""
        return self._rows[index]

    def find_row(self, record_id: int) -> int:
        """The row showing ``record_id`` (-1 when not loaded)."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def replace_row(self, updated: Any) -> None:
        """Show a changed record in place without reading the list again."""
        i = self.find_row(updated.id)
        if i >= 0:
            self._rows[i] = updated
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self._columns) - 1))

    def column_of(self, key: str) -> int:
        """The position of the column named ``key``."""
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title()
        return None

    def retranslate(self) -> None:
        """Headers and cells again, in the language now installed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column.background is not None:
                cell = column.background(row)
                if cell is not None:
                    return cell
            return self._row_background(row) if self._row_background else None
        if role == Qt.ItemDataRole.FontRole:
            bold = column.bold is not None and column.bold(row)
            struck = self._row_struck_out is not None and self._row_struck_out(row)
            if not (bold or struck):
                return None
            font = QFont()
            font.setBold(bold)
            font.setStrikeOut(struck)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self._row_struck_out is not None \
                and self._row_struck_out(row):
            return STRUCK_OUT_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            # A column's tooltip of None (for this row) leaves the row's tooltip shown.
            tip = column.tooltip(row) if column.tooltip is not None else None
            if tip is not None:
                return tip
            return self._row_tooltip(row) if self._row_tooltip else None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    # --- Sorting: each sortable column is an indexed keyset query, not an in-memory sort.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort
        if key is None or self._query is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(dataclasses.replace(self._query, sort=key, descending=descending))
