"""Preview a document as it will print, then print it (QtPdf raster onto a QPrinter) or save
it as a PDF. A preview of a :class:`~deskapp.ui.print_job.PrintJob` archives and logs each
print or save, and shows the copy from then on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.print_log import PrintedHow
from deskapp.domain.records import Paper
from deskapp.i18n import fill
from deskapp.ui import messages, pdf_printing, print_job
from deskapp.ui.pdf_printing import PrintError, page_layout_for, print_pdf
from deskapp.ui.print_job import PrintJob

logger = logging.getLogger(__name__)

ZOOM_STEP = 1.25
MIN_ZOOM = 0.1
MAX_ZOOM = 16.0


class PrintPreviewDialog(QDialog):
    """Shows a PDF as it will print, with Print…, Save as PDF… and Close.

    Print… opens the system print dialog; on a computer without any printer it says so and
    offers Save as PDF instead. With a ``job``, every print or save is archived and logged
    (:meth:`PrintJob.left_counter`) and the preview then shows the copy that prints next;
    closing the preview removes the job's temporary files.

    Signals:
        printed(int): pages sent to the printer.
        saved(str): path a copy of the PDF was saved to.
    """

    printed = Signal(int)
    saved = Signal(str)

    def __init__(
        self,
        pdf_path: Path,
        paper: Paper,
        *,
        printer_name: str = "",
        title: str = "",
        protected: Callable[[Path], bool] = lambda _path: False,
        job: PrintJob | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._protected = protected  # the data file: never a place to save a copy
        self._job = job
        self._pdf_path = Path(pdf_path)
        self._paper = paper
        self._printer_name = printer_name
        self.setWindowTitle(title or self.tr("Print preview"))
        self.setObjectName("PrintPreviewDialog")

        self._document = QPdfDocument(self)
        load_error = self._document.load(str(self._pdf_path))
        self._loaded = load_error == QPdfDocument.Error.None_ and self._document.pageCount() > 0
        if not self._loaded:
            logger.warning("cannot preview %s: %s", self._pdf_path, load_error)

        self._build_ui()
        self._connect_signals()
        if paper in (Paper.ROLL80, Paper.LABEL60):
            # A whole pass at a glance: the roll is tall and narrow, so fit the page; a
            # label fitted to the width would fill the screen with one tag.
            self.fit_width_action.setChecked(False)
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
            self.resize(*((480, 760) if paper is Paper.ROLL80 else (560, 460)))
        else:
            self.resize(900, 700)

    @classmethod
    def for_job(cls, job: PrintJob, *, printer_name: str = "",
                protected: Callable[[Path], bool] = lambda _path: False,
                parent: QWidget | None = None) -> PrintPreviewDialog:
        """The preview of ``job``: printing and saving go into the archive and the log."""
        return cls(job.path, job.paper, printer_name=printer_name, title=job.title,
                   protected=protected, job=job, parent=parent)

    # --- Construction

    def _build_ui(self) -> None:
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self._document)

        self.error_label = QLabel(
            fill(self.tr("Cannot open the document %1."), self._document_name()), self
        )
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setWordWrap(True)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.error_label)
        self._stack.setCurrentWidget(self.view if self._loaded else self.error_label)

        self.zoom_in_action = QAction(self.tr("Zoom in"), self)
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = QAction(self.tr("Zoom out"), self)
        self.zoom_out_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        self.fit_width_action = QAction(self.tr("Fit width"), self)
        self.fit_width_action.setCheckable(True)
        self.fit_width_action.setChecked(True)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_width_action):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
            action.setEnabled(self._loaded)
            self.addAction(action)

        toolbar = QHBoxLayout()
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_width_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        self.info_label = QLabel(self._info_text(), self)
        toolbar.addWidget(self.info_label)

        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.print_button.setDefault(True)
        self.print_button.setEnabled(self._loaded)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Save a copy of the PDF (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.save_button.setEnabled(self._pdf_path.is_file())
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAutoDefault(False)

        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.buttons)
        self.print_button.setFocus()

    def _connect_signals(self) -> None:
        # Print is wired by clicked (not the box's accepted) so the dialog stays open after it.
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self.reject)
        self.zoom_in_action.triggered.connect(self._on_zoom_in)
        self.zoom_out_action.triggered.connect(self._on_zoom_out)
        self.fit_width_action.toggled.connect(self._on_fit_width_toggled)

    def _info_text(self) -> str:
        if not self._loaded:
            return self._paper.label()
        parts = [self._paper.label(), fill(self.tr("Pages: %1"), self._document.pageCount())]
        if self._job is not None and self._job.is_copy:
            parts.append(self.tr("printed before: prints as a copy"))
        return " · ".join(parts)

    def _document_name(self) -> str:
        # A job's PDF is a temporary file: its name is no name for a print job or a copy.
        return self._job.file_name if self._job is not None else self._pdf_path.name

    # --- Public API

    def document(self) -> QPdfDocument:
        """The previewed document (pageCount() etc.)."""
        return self._document

    def pdf_path(self) -> Path:
        """The previewed PDF file."""
        return self._pdf_path

    def paper(self) -> Paper:
        """The paper the document is printed on."""
        return self._paper

    def job(self) -> PrintJob | None:
        """The document's job (None: a plain PDF, nothing archived or logged)."""
        return self._job

    def print_document(self) -> int:
        """Ask for a printer and print; return pages printed (0 if cancelled or failed).

        Without any printer installed, say so and offer Save as PDF instead.
        """
        if not self._printers_installed():
            self._offer_save_instead()
            return 0
        printer = self._make_printer()
        result = self._exec_print_dialog(printer)
        if int(getattr(result, "value", result)) != QDialog.DialogCode.Accepted.value:
            return 0
        try:
            pages = print_pdf(self._pdf_path, printer, self._paper)
        except PrintError as exc:
            self._warn(str(exc))
            return 0
        # "Print to file" in the system dialog is a save, not paper.
        to_file = (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                   and bool(printer.outputFileName()))
        self._left_counter(PrintedHow.SAVED if to_file else PrintedHow.PRINTED)
        self.printed.emit(pages)
        return pages

    def save_copy(self) -> Path | None:
        """Ask where to save a copy of the PDF and copy it; return the path, None if not saved."""
        chosen = self._ask_save_path(print_job.default_save_path(self._document_name()))
        target = print_job.save_copy(self._pdf_path, chosen, protected=self._protected,
                                     warn=self._warn)
        if target is None:
            return None
        self._left_counter(PrintedHow.SAVED)
        self.saved.emit(str(target))
        return target

    # --- Overridable seams (tests monkeypatch these)

    def _printers_installed(self) -> bool:
        return bool(pdf_printing.installed_printers())

    def _make_printer(self) -> QPrinter:
        """A printer preselected to ``printer_name`` when it exists, set up for the paper."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        installed = pdf_printing.installed_printers()
        if self._printer_name and self._printer_name in installed:
            printer.setPrinterName(self._printer_name)
        elif self._printer_name:
            logger.info("printer %r not installed; using the default", self._printer_name)
        printer.setDocName(self._document_name())
        printer.setCreator("deskapp")
        if self._loaded:
            printer.setPageLayout(page_layout_for(self._paper, self._document.pagePointSize(0)))
        return printer

    def _exec_print_dialog(self, printer: QPrinter) -> int:
        """Run the modal QPrintDialog on ``printer``; return its QDialog.DialogCode."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.setMinMax(1, max(1, self._document.pageCount()))
        return dialog.exec()

    def _ask_save_path(self, default: Path) -> str:
        """Run the modal save dialog; return the chosen path or "" if cancelled."""
        return print_job.ask_save_path(self, default)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)

    # --- What happens after a print or save

    def _offer_save_instead(self) -> None:
        choice = messages.choose(self, no_printer_text(), [self.tr("Save as PDF…")],
                                 self.windowTitle())
        if choice == 0:
            self.save_copy()

    def _left_counter(self, how: PrintedHow) -> None:
        """Archive and log what was printed or saved, and show what prints next."""
        if self._job is None:
            return
        try:
            self._job.left_counter(how)
        except Exception as exc:  # the paper or the file is out: say what was not kept
            logger.exception("could not archive or log %s", self._document_name())
            self._warn(print_job.not_kept_text(exc))
            self.reject()  # what shows now may no longer be what would print
            return
        if self._job.path != self._pdf_path:
            self._show(self._job.path)

    def _show(self, pdf_path: Path) -> None:
        self._pdf_path = pdf_path
        error = self._document.load(str(pdf_path))
        self._loaded = error == QPdfDocument.Error.None_ and self._document.pageCount() > 0
        if not self._loaded:
            logger.warning("cannot preview %s: %s", pdf_path, error)
        self._stack.setCurrentWidget(self.view if self._loaded else self.error_label)
        self.print_button.setEnabled(self._loaded)
        self.info_label.setText(self._info_text())

    def done(self, result: int) -> None:
        """Close the preview and remove its temporary files (QDialog override)."""
        super().done(result)
        self._document.close()  # let go of the file before it is removed
        if self._job is not None:
            self._job.close()

    # --- Slots

    @Slot()
    def _on_print_clicked(self) -> None:
        self.print_document()

    @Slot()
    def _on_save_clicked(self) -> None:
        self.save_copy()

    @Slot()
    def _on_zoom_in(self) -> None:
        self._set_zoom(self._current_zoom() * ZOOM_STEP)

    @Slot()
    def _on_zoom_out(self) -> None:
        self._set_zoom(self._current_zoom() / ZOOM_STEP)

    @Slot(bool)
    def _on_fit_width_toggled(self, checked: bool) -> None:
        if checked:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            self._set_zoom(self._current_zoom())

    def _current_zoom(self) -> float:
        """The zoom factor on screen; in fit-to-width mode QPdfView reports 1.0, so compute it."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self._loaded:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        available = self.view.viewport().width() - margins.left() - margins.right()
        screen = self.view.screen()
        points_to_pixels = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
        page_width = self._document.pagePointSize(0).width() * points_to_pixels
        return available / page_width if page_width > 0 and available > 0 else 1.0

    def _set_zoom(self, factor: float) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self.fit_width_action.blockSignals(True)
        self.fit_width_action.setChecked(False)
        self.fit_width_action.blockSignals(False)


def no_printer_text() -> str:
    """What Print says on a computer without any printer."""
    return (QCoreApplication.translate("PrintPreviewDialog",
                                       "No printer is installed on this computer.")
            + "\n" + QCoreApplication.translate(
                "PrintPreviewDialog", "Save the document as a PDF instead, to print it elsewhere?"))
