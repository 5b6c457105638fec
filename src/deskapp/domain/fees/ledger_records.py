"""What the ledger, the arrears and dunning deal in: the ageing of arrears by days past due,
the stages of a dunning notice, how a notice reaches the unit, the kinds of contact about
fees, and what the receptionist types for a delivery or a contact (checked by the service).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from deskapp.i18n import translate

# Arrears are aged by whole days past the due date, as of a day (today by the clock): a
# charge due on the 1st is 1 day past due on the 2nd. On its due date it is not yet in
# arrears ("due soon"), nor is anything due later.
AGEING_LIMITS = (30, 60, 90)  # up to 30 days, 31–60, 61–90, over 90


@dataclass(frozen=True)
class AgeingCutoffs:
    """The due dates that split arrears into the four ages, as of ``today``: a charge is
    past due when due before ``today``; up to 30 days when due on or after ``d30``, and so
    on. Computed here once, so the per-unit ledger (in Python) and the overview (bound into
    SQL) cannot age a charge differently."""

    today: dt.date
    d30: dt.date
    d60: dt.date
    d90: dt.date

    @classmethod
    def as_of(cls, today: dt.date) -> AgeingCutoffs:
        """The cut-offs for arrears as of ``today``."""
        d30, d60, d90 = (today - dt.timedelta(days=days) for days in AGEING_LIMITS)
        return cls(today, d30, d60, d90)

    def bucket(self, due_on: dt.date) -> int | None:
        """Which age a charge due on ``due_on`` falls in: 0 (up to 30 days past due), 1
        (31–60), 2 (61–90), 3 (over 90), or None when it is not yet past due."""
        if due_on >= self.today:
            return None
        if due_on >= self.d30:
            return 0
        if due_on >= self.d60:
            return 1
        if due_on >= self.d90:
            return 2
        return 3


def ageing_labels() -> tuple[str, str, str, str]:
    """The headings of the four ages of arrears, in the user's language."""
    return (translate("FeeLedger", "Up to 30 days"),
            translate("FeeLedger", "31–60 days"),
            translate("FeeLedger", "61–90 days"),
            translate("FeeLedger", "Over 90 days"))


class DunningStage(StrEnum):
    """The ladder of written notices for fees past due: a reminder, a second notice asking
    to pay or come and talk, a final notice before legal means (the Civil Code, art. 944,
    lets the management claim in court or by arbitration after a reasonable time; it may
    never cut water, electricity, heating or gas to collect)."""

    FIRST = "first"
    SECOND = "second"
    FINAL = "final"

    def label(self) -> str:
        """The stage in the user's language."""
        return {DunningStage.FIRST: translate("DunningStage", "First notice"),
                DunningStage.SECOND: translate("DunningStage", "Second notice"),
                DunningStage.FINAL: translate("DunningStage", "Final notice")}[self]

    def title(self) -> str:
        """The heading printed on the notice."""
        return {DunningStage.FIRST: translate("DunningStage", "Payment Reminder"),
                DunningStage.SECOND: translate("DunningStage", "Second Payment Notice"),
                DunningStage.FINAL: translate("DunningStage", "Final Payment Notice")}[self]

    @property
    def pay_days(self) -> int:
        """Days the notice gives to pay by default: 15 for the first, 10 for the second, 7
        for the final one (a reasonable time, shorter as the ladder goes on)."""
        return PAY_DAYS[self]

    def following(self) -> DunningStage:
        """The stage a further notice about the same arrears takes (the final one stays
        final)."""
        order = list(DunningStage)
        return order[min(order.index(self) + 1, len(order) - 1)]


PAY_DAYS = {DunningStage.FIRST: 15, DunningStage.SECOND: 10, DunningStage.FINAL: 7}
# A pay-by date further ahead than this is a slip of the keyboard, not a deadline.
PAY_BY_MOST_DAYS = 90


class DeliveryHow(StrEnum):
    """How a dunning notice reached the unit: the evidence the ladder rests on."""

    HAND = "hand"  # handed over, signed for
    COURIER = "courier"  # by courier, with its waybill number
    POST = "post"  # by (registered) post

    def label(self) -> str:
        """The way in the user's language."""
        return {DeliveryHow.HAND: translate("DeliveryHow", "By hand, signed for"),
                DeliveryHow.COURIER: translate("DeliveryHow", "By courier"),
                DeliveryHow.POST: translate("DeliveryHow", "By post")}[self]


class ContactKind(StrEnum):
    """A contact with a unit about its fees (催费记录)."""

    CALL = "call"
    VISIT = "visit"
    NOTICE = "notice"  # a notice put through the door or on the unit, not a dunning notice
    NOTE = "note"

    def label(self) -> str:
        """The kind in the user's language."""
        return {ContactKind.CALL: translate("ContactKind", "Phone call"),
                ContactKind.VISIT: translate("ContactKind", "Visit"),
                ContactKind.NOTICE: translate("ContactKind", "Notice"),
                ContactKind.NOTE: translate("ContactKind", "Note")}[self]


# A promise to pay further ahead than this is a typo (a year typed wrong), not a promise.
PROMISE_MOST_DAYS = 365


@dataclass(frozen=True)
class DeliveryInput:
    """How a dunning notice was delivered, as typed: by hand with who signed for it, by
    courier with the waybill number, by post; when (None: now), and a note."""

    notice_id: int
    how: DeliveryHow | str
    waybill: str = ""
    signed_by: str = ""
    delivered_at: dt.datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class ContactInput:
    """A contact with a unit about its fees, as typed: what kind, what was said, the day
    they promised to pay by (None: no promise), and when (None: now)."""

    unit_id: int
    kind: ContactKind | str
    note: str = ""
    promised_on: dt.date | None = None
    at: dt.datetime | None = None
