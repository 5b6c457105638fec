"""The review before closing (the documents ask for it daily): every request not yet
resolved with its last progress, overdue first, so the desk can call each customer with
news; Enter writes down the news given."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from deskapp.domain.directory import DepartmentRow
from deskapp.domain.requests.log import RequestLog
from deskapp.domain.requests.records import RequestRow
from deskapp.i18n import fill
from deskapp.ui.forms.ui_request_review_dialog import Ui_RequestReviewDialog
from deskapp.ui.framework.times import when
from deskapp.ui.workspaces.requests.columns import OVERDUE_BRUSH, due_text
from deskapp.ui.workspaces.requests.step_dialog import RequestStepDialog, Step


class RequestReviewDialog(QDialog):
    """The open requests, overdue first; ``changed`` is True once news was written."""

    def __init__(self, requests: RequestLog, departments: list[DepartmentRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestReviewDialog()
        self.ui.setupUi(self)
        self._requests = requests
        self._departments = departments
        self._rows: list[RequestRow] = []
        self.changed = False
        ui = self.ui
        ui.review_table.verticalHeader().hide()
        ui.review_table.setColumnCount(9)
        ui.review_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        ui.button_box.rejected.connect(self.reject)
        ui.news_button.clicked.connect(self.write_news)
        ui.review_table.doubleClicked.connect(lambda _i: self.write_news())
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), ui.review_table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.write_news)
        self.show_rows()
        ui.review_table.setFocus()

    def show_rows(self) -> None:
        """Read the open requests again."""
        ui = self.ui
        clock = self._requests.clock
        now = clock.now()
        self._rows = self._requests.review_list()
        overdue = sum(1 for r in self._rows if r.overdue(now))
        ui.intro_label.setText(fill(self.tr(
            "%1 requests are not yet resolved, %2 of them overdue. Call each customer with "
            "the news and write it down (Enter); chase the department for the late ones."),
            len(self._rows), overdue))
        ui.review_table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Taken"), self.tr("From"), self.tr("What was said"),
            self.tr("Phone"), self.tr("Department"), self.tr("Deadline"),
            self.tr("Last progress"), self.tr("State")])
        ui.review_table.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            cells = (row.number, when(clock, row.received_at),
                     " ".join(filter(None, (row.complainant, row.about_label))),
                     row.content.replace("\n", " "), row.phone, row.department_label,
                     due_text(row, clock), when(clock, row.last_progress_at),
                     row.state.label() + (fill(self.tr(", waiting: %1"), row.pause_reason)
                                          if row.paused else ""))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.overdue(now):
                    item.setBackground(OVERDUE_BRUSH)
                ui.review_table.setItem(i, column, item)
        for column in (0, 1, 4, 6, 7):
            ui.review_table.resizeColumnToContents(column)
        if self._rows:
            ui.review_table.selectRow(0)
        ui.news_button.setEnabled(bool(self._rows))

    @Slot()
    def write_news(self) -> None:
        """A progress note for the chosen request: the news given, or what was chased."""
        index = self.ui.review_table.currentIndex()
        if not index.isValid() or index.row() >= len(self._rows):
            return
        row = self._rows[index.row()]
        dialog = RequestStepDialog(self._requests, row, Step.PROGRESS, self._departments, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_row is not None:
            self.changed = True
            self.show_rows()
            self.ui.review_table.selectRow(min(index.row(), len(self._rows) - 1))
