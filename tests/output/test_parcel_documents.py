"""Mail and parcels' papers read back from their PDFs (text, masked ID, embedded fonts,
page sizes, a page per floor) and its sheet of the day's workbook reopened with openpyxl."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

import openpyxl
import pytest

from deskapp.bootstrap import Services
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.errors import DomainError, NotFound
from deskapp.domain.records import Paper
from deskapp.domain.services.parcels.records import (
    Carrier,
    ParcelInput,
    ParcelKind,
    PickupInput,
    Recipient,
)
from deskapp.domain.services.parcels.rows import PickupRow
from helpers import page_size, pdf_fonts, pdf_text

pytestmark = pytest.mark.usefixtures("shanghai_tz")

ID_ZHANG = "11010519491231002X"
A4 = (595.3, 841.9)
A5 = (419.5, 595.3)


@dataclass
class Shelf:
    unit_1203: int
    pickup: PickupRow


@pytest.fixture
def shelf(services: Services, now) -> Shelf:  # type: ignore[no-untyped-def]
    services.settings.save(replace(services.settings.load(), org_name="星河国际大厦物业服务中心"))
    services.operator.hand_over("王芳")
    services.operator.move_to("大堂")
    directory = services.directory
    directory.save_unit(UnitRow(None, "1203", "张三", "华为技术有限公司", "13800138000"))
    directory.save_unit(UnitRow(None, "201", "李四", "", "13900139000"))
    directory.save_department(DepartmentRow(None, "工程部", "8001"))
    parcels = services.parcels
    taken = parcels.intake_many(Recipient("1203"), [
        ParcelInput("SF1234567890123", shelf="A-3"),
        ParcelInput("JDVA00123456789", shelf="A-3", damaged=True, damage="外箱压破")])
    parcels.intake(Recipient("1203"), ParcelInput(kind=ParcelKind.LETTER, shelf="信格12"))
    now.advance(days=4)
    parcels.intake(Recipient("201"), ParcelInput("773012345678901", carrier=Carrier.STO.value,
                                                 shelf="B-1"))
    parcels.intake(Recipient("工程部"), ParcelInput(kind=ParcelKind.NEWSPAPER))
    now.advance(hours=1)
    pickup = parcels.pickup(PickupInput(tuple(p.id for p in taken), "王五", on_behalf=True,
                                        id_number=ID_ZHANG, phone="13712345678"))
    unit = next(u.id for u in directory.units() if u.number == "1203")
    return Shelf(unit, pickup)  # type: ignore[arg-type]


def embedded_only(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb column


def sized(path: Path, expected: tuple[float, float]) -> None:
    width, height = page_size(path)
    assert abs(width - expected[0]) < 1 and abs(height - expected[1]) < 1


def test_a_units_pickup_notice_lists_what_waits_for_it(services, shelf) -> None:  # type: ignore[no-untyped-def]
    doc = services.documents.save("parcel-notice", shelf.unit_1203, Paper.A5)
    text = pdf_text(doc.path)
    assert "Parcel pickup notice" in text and "1203 张三 (华为技术有限公司)" in text
    assert "PK2026-000003" in text and "信格12" in text and "Letter" in text
    assert "PK2026-000001" not in text  # collected
    assert "more than 3 days" in text  # the letter has waited four
    sized(doc.path, A5)
    embedded_only(doc.path)
    assert doc.reference == "PK2026-000003" and not doc.copy
    # By a parcel's number: its recipient's notice, a department's too.
    assert "工程部" in pdf_text(services.documents.save("parcel-notice", "pk2026-000005").path)
    roll = services.documents.save("parcel-notice", shelf.unit_1203, Paper.ROLL80)
    assert page_size(roll.path)[0] == pytest.approx(226.8, abs=0.5)
    services.parcels.pickup(PickupInput((4,), "李四"))
    with pytest.raises(DomainError):  # nothing waits for 201 any more
        services.documents.save("parcel-notice", "PK2026-000004")


def test_the_floor_lists_have_a_page_per_floor_and_no_full_names(services, shelf) -> None:  # type: ignore[no-untyped-def]
    doc = services.documents.save("parcel-notice", "0", Paper.A4)
    assert doc.result.pages == 3 and doc.reference == "floors"
    pages = pdf_text(doc.path).split("\f")
    assert "Floor 2" in pages[0] and "PK2026-000004" in pages[0] and "STO Express" in pages[0]
    assert "Floor 12" in pages[1] and "PK2026-000003" in pages[1]
    assert "Other recipients" in pages[2] and "工程部" in pages[2]
    assert "张三" not in pdf_text(doc.path) and "李四" not in pdf_text(doc.path)
    sized(doc.path, A4)
    embedded_only(doc.path)


def test_the_pickup_slip_names_who_collected_with_the_id_masked(services, shelf) -> None:  # type: ignore[no-untyped-def]
    doc = services.documents.save("parcel-pickup", shelf.pickup.id, Paper.A5)
    text = pdf_text(doc.path)
    assert "Parcel pickup slip" in text and "P000001" in text
    assert "王五 (for the recipient)" in text
    assert "110105********002X" in text and ID_ZHANG not in text
    assert "137****5678" in text and "13712345678" not in text
    assert "PK2026-000001" in text and "PK2026-000002" in text and "外箱压破" in text
    assert "Collected by (signature)" in text and "Desk (signature)" in text
    sized(doc.path, A5)
    embedded_only(doc.path)
    again = services.documents.save("parcel-pickup", str(shelf.pickup.id), Paper.ROLL80)
    assert again.copy and "COPY" in pdf_text(again.path)
    with pytest.raises(NotFound):
        services.documents.save("parcel-pickup", "99")


def test_the_days_workbook_has_the_parcels_sheet(services, shelf, now,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    first_day = services.clock.today() - dt.timedelta(days=4)
    book = openpyxl.load_workbook(services.exports.day_workbook(first_day, tmp_path / "d.xlsx"))
    sheet = book["Parcels"]
    values = list(sheet.iter_rows(values_only=True))
    assert str(values[0][0]).startswith("Received 3 · collected 0 · returned 0")
    start = next(i for i, row in enumerate(values) if row and row[0] == "What")
    rows = [dict(zip(values[start], row, strict=True)) for row in values[start + 1:]]
    assert [r["What"] for r in rows] == ["Received"] * 3 + ["Waiting at closing"] * 3
    assert rows[0]["Number"] == "PK2026-000001" and rows[0]["Carrier"] == "SF Express"
    assert rows[0]["Time"] == dt.datetime(2026, 11, 23, 9, 30)  # local, naive
    assert rows[1]["Condition"] == "外箱压破"
    today = services.clock.today()
    book = openpyxl.load_workbook(services.exports.day_workbook(today, tmp_path / "t.xlsx"))
    rows = list(book["Parcels"].iter_rows(values_only=True))
    collected = [r for r in rows if r and r[0] == "Collected"]
    assert len(collected) == 2 and collected[0][12] == "王五"
    waiting = [r for r in rows if r and r[0] == "Waiting at closing"]
    assert [(r[2], r[10], r[11]) for r in waiting] == [
        ("PK2026-000003", 4, "Over 3 days: remind"), ("PK2026-000004", 0, None),
        ("PK2026-000005", 0, None)]
