"""Tests for the printed visitor pass, read back with poppler's pdftotext/pdfinfo/pdffonts."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, Table

from deskapp.domain.identity import IdType
from deskapp.domain.records import HostResponse, OrgInfo, Paper, Purpose, VisitFlag, VisitRow
from deskapp.i18n import set_backend
from deskapp.output.document import DocumentBuilder, UnprintableText, page_geometry
from deskapp.output.fonts import PLACEHOLDER
from deskapp.output.visitor_pass import pass_flowables, qr_payload, render_visitor_pass
from helpers import page_size, pdf_fonts, pdf_info, pdf_text

RARE = "\u4dae"  # 䶮: not in the printer font
FULL_ID = "11010519491231002X"  # the GB 11643 annex example
MASKED_ID = "110105********002X"
ORG = OrgInfo("现代城物业服务中心", "北京市朝阳区建国路88号", "010-85801234", "A座大堂前台")
NOW = dt.datetime(2024, 5, 1, 1, 31, tzinfo=dt.UTC)

pytestmark = pytest.mark.usefixtures("shanghai_tz")


def make_visit(**changes: object) -> VisitRow:
    visit = VisitRow(
        id=7,
        pass_no="V20240501-0012",
        name="欧阳喆",
        id_type=IdType.RESIDENT,
        id_number=FULL_ID,
        phone="13800138000",
        company="北京星河科技有限公司",
        party_size=2,
        purpose=Purpose.MEETING,
        host_label="1201 华信律师事务所 王律师",
        time_in=dt.datetime(2024, 5, 1, 1, 30, tzinfo=dt.UTC),  # 09:30 in Shanghai
        plate="京A12345",
    )
    return dataclasses.replace(visit, **changes)


def assert_only_embedded_font(path: Path) -> None:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                         text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows
    for row in rows:
        assert row[0].endswith("+WenQuanYiMicroHei-0"), row
        assert row[-5] == "yes", f"not embedded: {row}"


def walk(flowables: list[Flowable]) -> Iterator[object]:
    """Every flowable, including those inside table cells."""
    for item in flowables:
        yield item
        if isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    yield from walk(cell if isinstance(cell, list) else [cell])


@pytest.mark.parametrize("paper", [Paper.ROLL80, Paper.A6])
def test_pass_content(tmp_path: Path, paper: Paper) -> None:
    result = render_visitor_pass(make_visit(), ORG, paper, tmp_path / "pass.pdf", now=NOW)
    assert result.path == tmp_path / "pass.pdf"
    assert result.pages == 1
    assert result.warnings == ()
    text = pdf_text(result.path)
    for expected in (
        ORG.name, "Visitor pass", "V20240501-0012", "欧阳喆", MASKED_ID, "北京星河科技有限公司",
        "1201 华信律师事务所 王律师", "Meeting", "Time in", "2024-05-01 09:30", "Valid until",
        "Same day", "京A12345", "Host signature",
        "Please return this pass at the counter when you leave", "Printed 2024-05-01 09:31",
    ):
        assert expected in text, expected
    assert re.search(r"People\s+2\b", text)
    assert "ID card was handed back at once" in " ".join(text.split())  # never a pledge
    assert FULL_ID not in text
    assert "13800138000" not in text  # the phone is not printed at all
    info = pdf_info(result.path)
    assert info["Pages"] == "1"
    assert info["Title"] == "Visitor pass V20240501-0012"
    assert FULL_ID not in " ".join(info.values())
    assert_only_embedded_font(result.path)


def test_roll_page_size(tmp_path: Path) -> None:
    result = render_visitor_pass(make_visit(), ORG, Paper.ROLL80, tmp_path / "r.pdf", now=NOW)
    width, height = page_size(result.path)
    assert width == pytest.approx(226.77, abs=1)
    assert 80 * 72 / 25.4 <= height < 200 * 72 / 25.4  # as long as the content, no more


def test_a6_page_size(tmp_path: Path) -> None:
    result = render_visitor_pass(make_visit(), ORG, Paper.A6, tmp_path / "a6.pdf", now=NOW)
    assert page_size(result.path) == pytest.approx((297.64, 419.53), abs=0.05)


def test_valid_until_and_optional_rows(tmp_path: Path) -> None:
    visit = make_visit(valid_until=dt.datetime(2024, 5, 3, 10, 0, tzinfo=dt.UTC), plate="",
                       company="")
    result = render_visitor_pass(visit, ORG, Paper.ROLL80, tmp_path / "p.pdf", now=NOW)
    text = pdf_text(result.path)
    assert "2024-05-03 18:00" in text
    assert "Same day" not in text
    assert "Plate" not in text
    assert "Company" not in text


@pytest.mark.parametrize("paper", [Paper.ROLL80, Paper.A6])
def test_unprintable_name_prints_placeholder_and_warns(tmp_path: Path, paper: Paper) -> None:
    visit = make_visit(name="欧阳" + RARE)
    result = render_visitor_pass(visit, ORG, paper, tmp_path / "p.pdf", now=NOW)
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert warning.field == "Name"
    assert warning.chars == (RARE,)
    assert "U+4DAE" in warning.message()
    assert "欧阳" + PLACEHOLDER in pdf_text(result.path)


# -- where the placeholder sits, measured -------------------------------------------------------

_WORD_RE = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
DPI = 600


@dataclasses.dataclass(frozen=True)
class Box:
    """A box on the page in points, y growing downwards (as pdftotext and pdftoppm count)."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@contextlib.contextmanager
