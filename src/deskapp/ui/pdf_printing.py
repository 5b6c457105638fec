"""Printing a PDF on a QPrinter: each page rendered by QtPdf onto the printer's page, at the
paper's size and a resolution the printer can take; and which printers this computer has."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QPoint,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from deskapp.domain.records import Paper
from deskapp.i18n import fill

logger = logging.getLogger(__name__)


ROLL_WIDTH_MM = 80.0
LABEL_SIZE_MM = (60.0, 40.0)
FORM241_SIZE_MM = (241.3, 93.13)  # 9.5 × 11/3 in: a third of a dot-matrix continuous form
THERMAL_DPI = 203  # 8 dots/mm: every 80 mm thermal printer
SHEET_DPI = 300  # enough for text; a 600/1200 dpi raster of an A4 page is 140-560 MB
MIN_SHEET_DPI = 150
MM_PER_PT = 25.4 / 72.0

_SHEET_SIZES = {
    Paper.A4: QPageSize.PageSizeId.A4,
    Paper.A5: QPageSize.PageSizeId.A5,
    Paper.A6: QPageSize.PageSizeId.A6,
}


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
    ROLL80 is a custom page 80 mm wide and as tall as the PDF page; LABEL60 the 60 × 40 mm
    label, as a label printer's driver names its stock; FORM241 the pre-printed continuous
    form of a dot-matrix printer.
    """
    zero = QMarginsF(0, 0, 0, 0)
    if paper in (Paper.LABEL60, Paper.FORM241):
        size_mm, name = ((LABEL_SIZE_MM, "Label60x40") if paper is Paper.LABEL60
                         else (FORM241_SIZE_MM, "Form241x93"))
        stock = QPageSize(QSizeF(*size_mm), QPageSize.Unit.Millimeter, name,
                          QPageSize.SizeMatchPolicy.ExactMatch)
        return QPageLayout(stock, QPageLayout.Orientation.Portrait, zero,
                           QPageLayout.Unit.Millimeter)
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
    if paper in (Paper.ROLL80, Paper.LABEL60):  # thermal heads, 8 dots/mm
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


def documents_dir() -> Path:
    """The user's Documents folder (home if there is none), where saved copies go first."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


# --- Seams: the printers of this computer (tests put a fake one here)


def installed_printers() -> list[str]:
    """The names of the printers installed on this computer (none offscreen)."""
    return list(QPrinterInfo.availablePrinterNames())


def printer_named(name: str) -> QPrinter:
    """A printer that sends to the installed printer ``name``, without asking anything."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    return printer
