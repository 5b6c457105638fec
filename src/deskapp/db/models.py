"""Every SQLModel table of deskapp, in one module so migrations see them all.

Money is integer fen; timestamps are aware and stored as naive UTC (``UTCDateTime``).
Business records are never deleted: they are closed, returned, voided or deactivated.

A table with ``__audit__`` (the kind of record) has every insert and change written to
the audit trail in the same transaction (:mod:`deskapp.db.audit`); the values of its
``__personal__`` columns never go there (a purge must be able to remove them), and changes
to its ``__audit_ignores__`` columns alone (derived counts, search keys) are not entries.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Index, text
from sqlmodel import Field, SQLModel

from deskapp.db.types import UTCDateTime


def _ts(*, nullable: bool = False, index: bool = False) -> object:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


class Setting(SQLModel, table=True):
    """A business setting (organisation header, language, paper sizes …) as JSON text."""

    __audit__ = "setting"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="")


class Counter(SQLModel, table=True):
    """The last number handed out in one series (see ``db.sequences``)."""

    series: str = Field(primary_key=True, max_length=64)
    value: int = Field(default=0)


class Unit(SQLModel, table=True):
    """A unit of the building (房号) and who occupies it."""

    __audit__ = "unit"
    __personal__ = ('occupant', 'phones')
    __audit_ignores__ = ('search_key',)

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(index=True, unique=True, max_length=32)
    occupant: str = Field(default="", max_length=100)
    company: str = Field(default="", max_length=200)
    phones: str = Field(default="", max_length=200)
    notes: str = Field(default="")
    occupied: bool = Field(default=True)
    search_key: str = Field(default="", description="lower-case text and pinyin for completion")


class Department(SQLModel, table=True):
    """A department the desk dispatches to (engineering, security …)."""

    __audit__ = "department"
    __audit_ignores__ = ('search_key',)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=100)
    phone: str = Field(default="", max_length=100)
    kind: str = Field(default="management", max_length=32)
    search_key: str = Field(default="")


class Visitor(SQLModel, table=True):
    """A person who has visited before; fills in a returning visitor's details."""

    __audit__ = "visitor"
    __personal__ = ('name', 'id_number', 'phone', 'plate')
    __audit_ignores__ = ('last_visit_id', 'visit_count', 'last_seen')

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    id_type: str = Field(default="resident", max_length=16)
    id_number: str = Field(default="", index=True, max_length=32)
    phone: str = Field(default="", index=True, max_length=32)
    company: str = Field(default="", max_length=200)
    plate: str = Field(default="", max_length=16)
    exempt: bool = Field(default=False, index=True)
    last_visit_id: int | None = Field(default=None)
    visit_count: int = Field(default=0)
    last_seen: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]


