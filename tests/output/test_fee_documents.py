"""Fee collection's papers read back with poppler: the receipt on A5, on an 80 mm roll and
into the pre-printed three-part form (values at their places, the form's serial for the
check), VOID and COPY marks, the payment notice a page per unit, the dunning notice with its
delivery receipt and no word of cutting a supply, the rate schedule, the daily takings
handover a page per cashier, the deposit refund slip — amounts in figures and in capitals,
page sizes, embedded fonts; and each kind through the print registry from real records."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from deskapp.bootstrap import Services
from deskapp.domain.errors import DomainError
from deskapp.domain.fees.deposits import Deduction, DepositInput, RefundInput
from deskapp.domain.fees.dunning_wording import dunning_wording
from deskapp.domain.fees.ledger_records import DunningStage
from deskapp.domain.fees.payments import PaymentInput
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import DepositKind, LineKind, Method
from deskapp.domain.fees.rows import ReceiptLineRow
from deskapp.domain.records import Paper
from deskapp.domain.roles import Action, Approval, Role
from deskapp.output.cash_handover import render_cash_handover
from deskapp.output.document import copy_mark, marked
from deskapp.output.dunning_notice import DunningPaper, charges_named, render_dunning_notice
from deskapp.output.payment_notice import NoticeUnit, render_payment_notices
from deskapp.output.rate_schedule import render_rate_schedule
from deskapp.output.receipt import render_receipt
from deskapp.output.receipt_form import FORM, form_rows, render_receipt_form
from deskapp.usecases.printing import spec_for
from helpers import page_size, pdf_fonts, pdf_info
from tests.fee_data import as_cashier, charge, item, unit
from tests.fee_papers import (
    AT,
    CHARGES,
    DAY_HANDED,
    DAY_OPEN,
    DEPOSIT_HELD,
    DEPOSIT_REFUNDED,
    INVOICED,
    ORG,
    OTHER_UNIT,
    PAYMENT,
    RATES,
    SALE,
    TODAY,
    VOIDED,
)

A4 = (595.28, 841.89)
A5 = (419.53, 595.28)
ROLL_WIDTH = 226.77  # 80 mm
FORM_SIZE = (684.0, 264.0)  # 9.5 × 11/3 in

pytestmark = pytest.mark.usefixtures("shanghai_tz")


@contextlib.contextmanager
def translated(language: str) -> Iterator[None]:
    from deskapp.translations import install

    install(language)
    try:
        yield
    finally:
        install("en")


def flat(path: Path, page: int | None = None) -> str:
    """The text in drawing order, without blanks (one page, or all)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    raw = subprocess.run(["pdftotext", "-raw", *pages, str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return "".join(raw.split())


def all_embedded(path: Path) -> bool:
    fonts = pdf_fonts(path)
    return bool(fonts) and all(line.split()[-5] == "yes" for line in fonts)


def word_boxes(path: Path) -> list[tuple[str, float, float, float]]:
    """Each word poppler finds with its left, right and bottom edge (points from the top)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">'
                       r"([^<]*)</word>", html)
    return [(text, float(x0), float(x1), float(y1)) for x0, x1, y1, text in found]


# --- The receipt


def test_the_a5_receipt_says_what_was_paid_how_and_in_capitals(tmp_path: Path) -> None:
    result = render_receipt(PAYMENT, ORG, Paper.A5, tmp_path / "r.pdf", now=AT)
    assert result.pages == 1 and result.warnings == ()
    assert page_size(result.path) == pytest.approx(A5, abs=0.05)
    assert all_embedded(result.path)
    assert pdf_info(result.path)["Title"] == "Receipt SK2026-000123"
    text = flat(result.path)
    for expected in ("恒信大厦物业服务中心", "Receipt", "SK2026-000123", "2026-11-2309:30",
                     "上海恒达贸易有限公司", "1203", "物业管理费2026-10", "物业管理费2026-11",
                     "电费2026-10", "¥814.56", "Keptascreditforthenextbills", "¥15.00",
                     "Creditused(paidbefore)", "-¥50.00", "Totalreceived", "¥1,234.50",
                     "人民币壹仟贰佰叁拾肆元伍角",
                     "Cash¥979.50;WeChatPay¥255.00(4200001234567)",
                     "Tendered¥1,000.00,change¥20.50", "Cashreceived", "Cashier:王芳",
                     "Counter:一楼大堂"):
        assert expected in text, expected
    for absent in ("VOID", "COPY", "Invoice"):
        assert absent not in text, absent


def test_a_sale_shows_quantity_times_unit_price(tmp_path: Path) -> None:
    for paper in (Paper.A5, Paper.ROLL80):
        text = flat(render_receipt(SALE, ORG, paper, tmp_path / f"{paper}.pdf", now=AT).path)
        for expected in ("复印A4", "20×¥0.50", "¥10.00", "传真", "1×¥2.50",
                         "人民币壹拾贰元伍角", "Tendered¥20.00,change¥7.50"):
            assert expected in text, (paper, expected)


def test_a_year_of_bills_prints_close_set_and_names_the_receipt_on_every_page(
        tmp_path: Path) -> None:
    lines = tuple(ReceiptLineRow(LineKind.CHARGE, name, f"2025-{month:02d}", 20997)
                  for month in range(1, 13) for name in ("物业管理费", "水费", "电费"))
    receipt = dataclasses.replace(PAYMENT, lines=lines, total_fen=755892, credit_used_fen=0,
                                  credit_added_fen=0)
    result = render_receipt(receipt, ORG, Paper.A5, tmp_path / "r.pdf", now=AT)
    assert result.pages == 2
    for page in (1, 2):
        assert "ReceiptSK2026-000123" in flat(result.path, page)
    last = flat(result.path, 2)
    assert "电费2025-12" in last and "人民币柒仟伍佰伍拾捌元玖角贰分" in last
    assert "Cashreceived" in last


def test_the_roll_receipt_is_80_mm_wide_and_as_long_as_it_needs(tmp_path: Path) -> None:
    result = render_receipt(PAYMENT, ORG, Paper.ROLL80, tmp_path / "r.pdf", now=AT)
    width, height = page_size(result.path)
    assert result.pages == 1 and width == pytest.approx(ROLL_WIDTH, abs=0.05)
    assert 80 * mm < height < 250 * mm
    assert all_embedded(result.path)
    text = flat(result.path)
    for expected in ("SK2026-000123", "¥1,234.50", "人民币壹仟贰佰叁拾肆元伍角", "Cashreceived",
                     "Cashier:王芳"):
        assert expected in text, expected


def test_money_through_a_bank_is_stamped_so(tmp_path: Path) -> None:
    text = flat(render_receipt(INVOICED, ORG, Paper.A5, tmp_path / "r.pdf", now=AT).path)
    assert "Receivedthroughbank" in text and "Cashreceived" not in text
    assert "Exchangedforinvoice(发票)No.04412345on2026-11-30by李会计" in text
    assert "人民币壹佰零伍元整" in text


def test_a_voided_receipt_prints_void_with_why_on_every_paper(tmp_path: Path) -> None:
    for paper in (Paper.A5, Paper.ROLL80, Paper.FORM241):
        result = render_receipt(VOIDED, ORG, paper, tmp_path / f"{paper}.pdf", now=AT)
        text = flat(result.path)
        assert result.pages == 1
        assert "VOID" in text and "金额输错" in text, paper
        assert "2026-11-2310:05by王芳,approvedby李主管;reason:金额输错" in text, paper
        # A void deposit was never held: no word of refunding it.
        assert "refunded" not in text, paper
    held = flat(render_receipt(dataclasses.replace(VOIDED, voided_at=None), ORG, Paper.A5,
                               tmp_path / "held.pdf", now=AT).path)
    assert "VOID" not in held and "refundedonlyagainstit" in held


def test_a_reprint_is_marked_as_a_copy_on_every_paper(tmp_path: Path) -> None:
    for paper in (Paper.A5, Paper.ROLL80, Paper.FORM241):
        with marked(copy_mark()):
            copy = flat(render_receipt(SALE, ORG, paper, tmp_path / f"{paper}.pdf",
                                       now=AT).path)
        assert "COPY" in copy, paper


def test_the_form_gets_only_the_values_at_their_places(tmp_path: Path) -> None:
    result = render_receipt(PAYMENT, ORG, Paper.FORM241, tmp_path / "f.pdf", now=AT)
    assert result.pages == 1 and result.warnings == ()
    assert page_size(result.path) == pytest.approx(FORM_SIZE, abs=0.05)
    assert all_embedded(result.path)
    text = flat(result.path)
    for expected in ("Form0001234·SK2026-000123", "2026-11-2309:30", "上海恒达贸易有限公司",
                     "壹仟贰佰叁拾肆元伍角", "¥1,234.50", "Cashreceived", "王芳", "一楼大堂"):
        assert expected in text, expected
    # The form has its own title, header, boxes and 人民币 before the capitals: none of
    # them is printed.
    for absent in ("恒信大厦物业服务中心", "Receipt", "Printed", "Itemandperiod", "人民币"):
        assert absent not in text, absent
    boxes = {text: (x0, x1, y1) for text, x0, x1, y1 in word_boxes(result.path)}
    payer_left, _, payer_bottom = boxes["上海恒达贸易有限公司"]
    assert payer_left == pytest.approx(FORM.payer.x * mm, abs=0.5)
    assert payer_bottom == pytest.approx(FORM.payer.y * mm, abs=3)
    _, total_right, _ = boxes["¥1,234.50"]
    assert total_right == pytest.approx(FORM.figures.x * mm, abs=0.5)


def test_the_form_keeps_the_credit_rows_and_sums_items_past_its_rows() -> None:
    # Four items and two credit rows on five: the last two items share a row.
    assert form_rows(PAYMENT, 5) == [("物业管理费", "2026-10", "", "¥209.97"),
                                     ("物业管理费", "2026-11", "", "¥209.97"),
                                     ("2 more items", "", "", "¥860.06"),
                                     ("Kept as credit", "", "", "¥15.00"),
                                     ("Credit used (paid before)", "", "", "-¥50.00")]
    assert len(form_rows(PAYMENT, 6)) == 6 and "more items" not in str(form_rows(PAYMENT, 6))
    assert [row[0] for row in form_rows(SALE, 5)] == ["复印 A4", "传真"]
    assert form_rows(SALE, 5)[0][2] == "20 × ¥0.50"


def test_the_form_guides_draw_the_boxes_for_a_test_print(tmp_path: Path) -> None:
    path = render_receipt_form(SALE, ORG, tmp_path / "g.pdf", now=AT, guides=True).path
    text = flat(path)
    assert "Receipt" in text and "Amountincapitals" in text and "李先生" in text


def test_receipts_print_in_chinese_with_the_capitals(tmp_path: Path) -> None:
    with translated("zh_CN"):
        for paper in (Paper.A5, Paper.ROLL80, Paper.FORM241):
            result = render_receipt(PAYMENT, ORG, paper, tmp_path / f"{paper}.pdf", now=AT)
            assert result.pages == 1 and result.warnings == ()
            assert all_embedded(result.path)
            assert "壹仟贰佰叁拾肆元伍角" in flat(result.path)


# --- The payment notice


def test_a_batch_of_payment_notices_has_a_page_per_unit(tmp_path: Path) -> None:
    notices = [NoticeUnit(7, "1203", "上海恒达贸易有限公司", CHARGES),
               NoticeUnit(9, "805", "王先生", OTHER_UNIT)]
    result = render_payment_notices(notices, ORG, Paper.A4, tmp_path / "n.pdf", today=TODAY,
                                    now=AT)
    assert result.pages == 2 and result.warnings == ()
    assert page_size(result.path) == pytest.approx(A4, abs=0.05)
    assert all_embedded(result.path)
    first, second = flat(result.path, 1), flat(result.path, 2)
    for expected in ("Paymentnotice", "1203", "上海恒达贸易有限公司", "2026-08",
                     "2026-08-3184daysoverdue", "89.35×¥2.35", "1384.62×¥0.5883", "¥514.57",
                     "Totalowed", "¥1,280.01", "人民币壹仟贰佰捌拾元零壹分", "Payby2026-12-10",
                     "Wheretopay:at一楼大堂,上海市浦东新区世纪大道100号.",
                     "Questionsaboutthisnotice:call021-58881234."):
        assert expected in first, expected
    for expected in ("805", "王先生", "¥509.97", "人民币伍佰零玖元玖角柒分"):
        assert expected in second, expected
    assert "上海恒达" not in second and "2026-08" not in second


def test_payment_notices_through_the_registry(services: Services) -> None:
    as_cashier(services)
    management = item(services)
    owing = unit(services, "1203", "张三")
    other = unit(services, "805", "王先生")
    unit(services, "901", "赵六")  # owes nothing
    charge(services, owing, management, 10, 21000)
    charge(services, owing, management, 11, 21550)
    charge(services, other, management, 11, 18000)
    batch = services.documents.render("payment-notice", "0")
    assert batch.result.pages == 2 and not batch.copy
    assert batch.reference == "2026-11-23-all-2"
    assert "¥425.50" in flat(batch.path, 1) and "¥180.00" in flat(batch.path, 2)
    single = services.documents.render("payment-notice", str(owing))
    assert single.result.pages == 1 and single.reference == "2026-11-23-1203"
    # Printed again when the bills change: never marked as a copy.
    services.documents.save("payment-notice", str(owing))
    assert "COPY" not in flat(services.documents.render("payment-notice", str(owing)).path)
    services.fees.pay(PaymentInput(other, (PaymentPart(Method.CASH, 18000),)))
    with pytest.raises(DomainError, match="805"):
        services.documents.render("payment-notice", str(other))


# --- The dunning notice

# Cutting a supply to collect fees is unlawful (Civil Code art. 944): no notice may say it.
SUPPLY_THREATS_ZH = ("停水", "停电", "断水", "断电", "停暖", "停止供暖", "停气", "断气", "停止供",
                     "限水", "限电", "停供")
SUPPLY_WORDS_EN = re.compile(r"water|electric|power|heat|gas\b|supply|disconnect|cut off",
                             re.IGNORECASE)


def _dunning(paragraphs: tuple[str, ...] = ()) -> DunningPaper:
    return DunningPaper("CJ2026-0003", "Final Payment Notice", "Final notice", "1203",
                        "上海恒达贸易有限公司", "张三", charges_named(CHARGES[:3]),
                        dt.date(2026, 11, 30), AT, paragraphs, "王芳")


def test_the_dunning_notice_names_the_arrears_and_tears_off_a_delivery_receipt(
        tmp_path: Path) -> None:
    notice = _dunning(("Please pay.",))
    result = render_dunning_notice(notice, ORG, Paper.A4, tmp_path / "d.pdf", now=AT)
    assert result.pages == 1 and result.warnings == ()
    assert page_size(result.path) == pytest.approx(A4, abs=0.05)
    assert all_embedded(result.path)
    assert pdf_info(result.path)["Title"] == "Dunning notice CJ2026-0003"
    text = flat(result.path)
    for expected in ("FinalPaymentNotice", "CJ2026-0003", "Finalnotice", "1203",
                     "上海恒达贸易有限公司", "张三", "To上海恒达贸易有限公司ofunit1203:",
                     "Pleasepay.",
                     "物业管理费2026-082026-08-3184¥209.97", "¥514.57", "¥770.04",
                     "人民币柒佰柒拾元零肆分", "Pleasepayby2026-11-30.", "Cuthere:deliveryreceipt",
                     "Deliveryreceipt", "Ihavereceivedthenoticeabove.", "Receivedby(signature)",
                     "Relationtotheunit"):
        assert expected in text, expected


def test_a_long_list_of_arrears_runs_on_legibly(tmp_path: Path) -> None:
    many = tuple(dataclasses.replace(CHARGES[0], id=100 + i, period=f"2024-{i:02d}")
                 for i in range(1, 13)) * 3
    notice = dataclasses.replace(_dunning(), charges=many)
    result = render_dunning_notice(notice, ORG, Paper.A4, tmp_path / "d.pdf", now=AT)
    assert result.pages >= 2
    assert "Deliveryreceipt" in flat(result.path, result.pages)


def test_no_dunning_notice_threatens_to_cut_a_supply(tmp_path: Path) -> None:
    # The paper's own words, in both languages, before any stage's paragraphs.
    for language in ("en", "zh_CN"):
        with translated(language):
            text = flat(render_dunning_notice(_dunning(), ORG, Paper.A4,
                                              tmp_path / f"{language}.pdf", now=AT).path)
        fixed = text.replace("电费", "").replace("水费", "")  # the items owed, by name
        assert not [w for w in SUPPLY_THREATS_ZH if w in fixed], language
    for language in ("en", "zh_CN"):
        with translated(language):
            for stage in DunningStage:
                paragraphs = tuple(dunning_wording(stage))
                assert paragraphs, stage
                for paragraph in paragraphs:
                    assert not SUPPLY_WORDS_EN.search(paragraph), (stage, paragraph)
                    assert not [w for w in SUPPLY_THREATS_ZH if w in paragraph], (stage, paragraph)
                path = render_dunning_notice(_dunning(paragraphs), ORG, Paper.A4,
                                             tmp_path / f"{language}-{stage}.pdf", now=AT).path
                printed = flat(path).replace("电费", "").replace("水费", "")
                assert not [w for w in SUPPLY_THREATS_ZH if w in printed], (language, stage)


def test_the_dunning_notice_through_the_registry(services: Services) -> None:
    as_cashier(services)
    owing = unit(services, "1203", "张三")
    charge(services, owing, item(services), 9, 21000)
    notice = services.fees.issue_dunning(owing, DunningStage.FIRST)
    printed = services.documents.render("dunning-notice", str(notice.id))
    assert printed.reference == notice.number and printed.result.pages == 1
    text = flat(printed.path)
    assert "¥210.00" in text and "人民币贰佰壹拾元整" in text and "Deliveryreceipt" in text
    services.documents.save("dunning-notice", str(notice.id))
    assert services.documents.render("dunning-notice", str(notice.id)).copy


# --- The rate schedule


def test_the_rate_schedule_posts_every_price_per_what_and_how_often(tmp_path: Path) -> None:
    result = render_rate_schedule(RATES, ORG, Paper.A4, tmp_path / "s.pdf", today=TODAY, now=AT)
    assert result.pages == 1 and result.warnings == ()
    assert page_size(result.path) == pytest.approx(A4, abs=0.05)
    assert all_embedded(result.path)
    text = flat(result.path)
    for expected in ("Feerates", "Inforceon2026-11-23", "Managementfee", "物业管理费",
                     "Perm²oftheunit", "¥2.35/m²/month", "2026-01-01", "¥0.5883/unit/month",
                     "峰谷不分", "¥300.00/month", "¥0.50/page", "¥0.12/m²/quarter",
                     "Thesearetheapprovedrates", "maynotsetratesofitsown",
                     "Questionsabouttherates:call021-58881234."):
        assert expected in text, expected
    # By category, in the order they are listed: management before parking and services.
    assert text.index("物业管理费") < text.index("电费") < text.index("地下车位租金")
    assert text.index("地下车位租金") < text.index("复印A4")


def test_the_rate_schedule_through_the_registry(services: Services) -> None:
    item(services)
    printed = services.documents.render("rate-schedule", "0")
    assert printed.result.pages == 1 and not spec_for("rate-schedule").copies_marked
    assert "¥2.35/m²/month" in flat(printed.path)


# --- The daily takings handover


def test_the_handover_has_a_page_per_cashier_with_blanks_before_the_count(
        tmp_path: Path) -> None:
    result = render_cash_handover([DAY_HANDED, DAY_OPEN], ORG, Paper.A4, tmp_path / "h.pdf",
                                  now=AT)
    assert result.pages == 2 and result.warnings == ()
    assert page_size(result.path) == pytest.approx(A4, abs=0.05)
    assert all_embedded(result.path)
    handed, open_day = flat(result.path, 1), flat(result.path, 2)
    for expected in ("Dailytakingshandover", "2026-11-23", "李收银", "Handedover2026-11-2317:32",
                     "SK2026-000120–SK2026-000138", "Issued19", "VoidedNone",
                     "Taken¥5,000.00(1)", "Refunded¥3,000.00(1)", "Cash12¥3,560.50",
                     "WeChatPay5¥1,280.00", "Banktransfer1¥5,000.00", "Totalreceived¥9,840.50",
                     "ofwhichdepositsheld¥5,000.00", "ofwhichfeeincome¥4,840.50",
                     "Floatatthestartoftheday¥500.00", "Cashexpectedinthedrawer¥1,060.50",
                     "Cashcounted¥1,059.00", "¥1.50short", "假币一张已退回",
                     "Handedoverby:李收银(signature)", "Receivedby:赵出纳(signature)"):
        assert expected in handed, expected
    for expected in ("王芳", "Nothandedoveryet", "SK2026-000125,SK2026-000131",
                     "Cashreceived(changegivenback)¥3,560.50", "Receivedby(signature)"):
        assert expected in open_day, expected
    # Nothing counted yet: the float, what the drawer should hold and the count are blank.
    assert "¥500.00" not in open_day and "short" not in open_day


def test_the_handover_through_the_registry(services: Services, now) -> None:  # type: ignore[no-untyped-def]
    as_cashier(services)
    owing = unit(services)
    charge(services, owing, item(services), 11, 21550)
    receipt = services.fees.pay(PaymentInput(owing, (PaymentPart(Method.CASH, 21550),),
                                             tendered_fen=30000))
    printed = services.documents.render("handover", "2026-11-23")
    assert printed.result.pages == 1 and printed.reference == "2026-11-23"
    text = flat(printed.path)
    assert "李收银" in text and receipt.number in text and "¥215.50" in text
    with pytest.raises(DomainError):
        services.documents.render("handover", "2026-11-22")
    with pytest.raises(DomainError):
        services.documents.render("handover", "23.11.2026")


# --- The deposit refund slip


def test_the_refund_slip_itemises_the_deductions_and_the_money_back(tmp_path: Path) -> None:
    from deskapp.output.deposit_refund import render_deposit_refund

    result = render_deposit_refund(DEPOSIT_REFUNDED, ORG, Paper.A5, tmp_path / "d.pdf", now=AT)
    assert result.pages == 1 and result.warnings == ()
    assert page_size(result.path) == pytest.approx(A5, abs=0.05)
    assert all_embedded(result.path)
    text = flat(result.path)
    for expected in ("Depositrefundslip", "TK2026-0005", "SK2026-000125", "Constructiondeposit",
                     "上海恒达装饰工程有限公司", "¥5,000.00", "1203室内装修", "公共走道墙面修复",
                     "¥300.00",
                     "垃圾清运超量", "¥150.00", "Totaldeducted¥450.00", "人民币肆仟伍佰伍拾元整",
                     "¥4,550.00", "Banktransfer", "Receivedby:陈工(signature)",
                     "Approvedby:李主管(signature)"):
        assert expected in text, expected
    held = flat(render_deposit_refund(DEPOSIT_HELD, ORG, Paper.A5, tmp_path / "h.pdf",
                                      now=AT).path)
    assert "SK2026-000125" in held and "Refundedby" in held and "人民币" not in held
    assert "Receivedby(signature)" in held and "TK2026" not in held


def test_the_refund_slip_through_the_registry(services: Services) -> None:
    as_cashier(services)
    fees = services.fees
    deposit = fees.take_deposit(DepositInput(DepositKind.CONSTRUCTION, "赵六", 200000,
                                             (PaymentPart(Method.CASH, 200000),),
                                             unit_id=unit(services, "0805", "赵六")))
    before = services.documents.render("deposit-refund", str(deposit.id))
    assert before.reference == f"SK2026-000001-D{deposit.id}" and not before.copy
    fees.refund_deposit(deposit.id, RefundInput(deposit.receipt_number, "赵六", deductions=(
        Deduction("墙面损坏", 30000),)), Approval(Action.REFUND_DEPOSIT, "李主管", Role.SUPERVISOR))
    slip = services.documents.save("deposit-refund", str(deposit.id))
    assert slip.reference == "TK2026-0001"
    assert "人民币壹仟柒佰元整" in flat(slip.path)
    assert services.documents.render("deposit-refund", str(deposit.id)).copy
    wrong = fees.take_deposit(DepositInput(DepositKind.KEY_CARD, "孙七", 5000,
                                           (PaymentPart(Method.CASH, 5000),)))
    fees.void_receipt(wrong.receipt_id, "收错",
                      Approval(Action.VOID_RECORD, "李主管", Role.SUPERVISOR))
    with pytest.raises(DomainError, match="voided"):
        services.documents.render("deposit-refund", str(wrong.id))


# --- The receipt through the registry


def test_a_receipt_prints_by_id_or_number_and_a_reprint_is_a_copy(services: Services) -> None:
    as_cashier(services)
    owing = unit(services)
    charge(services, owing, item(services), 11, 21550)
    receipt = services.fees.pay(PaymentInput(owing, (PaymentPart(Method.CASH, 21550),),
                                             tendered_fen=30000, form_serial="0004567"))
    spec = spec_for("receipt")
    assert spec.papers == (Paper.A5, Paper.ROLL80, Paper.FORM241) and spec.copies_marked
    first = services.documents.render("receipt", str(receipt.id))
    assert first.paper is Paper.A5 and first.reference == "SK2026-000001" and not first.copy
    text = flat(first.path)
    assert "人民币贰佰壹拾伍元伍角" in text and "Tendered¥300.00,change¥84.50" in text
    services.documents.save("receipt", "sk2026-000001")
    for paper in (Paper.A5, Paper.ROLL80, Paper.FORM241):
        again = services.documents.render("receipt", receipt.number, paper)
        assert again.copy and "COPY" in flat(again.path), paper
    form = flat(services.documents.render("receipt", receipt.number, Paper.FORM241).path)
    assert "Form0004567·SK2026-000001" in form
