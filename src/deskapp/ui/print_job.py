"""A document on its way to paper, and saving a copy of it as a PDF.

A :class:`PrintJob` holds the preview the receptionist sees. When the document leaves the
counter — printed, or saved as a PDF — the job has it archived and logged, and from then on
shows (and prints) the copy: a record's second print must never look like its first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from deskapp.domain.print_log import PrintedHow
from deskapp.domain.records import Paper
from deskapp.fileio import copy_file_atomically
from deskapp.i18n import fill
from deskapp.ui import pdf_printing
from deskapp.usecases.printing import PrintedDocument, PrintService

logger = logging.getLogger(__name__)


class PrintJob:
    """One document being previewed, printed and saved, until its preview closes."""

    def __init__(self, service: PrintService, document: PrintedDocument) -> None:
        self._service = service
        self._document = document
        self._spent: list[PrintedDocument] = []  # earlier renders, removed at close()

    @property
    def document(self) -> PrintedDocument:
        """What is on screen and prints next."""
        return self._document

    @property
    def path(self) -> Path:
        """The PDF that prints next (a temporary file)."""
        return self._document.path

    @property
    def paper(self) -> Paper:
        """The paper it is laid out for."""
        return self._document.paper

    @property
    def title(self) -> str:
        """What it is, in words (Visitor pass V261123-0001)."""
        return self._document.title

    @property
    def file_name(self) -> str:
        """The name a saved copy is offered under, and the printer's document name."""
        return self._document.file_name

    @property
    def is_copy(self) -> bool:
        """It prints marked as a copy."""
        return self._document.copy

    def left_counter(self, how: PrintedHow, *, next_print: bool = True) -> Path:
        """The document was printed or saved: archive it, log it, and if it was the original
        (and ``next_print``: the preview stays open), render the copy that prints from now on.

        Returns:
            The archived PDF.

        Raises:
            OSError, DomainError: archiving, logging or the new render failed.
        """
        archived = self._service.keep(self._document, how)
        if next_print and not self._document.copy and self._document.spec.copies_marked:
            done = self._document
            self._document = self._service.render(done.spec.kind, done.record, done.paper)
            # Kept until close(): the preview may still have the old file open.
            self._spent.append(done)
        return archived

    def close(self) -> None:
        """Remove the job's temporary files (never what was archived)."""
        for document in (*self._spent, self._document):
            self._service.discard(document)
        self._spent.clear()


def not_kept_text(error: BaseException) -> str:
    """What to say when a print or save went out but could not be archived or logged."""
    return fill(QCoreApplication.translate(
        "PrintJob", "It went out, but could not be kept in the archive and the print log: %1"),
        error)


def send(job: PrintJob, printer_name: str) -> int:
    """Print ``job`` on the installed printer ``printer_name`` without a dialog; return the
    pages sent.

    Raises:
        PrintError: the printer could not be opened or refused a page.
    """
    printer = pdf_printing.printer_named(printer_name)
    printer.setDocName(job.file_name)
    printer.setCreator("deskapp")
    return pdf_printing.print_pdf(job.path, printer, job.paper)


def ask_save_path(parent: QWidget | None, default: Path) -> str:
    """The file chosen to save a PDF to, or "" if cancelled (tests replace this)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PrintPreviewDialog", "Save as PDF"), str(default),
        QCoreApplication.translate("PrintPreviewDialog", "PDF files (*.pdf)"))
    return path


def save_copy(source: Path, chosen: str, *, protected: Callable[[Path], bool],
              warn: Callable[[str], None]) -> Path | None:
    """Copy the PDF ``source`` to the file ``chosen`` in the save dialog; the saved file, or
    None when nothing was chosen or it could not be saved (``warn`` said why).

    A name without a suffix gets ``.pdf``; deskapp's own data file is never overwritten.
    """
    if not chosen:
        return None
    target = Path(chosen)
    if not target.suffix:
        target = target.with_suffix(".pdf")
    if protected(target):
        warn(fill(QCoreApplication.translate(
            "PrintPreviewDialog", "%1 is deskapp's own data file. Choose another file."), target))
        return None
    try:
        if target.resolve() != source.resolve():
            copy_file_atomically(source, target)
    except OSError as exc:
        logger.warning("cannot save %s to %s: %s", source, target, exc)
        warn(fill(QCoreApplication.translate("PrintPreviewDialog", "Cannot save the PDF to %1: %2"),
                  target, exc.strerror or type(exc).__name__))
        return None
    return target


def default_save_path(name: str) -> Path:
    """Where a saved copy is first offered: the Documents folder, under ``name``."""
    return pdf_printing.documents_dir() / name
