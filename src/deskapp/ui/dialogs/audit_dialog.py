"""The audit trail for supervisors: every change, log-in and approval, filtered by dates,
operator, kind of record, action and words; the chain's state; an export to Excel.

The dialog stays open beside the window (it is not modal). Only supervisors and
administrators may read the trail: :class:`~deskapp.domain.audit_trail.AuditTrail` refuses
anyone else, and :func:`open_audit_trail` says so in a message instead of opening it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QObject,
    QStandardPaths,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QWidget

from deskapp.bootstrap import Services
from deskapp.domain.audit_trail import (
    AuditCheck,
    AuditQuery,
    AuditRow,
    AuditSort,
    action_label,
    kind_label,
)
from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.clock import Clock, format_local
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.operators import NotAllowed
from deskapp.errors import UserError
from deskapp.i18n import fill, translate
from deskapp.ui import messages
from deskapp.ui.forms.ui_audit_dialog import Ui_AuditDialog
from deskapp.ui.framework.paged_model import Column, PagedTableModel
from deskapp.ui.page_loader import PageLoader, SyncPageLoader
from deskapp.ui.tasks import BaseTaskRunner, SyncTaskRunner, run_with_progress_dialog

logger = logging.getLogger(__name__)

# The dialog opens on the last 30 days, today included.
DEFAULT_DAYS = 30
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def audit_columns(clock: Clock) -> list[Column[AuditRow]]:
    """The table's columns; only the time sorts (newest or oldest first)."""

    # Each title is spelled out in its translate() call, where lupdate can find it.
    return [
        Column("entry", lambda: translate("AuditColumns", "No."), lambda r: str(r.id),
               None, 56),
        Column("at", lambda: translate("AuditColumns", "Time"),
               lambda r: format_local(r.at, clock.tz, TIME_FORMAT), AuditSort.AT, 140),
        Column("actor", lambda: translate("AuditColumns", "Operator"), lambda r: r.actor,
               None, 90),
        Column("approved_by", lambda: translate("AuditColumns", "Approved by"),
               lambda r: r.approved_by, None, 90),
        Column("desk", lambda: translate("AuditColumns", "Counter"), lambda r: r.desk,
               None, 90),
        Column("action", lambda: translate("AuditColumns", "Action"),
               lambda r: r.action_text(), None, 110),
        Column("record", lambda: translate("AuditColumns", "Record"),
               lambda r: r.record_text(), None, 100),
        Column("changes", lambda: translate("AuditColumns", "Changes"),
               lambda r: r.changes_text(), None, 380,
               tooltip=lambda r: "\n".join(r.changes_lines()[:30])),
    ]


