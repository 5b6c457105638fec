"""Printing from the window: in one step on the counter's printer, or through the preview.

With a printer chosen in Settings and installed, Ctrl+P (and the pass after a check-in)
prints straight to it and says so in the status bar; the preview stays one key away
(Ctrl+Shift+P). With no printer chosen the preview opens, as it always did. On a computer
without any printer, Print says so and offers Save as PDF.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from deskapp.domain.print_log import PrintedHow
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages, pdf_printing, print_job
from deskapp.ui.pdf_printing import PrintError
from deskapp.ui.print_job import PrintJob
from deskapp.ui.print_preview import PrintPreviewDialog, no_printer_text

if TYPE_CHECKING:
    from deskapp.bootstrap import Services
    from deskapp.domain.settings import AppSettings

logger = logging.getLogger(__name__)


class DocumentPrinter(QObject):
    """Prints what the window asks for, and keeps the last preview it opened.

    Signals:
        status_message(str): what was printed where, for the status bar.
    """

    status_message = Signal(str)

    def __init__(self, window: QWidget, services: Services,
                 settings: Callable[[], AppSettings]) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._settings = settings
        self.last_preview: PrintPreviewDialog | None = None

    def print_document(self, kind: str, record_id: int | str, *,
                       preview: bool = False) -> None:
        """Print the document ``kind`` of a record: in one step on the counter's printer,
        or in the preview (``preview``, or no printer chosen, or it is not connected)."""
        job = self._render(kind, record_id)
        if job is None:
            return
        printer = self._settings().printer
        if preview or not printer:
            self.open_preview(job)
            return
        installed = pdf_printing.installed_printers()
        if not installed:
            self._offer_save_instead(job)
        elif printer not in installed:
            self.status_message.emit(fill(self.tr(
                "The printer %1 is not connected: choose another in the preview."), printer))
            self.open_preview(job)
        else:
            self._print_on(job, printer)

    def open_preview(self, job: PrintJob) -> PrintPreviewDialog:
        """Show ``job`` in the preview (window-modal, not blocking); it prints from there."""
        dialog = PrintPreviewDialog.for_job(
            job, printer_name=self._settings().printer,
            protected=self._services.location.is_data_file, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.printed.connect(lambda pages: self.status_message.emit(
            fill(self.tr("Printed %1 page(s)."), pages)))
        self.last_preview = dialog
        dialog.open()
        return dialog

    # --- Steps
    def _render(self, kind: str, record_id: int | str) -> PrintJob | None:
        try:
            document = self._services.documents.render(kind, record_id)
        except UserError as exc:  # refused in words: a voided visit, no such record …
            messages.warn(self._window, str(exc))
            return None
        except Exception as exc:  # the record is saved; only the paper failed
            logger.exception("could not print %s %s", kind, record_id)
            messages.warn(self._window, fill(self.tr(
                "The record is saved, but its document could not be printed: %1\n"
                "Select it and press Ctrl+P to try again."), exc))
            return None
        if document.warnings:
            messages.warn(self._window, "\n".join(w.message() for w in document.warnings))
        return PrintJob(self._services.documents, document)

    def _print_on(self, job: PrintJob, printer: str) -> None:
        try:
            print_job.send(job, printer)
        except PrintError as exc:
            messages.warn(self._window, fill(self.tr(
                "Could not print on %1: %2\nThe preview is open: print from there, or save "
                "a PDF."), printer, exc))
            self.open_preview(job)
            return
        try:
            if self._kept(job, PrintedHow.PRINTED):
                text = (self.tr("Printed %1 on %2, marked as a copy.") if job.is_copy
                        else self.tr("Printed %1 on %2."))
                self.status_message.emit(fill(text, job.title, printer))
        finally:
            job.close()  # one step: nothing stays on screen

    def _offer_save_instead(self, job: PrintJob) -> None:
        try:
            choice = messages.choose(self._window, no_printer_text(),
                                     [self.tr("Save as PDF…")])
            if choice != 0:
                return
            chosen = print_job.ask_save_path(
                self._window, print_job.default_save_path(job.file_name))
            saved = print_job.save_copy(
                job.path, chosen, protected=self._services.location.is_data_file,
                warn=lambda text: messages.warn(self._window, text))
            if saved is not None and self._kept(job, PrintedHow.SAVED):
                self.status_message.emit(fill(self.tr("Saved %1 as %2."), job.title, saved))
        finally:
            job.close()

    def _kept(self, job: PrintJob, how: PrintedHow) -> bool:
        """Archive and log what left the counter; False (said why) when that failed."""
        try:
            job.left_counter(how, next_print=False)
        except Exception as exc:
            logger.exception("could not archive or log %s", job.file_name)
            messages.warn(self._window, print_job.not_kept_text(exc))
            return False
        return True
