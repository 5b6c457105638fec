"""Expected visitors 预约来访: announced ahead by a host who phoned, or by a declined visit's
new appointment; their arrival is a one-key check-in, and whoever never came shows as a
no-show at the end of the day.

An entry is never deleted: it is waiting, then arrived (linked to its visit), cancelled
(with a reason), or a no-show (:func:`expected_state` says when).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from deskapp.db import audit
from deskapp.db.engine import write_session
from deskapp.db.models import ExpectedVisitor, Visit
from deskapp.domain import checks
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.operators import Operator
from deskapp.domain.phone import mask_phone, normalise_phone, phone_problem
from deskapp.domain.records import Purpose
from deskapp.domain.visitors.hosts import resolve_host
from deskapp.domain.visitors.inputs import MAX_PARTY, HostRef
from deskapp.i18n import fill, translate

# The no-show rule: not arrived (nor cancelled) NO_SHOW_AFTER past the time expected, or
# once the local day expected has ended, whichever comes first.
NO_SHOW_AFTER = dt.timedelta(hours=2)
# A time a few minutes gone is still taken (the host phones as the visitor is on the way);
# one further back, or further ahead than a season, is a slip of the date box.
PAST_GRACE = dt.timedelta(minutes=10)
MAX_DAYS_AHEAD = 90
NAME_LIMIT = 100
FIELD_LIMITS = {"company": 200, "host": 200, "note": 500}
REASON_LIMIT = 200


class ExpectedState(StrEnum):
    """Where an expected visitor stands."""

    WAITING = "waiting"
    ARRIVED = "arrived"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"

    def label(self) -> str:
        """The state in the user's language."""
        return {
            ExpectedState.WAITING: translate("ExpectedState", "Expected"),
            ExpectedState.ARRIVED: translate("ExpectedState", "Arrived"),
            ExpectedState.CANCELLED: translate("ExpectedState", "Cancelled"),
            ExpectedState.NO_SHOW: translate("ExpectedState", "Not come"),
        }[self]


def expected_state(*, expected_at: dt.datetime, day_end: dt.datetime, now: dt.datetime,
                   arrived: bool, cancelled: bool) -> ExpectedState:
    """The one rule for an entry's state at ``now``.

    ``day_end`` is the start of the local day after the one expected. Arrived and cancelled
    are final; otherwise the entry waits until it is :data:`NO_SHOW_AFTER` late or its day
    is over, and is a no-show from then on (a late arrival may still be checked in).
    """
    if arrived:
        return ExpectedState.ARRIVED
    if cancelled:
        return ExpectedState.CANCELLED
    if now >= min(expected_at + NO_SHOW_AFTER, day_end):
        return ExpectedState.NO_SHOW
    return ExpectedState.WAITING


def next_half_hour(moment: dt.datetime) -> dt.datetime:
    """The first :00 or :30 after ``moment`` (in ``moment``'s own zone): the time a new
    entry starts from, as hosts announce visitors for the hour or the half hour."""
    start = moment.replace(minute=0, second=0, microsecond=0)
    steps = moment.minute // 30 + 1
    return start + dt.timedelta(minutes=30 * steps)


@dataclass(frozen=True)
class ExpectedInput:
    """What the receptionist (or a host response) says about a visitor to come."""

    name: str
    expected_at: dt.datetime | None
    host: HostRef = HostRef("")
    phone: str = ""
    company: str = ""
    party_size: int = 1
    purpose: Purpose = Purpose.VISIT
    note: str = ""
    from_visit_id: int | None = None  # the declined visit whose new appointment this is


@dataclass(frozen=True)
class ExpectedRow:
    """An expected visitor as the counter sees them (times aware, UTC); ``state`` as of
    when the row was read."""

    id: int
    name: str
    phone: str
    company: str
    party_size: int
    purpose: Purpose
    host: HostRef
    expected_at: dt.datetime
    note: str
    state: ExpectedState
    from_visit_id: int | None = None
    visit_id: int | None = None  # the arrival
    pass_no: str = ""  # the arrival's pass
    arrived_at: dt.datetime | None = None
    cancelled_at: dt.datetime | None = None
    cancel_reason: str = ""
    created_at: dt.datetime | None = None
    created_by: str = ""
    desk: str = ""

    @property
    def host_label(self) -> str:
        """Whom they come to see, as typed or listed."""
        return self.host.label

    @property
    def phone_masked(self) -> str:
        """The phone number as lists and paper show it."""
        return mask_phone(self.phone)


