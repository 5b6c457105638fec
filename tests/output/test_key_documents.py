"""Key custody's papers read back with poppler: the label (no personal data, the tag in its
codes), the borrowing slip and its return stub, the register for the stocktake over several
pages, the handover and deposit slips — text in both languages, ID numbers and phones
masked, page sizes, embedded fonts."""

from __future__ import annotations

import contextlib
import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.errors import NotFound
from deskapp.domain.keys.records import IssueInput, KeyKind, KeySetInput, LostInput
from deskapp.domain.records import Paper
from deskapp.i18n import translate
from deskapp.output import key_label
from deskapp.output.document import DocumentBuilder
from deskapp.usecases.printing import spec_for
from helpers import page_size, pdf_fonts, pdf_info
from key_cabinet import (
    ID_WANG,
    ID_WANG_MASKED,
    ID_ZHANG,
    ID_ZHANG_MASKED,
    PHONE_ZHANG,
    PHONE_ZHANG_MASKED,
    Cabinet,
    fill_cabinet,
)

A4 = (595.28, 841.89)
LABEL = (170.08, 113.39)  # 60 × 40 mm

pytestmark = pytest.mark.usefixtures("shanghai_tz")


@contextlib.contextmanager
def translated(language: str) -> Iterator[None]:
    from deskapp.translations import install

    install(language)
    try:
        yield
    finally:
        install("en")


def flat(path: Path) -> str:
    """The text in drawing order (a cell's wrapped lines together), without blanks."""
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return "".join(raw.split())


def page_text(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path),
                           "-"], check=True, capture_output=True, text=True).stdout


def all_embedded(path: Path) -> bool:
    fonts = pdf_fonts(path)
    return bool(fonts) and all(line.split()[-5] == "yes" for line in fonts)


@pytest.fixture
def cabinet(services: Services, now) -> Cabinet:  # type: ignore[no-untyped-def]
    return fill_cabinet(services, now)


# --- The label


def test_the_label_is_a_60_by_40_label_with_the_tag_and_no_personal_data(
        services: Services, cabinet: Cabinet) -> None:
    assert spec_for("key-label").papers == (Paper.LABEL60, Paper.A4)
    printed = services.documents.render("key-label", str(cabinet.entrusted.id))
    assert printed.paper is Paper.LABEL60 and printed.reference == "K0002"
    assert printed.result.pages == 1 and printed.warnings == ()
    assert page_size(printed.path) == pytest.approx(LABEL, abs=0.05)
    assert all_embedded(printed.path)
    assert pdf_info(printed.path)["Title"] == "Key label K0002"
    text = flat(printed.path)
    for expected in ("K0002", "HookA-02", "Keys:2", "Entrustedbytheowner",
                     "Found?Pleasereturnto"):
        assert expected in text, expected
    # Nobody's name, phone or door: a lost key must not lead to the flat.
    for secret in ("1501", "王先生", "王太太", "138", "李四", "Printed"):
        assert secret not in text, secret
    # By the tag scanned from an old label too; a reprint is no copy.
    assert services.documents.save("key-label", "k0002").reference == "K0002"
    assert "COPY" not in flat(services.documents.save("key-label", "K0002").path)


def test_only_a_common_areas_label_names_the_area(services: Services,
                                                  cabinet: Cabinet) -> None:
    plant = flat(services.documents.render("key-label", str(cabinet.plant.id)).path)
    assert "B2高压配电房" in plant and "Commonareaorplantroom" in plant
    vacant = flat(services.documents.render("key-label", "K0001").path)
    assert "1203" not in vacant and "Vacantunit" in vacant and "Keys:3" in vacant


