"""Printing from the window: one step on the counter's printer, the preview one key away,
Save as PDF where no printer is, one archived PDF and one print-log entry per print or save,
and reprints marked as copies.

Offscreen there is no printer: the printer lookup and the send are faked at their seams
(``pdf_printing.installed_printers`` / ``printer_named``). The "printer" writes a PDF of the
raster it was sent (no text in it); the document handed to it is kept aside to read back.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from deskapp.bootstrap import Services
from deskapp.domain.directory import UnitRow
from deskapp.domain.print_log import PrintedHow
from deskapp.domain.records import HostResponse
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.ui import messages, pdf_printing, print_job
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.print_preview import PrintPreviewDialog
from deskapp.ui.tasks import SyncTaskRunner
from helpers import commit_text, open_visitor_log, pdf_text

PRINTER = "Front Desk Thermal"
PASS = "V261123-0001"


class FakePrinters:
    """The printers of a counter PC: a name list, and a "printer" that writes each job to a
    PDF in ``folder``. ``sent`` holds a copy of each document given to it (the PDF the
    printer rasterised), ``pages`` the printer's own output."""

    def __init__(self, folder: Path, installed: list[str]) -> None:
        self.folder = folder
        self.installed = installed
        self.sent: list[Path] = []
        self.pages: list[Path] = []
        self.asked_for: list[str] = []

    def printer_named(self, name: str) -> QPrinter:
        self.asked_for.append(name)
        out = self.folder / f"paper-{len(self.pages) + 1}.pdf"
        self.pages.append(out)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    def print_pdf(self, real, pdf_path: Path, printer: QPrinter, paper) -> int:
        kept = self.folder / f"sent-{len(self.sent) + 1}.pdf"
        kept.write_bytes(Path(pdf_path).read_bytes())
        pages = real(pdf_path, printer, paper)
        self.sent.append(kept)
        return pages


@pytest.fixture
def printers(monkeypatch, tmp_path: Path) -> FakePrinters:
    fake = FakePrinters(tmp_path, [PRINTER, "Office LaserJet"])
    monkeypatch.setattr(pdf_printing, "installed_printers", lambda: list(fake.installed))
    monkeypatch.setattr(pdf_printing, "printer_named", fake.printer_named)
    real = pdf_printing.print_pdf
    monkeypatch.setattr(pdf_printing, "print_pdf",
                        lambda *args: fake.print_pdf(real, *args))
    # The one-step path never opens the system print dialog.
    monkeypatch.setattr(PrintPreviewDialog, "_exec_print_dialog",
                        lambda self, printer: pytest.fail("the system print dialog opened"))
    return fake


@pytest.fixture
def warned(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, text, title="": seen.append(text))
    return seen


def make_window(qtbot, services: Services, printer: str) -> MainWindow:
    services.settings.save(replace(services.settings.load(), org_name="星河国际大厦物业服务中心",
                                   welcomed=True, language="en", printer=printer))
    services.operator.hand_over("王芳")
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为技术有限公司"))
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitExposed(win):
        win.show()
    open_visitor_log(win)
    return win


@pytest.fixture
def window(qtbot, services: Services, printers: FakePrinters) -> MainWindow:
    return make_window(qtbot, services, PRINTER)


def archived(services: Services) -> list[Path]:
    return sorted(services.archive_dir.rglob("*.pdf"))


def leftovers(services: Services) -> list[Path]:
    """Every file in the archive that is not an archived PDF (a preview left behind)."""
    return [p for p in services.archive_dir.rglob("*") if p.is_file() and p.suffix != ".pdf"]


def words(path: Path) -> str:
    return " ".join(pdf_text(path).split())


def status(window: MainWindow) -> str:
    return window.ui.status_bar.currentMessage()