@dataclass(frozen=True)
class ExpectedSummary:
    """A day's expected visitors in numbers ("3 expected · 1 arrived · 1 not come")."""

    expected: int  # every entry not cancelled
    arrived: int
    no_show: int
    waiting: int
    cancelled: int


def summarise(rows: list[ExpectedRow]) -> ExpectedSummary:
    """Count ``rows`` by state."""
    count = {state: sum(r.state is state for r in rows) for state in ExpectedState}
    return ExpectedSummary(
        expected=len(rows) - count[ExpectedState.CANCELLED],
        arrived=count[ExpectedState.ARRIVED], no_show=count[ExpectedState.NO_SHOW],
        waiting=count[ExpectedState.WAITING], cancelled=count[ExpectedState.CANCELLED])


class NotWaiting(DomainError):
    """The entry has arrived or was cancelled: it cannot arrive (or be cancelled) again."""

    def __init__(self, row: ExpectedRow) -> None:
        if row.state is ExpectedState.ARRIVED:
            text = fill(translate("ExpectedVisitors", "%1 has arrived already (pass %2)."),
                        row.name, row.pass_no)
        else:
            text = fill(translate("ExpectedVisitors", "The visit of %1 was cancelled: %2"),
                        row.name, row.cancel_reason)
        super().__init__(text)
        self.row = row


def validate(data: ExpectedInput, clock: Clock, directory: DirectoryService) -> ExpectedInput:
    """``data`` normalised, its host pointing at the directory entry it names; or
    ValidationError naming every bad field ("name", "phone", "host", "expected_at" …)."""
    errors: dict[str, str] = {}
    name = checks.text(errors, "name", data.name)
    phone = normalise_phone(checks.raw_text(errors, "phone", data.phone))
    text = {field: checks.text(errors, field, getattr(data, field), FIELD_LIMITS[field])
            for field in ("company", "note")}
    purpose = checks.choice(errors, "purpose", data.purpose, Purpose)
    host = data.host if isinstance(data.host, HostRef) else None
    ids = (host.unit_id, host.department_id) if host else (None, None)
    if host is None or any(v is not None and checks.record_id(v) is None for v in ids):
        errors["host"] = translate("VisitorLog", "Choose whom the visitor came to see.")
    host = HostRef(checks.text(errors, "host", host.label if host else "",
                               FIELD_LIMITS["host"]), *ids)
    if not name:
        errors.setdefault("name", translate("VisitorLog", "Enter the visitor's name."))
    elif len(name) > NAME_LIMIT:
        errors.setdefault("name", checks.too_long_message(NAME_LIMIT))
    if problem := phone_problem(phone):
        errors.setdefault("phone", problem)
    if not checks.is_whole_number(data.party_size) or not 1 <= data.party_size <= MAX_PARTY:
        errors["party_size"] = translate("VisitorLog", "Enter 1 to 50 people.")
    if not host.label:
        errors.setdefault("host", translate("VisitorLog", "Choose whom the visitor came to see."))
    if data.from_visit_id is not None and checks.record_id(data.from_visit_id) is None:
        errors["from_visit_id"] = _no_visit_message(data.from_visit_id)
    expected_at = checks.moment(errors, "expected_at", data.expected_at, clock)
    now = clock.now()
    if expected_at is None:
        errors.setdefault("expected_at", translate("ExpectedVisitors",
                                                   "Enter when the visitor is expected."))
    elif expected_at < now - PAST_GRACE:
        errors.setdefault("expected_at", translate("ExpectedVisitors",
                                                   "That time has passed."))
    elif expected_at > now + dt.timedelta(days=MAX_DAYS_AHEAD):
        errors.setdefault("expected_at", fill(translate(
            "ExpectedVisitors", "Visitors are expected at most %1 days ahead."),
            MAX_DAYS_AHEAD))
    if errors:
        raise ValidationError(errors)
    data = replace(data, name=name, phone=phone, company=text["company"], note=text["note"],
                   purpose=purpose or Purpose.VISIT, host=host,
                   expected_at=expected_at.astimezone(dt.timezone.utc))
    return replace(data, host=resolve_host(directory, data.host))


def add_in(session: Session, data: ExpectedInput, *, clock: Clock,
           directory: DirectoryService, operator: Operator) -> ExpectedRow:
    """Add an expected visitor inside ``session``'s transaction (the caller commits).

    For a declined visit's new appointment (``from_visit_id``): an entry from the same
    visit still waiting is cancelled, replaced by this one, so a changed appointment
    leaves no false no-show behind.

    Raises:
        ValidationError: bad input (see :func:`validate`); nothing added.
    """
    data = validate(data, clock, directory)
    return _insert(session, data, clock, operator)


