"""What is still open at the close of a day, group by group: each group's count and the
first few names, read through the small partial indexes of what is open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func
from sqlmodel import Session, col, or_, select

from deskapp.db.fee_models import CashHandover
from deskapp.db.models import CallMessage, KeyLoan, Request, Visit
from deskapp.db.service_models import Parcel
from deskapp.i18n import translate

# Names shown with each group's count (the rest are in the workspace's own list).
NAMES_SHOWN = 3
_HANDLED = ("registered", "dispatched", "in_progress")  # the request's deadline runs
_RESOLVED = ("resolved",)  # waiting for the revisit


class OpenGroup(StrEnum):
    """A kind of thing still open when the day is closed, in the order they are asked."""

    ON_SITE = "on-site"
    KEYS_OUT = "keys-out"
    MESSAGES = "messages"
    REQUESTS_DUE = "requests-due"
    PARCELS = "parcels"
    CASHIERS = "cashiers"

    def label(self) -> str:
        """The group in the user's language."""
        return {
            OpenGroup.ON_SITE: translate("DayClosing", "Visitors still on site"),
            OpenGroup.KEYS_OUT: translate("DayClosing", "Keys not returned"),
            OpenGroup.MESSAGES: translate("DayClosing", "Messages not yet passed on"),
            OpenGroup.REQUESTS_DUE: translate("DayClosing", "Requests due or overdue"),
            OpenGroup.PARCELS: translate("DayClosing", "Parcels waiting to be collected"),
            OpenGroup.CASHIERS: translate("DayClosing", "Cashiers not yet handed over"),
        }[self]


@dataclass(frozen=True)
class OpenItems:
    """One group still open: how many, and the first few by name."""

    group: OpenGroup
    count: int
    names: tuple[str, ...] = ()

    def line(self) -> str:
        """As the closing keeps it: "group: count"."""
        return f"{self.group.value}: {self.count}"


def read_open_items(session: Session, day: dt.date, end: dt.datetime,
                    cashiers: list[str]) -> list[OpenItems]:
    """Every group of what was still open at the close of ``day`` (``end``: the start of
    the next day; ``cashiers``: who took money that day), empty groups included."""
    groups = [
        _group(session, OpenGroup.ON_SITE, select(Visit.name).where(
            col(Visit.time_out).is_(None), col(Visit.voided_at).is_(None),
            col(Visit.time_in) < end).order_by(col(Visit.time_in))),
        _group(session, OpenGroup.KEYS_OUT, select(
            KeyLoan.tag + " " + KeyLoan.borrower_name).where(
            col(KeyLoan.closed_at).is_(None), col(KeyLoan.out_at) < end)
            .order_by(col(KeyLoan.out_at))),
        _group(session, OpenGroup.MESSAGES, select(CallMessage.recipient).where(
            col(CallMessage.delivered_at).is_(None), col(CallMessage.created_at) < end)
            .order_by(col(CallMessage.created_at))),
        _group(session, OpenGroup.REQUESTS_DUE, select(Request.number).where(or_(
            col(Request.state).in_(_HANDLED) & (col(Request.due_at) < end),
            col(Request.state).in_(_RESOLVED) & (col(Request.revisit_due) <= day)))
            .order_by(col(Request.received_at))),
        _group(session, OpenGroup.PARCELS, select(
            Parcel.number + " " + Parcel.recipient_label).where(
            Parcel.state == "waiting", col(Parcel.received_at) < end)
            .order_by(col(Parcel.received_at))),
    ]
    handed = set(session.exec(select(CashHandover.cashier).where(CashHandover.day == day)))
    waiting = [name for name in cashiers if name not in handed]
    groups.append(OpenItems(OpenGroup.CASHIERS, len(waiting), tuple(waiting[:NAMES_SHOWN])))
    return groups


def _group(session: Session, group: OpenGroup, names) -> OpenItems:  # type: ignore[no-untyped-def]
    count = session.exec(select(func.count()).select_from(names.order_by(None).subquery())).one()
    shown = tuple(str(name) for name in session.exec(names.limit(NAMES_SHOWN)))
    return OpenItems(group, int(count), shown)
