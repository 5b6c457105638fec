"""What a sheet of meter readings would do, row by row, before anything is written: each
row a new reading with its usage and amount at today's price, or refused with the
reason; with the counts. Import (Enter) writes every good row in one transaction,
Cancel (Esc) writes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from deskapp.domain.fees.billing_records import ImportOutcome, ReadingImportReport
from deskapp.domain.money import format_money
from deskapp.i18n import fill
from deskapp.ui.forms.ui_fee_import_preview_dialog import Ui_FeeImportPreviewDialog
from deskapp.ui.workspaces.fees.fee_texts import quantity_text

REFUSED_BRUSH = QBrush(QColor("#b3261e"))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_FIGURES = (4, 5, 6, 7)  # previous, current, usage, amount


class FeeImportPreviewDialog(QDialog):
    """The dry run's ``report`` of the sheet ``source`` (its file name); accepted: import."""

    def __init__(self, report: ReadingImportReport, source: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeImportPreviewDialog()
        self.ui.setupUi(self)
        self._report = report
        self._source = source
        ui = self.ui
        header = ui.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.refused_only_check.toggled.connect(self._show_lines)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.retranslate()
        ui.lines_table.setFocus()

    def import_button(self) -> QWidget:
        """The button that writes the readings (Enter)."""
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        ui = self.ui
        ui.retranslateUi(self)
        report = self._report
        taken, refused = len(report.taken), len(report.refused)
        lines = [fill(self.tr("<b>%1</b>: %2 row(s) checked."), self._source,
                      len(report.lines))]
        lines.append(fill(self.tr("Would import <b>%1</b> reading(s), %2 at today's prices.")
                          if taken else self.tr("Not one row can be imported."),
                          taken, format_money(report.total_fen)))
        if refused:
            lines.append(fill(self.tr("<span style='color:#b3261e'>Refused: <b>%1</b> "
                                      "row(s), each with the reason.</span>"), refused))
        ui.summary_label.setText("<br>".join(lines))
        button = self.import_button()
        button.setText(fill(self.tr("&Import %1 reading(s)"), taken))
        button.setEnabled(taken > 0)
        if not taken:
            self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        ui.refused_only_check.setVisible(bool(refused) and bool(taken))
        self._show_lines()

    @Slot()
    def _show_lines(self) -> None:
        table = self.ui.lines_table
        only_refused = self.ui.refused_only_check.isChecked()
        lines = [line for line in self._report.lines
                 if not only_refused or line.outcome is ImportOutcome.REFUSED]
        headers = [self.tr("Row"), self.tr("Unit"), self.tr("Meter"), self.tr("Month"),
                   self.tr("Previous"), self.tr("Current"), self.tr("Usage"),
                   self.tr("Amount"), self.tr("What happens")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            new = line.outcome is ImportOutcome.NEW
            cells = [str(line.row), line.unit, line.item, line.period,
                     quantity_text(line.previous) if new else "",
                     quantity_text(line.current) if new else "",
                     quantity_text(line.usage) if new else "",
                     format_money(line.amount_fen) if new else "",
                     self.tr("New reading") if new else fill(self.tr("Refused: %1"),
                                                             line.reason)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in _FIGURES or column == 0:
                    cell.setTextAlignment(_RIGHT)
                if not new:
                    cell.setForeground(REFUSED_BRUSH)
                    cell.setToolTip(line.reason)
                table.setItem(row, column, cell)

    def shown_outcomes(self) -> list[str]:
        """The last column as shown, row by row (for tests and screen readers)."""
        table = self.ui.lines_table
        return [table.item(row, table.columnCount() - 1).text()
                for row in range(table.rowCount())]