def translated(language: str) -> Iterator[None]:
    """Print in ``language`` through the app's own .qm files, then back to the source text."""
    from deskapp.translations import install

    install(language)
    try:
        yield
    finally:
        install("en")
        set_backend(None)


def char_boxes(pdf: Path) -> list[tuple[str, Box]]:
    """Each character's box from ``pdftotext -bbox`` (its font's ascent to descent).

    pdftotext gives words; a word is cut into equal parts, which is exact for runs of
    characters of one advance (Han characters, and the placeholder when it takes their place).
    """
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    boxes = []
    for x0, y0, x1, y1, word in _WORD_RE.findall(out):
        step = (float(x1) - float(x0)) / len(word)
        boxes += [(char, Box(float(x0) + i * step, float(y0), float(x0) + (i + 1) * step,
                             float(y1))) for i, char in enumerate(word)]
    return boxes


def ink(pdf: Path, area: Box) -> Box | None:
    """The box of the dark pixels inside ``area`` (rendered by pdftoppm at DPI), in points."""
    scale = DPI / 72
    x, y = round(area.left * scale), round(area.top * scale)
    width, height = round(area.right * scale) - x, round(area.bottom * scale) - y
    pgm = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(DPI), "-x", str(x), "-y", str(y), "-W", str(width),
         "-H", str(height), "-singlefile", str(pdf)],
        check=True, capture_output=True).stdout
    magic, w, h, maxval, pixels = pgm.split(maxsplit=4)
    assert (magic, int(w), int(h), int(maxval)) == (b"P5", width, height, 255)
    dark = [(i % width, i // width) for i, value in enumerate(pixels) if value < 96]
    if not dark:
        return None
    xs, ys = [p[0] for p in dark], [p[1] for p in dark]
    return Box((x + min(xs)) / scale, (y + min(ys)) / scale, (x + max(xs) + 1) / scale,
               (y + max(ys) + 1) / scale)


def rule_below(pdf: Path, area: Box) -> float:
    """The top of the first horizontal rule under ``area``: a pixel row that is not white
    across the whole width of ``area`` (the hairline between two rows of the pass)."""
    scale = DPI / 72
    x, y = round(area.left * scale), round(area.bottom * scale)
    width, height = round(area.right * scale) - x, round(3 * area.height * scale)
    pgm = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(DPI), "-x", str(x), "-y", str(y), "-W", str(width),
         "-H", str(height), "-singlefile", str(pdf)],
        check=True, capture_output=True).stdout
    pixels = pgm.split(maxsplit=4)[4]
    for row in range(height):
        if all(value < 230 for value in pixels[row * width:(row + 1) * width]):
            return (y + row) / scale
    raise AssertionError("no rule found below the row")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("paper", [Paper.ROLL80, Paper.A6])
