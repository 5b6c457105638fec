"""The temporary pass card, read back with poppler (text, page size, fonts) and by its QR code;
and ``deskapp print temp-pass`` by record id or pass number."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.platypus import Flowable, Table

from deskapp.bootstrap import Services
from deskapp.domain.directory import UnitRow
from deskapp.domain.errors import NotFound
from deskapp.domain.identity import IdType
from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.temp_passes import TempPassRow
from deskapp.output.document import DocumentBuilder, page_geometry
from deskapp.output.temp_pass_card import card_flowables, render_temp_pass_card
from deskapp.usecases.printing import spec_for
from helpers import page_size, pdf_fonts, pdf_info, pdf_text
from processes import deskapp

FULL_ID = "11010519491231002X"
MASKED_ID = "110105********002X"
ORG = OrgInfo("现代城物业服务中心", "北京市朝阳区建国路88号", "010-85801234", "A座大堂前台")
NOW = dt.datetime(2026, 11, 23, 1, 31, tzinfo=dt.UTC)
A6_POINTS = (297.64, 419.53)
ROLL_WIDTH = 226.77

pytestmark = pytest.mark.usefixtures("shanghai_tz")


def make_pass(**changes: object) -> TempPassRow:
    row = TempPassRow(
        id=3, pass_no="T261123-01", holder_name="王建国", id_type=IdType.RESIDENT,
        id_number=FULL_ID, phone="13700001111", company="美家装饰工程有限公司",
        host_label="1203 张三 (华为)", host_unit_id=1, work="室内装修（水电改造、吊顶）",
        valid_from=dt.datetime(2026, 11, 22, 16, 0, tzinfo=dt.UTC),  # 2026-11-23 00:00 local
        valid_to=dt.datetime(2026, 11, 30, 16, 0, tzinfo=dt.UTC),  # the start of 12-01 local
        revoked=False, deposit_fen=5000,
        issued_at=dt.datetime(2026, 11, 23, 1, 30, tzinfo=dt.UTC), issued_by="李前台",
        desk="A座大堂前台")
    return dataclasses.replace(row, **changes)


def walk(flowables: list[Flowable]) -> Iterator[object]:
    """Every flowable, including those inside table cells."""
    for item in flowables:
        yield item
        if isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    yield from walk(cell if isinstance(cell, list) else [cell])


@pytest.mark.parametrize("paper", [Paper.A6, Paper.ROLL80])
def test_the_card_says_everything_and_masks_the_id_number(tmp_path: Path, paper: Paper) -> None:
    result = render_temp_pass_card(make_pass(), ORG, paper, tmp_path / "card.pdf", now=NOW)
    assert (result.pages, result.warnings) == (1, ())
    text = pdf_text(result.path)
    for expected in (
        ORG.name, "Temporary pass", "T261123-01", "王建国", MASKED_ID, "美家装饰工程有限公司",
        "1203 张三 (华为)", "室内装修（水电改造、吊顶）", "2026-11-23 – 2026-11-30",
        "¥50.00, refunded when the card is returned", "2026-11-23 09:30 · A座大堂前台 · 李前台",
        "Issuing desk signature", "The ID card was checked and handed back at once",
        "never kept as a pledge", "return it", "Printed 2026-11-23 09:31",
    ):
        assert expected in re.sub(r"\s+", " ", text), expected
    assert FULL_ID not in text
    assert "13700001111" not in text  # the phone is not printed at all
    assert "REVOKED" not in text
    info = pdf_info(result.path)
    assert info["Title"] == "Temporary pass T261123-01"
    assert FULL_ID not in " ".join(info.values())
    fonts = pdf_fonts(result.path)
    assert fonts and all("WenQuanYiMicroHei" in row and " yes " in row for row in fonts)


def test_a6_is_the_default_and_a_page_of_a6(tmp_path: Path) -> None:
    assert spec_for("temp-pass").default_paper is Paper.A6
    result = render_temp_pass_card(make_pass(), ORG, Paper.A6, tmp_path / "a6.pdf", now=NOW)
    assert page_size(result.path) == pytest.approx(A6_POINTS, abs=0.05)
    assert result.page_size == pytest.approx(A6_POINTS, abs=0.05)


def test_the_roll_is_80_mm_wide_and_as_long_as_the_card(tmp_path: Path) -> None:
    result = render_temp_pass_card(make_pass(), ORG, Paper.ROLL80, tmp_path / "r.pdf", now=NOW)
    width, height = page_size(result.path)
    assert width == pytest.approx(ROLL_WIDTH, abs=1)
    assert 80 * 72 / 25.4 <= height < 250 * 72 / 25.4


@pytest.mark.parametrize("paper", [Paper.A6, Paper.ROLL80])
def test_the_qr_code_carries_the_pass_number_only(paper: Paper) -> None:
    flowables = card_flowables(DocumentBuilder(page_geometry(paper)), make_pass())
    drawings = [f for f in walk(flowables) if isinstance(f, Drawing)]
    widgets = [n for d in drawings for n in d.contents if isinstance(n, QrCodeWidget)]
    assert [w.value for w in widgets] == ["T261123-01"]


def page_operations(path: Path) -> str:
    """The drawing operators of a PDF's page streams (Flate-compressed ones inflated)."""
    data = path.read_bytes()
    texts = []
    for found in re.finditer(rb"/Length (\d+)[^>]*>>\s*stream\r?\n", data):
        raw = data[found.end():found.end() + int(found[1])]
        if raw.rstrip().endswith(b"~>"):  # ASCII85 around the Flate data (ReportLab's pages)
            raw = base64.a85decode(raw.strip().removeprefix(b"<~").removesuffix(b"~>"))
        try:
            texts.append(zlib.decompress(raw).decode("latin-1"))
        except zlib.error:
            texts.append(raw.decode("latin-1"))
    return "\n".join(texts)


