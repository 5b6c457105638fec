"""Preview a printed PDF, then print it (QtPdf raster onto a QPrinter) or save a copy."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QPoint,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.records import Paper
from deskapp.fileio import copy_file_atomically
from deskapp.i18n import fill

logger = logging.getLogger(__name__)


ROLL_WIDTH_MM = 80.0
THERMAL_DPI = 203  # 8 dots/mm: every 80 mm thermal printer
SHEET_DPI = 300  # enough for text; a 600/1200 dpi raster of an A4 page is 140-560 MB
MIN_SHEET_DPI = 150
MM_PER_PT = 25.4 / 72.0

_SHEET_SIZES = {
    Paper.A4: QPageSize.PageSizeId.A4,
    Paper.A5: QPageSize.PageSizeId.A5,
    Paper.A6: QPageSize.PageSizeId.A6,
}

ZOOM_STEP = 1.25
MIN_ZOOM = 0.1
MAX_ZOOM = 16.0


class PrintError(Exception):
    """Printing failed before or while pages were sent; the message is translated and short."""


def _load_document(pdf_path: Path) -> QPdfDocument:
    """Open ``pdf_path`` or raise PrintError."""
    doc = QPdfDocument()
    error = doc.load(str(pdf_path))
    if error != QPdfDocument.Error.None_ or doc.pageCount() < 1:
        logger.warning("cannot load %s for printing: %s", pdf_path, error)
        raise PrintError(fill(QCoreApplication.translate(
            "PrintPreviewDialog", "Cannot open the document %1."), pdf_path.name))
    return doc


def page_layout_for(paper: Paper, page_size_pt: QSizeF) -> QPageLayout:
    """The printer page for one PDF page of ``page_size_pt`` (points) on ``paper``, no margins.

    A4/A5/A6 use the standard size, turned to landscape if the PDF page is wider than tall.
    ROLL80 is a custom page 80 mm wide and as tall as the PDF page.
    """
    zero = QMarginsF(0, 0, 0, 0)
    if paper is Paper.ROLL80:
        height_mm = max(1.0, page_size_pt.height() * MM_PER_PT)
        size = QPageSize(
            QSizeF(ROLL_WIDTH_MM, height_mm),
            QPageSize.Unit.Millimeter,
            f"Roll80x{height_mm:.0f}",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
        return QPageLayout(
            size, QPageLayout.Orientation.Portrait, zero, QPageLayout.Unit.Millimeter
        )
    orientation = (
        QPageLayout.Orientation.Landscape
        if page_size_pt.width() > page_size_pt.height()
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(_SHEET_SIZES[paper]), orientation, zero, QPageLayout.Unit.Millimeter
    )


def _resolution_for(paper: Paper, printer: QPrinter) -> int:
    if paper is Paper.ROLL80:
        return THERMAL_DPI
    dpi = printer.resolution()
    return dpi if MIN_SHEET_DPI <= dpi <= SHEET_DPI else SHEET_DPI


def _page_numbers(printer: QPrinter, page_count: int) -> list[int]:
    """0-based pages to print: all, or the range the user picked in the print dialog."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        return list(range(first - 1, last))
    return list(range(page_count))


def _render_page(doc: QPdfDocument, page: int, size: QSize) -> QImage:
    """The page at ``size`` pixels on an opaque white background (render() is transparent)."""
    rendered = doc.render(page, size)
    if rendered.isNull():
        raise PrintError(fill(QCoreApplication.translate(
            "PrintPreviewDialog", "Cannot render page %1."), page + 1))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.drawImage(QPoint(0, 0), rendered)
    painter.end()
    return image


def print_pdf(pdf_path: Path, printer: QPrinter, paper: Paper) -> int:
    """Print every page of the PDF at ``pdf_path`` on ``printer``; return the pages printed.

    Each page is rendered by QtPdf into the printer's page rect, aspect ratio kept, centred
    horizontally and top-aligned, on white. The printer gets the paper's page size with zero
    margins (a real printer clamps them to its own minimum) and its resolution: 203 dpi for
    the 80 mm roll, the printer's own but at most 300 dpi for sheets. A roll page is as tall
    as the PDF page, page by page. A page range chosen in the print dialog is honoured.

    Args:
        pdf_path: An existing PDF (the archived record).
        printer: A configured printer, e.g. after QPrintDialog; its page layout and
            resolution are overwritten.
        paper: Paper the document is laid out for.

    Returns:
        The number of pages sent.

    Raises:
        PrintError: The PDF can't be loaded or rendered, the output can't be opened, or the
            output file is the PDF itself.
    """
    pdf_path = Path(pdf_path)
    out_name = printer.outputFileName()
    if out_name and pdf_path.exists() and Path(out_name).resolve() == pdf_path.resolve():
        raise PrintError(fill(QCoreApplication.translate(
            "PrintPreviewDialog", "Cannot print a document into its own file %1."), out_name))
    doc = _load_document(pdf_path)
    try:
        pages = _page_numbers(printer, doc.pageCount())
        if not pages:
            raise PrintError(QCoreApplication.translate(
                "PrintPreviewDialog", "There is no page to print."))
        printer.setResolution(_resolution_for(paper, printer))
        if not printer.docName():
            printer.setDocName(pdf_path.name)
        printer.setFullPage(False)
        printer.setPageLayout(page_layout_for(paper, doc.pagePointSize(pages[0])))
        painter = QPainter()
        if not painter.begin(printer):
            target = printer.outputFileName() or printer.printerName()
            logger.warning("QPainter.begin failed on printer %r", target)
            raise PrintError(fill(QCoreApplication.translate(
                "PrintPreviewDialog", "Cannot start printing on %1."), target or "?"))
        printed = 0
        try:
            for index, page in enumerate(pages):
                if index:
                    printer.setPageLayout(page_layout_for(paper, doc.pagePointSize(page)))
                    if not printer.newPage():
                        raise PrintError(QCoreApplication.translate(
                            "PrintPreviewDialog", "The printer refused a new page."))
                _draw_page(painter, printer, doc, page)
                printed += 1
        except BaseException:
            printer.abort()  # cancels a spooled job; the PDF engine can't abort
            painter.end()
            _discard_partial_file(printer)
            raise
        painter.end()
        logger.info(
            "printed %d page(s) of %s on %r",
            printed,
            pdf_path.name,
            printer.outputFileName() or printer.printerName(),
        )
        return printed
    finally:
        doc.close()


