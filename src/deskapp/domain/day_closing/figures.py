"""The day's figures for the summary sheet of its workbook: counts per workspace and the
takings by method, each a count over the day's range of an indexed time column."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from deskapp.db.fee_models import DepositRefund, Receipt, ReceiptPayment
from deskapp.db.models import Call, KeyLoan, Request, Visit
from deskapp.db.service_models import Parcel, ParcelPickup, ReleasePass
from deskapp.domain.fees.records import Method


@dataclass(frozen=True)
class Takings:
    """The money of one method taken on the day (receipts not voided)."""

    method: Method
    receipts: int
    amount_fen: int


@dataclass(frozen=True)
class DayFigures:
    """What the counter did on a day, every counter's records together."""

    day: dt.date
    visits: int = 0
    visitors: int = 0  # people, a party counted by its size
    calls: int = 0
    requests_received: int = 0
    requests_closed: int = 0
    keys_lent: int = 0
    keys_returned: int = 0
    receipts: int = 0  # issued, voided ones included
    receipts_voided: int = 0
    takings: tuple[Takings, ...] = ()
    deposits_refunded_fen: int = 0
    parcels_received: int = 0
    parcels_collected: int = 0  # collections at the desk (one may take several parcels)
    release_passes: int = 0

    @property
    def takings_fen(self) -> int:
        """The day's money, every method."""
        return sum(t.amount_fen for t in self.takings)


def read_figures(session: Session, day: dt.date, start: dt.datetime,
                 end: dt.datetime) -> DayFigures:
    """``day``'s figures, [``start``, ``end``) being its bounds."""

    def count(column, *where) -> int:  # type: ignore[no-untyped-def]
        stmt = select(func.count()).where(col(column) >= start, col(column) < end, *where)
        return int(session.exec(stmt).one())

    visits, people = session.exec(
        select(func.count(Visit.id), func.coalesce(func.sum(Visit.party_size), 0)).where(
            col(Visit.time_in) >= start, col(Visit.time_in) < end,
            col(Visit.voided_at).is_(None))).one()
    issued = (col(Receipt.issued_at) >= start) & (col(Receipt.issued_at) < end)
    takings = session.exec(
        select(ReceiptPayment.method, func.count(func.distinct(ReceiptPayment.receipt_id)),
               func.coalesce(func.sum(ReceiptPayment.amount_fen), 0))
        .join(Receipt, col(Receipt.id) == col(ReceiptPayment.receipt_id))
        .where(issued, col(Receipt.voided_at).is_(None))
        .group_by(ReceiptPayment.method)).all()
    order = list(Method)
    refunded = session.exec(select(func.coalesce(func.sum(DepositRefund.refunded_fen), 0)).where(
        col(DepositRefund.at) >= start, col(DepositRefund.at) < end)).one()
    return DayFigures(
        day=day, visits=int(visits), visitors=int(people),
        calls=count(Call.started_at),
        requests_received=count(Request.received_at),
        requests_closed=count(Request.closed_at),
        keys_lent=count(KeyLoan.out_at),
        keys_returned=count(KeyLoan.returned_at),
        receipts=count(Receipt.issued_at),
        receipts_voided=count(Receipt.issued_at, col(Receipt.voided_at).is_not(None)),
        takings=tuple(sorted((Takings(Method(m), int(n), int(fen)) for m, n, fen in takings),
                             key=lambda t: order.index(t.method))),
        deposits_refunded_fen=int(refunded),
        parcels_received=count(Parcel.received_at),
        parcels_collected=count(ParcelPickup.at),
        release_passes=count(ReleasePass.issued_at, col(ReleasePass.voided_at).is_(None)),
    )
