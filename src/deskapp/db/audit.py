"""The audit trail's mechanics: what changed, written in the same transaction, hash-chained.

Every session opened by :func:`deskapp.db.engine.write_session` watches its flushes: each
insert or change of a table marked ``__audit__`` (see :mod:`deskapp.db.models`) becomes an
entry — the kind of record, its id, the columns with their values (created) or their
values before and after (changed). Just before the transaction commits the entries are
appended to ``auditentry``, each with the next number and the hash of the entry before
it, while the single ``audithead`` row is locked; so the trail and the records it tells of
commit together or not at all, and two counters append one after the other.

Personal columns (``__personal__``) are never copied into the trail: their values read
``•`` (set) or ``""`` (empty), so that a purge of personal data leaves nothing behind in an
append-only table.

:func:`verify` walks the chain and names the first entry that was changed, removed or
slipped in behind deskapp's back (with the ``sqlite3`` shell, say). Who acts is the session's
``actor`` (anything with ``name`` and ``desk``), who approved is ``approved_by``: both are set
by the domain, which this layer knows nothing of.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event, insert, inspect, select, update
from sqlmodel import Session

from deskapp.db.models import AuditEntry, AuditHead

GENESIS = "0" * 64
PERSONAL = "•"
_PENDING = "audit_pending"
ACTOR = "audit_actor"  # session.info: who acts (name, desk)
APPROVED_BY = "audit_approved_by"  # session.info: the name of the approving supervisor
ACTION = "audit_action"  # session.info: what the changes of this transaction are (void …)
QUIET = "audit_quiet"  # session.info: a bulk change that records one summary entry itself


@dataclass(frozen=True)
class Pending:
    """An entry waiting for its transaction to commit."""

    action: str
    kind: str
    record_id: int | None
    changes: dict[str, Any]


def watch(session: Session) -> Session:
    """Make ``session`` write the audit trail of what it saves (``write_session`` does)."""
    session.info[_PENDING] = []
    event.listen(session, "after_flush", _collect)
    event.listen(session, "after_rollback", lambda s: s.info.get(_PENDING, []).clear())
    return session


def record(session: Session, action: str, kind: str = "", record_id: int | None = None,
           changes: dict[str, Any] | None = None) -> None:
    """An entry that no row change tells of (a log-in, a reveal, a purge's summary)."""
    session.info.setdefault(_PENDING, []).append(Pending(action, kind, record_id, changes or {}))


def append_pending(session: Session, now: dt.datetime) -> int:
    """Write the session's entries (before it commits); returns how many."""
    pending: list[Pending] = session.info.get(_PENDING, [])
    if not pending:
        return 0
    actor = session.info.get(ACTOR)
    name = getattr(actor, "name", "") or ""
    desk = getattr(actor, "desk", "") or ""
    approved_by = session.info.get(APPROVED_BY, "") or ""
    # The head row is the lock: entries are numbered and chained one transaction at a time.
    head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)
                           .with_for_update()).one()
    seq, prev = head.seq, head.hash
    rows = []
    for entry in pending:
        seq += 1
        changes = _json(entry.changes)
        row = {"seq": seq, "at": now, "actor": name, "approved_by": approved_by, "desk": desk,
               "action": entry.action, "record_kind": entry.kind, "record_id": entry.record_id,
               "changes": changes, "prev_hash": prev}
        row["hash"] = prev = entry_hash(row)
        rows.append(row)
    session.execute(insert(AuditEntry), rows)
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=seq, hash=prev))
    pending.clear()
    return len(rows)


def entry_hash(row: dict[str, Any] | AuditEntry) -> str:
    """The hash of an entry: every column but its id and its own hash, in a fixed form."""
    get = row.get if isinstance(row, dict) else (lambda key: getattr(row, key))
    at = get("at").astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")
    payload = [get("seq"), at, get("actor"), get("approved_by"), get("desk"), get("action"),
               get("record_kind"), get("record_id"), get("changes"), get("prev_hash")]
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Break(enum.Enum):
    """How the chain is broken at an entry."""

    CHANGED = "changed"  # its content no longer matches its hash
    MISSING = "missing"  # an entry with this number is gone
    INSERTED = "inserted"  # it does not follow the entry before it
    CUT = "cut"  # the last entries are gone (the head remembers more)
    REWRITTEN = "rewritten"  # differs from what this PC saw when it last checked


