"""Keeping visitors' personal data no longer than its purpose needs (PIPL art. 19).

A purge anonymises what is older than the retention period set in the settings: visits
that have ended, alerts, expired temporary passes, visitor profiles not seen since (but
the regulars the counter keeps), deny and watch entries no longer in force, and the ID
numbers and phones of key loans long settled and of keys handed over (the borrower's name
stays: who had which keys is the custody record the desk answers for). Counts,
times, hosts and companies stay; names, ID numbers, phones, plates, items and notes go —
from the records and from the search index, in one transaction, which the audit trail
records as one entry (without the purged data, which it never held).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, or_, update
from sqlmodel import Session, col, select

from deskapp.db import audit
from deskapp.db.dialect import KEY_LOAN_SEARCH, VISIT_SEARCH, SearchEntry, reindex_records
from deskapp.db.engine import write_session
from deskapp.db.fee_models import FeeDeposit, Receipt
from deskapp.db.models import (
    AlertEvent,
    DenyEntry,
    ExpectedVisitor,
    KeyHandover,
    KeyLoan,
    TempPass,
    Visit,
    VisitCorrection,
    Visitor,
    WatchEntry,
)
from deskapp.db.service_models import FoundItem, Parcel, ParcelPickup, ReleasePass
from deskapp.domain.clock import Clock
from deskapp.domain.fees.records import DepositState
from deskapp.domain.keys.stored import loan_search_entry
from deskapp.domain.operators import Operator
from deskapp.domain.roles import Action, Approval
from deskapp.domain.settings import AppSettings, SettingsService
from deskapp.domain.visitors.history import SEARCHED, search_entry
from deskapp.i18n import translate

BATCH = 2000  # visits (or key loans) re-indexed per round trip
# What a key loan settled before the cutoff loses: how to find the borrower, not who.
_KEY_LOAN_PURGED = frozenset({"id_number", "phone"})


@dataclass(frozen=True)
class PurgeResult:
    """What a purge anonymised, and up to when."""

    before: dt.date
    visits: int
    alerts: int
    temp_passes: int
    visitors: int
    list_entries: int
    expected: int = 0  # expected visitors (bookings), come or not
    key_loans: int = 0  # key loans settled, and keys handed over
    fee_payers: int = 0  # receipts and deposits settled: the payer's phone
    desk_services: int = 0  # parcels collected, release passes, lost property handed over


    @property
    def total(self) -> int:
        """Records anonymised in all."""
        return (self.visits + self.alerts + self.temp_passes + self.visitors
                + self.list_entries + self.expected + self.key_loans + self.fee_payers
                + self.desk_services)


class PrivacyService:
    """The retention purge (supervisors, or with their approval, or scheduled)."""

    def __init__(self, engine: Engine, clock: Clock, operator: Operator,
                 settings: SettingsService) -> None:
        self._engine = engine
        self._clock = clock
        self._operator = operator
        self._settings = settings

    def cutoff(self) -> dt.date:
        """The first day whose personal data is kept (today minus the retention period)."""
        return self._clock.today() - dt.timedelta(days=self._settings.load().retention_days)

    def purge(self, approval: Approval | None = None, *, scheduled: bool = False,
              progress: Callable[[int, int | None], None] | None = None) -> PurgeResult:
        """Anonymise what is older than the retention period, in one transaction.

        ``scheduled``: the window's daily run, which the settings allow (a supervisor turned
        it on); otherwise a supervisor, or their approval, is needed.

        Raises:
            ApprovalNeeded: a receptionist's purge without a supervisor's approval.
        """
        settings = self._settings.load()
        approved_by = ""
        if not (scheduled and settings.purge_automatically):
            approved_by = self._operator.authorise(Action.PURGE_PERSONAL_DATA, approval)
        before = self.cutoff()
        start = self._clock.day_bounds(before)[0]
        with write_session(self._engine) as session:
            session.info[audit.QUIET] = True  # one summary entry, not one per record
            session.info[audit.APPROVED_BY] = approved_by
            visits = self._visits(session, start, progress)
            alerts = session.execute(
                update(AlertEvent).where(AlertEvent.at < start, _named(AlertEvent))
                .values(name="", id_number="", phone="", reason="")).rowcount
            passes = session.execute(
                update(TempPass).where(TempPass.valid_to < start, _named(TempPass, "holder_name"))
                .values(holder_name="", id_number="", phone="")).rowcount
            visitors = session.execute(
                update(Visitor).where(col(Visitor.last_seen) < start, ~col(Visitor.exempt),
                                      _named(Visitor))
                .values(name="", id_number="", phone="", plate="")).rowcount
            lists = session.execute(
                update(WatchEntry).where(
                    or_(col(WatchEntry.valid_until) < before,
                        col(WatchEntry.withdrawn_at) < start), _named(WatchEntry))
                .values(name="", id_number="", phone="", description="")).rowcount
            lists += session.execute(
                update(DenyEntry).where(col(DenyEntry.deactivated_at) < start,
                                        _named(DenyEntry))
                .values(name="", id_number="", phone="", note="")).rowcount
            # Expected visitors who came or not, before the cutoff (a note or a reason for
            # cancelling may name someone too).
            expected = session.execute(
                update(ExpectedVisitor).where(ExpectedVisitor.expected_at < start,
                                              or_(ExpectedVisitor.name != "",
                                                  ExpectedVisitor.phone != "",
                                                  ExpectedVisitor.note != "",
                                                  ExpectedVisitor.cancel_reason != ""))
                .values(name="", phone="", note="", cancel_reason="")).rowcount
            # A key loan settled before the cutoff keeps who had the keys, not how to find
            # them; a handover keeps who received them.
            key_loans = self._key_loans(session, start)
            key_loans += session.execute(
                update(KeyHandover).where(KeyHandover.at < start,
                                          or_(KeyHandover.id_number != "",
                                              KeyHandover.phone != ""))
                .values(id_number="", phone="")).rowcount
            # A receipt keeps who paid, for the books; how to phone them goes. A deposit
            # still held keeps it: the payer is called when it is to be refunded.
            fee_payers = session.execute(
                update(Receipt).where(Receipt.issued_at < start, Receipt.payer_phone != "")
                .values(payer_phone="")).rowcount
            fee_payers += session.execute(
                update(FeeDeposit).where(FeeDeposit.taken_at < start,
                                         FeeDeposit.state != DepositState.HELD.value,
                                         FeeDeposit.payer_phone != "")
                .values(payer_phone="")).rowcount
            desk_services = self._desk_services(session, start)
            result = PurgeResult(before, visits, alerts, passes, visitors, lists, expected,
                                 key_loans, fee_payers, desk_services)
            if scheduled and not result.total:
                return result  # the daily run found nothing: no entry, nothing written
            audit.record(session, "purge-scheduled" if scheduled else "purge", "visit", None,
                         {"before": before.isoformat(), "visits": visits, "alerts": alerts,
                          "temp_passes": passes, "visitors": visitors,
                          "list_entries": lists, "expected_visitors": expected,
                          "key_loans": key_loans, "fee_payers": fee_payers,
                          "desk_services": desk_services,
                          "retention_days": settings.retention_days})
            session.commit()
        return result

    @staticmethod
    def _desk_services(session: Session, start: dt.datetime) -> int:
        """Who collected a parcel, carried goods out, claimed lost property: the name stays
        (the record of who had it), the ID number and phone go."""
        done = session.execute(
            update(ParcelPickup).where(ParcelPickup.at < start,
                                       or_(ParcelPickup.id_number != "",
                                           ParcelPickup.phone != ""))
            .values(id_number="", phone="")).rowcount
        done += session.execute(
            update(Parcel).where(Parcel.received_at < start, Parcel.state != "waiting",
                                 Parcel.recipient_phone != "")
            .values(recipient_phone="")).rowcount
        done += session.execute(
            update(ReleasePass).where(ReleasePass.issued_at < start,
                                      or_(ReleasePass.carrier_id_number != "",
                                          ReleasePass.carrier_phone != ""))
            .values(carrier_id_number="", carrier_phone="")).rowcount
        done += session.execute(
            update(FoundItem).where(col(FoundItem.handed_over_at) < start,
                                    or_(FoundItem.claimant_id_number != "",
                                        FoundItem.claimant_phone != ""))
            .values(claimant_id_number="", claimant_phone="")).rowcount
        return done

    def _visits(self, session: Session, start: dt.datetime,
                progress: Callable[[int, int | None], None] | None) -> int:
        # Visits that ended before the cutoff and still name someone, a batch at a time:
        # each leaves the search index as it was indexed and comes back without its person.
        done = 0
        after = 0
        while True:
            batch = session.exec(
                select(Visit).where(Visit.time_in < start, col(Visit.time_out).is_not(None),
                                    _named(Visit), Visit.id > after)
                .order_by(col(Visit.id)).limit(BATCH)).all()
            if not batch:
                return done
            pairs = [(search_entry(visit), _anonymous_entry(visit)) for visit in batch]
            ids = [v.id for v in batch]
            session.execute(update(Visit).where(col(Visit.id).in_(ids))
                            .values(**{f: "" for f in Visit.__personal__}))
            # A corrected name keeps its old spelling in the visit's history, and its reason
            # may quote it ("was written 张山"): gone too; which field, when and who stay.
            session.execute(update(VisitCorrection).where(
                col(VisitCorrection.visit_id).in_(ids),
                col(VisitCorrection.field).in_(Visit.__personal__))
                .values(before="", after=""))
            session.execute(update(VisitCorrection).where(
                col(VisitCorrection.visit_id).in_(ids)).values(reason=""))
            session.expunge_all()  # the rows changed underneath: forget the loaded ones
            reindex_records(session, VISIT_SEARCH, pairs)
            done += len(batch)
            after = batch[-1].id or 0
            if progress is not None:
                progress(done, None)


    @staticmethod
    def _key_loans(session: Session, start: dt.datetime) -> int:
        # A batch at a time, as visits: each loan's phone leaves the search index too.
        done = 0
        after = 0
        while True:
            batch = session.exec(
                select(KeyLoan).where(col(KeyLoan.closed_at) < start,
                                      or_(KeyLoan.id_number != "", KeyLoan.phone != ""),
                                      KeyLoan.id > after)
                .order_by(col(KeyLoan.id)).limit(BATCH)).all()
            if not batch:
                return done
            pairs = [(loan_search_entry(loan), loan_search_entry(loan, _KEY_LOAN_PURGED))
                     for loan in batch if loan.phone]
            ids = [loan.id for loan in batch]
            session.execute(update(KeyLoan).where(col(KeyLoan.id).in_(ids))
                            .values(**{f: "" for f in _KEY_LOAN_PURGED}))
            session.expunge_all()
            reindex_records(session, KEY_LOAN_SEARCH, pairs)
            done += len(batch)
            after = batch[-1].id or 0


def _anonymous_entry(visit: Visit) -> SearchEntry:
    """What the search index keeps of ``visit`` once its person is gone."""
    personal = set(Visit.__personal__)
    texts = ["" if column.key in personal else getattr(visit, column.key)
             for column in SEARCHED]
    return (visit.id or 0, texts, [])


def _named(model: type, name: str = "name"):  # type: ignore[no-untyped-def]
    """Rows that still hold personal data (a purge touches each once)."""
    fields = [name, "id_number", "phone"]
    return or_(*(getattr(model, f) != "" for f in fields))


@dataclass(frozen=True)
class PrivacyNotice:
    """What the notice for visitors (个人信息告知) says, from the settings in force.

    Attributes:
        items: The personal data check-in asks for, in the user's language.
        collects_id_number: Whether an ID number is among them.
        retention_days: How long it is kept before it is anonymised.
        contact: Whom visitors ask about their data (the organisation's phone when unset).
    """

    items: tuple[str, ...]
    collects_id_number: bool
    retention_days: int
    contact: str


def privacy_notice(settings: AppSettings) -> PrivacyNotice:
    """The notice as the counter works now (it changes with the settings)."""
    items = [translate("PrivacyNotice", "name"), translate("PrivacyNotice", "mobile phone"),
             translate("PrivacyNotice", "company"),
             translate("PrivacyNotice", "whom you visit and why"),
             translate("PrivacyNotice", "time in and time out"),
             translate("PrivacyNotice", "number of people"),
             translate("PrivacyNotice", "car plate and items carried, when you give them")]
    if settings.collect_id_number:
        items.insert(1, translate("PrivacyNotice", "type and number of your ID document"))
        items.insert(2, translate("PrivacyNotice",
                                  "the address on your ID card, when a card reader reads it"))
    contact = settings.privacy_contact or " ".join(
        part for part in (settings.org_name, settings.org_phone) if part)
    return PrivacyNotice(tuple(items), settings.collect_id_number, settings.retention_days,
                         contact)