def _discard_partial_file(printer: QPrinter) -> None:
    """Remove a half-written "print to file" PDF so nobody mistakes it for the document."""
    name = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and name:
        try:
            Path(name).unlink(missing_ok=True)
        except OSError:
            logger.warning("cannot remove the partial print file %s", name)


def _draw_page(painter: QPainter, printer: QPrinter, doc: QPdfDocument, page: int) -> None:
    area = printer.pageRect(QPrinter.Unit.DevicePixel)
    point_size = doc.pagePointSize(page)
    if point_size.isEmpty() or area.isEmpty():
        raise PrintError(fill(QCoreApplication.translate(
            "PrintPreviewDialog", "Cannot render page %1."), page + 1))
    scale = min(area.width() / point_size.width(), area.height() / point_size.height())
    size = QSize(
        max(1, round(point_size.width() * scale)), max(1, round(point_size.height() * scale))
    )
    left = max(0, (int(area.width()) - size.width()) // 2)
    painter.drawImage(QPoint(left, 0), _render_page(doc, page, size))


def _documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class PrintPreviewDialog(QDialog):
    """Shows a PDF as it will print, with Print…, Save as PDF… and Close.

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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._protected = protected  # the data file: never a place to save a copy
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
        if paper is Paper.ROLL80:
            # A whole pass at a glance: the roll is tall and narrow, so fit the page.
            self.fit_width_action.setChecked(False)
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
            self.resize(480, 760)
        else:
            self.resize(900, 700)

    # --- Construction

    def _build_ui(self) -> None:
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self._document)

        self.error_label = QLabel(
            fill(self.tr("Cannot open the document %1."), self._pdf_path.name), self
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
        pages = fill(self.tr("Pages: %1"), self._document.pageCount())
        return f"{self._paper.label()} · {pages}"

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

    def print_document(self) -> int:
        """Ask for a printer and print; return pages printed (0 if cancelled or failed)."""
        printer = self._make_printer()
        result = self._exec_print_dialog(printer)
        if int(getattr(result, "value", result)) != QDialog.DialogCode.Accepted.value:
            return 0
        try:
            pages = print_pdf(self._pdf_path, printer, self._paper)
        except PrintError as exc:
            self._warn(str(exc))
            return 0
        self.printed.emit(pages)
        return pages

    def save_copy(self) -> Path | None:
        """Ask where to save a copy of the PDF and copy it; return the path, None if not saved."""
        chosen = self._ask_save_path(_documents_dir() / self._pdf_path.name)
        if not chosen:
            return None
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".pdf")
        if self._protected(target):
            self._warn(fill(self.tr("%1 is deskapp's own data file. Choose another file."),
                            target))
            return None
        try:
            if target.resolve() != self._pdf_path.resolve():
                copy_file_atomically(self._pdf_path, target)
        except OSError as exc:
            logger.warning("cannot save %s to %s: %s", self._pdf_path, target, exc)
            self._warn(
                fill(self.tr("Cannot save the PDF to %1: %2"),
                     target, exc.strerror or type(exc).__name__)
            )
            return None
        self.saved.emit(str(target))
        return target

    # --- Overridable seams (tests monkeypatch these)

    def _make_printer(self) -> QPrinter:
        """A printer preselected to ``printer_name`` when it exists, set up for the paper."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        installed = QPrinterInfo.availablePrinterNames()
        if self._printer_name and self._printer_name in installed:
            printer.setPrinterName(self._printer_name)
        elif self._printer_name:
            logger.info("printer %r not installed; using the default", self._printer_name)
        if not installed:
            # No printer at all: the dialog still offers "Print to File (PDF)"; propose a name.
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(_documents_dir() / self._pdf_path.name))
        printer.setDocName(self._pdf_path.name)
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
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(default), self.tr("PDF files (*.pdf)")
        )
        return path

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)

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
