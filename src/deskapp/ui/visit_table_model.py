"""The visitor log's table: fetches pages as the user scrolls, never the whole history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from deskapp.domain.clock import format_local
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import HostResponse, VisitRow
from deskapp.domain.visitors import SortKey, VisitorLog, VisitQuery
from deskapp.ui.page_loader import PageLoader, SyncPageLoader

PAGE_SIZE = 200
LATE_BRUSH = QBrush(QColor("#fde7c8"))
DECLINED_BRUSH = QBrush(QColor("#f3d6d6"))  # distinct from the alternating row colour
_Index = QModelIndex | QPersistentModelIndex

# (column id, sort key or None when the column is not sortable)
COLUMNS: tuple[tuple[str, SortKey | None], ...] = (
    ("pass_no", SortKey.PASS_NO),
    ("name", SortKey.NAME),
    ("party_size", None),
    ("host", SortKey.HOST),
    ("time_in", SortKey.TIME_IN),
    ("time_out", None),
    ("response", None),
    ("purpose", None),
    ("company", SortKey.COMPANY),
    ("phone", SortKey.PHONE),
    ("id_number", None),
    ("plate", SortKey.PLATE),
)
TIME_IN_COLUMN = 4
COLUMN_WIDTHS = (104, 72, 46, 170, 62, 62, 170, 96, 120, 100, 140, 80)


class VisitTableModel(QAbstractTableModel):
    """Rows of a VisitQuery, loaded a page at a time in the background.

    Signals:
        loading_changed(bool): a page or count is being read.
        counted(int, int): visits and people matching the query.
        row_ready(int): the visit asked for with select_when_loaded() is now a row.
        load_failed(str): a page could not be read (the message is for the status bar).
    """

    loading_changed = Signal(bool)
    counted = Signal(int, int)
    row_ready = Signal(int)
    load_failed = Signal(str)

    def __init__(self, visitors: VisitorLog, loader: PageLoader | SyncPageLoader,
                 late_hour: Callable[[], int], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._visitors = visitors
        self._loader = loader
        self._late_hour = late_hour
        self._rows: list[VisitRow] = []
        self._query: VisitQuery | None = None
        self._generation = 0
        self._exhausted = True
        self._loading = False
        self._clock = visitors.clock
        self._pending_select: int | None = None

    # --- Query
    @property
    def query(self) -> VisitQuery | None:
        """The query shown."""
        return self._query

    def set_query(self, query: VisitQuery) -> None:
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
        self._loader.load(lambda: self._visitors.count(query),
                          lambda result: self._on_counted(generation, result),
                          lambda exc: self._on_failed(generation, exc))

    def refresh(self) -> None:
        """Read the current query again (after a check-in or check-out)."""
        if self._query is not None:
            self.set_query(self._query)

    def _request_page(self) -> None:
        if self._query is None or self._exhausted or self._loading:
            return
        query = self._query
        cursor = VisitorLog.cursor_after(self._rows[-1], query) if self._rows else None
        generation = self._generation
        self._set_loading(True)
        self._loader.load(lambda: self._visitors.page(query, cursor, PAGE_SIZE),
                          lambda rows: self._on_page(generation, rows),
                          lambda exc: self._on_failed(generation, exc))

    def _on_page(self, generation: int, rows: list[VisitRow]) -> None:
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
            visit_id, self._pending_select = self._pending_select, None
            self.row_ready.emit(visit_id)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)  # scrolling may try again
        if isinstance(exc, ValidationError):  # a refused query: its sentences, not field names
            self.load_failed.emit(" ".join(exc.errors.values()))
            return
        self.load_failed.emit(str(exc) or exc.__class__.__name__)

    def select_when_loaded(self, visit_id: int) -> None:
        """Emit row_ready(visit_id) once that visit has arrived in a page."""
        self._pending_select = visit_id

    def _on_counted(self, generation: int, result: tuple[int, int]) -> None:
        if generation == self._generation:
            self.counted.emit(*result)

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loading_changed.emit(value)

    # --- Lazy fetching (Qt calls these as the view scrolls)
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not parent.isValid():
            self._request_page()

    # --- Table
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row(self, index: int) -> VisitRow:
        """The visit shown on row ``index``."""
        return self._rows[index]

    def find_row(self, visit_id: int) -> int:
        """The row showing ``visit_id`` (-1 when not loaded)."""
        return next((i for i, r in enumerate(self._rows) if r.id == visit_id), -1)

    def replace_row(self, updated: VisitRow) -> None:
        """Show a changed visit in place (check-out, host response) without re-reading."""
        i = self.find_row(updated.id)
        if i >= 0:
            self._rows[i] = updated
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def _headers(self) -> list[str]:
        names = {
            "pass_no": self.tr("Pass"), "name": self.tr("Name"), "party_size": self.tr("People"),
            "host": self.tr("Host"), "time_in": self.tr("Time in"),
            "time_out": self.tr("Time out"), "response": self.tr("Host response"),
            "purpose": self.tr("Purpose"), "company": self.tr("Company"),
            "phone": self.tr("Phone"), "id_number": self.tr("ID number"),
            "plate": self.tr("Plate"),
        }
        return [names[column] for column, _key in COLUMNS]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._visitors.is_late(row, self._late_hour()):
                return LATE_BRUSH
            if row.host_response is HostResponse.DECLINED:
                return DECLINED_BRUSH
        if role == Qt.ItemDataRole.FontRole and row.on_site and column == "time_out":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: VisitRow, column: str) -> str:
        match column:
            case "pass_no":
                return row.pass_no
            case "name":
                return row.name + (" ★" if "exempt" in row.flags else "")
            case "party_size":
                return str(row.party_size)
            case "company":
                return row.company
            case "host":
                # A declined visit shows the host's answer right beside the host.
                if row.host_response is HostResponse.DECLINED:
                    return f"{row.host_label} ✗"  # the answer is in its own column and tooltip
                return row.host_label
            case "purpose":
                return row.purpose.label()
            case "phone":
                return row.phone
            case "id_number":
                return row.id_number_masked
            case "time_in":
                return self._time(row.time_in, row.time_in)
            case "time_out":
                return self._time(row.time_out, row.time_in) if row.time_out else self.tr("On site")
            case "response":
                return self._response(row)
            case "plate":
                return row.plate
        return ""

    def _time(self, value: dt.datetime, reference: dt.datetime) -> str:
        # Same-day times read as HH:MM; other days carry the date.
        local, ref = self._clock.local(value), self._clock.local(reference)
        today = self._clock.today()
        if local.date() == ref.date() == today:
            return local.strftime("%H:%M")
        return local.strftime("%Y-%m-%d %H:%M")

    def _response(self, row: VisitRow) -> str:
        text = row.host_response.label() if row.host_response is not HostResponse.PENDING else ""
        if row.appointment_at:
            text += " · " + self.tr("new time %1").replace(
                "%1", format_local(row.appointment_at, self._clock.tz))
        if row.host_message:
            text += " · " + row.host_message
        return text

    def _tooltip(self, row: VisitRow) -> str:
        lines = [f"{row.pass_no}  {row.name}"]
        if row.items:
            lines.append(self.tr("Items: %1").replace("%1", row.items))
        if row.note:
            lines.append(self.tr("Note: %1").replace("%1", row.note))
        if row.host_message:
            lines.append(self.tr("Message for the host: %1").replace("%1", row.host_message))
        if "deny_override" in row.flags:
            lines.append(self.tr("Admitted despite the deny list"))
        return "\n".join(lines)

    # --- Sorting: each sortable column is an indexed keyset query, not an in-memory sort.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None or self._query is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        from dataclasses import replace

        self.set_query(replace(self._query, sort=key, descending=descending))
