"""Fee collection's figures on years of receipts: a payment taken through fee collection
(beside the bare tool's INSERT committed), a receipt rendered through the print service
(beside ReportLab drawing the same page on its own), the receipt list's first page and its
searches by number and by unit, every unit's arrears at a glance, and a cashier's day as
the handover sheet sums it — each reading beside the bare tool's plain SQL reading the
same rows.

The bare database tool is the one of :mod:`deskapp.bench.run` (sqlite3 on the file,
psycopg on a server).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from deskapp.bench.figures import Figure, median, round_figure, slowest, timed_ms
from deskapp.bench.requests_figures import BareTool
from deskapp.domain.fees.capitals import rmb_capitals
from deskapp.domain.fees.payments import PaymentInput
from deskapp.domain.fees.receipt_list import ReceiptQuery
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import Method
from deskapp.domain.fees.rows import ReceiptRow
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.money import format_money
from deskapp.domain.records import Paper

NAMES = ("payment_ms", "receipt_pdf_ms", "receipts_page_ms", "arrears_overview_ms",
         "handover_ms")
PAGE = 200


def fees_figures(services, bare: BareTool, repeat: int,  # type: ignore[no-untyped-def]
                 bare_insert: Callable[[int], None], scratch: Path) -> dict[str, Figure]:
    """Each figure the median of ``repeat``; ``bare_insert(n)`` is the bare tool's save,
    ``scratch`` where ReportLab's own page is drawn (removed after)."""
    fees: FeeCollection = services.fees
    payment, receipt = _payments(fees, bare_insert, repeat)
    return {"payment_ms": payment,
            "receipt_pdf_ms": _receipt_pdf(services, receipt, repeat, scratch),
            "receipts_page_ms": _pages(services, bare, repeat),
            "arrears_overview_ms": _overview(fees, bare, repeat),
            "handover_ms": _handover(fees, bare, repeat)}


