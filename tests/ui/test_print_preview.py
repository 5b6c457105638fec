"""Print preview: print_pdf onto a PDF QPrinter, and the dialog's print/save/close paths."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from deskapp.domain.records import Paper
from deskapp.paths import resource_path
from deskapp.ui import messages, pdf_printing
from deskapp.ui.pdf_printing import PrintError, page_layout_for, print_pdf
from deskapp.ui.print_preview import PrintPreviewDialog

FONT = "WQYMicroHei"
PT_PER_MM = 72 / 25.4
A5_PT = (419.53, 595.28)


# --- Fixtures and helpers


@pytest.fixture(scope="module", autouse=True)
def _cjk_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        font_file = resource_path("fonts", "wqy-microhei.ttc")
        pdfmetrics.registerFont(TTFont(FONT, str(font_file), subfontIndex=0))


def _draw_text(c: canvas.Canvas, x: float, y: float, text: str, size: int = 14) -> None:
    c.setFont(FONT, size)
    c.drawString(x, y, text)


def make_a5_pdf(path: Path) -> Path:
    """Two A5 pages with Chinese text and a black box (so a raster is easy to check)."""
    c = canvas.Canvas(str(path), pagesize=A5)
    for page in (1, 2):
        _draw_text(c, 40, A5[1] - 60, f"访客登记单 第{page}页", 18)
        _draw_text(c, 40, A5[1] - 90, "姓名：张三  电话：138****8000")
        _draw_text(c, 40, A5[1] - 115, "Visitor pass / 来访事由：会议")
        c.rect(40, 60, 120, 60, fill=1)
        c.showPage()
    c.save()
    return path


def make_roll_pdf(path: Path, heights_mm: tuple[float, ...] = (150.0,)) -> Path:
    """An 80 mm wide receipt, one page per height."""
    c = canvas.Canvas(str(path), pagesize=(80 * mm, heights_mm[0] * mm))
    for height in heights_mm:
        c.setPageSize((80 * mm, height * mm))
        _draw_text(c, 4 * mm, height * mm - 12 * mm, "访客通行证", 16)
        _draw_text(c, 4 * mm, height * mm - 20 * mm, "张三 2024-05-01 09:30", 10)
        c.rect(4 * mm, 10 * mm, 72 * mm, 10 * mm, fill=1)
        c.showPage()
    c.save()
    return path


def pdf_printer(out: Path, mode=QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def page_sizes_pt(pdf: Path) -> list[tuple[float, float]]:
    """Page sizes in points via pdfinfo (QtPdf if poppler-utils is missing)."""
    if shutil.which("pdfinfo"):
        out = subprocess.run(
            ["pdfinfo", "-f", "1", "-l", "999", str(pdf)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
        sizes = [
            (float(w), float(h))
            for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)
        ]
        assert len(sizes) == pages
        return sizes
    doc = QPdfDocument()
    assert doc.load(str(pdf)) == QPdfDocument.Error.None_
    return [
        (doc.pagePointSize(i).width(), doc.pagePointSize(i).height())
        for i in range(doc.pageCount())
    ]


def dark_fraction(image: QImage) -> float:
    """Share of sampled pixels that are dark (ink)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    dark = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += 1
            if image.pixelColor(x, y).lightness() < 100:
                dark += 1
    return dark / max(1, total)


def render_output_page(pdf: Path, page: int = 0) -> QImage:
    doc = QPdfDocument()
    assert doc.load(str(pdf)) == QPdfDocument.Error.None_
    size = doc.pagePointSize(page).toSize()
    rendered = doc.render(page, size)
    flat = QImage(size, QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.magenta)  # anything not painted by the print stays magenta
    painter = QPainter(flat)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return flat


@pytest.fixture
def a5_pdf(tmp_path: Path) -> Path:
    return make_a5_pdf(tmp_path / "登记单-a5.pdf")


