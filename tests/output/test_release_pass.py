"""The goods release pass read back with poppler: the tenant's and the guard's copy on one
A5 sheet (or the roll) with a cut line between them, each with the number, its QR code, the
unit, the goods, the plate, the carrier with the ID number masked, the authorisation, the
day it is valid on and the arrears approval; embedded fonts; a reprint after its day or once
its copy is back marked not valid; ``deskapp print release-pass`` by id or number."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from ledger_data import FeeBook
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.platypus import Flowable, Table

from deskapp.bootstrap import Services
from deskapp.domain.errors import NotFound
from deskapp.domain.identity import IdType
from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.roles import Action, Role
from deskapp.domain.services.release_pass_records import (
    AuthorisationHow,
    GoodsLine,
    ReleasePassInput,
)
from deskapp.domain.services.release_pass_rows import ReleasePassRow
from deskapp.output.document import DocumentBuilder, page_geometry
from deskapp.output.release_pass import pass_flowables, render_release_pass
from deskapp.usecases.documents.release_passes import VoidedPass
from deskapp.usecases.printing import spec_for
from helpers import page_size, pdf_fonts, pdf_info, pdf_text
from processes import deskapp

FULL_ID = "11010519491231002X"
MASKED_ID = "110105********002X"
ORG = OrgInfo("星河国际大厦物业服务中心", "深圳市南山区科技园星河路 88 号", "0755-86001234",
              operator="王芳")
NOW = dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai
TODAY = dt.date(2026, 11, 23)
A5_POINTS = (419.53, 595.28)
ROLL_WIDTH = 226.77

pytestmark = pytest.mark.usefixtures("shanghai_tz")


def make_pass(**changes: object) -> ReleasePassRow:
    row = ReleasePassRow(
        id=7, number="FX2026-0012", unit_id=3, unit_label="1203 张三 (华为)",
        goods=(GoodsLine("办公桌", 2, "张"), GoodsLine("纸箱（文件）", 6, "箱"),
               GoodsLine("台式电脑主机", 3, "台")),
        carrier_name="刘师傅", carrier_id_type=IdType.RESIDENT, carrier_id_number=FULL_ID,
        carrier_phone="13800138000", plate="粤B12345", authorised_by="业主 张三",
        authorisation_how=AuthorisationHow.PHONE, authorisation_note="电话确认",
        arrears_fen=36000, approved_by="李建国",
        issued_at=dt.datetime(2026, 11, 23, 1, 30, tzinfo=dt.UTC), valid_on=TODAY,
        created_by="王芳", desk="大堂")
    return dataclasses.replace(row, **changes)


def walk(flowables: list[Flowable]) -> Iterator[object]:
    """Every flowable, including those inside table cells and kept-together groups."""
    for item in flowables:
        yield item
        if isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    yield from walk(cell if isinstance(cell, list) else [cell])
        yield from walk(getattr(item, "_content", []))


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


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("paper", [Paper.A5, Paper.ROLL80])
def test_both_copies_say_everything_and_mask_the_id(tmp_path: Path, paper: Paper) -> None:
    result = render_release_pass(make_pass(), ORG, paper, tmp_path / "p.pdf", today=TODAY,
                                 now=NOW)
    assert (result.pages, result.warnings) == (1, ())
    text = flat(pdf_text(result.path))
    assert text.index("Tenant's copy") < text.index("Cut here") < text.index("Guard's copy")
    tenant, guard = text.split("Cut here")
    for part in (tenant, guard):
        for expected in (ORG.name, "Goods release pass", "FX2026-0012", "1203 张三 (华为)",
                         "办公桌", "2张", "纸箱（文件）", "6箱", "台式电脑主机", "3台",
                         "粤B12345", "刘师傅", MASKED_ID, "138****8000", "业主 张三",
                         "By phone", "电话确认", "Valid on 2026-11-23 only",
                         "2026-11-23 09:30", "王芳",
                         "¥360.00 past due when issued; let out with the approval of 李建国"):
            assert expected in part, (expected, paper)
    assert "Carrier (signature)" in tenant and "Guard (signature)" in guard
    assert "return it to the desk" in guard
    full = pdf_text(result.path)
    assert FULL_ID not in full and "13800138000" not in full
    assert "NOT VALID" not in full
    info = pdf_info(result.path)
    assert info["Title"] == "Goods release pass FX2026-0012"
    fonts = pdf_fonts(result.path)
    assert fonts and all("WenQuanYiMicroHei" in row and " yes " in row for row in fonts)


def test_a5_is_the_default_and_one_a5_sheet(tmp_path: Path) -> None:
    assert spec_for("release-pass").default_paper is Paper.A5
    assert spec_for("release-pass").papers == (Paper.A5, Paper.ROLL80)
    result = render_release_pass(make_pass(), ORG, Paper.A5, tmp_path / "a5.pdf",
                                 today=TODAY, now=NOW)
    assert page_size(result.path) == pytest.approx(A5_POINTS, abs=0.05)
    assert pdf_info(result.path)["Pages"] == "1"


def test_the_roll_is_80_mm_wide(tmp_path: Path) -> None:
    result = render_release_pass(make_pass(), ORG, Paper.ROLL80, tmp_path / "r.pdf",
                                 today=TODAY, now=NOW)
    width, height = page_size(result.path)
    assert width == pytest.approx(ROLL_WIDTH, abs=1)
    assert 150 * 72 / 25.4 <= height < 500 * 72 / 25.4


@pytest.mark.parametrize("paper", [Paper.A5, Paper.ROLL80])
def test_each_copy_has_a_qr_code_of_the_number_alone(tmp_path: Path, paper: Paper) -> None:
    flowables = pass_flowables(DocumentBuilder(page_geometry(paper)), make_pass(), ORG)
    drawings = [f for f in walk(flowables) if isinstance(f, Drawing)]
    widgets = [n for d in drawings for n in d.contents if isinstance(n, QrCodeWidget)]
    assert [w.value for w in widgets] == ["FX2026-0012", "FX2026-0012"]
    # And in the file itself: its dark modules drawn as filled squares, twice.
    result = render_release_pass(make_pass(), ORG, paper, tmp_path / "q.pdf", today=TODAY,
                                 now=NOW)
    rectangles = re.findall(r"\bre\b", page_operations(result.path))
    assert len(rectangles) >= 2 * qr_modules("FX2026-0012") > 100


def test_without_arrears_nothing_is_said_of_them(tmp_path: Path) -> None:
    row = make_pass(arrears_fen=0, approved_by="", plate="", note="")
    text = pdf_text(render_release_pass(row, ORG, Paper.A5, tmp_path / "n.pdf", today=TODAY,
                                        now=NOW).path)
    assert "past due" not in text and "Arrears" not in text and "Plate" not in text


def test_a_passport_is_named_and_masked(tmp_path: Path) -> None:
    row = make_pass(carrier_id_type=IdType.PASSPORT, carrier_id_number="E12345678")
    text = pdf_text(render_release_pass(row, ORG, Paper.A5, tmp_path / "p.pdf", today=TODAY,
                                        now=NOW).path)
    assert "Passport *****5678" in text and "E12345678" not in text


def test_a_reprint_after_its_day_or_once_back_is_not_valid(tmp_path: Path) -> None:
    later = render_release_pass(make_pass(), ORG, Paper.A5, tmp_path / "l.pdf",
                                today=TODAY + dt.timedelta(days=1), now=NOW)
    text = flat(pdf_text(later.path))
    assert "VALID ON 2026-11-23 ONLY NOT VALID" in text
    assert text.count("NOT VALID") >= 2  # a band in each copy, and the footer
    back = make_pass(guard_copy_back_at=dt.datetime(2026, 11, 23, 3, 15, tzinfo=dt.UTC),
                     guard_copy_back_by="王芳")
    text = flat(pdf_text(render_release_pass(back, ORG, Paper.ROLL80, tmp_path / "b.pdf",
                                             today=TODAY, now=NOW).path))
    assert "GUARD'S COPY BACK 2026-11-23 11:15 NOT VALID" in text


def test_a_long_goods_list_keeps_each_copy_whole(tmp_path: Path) -> None:
    goods = tuple(GoodsLine(f"货物 {n}", n, "件") for n in range(1, 31))
    result = render_release_pass(make_pass(goods=goods), ORG, Paper.A5, tmp_path / "g.pdf",
                                 today=TODAY, now=NOW)
    assert result.pages >= 2
    text = pdf_text(result.path)
    assert "货物 30" in text and text.count("FX2026-0012") >= 2


def test_only_a5_and_the_roll(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render_release_pass(make_pass(), ORG, Paper.A4, tmp_path / "p.pdf", today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_chinese_pass(tmp_path: Path) -> None:
    """In Chinese: the labels come through translate() like every document's."""
    from deskapp.i18n import set_backend

    words = {"Goods release pass": "放行条", "Tenant's copy": "业户联",
             "Guard's copy": "门岗联", "Valid on %1 only": "仅限 %1 当日有效"}
    set_backend(lambda context, text: words.get(text, text))
    try:
        result = render_release_pass(make_pass(), ORG, Paper.A5, tmp_path / "zh.pdf",
                                     today=TODAY, now=NOW)
    finally:
        set_backend(None)
    text = flat(pdf_text(result.path))
    assert "放行条" in text and "业户联" in text and "门岗联" in text
    assert "仅限 2026-11-23 当日有效" in text and MASKED_ID in text