def mark_arrived_in(session: Session, expected_id: int, visit_id: int) -> None:
    """Link the expected visitor to their visit, inside the check-in's transaction.

    One conditional UPDATE (``… WHERE visit_id IS NULL AND cancelled_at IS NULL``): of two
    counters checking the same visitor in at once, the second finds no row to change
    (SQLite lets one writer at a time; PostgreSQL makes the second wait for the first's
    commit and then re-reads the row) and is refused.

    Raises:
        NotFound: no such entry.
        NotWaiting: arrived already or cancelled; the caller's transaction must roll back.
    """
    entry_id = checks.record_id(expected_id)
    if entry_id is None or checks.record_id(visit_id) is None:
        raise NotFound(fill(translate("ExpectedVisitors", "There is no expected visitor %1."),
                            expected_id))
    changed = session.execute(
        update(ExpectedVisitor)
        .where(col(ExpectedVisitor.id) == entry_id, col(ExpectedVisitor.visit_id).is_(None),
               col(ExpectedVisitor.cancelled_at).is_(None))
        .values(visit_id=visit_id)
        .execution_options(synchronize_session=False)).rowcount
    if changed != 1:
        now = dt.datetime.now(dt.timezone.utc)  # any instant: arrived/cancelled are final
        raise NotWaiting(_row_of(session, entry_id, now, None))
    # A bulk UPDATE passes by the flush the audit trail watches: say what changed.
    audit.record(session, "change", ExpectedVisitor.__audit__, entry_id,
                 {"visit_id": [None, visit_id]})


