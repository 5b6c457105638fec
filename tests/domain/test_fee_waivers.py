"""Waivers (减免) only with a supervisor's approval and a reason, within what is still owed;
a charge voided only while nothing is paid on it."""

from __future__ import annotations

import pytest
from fee_billing import SUPERVISOR, Building, approval, building
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.engine import write_session
from deskapp.db.fee_models import FeeCharge, FeeWaiver
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.fees.rows import ChargeRow
from deskapp.domain.operators import ApprovalNeeded
from deskapp.domain.roles import Action, Role


@pytest.fixture
def b(services: Services) -> Building:
    return building(services)


def management_charge(b: Building) -> ChargeRow:
    run = b.fees.generate_bills("2026-11", unit_ids=[b.units["1203"]])
    return next(c for c in run.made if c.item_id == b.management.id)  # ¥209.97


def pay(services: Services, charge_id: int, fen: int) -> None:
    """What a receipt does to a charge (payments are their own part of fee collection)."""
    with write_session(services.engine) as session:
        charge = session.exec(select(FeeCharge).where(FeeCharge.id == charge_id)).one()
        charge.paid_fen += fen
        session.add(charge)
        session.commit()


def test_a_waiver_needs_a_supervisors_approval_and_a_reason(services: Services,
                                                             b: Building) -> None:
    charge = management_charge(b)
    with pytest.raises(ApprovalNeeded):
        b.fees.waive(charge.id, 5000, "业主困难")
    with pytest.raises(ApprovalNeeded):
        b.fees.waive(charge.id, 5000, "业主困难", approval(Action.VOID_RECORD))
    with pytest.raises(ValidationError) as caught:
        b.fees.waive(charge.id, 5000, "  ", approval(Action.WAIVE_FEES))
    assert "reason" in caught.value.errors

    waived = b.fees.waive(charge.id, "50.00", "业主困难", approval(Action.WAIVE_FEES))
    assert (waived.waived_fen, waived.outstanding_fen) == (5000, 20997 - 5000)
    [row] = b.fees.waivers(charge.id)
    assert (row.amount_fen, row.reason, row.approved_by, row.created_by, row.unit_id) == (
        5000, "业主困难", SUPERVISOR, "王芳", b.units["1203"])

    services.operator.hand_over(SUPERVISOR, Role.SUPERVISOR)
    b.fees.waive(charge.id, 997, "抹零")
    with Session(services.engine) as session:
        assert [w.approved_by for w in session.exec(select(FeeWaiver))] == [SUPERVISOR] * 2


def test_a_waiver_is_at_most_what_is_still_owed(services: Services, b: Building) -> None:
    charge = management_charge(b)
    pay(services, charge.id, 10000)
    with pytest.raises(ValidationError) as caught:
        b.fees.waive(charge.id, 10998, "全免", approval(Action.WAIVE_FEES))
    assert "¥109.97" in caught.value.errors["amount_fen"]
    for bad in (0, -5, 1.5, "0", "abc", True):
        with pytest.raises(ValidationError) as caught:
            b.fees.waive(charge.id, bad, "全免", approval(Action.WAIVE_FEES))  # type: ignore[arg-type]
        assert "amount_fen" in caught.value.errors
    settled = b.fees.waive(charge.id, 10997, "全免", approval(Action.WAIVE_FEES))
    assert settled.outstanding_fen == 0
    with pytest.raises(DomainError):
        b.fees.waive(charge.id, 1, "再免", approval(Action.WAIVE_FEES))
    with pytest.raises(NotFound):
        b.fees.waive(999, 1, "再免", approval(Action.WAIVE_FEES))


def test_a_charge_is_voided_with_approval_and_only_while_unpaid(services: Services,
                                                                b: Building) -> None:
    charge = management_charge(b)
    with pytest.raises(ApprovalNeeded):
        b.fees.void_charge(charge.id, "面积录错")
    with pytest.raises(ValidationError) as caught:
        b.fees.void_charge(charge.id, "", approval(Action.VOID_RECORD))
    assert "reason" in caught.value.errors
    pay(services, charge.id, 100)
    with pytest.raises(DomainError) as caught:
        b.fees.void_charge(charge.id, "面积录错", approval(Action.VOID_RECORD))
    assert "void its receipts first" in str(caught.value)
    assert not b.fees.charge(charge.id).voided

    pay(services, charge.id, -100)  # the receipt was voided
    voided = b.fees.void_charge(charge.id, "面积录错", approval(Action.VOID_RECORD))
    assert voided.voided and voided.outstanding_fen == 0
    with Session(services.engine) as session:
        stored = session.get(FeeCharge, charge.id)
        assert (stored.void_reason, stored.void_approved_by) == ("面积录错", SUPERVISOR)
        assert stored.voided_at is not None
    with pytest.raises(DomainError):
        b.fees.void_charge(charge.id, "再作废", approval(Action.VOID_RECORD))
    with pytest.raises(DomainError):
        b.fees.waive(charge.id, 100, "作废后减免", approval(Action.WAIVE_FEES))
    assert charge.id not in {c.id for c in b.fees.charges(b.units["1203"])}
