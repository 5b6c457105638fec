"""The request log: intake (in person, by phone — also from a logged call —, by letter,
forwarded), the reads the workspace, its papers and the monthly summary need, and the files
attached. The steps after intake are in :mod:`.handling`."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from deskapp.db.dialect import REQUEST_SEARCH, index_records, search_condition
from deskapp.db.engine import write_session
from deskapp.db.models import Call, Request, RequestAttachment, RequestEvent, Revisit
from deskapp.db.sequences import next_number
from deskapp.domain import checks, paging
from deskapp.domain.calls.records import Category
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.operators import Operator
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.requests.deadlines import DeadlineRules
from deskapp.domain.requests.handling import RequestHandling
from deskapp.domain.requests.records import (
    AttachmentRow,
    Channel,
    EventKind,
    EventRow,
    Grounds,
    Kind,
    Nature,
    RequestFilter,
    RequestInput,
    RequestQuery,
    RequestRow,
    RequestSort,
    RequestSummary,
    RevisitRow,
    Severity,
    State,
)
from deskapp.domain.requests.rows import (
    SEARCHED,
    attachment_row,
    event_row,
    request_row,
    revisit_row,
    search_entry,
)
from deskapp.i18n import fill, translate

LIMITS = {"complainant": 100, "about_label": 200, "forwarded_from": 100,
          "department_label": 100, "owner": 100, "content": 4000}
ATTACHMENT_LIMIT = 20 * 1024 * 1024
_OPEN_STATES = [s.value for s in State if s is not State.CLOSED]
_HANDLING_STATES = [s.value for s in State if s.being_handled]


def request_number(year: int, serial: int) -> str:
    """The number printed on the handling form: R2026-0012."""
    return f"R{year}-{serial:04d}"


class RequestLog(RequestHandling):
    """Requests taken at the counter, from intake to closing."""

    def __init__(self, engine: Engine, clock: Clock, directory: DirectoryService,
                 deadlines: DeadlineRules, operator: Operator | None = None,
                 attachments_dir: Path | None = None) -> None:
        super().__init__(engine, clock, operator)
        self._directory = directory
        self._deadlines = deadlines
        self._attachments_dir = attachments_dir  # None: the files go into the database

    @property
    def clock(self) -> Clock:
        """The clock requests are stamped with."""
        return self._clock

    @property
    def deadlines(self) -> DeadlineRules:
        """The deadlines by severity and kind."""
        return self._deadlines

    # --- Intake
    def validate(self, data: RequestInput) -> RequestInput:
        """The input as stored (text cleaned, received time and deadline filled in), or
        ValidationError naming each bad field."""
        errors: dict[str, str] = {}
        text = {field: checks.text(errors, field, getattr(data, field), limit)
                for field, limit in LIMITS.items()}
        channel = checks.choice(errors, "channel", data.channel, Channel)
        kind = checks.choice(errors, "kind", data.kind, Kind)
        nature = checks.choice(errors, "nature", data.nature, Nature)
        severity = checks.choice(errors, "severity", data.severity, Severity)
        grounds = (None if data.grounds in (None, "") else
                   checks.choice(errors, "grounds", data.grounds, Grounds))
        phone = normalise_phone(checks.raw_text(errors, "phone", data.phone))
        if problem := phone_problem(phone):
            errors.setdefault("phone", problem)
        if not text["content"]:
            errors.setdefault("content", translate(
                "RequestLog", "Write down what the customer says, in their words."))
        if not text["complainant"] and not text["about_label"]:
            errors.setdefault("complainant", translate(
                "RequestLog", "Ask for a name, or the unit or company."))
        if channel is Channel.FORWARDED and not text["forwarded_from"]:
            errors.setdefault("forwarded_from", translate(
                "RequestLog", "Say which department forwarded it."))
        if severity is not None and severity is not Severity.GENERAL:
            if grounds is None or grounds.severity is not severity:
                errors.setdefault("grounds", fill(translate(
                    "RequestLog", "Say why it is %1."), severity.label().lower()))
        elif grounds is not None:
            grounds = None  # a general request needs no grounds
        now = self._clock.now()
        received = checks.moment(errors, "received_at", data.received_at, self._clock) or now
        if received > now + dt.timedelta(minutes=5):
            errors.setdefault("received_at", translate(
                "RequestLog", "The request cannot be taken in the future."))
        due = checks.moment(errors, "due_at", data.due_at, self._clock)
        if due is not None and due <= received:
            errors.setdefault("due_at", translate(
                "RequestLog", "The deadline must come after the request was taken."))
        if severity is Severity.MAJOR:
            if not text["owner"]:
                errors.setdefault("owner", translate(
                    "RequestLog", "A major request needs the person who answers for it "
                    "(the company head sets owner and deadline)."))
            if data.due_at is None:
                errors.setdefault("due_at", translate(
                    "RequestLog", "A major request needs its deadline."))
        call_id = data.call_id
        if call_id is not None and checks.record_id(call_id) is None:
            errors.setdefault("call_id", translate("InputCheck", "Choose from the list."))
        paging.raise_if(errors)
        assert channel is not None and kind is not None and nature is not None
        assert severity is not None
        if due is None:
            due = self._deadlines.due(severity, kind, received)
        received, due = received.astimezone(dt.UTC), due.astimezone(dt.UTC)
        return replace(data, channel=channel, kind=kind, nature=nature, severity=severity,
                       grounds=grounds, phone=phone, received_at=received, due_at=due, **text)

    def register(self, data: RequestInput) -> RequestRow:
        """Save a new request with its number (a yearly series, taken in the same
        transaction) and its first step.

        Raises:
            ValidationError: bad input; nothing saved.
            NotFound: the call it was taken from does not exist.
            DomainError: that call is already a request.
        """
        data = self._resolve_about(self.validate(data))
        assert data.received_at is not None
        now = self._clock.now()
        with write_session(self._engine) as session:
            if data.call_id is not None:
                if session.get(Call, data.call_id) is None:
                    raise NotFound(fill(translate("CallLog", "There is no call number %1."),
                                        data.call_id))
                taken = self._request_for_call(session, data.call_id)
                if taken is not None:
                    raise DomainError(fill(translate(
                        "RequestLog", "This call is already request %1."), taken.number))
            year = self._clock.local(data.received_at).year
            number = request_number(year, next_number(session, f"request-{year}"))
            request = Request(
                number=number, received_at=data.received_at, channel=data.channel.value,
                forwarded_from=data.forwarded_from, call_id=data.call_id,
                complainant=data.complainant, phone=data.phone,
                about_unit_id=data.about_unit_id, about_label=data.about_label,
                kind=data.kind.value, content=data.content, nature=data.nature.value,
                severity=data.severity.value,
                grounds=data.grounds.value if data.grounds is not None else "",
                department_id=data.department_id, department_label=data.department_label,
                owner=data.owner, due_at=data.due_at, state=State.REGISTERED.value,
                last_progress_at=now, created_at=now, **self._operator.signature())
            session.add(request)
            session.flush()
            index_records(session, REQUEST_SEARCH, [search_entry(request)])
            # The step says no more: the request itself holds channel and severity.
            self._event(session, request, EventKind.REGISTERED, "")
            session.commit()
            return request_row(request)

    def from_call(self, call_id: int) -> RequestInput:
        """A new request filled in from a logged call: caller, phone, unit, time and what
        was said; saving it links the two.

        Raises:
            NotFound: no such call.
            DomainError: the call is already a request (its number is said).
        """
        with Session(self._engine) as session:
            call = session.get(Call, checks.record_id(call_id) or 0)
            if call is None:
                raise NotFound(fill(translate("CallLog", "There is no call number %1."),
                                    call_id))
            taken = self._request_for_call(session, call.id or 0)
            if taken is not None:
                raise DomainError(fill(translate(
                    "RequestLog", "This call is already request %1."), taken.number))
            kind = {Category.REPAIR.value: Kind.REPAIR, Category.INQUIRY.value: Kind.INQUIRY
                    }.get(call.category, Kind.COMPLAINT)
            content = "\n".join(t for t in (call.subject, call.notes) if t)
            return RequestInput(
                content=content, complainant=call.caller_name, phone=call.phone,
                about_label=call.about_label, about_unit_id=call.about_unit_id,
                channel=Channel.PHONE, kind=kind,
                nature=Nature.HELP_SEEKING if kind is Kind.REPAIR else Nature.VALID,
                received_at=call.started_at, call_id=call.id)

    def request_for_call(self, call_id: int) -> RequestRow | None:
        """The request taken from ``call_id``, if any."""
        with Session(self._engine) as session:
            found = self._request_for_call(session, call_id)
            return request_row(found) if found is not None else None

    @staticmethod
    def _request_for_call(session: Session, call_id: int) -> Request | None:
        return session.exec(select(Request).where(Request.call_id == call_id)).first()

    def _resolve_about(self, data: RequestInput) -> RequestInput:
        # "1203" typed stands for unit 1203 of the directory, as in the other workspaces.
        if data.about_unit_id is not None or not data.about_label:
            return data
        option, _problem = self._directory.match_host(data.about_label)
        if option is None or option.kind != "unit":
            return data
        return replace(data, about_label=option.label, about_unit_id=option.id)

    # --- Reading
    def request(self, request_id: int) -> RequestRow:
        """One request."""
        with Session(self._engine) as session:
            return request_row(self._get(session, request_id))

    def by_number(self, number: str) -> RequestRow:
        """The request with ``number`` (R2026-0012), as printed on its form."""
        with Session(self._engine) as session:
            found = session.exec(select(Request).where(
                Request.number == str(number).strip().upper())).first()
            if found is None:
                raise NotFound(fill(translate("RequestLog", "There is no request number %1."),
                                    number))
            return request_row(found)

    def events(self, request_id: int) -> list[EventRow]:
        """The request's dated steps, oldest first; a revisit's step says its verdict in
        the language shown now."""
        with Session(self._engine) as session:
            rows = [event_row(e) for e in session.exec(
                select(RequestEvent).where(RequestEvent.request_id == request_id)
                .order_by(col(RequestEvent.at), col(RequestEvent.id)))]
        # Each revisit appended its one step in the same transaction: the n-th revisit
        # step is the n-th revisit.
        revisits = iter(self.revisits(request_id))
        worded = []
        for row in rows:
            if row.kind is EventKind.REVISITED and (visit := next(revisits, None)) is not None:
                row = replace(row, text=fill("%1 · %2", visit.satisfaction.label(),
                                             visit.revisited_by))
            worded.append(row)
        return worded

    def revisits(self, request_id: int) -> list[RevisitRow]:
        """The request's revisits, oldest first."""
        with Session(self._engine) as session:
            return [revisit_row(v) for v in session.exec(
                select(Revisit).where(Revisit.request_id == request_id)
                .order_by(col(Revisit.at), col(Revisit.id)))]

    def revisit_record(self, revisit_id: int) -> RevisitRow:
        """One revisit (for its printed record)."""
        with Session(self._engine) as session:
            found = session.get(Revisit, checks.record_id(revisit_id) or 0)
            if found is None:
                raise NotFound(fill(translate("RequestLog", "There is no revisit number %1."),
                                    revisit_id))
            return revisit_row(found)

    def review_list(self) -> list[RequestRow]:
        """Everything not yet resolved, for the review before closing: overdue first, then
        by deadline (the documents ask the desk to call each customer with news daily)."""
        now = self._clock.now()
        with Session(self._engine) as session:
            found = [request_row(r) for r in session.exec(select(Request).where(
                col(Request.state).in_(_HANDLING_STATES)))]
        never = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
        return sorted(found, key=lambda r: (not r.overdue(now), r.due_at or never, r.id))

    def revisits_due(self, day: dt.date | None = None) -> list[RequestRow]:
        """Resolved requests whose revisit is due by ``day`` (today), the oldest first."""
        day = day or self._clock.today()
        with Session(self._engine) as session:
            return [request_row(r) for r in session.exec(select(Request).where(
                Request.state == State.RESOLVED.value, col(Request.revisit_due).is_not(None),
                col(Request.revisit_due) <= day).order_by(col(Request.revisit_due)))]

    def month(self, year: int, month: int) -> list[RequestRow]:
        """Every request taken in the month, in order (the monthly summary)."""
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        start, end = self._clock.day_bounds(first, last)
        with Session(self._engine) as session:
            return [request_row(r) for r in session.exec(select(Request).where(
                Request.received_at >= start, Request.received_at < end)
                .order_by(col(Request.received_at), col(Request.id)))]

    def revisits_of(self, request_ids: list[int]) -> dict[int, list[RevisitRow]]:
        """The revisits of many requests at once, by request."""
        found: dict[int, list[RevisitRow]] = {}
        with Session(self._engine) as session:
            for start in range(0, len(request_ids), 500):
                chunk = request_ids[start:start + 500]
                for v in session.exec(select(Revisit).where(col(Revisit.request_id).in_(chunk))
                                      .order_by(col(Revisit.at), col(Revisit.id))):
                    found.setdefault(v.request_id, []).append(revisit_row(v))
        return found

    # --- The list
    def validate_query(self, query: RequestQuery) -> RequestQuery:
        """The query as run, or ValidationError."""
        errors: dict[str, str] = {}
        first, last = paging.check_days(errors, query.first_day, query.last_day)
        words = paging.search_words(errors, query.text)
        only = checks.choice(errors, "only", query.only, RequestFilter)
        sort = checks.choice(errors, "sort", query.sort, RequestSort)
        descending = checks.flag(errors, "descending", query.descending)
        desk = paging.check_desk(errors, query.desk)
        paging.raise_if(errors)
        assert only is not None and sort is not None
        return RequestQuery(first, last, " ".join(words), only, sort, descending, desk)

    def _filtered(self, session: Session, stmt, query: RequestQuery,  # type: ignore[no-untyped-def]
                  purpose: Literal["page", "count"]):
        now = self._clock.now()
        if query.only is RequestFilter.OPEN:
            stmt = stmt.where(col(Request.state).in_(_OPEN_STATES))
        elif query.only is RequestFilter.OVERDUE:
            stmt = stmt.where(col(Request.state).in_(_HANDLING_STATES),
                              col(Request.paused_at).is_(None),
                              col(Request.due_at).is_not(None), col(Request.due_at) < now)
        elif query.only is RequestFilter.REVISIT_DUE:
            stmt = stmt.where(Request.state == State.RESOLVED.value,
                              col(Request.revisit_due) <= self._clock.today())
        else:
            start, end = self._clock.day_bounds(query.first_day, query.last_day)
            stmt = stmt.where(Request.received_at >= start, Request.received_at < end)
        if query.desk is not None:
            stmt = stmt.where(Request.desk == query.desk)
        if words := query.text.split():
            stmt = stmt.where(search_condition(session, REQUEST_SEARCH, col(Request.id),
                                               [col(c) for c in SEARCHED], words,
                                               purpose=purpose))
        return stmt

    def page(self, query: RequestQuery, after: paging.PageCursor | None = None,
             limit: int = 200) -> list[RequestRow]:
        """Up to ``limit`` requests of ``query`` after ``after`` (keyset paging, newest
        intake first unless ascending)."""
        query = self.validate_query(query)
        with Session(self._engine) as session:
            found = paging.keyset_page(
                session, self._filtered(session, select(Request), query, "page"),
                Request.received_at, Request.id, after=after, descending=query.descending,
                limit=limit)
            return [request_row(r) for r in found]

    @staticmethod
    def cursor_after(row: RequestRow, _query: RequestQuery | None = None) -> paging.PageCursor:
        """The cursor continuing after ``row``."""
        return paging.cursor_after(row, "received_at")

    def count(self, query: RequestQuery) -> RequestSummary:
        """How many requests the query shows, and what needs doing anywhere."""
        query = self.validate_query(query)
        now = self._clock.now()
        with Session(self._engine) as session:
            shown = session.exec(self._filtered(session, select(func.count(Request.id)), query,
                                                "count")).one()
            open_rows = session.exec(select(Request.state, Request.due_at, Request.paused_at,
                                            Request.revisit_due).where(
                col(Request.state).in_(_OPEN_STATES))).all()
        today = self._clock.today()
        handling = set(_HANDLING_STATES)
        overdue = sum(1 for state, due, paused, _r in open_rows
                      if state in handling and paused is None and due is not None and due < now)
        revisits = sum(1 for state, _d, _p, revisit in open_rows
                       if state == State.RESOLVED.value and revisit is not None
                       and revisit <= today)
        return RequestSummary(int(shown), len(open_rows), overdue, revisits)

    def iter_day(self, day: dt.date, desk: str | None = None) -> Iterator[RequestRow]:
        """Every request taken on ``day`` (local), oldest first, streamed in pages."""
        query = self.validate_query(RequestQuery(day, day, descending=False, desk=desk))
        return paging.every_page(self.page, self.cursor_after, query)

    # --- Attachments
    def attach(self, request_id: int, source: Path) -> AttachmentRow:
        """Copy a photo or scanned letter to the request: into the data folder's
        attachments (or the database, on a server), listed with its name and size.

        Raises:
            ValidationError: no such file, unreadable, empty or over 20 MB.
        """
        source = Path(source)
        try:
            size = source.stat().st_size
            data = source.read_bytes() if 0 < size <= ATTACHMENT_LIMIT else b""
        except OSError:
            raise ValidationError({"attachment": translate(
                "RequestLog", "That file cannot be read.")}) from None
        if not data:
            raise ValidationError({"attachment": translate(
                "RequestLog", "Attach a file of up to 20 MB (an empty one tells nothing).")})
        digest = hashlib.sha256(data).hexdigest()
        name = source.name[:200]
        stored = ""
        with write_session(self._engine) as session:
            request = self._get(session, request_id, lock=True)
            if self._attachments_dir is not None:
                # Named by content: written before the row commits, a crash in between
                # leaves at most a file no row names, never a row without its file.
                from deskapp.fileio import write_bytes_atomically

                stored = f"{request.id}-{digest[:20]}{source.suffix.lower()[:10]}"
                self._attachments_dir.mkdir(parents=True, exist_ok=True)
                write_bytes_atomically(self._attachments_dir / stored, data)
            attachment = RequestAttachment(
                request_id=request.id, name=name, stored=stored,
                content=None if stored else data, size=len(data), sha256=digest,
                added_at=self._clock.now(), **self._operator.signature())
            session.add(attachment)
            self._event(session, request, EventKind.ATTACHED, name)
            session.add(request)
            session.commit()
            return attachment_row(attachment)

    def attachments(self, request_id: int) -> list[AttachmentRow]:
        """The files attached to a request, in the order they were added."""
        with Session(self._engine) as session:
            return [attachment_row(a) for a in session.exec(
                select(RequestAttachment).where(RequestAttachment.request_id == request_id)
                .order_by(col(RequestAttachment.id)))]

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        """An attachment's name and bytes, checked against the hash taken when it was added.

        Raises:
            NotFound: no such attachment, or its file is gone or was changed.
        """
        with Session(self._engine) as session:
            found = session.get(RequestAttachment, checks.record_id(attachment_id) or 0)
            if found is None:
                raise NotFound(translate("RequestLog", "There is no such attachment."))
            data = found.content
            if found.stored:
                try:
                    data = ((self._attachments_dir or Path()) / found.stored).read_bytes()
                except OSError:
                    data = None
            if data is None or hashlib.sha256(data).hexdigest() != found.sha256:
                raise NotFound(fill(translate(
                    "RequestLog", "The attached file %1 is missing or was changed outside "
                    "deskapp."), found.name))
            return found.name, data

    def has_requests(self) -> bool:
        """Whether any request was ever taken."""
        with Session(self._engine) as session:
            return session.exec(select(Request.id).limit(1)).first() is not None