def qr_modules(value: str) -> int:
    """How many filled squares ReportLab draws for the QR code of ``value``."""
    group = QrCodeWidget(value, barBorder=4, barLevel="M").draw()
    return sum(isinstance(node, Rect) for node in group.getContents())


@pytest.mark.parametrize("paper", [Paper.A6, Paper.ROLL80])
def test_the_pdf_holds_the_qr_code_as_drawn_squares(tmp_path: Path, paper: Paper) -> None:
    """The code is in the file itself: its dark modules are filled rectangles on the page."""
    result = render_temp_pass_card(make_pass(), ORG, paper, tmp_path / "c.pdf", now=NOW)
    rectangles = re.findall(r"\bre\b", page_operations(result.path))
    assert len(rectangles) >= qr_modules("T261123-01") > 50


def test_deposit_none_or_returned(tmp_path: Path) -> None:
    none = render_temp_pass_card(make_pass(deposit_fen=0), ORG, Paper.A6, tmp_path / "n.pdf",
                                 now=NOW)
    assert "deposit" not in pdf_text(none.path).lower()
    back = make_pass(deposit_returned_at=dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC),
                     deposit_returned_by="李前台")
    text = pdf_text(render_temp_pass_card(back, ORG, Paper.A6, tmp_path / "b.pdf",
                                          now=NOW).path)
    assert "¥50.00, returned 2026-12-01 10:00" in text


def test_a_revoked_pass_says_so_first(tmp_path: Path) -> None:
    result = render_temp_pass_card(make_pass(revoked=True), ORG, Paper.A6, tmp_path / "r.pdf",
                                   now=NOW)
    text = pdf_text(result.path)
    assert text.index("REVOKED: NOT VALID") < text.index("T261123-01")


@pytest.mark.parametrize("paper", [Paper.A6, Paper.ROLL80])
def test_long_texts_stay_on_one_card(tmp_path: Path, paper: Paper) -> None:
    row = make_pass(company="北京星河科技有限公司" * 10, work="室内装修，水电改造，吊顶" * 12,
                    host_label="华信律师事务所" * 8)
    result = render_temp_pass_card(row, ORG, paper, tmp_path / "p.pdf", now=NOW)
    assert result.pages == 1 and pdf_info(result.path)["Pages"] == "1"
    text = pdf_text(result.path)
    assert MASKED_ID in text and "never kept as a pledge" in text


def test_only_a6_and_the_roll(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render_temp_pass_card(make_pass(), ORG, Paper.A4, tmp_path / "p.pdf", now=NOW)
    assert list(tmp_path.iterdir()) == []


def test_chinese_card(tmp_path: Path) -> None:
    """The card in Chinese: the labels come through translate() like every document's."""
    from deskapp.i18n import set_backend

    words = {"Temporary pass": "临时出入证", "Holder": "持证人",
             "ID number": "证件号码"}
    set_backend(lambda context, text: words.get(text, text))
    try:
        result = render_temp_pass_card(make_pass(), ORG, Paper.A6, tmp_path / "zh.pdf", now=NOW)
    finally:
        set_backend(None)
    text = pdf_text(result.path)
    assert "临时出入证" in text and "持证人" in text and MASKED_ID in text


# --- Through the print service and the command line


@pytest.fixture
def issued(services: Services) -> TempPassRow:
    services.directory.save_unit(UnitRow(None, "1203", occupant="张三", company="华为"))
    today = services.clock.today()
    return services.screening.issue_temp_pass(
        holder_name="王建国", id_number=FULL_ID, company="美家装饰", host_label="1203",
        work="室内装修", valid_from=today, valid_to=today + dt.timedelta(days=7), deposit="50")


def test_the_print_service_finds_the_pass_by_id_or_number(services: Services,
                                                         issued: TempPassRow) -> None:
    for typed in (str(issued.id), issued.pass_no, f" {issued.pass_no.lower()} "):
        printed = services.documents.render("temp-pass", typed)
        assert printed.paper is Paper.A6
        assert printed.reference == issued.pass_no  # the archive file is named after it
        text = pdf_text(printed.path)
        assert issued.pass_no in text and MASKED_ID in text and FULL_ID not in text
        assert "¥50.00" in text
    roll = services.documents.render("temp-pass", issued.id, Paper.ROLL80)
    assert page_size(roll.path)[0] == pytest.approx(ROLL_WIDTH, abs=1)
    for missing in ("999", "T000000-01", ""):
        with pytest.raises(NotFound):
            services.documents.render("temp-pass", missing)


def test_deskapp_print_temp_pass(services: Services, issued: TempPassRow, db_path: Path,
                                 tmp_path: Path, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("the command runs on the data file")
    services.close()
    out = tmp_path / "card.pdf"
    done = deskapp("print", "--db", db_path, "temp-pass", issued.pass_no, "-o", out)
    assert done.returncode == 0, done.stderr
    assert issued.pass_no in pdf_text(out) and MASKED_ID in pdf_text(out)
    assert page_size(out) == pytest.approx(A6_POINTS, abs=0.05)
    missing = deskapp("print", "--db", db_path, "temp-pass", "T000000-99", "-o", out)
    assert missing.returncode != 0 and "T000000-99" in missing.stderr
