"""A request's way from intake to closing: dispatch, progress, pause, resolve, revisit,
reopen, close, and the 30-day escalation. Each step is one transaction that changes the
request and appends its dated step (the audit trail follows both); nothing is deleted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db import audit
from deskapp.db.dialect import REQUEST_SEARCH, reindex_records
from deskapp.db.engine import write_session
from deskapp.db.models import Department, Request, RequestEvent, Revisit
from deskapp.domain import checks, paging
from deskapp.domain.clock import Clock
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.operators import Operator
from deskapp.domain.requests.records import (
    EventKind,
    Grounds,
    Kind,
    Nature,
    RequestRow,
    RevisitHow,
    RevisitInput,
    Satisfaction,
    Severity,
    State,
)
from deskapp.domain.requests.rows import request_row, search_entry
from deskapp.domain.roles import Action, Approval
from deskapp.i18n import fill, translate

NOTE_LIMIT = 2000
# A revisit falls due this many days after the request was resolved.
REVISIT_DAYS = 3
# A valid complaint unresolved this long after intake becomes major by itself.
ESCALATE_AFTER = dt.timedelta(days=30)


class RequestHandling:
    """The steps of a request after intake (the base of :class:`RequestLog`)."""

    def __init__(self, engine: Engine, clock: Clock, operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._operator = operator or Operator()

    # --- Steps
    def dispatch(self, request_id: int, department: str,
                 department_id: int | None = None) -> RequestRow:
        """Send the request (its handling form) to ``department``; a request already with a
        department may be sent on to another."""
        errors: dict[str, str] = {}
        department = checks.text(errors, "department", department, 100)
        if not department and department_id is None:
            errors.setdefault("department", translate(
                "RequestLog", "Choose the department that handles it."))
        paging.raise_if(errors)

        def step(session: Session, request: Request) -> None:
            self._refuse_unless(request, State.REGISTERED, State.DISPATCHED, State.IN_PROGRESS)
            label, dept_id = department, department_id
            if dept_id is not None:
                found = session.get(Department, dept_id)
                if found is None:
                    raise NotFound(translate("RequestLog", "That department is not in the "
                                             "directory any more."))
                label = found.name
            indexed = search_entry(request)
            request.department_label, request.department_id = label, dept_id
            # The department is searched: the index follows it, in the same transaction.
            if search_entry(request) != indexed:
                reindex_records(session, REQUEST_SEARCH, [(indexed, search_entry(request))])
            if request.state == State.REGISTERED:
                request.state = State.DISPATCHED
            request.dispatched_at = self._clock.now()
            self._event(session, request, EventKind.DISPATCHED, label)

        return self._step(request_id, step)

    def record_progress(self, request_id: int, note: str, handler: str = "") -> RequestRow:
        """A dated progress note; naming the handler puts a dispatched request in progress."""
        errors: dict[str, str] = {}
        note = checks.text(errors, "note", note, NOTE_LIMIT)
        handler = checks.text(errors, "handler", handler, 100)
        if not note:
            errors.setdefault("note", translate("RequestLog", "Write what was done or said."))
        paging.raise_if(errors)

        def step(session: Session, request: Request) -> None:
            self._refuse_unless(request, State.REGISTERED, State.DISPATCHED, State.IN_PROGRESS)
            if handler:
                request.handler = handler
            if request.state == State.DISPATCHED and request.handler:
                request.state = State.IN_PROGRESS
            # Words of no language beside the note: the step reads the same whichever
            # language the counter later shows.
            self._event(session, request, EventKind.NOTE,
                        fill("%1 · %2", note, handler) if handler else note)

        return self._step(request_id, step)

    def pause(self, request_id: int, reason: str) -> RequestRow:
        """The request waits on the customer: its deadline stands still until resumed."""
        errors: dict[str, str] = {}
        reason = checks.text(errors, "pause_reason", reason, 200)
        if not reason:
            errors.setdefault("pause_reason", translate(
                "RequestLog", "Say what the request is waiting for."))
        paging.raise_if(errors)

        def step(session: Session, request: Request) -> None:
            self._refuse_unless(request, State.REGISTERED, State.DISPATCHED, State.IN_PROGRESS)
            if request.paused_at is not None:
                raise DomainError(translate("RequestLog", "This request is already waiting on "
                                            "the customer."))
            request.paused_at, request.pause_reason = self._clock.now(), reason
            self._event(session, request, EventKind.PAUSED, reason)

        return self._step(request_id, step)

    def resume(self, request_id: int) -> RequestRow:
        """The customer answered: the deadline moves on by the time the request waited."""

        def step(session: Session, request: Request) -> None:
            if request.paused_at is None:
                raise DomainError(translate("RequestLog", "This request is not waiting."))
            self._resume(session, request)

        return self._step(request_id, step)

    def resolve(self, request_id: int, result: str, handler: str = "",
                rectification: str = "") -> RequestRow:
        """The department reports the process and result (and, for the monthly summary, the
        rectification planned); the revisit falls due in 3 days."""
        errors: dict[str, str] = {}
        result = checks.text(errors, "result", result, NOTE_LIMIT)
        rectification = checks.text(errors, "rectification", rectification, NOTE_LIMIT)
        handler = checks.text(errors, "handler", handler, 100)
        if not result:
            errors.setdefault("result", translate("RequestLog", "Write how it was handled and "
                                                  "what came of it."))
        paging.raise_if(errors)

        def step(session: Session, request: Request) -> None:
            self._refuse_unless(request, State.REGISTERED, State.DISPATCHED, State.IN_PROGRESS)
            if request.paused_at is not None:
                self._resume(session, request)
            now = self._clock.now()
            request.state = State.RESOLVED
            request.result, request.resolved_at = result, now
            if rectification:
                request.rectification = rectification
            if handler:
                request.handler = handler
            request.revisit_due = self._clock.local(now).date() + dt.timedelta(days=REVISIT_DAYS)
            self._event(session, request, EventKind.RESOLVED, result)

        return self._step(request_id, step)

    def revisit(self, request_id: int, data: RevisitInput) -> RequestRow:
        """Record the revisit. A dissatisfied customer reopens the request (counted); any
        other verdict closes it, unless ``data.close`` is False (then it stays revisited).
        """
        errors: dict[str, str] = {}
        satisfaction = checks.choice(errors, "satisfaction", data.satisfaction, Satisfaction)
        how = checks.choice(errors, "how", data.how, RevisitHow)
        text = {f: checks.text(errors, f, getattr(data, f), NOTE_LIMIT)
                for f in ("effect", "shortcomings", "suggestions", "final_opinion", "sent_back")}
        by = checks.text(errors, "revisited_by", data.revisited_by, 100) or self._operator.name
        close = checks.flag(errors, "close", data.close)
        if satisfaction is Satisfaction.DISSATISFIED and not text["shortcomings"] \
                and not text["sent_back"]:
            errors.setdefault("shortcomings", translate(
                "RequestLog", "Write what the customer is unhappy with; it goes back to the "
                "department."))
        paging.raise_if(errors)
        assert satisfaction is not None and how is not None

        def step(session: Session, request: Request) -> None:
            self._refuse_unless(request, State.RESOLVED, State.REVISITED)
            now = self._clock.now()
            session.add(Revisit(request_id=request.id, at=now, how=how.value,
                                satisfaction=satisfaction.value, revisited_by=by,
                                **text, **self._operator.signature()))
            # Who revisited; the verdict is the revisit's own, worded when read.
            self._event(session, request, EventKind.REVISITED, by)
            if satisfaction is Satisfaction.DISSATISFIED:
                request.state = State.IN_PROGRESS
                request.reopened += 1
                request.resolved_at, request.revisit_due = None, None
                self._event(session, request, EventKind.REOPENED,
                            text["sent_back"] or text["shortcomings"])
                return
            if text["final_opinion"]:
                request.final_opinion = text["final_opinion"]
            request.revisit_due = None
            if close:
                self._close(session, request, now)
            else:
                request.state = State.REVISITED

        return self._step(request_id, step)

    def close(self, request_id: int, final_opinion: str = "") -> RequestRow:
        """Close a revisited request, or an inquiry or suggestion once answered (complaints
        and repairs are revisited first)."""
        errors: dict[str, str] = {}
        final_opinion = checks.text(errors, "final_opinion", final_opinion, NOTE_LIMIT)
        paging.raise_if(errors)

        def step(session: Session, request: Request) -> None:
            self._refuse_unless(request, State.RESOLVED, State.REVISITED)
            if request.state == State.RESOLVED and Kind(request.kind).needs_revisit:
                raise DomainError(translate(
                    "RequestLog", "A complaint or repair is revisited before it is closed "
                    "(F9)."))
            if final_opinion:
                request.final_opinion = final_opinion
            request.revisit_due = None
            self._close(session, request, self._clock.now())

        return self._step(request_id, step)

    def reclassify(self, request_id: int, severity: Severity, grounds: Grounds | None,
                   reason: str, *, owner: str = "", due_at: dt.datetime | None = None,
                   approval: Approval | None = None) -> RequestRow:
        """Change a request's severity (and so who handles it), with the reason; a major
        one needs its owner and deadline. Lowering it needs a supervisor (approval in
        place): a complaint is never quietly made smaller.
        """
        errors: dict[str, str] = {}
        chosen = checks.choice(errors, "severity", severity, Severity)
        picked = (None if grounds in (None, "") else
                  checks.choice(errors, "grounds", grounds, Grounds))
        reason = checks.text(errors, "reason", reason, 200)
        owner = checks.text(errors, "owner", owner, 100)
        due = checks.moment(errors, "due_at", due_at, self._clock)
        if not reason:
            errors.setdefault("reason", translate("RequestLog", "Say why the severity changes."))
        if chosen is not None and chosen is not Severity.GENERAL and (
                picked is None or picked.severity is not chosen):
            errors.setdefault("grounds", fill(translate(
                "RequestLog", "Say why it is %1."), chosen.label().lower()))
        if chosen is Severity.MAJOR:
            if not owner:
                errors.setdefault("owner", translate(
                    "RequestLog", "A major request needs the person who answers for it "
                    "(the company head sets owner and deadline)."))
            if due is None:
                errors.setdefault("due_at", translate("RequestLog",
                                                      "A major request needs its deadline."))
        paging.raise_if(errors)
        assert chosen is not None

        def step(session: Session, request: Request) -> None:
            self._refuse_unless(request, State.REGISTERED, State.DISPATCHED, State.IN_PROGRESS)
            before = Severity(request.severity)
            order = list(Severity)
            approved_by = ""
            if order.index(chosen) < order.index(before):
                approved_by = self._operator.authorise(Action.CORRECT_RECORD, approval)
                session.info[audit.APPROVED_BY] = approved_by
            request.severity = chosen.value
            request.grounds = picked.value if picked is not None and chosen is not \
                Severity.GENERAL else ""
            if chosen is Severity.MAJOR:
                request.owner = owner
            if due is not None:
                if due <= request.received_at:
                    raise ValidationError({"due_at": translate(
                        "RequestLog", "The deadline must come after the request was taken.")})
                request.due_at = due.astimezone(dt.UTC)
            self._event(session, request, EventKind.RECLASSIFIED, fill(
                "%1 → %2: %3", before.label(), chosen.label(), reason), approved_by)

        return self._step(request_id, step)

    def escalate_overdue(self) -> list[RequestRow]:
        """Every valid complaint still unresolved 30 days after intake becomes major, with
        the reason recorded; returns those changed now (none the second time)."""
        now = self._clock.now()
        due = select(Request).where(
            col(Request.state).in_([s.value for s in State if s.being_handled]),
            Request.kind == Kind.COMPLAINT.value, Request.nature == Nature.VALID.value,
            Request.severity != Severity.MAJOR.value,
            Request.received_at <= now - ESCALATE_AFTER)
        # Looked for first without the write lock: most of the time there is none, and a
        # window starting must not wait for another counter's save.
        with Session(self._engine) as session:
            if session.exec(due.limit(1)).first() is None:
                return []
        with write_session(self._engine) as session:
            found = session.exec(due.with_for_update()).all()
            for request in found:
                request.severity = Severity.MAJOR.value
                request.grounds = Grounds.UNRESOLVED_MONTH.value
                request.escalated_at = now
                self._event(session, request, EventKind.ESCALATED, translate(
                    "RequestLog", "A valid complaint still unresolved 30 days after it was "
                    "taken is a major complaint: the manager handles it now."))
            session.commit()
            return [request_row(r) for r in found]

    # --- Helpers
    def _step(self, request_id: int,
              change: Callable[[Session, Request], None]) -> RequestRow:
        with write_session(self._engine) as session:
            request = self._get(session, request_id, lock=True)
            change(session, request)
            session.add(request)
            session.commit()
            return request_row(request)

    def _get(self, session: Session, request_id: int, *, lock: bool = False) -> Request:
        request = session.get(Request, checks.record_id(request_id) or 0, with_for_update=lock)
        if request is None:
            raise NotFound(fill(translate("RequestLog", "There is no request number %1."),
                                request_id))
        return request

    def _event(self, session: Session, request: Request, kind: EventKind, text: str,
               approved_by: str = "") -> None:
        now = self._clock.now()
        request.last_progress_at = now
        session.add(RequestEvent(request_id=request.id, at=now, kind=kind.value, text=text,
                                 approved_by=approved_by, **self._operator.signature()))

    def _resume(self, session: Session, request: Request) -> None:
        assert request.paused_at is not None
        waited = self._clock.now() - request.paused_at
        if request.due_at is not None:
            request.due_at += waited
        request.paused_at, request.pause_reason = None, ""
        minutes = int(waited.total_seconds() // 60)
        self._event(session, request, EventKind.RESUMED, fill(translate(
            "RequestLog", "Waited %1 h %2 min; the deadline moved on as much."),
            minutes // 60, minutes % 60))

    def _close(self, session: Session, request: Request, now: dt.datetime) -> None:
        request.state = State.CLOSED
        request.closed_at = now
        self._event(session, request, EventKind.CLOSED, request.final_opinion)

    @staticmethod
    def _refuse_unless(request: Request, *states: State) -> None:
        if State(request.state) not in states:
            raise DomainError(fill(translate(
                "RequestLog", "Request %1 is %2: that cannot be done now."),
                request.number, State(request.state).label().lower()))
