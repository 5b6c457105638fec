"""Cashiers' processes killed with SIGKILL while taking payments, on a SQLite file and on
PostgreSQL: every receipt a process reported is stored whole (its lines, its payment, the
bills it paid, the credit it kept); the receipt numbers run on without a repeat or a hole,
also across the kills; no bill is paid twice or paid by a receipt that is not there."""

from __future__ import annotations

import os
import random
import time

from sqlalchemy import func
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.fee_models import FeeCharge, Receipt, ReceiptLine, ReceiptPayment, UnitCredit
from deskapp.domain.fees.payments import PaymentInput
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import Method
from fee_data import add_charges, item, unit
from processes import Worker

ROUNDS = int(os.environ.get("DESKAPP_CRASH_ROUNDS", "8"))


def test_killed_cashiers_leave_every_receipt_whole_and_the_numbers_unbroken(
        services: Services) -> None:
    units = ["1203", "1505"]
    fee = item(services)
    for number in units:
        add_charges(services, unit(services, number, f"业主{number}"), fee, 400, 100)
    rng = random.Random(20261128)
    reported: dict[int, str] = {}
    for _round in range(max(3, ROUNDS // 2)):
        cashiers = [Worker(services.location.value, "甲", desk="一号窗口"),
                    Worker(services.location.value, "乙", desk="二号窗口")]
        cashiers[0].send("receipts 0 " + ",".join(units))
        cashiers[1].send("receipts 0 " + ",".join(reversed(units)))
        for cashier in cashiers:
            cashier.wait_for("receipt")
        time.sleep(rng.uniform(0.0, 0.4))
        for cashier in cashiers:
            cashier.kill()
            assert not cashier.errors(), cashier.errors()[:3]
            reported.update({int(line.split()[1]): line.split()[2] for line in cashier.lines
                             if line.startswith("receipt ")})
        receipts_whole(services, reported)
    # The next payment, after every kill, takes the next number.
    stored = receipts_whole(services, reported)
    first_unit = services.directory.units()[0].id
    receipt = services.fees.pay(PaymentInput(first_unit, (PaymentPart(Method.CASH, 100),)))
    assert receipt.number == f"SK2026-{len(stored) + 1:06d}"
    assert len(receipts_whole(services, reported)) == len(stored) + 1 > len(reported) > 0


def receipts_whole(services: Services, reported: dict[int, str]) -> dict[int, str]:
    """Assert the receipts and bills are whole; the receipts by id: number."""
    with Session(services.engine) as session:
        stored = dict(session.exec(select(Receipt.id, Receipt.number)).all())
        totals = dict(session.exec(select(Receipt.id, Receipt.total_fen)).all())
        lines = session.exec(select(ReceiptLine.receipt_id, ReceiptLine.charge_id,
                                    ReceiptLine.kind, ReceiptLine.amount_fen)).all()
        payments = dict(session.exec(select(ReceiptPayment.receipt_id, func.sum(
            ReceiptPayment.amount_fen)).group_by(ReceiptPayment.receipt_id)).all())
        paid = dict(session.exec(select(FeeCharge.id, FeeCharge.paid_fen)).all())
        credit = dict(session.exec(select(UnitCredit.receipt_id, UnitCredit.change_fen)).all())
    assert {i: stored[i] for i in reported} == reported  # nothing committed was lost
    serials = sorted(int(number.rsplit("-", 1)[1]) for number in stored.values())
    assert serials == list(range(1, len(serials) + 1))  # no repeat, no hole
    by_receipt: dict[int, int] = {}
    by_charge: dict[int, int] = {}
    for receipt_id, charge_id, kind, fen in lines:
        by_receipt[receipt_id] = by_receipt.get(receipt_id, 0) + fen
        if charge_id is not None:
            by_charge[charge_id] = by_charge.get(charge_id, 0) + fen
        else:
            assert kind == "credit" and credit[receipt_id] == fen
    assert by_receipt == totals == payments  # each receipt's lines and money add up
    assert all(paid[c] == by_charge.get(c, 0) for c in paid)  # bills paid by receipts only
    assert all(fen <= 100 for fen in paid.values())  # none paid twice
    return stored
