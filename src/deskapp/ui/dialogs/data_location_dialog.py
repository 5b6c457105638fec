"""Where this counter's records are: a file on this PC, or a PostgreSQL server shared by
several counters. The choice is kept on this PC and used from the next opening on."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.location import DataLocation, is_server_url, location_problem
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_data_location_dialog import Ui_DataLocationDialog
from deskapp.ui.tasks import BaseTaskRunner
from deskapp.usecases.servers import SchemaState, ServerReport, look_at_server

logger = logging.getLogger(__name__)


class DataLocationDialog(QDialog):
    """Choose the records' location; Test asks the server (off the UI thread).

    After ``exec()`` returns Accepted, :meth:`chosen` is the new location (None when it
    did not change). Enter accepts, Esc cancels. Nothing is written by the dialog.
    """

    def __init__(self, current: DataLocation, default_file: Path, tasks: BaseTaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DataLocationDialog()
        self.ui.setupUi(self)
        self._current = current
        self._tasks = tasks
        self._chosen: DataLocation | None = None
        for hint in (self.ui.intro_label, self.ui.server_hint_label, self.ui.fixed_label):
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._errors = FieldErrors({"location": (self.ui.url_edit,
                                                 self.ui.location_error_label)})
        self.ui.file_edit.setText(str(current.file or default_file))
        if current.is_server:
            self.ui.server_radio.setChecked(True)
            self.ui.url_edit.setText(current.value)
        self._say_who_decides(current)
        self.ui.server_radio.toggled.connect(self._on_kind_changed)
        self.ui.choose_button.clicked.connect(self._choose_file)
        self.ui.test_button.clicked.connect(self.test_connection)
        self.ui.url_edit.textEdited.connect(lambda _text: self.ui.test_result_label.clear())
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._on_kind_changed(current.is_server)

    def chosen(self) -> DataLocation | None:
        """The location chosen, or None when it is the one in use."""
        return self._chosen

    def typed_value(self) -> str:
        """What the chosen option's field says."""
        edit = self.ui.url_edit if self.ui.server_radio.isChecked() else self.ui.file_edit
        return edit.text().strip()

    # --- Overridable for tests
    def ask_file(self) -> str:
        """A data file to use (an existing one, or a new name)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Data file"), self.ui.file_edit.text(),
            self.tr("deskapp data file (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    # --- Actions
    def accept(self) -> None:
        """Check the field; keep the new location (or nothing, when it did not change)."""
        value = self.typed_value()
        problem = self._problem(value)
        if problem:
            self._errors.show({"location": problem})
            return
        location = DataLocation.of(value)
        self._chosen = None if location == self._current else location
        super().accept()

    def test_connection(self) -> None:
        """Ask the server what it holds and say so beside the button."""
        value = self.ui.url_edit.text().strip()
        problem = self._problem(value)
        if problem:
            self._errors.show({"location": problem})
            return
        self._errors.clear()
        self.ui.test_button.setEnabled(False)
        self.ui.test_result_label.setText(self.tr("Asking the server…"))
        location = DataLocation.of(value)
        self._tasks.run(lambda _report: look_at_server(location),
                        on_success=self._on_tested, on_failure=self._on_test_failed,
                        title="test connection")

    # --- Helpers
    def _problem(self, value: str) -> str | None:
        if self.ui.server_radio.isChecked() and value and not is_server_url(value):
            return self.tr("A server address starts with postgresql://.")
        if not self.ui.server_radio.isChecked() and is_server_url(value):
            return self.tr("That is a server address: choose “On a database server”.")
        return location_problem(value)

    def _on_tested(self, report: ServerReport) -> None:
        self.ui.test_button.setEnabled(True)
        text = {
            SchemaState.EMPTY: self.tr("Connected. The database is empty: deskapp sets it "
                                       "up when this counter opens it."),
            SchemaState.CURRENT: self.tr("Connected. The database holds deskapp's records."),
            SchemaState.OLDER: self.tr("Connected. The records were saved by an older deskapp "
                                       "and are brought up to date when this counter opens "
                                       "them."),
            SchemaState.NEWER: self.tr("Connected, but a newer deskapp set this database up: "
                                       "install the newer deskapp on this PC first."),
            SchemaState.FOREIGN: self.tr("Connected, but the database holds another program's "
                                         "tables: ask for a database of deskapp's own."),
        }[report.schema]
        named = [desk for desk, _count in report.desks if desk]
        if named:
            separator = self.tr(", ", "between the names of a list")
            # The space between the sentences is the translation's (Chinese has none).
            text += fill(self.tr(" Counters using it: %1."), separator.join(named))
        self.ui.test_result_label.setText(text)

    def _on_test_failed(self, exc: BaseException) -> None:
        self.ui.test_button.setEnabled(True)
        logger.info("connection test failed: %r", exc)
        message = str(exc) if isinstance(exc, UserError) else self.tr(
            "The server could not be reached; the details are in the log.")
        self.ui.test_result_label.setText(message)

    def _choose_file(self) -> None:
        path = self.ask_file()
        if path:
            if not path.lower().endswith(".sqlite"):
                path += ".sqlite"
            self.ui.file_edit.setText(path)

    def _on_kind_changed(self, server: bool) -> None:
        self._errors.clear()
        self.ui.file_edit.setEnabled(not server)
        self.ui.choose_button.setEnabled(not server)
        for widget in (self.ui.url_edit, self.ui.test_button, self.ui.test_result_label,
                       self.ui.server_hint_label):
            widget.setEnabled(server)
        (self.ui.url_edit if server else self.ui.file_edit).setFocus()

    def _say_who_decides(self, current: DataLocation) -> None:
        # --db and $DESKAPP_DB beat this PC's setting: say so rather than seem to ignore it.
        if current.source == "option":
            text = self.tr("deskapp was started with --db: the choice made here applies when "
                           "it is started without it.")
        elif current.source == "environment":
            text = self.tr("DESKAPP_DB is set on this PC: the choice made here applies once it "
                           "is removed.")
        else:
            text = ""
        self.ui.fixed_label.setText(text)
        self.ui.fixed_label.setVisible(bool(text))
