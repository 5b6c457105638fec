"""The visitor log 访客登记: check-in, host response, check-out and the history, as one
service; every public write is one transaction."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.models import ExpectedVisitor, HostResponseEvent, Visit, VisitEvent
from deskapp.domain import checks
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.operators import Operator
from deskapp.domain.records import HostResponse, Purpose, VisitRow
from deskapp.domain.screening import ScreeningService
from deskapp.domain.visitors.check_in import CheckIn
from deskapp.domain.visitors.corrections import VisitCorrections
from deskapp.domain.visitors.expected import ExpectedInput, add_in
from deskapp.domain.visitors.groups import GroupVisits
from deskapp.domain.visitors.history import VisitHistory
from deskapp.domain.visitors.inputs import HostRef
from deskapp.domain.visitors.profiles import VisitorProfiles
from deskapp.domain.visitors.rows import visit_row
from deskapp.i18n import fill, translate

PASS_NO = re.compile(r"V[0-9]{6}-[0-9]{4,}", re.ASCII)  # with fullmatch; the 10,000th too
MAX_HOST_MESSAGE = 500
MAX_PASS_NO = 32  # the column's width


SHORT_PASS_NO = re.compile(r"[0-9]{1,5}", re.ASCII)  # today's "25" for V261128-0025


class AmbiguousPass(DomainError):
    """A short pass number that fits more than one visit (today's, and an earlier one
    still on site): the receptionist chooses which (``candidates``)."""

    def __init__(self, number: str, candidates: list[VisitRow]) -> None:
        super().__init__(fill(translate("VisitorLog", "Pass number %1 fits %2 visits: "
                                        "choose which."), number, len(candidates)))
        self.candidates = candidates


class AlreadyCheckedOut(DomainError):
    """The visit already has a time out."""


class VisitEventKind(StrEnum):
    """Changes to a visit after check-in that are kept as events."""

    CHECKED_OUT = "checked_out"
    UNDONE = "check_out_undone"


UNDO_CHECK_OUT_MINUTES = 10


class VisitorLog(CheckIn, GroupVisits, VisitorProfiles, VisitHistory, VisitCorrections):
    """The visitor log's rules: check-in, parties, profiles, history and corrections are
    its parts."""

    def __init__(self, engine: Engine, clock: Clock, screening: ScreeningService,
                 directory: DirectoryService, operator: Operator | None = None,
                 collect_id_number: Callable[[], bool] = lambda: True) -> None:
        self._engine = engine
        # Whether this counter takes ID numbers at all (a privacy setting).
        self._collect_id_number = collect_id_number
        self._clock = clock
        self._screening = screening
        self._directory = directory
        self._operator = operator or Operator()

    @property
    def clock(self) -> Clock:
        """The clock the log stamps visits with."""
        return self._clock

    def record_host_response(self, visit_id: int, response: HostResponse, *, message: str = "",
                             appointment_at: dt.datetime | None = None) -> VisitRow:
        """Record what the host said. Declined needs a message or a new appointment time."""
        errors: dict[str, str] = {}
        chosen = checks.choice(errors, "host_response", response, HostResponse)
        message = checks.text(errors, "host_message", message, MAX_HOST_MESSAGE)
        appointment_at = checks.moment(errors, "appointment_at", appointment_at, self._clock)
        if errors:
            raise ValidationError(errors)
        response = chosen or HostResponse.PENDING
        if response is HostResponse.DECLINED and not message and appointment_at is None:
            raise ValidationError({"host_message": translate(
                "VisitorLog", "Write a message for the host or a new appointment time.")})
        if appointment_at is not None and appointment_at <= self._clock.now():
            raise ValidationError({"appointment_at": translate(
                "VisitorLog", "The new appointment must be in the future.")})
        with write_session(self._engine) as session:
            visit = self._get(session, visit_id, lock=True)
            now = self._clock.now()
            if visit.voided_at is not None:
                raise DomainError(fill(translate(
                    "VisitorLog", "Pass %1 was voided: %2"), visit.pass_no, visit.void_reason))
            was_declined = visit.host_response == HostResponse.DECLINED.value
            if response is HostResponse.RECEIVED and was_declined and visit.time_out is not None:
                self._refuse_second_open_visit(session, visit)
            if response is HostResponse.DECLINED and appointment_at is not None:
                # The new appointment puts the visitor on that day's expected list.
                self._expect_again(session, visit, appointment_at)
            # Every answer is kept; the visit shows the latest.
            session.add(HostResponseEvent(visit_id=visit.id, at=now, response=response.value,
                                          message=message, appointment_at=appointment_at,
                                          **self._operator.signature()))
            visit.host_response = response.value
            visit.host_message = message
            visit.appointment_at = appointment_at
            if response is HostResponse.DECLINED and visit.time_out is None:
                # Turned away at the counter: the visitor leaves now.
                visit.time_out = now
            elif response is HostResponse.RECEIVED and was_declined:
                # The host called back: the visitor who was sent off is let in after all,
                # and the new appointment they were given is off.
                if visit.time_out is not None:
                    session.add(VisitEvent(visit_id=visit.id, at=now,
                                           kind=VisitEventKind.UNDONE,
                                           **self._operator.signature()))
                visit.time_out = None
                for booked in session.exec(select(ExpectedVisitor).where(
                        ExpectedVisitor.from_visit_id == visit.id,
                        col(ExpectedVisitor.visit_id).is_(None),
                        col(ExpectedVisitor.cancelled_at).is_(None))):
                    booked.cancelled_at = now
                    booked.cancel_reason = translate(
                        "VisitorLog", "The host received the visitor after all.")
                    session.add(booked)
            session.add(visit)
            session.commit()
            return visit_row(visit)

    @staticmethod
    def _refuse_second_open_visit(session: Session, visit: Visit) -> None:
        """A visitor sent off and since checked in again is not let in twice."""
        if visit.visitor_id is None:
            return
        again = session.exec(select(Visit).where(
            Visit.visitor_id == visit.visitor_id, Visit.id != visit.id,
            col(Visit.time_out).is_(None), col(Visit.voided_at).is_(None))).first()
        if again is not None:
            raise DomainError(fill(translate(
                "VisitorLog", "%1 was checked in again since (pass %2): record the answer "
                "on that visit."), visit.name, again.pass_no))

    def _expect_again(self, session: Session, visit: Visit,
                      appointment_at: dt.datetime) -> None:
        try:
            add_in(session, ExpectedInput(
                name=visit.name, expected_at=appointment_at, phone=visit.phone,
                company=visit.company, party_size=visit.party_size,
                purpose=Purpose(visit.purpose),
                host=HostRef(visit.host_label, visit.host_unit_id, visit.host_department_id),
                from_visit_id=visit.id), clock=self._clock, directory=self._directory,
                operator=self._operator)
        except ValidationError as exc:
            # Said by the field the receptionist typed: the appointment.
            raise ValidationError({"appointment_at" if k == "expected_at" else k: v
                                   for k, v in exc.errors.items()}) from None

    def host_responses(self, visit_id: int) -> list[tuple[dt.datetime, HostResponse, str]]:
        """Every answer recorded for a visit, oldest first: (time, response, message)."""
        visit_id = checks.record_id(visit_id) or 0
        with Session(self._engine) as session:
            events = session.exec(select(HostResponseEvent).where(
                HostResponseEvent.visit_id == visit_id).order_by(col(HostResponseEvent.at))).all()
            return [(e.at, HostResponse(e.response), e.message) for e in events]

    def check_out(self, visit_id: int) -> VisitRow:
        """Stamp the time out of a visit still on site."""
        with write_session(self._engine) as session:
            visit = self._get(session, visit_id, lock=True)
            if visit.voided_at is not None:
                raise AlreadyCheckedOut(fill(translate(
                    "VisitorLog", "Pass %1 was voided: %2"), visit.pass_no, visit.void_reason))
            if visit.time_out is not None:
                raise AlreadyCheckedOut(fill(translate(
                    "VisitorLog", "%1 already left at %2."),
                    visit.name, self._clock.local(visit.time_out).strftime("%H:%M")))
            visit.time_out = self._clock.now()
            session.add(visit)
            session.add(VisitEvent(visit_id=visit.id, at=visit.time_out,
                                   kind=VisitEventKind.CHECKED_OUT, **self._operator.signature()))
            session.commit()
            return visit_row(visit)

    def undo_check_out(self, visit_id: int) -> VisitRow:
        """Take back a check-out made a moment ago (the wrong visit, a pass scanned twice).

        Allowed within :data:`UNDO_CHECK_OUT_MINUTES` of the check-out; both the check-out
        and its undoing stay on record as visit events.
        """
        with write_session(self._engine) as session:
            visit = self._get(session, visit_id, lock=True)
            now = self._clock.now()
            if visit.voided_at is not None:
                raise DomainError(fill(translate(
                    "VisitorLog", "Pass %1 was voided: %2"), visit.pass_no, visit.void_reason))
            if visit.time_out is None:
                raise DomainError(fill(translate("VisitorLog", "%1 is still on site."),
                                       visit.name))
            if now - visit.time_out > dt.timedelta(minutes=UNDO_CHECK_OUT_MINUTES):
                raise DomainError(fill(translate(
                    "VisitorLog", "%1 left at %2: too long ago to undo. Check them in again."),
                    visit.name, self._clock.local(visit.time_out).strftime("%H:%M")))
            visit.time_out = None
            session.add(visit)
            session.add(VisitEvent(visit_id=visit.id, at=now, kind=VisitEventKind.UNDONE,
                                   **self._operator.signature()))
            session.commit()
            return visit_row(visit)

    def events(self, visit_id: int) -> list[tuple[dt.datetime, VisitEventKind, str]]:
        """What happened to a visit after check-in, oldest first: (time, kind, operator)."""
        with Session(self._engine) as session:
            found = session.exec(select(VisitEvent).where(VisitEvent.visit_id == visit_id)
                                 .order_by(col(VisitEvent.at), col(VisitEvent.id))).all()
            return [(e.at, VisitEventKind(e.kind), e.created_by) for e in found]

    def check_out_by_pass(self, pass_no: str) -> VisitRow:
        """Check out by the number typed or scanned from the pass slip."""
        return self.check_out(self.visit_by_pass(pass_no).id)

    @staticmethod
    def is_pass_number(text: str) -> bool:
        """Whether ``text`` is a visitor pass number (as a scanner types it from the QR)."""
        return isinstance(text, str) and bool(PASS_NO.fullmatch(text.strip().upper()))

    def visit_by_pass(self, pass_no: str) -> VisitRow:
        """The visit with this pass number (as typed or scanned, any case), or today's
        short number ("25" for ``V261128-0025``).

        Raises:
            NotFound: no such visit.
            AmbiguousPass: a short number that fits today's pass and an earlier visit
                still on site.
        """
        errors: dict[str, str] = {}
        pass_no = checks.text(errors, "pass_no", pass_no).upper()
        if errors:
            raise ValidationError(errors)
        if SHORT_PASS_NO.fullmatch(pass_no):
            return self._visit_by_short_number(pass_no)
        visit = None
        if len(pass_no) <= MAX_PASS_NO:  # longer text is no pass number (nor fit a message)
            with Session(self._engine) as session:
                visit = session.exec(select(Visit).where(Visit.pass_no == pass_no)).first()
        if visit is None:
            shown = pass_no if len(pass_no) <= MAX_PASS_NO else pass_no[:MAX_PASS_NO] + "…"
            raise NotFound(fill(translate("VisitorLog", "No visit has pass number %1."), shown))
        return visit_row(visit)

    def _visit_by_short_number(self, number: str) -> VisitRow:
        # Today's pass of that number, and any earlier one of that number still on site
        # (few rows: the on-site index), newest first.
        suffix = f"-{int(number):04d}"
        today = "V" + self._clock.local(self._clock.now()).strftime("%y%m%d") + suffix
        with Session(self._engine) as session:
            found = list(session.exec(select(Visit).where(Visit.pass_no == today)))
            found += [v for v in session.exec(
                select(Visit).where(col(Visit.time_out).is_(None), Visit.pass_no != today)
                .order_by(col(Visit.time_in).desc())) if v.pass_no.endswith(suffix)]
        if not found:
            raise NotFound(fill(translate(
                "VisitorLog", "No visit today or on site has pass number %1."), number))
        if len(found) > 1:
            raise AmbiguousPass(number, [visit_row(v) for v in found])
        return visit_row(found[0])

    def visit(self, visit_id: int) -> VisitRow:
        """One visit."""
        with Session(self._engine) as session:
            return visit_row(self._get(session, visit_id))

    def _get(self, session: Session, visit_id: int, *, lock: bool = False) -> Visit:
        # ``lock``: read for update (PostgreSQL takes the row lock; SQLite's writer holds
        # the whole file already), so two counters never write from the same old values.
        visit = session.get(Visit, checks.record_id(visit_id) or 0, with_for_update=lock)
        if visit is None:
            raise NotFound(fill(translate("VisitorLog", "There is no visit number %1."), visit_id))
        return visit