@pytest.fixture
def roll_pdf(tmp_path: Path) -> Path:
    return make_roll_pdf(tmp_path / "pass-roll.pdf")


@pytest.fixture
def warned(monkeypatch) -> list[str]:
    seen: list[str] = []

    def fake_warning(parent, title, text, *args, **kwargs):
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", fake_warning)
    return seen


def _accept_into(out: Path):
    """A stand-in for QPrintDialog.exec(): the user picks "Print to PDF" into ``out``."""

    def fake_exec(printer: QPrinter) -> QDialog.DialogCode:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    return fake_exec


@pytest.fixture
def a_printer(monkeypatch) -> None:
    """This computer has a printer (offscreen there is none); the system dialog is faked."""
    monkeypatch.setattr(pdf_printing, "installed_printers", lambda: ["Front Desk"])


@pytest.fixture
def dialog(qtbot, a5_pdf: Path) -> PrintPreviewDialog:
    dlg = PrintPreviewDialog(a5_pdf, Paper.A5, title="访客登记单 preview")
    qtbot.addWidget(dlg)
    with qtbot.waitExposed(dlg):
        dlg.show()
    return dlg


# --- print_pdf


def test_print_pdf_a5_two_pages(qapp, tmp_path, a5_pdf):
    out = tmp_path / "out-a5.pdf"
    printer = pdf_printer(out)

    assert print_pdf(a5_pdf, printer, Paper.A5) == 2

    sizes = page_sizes_pt(out)
    assert len(sizes) == 2
    for width, height in sizes:
        assert width == pytest.approx(A5_PT[0], abs=1)
        assert height == pytest.approx(A5_PT[1], abs=1)
    # 1200 dpi HighResolution is brought down to a sane raster resolution.
    assert printer.resolution() == pdf_printing.SHEET_DPI


def test_print_pdf_roll_page_is_80mm_by_content_height(qapp, tmp_path, roll_pdf):
    out = tmp_path / "out-roll.pdf"
    printer = pdf_printer(out)

    assert print_pdf(roll_pdf, printer, Paper.ROLL80) == 1

    [(width, height)] = page_sizes_pt(out)
    assert width == pytest.approx(226.77, abs=1)
    assert height == pytest.approx(150 * PT_PER_MM, abs=PT_PER_MM)
    assert printer.resolution() == 203
    assert printer.pageLayout().margins().isNull()


def test_print_pdf_roll_follows_each_page_height(qapp, tmp_path):
    pdf = make_roll_pdf(tmp_path / "two-receipts.pdf", heights_mm=(150.0, 100.0))
    out = tmp_path / "out.pdf"

    assert print_pdf(pdf, pdf_printer(out), Paper.ROLL80) == 2

    (w1, h1), (w2, h2) = page_sizes_pt(out)
    assert w1 == pytest.approx(226.77, abs=1) and w2 == pytest.approx(226.77, abs=1)
    assert h1 == pytest.approx(150 * PT_PER_MM, abs=PT_PER_MM)
    assert h2 == pytest.approx(100 * PT_PER_MM, abs=PT_PER_MM)


