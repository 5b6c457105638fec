"""A request in full: what was said, who handles it and by when, every dated step, the
revisits, and the files attached (added here, opened with the system's viewer)."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from deskapp.domain.clock import Clock
from deskapp.domain.errors import ValidationError
from deskapp.domain.requests.log import RequestLog
from deskapp.domain.requests.records import RequestRow
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.forms.ui_request_detail_dialog import Ui_RequestDetailDialog


def choose_files(parent: QWidget, title: str, filters: str) -> list[str]:
    """The files the receptionist picks (a function of its own so tests can answer it)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return list(paths)


_scratch: tempfile.TemporaryDirectory[str] | None = None


def scratch_folder() -> Path:
    """Where copies of attachments are opened from: removed when deskapp ends (a viewer
    may still be reading one after its dialog closed)."""
    global _scratch
    if _scratch is None:
        _scratch = tempfile.TemporaryDirectory(prefix="deskapp-attachments-",
                                               ignore_cleanup_errors=True)
    return Path(_scratch.name)


def open_with_system(path: Path) -> bool:
    """Open ``path`` in the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class RequestDetailDialog(QDialog):
    """One request in full.

    Signals:
        print_requested(str, object): print this document kind for this record.
        changed(): a file was attached.
    """

    print_requested = Signal(str, object)
    changed = Signal()

    def __init__(self, requests: RequestLog, request_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestDetailDialog()
        self.ui.setupUi(self)
        self._requests = requests
        self._clock: Clock = requests.clock
        self._request_id = request_id
        ui = self.ui
        ui.events_table.setColumnCount(4)
        header = ui.events_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.events_table.verticalHeader().hide()
        ui.button_box.rejected.connect(self.reject)
        ui.attach_button.clicked.connect(self.attach)
        ui.open_button.clicked.connect(self.open_attachment)
        ui.attachments_list.itemActivated.connect(lambda _item: self.open_attachment())
        ui.print_form_button.clicked.connect(
            lambda: self.print_requested.emit("complaint-form", self._request_id))
        ui.print_revisit_button.clicked.connect(self._print_revisit)
        self.show_request()

    def show_request(self) -> None:
        """Read the request again and show it."""
        ui = self.ui
        row = self._requests.request(self._request_id)
        self.setWindowTitle(fill(self.tr("Request %1"), row.number))
        ui.details_browser.setHtml(self._details_html(row))
        events = self._requests.events(self._request_id)
        ui.events_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Step"), self.tr("What"), self.tr("By")])
        ui.events_table.setRowCount(len(events))
        for i, event in enumerate(events):
            by = event.created_by + (fill(self.tr(" (approved by %1)"), event.approved_by)
                                     if event.approved_by else "")
            for column, text in enumerate((
                    self._clock.local(event.at).strftime("%Y-%m-%d %H:%M"),
                    event.kind.label(), event.text, by)):
                ui.events_table.setItem(i, column, QTableWidgetItem(text))
        ui.events_table.resizeColumnToContents(0)
        ui.events_table.resizeColumnToContents(1)
        ui.attachments_list.clear()
        for attachment in self._requests.attachments(self._request_id):
            ui.attachments_list.addItem(fill("%1  (%2 KB)", attachment.name,
                                             max(1, attachment.size // 1024)))
            item = ui.attachments_list.item(ui.attachments_list.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
        ui.open_button.setEnabled(ui.attachments_list.count() > 0)
        ui.print_revisit_button.setEnabled(bool(self._requests.revisits(self._request_id)))

    def _details_html(self, row: RequestRow) -> str:
        def when(value) -> str:  # type: ignore[no-untyped-def]
            return self._clock.local(value).strftime("%Y-%m-%d %H:%M") if value else ""

        lines = [
            (self.tr("Number"), row.number),
            (self.tr("Taken"), fill("%1 · %2", when(row.received_at), row.channel.label())
             + (fill(self.tr(" from %1"), row.forwarded_from) if row.forwarded_from else "")
             + (fill(self.tr(" (call %1)"), row.call_id) if row.call_id else "")),
            (self.tr("From"), " · ".join(filter(None, (row.complainant, row.about_label,
                                                         row.phone)))),
            (self.tr("Kind"), fill("%1 · %2", row.kind.label(), row.nature.label())),
            (self.tr("Severity"), " · ".join(filter(None, (
                row.severity.label(), row.grounds.label() if row.grounds else "",
                fill(self.tr("handled by the %1"), row.level.label().lower()))))),
            (self.tr("Owner"), row.owner),
            (self.tr("Department"), " · ".join(filter(None, (row.department_label,
                                                               row.handler)))),
            (self.tr("Deadline"), when(row.due_at)),
            (self.tr("State"), row.state.label()
             + (fill(self.tr(", waiting for: %1"), row.pause_reason) if row.paused else "")
             + (fill(self.tr(", reopened %1×"), row.reopened) if row.reopened else "")),
            (self.tr("What was said"), row.content),
            (self.tr("Process and result"), row.result),
            (self.tr("Rectification planned"), row.rectification),
            (self.tr("Customer's final opinion"), row.final_opinion),
        ]
        cells = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{html.escape(label)}</td>"
            f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
            for label, value in lines if value)
        return f"<table>{cells}</table>"

    @Slot()
    def attach(self) -> None:
        """Attach photos or a scanned letter."""
        paths = choose_files(self, self.tr("Attach photos or a scanned letter"),
                             self.tr("Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif "
                                     "*.tiff *.heic);;All files (*)"))
        for path in paths:
            try:
                self._requests.attach(self._request_id, Path(path))
            except ValidationError as exc:
                messages.warn(self, fill("%1: %2", Path(path).name,
                                         " ".join(exc.errors.values())))
            except UserError as exc:
                messages.warn(self, str(exc))
                break
        if paths:
            self.show_request()
            self.changed.emit()

    @Slot()
    def open_attachment(self) -> None:
        """Open the chosen file with the system's viewer (a copy: the kept one stays as
        it was added)."""
        item = self.ui.attachments_list.currentItem() or self.ui.attachments_list.item(0)
        if item is None:
            return
        try:
            name, data = self._requests.attachment_content(item.data(Qt.ItemDataRole.UserRole))
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        folder = scratch_folder() / str(item.data(Qt.ItemDataRole.UserRole))
        folder.mkdir(exist_ok=True)
        path = folder / Path(name).name
        path.write_bytes(data)
        if not open_with_system(path):
            messages.warn(self, fill(self.tr("No program on this PC opens %1."), name))

    def _print_revisit(self) -> None:
        revisits = self._requests.revisits(self._request_id)
        if revisits:
            self.print_requested.emit("revisit-record", revisits[-1].id)