def test_the_labels_codes_carry_the_tag_only(services: Services, cabinet: Cabinet,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    encoded: list[str] = []
    qr_code, code128 = DocumentBuilder.qr_code, key_label.code128_symbol

    def spy_qr(self, value, **kw):  # type: ignore[no-untyped-def]
        encoded.append(value)
        return qr_code(self, value, **kw)

    def spy_bars(value, *args, **kw):  # type: ignore[no-untyped-def]
        encoded.append(value)
        return code128(value, *args, **kw)

    monkeypatch.setattr(DocumentBuilder, "qr_code", spy_qr)
    monkeypatch.setattr(key_label, "code128_symbol", spy_bars)
    services.documents.render("key-label", str(cabinet.entrusted.id))
    assert set(encoded) == {"K0002"} and len(encoded) >= 2


def test_a_long_tag_shrinks_and_the_a4_sheet_frames_the_label_to_cut_out(
        services: Services, cabinet: Cabinet) -> None:
    row = services.keys.register(KeySetInput("2001", KeyKind.OTHER, 12, "E-12",
                                             tag="PU-2026-ABCDEFGH"))
    label = services.documents.render("key-label", str(row.id))
    assert label.result.pages == 1 and "PU-2026-ABCDEFGH" in flat(label.path)
    sheet = services.documents.render("key-label", str(row.id), Paper.A4)
    assert page_size(sheet.path) == pytest.approx(A4, abs=0.05)
    text = flat(sheet.path)
    assert "Keylabel" in text and "Cutalongthedashedline" in text and "PU-2026-ABCDEFGH" in text
    assert all_embedded(sheet.path)


# --- The borrowing slip


def test_the_slip_carries_the_loan_masked_and_its_stub_the_partial_return(
        services: Services, cabinet: Cabinet) -> None:
    printed = services.documents.render("key-slip", cabinet.viewing.number)
    assert printed.reference == "KL2026-0001" and printed.paper is Paper.A4
    assert printed.result.pages == 1 and printed.warnings == ()
    assert page_size(printed.path) == pytest.approx(A4, abs=0.05)
    assert all_embedded(printed.path)
    text = flat(printed.path)
    for expected in ("Keyborrowingslip", "KL2026-0001", "K0001", "1203", "Vacantunit",
                     "张三", "链家地产", ID_ZHANG_MASKED, PHONE_ZHANG_MASKED, "Viewing",
                     "招商部", "Authorisedbythemanagement", "2026-11-2309:30",
                     "2026-11-2311:30", "带客户看房", "王芳", "大堂", "willnotcopythem",
                     "Borrower(signature)", "Desk(signature)", "Cuthere:returnstub",
                     "Returnstub", "2of3keysback;1stillout", "2026-11-2310:10",
                     "一把齿有磨损", "小李", "Returnedby(signature)"):
        assert expected in text, expected
    assert ID_ZHANG not in text and PHONE_ZHANG not in text
    # The same slip by the loan's id; printed again, it is a copy.
    services.documents.save("key-slip", str(cabinet.viewing.id))
    assert "COPY" in flat(services.documents.render("key-slip", "KL2026-0001").path)


def test_the_slip_names_the_authority_staff_consent_or_the_owners_list(
        services: Services, cabinet: Cabinet, now) -> None:  # type: ignore[no-untyped-def]
    staff = flat(services.documents.render("key-slip", cabinet.engineer.number).path)
    assert "Managementstaff:noIDneeded" in staff and "Repair:配电柜检修" in staff
    assert "陈经理" in staff and "Notyetreturned" in staff
    consent = flat(services.documents.render("key-slip", cabinet.consent.number).path)
    assert "Withtheowner'sconsent" in consent
    assert "王先生·Byphone·2026-11-2310:05" in consent
    services.keys.return_loan(cabinet.consent.id)
    listed = services.keys.issue(IssueInput(
        cabinet.entrusted.id, "李四", now.value + dt.timedelta(hours=1), phone="13900139000",
        id_number=ID_WANG))
    text = flat(services.documents.render("key-slip", listed.number).path)
    assert "Ontheowner'slist:李四(租客)" in text and ID_WANG_MASKED in text
    assert ID_WANG not in text and "13900139000" not in text


def test_keys_lost_on_a_loan_show_on_its_stub(services: Services, cabinet: Cabinet) -> None:
    services.keys.report_lost(cabinet.plant.id, LostInput("赵工", circumstances="掉进电缆沟"))
    text = flat(services.documents.render("key-slip", str(cabinet.engineer.id)).path)
    assert "Keyslost:1;掉进电缆沟" in text and "1reportedlost" in text
    with pytest.raises(NotFound):
        services.documents.render("key-slip", "KL2026-0404")


def test_the_slip_in_chinese(services: Services, cabinet: Cabinet) -> None:
    with translated("zh_CN"):
        printed = services.documents.render("key-slip", cabinet.viewing.number)
        title = translate("KeySlip", "Key borrowing slip")
    text = flat(printed.path)
    assert title.replace(" ", "") in text and "空置单元" in text and "看房" in text
    assert ID_ZHANG_MASKED in text and ID_ZHANG not in text
    assert all_embedded(printed.path) and printed.result.pages == 1


# --- The register


def test_the_register_lists_every_set_by_hook_with_a_box_and_the_tally(
        services: Services, cabinet: Cabinet) -> None:
    keys = services.keys
    keys.report_lost(cabinet.vacant.id, LostInput("张三", 1))  # the key still out: settled
    for n in range(70):
        keys.register(KeySetInput(f"{20 + n // 4}{n % 4 + 1:02d}", KeyKind.VACANT, 2,
                                  f"F-{n + 1}"))
    printed = services.documents.render("key-register", "0")
    assert printed.result.pages >= 2 and printed.warnings == ()
    assert page_size(printed.path) == pytest.approx(A4, abs=0.05)
    assert all_embedded(printed.path)
    first = page_text(printed.path, 1)
    text = " ".join(first.split())
    assert "73 sets: 71 in the cabinet, 2 out, 0 lost; loans overdue: 1" in text
    # By hook as the cabinet runs, C-01, then F-1, F-2 … F-10 (not F-1, F-10).
    hooks = [line.split()[0] for line in first.splitlines()
             if line.split() and line.split()[0][:2] in ("A-", "C-", "F-")]
    assert hooks[:6] == ["A-01", "A-02", "C-01", "F-1", "F-2", "F-3"]
    assert "1801" not in text  # handed over: no longer the desk's
    flat_text = flat(printed.path)
    for expected in ("Out:赵工(工程部),slipKL2026-0002", "OVERDUEsince11-2310:00",
                     "Out:周八(我爱我家)", "dueback11-2313:10",
                     "2/3", "Inthecabinet;1lost,notyetreplaced", "防盗门+房门+信箱", "Internallist",
                     "Countedby(signature)", "Checkedby(signature)", "Setsfound:"):
        assert expected in flat_text, expected
    assert ID_ZHANG_MASKED not in flat_text and "138" not in flat_text  # no IDs, no phones
    last = printed.result.pages
    assert "Recorded as" in page_text(printed.path, last) or "Counted by" in page_text(
        printed.path, last)
    assert "Recorded as" in page_text(printed.path, 2)  # the heads repeat
    assert f"Page 2 of {last}" in page_text(printed.path, 2)
    # Drawn afresh each time: never a copy.
    services.documents.save("key-register", "0")
    assert "COPY" not in flat(services.documents.render("key-register", "7").path)


def test_an_empty_register_says_so(services: Services) -> None:
    text = flat(services.documents.render("key-register", "0").path)
    assert "Theregisterholdsnokeys." in text and "0sets" in text


# --- Handover and deposit


def test_the_handover_slip_masks_the_owners_id_and_phone(services: Services,
                                                        cabinet: Cabinet) -> None:
    printed = services.documents.render("key-handover", str(cabinet.handover.id))
    assert printed.reference == f"K0004-H{cabinet.handover.id}" and printed.result.pages == 1
    assert page_size(printed.path) == pytest.approx(A4, abs=0.05) and all_embedded(printed.path)
    text = flat(printed.path)
    for expected in ("Keyhandoverslip", "K0004", "1801", "Notyetmovedin", "刘业主",
                     ID_WANG_MASKED, "135****5000", "入伙交房", "王芳·大堂",
                     "countedthe4keys", "Owner(signature)", "Desk(signature)"):
        assert expected in text, expected
    assert ID_WANG not in text and "13500135000" not in text
    # By the tag of the set handed over, too.
    assert services.documents.render("key-handover", "K0004").reference == printed.reference
    with pytest.raises(NotFound, match="K0001"):
        services.documents.render("key-handover", "k0001")


def test_the_deposit_slip_lists_who_may_borrow_until_when(services: Services,
                                                          cabinet: Cabinet) -> None:
    printed = services.documents.render("key-deposit", str(cabinet.entrusted.id))
    assert printed.reference == f"K0002-D{cabinet.deposit.id}" and printed.result.pages == 1
    assert page_size(printed.path) == pytest.approx(A4, abs=0.05) and all_embedded(printed.path)
    text = flat(printed.path)
    for expected in ("Keydepositslip", "K0002", "1501", "王先生", "138****8000", "王太太",
                     "出国期间托管", "Peopletheownerallowstoborrowthekeys",
                     "1李四租客139****90002027-05-31",  # the deposit's own end date
                     "2欧阳娜娜家属136****56782026-12-31",  # her own, earlier
                     "Owner(signature)"):
        assert expected in text, expected
    assert "13800138000" not in text and "13900139000" not in text and ID_WANG not in text
    assert services.documents.render("key-deposit", "K0002").reference == printed.reference
    with pytest.raises(NotFound, match="K0001"):
        services.documents.render("key-deposit", str(cabinet.vacant.id))


def test_the_owners_slips_in_chinese(services: Services, cabinet: Cabinet) -> None:
    with translated("zh_CN"):
        handover = services.documents.render("key-handover", str(cabinet.handover.id))
        deposit = services.documents.render("key-deposit", "K0002")
        titles = [translate("KeyOwnerSlips", title).replace(" ", "")
                  for title in ("Key handover slip", "Key deposit slip")]
    assert titles[0] in flat(handover.path) and "未入伙" in flat(handover.path)
    assert titles[1] in flat(deposit.path) and "业主托管" in flat(deposit.path)
    assert ID_WANG_MASKED in flat(handover.path)
