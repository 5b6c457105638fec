"""The call log's rules: log a call (with its message and callback), pass a message on,
complete a callback, and the history. Every write is one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import Literal

from sqlalchemy import Engine, exists, func
from sqlmodel import Session, col, select

from deskapp.db.dialect import CALL_SEARCH, SearchEntry, index_records, search_condition
from deskapp.db.engine import write_session
from deskapp.db.models import Call, CallMessage
from deskapp.domain import checks, paging, pinyin
from deskapp.domain.calls.records import (
    About,
    CallFilter,
    CallInput,
    CallQuery,
    CallRow,
    CallSort,
    CallSummary,
    Category,
    DeliveredHow,
    Direction,
    MessageRow,
)
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import DomainError, NotFound
from deskapp.domain.operators import Operator
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.i18n import fill, translate

LIMITS = {"caller_name": 100, "about": 200, "subject": 200, "notes": 2000,
          "transferred_to": 200, "message_for": 200, "message": 2000}
# A call the desk cannot settle within 20 seconds gets a callback; this is the default wait.
CALLBACK_DEFAULT = dt.timedelta(minutes=30)
# Searched in every call (with the pinyin of the caller's name).
SEARCHED = (Call.caller_name, Call.phone, Call.about_label, Call.subject)


def search_entry(call: Call) -> SearchEntry:
    """What the search index keeps of ``call``: its searched texts and the name's pinyin."""
    assert call.id is not None
    return (call.id, [getattr(call, column.key) for column in SEARCHED],
            pinyin.readings(call.caller_name))