class TempPass(SQLModel, table=True):
    """A temporary pass (临时出入证) for contractors and decoration workers."""

    __audit__ = "temp_pass"
    __personal__ = ('holder_name', 'id_number', 'phone')

    id: int | None = Field(default=None, primary_key=True)
    pass_no: str = Field(index=True, unique=True, max_length=32)
    holder_name: str = Field(max_length=100)
    id_type: str = Field(default="resident", max_length=16)
    id_number: str = Field(default="", max_length=32)
    phone: str = Field(default="", max_length=32)
    company: str = Field(default="", max_length=200)
    host_unit_id: int | None = Field(default=None, foreign_key="unit.id")
    host_label: str = Field(default="", max_length=200)
    work: str = Field(default="", max_length=200)
    valid_from: dt.datetime = _ts()  # type: ignore[assignment]
    valid_to: dt.datetime = _ts()  # type: ignore[assignment]
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    revoked_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    revoke_reason: str = Field(default="")
    # A refundable card deposit taken at issue (fen; 0: none); the money itself is fee
    # collection's, here only that it was taken and given back.
    deposit_fen: int = Field(default=0)
    deposit_returned_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    deposit_returned_by: str = Field(default="", max_length=50)
    created_by: str = Field(default="", max_length=50)  # the operator who saved it
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class Visit(SQLModel, table=True):
    """One check-in at the counter (a row of the visitor log 访客登记)."""

    __audit__ = "visit"
    __personal__ = ('name', 'id_number', 'phone', 'plate', 'items', 'note', 'address')

    __table_args__ = (
        # Who is on site now: a small partial index, whatever the size of the history.
        Index("ix_visit_on_site", "time_in", sqlite_where=text("time_out IS NULL"),
              postgresql_where=text("time_out IS NULL")),
        # The log pages by (time_in, id): the id in the key lets a deep page start at
        # its cursor without sorting (SQLite keeps the rowid in every index; PostgreSQL
        # needs it spelled out).
        Index("ix_visit_time_in_id", "time_in", "id"),
        Index("ix_visit_desk_time_in_id", "desk", "time_in", "id"),  # "this counter only"
    )

    id: int | None = Field(default=None, primary_key=True)
    pass_no: str = Field(index=True, unique=True, max_length=32)
    visitor_id: int | None = Field(default=None, foreign_key="visitor.id", index=True)
    name: str = Field(index=True, max_length=100)
    id_type: str = Field(default="resident", max_length=16)
    id_number: str = Field(default="", max_length=32)
    phone: str = Field(default="", index=True, max_length=32)
    company: str = Field(default="", index=True, max_length=200)
    party_size: int = Field(default=1)
    purpose: str = Field(default="visit", max_length=16)
    host_unit_id: int | None = Field(default=None, foreign_key="unit.id")
    host_department_id: int | None = Field(default=None, foreign_key="department.id")
    host_label: str = Field(default="", index=True, max_length=200)
    host_response: str = Field(default="pending", max_length=16)
    host_message: str = Field(default="")
    appointment_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    plate: str = Field(default="", index=True, max_length=16)
    items: str = Field(default="")
    note: str = Field(default="")
    temp_pass_id: int | None = Field(default=None, foreign_key="temppass.id")
    exempt: bool = Field(default=False)
    deny_override_reason: str = Field(default="")
    time_in: dt.datetime = _ts()  # type: ignore[assignment]
    time_out: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    valid_until: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    # A visit entered by mistake is voided with a reason, never deleted.
    voided_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    void_reason: str = Field(default="")
    # A party checked in together (a delivery crew): the id of its first member's visit.
    group_id: int | None = Field(default=None, index=True)
    address: str = Field(default="")  # as read from an ID card, when a reader filled it
    corrections: int = Field(default=0)  # how many corrections it has (VisitCorrection)
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)  # the operator who saved it
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class VisitCorrection(SQLModel, table=True):
    """One field of a saved visit put right: the value before and after, and why.

    The visit shows the value after; this row keeps what it said before, for its history.
    """

    __audit__ = "visit_correction"
    __personal__ = ('before', 'after')

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", index=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    field: str = Field(max_length=32)
    before: str = Field(default="")
    after: str = Field(default="")
    reason: str = Field(default="")
    approved_by: str = Field(default="", max_length=50)
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class ExpectedVisitor(SQLModel, table=True):
    """A visitor announced ahead (预约): by a host who phoned, or a declined visit's new
    appointment. Their arrival is a visit; one who never came stays as a no-show."""

    __audit__ = "expected_visitor"
    __personal__ = ('name', 'phone', 'note')

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    phone: str = Field(default="", max_length=32)
    company: str = Field(default="", max_length=200)
    party_size: int = Field(default=1)
    purpose: str = Field(default="visit", max_length=16)
    host_unit_id: int | None = Field(default=None, foreign_key="unit.id")
    host_department_id: int | None = Field(default=None, foreign_key="department.id")
    host_label: str = Field(default="", max_length=200)
    expected_at: dt.datetime = _ts(index=True)  # type: ignore[assignment]
    note: str = Field(default="")
    from_visit_id: int | None = Field(default=None, foreign_key="visit.id")
    visit_id: int | None = Field(default=None, foreign_key="visit.id")  # the arrival
    cancelled_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    cancel_reason: str = Field(default="")
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class PrintedCopy(SQLModel, table=True):
    """A document that left the counter: printed or saved as PDF (never a preview).

    The first of a record is its original; any later one prints marked as a copy.
    """

    __table_args__ = (Index("ix_printedcopy_kind_reference", "kind", "reference"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    reference: str = Field(max_length=64)
    how: str = Field(max_length=16)  # printed | saved
    archive_name: str = Field(default="", max_length=255)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class DenyEntry(SQLModel, table=True):
    """Someone the counter refuses unless specially permitted (推销, 广告 …)."""

    __audit__ = "deny_entry"
    __personal__ = ('name', 'id_number', 'phone', 'note')

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(default="", max_length=100)
    id_number: str = Field(default="", index=True, max_length=32)
    phone: str = Field(default="", index=True, max_length=32)
    company: str = Field(default="", max_length=200)
    reason: str = Field(default="other", max_length=16)
    note: str = Field(default="")
    active: bool = Field(default=True)
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    deactivated_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)  # the operator who saved it
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class WatchEntry(SQLModel, table=True):
    """A person named in a police watch notice (协查通报)."""

    __audit__ = "watch_entry"
    __personal__ = ('name', 'id_number', 'phone', 'description')

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(default="", index=True, max_length=100)
    id_number: str = Field(default="", index=True, max_length=32)
    phone: str = Field(default="", max_length=32)
    description: str = Field(default="")
    source: str = Field(default="", max_length=200)
    valid_until: dt.date | None = Field(default=None)
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    withdrawn_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)  # the operator who saved it
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class AlertEvent(SQLModel, table=True):
    """A deny-list or watch-list match at check-in, and what the receptionist did."""

    __audit__ = "alert"
    __personal__ = ('name', 'id_number', 'phone', 'reason')

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = _ts(index=True)  # type: ignore[assignment]
    kind: str = Field(max_length=16)  # an AlertKind value: watch | deny
    entry_id: int = Field()
    visit_id: int | None = Field(default=None, foreign_key="visit.id")
    name: str = Field(default="", max_length=100)
    id_number: str = Field(default="", max_length=32)
    phone: str = Field(default="", max_length=32)
    outcome: str = Field(max_length=16)  # an AlertOutcome value: stopped | admitted | turned_away
    matched_on: str = Field(default="", max_length=32)  # a MatchField value: id_number …
    reason: str = Field(default="")
    created_by: str = Field(default="", max_length=50)  # the operator who saved it
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class HostResponseEvent(SQLModel, table=True):
    """Every answer the host gave about a visit (the visit keeps the latest)."""

    __audit__ = "host_response"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", index=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    response: str = Field(max_length=16)
    message: str = Field(default="")
    appointment_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)  # the operator who saved it
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class VisitEvent(SQLModel, table=True):
    """A change to a visit after check-in that a correction may take back (check-out …)."""

    __audit__ = "visit_event"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", index=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    kind: str = Field(max_length=32)  # checked_out | check_out_undone
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class Call(SQLModel, table=True):
    """A telephone call answered or made at the counter (电话记录)."""

    __audit__ = "call"
    __personal__ = ('caller_name', 'phone', 'notes')

    __table_args__ = (
        # Callbacks still to make, whatever the size of the history.
        Index("ix_call_callback_open", "callback_due",
              sqlite_where=text("callback_due IS NOT NULL AND callback_done_at IS NULL"),
              postgresql_where=text("callback_due IS NOT NULL AND callback_done_at IS NULL")),
        Index("ix_call_started_at_id", "started_at", "id"),  # keyset paging, as for visits
        Index("ix_call_desk_started_at_id", "desk", "started_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    direction: str = Field(default="in", max_length=8)  # in | out
    caller_name: str = Field(default="", index=True, max_length=100)
    phone: str = Field(default="", index=True, max_length=32)
    about_unit_id: int | None = Field(default=None, foreign_key="unit.id")
    about_department_id: int | None = Field(default=None, foreign_key="department.id")
    about_label: str = Field(default="", index=True, max_length=200)  # unit, occupant, company
    category: str = Field(default="inquiry", max_length=16)
    subject: str = Field(default="", max_length=200)
    notes: str = Field(default="")
    transferred_to: str = Field(default="", max_length=200)
    started_at: dt.datetime = _ts()  # type: ignore[assignment]
    ended_at: dt.datetime = _ts()  # type: ignore[assignment]
    callback_due: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    callback_done_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    callback_result: str = Field(default="")
    callback_done_by: str = Field(default="", max_length=50)
    for_callback_id: int | None = Field(default=None, foreign_key="call.id")
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class CallMessage(SQLModel, table=True):
    """A message taken on the phone for someone, until it is passed on (留言)."""

    __audit__ = "call_message"
    __personal__ = ('text',)

    __table_args__ = (
        Index("ix_callmessage_pending", "created_at",
              sqlite_where=text("delivered_at IS NULL"),
              postgresql_where=text("delivered_at IS NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    call_id: int = Field(foreign_key="call.id", index=True)
    recipient: str = Field(max_length=200)
    text: str = Field(default="")
    delivered_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    delivered_to: str = Field(default="", max_length=100)
    delivered_how: str = Field(default="", max_length=16)  # phone | in_person | note
    delivered_by: str = Field(default="", max_length=50)
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class PhoneEntry(SQLModel, table=True):
    """A number the counter looks up (电话联系一览表): departments, staff, outside services."""

    __audit__ = "phone_entry"
    __personal__ = ('number',)
    __audit_ignores__ = ('search_key',)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    kind: str = Field(default="external", max_length=16)  # department | staff | external
    organisation: str = Field(default="", max_length=200)
    number: str = Field(default="", max_length=32)
    extension: str = Field(default="", max_length=16)
    confidential: bool = Field(default=False)  # managers' mobiles: masked, left off paper
    notes: str = Field(default="")
    search_key: str = Field(default="")
    active: bool = Field(default=True)  # an old number is retired, never deleted
    updated_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class PhoneBookReview(SQLModel, table=True):
    """The phone directory was checked against reality (the documents: monthly)."""

    __audit__ = "phone_book_review"

    id: int | None = Field(default=None, primary_key=True)
    reviewed_on: dt.date = Field()
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class Account(SQLModel, table=True):
    """Someone who works at the counters: logs in, signs records, may approve (操作员).

    Disabled, never deleted: the records they signed keep naming them.
    """

    __audit__ = "account"
    __audit_ignores__ = ("secret_hash", "failed_logins", "locked_until", "last_login_at")

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=50)
    role: str = Field(max_length=16)  # a Role value
    secret_hash: str = Field(max_length=255)  # argon2id; the password or PIN never stored
    active: bool = Field(default=True)
    failed_logins: int = Field(default=0)  # wrong passwords since the last good one
    locked_until: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    last_login_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class AuditEntry(SQLModel, table=True):
    """One line of the audit trail (操作日志): appended, never changed.

    Each entry carries the hash of the one before (``prev_hash``) and its own (``hash``,
    over every column but the id), so that an entry changed, removed or slipped in behind
    deskapp's back breaks the chain (:mod:`deskapp.db.audit`).
    """

    __table_args__ = (
        Index("ix_auditentry_record", "record_kind", "record_id"),
        Index("ix_auditentry_at_seq", "at", "seq"),
    )

    id: int | None = Field(default=None, primary_key=True)
    seq: int = Field(unique=True)  # 1, 2, 3 … without a gap
    at: dt.datetime = _ts()  # type: ignore[assignment]
    actor: str = Field(default="", max_length=50)  # the operator logged in
    approved_by: str = Field(default="", max_length=50)  # the supervisor who approved it
    desk: str = Field(default="", max_length=50)
    action: str = Field(max_length=32)  # create | change | void | reveal | purge | log-in …
    record_kind: str = Field(default="", max_length=32)
    record_id: int | None = Field(default=None)
    changes: str = Field(default="")  # JSON: {"field": value} or {"field": [before, after]}
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class AuditHead(SQLModel, table=True):
    """The audit trail's last entry: the one row every appending transaction locks."""

    id: int = Field(default=1, primary_key=True)
    seq: int = Field(default=0)
    hash: str = Field(default="0" * 64, max_length=64)


class Request(SQLModel, table=True):
    """A request the desk took (客户诉求): a complaint, repair, inquiry or suggestion, from
    intake through dispatch, handling and revisit to closing. Never deleted: closed."""

    __audit__ = "request"
    __personal__ = ('complainant', 'phone')

    __table_args__ = (
        # Everything still open, whatever the size of the history (review list, Today).
        Index("ix_request_open", "due_at",
              sqlite_where=text("state NOT IN ('closed')"),
              postgresql_where=text("state NOT IN ('closed')")),
        Index("ix_request_received_at_id", "received_at", "id"),  # keyset paging
        Index("ix_request_revisit_due", "revisit_due",
              sqlite_where=text("state = 'resolved'"),
              postgresql_where=text("state = 'resolved'")),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=20)  # T2026-0012, a yearly series
    received_at: dt.datetime = _ts()  # type: ignore[assignment]
    channel: str = Field(default="in_person", max_length=16)
    forwarded_from: str = Field(default="", max_length=100)  # the department that sent it
    call_id: int | None = Field(default=None, foreign_key="call.id", index=True)
    complainant: str = Field(default="", max_length=100)
    phone: str = Field(default="", max_length=32)
    about_unit_id: int | None = Field(default=None, foreign_key="unit.id")
    about_label: str = Field(default="", max_length=200)  # unit or company
    kind: str = Field(default="complaint", max_length=16)
    content: str = Field(default="")
    nature: str = Field(default="valid", max_length=16)
    severity: str = Field(default="general", max_length=16)
    grounds: str = Field(default="", max_length=32)  # why important or major
    department_id: int | None = Field(default=None, foreign_key="department.id")
    department_label: str = Field(default="", max_length=100)
    owner: str = Field(default="", max_length=100)  # who answers for a major request
    due_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    state: str = Field(default="registered", max_length=16, index=True)
    handler: str = Field(default="", max_length=100)
    dispatched_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    resolved_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    result: str = Field(default="")  # process and result, as the department wrote it
    rectification: str = Field(default="")  # what changes so it does not happen again
    revisit_due: dt.date | None = Field(default=None)
    closed_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    final_opinion: str = Field(default="")  # the customer's, written on the form
    reopened: int = Field(default=0)
    paused_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    pause_reason: str = Field(default="", max_length=200)
    escalated_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    last_progress_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)  # the counter it was saved at


class RequestEvent(SQLModel, table=True):
    """One dated step of a request: dispatched, a progress note, paused, resolved,
    revisited, reopened, escalated, closed … Appended, never changed."""

    __audit__ = "request_event"

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="request.id", index=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    kind: str = Field(max_length=16)
    text: str = Field(default="")
    approved_by: str = Field(default="", max_length=50)
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class Revisit(SQLModel, table=True):
    """A revisit of a handled request (回访), by phone or in person."""

    __audit__ = "revisit"

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="request.id", index=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    how: str = Field(default="phone", max_length=16)  # phone | in_person
    effect: str = Field(default="")
    satisfaction: str = Field(max_length=20)
    shortcomings: str = Field(default="")
    suggestions: str = Field(default="")
    final_opinion: str = Field(default="")
    revisited_by: str = Field(default="", max_length=100)
    sent_back: str = Field(default="")  # problems found, sent back to the department
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class RequestAttachment(SQLModel, table=True):
    """A photo or scanned letter of a request: a file in the data folder's attachments, or
    its bytes here when the records are on a server."""

    __audit__ = "request_attachment"
    __audit_ignores__ = ('content',)

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="request.id", index=True)
    name: str = Field(max_length=200)  # the file's name when it was added
    stored: str = Field(default="", max_length=200)  # its name in the attachments folder
    content: bytes | None = Field(default=None)
    size: int = Field(default=0)
    sha256: str = Field(max_length=64)
    added_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class RequestDeadline(SQLModel, table=True):
    """How long a request of one severity and kind may take, set by a supervisor."""

    __audit__ = "request_deadline"

    severity: str = Field(primary_key=True, max_length=16)
    kind: str = Field(primary_key=True, max_length=16)
    amount: int = Field()
    unit: str = Field(max_length=16)  # hours | working_days


class CalendarDay(SQLModel, table=True):
    """A day the administrator marked against the built-in calendar: a holiday, or a
    weekend day worked in exchange (调休)."""

    __audit__ = "calendar_day"

    day: dt.date = Field(primary_key=True)
    working: bool = Field()
    name: str = Field(default="", max_length=50)
