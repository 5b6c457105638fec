"""The report shown after importing units from Excel."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    Qt,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.directory import (
    ImportReport,
)
from deskapp.i18n import fill

logger = logging.getLogger(__name__)


# --- The import report


class ImportReportDialog(QDialog):
    """What an import added and updated, and every row it could not take, with the reason.

    The list of rejected rows is selectable text, and Copy puts the whole report on the
    clipboard, so the sheet can be corrected row by row.
    """

    def __init__(self, report: ImportReport, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportReportDialog")
        self.setWindowTitle(self.tr("Import from Excel"))
        self.resize(560, 380 if report.rejected else 160)
        self._report = report

        self.summary_label = QLabel(self._summary(file_name), self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejected_edit = QPlainTextEdit(self)
        self.rejected_edit.setObjectName("rejected_edit")
        self.rejected_edit.setReadOnly(True)
        self.rejected_edit.setPlainText("\n".join(self.rejected_lines()))
        self.rejected_edit.setVisible(bool(report.rejected))

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.button_box.setObjectName("button_box")
        self.copy_button = self.button_box.addButton(
            self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copy_button")
        self.copy_button.setAutoDefault(False)
        self.button_box.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.rejected_edit, 1)
        layout.addWidget(self.button_box)

    def rejected_lines(self) -> list[str]:
        """``Row 7: <reason>`` for each row that was not imported, in sheet order."""
        return [
            fill(self.tr("Row %1: %2"), row_no, reason)
            for row_no, reason in sorted(self._report.rejected)
        ]

    def text(self) -> str:
        """The whole report as plain text (what Copy puts on the clipboard)."""
        return "\n".join([self.summary_label.text(), *self.rejected_lines()])

    def _summary(self, file_name: str) -> str:
        report = self._report
        text = fill(self.tr("%1: %2 unit(s) added, %3 updated."),
                    file_name, report.added, report.updated)
        if report.rejected:
            text += "\n" + fill(self.tr(
                "%1 row(s) were not imported. Correct them in the sheet and import it again "
                "(rows already imported are updated, not doubled):"
            ), len(report.rejected))
        else:
            text += "\n" + self.tr("Every row was imported.")
        return text

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


# --- The dialog