class ExpectedVisitors:
    """Today's expected list and its rules; every public write is one transaction."""

    def __init__(self, engine: Engine, clock: Clock, directory: DirectoryService,
                 operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._directory = directory
        self._operator = operator or Operator()

    @property
    def clock(self) -> Clock:
        """The clock the list is read by (the next half hour of a new entry)."""
        return self._clock

    def validate(self, data: ExpectedInput) -> ExpectedInput:
        """``data`` normalised and its host resolved, or ValidationError."""
        return validate(data, self._clock, self._directory)

    def add(self, data: ExpectedInput) -> ExpectedRow:
        """Put a visitor on the expected list.

        Raises:
            ValidationError: bad input; nothing saved.
        """
        data = self.validate(data)  # read the directory before taking the write lock
        with write_session(self._engine) as session:
            row = _insert(session, data, self._clock, self._operator)
            session.commit()
        return row

    def add_in(self, session: Session, data: ExpectedInput) -> ExpectedRow:
        """:func:`add_in` with this service's clock, directory and operator."""
        return add_in(session, data, clock=self._clock, directory=self._directory,
                      operator=self._operator)

    @staticmethod
    def mark_arrived_in(session: Session, expected_id: int, visit_id: int) -> None:
        """:func:`mark_arrived_in`."""
        mark_arrived_in(session, expected_id, visit_id)

    def for_day(self, day: dt.date) -> list[ExpectedRow]:
        """Everyone expected on the local ``day`` (waiting, arrived, cancelled, no-show),
        by time expected."""
        errors: dict[str, str] = {}
        checked = checks.day(errors, "day", day)
        if checked is None:
            raise ValidationError(errors)
        start, end = self._clock.day_bounds(checked)
        now = self._clock.now()
        with Session(self._engine) as session:
            found = session.exec(
                select(ExpectedVisitor, Visit)
                .outerjoin(Visit, col(Visit.id) == col(ExpectedVisitor.visit_id))
                .where(col(ExpectedVisitor.expected_at) >= start,
                       col(ExpectedVisitor.expected_at) < end)
                .order_by(col(ExpectedVisitor.expected_at), col(ExpectedVisitor.id))).all()
            return [_row(entry, visit, now, self._clock) for entry, visit in found]

    def waiting_now(self) -> list[ExpectedRow]:
        """Today's entries still waiting (neither arrived, cancelled nor a no-show)."""
        return [r for r in self.for_day(self._clock.today())
                if r.state is ExpectedState.WAITING]

    def row(self, expected_id: int) -> ExpectedRow:
        """One entry, as it stands now.

        Raises:
            NotFound: no such entry.
        """
        with Session(self._engine) as session:
            return _row_of(session, expected_id, self._clock.now(), self._clock)

    def cancel(self, expected_id: int, reason: str) -> ExpectedRow:
        """Take a visitor off the list, saying why; the entry stays on record, cancelled.

        Raises:
            ValidationError: no reason ("cancel_reason").
            NotFound: no such entry.
            NotWaiting: arrived already, or cancelled already.
        """
        errors: dict[str, str] = {}
        reason = checks.text(errors, "cancel_reason", reason, REASON_LIMIT)
        if not reason and not errors:
            errors["cancel_reason"] = translate("ExpectedVisitors",
                                                "Say why the visit is cancelled.")
        if errors:
            raise ValidationError(errors)
        with write_session(self._engine) as session:
            session.info[audit.ACTION] = "cancel"
            entry = _locked(session, expected_id)
            if entry.visit_id is not None or entry.cancelled_at is not None:
                raise NotWaiting(_row_of(session, entry.id or 0, self._clock.now(), self._clock))
            entry.cancelled_at = self._clock.now()
            entry.cancel_reason = reason
            session.add(entry)
            session.commit()
            return _row(entry, None, self._clock.now(), self._clock)


def _insert(session: Session, data: ExpectedInput, clock: Clock,
            operator: Operator) -> ExpectedRow:
    assert data.expected_at is not None
    now = clock.now()
    if data.from_visit_id is not None:
        if session.get(Visit, data.from_visit_id) is None:
            raise ValidationError({"from_visit_id": _no_visit_message(data.from_visit_id)})
        earlier = session.exec(
            select(ExpectedVisitor).where(ExpectedVisitor.from_visit_id == data.from_visit_id,
                                          col(ExpectedVisitor.visit_id).is_(None),
                                          col(ExpectedVisitor.cancelled_at).is_(None))
            .with_for_update()).all()
        for entry in earlier:
            entry.cancelled_at = now
            entry.cancel_reason = translate("ExpectedVisitors", "A new appointment was made.")
            session.add(entry)
    entry = ExpectedVisitor(
        name=data.name, phone=data.phone, company=data.company, party_size=data.party_size,
        purpose=Purpose(data.purpose).value, host_unit_id=data.host.unit_id,
        host_department_id=data.host.department_id, host_label=data.host.label,
        expected_at=data.expected_at, note=data.note, from_visit_id=data.from_visit_id,
        created_at=now, **operator.signature())
    session.add(entry)
    session.flush()
    return _row(entry, None, now, clock)


def _no_visit_message(visit_id: object) -> str:
    return fill(translate("VisitorLog", "There is no visit number %1."), visit_id)


def _locked(session: Session, expected_id: object) -> ExpectedVisitor:
    # FOR UPDATE: on PostgreSQL a check-in linking the same entry waits for this
    # transaction (SQLite's write lock already lets one writer at a time).
    entry = session.exec(select(ExpectedVisitor)
                         .where(ExpectedVisitor.id == (checks.record_id(expected_id) or 0))
                         .with_for_update()).first()
    if entry is None:
        raise NotFound(fill(translate("ExpectedVisitors", "There is no expected visitor %1."),
                            expected_id))
    return entry


def _row_of(session: Session, expected_id: int, now: dt.datetime,
            clock: Clock | None) -> ExpectedRow:
    found = session.exec(
        select(ExpectedVisitor, Visit)
        .outerjoin(Visit, col(Visit.id) == col(ExpectedVisitor.visit_id))
        .where(ExpectedVisitor.id == (checks.record_id(expected_id) or 0))
        .execution_options(populate_existing=True)).first()
    if found is None:
        raise NotFound(fill(translate("ExpectedVisitors", "There is no expected visitor %1."),
                            expected_id))
    return _row(found[0], found[1], now, clock or Clock())


def _row(entry: ExpectedVisitor, visit: Visit | None, now: dt.datetime,
         clock: Clock) -> ExpectedRow:
    day_end = clock.day_bounds(clock.local(entry.expected_at).date())[1]
    return ExpectedRow(
        id=entry.id or 0, name=entry.name, phone=entry.phone, company=entry.company,
        party_size=entry.party_size, purpose=Purpose(entry.purpose),
        host=HostRef(entry.host_label, entry.host_unit_id, entry.host_department_id),
        expected_at=entry.expected_at, note=entry.note,
        state=expected_state(expected_at=entry.expected_at, day_end=day_end, now=now,
                             arrived=entry.visit_id is not None,
                             cancelled=entry.cancelled_at is not None),
        from_visit_id=entry.from_visit_id, visit_id=entry.visit_id,
        pass_no=visit.pass_no if visit is not None else "",
        arrived_at=visit.time_in if visit is not None else None,
        cancelled_at=entry.cancelled_at, cancel_reason=entry.cancel_reason,
        created_at=entry.created_at, created_by=entry.created_by, desk=entry.desk)
