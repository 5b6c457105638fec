"""Dunning notices (催缴通知书): issued by stage only to a unit with arrears, numbered in a
yearly series (CJ2026-0003) taken in the saving transaction, recording the arrears they
named; every delivery kept as evidence (by hand with who signed, by courier with the
waybill, by post). The printed notice's paragraphs are :func:`dunning_wording`."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.fee_models import DunningNotice, NoticeDelivery
from deskapp.db.models import Unit
from deskapp.domain import checks, paging
from deskapp.domain.directory import unit_label
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.fees.base import NAME_LIMIT
from deskapp.domain.fees.ledger import FeeLedger, age, unit_charges
from deskapp.domain.fees.ledger_records import (
    PAY_BY_MOST_DAYS,
    AgeingCutoffs,
    DeliveryHow,
    DeliveryInput,
    DunningStage,
)
from deskapp.domain.fees.ledger_rows import DeliveryRow, DunningRow
from deskapp.domain.fees.rows import ChargeRow
from deskapp.i18n import fill, translate

WAYBILL_LIMIT = 64
NOTE_LIMIT = 500
# A delivery time typed may run this far ahead of the counter's clock (another PC's
# clock, a minute typed generously), or before the notice's own time.
CLOCK_SLACK = dt.timedelta(minutes=5)


def delivery_row(delivery: NoticeDelivery) -> DeliveryRow:
    """A stored delivery as the notice lists it."""
    return DeliveryRow(id=delivery.id or 0, notice_id=delivery.notice_id,
                       how=DeliveryHow(delivery.how), delivered_at=delivery.delivered_at,
                       waybill=delivery.waybill, signed_by=delivery.signed_by,
                       note=delivery.note, created_by=delivery.created_by, desk=delivery.desk)


def dunning_row(notice: DunningNotice, unit: Unit, deliveries: tuple[DeliveryRow, ...] = (),
                open_charges: tuple[ChargeRow, ...] = ()) -> DunningRow:
    """A stored notice as listed and printed."""
    return DunningRow(
        id=notice.id or 0, number=notice.number, unit_id=notice.unit_id,
        unit_number=unit.number, unit_label=unit_label(unit), occupant=unit.occupant,
        company=unit.company, stage=DunningStage(notice.stage),
        arrears_fen=notice.arrears_fen, oldest_due=notice.oldest_due, pay_by=notice.pay_by,
        issued_at=notice.issued_at, created_by=notice.created_by, desk=notice.desk,
        deliveries=deliveries, open_charges=open_charges)


class FeeDunning(FeeLedger):
    """Dunning notices and their deliveries (a part of :class:`FeeCollection`)."""

    # --- Issue
    def suggested_stage(self, unit_id: int) -> DunningStage:
        """The stage the unit's next notice should take: the one after its last notice
        while any charge that notice was about is still owed; the first otherwise (no
        notice yet, or everything it asked for since paid).

        Raises:
            NotFound: no such unit.
        """
        with Session(self._engine) as session:
            unit = self._unit(session, unit_id)
            assert unit.id is not None
            last = self._notices_of(session, unit.id)[-1:]
            if not last:
                return DunningStage.FIRST
            notice = last[0]
            still_owed = self._charges_named(session, unit, notice)
        stage = DunningStage(notice.stage)
        return stage.following() if still_owed else DunningStage.FIRST

    def issue_dunning(self, unit_id: int, stage: DunningStage | str,
                      pay_by: dt.date | None = None) -> DunningRow:
        """Issue a dunning notice of ``stage`` to a unit in arrears, recording what is past
        due today and the oldest due date; ``pay_by`` None gives the stage's days
        (:attr:`DunningStage.pay_days`: 15, 10, 7). Any stage may be issued;
        :meth:`suggested_stage` says which one the ladder expects. One transaction, the
        unit's row held, its number taken in it.

        Raises:
            ValidationError: ``stage`` not a stage; ``pay_by`` not after today or more
                than 90 days ahead.
            NotFound: no such unit.
            DomainError: nothing of the unit's is past due.
        """
        errors: dict[str, str] = {}
        chosen = checks.choice(errors, "stage", stage, DunningStage)
        today = self._today()
        day = None if pay_by is None else checks.day(errors, "pay_by", pay_by)
        if day is not None and day <= today:
            errors.setdefault("pay_by", translate(
                "FeeDunning", "Give a day to pay by after today."))
        elif day is not None and day > today + dt.timedelta(days=PAY_BY_MOST_DAYS):
            errors.setdefault("pay_by", fill(translate(
                "FeeDunning", "Give a day to pay by within %1 days."), PAY_BY_MOST_DAYS))
        paging.raise_if(errors)
        assert chosen is not None
        with write_session(self._engine) as session:
            unit = self._unit(session, unit_id, lock=True)
            assert unit.id is not None
            live = [c for c in unit_charges(session, unit.id, unit_label(unit)) if not c.voided]
            arrears, _due_soon, oldest = age(live, AgeingCutoffs.as_of(today))
            if arrears.total_fen <= 0:
                raise DomainError(fill(translate(
                    "FeeDunning", "Unit %1 owes nothing past its due date: there is "
                    "nothing to send a dunning notice about."), unit.number))
            _year, _serial, number = self._number(session, "CJ", "dunning", 4)
            notice = DunningNotice(
                number=number, unit_id=unit.id, stage=chosen.value,
                arrears_fen=arrears.total_fen, oldest_due=oldest,
                pay_by=day or today + dt.timedelta(days=chosen.pay_days),
                issued_at=self._clock.now(), **self._operator.signature())
            session.add(notice)
            session.commit()
            return dunning_row(notice, unit)

    # --- Deliveries
    def validate_delivery(self, data: DeliveryInput) -> DeliveryInput:
        """The delivery as stored (texts cleaned, time aware), or ValidationError: a
        courier needs its waybill number, a delivery by hand the name of who signed."""
        errors: dict[str, str] = {}
        if checks.record_id(data.notice_id) is None:
            errors["notice_id"] = translate("FeeDunning", "Choose the notice delivered.")
        how = checks.choice(errors, "how", data.how, DeliveryHow)
        waybill = checks.text(errors, "waybill", data.waybill, WAYBILL_LIMIT)
        signed_by = checks.text(errors, "signed_by", data.signed_by, NAME_LIMIT)
        if how is DeliveryHow.COURIER and not waybill:
            errors.setdefault("waybill", translate(
                "FeeDunning", "Enter the courier's waybill number: it is the evidence "
                "the notice was sent."))
        if how is DeliveryHow.HAND and not signed_by:
            errors.setdefault("signed_by", translate(
                "FeeDunning", "Enter the name of who signed for the notice."))
        now = self._clock.now()
        delivered = checks.moment(errors, "delivered_at", data.delivered_at, self._clock)
        if delivered is not None and delivered > now + CLOCK_SLACK:
            errors.setdefault("delivered_at", translate("FeeDunning",
                                                        "This time is in the future."))
        note = checks.text(errors, "note", data.note, NOTE_LIMIT)
        paging.raise_if(errors)
        assert how is not None
        return DeliveryInput(data.notice_id, how, waybill, signed_by,
                             (delivered or now).astimezone(dt.UTC), note)

    def record_delivery(self, data: DeliveryInput) -> DunningRow:
        """Record how a notice reached the unit (a notice may be delivered more than
        once: a courier returned, then by hand). Returns the notice with its deliveries.

        Raises:
            ValidationError: bad input; ``delivered_at`` before the notice was issued.
            NotFound: no such notice.
        """
        data = self.validate_delivery(data)
        assert isinstance(data.how, DeliveryHow) and data.delivered_at is not None
        with write_session(self._engine) as session:
            notice = self._notice(session, data.notice_id)
            if data.delivered_at < notice.issued_at - CLOCK_SLACK:
                raise ValidationError({"delivered_at": translate(
                    "FeeDunning", "The notice was issued after this time.")})
            session.add(NoticeDelivery(
                notice_id=notice.id, how=data.how.value, waybill=data.waybill,
                signed_by=data.signed_by, delivered_at=data.delivered_at, note=data.note,
                **self._operator.signature()))
            session.commit()
            return self._dunning_row(session, notice)

    # --- Reading
    def notices(self, unit_id: int) -> list[DunningRow]:
        """The unit's dunning notices with their deliveries, oldest first (without the
        charges: :meth:`dunning_notice` reads those for one notice).

        Raises:
            NotFound: no such unit.
        """
        with Session(self._engine) as session:
            unit = self._unit(session, unit_id)
            assert unit.id is not None
            found = self._notices_of(session, unit.id)
            deliveries = self._deliveries(session, [n.id for n in found if n.id])
            return [dunning_row(n, unit, deliveries.get(n.id or 0, ())) for n in found]

    def dunning_notice(self, notice_id: int) -> DunningRow:
        """One notice with what its paper needs: the unit and who is in it, the stage, the
        arrears it named, the day to pay by, its deliveries, and the charges that were past
        due when it was issued and are still owed.

        Raises:
            NotFound: no such notice.
        """
        with Session(self._engine) as session:
            return self._dunning_row(session, self._notice(session, notice_id),
                                     with_charges=True)

    # --- Helpers
    @staticmethod
    def _notice(session: Session, notice_id: object) -> DunningNotice:
        found = session.get(DunningNotice, checks.record_id(notice_id) or 0)
        if found is None:
            raise NotFound(fill(translate("FeeDunning", "There is no dunning notice number %1."),
                                notice_id))
        return found

    @staticmethod
    def _notices_of(session: Session, unit_id: int) -> list[DunningNotice]:
        return list(session.exec(select(DunningNotice).where(DunningNotice.unit_id == unit_id)
                                 .order_by(col(DunningNotice.issued_at),
                                           col(DunningNotice.id))).all())

    @staticmethod
    def _deliveries(session: Session, notice_ids: list[int]
                    ) -> dict[int, tuple[DeliveryRow, ...]]:
        if not notice_ids:
            return {}
        grouped: dict[int, list[DeliveryRow]] = {}
        for delivery in session.exec(
                select(NoticeDelivery).where(col(NoticeDelivery.notice_id).in_(notice_ids))
                .order_by(col(NoticeDelivery.delivered_at), col(NoticeDelivery.id))).all():
            grouped.setdefault(delivery.notice_id, []).append(delivery_row(delivery))
        return {notice_id: tuple(rows) for notice_id, rows in grouped.items()}

    def _charges_named(self, session: Session, unit: Unit,
                       notice: DunningNotice) -> tuple[ChargeRow, ...]:
        """The unit's charges that were past due on the day ``notice`` was issued and are
        still owed now."""
        assert unit.id is not None
        issued_on = self._clock.local(notice.issued_at).date()
        return tuple(c for c in unit_charges(session, unit.id, unit_label(unit))
                     if c.outstanding_fen > 0 and c.due_on < issued_on)

    def _dunning_row(self, session: Session, notice: DunningNotice, *,
                     with_charges: bool = False) -> DunningRow:
        unit = self._unit(session, notice.unit_id)
        deliveries = self._deliveries(session, [notice.id or 0]).get(notice.id or 0, ())
        charges = self._charges_named(session, unit, notice) if with_charges else ()
        return dunning_row(notice, unit, deliveries, charges)
