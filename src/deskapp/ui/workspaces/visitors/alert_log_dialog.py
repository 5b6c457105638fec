"""The alert log: every deny-list and watch-list match, for the manager's review."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from deskapp.domain.clock import Clock, format_local
from deskapp.domain.screening import ScreeningService
from deskapp.ui.forms.ui_alert_log_dialog import Ui_AlertLogDialog


class AlertLogDialog(QDialog):
    """Read-only list of recorded matches, newest first."""

    def __init__(self, screening: ScreeningService, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AlertLogDialog()
        self.ui.setupUi(self)
        self._screening = screening
        self._clock = clock
        self.ui.button_box.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        """Read the alerts again."""
        rows = self._screening.alerts()
        table = self.ui.alerts_table
        headers = [self.tr("Time"), self.tr("List"), self.tr("Name"), self.tr("ID number"),
                   self.tr("Phone"), self.tr("Entry matched"), self.tr("Notice / reason"),
                   self.tr("Outcome"),
                   self.tr("Permission given")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (format_local(row.at, self._clock.tz), row.kind.label(), row.name,
                     row.id_number_masked, row.phone, row.match_text(), row.entry_label,
                     row.outcome.label(), row.reason)
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
