"""The evacuation list on paper, read back with poppler: text, A4, fonts, pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from deskapp import translations
from deskapp.bootstrap import Services
from deskapp.domain.directory import UnitRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.domain.visitors.on_site import OnSiteRow, OnSiteSnapshot, host_group
from deskapp.output.on_site_list import render_on_site_list
from helpers import page_size, pdf_fonts, pdf_info, pdf_text

ORG = OrgInfo("星河湾物业服务中心", "深圳市南山区科技园南路18号", "0755-86001234", "一楼大堂前台")
TAKEN = dt.datetime(2026, 11, 23, 2, 15, tzinfo=dt.UTC)  # 10:15 in Shanghai
GOOD_ID = "11010519491231002X"
A4 = (595.28, 841.89)

pytestmark = pytest.mark.usefixtures("shanghai_tz")


def row(i: int, unit: str | None = "1203", department: str | None = None, *,
        host: str = "", **changes: object) -> OnSiteRow:
    made = OnSiteRow(
        visit_id=i, pass_no=f"V261123-{i:04d}", name=f"访客{i}", company="北京星河科技有限公司",
        phone=f"138{i:08d}", party_size=1, time_in=TAKEN - dt.timedelta(minutes=300 - i),
        host_label=host or (f"{unit} 李四 (华为)" if unit else department or "快递"),
        group=host_group(unit, department), unit_number=unit or "",
        department=department or "")
    return dataclasses.replace(made, **changes)


def snapshot(rows: list[OnSiteRow]) -> OnSiteSnapshot:
    return OnSiteSnapshot(TAKEN, tuple(sorted(rows, key=OnSiteRow.sort_key)))


def page_text(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path),
                           "-"], check=True, capture_output=True, text=True).stdout


def test_the_list_reads_back_with_its_totals_sections_and_phones(tmp_path: Path) -> None:
    rows = [row(1, "1203", party_size=3), row(2, "B1-02"), row(3, "803", phone="0755-86001234"),
            row(4, None, "工程部"), row(5, None, None, host="顺丰快递"),
            row(6, "803", time_in=TAKEN - dt.timedelta(days=1))]
    result = render_on_site_list(snapshot(rows), ORG, Paper.A4, tmp_path / "list.pdf",
                                 now=TAKEN)
    assert result.pages == 1 and result.warnings == ()
    assert page_size(result.path) == pytest.approx(A4, abs=0.05)
    fonts = pdf_fonts(result.path)
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # all embedded
    assert pdf_info(result.path)["Title"] == "Visitors on site now"
    text = pdf_text(result.path)
    flat = " ".join(text.split())
    assert "星河湾物业服务中心" in flat and "Visitors on site now" in flat
    assert "As of 2026-11-23 10:15" in flat
    assert "On site: 6 visits, 8 people" in flat
    for heading in ("Basement 1 — visits: 1, people: 1", "Floor 8 — visits: 2, people: 2",
                    "Floor 12 — visits: 1, people: 3", "Management departments",
                    "Hosts not in the directory"):
        assert heading in flat
    # Walking order: basement, 8, 12, then departments and the rest.
    order = [flat.index(f"V261123-{i:04d}") for i in (2, 6, 3, 1, 4, 5)]
    assert order == sorted(order)
    for i in range(1, 7):
        assert f"访客{i}" in flat
    assert "13800000001" in flat and "0755-86001234" in flat  # phones whole
    assert re.search(r"V261123-0006 .* 11-22 10:15", text)  # in since yesterday: the date
    assert re.search(r"V261123-0001 .* 05:16", text)  # today: the time only
    for heading in ("Here", "Pass no.", "Name", "People", "Company", "Host", "Time in",
                    "Phone"):
        assert heading in flat
    assert "destroy it after use" in flat


def test_three_hundred_visitors_run_over_pages_with_heads_on_every_page(
        tmp_path: Path) -> None:
    # Three visits a floor: without care, several floors' headings would end a page.
    rows = [row(i, f"{2 + (i - 1) // 3}01") for i in range(1, 301)]
    result = render_on_site_list(snapshot(rows), ORG, Paper.A4, tmp_path / "big.pdf",
                                 now=TAKEN)
    assert result.pages >= 8
    assert int(pdf_info(result.path)["Pages"]) == result.pages
    seen: list[str] = []
    for page in range(1, result.pages + 1):
        text = page_text(result.path, page)
        lines = [line for line in text.splitlines() if line.strip()]
        assert "Pass no." in text and "Time in" in text, page  # the column heads repeat
        assert "destroy it after use" in text, page
        assert f"Page {page} of {result.pages}" in text
        table = [line for line in lines if "Pass no." not in line
                 and "destroy it" not in line and "Printed" not in line]
        # A floor's heading never ends a page alone.
        assert "— visits:" not in table[-1], (page, table[-1])
        seen += re.findall(r"V261123-\d{4}", text)
    assert sorted(seen) == sorted(r.pass_no for r in rows)  # each once, none lost


def test_an_empty_building_says_so(tmp_path: Path) -> None:
    result = render_on_site_list(snapshot([]), ORG, Paper.A4, tmp_path / "empty.pdf",
                                 now=TAKEN)
    flat = " ".join(pdf_text(result.path).split())
    assert "On site: 0 visits, 0 people" in flat and "Nobody is on site." in flat
    assert "Pass no." not in flat


def test_only_a4(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render_on_site_list(snapshot([]), ORG, Paper.A5, tmp_path / "x.pdf", now=TAKEN)


def test_printed_from_the_log_it_holds_no_id_number(services: Services, now) -> None:  # type: ignore[no-untyped-def]
    services.settings.save(dataclasses.replace(services.settings.load(), org_name="星河湾物业"))
    unit = services.directory.save_unit(UnitRow(None, "1203", occupant="李四"))
    services.visitors.check_in(VisitInput(name="欧阳喆", id_number=GOOD_ID,
                                          phone="13800138000", company="华为", party_size=2,
                                          host=HostRef("1203 李四", unit_id=unit.id)))
    now.advance(minutes=5)
    left = services.visitors.check_in(VisitInput(name="已离开", host=HostRef("1203")))
    services.visitors.check_out(left.id)
    translations.install("zh_CN")
    try:
        printed = services.documents.render("on-site", "0")
    finally:
        translations.install("en")
    assert printed.paper is Paper.A4 and printed.reference == "1v"  # the archive name
    flat = "".join(pdf_text(printed.path).split())
    assert "星河湾物业" in flat and "欧阳喆" in flat and "13800138000" in flat
    assert "1203李四" in flat and "已离开" not in flat
    assert GOOD_ID not in flat and "002X" not in flat and "110105" not in flat
    assert all(line.split()[-5] == "yes" for line in pdf_fonts(printed.path))
