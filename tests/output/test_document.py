"""Tests for the shared document layer, read back with poppler's pdftotext/pdfinfo/pdffonts."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm

from deskapp.domain.records import OrgInfo, Paper
from deskapp.fileio import host_tag
from deskapp.i18n import set_backend
from deskapp.output.document import (
    ROLL_MIN_HEIGHT,
    Content,
    DocumentBuilder,
    GlyphWarning,
    KeyValue,
    Mark,
    UnprintableText,
    copy_mark,
    format_local,
    marked,
    page_geometry,
    render,
)
from deskapp.output.fonts import PLACEHOLDER
from helpers import page_size, pdf_fonts, pdf_info, pdf_text

RARE = "\u4dae"  # 䶮: not in the printer font
ORG = OrgInfo("现代城物业服务中心", "北京市朝阳区建国路88号", "010-85801234", "A座大堂前台")
NOW = dt.datetime(2024, 5, 1, 1, 31, tzinfo=dt.UTC)  # 09:31 in Shanghai

def _font_rows(path: Path) -> list[list[str]]:
    return [line.split() for line in pdf_fonts(path)]


def assert_only_embedded_font(path: Path) -> None:
    rows = _font_rows(path)
    assert rows, "no font in the PDF"
    for row in rows:
        # name type encoding emb sub uni object-id gen
        assert row[0].endswith("+WenQuanYiMicroHei-0"), row
        assert row[-5] == "yes", f"not embedded: {row}"


def simple_content(rows: int = 3) -> Content:
    def content(doc: DocumentBuilder) -> list:
        return [doc.key_values([KeyValue("姓名", f"访客{i}") for i in range(rows)])]
    return content


def test_page_geometry() -> None:
    roll = page_geometry(Paper.ROLL80)
    assert roll.is_roll and roll.height is None
    assert roll.width == pytest.approx(80 * mm)
    assert roll.frame_width == pytest.approx(72 * mm)
    assert page_geometry(Paper.A6).width == pytest.approx(105 * mm)
    assert page_geometry(Paper.A6).height == pytest.approx(148 * mm)
    assert page_geometry(Paper.A5).height == pytest.approx(210 * mm)
    assert page_geometry(Paper.A4).width == pytest.approx(210 * mm)


def test_format_local_uses_local_zone(shanghai_tz: None) -> None:
    assert format_local(NOW) == "2024-05-01 09:31"


def test_format_local_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        format_local(dt.datetime(2024, 5, 1, 9, 31))


# -- glyph policy --------------------------------------------------------------------------


def test_clean_replaces_missing_characters_and_warns() -> None:
    doc = DocumentBuilder(page_geometry(Paper.A6))
    assert doc.clean("欧阳" + RARE, "Name") == "欧阳" + PLACEHOLDER
    assert doc.clean("刘" + RARE, "Name") == "刘" + PLACEHOLDER  # same field + chars: one warning
    assert doc.clean("王喆", "Name") == "王喆"
    assert doc.warnings == [GlyphWarning("Name", (RARE,))]
    message = doc.warnings[0].message()
    assert "Name" in message and RARE in message and "U+4DAE" in message
    assert PLACEHOLDER in message


def test_clean_strict_raises_with_field_and_characters() -> None:
    doc = DocumentBuilder(page_geometry(Paper.A6), strict=True)
    with pytest.raises(UnprintableText) as caught:
        doc.clean("欧阳" + RARE, "Name")
    assert isinstance(caught.value, ValueError)
    assert caught.value.field == "Name"
    assert caught.value.chars == (RARE,)
    assert "U+4DAE" in str(caught.value)


def test_placeholder_printed_and_warning_returned(tmp_path: Path) -> None:
    def content(doc: DocumentBuilder) -> list:
        return [doc.key_values([KeyValue("Name", "欧阳" + RARE)])]

    result = render(tmp_path / "p.pdf", paper=Paper.A6, org=ORG, title="Test", content=content,
                    now=NOW)
    assert result.warnings == (GlyphWarning("Name", (RARE,)),)
    assert "欧阳" + PLACEHOLDER in pdf_text(result.path)


def test_strict_render_writes_nothing(tmp_path: Path) -> None:
    def content(doc: DocumentBuilder) -> list:
        return [doc.paragraph("欧阳" + RARE, field="Name")]

    target = tmp_path / "p.pdf"
    with pytest.raises(UnprintableText):
        render(target, paper=Paper.ROLL80, org=ORG, title="T", content=content, strict=True)
    assert list(tmp_path.iterdir()) == []


def test_org_header_is_checked_too(tmp_path: Path) -> None:
    org = OrgInfo("刘" + RARE + "物业")
    result = render(tmp_path / "p.pdf", paper=Paper.A6, org=org, title="T",
                    content=simple_content(), now=NOW)
    assert [w.chars for w in result.warnings] == [(RARE,)]
    assert result.warnings[0].field == "Organisation"


# -- rendering ------------------------------------------------------------------------------


def test_render_metadata_fonts_and_footer(tmp_path: Path, shanghai_tz: None) -> None:
    result = render(tmp_path / "doc.pdf", paper=Paper.A6, org=ORG, title="登记单",
                    content=simple_content(), now=NOW, pdf_title="登记单 No.1")
    assert result.pages == 1
    info = pdf_info(result.path)
    assert info["Title"] == "登记单 No.1"
    assert info["Author"] == ORG.name
    assert info["Creator"] == "deskapp"
    assert page_size(result.path) == pytest.approx((297.64, 419.53), abs=0.05)
    assert_only_embedded_font(result.path)
    text = pdf_text(result.path)
    for expected in (ORG.name, ORG.address, "010-85801234", "A座大堂前台", "登记单", "访客2",
                     "Printed 2024-05-01 09:31"):
        assert expected in text
    assert "Page 1 of" not in text  # a single page needs no page numbers


def test_user_text_is_not_markup(tmp_path: Path) -> None:
    def content(doc: DocumentBuilder) -> list:
        return [doc.paragraph("A&B <Co> 第一行\n第二行", field="Company")]

    result = render(tmp_path / "m.pdf", paper=Paper.A6, org=ORG, title="T", content=content,
                    now=NOW)
    text = pdf_text(result.path)
    assert "A&B <Co> 第一行" in text
    assert "第二行" in text


def test_short_roll_has_minimum_height(tmp_path: Path) -> None:
    result = render(tmp_path / "r.pdf", paper=Paper.ROLL80, org=OrgInfo("X"), title="T",
                    content=simple_content(1), now=NOW)
    width, height = page_size(result.path)
    assert width == pytest.approx(226.77, abs=1)
    assert height == pytest.approx(ROLL_MIN_HEIGHT, abs=1)
    assert result.page_size == pytest.approx((width, height), abs=0.01)


def test_long_roll_grows_to_fit_on_one_page(tmp_path: Path) -> None:
    short = render(tmp_path / "s.pdf", paper=Paper.ROLL80, org=ORG, title="T",
                   content=simple_content(20), now=NOW)
    long = render(tmp_path / "l.pdf", paper=Paper.ROLL80, org=ORG, title="T",
                  content=simple_content(60), now=NOW)
    assert short.pages == long.pages == 1
    assert pdf_info(long.path)["Pages"] == "1"
    assert page_size(long.path)[1] > page_size(short.path)[1] > ROLL_MIN_HEIGHT
    text = pdf_text(long.path)
    assert "访客59" in text and "Printed" in text  # nothing cut off at the end


@pytest.mark.parametrize("paper", [Paper.A4, Paper.A5])
def test_multi_page_documents_number_their_pages(tmp_path: Path, paper: Paper) -> None:
    result = render(tmp_path / "a.pdf", paper=paper, org=ORG, title="T",
                    content=simple_content(150), now=NOW)
    assert result.pages > 1
    assert pdf_info(result.path)["Pages"] == str(result.pages)
    text = pdf_text(result.path)
    assert f"Page 1 of {result.pages}" in text
    assert f"Page {result.pages} of {result.pages}" in text
    assert "访客149" in text
    assert_only_embedded_font(result.path)


# -- marks ----------------------------------------------------------------------------------


def _page_texts(path: Path, pages: int) -> list[str]:
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(path), "-"],
                           check=True, capture_output=True, text=True).stdout
            for n in range(1, pages + 1)]


@pytest.mark.parametrize("paper", [Paper.ROLL80, Paper.A6])
def test_a_document_rendered_as_a_copy_says_so_under_the_title(tmp_path: Path,
                                                               paper: Paper) -> None:
    original = render(tmp_path / "o.pdf", paper=paper, org=ORG, title="登记单",
                      content=simple_content(12), now=NOW)
    with marked(copy_mark()):
        copy = render(tmp_path / "c.pdf", paper=paper, org=ORG, title="登记单",
                      content=simple_content(12), now=NOW)
    assert "COPY" not in pdf_text(original.path)
    lines = [line.strip() for line in pdf_text(copy.path).splitlines() if line.strip()]
    title = lines.index("登记单")
    assert lines[title + 1] == "COPY"  # the band right under the title
    assert lines[-1].startswith("COPY")  # and the footer
    assert copy.pages == 1
    assert_only_embedded_font(copy.path)
    if paper is Paper.ROLL80:  # the band takes room on the roll, never off it
        assert page_size(copy.path)[1] > page_size(original.path)[1]


def test_marked_lasts_for_the_block_only(tmp_path: Path) -> None:
    with marked(copy_mark()):
        render(tmp_path / "in.pdf", paper=Paper.A6, org=ORG, title="T",
               content=simple_content(), now=NOW)
    render(tmp_path / "after.pdf", paper=Paper.A6, org=ORG, title="T", content=simple_content(),
           now=NOW)
    assert "COPY" in pdf_text(tmp_path / "in.pdf")
    assert "COPY" not in pdf_text(tmp_path / "after.pdf")


def test_every_page_of_a_long_copy_names_it_in_the_footer(tmp_path: Path) -> None:
    with marked(copy_mark()):
        result = render(tmp_path / "a.pdf", paper=Paper.A5, org=ORG, title="T",
                        content=simple_content(150), now=NOW)
    assert result.pages > 1
    for text in _page_texts(result.path, result.pages):
        assert "COPY · Printed" in " ".join(text.split())


def test_a_documents_own_marks_come_first_and_footers_once(tmp_path: Path) -> None:
    stop = Mark("作废\nVOID", footer="VOID", inverted=True)
    with marked(copy_mark()):
        result = render(tmp_path / "m.pdf", paper=Paper.ROLL80, org=ORG, title="T",
                        content=simple_content(), now=NOW, marks=[stop, stop])
    text = " ".join(pdf_text(result.path).split())
    assert "作废 VOID 作废 VOID COPY" in text
    assert "VOID · COPY · Printed" in text  # each footer word once


def test_the_copy_mark_is_translated(tmp_path: Path) -> None:
    set_backend(lambda context, text: {"COPY": "副本"}.get(text, text))
    try:
        with marked(copy_mark()):
            result = render(tmp_path / "c.pdf", paper=Paper.ROLL80, org=ORG, title="访客通行证",
                            content=simple_content(), now=NOW)
    finally:
        set_backend(None)
    text = pdf_text(result.path)
    assert "副本" in text and "COPY" not in text
    assert_only_embedded_font(result.path)


def test_labels_go_through_translate(tmp_path: Path, shanghai_tz: None) -> None:
    set_backend(lambda context, text: {"Printed {time}": "打印时间 {time}"}.get(text, text))
    try:
        result = render(tmp_path / "t.pdf", paper=Paper.A6, org=ORG, title="T",
                        content=simple_content(), now=NOW)
    finally:
        set_backend(None)
    assert "打印时间 2024-05-01 09:31" in pdf_text(result.path)


# -- codes -----------------------------------------------------------------------------------


def test_qr_code_carries_the_value_and_fits_the_paper() -> None:
    doc = DocumentBuilder(page_geometry(Paper.ROLL80))
    drawing = doc.qr_code("V20240501-0012")
    (widget,) = [node for node in drawing.contents if isinstance(node, QrCodeWidget)]
    assert widget.value == "V20240501-0012"
    assert widget.barLevel == "M"
    assert 30 * mm <= drawing.width <= doc.geometry.frame_width
    with pytest.raises(ValueError):
        doc.qr_code("")


def test_barcode_text_uses_the_embedded_font(tmp_path: Path) -> None:
    def content(doc: DocumentBuilder) -> list:
        return [doc.barcode("V20240501-0012"), doc.qr_code("V20240501-0012")]

    for paper in (Paper.ROLL80, Paper.A4):
        result = render(tmp_path / f"b-{paper}.pdf", paper=paper, org=ORG, title="T",
                        content=content, now=NOW)
        assert "V20240501-0012" in pdf_text(result.path)
        assert_only_embedded_font(result.path)


def test_barcode_fits_and_rejects_non_ascii() -> None:
    doc = DocumentBuilder(page_geometry(Paper.ROLL80))
    wide = doc.barcode("VISITOR-PASS-0012")
    width, _ = wide.wrap(doc.geometry.frame_width, 1000)
    assert width <= doc.geometry.frame_width + 0.01
    with pytest.raises(ValueError, match="too long"):
        doc.barcode("X" * 60)
    with pytest.raises(ValueError):
        doc.barcode("张三")
    with pytest.raises(ValueError):
        doc.barcode("")


# -- writing ----------------------------------------------------------------------------------


def test_atomic_write_leaves_only_the_target(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "doc.pdf"
    render(target, paper=Paper.A6, org=ORG, title="T", content=simple_content(), now=NOW)
    assert [p.name for p in target.parent.iterdir()] == ["doc.pdf"]
    assert target.read_bytes().startswith(b"%PDF")


def test_failed_render_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "doc.pdf"
    target.write_bytes(b"previous")

    def broken(doc: DocumentBuilder) -> list:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        render(target, paper=Paper.A6, org=ORG, title="T", content=broken, now=NOW)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.pdf"]


def test_failed_write_removes_the_temp_file(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("deskapp.fileio.os.replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        render(tmp_path / "doc.pdf", paper=Paper.A6, org=ORG, title="T",
               content=simple_content(), now=NOW)
    assert list(tmp_path.iterdir()) == []


def test_render_sweeps_what_killed_prints_left_in_the_folder(tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # a print that died: its PID runs no more
    leftover = tmp_path / f".doc.pdf.deskapp-{child.pid}-{host_tag()}-0123abcd.part"
    leftover.write_bytes(b"%PDF-1.4 half a pass")
    render(tmp_path / "doc.pdf", paper=Paper.A6, org=ORG, title="T", content=simple_content(),
           now=NOW)
    assert [p.name for p in tmp_path.iterdir()] == ["doc.pdf"]


def test_output_layer_imports_no_qt_db_or_ui() -> None:
    code = (
        "import sys, deskapp.output.visitor_pass, deskapp.output.document;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'deskapp.db', 'deskapp.ui'))];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
