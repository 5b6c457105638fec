"""The audit trail as supervisors read it: filtered pages, the check of its chain in words,
and the rows of an export. What is written and how it is chained is :mod:`deskapp.db.audit`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, func, or_
from sqlmodel import Session, col, select

from deskapp.db import audit
from deskapp.db.dialect import contains
from deskapp.db.models import AuditEntry
from deskapp.domain import checks, paging
from deskapp.domain.clock import Clock
from deskapp.domain.operators import NAME_LIMIT, Operator
from deskapp.domain.roles import Action
from deskapp.i18n import fill, translate

# The longest record kind and action an entry holds (the columns' sizes).
KIND_LIMIT = 32
ACTION_LIMIT = 32


class AuditSort(StrEnum):
    """The trail's one order: when (then the entry's number)."""

    AT = "at"


@dataclass(frozen=True)
class AuditQuery:
    """Which entries to show: a local date range, words (an operator, a kind of record, an
    action, or a record's number), newest first; and, each None for all: one kind of record
    (``kind``), one counter (``desk``), one operator (``actor``: the entries they did or
    approved) and one action (``action``: "create", "void", "log-in-refused" …)."""

    first_day: dt.date
    last_day: dt.date
    text: str = ""
    kind: str | None = None
    sort: AuditSort = AuditSort.AT
    descending: bool = True
    desk: str | None = None
    actor: str | None = None
    action: str | None = None


@dataclass(frozen=True)
class AuditRow:
    """One entry as the viewer shows it."""

    id: int  # the entry's number (seq): what the chain and the check name
    at: dt.datetime
    actor: str
    approved_by: str
    desk: str
    action: str
    record_kind: str
    record_id: int | None
    changes: dict[str, Any]

    def action_text(self) -> str:
        """The action in the user's language."""
        return action_label(self.action)

    def record_text(self) -> str:
        """The record, as "visit 12" in the user's language ("" for none)."""
        kind = kind_label(self.record_kind) if self.record_kind else ""
        return " ".join(filter(None, [kind, "" if self.record_id is None
                                      else str(self.record_id)]))

    def changes_text(self) -> str:
        """The changes on one line: ``field: before → after`` or ``field = value``."""
        return "; ".join(self.changes_lines())

    def changes_lines(self) -> list[str]:
        """Each change on a line of its own (for the full view of one entry)."""
        parts = []
        for name, value in self.changes.items():
            if isinstance(value, list) and len(value) == 2:
                parts.append(f"{name}: {_plain(value[0])} → {_plain(value[1])}")
            else:
                parts.append(f"{name} = {_plain(value)}")
        return parts


def _plain(value: Any) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(value, str) and _ISO_MOMENT.match(value):
        try:  # a moment, as the counter reads it: local time to the second
            return dt.datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            pass
    return str(value)


_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$")


def action_label(action: str) -> str:
    """What an entry's action means, in the user's language (unknown ones as stored)."""
    labels = {
        "create": translate("AuditAction", "created"),
        "change": translate("AuditAction", "changed"),
        "delete": translate("AuditAction", "deleted"),
        "void": translate("AuditAction", "voided"),
        "cancel": translate("AuditAction", "cancelled"),
        "reveal": translate("AuditAction", "full ID number shown"),
        "purge": translate("AuditAction", "personal data purged"),
        "purge-scheduled": translate("AuditAction", "personal data purged (daily)"),
        "restore": translate("AuditAction", "backup restored"),
        "log-in": translate("AuditAction", "logged in"),
        "log-in-refused": translate("AuditAction", "log-in refused"),
        "approval": translate("AuditAction", "approved"),
        "approval-refused": translate("AuditAction", "approval refused"),
        "password-check": translate("AuditAction", "password checked"),
        "password-check-refused": translate("AuditAction", "password check refused"),
        "password-change": translate("AuditAction", "password changed"),
        "password-reset": translate("AuditAction", "password reset"),
    }
    return labels.get(action, action)


def kind_label(kind: str) -> str:
    """What kind of record an entry is about, in the user's language."""
    labels = {
        "setting": translate("AuditKind", "setting"),
        "unit": translate("AuditKind", "unit"),
        "department": translate("AuditKind", "department"),
        "visitor": translate("AuditKind", "visitor on file"),
        "temp_pass": translate("AuditKind", "temporary pass"),
        "visit": translate("AuditKind", "visit"),
        "expected_visitor": translate("AuditKind", "expected visitor"),
        "deny_entry": translate("AuditKind", "deny list entry"),
        "watch_entry": translate("AuditKind", "watch list entry"),
        "alert": translate("AuditKind", "alert"),
        "host_response": translate("AuditKind", "host response"),
        "visit_event": translate("AuditKind", "visit event"),
        "call": translate("AuditKind", "call"),
        "call_message": translate("AuditKind", "message"),
        "phone_entry": translate("AuditKind", "phone book entry"),
        "phone_book_review": translate("AuditKind", "phone book review"),
        "account": translate("AuditKind", "operator"),
        "backup": translate("AuditKind", "backup"),
        "key_set": translate("AuditKind", "key set"),
        "key_deposit": translate("AuditKind", "owner's key deposit"),
        "key_authorisation": translate("AuditKind", "authorised key borrower"),
        "key_loan": translate("AuditKind", "key loan"),
        "key_return": translate("AuditKind", "key return"),
        "key_handover": translate("AuditKind", "key handover"),
        "key_lost_report": translate("AuditKind", "lost key report"),
        "key_replacement": translate("AuditKind", "key replacement"),
        "key_event": translate("AuditKind", "key step"),
        "key_stocktake": translate("AuditKind", "key stocktake"),
        "key_stocktake_line": translate("AuditKind", "key stocktake finding"),
    }
    return labels.get(kind, kind)


@dataclass(frozen=True)
class AuditCheck:
    """The chain's state, in words: sound, or the first entry that breaks it."""

    sound: bool
    entries: int
    broken_at: int | None
    message: str
    anchor: tuple[int, str]  # the last sound entry, to remember on this PC


class AuditTrail:
    """Reading the trail (supervisors) and checking its chain (anyone, in the background)."""

    def __init__(self, engine: Engine, clock: Clock, operator: Operator) -> None:
        self._engine = engine
        self._clock = clock
        self._operator = operator

    def check(self, anchor: tuple[int, str] | None = None) -> AuditCheck:
        """Walk the whole chain (read-only); ``anchor`` is what this PC saw sound before."""
        state = audit.verify(self._engine, anchor)
        return AuditCheck(state.sound, state.entries, state.broken_at, describe(state),
                          (state.last_seq, state.last_hash))

    def page(self, query: AuditQuery, after: paging.PageCursor | None = None,
             limit: int = 200) -> list[AuditRow]:
        """Up to ``limit`` entries of ``query`` after the cursor (supervisors only)."""
        self._operator.authorise(Action.VIEW_AUDIT_TRAIL)
        query = self.validate_query(query)
        with Session(self._engine) as session:
            entries = paging.keyset_page(session, self._filtered(select(AuditEntry), query),
                                         col(AuditEntry.at), col(AuditEntry.seq), after=after,
                                         descending=query.descending, limit=limit)
            return [_row(e) for e in entries]

    @staticmethod
    def cursor_after(row: AuditRow, query: AuditQuery) -> paging.PageCursor:
        """The cursor after ``row``."""
        return paging.PageCursor(row.at, row.id)

    def count(self, query: AuditQuery) -> int:
        """How many entries ``query`` holds."""
        self._operator.authorise(Action.VIEW_AUDIT_TRAIL)
        query = self.validate_query(query)
        with Session(self._engine) as session:
            return int(session.exec(self._filtered(
                select(func.count(col(AuditEntry.id))), query)).one())

    def iter_rows(self, query: AuditQuery) -> Iterator[AuditRow]:
        """Every entry of ``query``, oldest first, streamed (for an export)."""
        self._operator.authorise(Action.VIEW_AUDIT_TRAIL)
        query = self.validate_query(query)

        def rows() -> Iterator[AuditRow]:
            with Session(self._engine) as session:
                stmt = self._filtered(select(AuditEntry), query).order_by(
                    col(AuditEntry.at), col(AuditEntry.seq)).execution_options(yield_per=1000)
                for entry in session.exec(stmt):
                    yield _row(entry)

        return rows()

    def kinds(self) -> list[str]:
        """The kinds of record the trail tells of (for the viewer's filter)."""
        return self._distinct(AuditEntry.record_kind)

    def actions(self) -> list[str]:
        """The actions the trail tells of ("create", "void" …; for the viewer's filter)."""
        return self._distinct(AuditEntry.action)

    def actors(self) -> list[str]:
        """The operators the trail names, as actor or approver (for the viewer's filter)."""
        self._operator.authorise(Action.VIEW_AUDIT_TRAIL)
        with Session(self._engine) as session:
            names = set(session.exec(select(AuditEntry.actor).distinct()))
            names.update(session.exec(select(AuditEntry.approved_by).distinct()))
        return sorted(name for name in names if name)

    def _distinct(self, column: Any) -> list[str]:
        self._operator.authorise(Action.VIEW_AUDIT_TRAIL)
        with Session(self._engine) as session:
            return sorted(k for k in session.exec(select(column).distinct()) if k)

    def validate_query(self, query: AuditQuery) -> AuditQuery:
        """The query as run, or ValidationError (days, search words, kind, counter,
        operator, action)."""
        errors: dict[str, str] = {}
        first, last = paging.check_days(errors, query.first_day, query.last_day)
        words = paging.search_words(errors, query.text)
        kind = _one_of(errors, "kind", query.kind, KIND_LIMIT)
        desk = paging.check_desk(errors, query.desk)
        actor = _one_of(errors, "actor", query.actor, NAME_LIMIT)
        action = _one_of(errors, "action", query.action, ACTION_LIMIT)
        descending = checks.flag(errors, "descending", query.descending)
        paging.raise_if(errors)
        return AuditQuery(first, last, " ".join(words), kind, AuditSort.AT, descending,
                          desk=desk, actor=actor, action=action)

    def _filtered(self, stmt, query: AuditQuery):  # type: ignore[no-untyped-def]
        start, end = self._clock.day_bounds(query.first_day, query.last_day)
        stmt = stmt.where(AuditEntry.at >= start, AuditEntry.at < end)
        if query.kind is not None:
            stmt = stmt.where(AuditEntry.record_kind == query.kind)
        if query.desk is not None:
            stmt = stmt.where(AuditEntry.desk == query.desk)
        if query.actor is not None:
            stmt = stmt.where(or_(AuditEntry.actor == query.actor,
                                  AuditEntry.approved_by == query.actor))
        if query.action is not None:
            stmt = stmt.where(AuditEntry.action == query.action)
        for word in query.text.split():
            tests = [contains(col(column), word) for column in (
                AuditEntry.actor, AuditEntry.approved_by, AuditEntry.desk, AuditEntry.action,
                AuditEntry.record_kind)]
            if checks.is_ascii_number(word) and len(word) < 10:
                tests.append(AuditEntry.record_id == int(word))
            stmt = stmt.where(or_(*tests))
        return stmt


def _one_of(errors: dict[str, str], field: str, value: object, limit: int) -> str | None:
    """A filter naming one value (None or blank: all)."""
    if value is None:
        return None
    return checks.text(errors, field, value, limit) or None


def describe(state: audit.ChainState) -> str:
    """The chain's state in one line naming the audit trail."""
    if state.sound:
        return fill(translate("AuditTrail", "Audit trail: sound (%1 entries)."), state.entries)
    at = state.broken_at
    return {
        audit.Break.CHANGED: fill(translate(
            "AuditTrail", "Audit trail: broken at entry %1, changed after it was written."), at),
        audit.Break.MISSING: fill(translate(
            "AuditTrail", "Audit trail: broken at entry %1, which was removed."), at),
        audit.Break.INSERTED: fill(translate(
            "AuditTrail", "Audit trail: broken at entry %1, slipped in or following a "
            "changed entry."), at),
        audit.Break.CUT: fill(translate(
            "AuditTrail", "Audit trail: broken at entry %1: it and the entries after it "
            "were removed."), at),
        audit.Break.REWRITTEN: fill(translate(
            "AuditTrail", "Audit trail: broken at entry %1: rewritten since this PC last "
            "checked it."), at),
    }[state.how]  # type: ignore[index]


def _row(e: AuditEntry) -> AuditRow:
    try:
        changes = json.loads(e.changes) if e.changes else {}
    except ValueError:
        changes = {"?": e.changes}
    return AuditRow(id=e.seq, at=e.at, actor=e.actor, approved_by=e.approved_by, desk=e.desk,
                    action=e.action, record_kind=e.record_kind, record_id=e.record_id,
                    changes=changes if isinstance(changes, dict) else {"?": changes})