class AuditDialog(QDialog):
    """The audit trail: a filter bar, the entries a page at a time, the chain's state.

    Enter or a double click shows an entry in full; Export… writes what the filters show
    to an Excel workbook in the background (progress, Cancel); Esc closes.

    Raises:
        NotAllowed: the operator on duty may not read the audit trail (before any widget
            is made).
    """

    def __init__(self, services: Services, tasks: BaseTaskRunner,
                 parent: QWidget | None = None, *,
                 loader: PageLoader | SyncPageLoader | None = None) -> None:
        trail = services.audit
        # Asked first: a refusal leaves no half-made window behind.
        lists = (trail.actors(), trail.kinds(), trail.actions())
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self.setModal(False)
        self._services = services
        self._trail = trail
        self._tasks = tasks
        self._clock = services.clock
        self._counted: int | None = None
        self._loading = False
        self._failure = ""
        if loader is None:
            # A synchronous runner (the tests') reads the pages synchronously too.
            loader = SyncPageLoader() if isinstance(tasks, SyncTaskRunner) else PageLoader(self)
        self.model = PagedTableModel(trail, audit_columns(self._clock), loader, parent=self)
        self._fill_lists(*lists)
        self._set_up_dates()
        self._set_up_table()
        for button in self.ui.button_box.buttons():
            button.setAutoDefault(False)  # Enter belongs to the table and the search box
        self._connect()
        self.apply_filters()
        self.check_chain()
        self.ui.search_edit.setFocus()

    # --- Set-up
    def _fill_lists(self, actors: list[str], kinds: list[str], actions: list[str]) -> None:
        for combo, everything, values, label in (
                (self.ui.actor_combo, self.tr("Everyone"), actors, str),
                (self.ui.kind_combo, self.tr("Every kind"), kinds, kind_label),
                (self.ui.action_combo, self.tr("Every action"), actions, action_label)):
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(label(value), value)

    def _set_up_dates(self) -> None:
        today = self._clock.today()
        first = max(today - dt.timedelta(days=DEFAULT_DAYS - 1), FIRST_DAY)
        for edit, day in ((self.ui.from_date_edit, first), (self.ui.to_date_edit, today)):
            # Only the days the services accept (a date box would offer 1752 … 9999).
            edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
            edit.setDate(QDate(day))

    def _set_up_table(self) -> None:
        table = self.ui.entries_table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for index, column in enumerate(self.model.columns):
            table.setColumnWidth(index, column.width)
        self._show_sort(AuditSort.AT, descending=True)
        table.installEventFilter(self)
        self.ui.search_edit.installEventFilter(self)

    def _connect(self) -> None:
        ui = self.ui
        ui.from_date_edit.dateChanged.connect(self.apply_filters)
        ui.to_date_edit.dateChanged.connect(self.apply_filters)
        ui.search_edit.textChanged.connect(self.apply_filters)
        for combo in (ui.actor_combo, ui.kind_combo, ui.action_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        ui.entries_table.doubleClicked.connect(lambda _index: self._show_selected())
        ui.entries_table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_clicked)
        ui.export_button.clicked.connect(self.export)
        ui.button_box.rejected.connect(self.reject)
        self.model.counted.connect(self._on_counted)
        self.model.loading_changed.connect(self._on_loading_changed)
        self.model.load_failed.connect(self._on_load_failed)

    # --- The filters
    def current_query(self) -> AuditQuery:
        """The query the bar describes (the order of the list is kept)."""
        first = self.ui.from_date_edit.date().toPython()
        last = self.ui.to_date_edit.date().toPython()
        if last < first:
            first, last = last, first
        query = AuditQuery(first, last, self.ui.search_edit.text().strip(),
                           kind=self.ui.kind_combo.currentData(),
                           actor=self.ui.actor_combo.currentData(),
                           action=self.ui.action_combo.currentData())
        previous = self.model.query
        if previous is not None:
            query = dataclasses.replace(query, sort=previous.sort,
                                        descending=previous.descending)
        return query

    @Slot()
    def apply_filters(self) -> None:
        """Show the entries the bar describes."""
        self._failure = ""
        self.model.set_query(self.current_query())

    def choose(self, combo: QComboBox, value: str | None) -> None:
        """Pick ``value`` in one of the bar's lists (None: all)."""
        combo.setCurrentIndex(max(0, combo.findData(value)))

    # --- The table
    def selected_row(self) -> AuditRow | None:
        """The entry on the table's current row, or None."""
        indexes = self.ui.entries_table.selectionModel().selectedRows()
        return self.model.row(indexes[0].row()) if indexes else None

    def select_row(self, row: int) -> None:
        """Select the table's row ``row``."""
        index = self.model.index(row, 0)
        self.ui.entries_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.entries_table.scrollTo(index)

    def _show_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.show_entry(row)

    def show_entry(self, row: AuditRow) -> None:
        """One entry in full, every change on a line of its own."""
        record = row.record_text()
        lines = [
            fill(self.tr("Time: %1"), format_local(row.at, self._clock.tz, TIME_FORMAT)),
            fill(self.tr("Operator: %1"), row.actor or "—"),
        ]
        if row.approved_by:
            lines.append(fill(self.tr("Approved by: %1"), row.approved_by))
        lines += [
            fill(self.tr("Counter: %1"), row.desk or "—"),
            fill(self.tr("Action: %1"), row.action_text()),
            fill(self.tr("Record: %1"), record or "—"),
            "",
        ]
        changes = row.changes_lines()
        lines += changes if changes else [self.tr("No changes are recorded with this entry.")]
        messages.info(self, "\n".join(lines), fill(self.tr("Audit trail entry %1"), row.id))

    def _show_sort(self, key: Any, descending: bool) -> None:
        column = next(i for i, c in enumerate(self.model.columns) if c.sort == key)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.ui.entries_table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    @Slot(int, Qt.SortOrder)
    def _on_sort_clicked(self, column: int, _order: Qt.SortOrder) -> None:
        # Only the time sorts: the arrow goes back where the order is.
        query = self.model.query
        if self.model.columns[column].sort is None and query is not None:
            self._show_sort(query.sort, query.descending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.ui.search_edit and (enter or event.key() == Qt.Key.Key_Down):
                # From the search box straight into the entries.
                self.ui.entries_table.setFocus()
                if self.selected_row() is None and self.model.rowCount():
                    self.select_row(0)
                return True
            if watched is self.ui.entries_table and enter:
                self._show_selected()
                return True
        return super().eventFilter(watched, event)

    # --- The lines under the table
    @Slot(object)
    def _on_counted(self, count: int) -> None:
        self._counted = count
        self._update_summary()

    @Slot(bool)
    def _on_loading_changed(self, loading: bool) -> None:
        self._loading = loading
        self._update_summary()

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        self._failure = fill(self.tr("The entries could not be read: %1"), message)
        self._update_summary()

    def _update_summary(self) -> None:
        if self._failure:
            self.ui.summary_label.setText(self._failure)
            return
        text = fill(self.tr("Entries: %1"), self._counted) if self._counted is not None else ""
        if self._loading:
            text += (" · " if text else "") + self.tr("Reading…")
        self.ui.summary_label.setText(text)

    def check_chain(self) -> None:
        """Walk the trail's chain in the background and say what was found."""
        from deskapp.usecases.safekeeping import check_audit_trail

        self._show_chain(self.tr("Checking the chain of the audit trail…"), sound=True)
        services = self._services
        self._tasks.run(lambda _report: check_audit_trail(services),
                        on_success=self._on_checked, on_failure=self._on_check_failed,
                        title="audit trail check")

    def _on_checked(self, found: AuditCheck) -> None:
        if shiboken6.isValid(self):  # closed while the check ran
            self._show_chain(found.message, found.sound)

    def _on_check_failed(self, exc: BaseException) -> None:
        logger.warning("audit trail check failed", exc_info=exc)
        if shiboken6.isValid(self):
            self._show_chain(fill(self.tr("The audit trail could not be checked: %1"), exc),
                             sound=False)

    def _show_chain(self, text: str, sound: bool) -> None:
        label = self.ui.chain_label
        label.setText(text)
        label.setStyleSheet("" if sound else "color: #b00020; font-weight: bold;")

    def chain_text(self) -> str:
        """The line saying the chain's state."""
        return self.ui.chain_label.text()

    # --- Export
    def ask_export_path(self, query: AuditQuery) -> Path | None:
        """The workbook to write (overridden in tests), or None for Cancel."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"deskapp-audit-{query.first_day.isoformat()}-{query.last_day.isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail to Excel"),
                                              str(Path(documents) / name),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return Path(path)

    @Slot()
    def export(self) -> None:
        """Write the entries the filters show to a workbook, in the background."""
        from deskapp.usecases.audit_export import export_audit_trail

        query = self.current_query()
        path = self.ask_export_path(query)
        if path is None:
            return
        services = self._services

        def job(report):  # type: ignore[no-untyped-def]
            return export_audit_trail(services, query, path, progress=report.progress,
                                      cancelled=report.is_cancelled)

        self.ui.status_label.setText("")
        run_with_progress_dialog(
            self, self._tasks, job, self.tr("Export the audit trail"),
            fill(self.tr("Writing %1…"), path.name),
            on_success=lambda _path: self._after_export(fill(self.tr("Exported to %1."), path)),
            on_failure=self._export_failed,
            on_cancelled=lambda: self._after_export(self.tr("The export was cancelled.")),
        )

    def _after_export(self, text: str) -> None:
        if shiboken6.isValid(self):
            self.ui.status_label.setText(text)
            self.ui.status_label.setToolTip(text)  # a long path is cut on the line

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionError):
            text = self.tr("The file cannot be replaced: it is probably open in Excel. "
                           "Close it and export again.")
        elif isinstance(exc, ValidationError):
            text = " ".join(exc.errors.values())
        elif isinstance(exc, (DomainError, UserError)):
            text = str(exc)
        else:
            logger.error("audit trail export failed", exc_info=exc)
            text = fill(self.tr("The export failed; no file was written.\n%1"), exc)
        messages.warn(self if shiboken6.isValid(self) else None, text)


def open_audit_trail(parent: QWidget | None, services: Services,
                     tasks: BaseTaskRunner) -> AuditDialog | None:
    """Open the audit trail beside ``parent`` (closing it deletes it); returns the dialog,
    or None when the operator on duty may not read the trail (a message says why)."""
    try:
        dialog = AuditDialog(services, tasks, parent)
    except NotAllowed as exc:
        messages.warn(parent, str(exc),
                      QCoreApplication.translate("AuditDialog", "Audit trail"))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # show(), not open(): open() would make the dialog window-modal and block the counter.
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
