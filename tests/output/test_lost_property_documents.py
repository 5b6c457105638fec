"""Lost property's papers and the notices read back with poppler: the notice posted for the
owner (what, where, when, how to claim — never what the item holds), the claim slip with
the ID masked and the signature lines, the police handover record; a notice from the water
template on A4 with its header, paragraphs and signature block, a withdrawn one marked —
text, page sizes, embedded fonts; each found by id or by its number, and refused for an item
in the wrong state."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from pathlib import Path

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.errors import DomainError, NotFound
from deskapp.domain.records import Paper
from deskapp.domain.roles import Role
from deskapp.domain.services.lost_property_records import (
    POLICE_AFTER_DAYS,
    ClaimInput,
    FoundCategory,
    FoundItemInput,
    PoliceHandover,
)
from deskapp.domain.services.notice_templates import (
    Blank,
    NoticeLanguage,
    NoticeTemplate,
    draft,
)
from deskapp.domain.services.notices import NoticeInput
from deskapp.usecases.printing import spec_for
from helpers import page_size, pdf_fonts

A4 = (595.28, 841.89)
A5 = (419.53, 595.28)
ID_ZHANG = "11010519491231002X"

pytestmark = pytest.mark.usefixtures("shanghai_tz")


def flat(path: Path) -> str:
    """The text in drawing order, without blanks (a cell's wrapped lines together)."""
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return "".join(raw.split())


def all_embedded(path: Path) -> bool:
    fonts = pdf_fonts(path)
    return bool(fonts) and all(line.split()[-5] == "yes" for line in fonts)


@pytest.fixture
def desk(services: Services) -> Services:
    services.settings.save(dataclasses.replace(
        services.settings.load(), org_name="星河国际大厦物业服务中心", org_phone="0755-86001234",
        org_address="深圳市南山区科技园星河路 88 号", language="en"))
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    return services


def record(services: Services, **kw) -> int:  # type: ignore[no-untyped-def]
    base = dict(description="黑色双肩包", found_where="三楼电梯厅", witnessed_by="陈静",
                category=FoundCategory.BAGS, contents="联想笔记本电脑一台\n现金 200 元",
                found_by="保洁 刘阿姨", kept_where="前台保险柜 2 号格")
    base.update(kw)
    return services.lost_property.record_found(FoundItemInput(**base)).id  # type: ignore[arg-type]


def test_the_notice_posts_what_where_and_when_never_what_it_holds(desk: Services,
                                                                  now) -> None:
    item_id = record(desk, found_at=now.value - dt.timedelta(hours=2))
    number = desk.lost_property.item(item_id).number
    assert spec_for("lost-property-notice").papers == (Paper.A4, Paper.A5)
    for paper, size in ((Paper.A4, A4), (Paper.A5, A5)):
        doc = desk.documents.save("lost-property-notice", item_id, paper)
        text = flat(doc.path)
        assert page_size(doc.path) == pytest.approx(size, abs=0.1)
        assert doc.result.pages == 1 and all_embedded(doc.path) and not doc.warnings
        assert "Lostpropertynotice" in text and number.replace("-", "") in text.replace(
            "-", "")
        assert "黑色双肩包" in text and "三楼电梯厅" in text and "2026-11-2307:30" in text
        assert "Bagorclothing" in text
        assert "bringtheirownIDdocument" not in text  # the wording, checked below
        assert "withtheirownIDdocument" in text and "describetheitemandwhatitholds" in text
        assert "thisnoticedoesnotsaywhattheitemholds" in text
        assert "keptforitsowneruntil2026-12-23" in text and "0755-86001234" in text
        # Only the owner can say these: they are not posted.
        for private in ("联想", "200", "保险柜", "刘阿姨", "陈静"):
            assert private not in text
    assert desk.documents.save("lost-property-notice", number.lower()).reference == number


def test_the_claim_slip_masks_the_id_and_has_signature_lines(desk: Services, now) -> None:
    item_id = record(desk)
    with pytest.raises(DomainError, match="once its owner has claimed it"):
        desk.documents.save("lost-property-claim", item_id)
    now.advance(hours=1)
    desk.lost_property.claim(item_id, ClaimInput(
        "张三", ID_ZHANG, "13800138000", "黑色双肩包，里面有联想电脑和两百元现金"))
    doc = desk.documents.save("lost-property-claim", item_id)
    text = flat(doc.path)
    assert doc.paper is Paper.A5 and page_size(doc.path) == pytest.approx(A5, abs=0.1)
    assert all_embedded(doc.path) and doc.result.pages == 1
    assert "110105********002X" in text and ID_ZHANG not in text
    assert "138****8000" in text and "13800138000" not in text
    assert "张三" in text and "黑色双肩包，里面有联想电脑和两百元现金" in text
    assert "联想笔记本电脑一台" in text  # the slip lists what was handed over
    assert "王芳and陈静" in text and "2026-11-2310:30" in text
    assert "Claimant(signature)" in text and "Handedoverby(signature)" in text
    assert text.count("Date:") == 2
    # The posted notice is refused for an item no longer kept.
    with pytest.raises(DomainError, match="nothing to post"):
        desk.documents.save("lost-property-notice", item_id)
    # A reprint of the slip is marked as a copy.
    assert "COPY" in flat(desk.documents.save("lost-property-claim", item_id).path)


def test_the_police_record_names_the_station_and_the_officer(desk: Services, now) -> None:
    item_id = record(desk, description="棕色皮夹", category=FoundCategory.VALUABLES,
                     contents="身份证一张")
    with pytest.raises(DomainError):
        desk.documents.save("lost-property-police", item_id)
    now.advance(days=POLICE_AFTER_DAYS)
    desk.lost_property.hand_to_police(item_id, PoliceHandover("粤海派出所", "李警官"))
    doc = desk.documents.save("lost-property-police", item_id, Paper.A4)
    text = flat(doc.path)
    assert page_size(doc.path) == pytest.approx(A4, abs=0.1) and all_embedded(doc.path)
    assert "粤海派出所" in text and "李警官" in text and "身份证一张" in text
    assert "Receivedbytheofficer(signature)" in text
    with pytest.raises(NotFound):
        desk.documents.save("lost-property-police", "SW2026-0099")


def test_a_notice_from_the_water_template_prints_as_written(desk: Services, now) -> None:
    filled = draft(NoticeTemplate.WATER, NoticeLanguage.ZH).filled(
        {Blank.AREA: "A座", Blank.DATE: "11月25日（星期三）", Blank.TIME: "9:00至17:00"})
    notice = desk.notices.issue(NoticeInput(filled.title, filled.body,
                                            template=NoticeTemplate.WATER))
    doc = desk.documents.save("notice", notice.id)
    text = flat(doc.path)
    assert spec_for("notice").papers == (Paper.A4,) and doc.paper is Paper.A4
    assert page_size(doc.path) == pytest.approx(A4, abs=0.1)
    assert all_embedded(doc.path) and doc.result.pages == 1 and not doc.warnings
    assert "王芳星河国际大厦物业服务中心深圳市" in text  # the footer, then the header
    assert "No.TZ2026-001" in text and "停水通知" in text
    assert "尊敬的各位业主、租户：" in text and "因A座供水管道检修" in text
    assert "11月25日（星期三）9:00至17:00暂停供水" in text
    assert text.endswith("前台。星河国际大厦物业服务中心2026年11月23日")  # signed, dated
    layout = subprocess.run(["pdftotext", "-layout", str(doc.path), "-"], check=True,
                            capture_output=True, text=True).stdout
    lines = [line.strip() for line in layout.splitlines() if line.strip()]
    # No line of the notice starts with a comma or a full stop.
    assert not [line for line in lines if line[0] in "，。；：）"]
    # A reprint is not marked as a copy: a notice is posted as often as needed.
    assert "COPY" not in flat(desk.documents.save("notice", notice.number).path)


def test_an_english_notice_and_a_withdrawn_one(desk: Services) -> None:
    filled = draft(NoticeTemplate.FIRE_DRILL, NoticeLanguage.EN).filled(
        {Blank.AREA: "Tower A", Blank.DATE: "Friday 27 November", Blank.TIME: "at 15:00"})
    notice = desk.notices.issue(NoticeInput(filled.title, filled.body,
                                            language=NoticeLanguage.EN,
                                            signed="Property Management Office"))
    text = flat(desk.documents.save("notice", notice.id).path)
    assert "Firedrill" in text and "DearownersandtenantsTopractise" in text.replace(",", "")
    assert "PropertyManagementOffice23November2026" in text
    assert "WITHDRAWN" not in text
    desk.notices.withdraw(notice.id, "改期")
    withdrawn = flat(desk.documents.save("notice", notice.id).path)
    assert "WITHDRAWN—nolongerinforce" in withdrawn and "Withdrawn·Printed" in withdrawn