def test_placeholder_stands_in_the_line_like_a_han_character(
        tmp_path: Path, paper: Paper, language: str) -> None:
    with translated(language):
        reference = render_visitor_pass(make_visit(name="龚龚"), ORG, paper, tmp_path / "r.pdf",
                                        now=NOW).path
        printed = render_visitor_pass(make_visit(name="龚" + RARE), ORG, paper,
                                      tmp_path / "p.pdf", now=NOW).path
    han_ref = next(box for char, box in char_boxes(reference) if char == "龚")
    boxes = char_boxes(printed)
    han = next(box for char, box in boxes if char == "龚")
    square = next(box for char, box in boxes if char == PLACEHOLDER)

    # Font boxes: the name's line is laid out exactly as with a Han character in its place,
    # so nothing moves, and the placeholder's box is that of a Han character.
    assert han == pytest.approx(han_ref, abs=0.05)
    assert square.top == pytest.approx(han.top, abs=0.05)
    assert square.bottom == pytest.approx(han.bottom, abs=0.05)
    assert square.left == pytest.approx(han.right, abs=0.05)
    assert square.height >= 0.85 * han.height

    # Ink: the square is as tall as the Han character beside it and on the same line, and
    # neither reaches the rule under the row. The ink is looked for around the line where
    # the name stands without a placeholder (a quarter of its height above and below: the
    # rows above and below start further away).
    margin = 0.25 * han_ref.height
    line = Box(han_ref.left, han_ref.top - margin, square.right, han_ref.bottom + margin)
    han_ink = ink(printed, Box(han.left, line.top, han.right, line.bottom))
    square_ink = ink(printed, Box(square.left, line.top, square.right, line.bottom))
    assert han_ink is not None and square_ink is not None
    tolerance = 0.08 * han_ink.height
    assert abs(square_ink.top - han_ink.top) <= tolerance
    assert abs(square_ink.bottom - han_ink.bottom) <= tolerance
    assert square_ink.height >= 0.85 * han_ink.height
    rule = rule_below(printed, Box(han.left, han.top, square.right, han.bottom))
    assert max(han_ink.bottom, square_ink.bottom) < rule

    # The placeholder's font is embedded like the printer font, and drawn from it.
    fonts = [line.split() for line in pdf_fonts(printed)]
    assert sorted(row[0].partition("+")[2] for row in fonts) == [
        "DeskappPlaceholder", "WenQuanYiMicroHei-0"]
    assert all(row[-5] == "yes" for row in fonts)


def test_strict_raises_and_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "p.pdf"
    with pytest.raises(UnprintableText) as caught:
        render_visitor_pass(make_visit(company="刘" + RARE + "科技"), ORG, Paper.ROLL80, target,
                            now=NOW, strict=True)
    assert caught.value.field == "Company"
    assert caught.value.chars == (RARE,)
    assert list(tmp_path.iterdir()) == []