# --- Through the print service and the command line


@pytest.fixture
def issued(services: Services) -> ReleasePassRow:
    book = FeeBook(services)
    unit_id = book.unit("1203", "张三", "华为")
    book.charge(unit_id, dt.date(2026, 10, 25), 21000)
    services.accounts.create_first_administrator("管理员", "admin-pin", "admin-pin")
    services.accounts.add("李建国", Role.SUPERVISOR, "9876", "9876")
    services.accounts.add("王芳", Role.RECEPTIONIST, "5678", "5678")
    services.accounts.log_in("王芳", "5678")
    approval = services.accounts.approve("李建国", "9876", Action.RELEASE_WITH_ARREARS)
    return services.release_passes.issue(ReleasePassInput(
        unit_id, (GoodsLine("沙发", 1, "套"),), "刘师傅", FULL_ID, "业主 张三",
        plate="粤B12345"), approval)


def test_the_print_service_finds_the_pass_by_id_or_number(services: Services,
                                                         issued: ReleasePassRow) -> None:
    for typed in (str(issued.id), issued.number, f" {issued.number.lower()} "):
        printed = services.documents.render("release-pass", typed)
        assert printed.paper is Paper.A5 and printed.reference == issued.number
        text = flat(pdf_text(printed.path))
        assert issued.number in text and MASKED_ID in text and FULL_ID not in text
        assert "approval of 李建国" in text and "¥210.00" in text
    roll = services.documents.render("release-pass", issued.id, Paper.ROLL80)
    assert page_size(roll.path)[0] == pytest.approx(ROLL_WIDTH, abs=1)
    for missing in ("999", "FX2026-9999", ""):
        with pytest.raises(NotFound):
            services.documents.render("release-pass", missing)
    services.release_passes.void(issued.id, "开错了")
    with pytest.raises(VoidedPass, match="开错了"):
        services.documents.render("release-pass", issued.number)


def test_deskapp_print_release_pass(services: Services, issued: ReleasePassRow, db_path: Path,
                                    tmp_path: Path, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("the command runs on the data file")
    services.close()
    out = tmp_path / "pass.pdf"
    done = deskapp("print", "--db", db_path, "release-pass", issued.number, "-o", out)
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert text.count(issued.number) >= 2 and MASKED_ID in text
    assert page_size(out) == pytest.approx(A5_POINTS, abs=0.05)
    missing = deskapp("print", "--db", db_path, "release-pass", "FX2026-9999", "-o", out)
    assert missing.returncode != 0 and "FX2026-9999" in missing.stderr
