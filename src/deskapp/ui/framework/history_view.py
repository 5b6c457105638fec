"""The history every workspace shows: a filter bar, the paged table, a summary line.

The bar holds the day range, the search text, Today and an "open only" box whose meaning
the workspace names (visitors on site, messages not delivered …). The workspace gives a
function that turns what the bar says into its service's query, and one that words the
summary; the view does the rest: paging, sorting by indexed columns only, moving on at
midnight, Down from the search box into the results, the single match selected.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.clock import Clock
from deskapp.i18n import fill
from deskapp.ui.forms.ui_history_view import Ui_HistoryView
from deskapp.ui.framework.paged_model import Column, PagedSource, PagedTableModel
from deskapp.ui.page_loader import PageLoader, SyncPageLoader

QueryFactory = Callable[[dt.date, dt.date, str, Any], Any]
"""``(first_day, last_day, search_text, shown) -> query`` (the sort is kept by the view).

``shown`` is the "open only" box (a bool), or the chosen value of the workspace's filter
choices (see :meth:`HistoryView.set_filter_choices`)."""


class HistoryView(QWidget):
    """Filter bar, table and summary over one workspace's paged history.

    The bar holds an "open only" box, or instead a list of the workspace's own filters.

    Signals:
        status_message(str): a short line for the status bar.
        selection_changed(): the current row changed (or the list was reloaded).
        activated(object): Enter or a double click on a row (the row).
    """

    status_message = Signal(str)
    selection_changed = Signal()
    activated = Signal(object)

    def __init__(self, source: PagedSource, columns: Sequence[Column[Any]], clock: Clock, *,
                 make_query: QueryFactory, summary: Callable[[Any], str],
                 loader: PageLoader | SyncPageLoader | None = None,
                 row_background: Callable[[Any], Any] | None = None,
                 row_tooltip: Callable[[Any], str] | None = None,
                 row_struck_out: Callable[[Any], bool] | None = None,
                 first_day: dt.date | None = None, last_day: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryView()
        self.ui.setupUi(self)
        self._clock = clock
        self._make_query = make_query
        self._summary = summary
        self._counted: Any = None
        self._loading = False
        self._shown_day = clock.today()
        self.model = PagedTableModel(source, columns, loader or PageLoader(self),
                                     row_background=row_background, row_tooltip=row_tooltip,
                                     row_struck_out=row_struck_out, parent=self)
        for edit in (self.ui.from_date_edit, self.ui.to_date_edit):
            # Only the days the services accept (a date box would offer 1752 … 9999).
            edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        self._setup_table()
        self.ui.filter_label.hide()
        self.ui.filter_combo.hide()
        self._filter_values: list[Any] = []
        self.ui.all_dates_button.hide()  # offered with a search
        self.ui.desk_combo.hide()
        self._desk: str | None = None
        if first_day is not None and last_day is not None:
            self._set_days(first_day, last_day)
        self._connect()
        self._midnight = QTimer(self)
        self._midnight.setInterval(30_000)
        self._midnight.timeout.connect(self.follow_the_clock)
        self._midnight.start()

    # --- Set-up
    def _setup_table(self) -> None:
        table = self.ui.table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for index, column in enumerate(self.model.columns):
            table.setColumnWidth(index, column.width)
            # Which counter saved a record matters once several share the records.
            table.setColumnHidden(index, column.key == "desk")
        table.installEventFilter(self)
        self.ui.search_edit.installEventFilter(self)

    def set_default_sort(self, key: Any, descending: bool = True) -> None:
        """The column the list is first sorted by (its arrow shows in the header)."""
        column = next(i for i, c in enumerate(self.model.columns) if c.sort == key)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.ui.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(self._on_filter_changed)
        ui.from_date_edit.dateChanged.connect(self._on_filter_changed)
        ui.to_date_edit.dateChanged.connect(self._on_filter_changed)
        ui.open_only_check.toggled.connect(self._on_filter_changed)
        ui.filter_combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.desk_combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.today_button.clicked.connect(self.show_today)
        ui.all_dates_button.clicked.connect(self.show_all_dates)
        ui.table.doubleClicked.connect(lambda _index: self._activate())
        ui.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_clicked)
        self.model.counted.connect(self._on_counted)
        self.model.row_ready.connect(self.select)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.loading_changed.connect(self._on_loading_changed)
        self.model.modelReset.connect(self.selection_changed)
        ui.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.selection_changed.emit())

    # --- The bar
    def current_query(self) -> Any:
        """The query the bar describes (the sort of the current query is kept)."""
        first = self.ui.from_date_edit.date().toPython()
        last = self.ui.to_date_edit.date().toPython()
        if last < first:
            first, last = last, first
        query = self._make_query(first, last, self.ui.search_edit.text().strip(),
                                 self.shown())
        if self._desk is not None:
            # Every history query has a ``desk``: one counter's records, or all (None).
            query = dataclasses.replace(query, desk=self.ui.desk_combo.currentData())
        previous = self.model.query
        if previous is not None:
            query = dataclasses.replace(query, sort=previous.sort,
                                        descending=previous.descending)
        return query

    def _set_days(self, first: dt.date, last: dt.date) -> None:
        for edit, day in ((self.ui.from_date_edit, first), (self.ui.to_date_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)

    def show_today(self) -> None:
        """Back to today's records."""
        today = self._clock.today()
        self._shown_day = today
        self._set_days(today, today)
        self._on_filter_changed()

    def show_all_dates(self) -> None:
        """The search over every day on record (its index keeps that quick)."""
        self._set_days(FIRST_DAY, self._clock.today())
        self._on_filter_changed()

    def searching_all_dates(self) -> bool:
        """Whether the bar covers every day up to today."""
        return (self.ui.from_date_edit.date().toPython() <= FIRST_DAY
                and self.ui.to_date_edit.date().toPython() >= self._clock.today())

    def showing_today(self) -> bool:
        """Whether the bar shows exactly the day the view last took for today."""
        return (self.ui.from_date_edit.date().toPython() == self._shown_day
                == self.ui.to_date_edit.date().toPython())

    @Slot()
    def follow_the_clock(self) -> None:
        """Past midnight, a list still showing "today" moves on to the new day."""
        today = self._clock.today()
        if today != self._shown_day:
            was_today = self.showing_today()
            self._shown_day = today
            if was_today:
                self.show_today()

    def focus_search(self) -> None:
        """The cursor into the search box, its text selected."""
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def set_texts(self, *, search_hint: str, open_only: str = "", filters: str = "") -> None:
        """The workspace's words for the search box and the "open only" box (or the label
        of its filter choices)."""
        self.ui.search_edit.setPlaceholderText(search_hint)
        self.ui.open_only_check.setText(open_only)
        self.ui.filter_label.setText(filters)

    def set_filter_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        """Offer the workspace's filters ``(label, value)`` instead of the "open only" box;
        called again after a language change keeps the choice."""
        combo = self.ui.filter_combo
        current = self.shown() if combo.count() else None
        # Kept as given: Qt hands a str-based enum back from an item as a plain str.
        self._filter_values = [value for _label, value in choices]
        combo.blockSignals(True)
        combo.clear()
        for label, _value in choices:
            combo.addItem(label)
        if current in self._filter_values:
            combo.setCurrentIndex(self._filter_values.index(current))
        combo.blockSignals(False)
        self._show_filter_widgets()

    def choose_filter(self, value: Any) -> None:
        """Show the workspace's filter ``value`` (one of its choices)."""
        self.ui.filter_combo.setCurrentIndex(self._filter_values.index(value))

    def shown(self) -> Any:
        """What the bar's filter says: the box (bool) or the chosen filter value."""
        index = self.ui.filter_combo.currentIndex()
        if self.ui.filter_combo.count() and 0 <= index < len(self._filter_values):
            return self._filter_values[index]
        return self.ui.open_only_check.isChecked()

    def _show_filter_widgets(self) -> None:
        choices = self.ui.filter_combo.count() > 0
        self.ui.open_only_check.setVisible(not choices)
        self.ui.filter_label.setVisible(choices)
        self.ui.filter_combo.setVisible(choices)

    def offer_desk_filter(self, desk: str) -> None:
        """Several counters share the records: offer "every counter" (the default) or only
        ``desk``'s, and show the column saying which counter saved each record."""
        self._desk = desk
        self._fill_desk_combo()
        self.ui.desk_combo.show()
        for index, column in enumerate(self.model.columns):
            if column.key == "desk":
                self.ui.table.setColumnHidden(index, False)
        if self.model.query is not None:
            self._on_filter_changed()  # a renamed counter filters by its new name

    def _fill_desk_combo(self) -> None:
        combo = self.ui.desk_combo
        only_this = combo.currentData() is not None
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Every counter"), None)
        combo.addItem(fill(self.tr("This counter: %1"), self._desk or self.tr("no name")),
                      self._desk or "")
        combo.setCurrentIndex(1 if only_this else 0)
        combo.blockSignals(False)

    def retranslate(self) -> None:
        """Re-set the texts after the language changed."""
        self.ui.retranslateUi(self)
        if self._desk is not None:
            self._fill_desk_combo()
        self.model.retranslate()
        self.update_summary()

    @Slot()
    def _on_filter_changed(self) -> None:
        searching = bool(self.ui.search_edit.text().strip())
        self.ui.all_dates_button.setVisible(searching and not self.searching_all_dates())
        self.model.set_query(self.current_query())

    def refresh(self) -> None:
        """Read the list again (after a save)."""
        self.model.refresh()

    def reload_in_place(self) -> None:
        """Read the rows shown again without losing the selected row or the scroll."""
        self.model.reload_in_place()

    # --- The table
    def selected_row(self) -> Any:
        """The record on the table's current row, or None."""
        indexes = self.ui.table.selectionModel().selectedRows()
        return self.model.row(indexes[0].row()) if indexes else None

    def show_record(self, day: dt.date, text: str, record_id: int) -> None:
        """Show one record (a search's hit, a link): the list of its day searched for
        ``text`` (what picks it out: its number), its row chosen once loaded."""
        ui = self.ui
        for widget in (ui.search_edit, ui.open_only_check):
            widget.blockSignals(True)
        ui.search_edit.setText(text)
        ui.open_only_check.setChecked(False)
        for widget in (ui.search_edit, ui.open_only_check):
            widget.blockSignals(False)
        self._set_days(day, day)
        self.model.select_when_loaded(record_id)
        self._on_filter_changed()
        ui.table.setFocus()

    def select(self, record_id: int) -> None:
        """Select a record's row if it is loaded."""
        row = self.model.find_row(record_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.ui.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.ui.table.scrollTo(index)

    def table_has_focus(self) -> bool:
        """Whether the receptionist is working in the list (not in a form field)."""
        return self.ui.table.hasFocus()

    def _activate(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.activated.emit(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.ui.search_edit and event.key() == Qt.Key.Key_Down:
                # From the search box straight into the results.
                self.ui.table.setFocus()
                if self.selected_row() is None and self.model.rowCount():
                    self.select(self.model.row(0).id)
                return True
            if watched is self.ui.table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate()
                return True
        return super().eventFilter(watched, event)

    @Slot(int, Qt.SortOrder)
    def _on_sort_clicked(self, column: int, _order: Qt.SortOrder) -> None:
        # A column without an index does not sort: the arrow goes back where the order is.
        query = self.model.query
        if self.model.columns[column].sort is None and query is not None:
            self.set_default_sort(query.sort, query.descending)

    # --- Summary
    @Slot(object)
    def _on_counted(self, result: Any) -> None:
        self._counted = result
        self.update_summary()

    @Slot(bool)
    def _on_loading_changed(self, loading: bool) -> None:
        self._loading = loading
        self.update_summary()
        if not loading and self.model.rowCount() == 1 and self.ui.search_edit.text().strip():
            self.select(self.model.row(0).id)  # the single match is the one meant

    def update_summary(self) -> None:
        """The summary line (counts, "searching…"); a search says which days it covered."""
        text = self._summary(self._counted) if self._counted is not None else ""
        if self.ui.search_edit.text().strip():
            text = self._searched_days() + (" · " + text if text else "")
        if self._loading:
            text += (" · " if text else "") + self.tr("Searching…")
        self.ui.summary_label.setText(text)

    def _searched_days(self) -> str:
        if self.searching_all_dates():
            return self.tr("Searched all dates")
        first = self.ui.from_date_edit.date().toPython()
        last = self.ui.to_date_edit.date().toPython()
        first, last = min(first, last), max(first, last)
        if first == last:
            return fill(self.tr("Searched %1 only (All dates: Alt+J)"), first.isoformat())
        return fill(self.tr("Searched %1 to %2 (All dates: Alt+J)"), first.isoformat(),
                    last.isoformat())

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        self.status_message.emit(fill(self.tr("The list could not be read: %1"), message))