def test_no_temp_files_left(tmp_path: Path) -> None:
    for paper in (Paper.ROLL80, Paper.A6):
        render_visitor_pass(make_visit(), ORG, paper, tmp_path / f"{paper}.pdf", now=NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["A6.pdf", "roll80.pdf"]


@pytest.mark.parametrize("paper", [Paper.ROLL80, Paper.A6])
def test_qr_code_holds_the_pass_number_only(paper: Paper) -> None:
    visit = make_visit()
    assert qr_payload(visit) == "V20240501-0012"
    flowables = pass_flowables(DocumentBuilder(page_geometry(paper)), visit)
    drawings = [f for f in walk(flowables) if isinstance(f, Drawing)]
    widgets = [n for d in drawings for n in d.contents if isinstance(n, QrCodeWidget)]
    assert [w.value for w in widgets] == ["V20240501-0012"]


@pytest.mark.parametrize("paper", [Paper.ROLL80, Paper.A6])
def test_long_texts_stay_on_one_page(tmp_path: Path, paper: Paper) -> None:
    visit = make_visit(company="北京星河科技有限公司" * 12, host_label="华信律师事务所" * 10)
    result = render_visitor_pass(visit, ORG, paper, tmp_path / "p.pdf", now=NOW)
    assert result.pages == 1
    assert pdf_info(result.path)["Pages"] == "1"
    text = pdf_text(result.path)
    assert "Please return this pass" in text and MASKED_ID in text


def test_only_roll_and_a6(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render_visitor_pass(make_visit(), ORG, Paper.A4, tmp_path / "p.pdf", now=NOW)
    assert list(tmp_path.iterdir()) == []


def test_naive_time_is_refused(tmp_path: Path) -> None:
    visit = make_visit(time_in=dt.datetime(2024, 5, 1, 9, 30))
    with pytest.raises(ValueError, match="naive"):
        render_visitor_pass(visit, ORG, Paper.ROLL80, tmp_path / "p.pdf", now=NOW)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("paper", [Paper.ROLL80, Paper.A6])
def test_long_pass_number_stays_on_one_line(tmp_path: Path, paper: Paper) -> None:
    visit = make_visit(pass_no="VP-20240501-000123")
    result = render_visitor_pass(visit, ORG, paper, tmp_path / "p.pdf", now=NOW)
    assert "VP-20240501-000123" in pdf_text(result.path)


# -- passes that no longer admit anyone ------------------------------------------------------

LEFT_AT = dt.datetime(2024, 5, 1, 2, 45, tzinfo=dt.UTC)  # 10:45 in Shanghai


def _one_line(path: Path) -> str:
    return " ".join(pdf_text(path).split())


@pytest.mark.parametrize("paper", [Paper.ROLL80, Paper.A6])
def test_a_declined_visits_pass_says_declined_not_valid(tmp_path: Path, paper: Paper) -> None:
    # A declined visit is closed at once: its time out is the refusal, not a departure.
    visit = make_visit(host_response=HostResponse.DECLINED, time_out=LEFT_AT)
    result = render_visitor_pass(visit, ORG, paper, tmp_path / "p.pdf", now=NOW)
    text = _one_line(result.path)
    assert "DECLINED NOT VALID" in text and "CHECKED OUT" not in text
    assert "NOT VALID · Printed 2024-05-01 09:31" in text  # and in the footer
    assert result.pages == 1
    flowables = pass_flowables(DocumentBuilder(page_geometry(paper)), visit)
    assert [w.value for f in walk(flowables) if isinstance(f, Drawing)
            for w in f.contents if isinstance(w, QrCodeWidget)] == ["V20240501-0012"]


@pytest.mark.parametrize("paper", [Paper.ROLL80, Paper.A6])
def test_a_checked_out_visits_pass_says_when_and_not_valid(tmp_path: Path, paper: Paper) -> None:
    visit = make_visit(time_out=LEFT_AT)
    result = render_visitor_pass(visit, ORG, paper, tmp_path / "p.pdf", now=NOW)
    text = _one_line(result.path)
    assert "CHECKED OUT 10:45 NOT VALID" in text
    assert re.search(r"Time out 2024-05-01 10:45", text)
    assert "V20240501-0012" in text and result.pages == 1
    next_day = make_visit(time_out=LEFT_AT + dt.timedelta(days=1))
    result = render_visitor_pass(next_day, ORG, paper, tmp_path / "q.pdf", now=NOW)
    assert "CHECKED OUT 2024-05-02 10:45 NOT VALID" in _one_line(result.path)


def test_a_valid_pass_has_no_mark(tmp_path: Path) -> None:
    result = render_visitor_pass(make_visit(host_response=HostResponse.RECEIVED), ORG,
                                 Paper.ROLL80, tmp_path / "p.pdf", now=NOW)
    text = pdf_text(result.path)
    assert "NOT VALID" not in text and "Time out" not in text and "COPY" not in text


def test_the_marks_print_in_chinese(tmp_path: Path) -> None:
    chinese = {"DECLINED": "被访人未同意", "NOT VALID": "无效", "CHECKED OUT %1": "已离开 %1"}
    set_backend(lambda context, text: chinese.get(text, text))
    try:
        declined = render_visitor_pass(make_visit(host_response=HostResponse.DECLINED), ORG,
                                       Paper.ROLL80, tmp_path / "d.pdf", now=NOW)
        left = render_visitor_pass(make_visit(time_out=LEFT_AT), ORG, Paper.A6,
                                   tmp_path / "o.pdf", now=NOW)
    finally:
        set_backend(None)
    assert "被访人未同意 无效" in _one_line(declined.path)
    assert "已离开 10:45 无效" in _one_line(left.path)
    assert_only_embedded_font(left.path)


def test_a_voided_visit_has_no_pass(tmp_path: Path) -> None:
    visit = make_visit(flags=(VisitFlag.VOIDED,), void_reason="登记错了")
    with pytest.raises(ValueError, match="voided"):
        render_visitor_pass(visit, ORG, Paper.ROLL80, tmp_path / "p.pdf", now=NOW)
    assert list(tmp_path.iterdir()) == []