def check_in(qtbot, window: MainWindow) -> None:
    """Check a visitor in from the form: Enter saves, and the pass is printed at once."""
    tab = window.workspace("visitors")
    ui = tab.form.ui
    commit_text(ui.name_edit, "张三")
    ui.host_edit.setFocus()
    qtbot.keyClicks(ui.host_edit, "1203")
    qtbot.keyClick(ui.host_edit, Qt.Key.Key_Return)
    qtbot.keyClick(ui.host_edit, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1


def select_first_visit(window: MainWindow) -> None:
    tab = window.workspace("visitors")
    tab.history.ui.table.setFocus()
    tab.history.select(tab.model.row(0).id)


def test_with_a_printer_the_pass_prints_in_one_step_and_a_reprint_is_a_copy(
        qtbot, window: MainWindow, services: Services, printers: FakePrinters) -> None:
    check_in(qtbot, window)
    # Printed straight away on the counter's printer: no preview, no dialog.
    assert window.last_preview is None
    assert printers.asked_for == [PRINTER]
    [sent] = printers.sent
    text = words(sent)
    assert PASS in text and "张三" in text and "COPY" not in text
    assert status(window) == f"Printed Visitor pass {PASS} on {PRINTER}."
    assert printers.pages[0].stat().st_size > 1000  # the printer got the page
    [kept] = archived(services)
    assert kept.read_bytes() == sent.read_bytes()  # the archive keeps what was printed
    [logged] = services.print_log.copies("visitor-pass", PASS)
    assert (logged.how, logged.created_by) == (PrintedHow.PRINTED, "王芳")
    assert services.archive_dir / logged.archive_name == kept
    assert leftovers(services) == []  # the one-step render left nothing behind

    # Ctrl+P on the visit again: the same pass, marked as a copy.
    select_first_visit(window)
    qtbot.keyClick(window.workspace("visitors").history.ui.table, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier)
    assert len(printers.sent) == 2 and window.last_preview is None
    assert "Visitor pass COPY" in words(printers.sent[1]) and PASS in words(printers.sent[1])
    assert status(window) == f"Printed Visitor pass {PASS} on {PRINTER}, marked as a copy."
    assert len(archived(services)) == 2
    assert [c.how for c in services.print_log.copies("visitor-pass", PASS)] == [
        PrintedHow.PRINTED, PrintedHow.PRINTED]


def test_print_preview_is_one_key_away_and_a_preview_alone_keeps_nothing(
        qtbot, window: MainWindow, services: Services, printers: FakePrinters) -> None:
    services.visitors.check_in(VisitInput(name="李雷", host=HostRef("1203")))
    window.workspace("visitors").history.refresh()
    select_first_visit(window)
    assert window.ui.print_preview_action.shortcut().toString() == "Ctrl+Shift+P"
    menu = window.ui.record_menu.actions()
    assert menu.index(window.ui.print_preview_action) == menu.index(window.ui.print_action) + 1
    qtbot.keyClick(window.workspace("visitors").history.ui.table, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    preview = window.last_preview
    assert preview is not None and preview.isVisible()
    assert printers.sent == []
    assert "李雷" in pdf_text(preview.pdf_path())
    assert archived(services) == []
    assert services.print_log.copies("visitor-pass", PASS) == []
    preview.close()
    assert not preview.pdf_path().exists()
    assert archived(services) == [] and leftovers(services) == []


def test_save_as_pdf_from_the_preview_is_kept_once_and_then_shows_the_copy(
        qtbot, services: Services, printers: FakePrinters, tmp_path: Path,
        monkeypatch) -> None:
    window = make_window(qtbot, services, "")  # no printer chosen: the preview, as before
    check_in(qtbot, window)
    preview = window.last_preview
    assert preview is not None and preview.isVisible() and printers.sent == []
    assert "COPY" not in words(preview.pdf_path())
    target = tmp_path / "saved" / "pass.pdf"
    target.parent.mkdir()
    offered: list[Path] = []
    monkeypatch.setattr(preview, "_ask_save_path",
                        lambda default: offered.append(default) or str(target))
    with qtbot.waitSignal(preview.saved, timeout=2000):
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert offered[0].name == f"visitor-pass-{PASS}.pdf"  # not the preview's temporary name
    assert "COPY" not in words(target) and PASS in words(target)
    [kept] = archived(services)
    assert kept.read_bytes() == target.read_bytes()
    assert [c.how for c in services.print_log.copies("visitor-pass", PASS)] == [
        PrintedHow.SAVED]
    # What prints next is shown: the copy.
    assert "Visitor pass COPY" in words(preview.pdf_path())
    assert "prints as a copy" in preview.info_label.text()
    preview.close()
    assert leftovers(services) == []


def test_no_printer_installed_says_so_and_offers_save_as_pdf(
        qtbot, window: MainWindow, services: Services, printers: FakePrinters,
        tmp_path: Path, monkeypatch) -> None:
    printers.installed = []
    questions: list[tuple[str, list[str]]] = []

    def choose(parent, text, options, title=""):
        questions.append((text, options))
        return 0

    monkeypatch.setattr(messages, "choose", choose)
    monkeypatch.setattr(print_job, "ask_save_path", lambda parent, default: str(
        tmp_path / default.name))
    check_in(qtbot, window)
    [(text, options)] = questions
    assert text.startswith("No printer is installed on this computer.")
    assert options == ["Save as PDF…"]
    assert printers.sent == [] and window.last_preview is None
    saved = tmp_path / f"visitor-pass-{PASS}.pdf"
    assert PASS in words(saved)
    assert [c.how for c in services.print_log.copies("visitor-pass", PASS)] == [
        PrintedHow.SAVED]
    assert len(archived(services)) == 1 and leftovers(services) == []
    assert status(window) == f"Saved Visitor pass {PASS} as {saved}."

    monkeypatch.setattr(messages, "choose", lambda *args, **kwargs: None)  # Cancel: nothing
    window.print_document("visitor-pass", window.workspace("visitors").model.row(0).id)
    assert len(archived(services)) == 1 and leftovers(services) == []


def test_a_printer_not_connected_today_opens_the_preview(
        qtbot, window: MainWindow, services: Services, printers: FakePrinters) -> None:
    printers.installed = ["Office LaserJet"]
    check_in(qtbot, window)
    assert printers.sent == []
    assert window.last_preview is not None and window.last_preview.isVisible()
    assert PRINTER in status(window) and "not connected" in status(window)
    assert archived(services) == []


@pytest.mark.qt_log_ignore(r"QPainter::begin")
def test_a_failed_send_says_why_and_opens_the_preview(
        qtbot, window: MainWindow, services: Services, printers: FakePrinters,
        warned: list[str], monkeypatch, tmp_path: Path) -> None:
    def broken(name: str) -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no-such-folder" / "x.pdf"))
        return printer

    monkeypatch.setattr(pdf_printing, "printer_named", broken)
    check_in(qtbot, window)
    assert len(warned) == 1 and PRINTER in warned[0] and "Traceback" not in warned[0]
    assert window.last_preview is not None and window.last_preview.isVisible()
    assert archived(services) == []  # nothing left the counter
    assert services.print_log.copies("visitor-pass", PASS) == []


def test_a_voided_visit_is_refused_with_its_reason(
        qtbot, window: MainWindow, services: Services, printers: FakePrinters,
        warned: list[str]) -> None:
    row = services.visitors.check_in(VisitInput(name="李雷", host=HostRef("1203")))
    services.visitors.void(row.id, "登记错了")
    window.print_document("visitor-pass", row.id)
    assert warned == [f"Visit {PASS} was voided (登记错了): it has no pass to print."]
    assert printers.sent == [] and window.last_preview is None
    assert archived(services) == [] and leftovers(services) == []


def test_declined_and_checked_out_passes_print_as_not_valid(
        qtbot, window: MainWindow, services: Services, printers: FakePrinters, now,
        shanghai_tz: None) -> None:
    declined = services.visitors.check_in(VisitInput(name="李雷", host=HostRef("1203")))
    services.visitors.record_host_response(declined.id, HostResponse.DECLINED,
                                           message="请改天再来")
    now.advance(minutes=15)  # 09:45
    left = services.visitors.check_in(VisitInput(name="韩梅梅", host=HostRef("1203")))
    now.advance(hours=1)  # 10:45
    services.visitors.check_out(left.id)
    window.print_document("visitor-pass", declined.id)
    window.print_document("visitor-pass", left.id)
    first, second = (words(path) for path in printers.sent)
    assert "DECLINED NOT VALID" in first and declined.pass_no in first
    assert "CHECKED OUT 10:45 NOT VALID" in second and left.pass_no in second
    assert "NOT VALID · Printed" in second  # the footer says it too