def test_printed_page_has_content_on_white(qapp, tmp_path, roll_pdf):
    out = tmp_path / "out.pdf"
    print_pdf(roll_pdf, pdf_printer(out), Paper.ROLL80)

    image = render_output_page(out)
    assert 0.01 < dark_fraction(image) < 0.5  # the black box and text, not a black page
    # Opaque white everywhere else: QtPdf's transparent raster was flattened onto white.
    for x, y in ((2, 2), (image.width() - 3, image.height() // 2), (image.width() // 2, 5)):
        assert image.pixelColor(x, y).name() == "#ffffff"


def test_sheet_resolution_keeps_a_sane_printer_dpi(qapp, tmp_path, a5_pdf):
    printer = pdf_printer(tmp_path / "o.pdf")
    printer.setResolution(200)
    print_pdf(a5_pdf, printer, Paper.A5)
    assert printer.resolution() == 200


def test_print_pdf_honours_a_page_range(qapp, tmp_path, a5_pdf):
    out = tmp_path / "out.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert print_pdf(a5_pdf, printer, Paper.A5) == 1
    assert len(page_sizes_pt(out)) == 1


def test_print_pdf_label_is_60_by_40_mm_on_a_thermal_head(qapp, tmp_path):
    pdf = tmp_path / "label.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(60 * mm, 40 * mm))
    _draw_text(c, 2 * mm, 30 * mm, "K0001 钥匙牌", 16)
    c.rect(2 * mm, 2 * mm, 56 * mm, 8 * mm, fill=1)
    c.showPage()
    c.save()
    out = tmp_path / "out.pdf"
    printer = pdf_printer(out)

    assert print_pdf(pdf, printer, Paper.LABEL60) == 1

    [(width, height)] = page_sizes_pt(out)
    assert width == pytest.approx(60 * PT_PER_MM, abs=1)
    assert height == pytest.approx(40 * PT_PER_MM, abs=1)
    assert printer.resolution() == 203
    assert printer.pageLayout().margins().isNull()
    assert 0.01 < dark_fraction(render_output_page(out)) < 0.6


def test_page_layout_for_sheets_and_roll():
    a4 = page_layout_for(Paper.A4, QSizeF(595.28, 841.89))
    assert a4.pageSize().id() == a4.pageSize().PageSizeId.A4
    a6 = page_layout_for(Paper.A6, QSizeF(297.64, 419.53))
    assert a6.pageSize().id() == a6.pageSize().PageSizeId.A6
    roll = page_layout_for(Paper.ROLL80, QSizeF(226.77, 200 * PT_PER_MM))
    size_mm = roll.pageSize().size(roll.pageSize().Unit.Millimeter)
    assert size_mm.width() == pytest.approx(80, abs=0.1)
    assert size_mm.height() == pytest.approx(200, abs=0.1)
    assert roll.margins().isNull()


def test_print_pdf_missing_file_raises(qapp, tmp_path):
    out = tmp_path / "out.pdf"
    with pytest.raises(PrintError, match="nope.pdf"):
        print_pdf(tmp_path / "nope.pdf", pdf_printer(out), Paper.A5)
    assert not out.exists()


def test_print_pdf_not_a_pdf_raises(qapp, tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"this is not a PDF")
    with pytest.raises(PrintError):
        print_pdf(junk, pdf_printer(tmp_path / "out.pdf"), Paper.A5)


@pytest.mark.qt_log_ignore(r"QPainter::begin")
def test_print_pdf_unopenable_output_raises(qapp, tmp_path, a5_pdf):
    printer = pdf_printer(tmp_path / "no-such-dir" / "out.pdf")
    with pytest.raises(PrintError):
        print_pdf(a5_pdf, printer, Paper.A5)


def test_failure_mid_job_leaves_no_partial_file(qapp, tmp_path, a5_pdf, monkeypatch):
    real_render = pdf_printing._render_page

    def render_then_fail(doc, page, size):
        if page == 1:
            raise PrintError("page 2 failed")
        return real_render(doc, page, size)

    monkeypatch.setattr(pdf_printing, "_render_page", render_then_fail)
    out = tmp_path / "out.pdf"
    printer = pdf_printer(out)
    with pytest.raises(PrintError, match="page 2 failed"):
        print_pdf(a5_pdf, printer, Paper.A5)
    assert printer.printerState() != QPrinter.PrinterState.Active
    assert not out.exists()  # no half-printed file left behind


def test_print_pdf_refuses_to_overwrite_its_source(qapp, a5_pdf):
    before = a5_pdf.read_bytes()
    with pytest.raises(PrintError):
        print_pdf(a5_pdf, pdf_printer(a5_pdf), Paper.A5)
    assert a5_pdf.read_bytes() == before


# --- The dialog


def test_dialog_shows_the_document(dialog, a5_pdf):
    assert dialog.isVisible()
    assert dialog.windowTitle() == "访客登记单 preview"
    assert dialog.document().pageCount() == 2
    assert dialog.view.document() is dialog.document()
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.info_label.text() == "A5 · Pages: 2"
    assert dialog.print_button.isDefault()
    assert dialog.print_button.isEnabled()


def test_dialog_default_title(qtbot, roll_pdf):
    dlg = PrintPreviewDialog(roll_pdf, Paper.ROLL80)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Print preview"
    assert dlg.document().pageCount() == 1
    # The whole roll pass is in view at once, not just its top.
    assert dlg.view.zoomMode() == QPdfView.ZoomMode.FitInView


def test_a_label_is_previewed_whole(qtbot, roll_pdf):
    dlg = PrintPreviewDialog(roll_pdf, Paper.LABEL60)
    qtbot.addWidget(dlg)
    assert dlg.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert dlg.info_label.text().startswith("60 × 40 mm label")


def test_preview_draws_the_pdf(qtbot, dialog):
    # QPdfView renders pages asynchronously; wait until ink shows in the viewport.
    qtbot.waitUntil(
        lambda: dark_fraction(dialog.view.viewport().grab().toImage()) > 0.005, timeout=3000
    )


def test_shortcuts(dialog):
    assert dialog.print_button.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert dialog.save_button.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert QKeySequence(QKeySequence.StandardKey.ZoomIn) in dialog.zoom_in_action.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.ZoomOut) in dialog.zoom_out_action.shortcuts()
    assert QKeySequence("Ctrl+P").matches(dialog.print_button.shortcut()) == (
        QKeySequence.SequenceMatch.ExactMatch
    )


def test_zoom_in_out_and_back_to_fit(qtbot, dialog):
    fit = dialog._current_zoom()
    assert fit > 0

    dialog.zoom_in_action.trigger()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(fit * 1.25, rel=0.01)
    assert not dialog.fit_width_action.isChecked()

    dialog.zoom_out_action.trigger()
    dialog.zoom_out_action.trigger()
    assert dialog.view.zoomFactor() == pytest.approx(fit / 1.25, rel=0.01)

    dialog.fit_width_action.trigger()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_as_pdf_copies_the_file(qtbot, dialog, a5_pdf, tmp_path, monkeypatch):
    target = tmp_path / "saved" / "copy.pdf"
    target.parent.mkdir()
    asked: list[Path] = []

    def fake_ask(default: Path) -> str:
        asked.append(default)
        return str(target)

    monkeypatch.setattr(dialog, "_ask_save_path", fake_ask)
    with qtbot.waitSignal(dialog.saved, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert blocker.args == [str(target)]
    assert target.read_bytes() == a5_pdf.read_bytes()
    assert asked[0].name == a5_pdf.name  # default name = the pdf's own


def test_save_as_adds_pdf_suffix(dialog, a5_pdf, tmp_path, monkeypatch):
    monkeypatch.setattr(dialog, "_ask_save_path", lambda default: str(tmp_path / "名单"))
    assert dialog.save_copy() == tmp_path / "名单.pdf"
    assert (tmp_path / "名单.pdf").read_bytes() == a5_pdf.read_bytes()


def test_save_as_cancelled(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(dialog, "_ask_save_path", lambda default: "")
    with qtbot.assertNotEmitted(dialog.saved):
        assert dialog.save_copy() is None


def test_save_as_failure_warns(qtbot, dialog, tmp_path, monkeypatch, warned):
    monkeypatch.setattr(
        dialog, "_ask_save_path", lambda default: str(tmp_path / "missing" / "x.pdf")
    )
    with qtbot.assertNotEmitted(dialog.saved):
        assert dialog.save_copy() is None
    assert len(warned) == 1 and "x.pdf" in warned[0]


def test_print_through_dialog(a_printer, qtbot, dialog, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(dialog, "_exec_print_dialog", _accept_into(out))

    with qtbot.waitSignal(dialog.printed, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    assert blocker.args == [2]
    sizes = page_sizes_pt(out)
    assert len(sizes) == 2
    assert sizes[0][0] == pytest.approx(A5_PT[0], abs=1)
    assert dialog.isVisible()  # printing does not close the preview


def test_print_cancelled(a_printer, qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(dialog, "_exec_print_dialog", lambda printer: QDialog.DialogCode.Rejected)
    with qtbot.assertNotEmitted(dialog.printed):
        assert dialog.print_document() == 0


@pytest.mark.qt_log_ignore(r"QPainter::begin")
def test_print_failure_warns(a_printer, qtbot, dialog, tmp_path, monkeypatch, warned):
    monkeypatch.setattr(dialog, "_exec_print_dialog", _accept_into(tmp_path / "nodir" / "o.pdf"))
    with qtbot.assertNotEmitted(dialog.printed):
        assert dialog.print_document() == 0
    assert len(warned) == 1
    assert "Traceback" not in warned[0]


def test_escape_closes(qtbot, dialog):
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=1000)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_close_button_closes(qtbot, dialog):
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_broken_pdf_does_not_crash(a_printer, qtbot, tmp_path, monkeypatch, warned):
    junk = tmp_path / "broken.pdf"
    junk.write_bytes(b"%PDF-1.4 garbage")
    dlg = PrintPreviewDialog(junk, Paper.A5)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.print_button.isEnabled()
    assert "broken.pdf" in dlg.error_label.text()

    monkeypatch.setattr(dlg, "_exec_print_dialog", _accept_into(tmp_path / "o.pdf"))
    with qtbot.assertNotEmitted(dlg.printed):
        assert dlg.print_document() == 0
    assert len(warned) == 1 and "broken.pdf" in warned[0]


def test_missing_pdf_dialog(qtbot, tmp_path):
    dlg = PrintPreviewDialog(tmp_path / "gone.pdf", Paper.ROLL80)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.print_button.isEnabled()
    assert not dlg.save_button.isEnabled()


def test_without_any_printer_print_says_so_and_offers_save_as_pdf(
        qtbot, dialog, a5_pdf, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_printing, "installed_printers", lambda: [])
    asked: list[str] = []

    def choose(parent, text, options, title=""):
        asked.append(text + " | " + " ".join(options))
        return 0  # Save as PDF…

    monkeypatch.setattr(messages, "choose", choose)
    monkeypatch.setattr(dialog, "_exec_print_dialog",
                        lambda printer: pytest.fail("no system dialog without a printer"))
    monkeypatch.setattr(dialog, "_ask_save_path", lambda default: str(tmp_path / "pass.pdf"))
    with qtbot.assertNotEmitted(dialog.printed), qtbot.waitSignal(dialog.saved, timeout=1000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert asked == ["No printer is installed on this computer.\nSave the document as a PDF "
                     "instead, to print it elsewhere? | Save as PDF…"]
    assert (tmp_path / "pass.pdf").read_bytes() == a5_pdf.read_bytes()

    monkeypatch.setattr(messages, "choose", lambda *args, **kwargs: None)  # Cancel
    with qtbot.assertNotEmitted(dialog.saved):
        assert dialog.print_document() == 0


def test_make_printer_preselects_an_installed_printer(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(
        QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Front", "Back"])
    )
    assert pdf_printing.installed_printers() == ["Front", "Back"]
    layout = dialog._make_printer().pageLayout()  # set up for the paper before the dialog
    assert layout.pageSize().id() == layout.pageSize().PageSizeId.A5
    set_names: list[str] = []
    monkeypatch.setattr(QPrinter, "setPrinterName", lambda self, name: set_names.append(name))
    dialog._printer_name = "Back"
    dialog._make_printer()
    assert set_names == ["Back"]

    set_names.clear()
    dialog._printer_name = "Gone"
    dialog._make_printer()  # an unknown name falls back to the default printer
    assert set_names == []
