"""The shift handover's papers: the handover record (A5) read back from its PDF (text,
page size, embedded fonts) and the day workbook's sheet of handover notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from deskapp.bootstrap import Services
from deskapp.domain.errors import NotFound
from deskapp.domain.handover.records import ItemInput, NoteInput
from deskapp.domain.operators import Operator
from deskapp.domain.records import Paper
from helpers import page_size, pdf_fonts, pdf_text

pytestmark = pytest.mark.usefixtures("shanghai_tz")

A5 = (419.5, 595.3)


@pytest.fixture
def note(services: Services, now):  # type: ignore[no-untyped-def]
    services.settings.save(replace(services.settings.load(), org_name="星河国际大厦物业服务中心"))
    services.operator.hand_over("王芳")
    services.operator.move_to("大堂")
    text = "1203 空调报修已派工程部，等回复。\n下午有消防检查。"
    row = services.handover.write(NoteInput("早班", text, [
        ItemInput("1203 钥匙未还", "key-loan", 3), ItemInput("给保安部回电")]))
    now.advance(hours=8)
    other = services.with_clock(services.clock, Operator("李娜", "大堂")).handover
    other.acknowledge(row.id)
    other.sign_off(row.items[1].id, "已回电")
    return services.handover.note(row.id)


def test_the_handover_record_prints_the_note_and_its_items(services, note) -> None:  # type: ignore[no-untyped-def]
    doc = services.documents.save("handover-note", note.id)
    assert doc.paper is Paper.A5
    assert page_size(doc.path) == pytest.approx(A5, abs=0.5)
    text = pdf_text(doc.path)
    for expected in ("Shift handover record", "星河国际大厦物业服务中心", "早班", "王芳", "李娜",
                     "1203 空调报修已派工程部", "下午有消防检查", "1203 钥匙未还", "key loan 3",
                     "给保安部回电", "Taken over (signature)"):
        assert expected in text, expected
    assert all("emb yes" in " ".join(line.split()[-5:]) or " yes " in line
               for line in pdf_fonts(doc.path))
    with pytest.raises(NotFound):
        services.documents.save("handover-note", "99")


def test_the_days_workbook_has_the_handover_notes(services, note, now,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    services.handover.write(NoteInput("中班", "无事"))
    book = openpyxl.load_workbook(services.exports.day_workbook(
        dt.date(2026, 11, 23), tmp_path / "d.xlsx"))
    values = list(book["Handover notes"].iter_rows(values_only=True))
    assert str(values[0][0]).startswith("Shift handover notes written on 2026-11-23 (2)")
    start = next(i for i, row in enumerate(values) if row and row[0] == "Written at")
    rows = [dict(zip(values[start], row, strict=True)) for row in values[start + 1:]]
    assert [(r["Shift"], r["Item"], r["To follow up"]) for r in rows] == [
        ("早班", 1, "1203 钥匙未还"), ("早班", 2, "给保安部回电"), ("中班", None, None)]
    assert rows[0]["Written at"] == dt.datetime(2026, 11, 23, 9, 30)
    assert rows[0]["Read by"] == "李娜" and rows[0]["Links to"] == "key loan 3"
    assert (rows[1]["Signed off by"], rows[1]["Sign-off note"]) == ("李娜", "已回电")
    assert rows[1]["Signed off at"] == dt.datetime(2026, 11, 23, 17, 30)


def test_who_signed_an_item_off_is_on_the_record(services, note) -> None:  # type: ignore[no-untyped-def]
    text = "".join(pdf_text(services.documents.save("handover-note", note.id).path).split())
    assert "李娜" in text and "已回电" in text