class CallLog:
    """Calls answered and made at the counter."""

    def __init__(self, engine: Engine, clock: Clock, directory: DirectoryService,
                 operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._directory = directory
        self._operator = operator or Operator()

    @property
    def clock(self) -> Clock:
        """The clock calls are stamped with."""
        return self._clock

    # --- Logging a call
    def validate(self, data: CallInput) -> CallInput:
        """The input as stored (text cleaned, times filled in), or ValidationError."""
        errors: dict[str, str] = {}
        text = {field: checks.text(errors, field, getattr(data, field), limit)
                for field, limit in LIMITS.items() if field != "about"}
        about = data.about if isinstance(data.about, About) else About()
        about_label = checks.text(errors, "about", about.label, LIMITS["about"])
        direction = checks.choice(errors, "direction", data.direction, Direction)
        category = checks.choice(errors, "category", data.category, Category)
        phone = normalise_phone(checks.raw_text(errors, "phone", data.phone))
        if problem := phone_problem(phone):
            errors.setdefault("phone", problem)
        if not text["subject"] and not text["notes"]:
            errors.setdefault("subject", translate("CallLog", "Say in a few words what the call "
                                                   "was about."))
        now = self._clock.now()
        started = checks.moment(errors, "started_at", data.started_at, self._clock) or now
        ended = checks.moment(errors, "ended_at", data.ended_at, self._clock) or now
        if started > now + dt.timedelta(minutes=5):
            errors.setdefault("started_at", translate("CallLog", "The call cannot start in the "
                                                      "future."))
        if ended < started:
            errors.setdefault("ended_at", translate("CallLog", "The call cannot end before it "
                                                    "started."))
        due = checks.moment(errors, "callback_due", data.callback_due, self._clock)
        if data.callback_due is not None and due is not None and due < started:
            errors.setdefault("callback_due", translate(
                "CallLog", "The callback must be due after the call."))
        if text["message"] and not text["message_for"]:
            errors.setdefault("message_for", translate("CallLog", "Say whom the message is for."))
        if text["message_for"] and not text["message"]:
            errors.setdefault("message", translate("CallLog", "Write the message down."))
        if category is Category.MESSAGE and not text["message"]:
            errors.setdefault("message", translate("CallLog", "Write the message down."))
        for_callback = data.for_callback_id
        if for_callback is not None and checks.record_id(for_callback) is None:
            errors.setdefault("for_callback_id", translate("InputCheck", "Choose from the list."))
        paging.raise_if(errors)
        assert direction is not None and category is not None
        return replace(data, direction=direction, category=category, phone=phone,
                       about=About(about_label, about.unit_id, about.department_id),
                       started_at=started, ended_at=ended, callback_due=due, **text)

    def log_call(self, data: CallInput) -> CallRow:
        """Save a call, with its message and its callback, in one transaction.

        An outgoing call made for a callback (``for_callback_id``) completes that callback
        with the call's subject as its result.

        Raises:
            ValidationError: bad input; nothing saved.
            NotFound: the callback it answers does not exist.
        """
        data = self._resolve_about(self.validate(data))
        with write_session(self._engine) as session:
            row = self._store(session, data)
            session.commit()
            return row

    def log_call_in(self, session: Session, data: CallInput) -> CallRow:
        """Save a call as :meth:`log_call` does, inside the caller's write transaction
        (a parcel notice logs the call that told the recipient and marks the parcels told
        in one); the caller commits.

        Raises:
            ValidationError: bad input; nothing added to the session.
            NotFound: the callback it answers does not exist.
        """
        return self._store(session, self._resolve_about(self.validate(data)))

    def _store(self, session: Session, data: CallInput) -> CallRow:
        """``data`` (validated) added to ``session``: the call, its message, the callback
        it completes."""
        now = self._clock.now()
        signed = self._operator.signature()
        by = signed["created_by"]
        call = Call(
            direction=data.direction.value, caller_name=data.caller_name, phone=data.phone,
            about_unit_id=data.about.unit_id, about_department_id=data.about.department_id,
            about_label=data.about.label, category=Category(data.category).value,
            subject=data.subject, notes=data.notes, transferred_to=data.transferred_to,
            started_at=data.started_at, ended_at=data.ended_at,
            callback_due=data.callback_due, for_callback_id=data.for_callback_id,
            created_at=now, **signed)
        session.add(call)
        session.flush()
        index_records(session, CALL_SEARCH, [search_entry(call)])
        if data.message:
            session.add(CallMessage(call_id=call.id, recipient=data.message_for,
                                    text=data.message, created_at=now, **signed))
        if data.for_callback_id is not None:
            answered = session.get(Call, data.for_callback_id)
            if answered is None:
                raise NotFound(fill(translate("CallLog", "There is no call number %1."),
                                    data.for_callback_id))
            if answered.callback_done_at is None:
                answered.callback_done_at = data.ended_at
                answered.callback_result = data.subject or data.notes
                answered.callback_done_by = by
                session.add(answered)
        session.flush()
        return self._row(session, call)

    def _resolve_about(self, data: CallInput) -> CallInput:
        # "1203" typed stands for unit 1203 of the directory, as in the visitor log.
        if data.about.unit_id is not None or data.about.department_id is not None \
                or not data.about.label:
            return data
        option, _problem = self._directory.match_host(data.about.label)
        if option is None:
            return data
        return replace(data, about=About(
            option.label, option.id if option.kind == "unit" else None,
            option.id if option.kind == "department" else None))

    # --- Messages and callbacks
    def deliver_message(self, message_id: int, *, to: str, how: DeliveredHow) -> MessageRow:
        """The message reached its recipient (``to``: who took it) by ``how``."""
        errors: dict[str, str] = {}
        to = checks.text(errors, "delivered_to", to, 100)
        chosen = checks.choice(errors, "delivered_how", how, DeliveredHow)
        paging.raise_if(errors)
        assert chosen is not None
        with write_session(self._engine) as session:
            message = session.get(CallMessage, checks.record_id(message_id) or 0)
            if message is None:
                raise NotFound(fill(translate("CallLog", "There is no message number %1."),
                                    message_id))
            if message.delivered_at is not None:
                raise DomainError(fill(translate(
                    "CallLog", "This message was already passed on at %1."),
                    self._clock.local(message.delivered_at).strftime("%H:%M")))
            message.delivered_at = self._clock.now()
            message.delivered_to = to or message.recipient
            message.delivered_how = chosen.value
            message.delivered_by = self._operator.name
            session.add(message)
            session.commit()
            return _message_row(message)

    def complete_callback(self, call_id: int, result: str) -> CallRow:
        """The promised callback was made; ``result`` says how it went."""
        errors: dict[str, str] = {}
        result = checks.text(errors, "callback_result", result, LIMITS["notes"])
        if not result:
            errors.setdefault("callback_result", translate(
                "CallLog", "Say how the callback went."))
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            call = self._get(session, call_id)
            if call.callback_due is None:
                raise DomainError(translate("CallLog", "No callback was promised on this call."))
            if call.callback_done_at is not None:
                raise DomainError(fill(translate(
                    "CallLog", "This callback was already made at %1."),
                    self._clock.local(call.callback_done_at).strftime("%H:%M")))
            call.callback_done_at = self._clock.now()
            call.callback_result = result
            call.callback_done_by = self._operator.name
            session.add(call)
            session.commit()
            return self._row(session, call)

    def pending_messages(self) -> list[MessageRow]:
        """Every message not yet passed on, oldest first (a small partial index)."""
        with Session(self._engine) as session:
            found = session.exec(select(CallMessage).where(col(CallMessage.delivered_at).is_(None))
                                 .order_by(col(CallMessage.created_at))).all()
            return [_message_row(m) for m in found]

    def open_callbacks(self) -> list[CallRow]:
        """Every callback not yet made, the most urgent first."""
        with Session(self._engine) as session:
            found = session.exec(select(Call).where(
                col(Call.callback_due).is_not(None), col(Call.callback_done_at).is_(None))
                .order_by(col(Call.callback_due))).all()
            return [self._row(session, c) for c in found]

    # --- Reading
    def call(self, call_id: int) -> CallRow:
        """One call with its messages."""
        with Session(self._engine) as session:
            return self._row(session, self._get(session, call_id))

    def message(self, message_id: int) -> MessageRow:
        """One message."""
        with Session(self._engine) as session:
            found = session.get(CallMessage, checks.record_id(message_id) or 0)
            if found is None:
                raise NotFound(fill(translate("CallLog", "There is no message number %1."),
                                    message_id))
            return _message_row(found)

    def _get(self, session: Session, call_id: int) -> Call:
        call = session.get(Call, checks.record_id(call_id) or 0)
        if call is None:
            raise NotFound(fill(translate("CallLog", "There is no call number %1."), call_id))
        return call

    def _row(self, session: Session, call: Call) -> CallRow:
        messages = session.exec(select(CallMessage).where(CallMessage.call_id == call.id)
                                .order_by(col(CallMessage.id))).all()
        return _call_row(call, tuple(_message_row(m) for m in messages))

    # --- The history
    def validate_query(self, query: CallQuery) -> CallQuery:
        """The query as run, or ValidationError (days, search words, filter, sort)."""
        errors: dict[str, str] = {}
        first, last = paging.check_days(errors, query.first_day, query.last_day)
        words = paging.search_words(errors, query.text)
        only = checks.choice(errors, "only", query.only, CallFilter)
        sort = checks.choice(errors, "sort", query.sort, CallSort)
        descending = checks.flag(errors, "descending", query.descending)
        desk = paging.check_desk(errors, query.desk)
        paging.raise_if(errors)
        assert only is not None and sort is not None
        return CallQuery(first, last, " ".join(words), only, sort, descending, desk)

    def _filtered(self, session: Session, stmt, query: CallQuery,  # type: ignore[no-untyped-def]
                  purpose: Literal["page", "count"]):
        if query.only is CallFilter.OPEN_CALLBACKS:
            # Every callback still to make, whichever day it was promised (partial index).
            stmt = stmt.where(col(Call.callback_due).is_not(None),
                              col(Call.callback_done_at).is_(None))
        elif query.only is CallFilter.PENDING_MESSAGES:
            stmt = stmt.where(exists().where(CallMessage.call_id == Call.id,
                                             col(CallMessage.delivered_at).is_(None)))
        else:
            start, end = self._clock.day_bounds(query.first_day, query.last_day)
            stmt = stmt.where(Call.started_at >= start, Call.started_at < end)
        if query.desk is not None:
            stmt = stmt.where(Call.desk == query.desk)
        if words := query.text.split():
            stmt = stmt.where(search_condition(session, CALL_SEARCH, col(Call.id),
                                               [col(c) for c in SEARCHED], words,
                                               purpose=purpose))
        return stmt

    def page(self, query: CallQuery, after: paging.PageCursor | None = None,
             limit: int = 200) -> list[CallRow]:
        """Up to ``limit`` calls of ``query`` after ``after`` (keyset paging)."""
        query = self.validate_query(query)
        sort_column = getattr(Call, query.sort.value)
        with Session(self._engine) as session:
            calls = paging.keyset_page(session, self._filtered(session, select(Call), query,
                                                               "page"),
                                       sort_column, Call.id, after=after,
                                       descending=query.descending, limit=limit)
            return self._rows(session, calls)

    def _rows(self, session: Session, calls: list[Call]) -> list[CallRow]:
        # One query for the messages of a whole page, not one per call.
        ids = [c.id for c in calls]
        messages: dict[int, list[MessageRow]] = {}
        if ids:
            for m in session.exec(select(CallMessage).where(col(CallMessage.call_id).in_(ids))
                                  .order_by(col(CallMessage.id))):
                messages.setdefault(m.call_id, []).append(_message_row(m))
        return [_call_row(c, tuple(messages.get(c.id or 0, ()))) for c in calls]

    @staticmethod
    def cursor_after(row: CallRow, query: CallQuery) -> paging.PageCursor:
        """The cursor continuing after ``row`` in ``query``'s order."""
        return paging.cursor_after(row, CallSort(query.sort).value)

    def count(self, query: CallQuery) -> CallSummary:
        """How many calls the query shows, and what is still open anywhere."""
        query = self.validate_query(query)
        now = self._clock.now()
        with Session(self._engine) as session:
            calls = session.exec(self._filtered(session, select(func.count(Call.id)), query,
                                                "count")).one()
            pending = session.exec(select(func.count(CallMessage.id)).where(
                col(CallMessage.delivered_at).is_(None))).one()
            open_due = session.exec(select(Call.callback_due).where(
                col(Call.callback_due).is_not(None), col(Call.callback_done_at).is_(None))).all()
        return CallSummary(int(calls), int(pending), len(open_due),
                           sum(1 for due in open_due if due is not None and due < now))

    def iter_day(self, day: dt.date, desk: str | None = None) -> Iterator[CallRow]:
        """Every call of ``day`` (local), oldest first, streamed in pages; only those taken
        at the counter ``desk`` unless it is None."""
        query = self.validate_query(CallQuery(day, day, sort=CallSort.STARTED_AT,
                                              descending=False, desk=desk))
        return paging.every_page(self.page, self.cursor_after, query)

    def has_calls(self) -> bool:
        """Whether any call was ever logged."""
        with Session(self._engine) as session:
            return session.exec(select(Call.id).limit(1)).first() is not None


def _message_row(m: CallMessage) -> MessageRow:
    return MessageRow(
        id=m.id or 0, call_id=m.call_id, recipient=m.recipient, text=m.text,
        created_at=m.created_at, created_by=m.created_by, delivered_at=m.delivered_at,
        delivered_to=m.delivered_to,
        delivered_how=DeliveredHow(m.delivered_how) if m.delivered_how else None,
        delivered_by=m.delivered_by, desk=m.desk)


def _call_row(c: Call, messages: tuple[MessageRow, ...]) -> CallRow:
    return CallRow(
        id=c.id or 0, direction=Direction(c.direction), caller_name=c.caller_name, phone=c.phone,
        about_label=c.about_label, category=Category(c.category), subject=c.subject,
        notes=c.notes, transferred_to=c.transferred_to, started_at=c.started_at,
        ended_at=c.ended_at, created_by=c.created_by, callback_due=c.callback_due,
        callback_done_at=c.callback_done_at, callback_result=c.callback_result,
        for_callback_id=c.for_callback_id, messages=messages, desk=c.desk,
        created_at=c.created_at)