def _payments(fees: FeeCollection, bare_insert: Callable[[int], None],
              repeat: int) -> tuple[Figure, ReceiptRow | None]:
    """The oldest charge of ``repeat`` units that owe, each paid in cash with change."""
    owing = [unit_id for unit_id, _label, _who in fees.units_with_open_charges()][:repeat]
    pays, inserts, receipt = [], [], None
    for number, unit_id in enumerate(owing):
        charge = fees.open_charges(unit_id)[0]
        fen = charge.outstanding_fen
        data = PaymentInput(unit_id, (PaymentPart(Method.CASH, fen),),
                            tendered_fen=-(-fen // 10000) * 10000, charge_ids=(charge.id,))
        started = time.perf_counter()
        receipt = fees.pay(data)
        pays.append((time.perf_counter() - started) * 1000)
        inserts.append(timed_ms(lambda n=number: bare_insert(n)))
    return Figure(median(pays), median(inserts),
                  extra={"first_ms": round_figure(pays[0] if pays else 0),
                         "units_owing": len(fees.units_with_open_charges())}), receipt


def _receipt_pdf(services, receipt: ReceiptRow | None, repeat: int,  # type: ignore[no-untyped-def]
                 scratch: Path) -> Figure:
    """A receipt on A5 through the print service (read, laid out, drawn, written) beside
    ReportLab drawing the same texts on an A5 page with the same embedded font; each once
    before they are timed (``first_ms``: deskapp's first, ReportLab and the font loading)."""
    receipt = receipt or services.fees.receipts(limit=1)[0]
    documents = services.documents
    ours, theirs = [], []
    try:
        # The first print loads ReportLab and the font (the bare page uses both after it).
        started = time.perf_counter()
        documents.discard(documents.render("receipt", receipt.number, Paper.A5))
        first = (time.perf_counter() - started) * 1000
        bare_receipt(receipt, scratch)
        for _ in range(repeat):
            started = time.perf_counter()
            document = documents.render("receipt", receipt.number, Paper.A5)
            ours.append((time.perf_counter() - started) * 1000)
            documents.discard(document)
            theirs.append(timed_ms(lambda: bare_receipt(receipt, scratch)))
    finally:
        scratch.unlink(missing_ok=True)
    return Figure(median(ours), median(theirs),
                  extra={"receipt": receipt.number, "lines": len(receipt.lines),
                         "first_ms": round_figure(first)})


def bare_receipt(receipt: ReceiptRow, out: Path) -> None:
    """ReportLab alone: the receipt's texts drawn on an A5 page in the app's font."""
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from deskapp.output.fonts import register_font

    font = register_font()
    canvas = Canvas(str(out), pagesize=A5)
    width, height = A5
    y = height - 20 * mm
    canvas.setFont(font, 16)
    canvas.drawCentredString(width / 2, y, "星河国际大厦物业服务中心")
    canvas.setFont(font, 13)
    canvas.drawCentredString(width / 2, y - 10 * mm, "收款收据 Receipt")
    canvas.setFont(font, 9)
    y -= 22 * mm
    for label, value in (("No.", receipt.number), ("Date", f"{receipt.issued_at:%Y-%m-%d %H:%M}"),
                         ("Received from", receipt.payer), ("Unit", receipt.unit_label)):
        canvas.drawString(14 * mm, y, label)
        canvas.drawString(45 * mm, y, value)
        y -= 6 * mm
    for line in receipt.lines:
        canvas.drawString(14 * mm, y, f"{line.item_name} {line.period}")
        canvas.drawRightString(width - 14 * mm, y, format_money(line.amount_fen))
        canvas.line(14 * mm, y - 1.5 * mm, width - 14 * mm, y - 1.5 * mm)
        y -= 6 * mm
    canvas.drawString(14 * mm, y, rmb_capitals(receipt.total_fen))
    canvas.drawRightString(width - 14 * mm, y, format_money(receipt.total_fen))
    canvas.rect(width - 50 * mm, y - 20 * mm, 36 * mm, 10 * mm)
    canvas.drawString(width - 46 * mm, y - 16 * mm, "现金收讫")
    canvas.drawString(14 * mm, y - 16 * mm, f"Cashier: {receipt.cashier}")
    canvas.showPage()
    canvas.save()


def _pages(services, bare: BareTool, repeat: int) -> Figure:  # type: ignore[no-untyped-def]
    """The receipt list's first page: last month's receipts, and a receipt number and a
    unit searched over the whole history — each with its lines and payments."""
    fees: FeeCollection = services.fees
    today = services.clock.today()
    last_month = today.replace(day=1) - dt.timedelta(days=1)
    month = (last_month.replace(day=1), last_month)
    start, end = (bare.stored(t) for t in services.clock.day_bounds(*month))
    sample = bare.rows("SELECT number, unit_id FROM receipt WHERE unit_id IS NOT NULL AND id >= "
                       "(SELECT max(id) / 3 FROM receipt) ORDER BY id LIMIT 1")
    unit = bare.rows("SELECT number FROM unit WHERE id = ?", (sample[0][1],))[0][0] \
        if sample else ""
    order = " ORDER BY issued_at DESC, id DESC LIMIT 200"
    cases: list[tuple[str, ReceiptQuery, str, list[object]]] = [
        (f"month {last_month:%Y-%m}", ReceiptQuery(*month),
         "SELECT * FROM receipt WHERE issued_at >= ? AND issued_at < ?" + order, [start, end])]
    if sample:
        cases += [(f"receipt number: {sample[0][0]}", ReceiptQuery(*month, text=sample[0][0]),
                   "SELECT * FROM receipt WHERE number = ?" + order, [sample[0][0]]),
                  (f"unit: {unit}", ReceiptQuery(*month, text=unit),
                   "SELECT * FROM receipt WHERE unit_id = ?" + order, [sample[0][1]])]
    parts: dict[str, Figure] = {}
    for label, query, sql, args in cases:
        ours, theirs, counts = [], [], []
        for _ in range(repeat):
            ours.append(timed_ms(lambda q=query: fees.page(q, limit=PAGE)))
            theirs.append(timed_ms(lambda s=sql, a=args: _bare_page(bare, s, a)))
            counts.append(timed_ms(lambda q=query: fees.count(q)))
        parts[label] = Figure(median(ours), median(theirs),
                              extra={"rows": len(fees.page(query, limit=PAGE)),
                                     "count_ms": round_figure(median(counts))})
    figure = slowest(parts)
    figure.extra["receipts"] = bare.rows("SELECT count(*) FROM receipt")[0][0]
    return figure


def _bare_page(bare: BareTool, sql: str, args: list[object]) -> None:
    """A page of receipts, then their lines and payments, as plain SQL."""
    found = bare.rows(sql, args)
    ids = [row[0] for row in found]
    if ids:
        marks = ", ".join("?" * len(ids))
        bare.rows(f"SELECT * FROM receiptline WHERE receipt_id IN ({marks})", ids)
        bare.rows(f"SELECT * FROM receiptpayment WHERE receipt_id IN ({marks})", ids)


def _overview(fees: FeeCollection, bare: BareTool, repeat: int) -> Figure:
    """Every unit's arrears at a glance (the first page, totals over all units)."""
    def plain() -> None:
        bare.rows("SELECT id, number, occupant, company FROM unit")
        bare.rows("SELECT unit_id, sum(amount_fen - paid_fen - waived_fen), min(due_on) "
                  "FROM feecharge WHERE voided_at IS NULL AND amount_fen > paid_fen + waived_fen "
                  "GROUP BY unit_id")

    ours = [timed_ms(fees.arrears_overview) for _ in range(repeat)]
    theirs = [timed_ms(plain) for _ in range(repeat)]
    totals = fees.arrears_overview().totals
    return Figure(median(ours), median(theirs),
                  extra={"units": totals.units, "units_in_arrears": totals.units_in_arrears})


def _handover(fees: FeeCollection, bare: BareTool, repeat: int) -> Figure:
    """The busiest cashier's day as the handover sheet sums it."""
    found = bare.rows("SELECT day, cashier, receipts FROM cashhandover "
                      "ORDER BY receipts DESC, id LIMIT 1")
    if not found:
        return Figure(0.0, 0.0)
    day, cashier, receipts = found[0]
    day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
    start, end = (bare.stored(t) for t in fees.clock.day_bounds(day))

    def plain() -> None:
        rows = bare.rows("SELECT * FROM receipt WHERE created_by = ? AND issued_at >= ? AND "
                         "issued_at < ? ORDER BY year, seq", [cashier, start, end])
        ids = [row[0] for row in rows]
        if ids:
            bare.rows("SELECT * FROM receiptpayment WHERE receipt_id IN "
                      f"({', '.join('?' * len(ids))})", ids)

    ours = [timed_ms(lambda: fees.handover_summary(day, cashier)) for _ in range(repeat)]
    theirs = [timed_ms(plain) for _ in range(repeat)]
    return Figure(median(ours), median(theirs),
                  extra={"day": day.isoformat(), "receipts": receipts})
