"""The finders of the long histories — visits, calls, requests, key loans — read from their
search indexes (names, phones, companies, plates, pass and record numbers, the pinyin of
the name), newest first. A word of one character is not looked up in them at all."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from deskapp.db.dialect import (
    CALL_SEARCH,
    KEY_LOAN_SEARCH,
    REQUEST_SEARCH,
    VISIT_SEARCH,
    SearchIndex,
    newest_matches,
)
from deskapp.db.models import Call, KeyLoan, Request, Visit
from deskapp.domain.calls.log import SEARCHED as CALL_SEARCHED
from deskapp.domain.keys.stored import LOAN_SEARCHED
from deskapp.domain.phone import mask_phone
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.requests.rows import SEARCHED as REQUEST_SEARCHED
from deskapp.domain.search_everything.hits import FindContext, Finder, Hit, joined
from deskapp.domain.search_everything.typed import Typed
from deskapp.domain.visitors.history import SEARCHED as VISIT_SEARCHED


def _newest(session: Session, model: Any, index: SearchIndex, searched: tuple[Any, ...],
            typed: Typed, limit: int, numbered: Sequence[str] = ()) -> list[Any]:
    """The records numbered ``numbered`` (exact, unique index), then the newest holding
    every word, up to ``limit``."""
    records: list[Any] = []
    if numbered:
        records = list(session.exec(select(model).where(col(model.number).in_(numbered))
                                    .order_by(col(model.id).desc()).limit(limit)))
    ids = newest_matches(session, index, col(model.id), [col(c) for c in searched],
                         typed.words, limit) or []
    ids = [i for i in ids if i not in {r.id for r in records}][:limit - len(records)]
    if ids:
        records += list(session.exec(select(model).where(col(model.id).in_(ids))
                                     .order_by(col(model.id).desc())))
    return records


def find_visits(session: Session, typed: Typed, context: FindContext) -> list[Hit]:
    """Visits by the visitor's name (or its pinyin), phone, company, host, plate, pass."""
    return [Hit("visitors", RecordKind.VISIT, v.id, v.name,
                joined(v.pass_no, v.company, v.host_label, v.plate, mask_phone(v.phone)),
                v.time_in)
            for v in _newest(session, Visit, VISIT_SEARCH, VISIT_SEARCHED, typed,
                             context.limit)]


def find_calls(session: Session, typed: Typed, context: FindContext) -> list[Hit]:
    """Calls by the caller's name (or its pinyin), phone, whom it was about, subject."""
    return [Hit("calls", RecordKind.CALL, c.id, c.caller_name or mask_phone(c.phone),
                joined(c.subject, c.about_label, mask_phone(c.phone)), c.started_at)
            for c in _newest(session, Call, CALL_SEARCH, CALL_SEARCHED, typed, context.limit)]


def find_requests(session: Session, typed: Typed, context: FindContext) -> list[Hit]:
    """Requests by number (whole or its tail), complainant, phone, unit, department."""
    numbered = typed.numbers("R", 4, context.this_year)
    return [Hit("requests", RecordKind.REQUEST, r.id, joined(r.number, r.complainant),
                joined(r.about_label, r.department_label, r.content[:40], mask_phone(r.phone)),
                r.received_at)
            for r in _newest(session, Request, REQUEST_SEARCH, REQUEST_SEARCHED, typed,
                             context.limit, numbered)]


def find_key_loans(session: Session, typed: Typed, context: FindContext) -> list[Hit]:
    """Key loans by number, borrower (or pinyin), company, phone, tag, unit."""
    numbered = typed.numbers("KL", 4, context.this_year)
    return [Hit("keys", RecordKind.KEY_LOAN, k.id, joined(k.number, k.borrower_name),
                joined(k.tag, k.unit_label, k.company, mask_phone(k.phone)), k.out_at)
            for k in _newest(session, KeyLoan, KEY_LOAN_SEARCH, LOAN_SEARCHED, typed,
                             context.limit, numbered)]


FINDERS = (Finder("visitors", RecordKind.VISIT, find_visits),
           Finder("calls", RecordKind.CALL, find_calls),
           Finder("requests", RecordKind.REQUEST, find_requests),
           Finder("keys", RecordKind.KEY_LOAN, find_key_loans))