@dataclass(frozen=True)
class ChainState:
    """What :func:`verify` found.

    Attributes:
        entries: How many entries were read.
        last_seq, last_hash: The last sound entry (0 and :data:`GENESIS` for none).
        broken_at: The number of the first entry that breaks the chain (None: sound).
        how: How it breaks there.
    """

    entries: int
    last_seq: int
    last_hash: str
    broken_at: int | None = None
    how: Break | None = None

    @property
    def sound(self) -> bool:
        """Nothing changed, removed or inserted."""
        return self.broken_at is None


def verify(engine: Engine, anchor: tuple[int, str] | None = None) -> ChainState:
    """Walk the whole trail in order and check every link (read-only).

    ``anchor``: an entry's number and hash seen sound before (kept outside the database,
    on a counter's PC): a trail rewritten from before it, hashes and all, is caught too.
    """
    expected, prev, count = 1, GENESIS, 0
    anchored: str | None = None
    with Session(engine) as session:
        for entry in _entries(session):
            count += 1
            if entry.seq != expected:
                how = Break.MISSING if entry.seq > expected else Break.INSERTED
                return ChainState(count - 1, expected - 1, prev, expected, how)
            if entry.prev_hash != prev:
                return ChainState(count - 1, expected - 1, prev, entry.seq, Break.INSERTED)
            if entry_hash(entry) != entry.hash:
                return ChainState(count - 1, expected - 1, prev, entry.seq, Break.CHANGED)
            if anchor is not None and entry.seq == anchor[0]:
                anchored = entry.hash
            prev, expected = entry.hash, expected + 1
        head = session.execute(select(AuditHead.seq, AuditHead.hash)
                               .where(AuditHead.id == 1)).one_or_none()
    last = expected - 1
    if head is not None and (head.seq, head.hash) != (last, prev):
        return ChainState(count, last, prev, last + 1, Break.CUT)
    if anchor is not None and anchor[0] > 0:
        if anchor[0] > last:
            return ChainState(count, last, prev, last + 1, Break.CUT)
        if anchored != anchor[1]:
            return ChainState(count, last, prev, anchor[0], Break.REWRITTEN)
    return ChainState(count, last, prev)


def _entries(session: Session) -> Iterator[AuditEntry]:
    yield from session.execute(
        select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000)
    ).scalars()


# --- Collecting what a flush changed -------------------------------------------------------

def _collect(session: Session, _context: object) -> None:
    if session.info.get(QUIET):
        return
    pending: list[Pending] = session.info.setdefault(_PENDING, [])
    action = session.info.get(ACTION, "change")
    for obj in session.new:
        kind = getattr(type(obj), "__audit__", None)
        if kind:
            pending.append(Pending("create", kind, getattr(obj, "id", None), _created(obj)))
    for obj in session.dirty:
        kind = getattr(type(obj), "__audit__", None)
        if kind and session.is_modified(obj):
            changes = _changed(obj)
            if changes:
                pending.append(Pending(action, kind, getattr(obj, "id", None), changes))
    for obj in session.deleted:
        kind = getattr(type(obj), "__audit__", None)
        if kind:
            pending.append(Pending("delete", kind, getattr(obj, "id", None), {}))


def _created(obj: Any) -> dict[str, Any]:
    personal = set(getattr(type(obj), "__personal__", ()))
    skipped = {"id", *getattr(type(obj), "__audit_ignores__", ())}
    values = {}
    for attr in inspect(obj).mapper.column_attrs:
        if attr.key in skipped:
            continue
        value = getattr(obj, attr.key)
        values[attr.key] = _shown(value, attr.key in personal)
    return values


def _changed(obj: Any) -> dict[str, list[Any]]:
    personal = set(getattr(type(obj), "__personal__", ()))
    skipped = {"id", *getattr(type(obj), "__audit_ignores__", ())}
    state = inspect(obj)
    changes = {}
    for attr in state.mapper.column_attrs:
        if attr.key in skipped:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before == after:
            continue
        secret = attr.key in personal
        changes[attr.key] = [_shown(before, secret), _shown(after, secret)]
    return changes


def _shown(value: Any, personal: bool) -> Any:
    if personal:
        return PERSONAL if value else ""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _json(changes: dict[str, Any]) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str) if changes else ""
