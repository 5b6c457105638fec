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
    # The floor area fees are charged on, in dm² (1 m² = 100 dm²: 89.35 m² is 8935), so it
    # is exact without a float; 0 when not known.
    area_dm2: int = Field(default=0)
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


# --- Key custody (钥匙管理): the cabinet's key sets, who borrowed them, where they went.

# A set still in the desk's care holds its hook; one handed over or retired frees it.
_KEY_HOOK_HELD = "hook <> '' AND state NOT IN ('handed_over', 'retired')"
_KEY_LOAN_OPEN = "closed_at IS NULL"


class KeySet(SQLModel, table=True):
    """A set of keys kept at the desk (one tag, one hook): a vacant unit's, an owner's
    entrusted keys, a unit not yet moved into, a common area or plant room.

    Never deleted: handed over to the owner for good, or retired, it keeps its history.
    ``keys_outstanding`` are keys of an open loan still with the borrower (the set stays
    flagged after a partial return until they are back); ``keys_lost`` are keys reported
    lost and not yet replaced.
    """

    __audit__ = "key_set"

    __table_args__ = (
        Index("ux_keyset_hook", "hook", unique=True, sqlite_where=text(_KEY_HOOK_HELD),
              postgresql_where=text(_KEY_HOOK_HELD)),
    )

    id: int | None = Field(default=None, primary_key=True)
    tag: str = Field(unique=True, max_length=16)  # on the label hung on the keys: K0012
    unit_label: str = Field(default="", max_length=200)  # the unit's number, or the area
    unit_id: int | None = Field(default=None, foreign_key="unit.id")
    kind: str = Field(max_length=16)  # vacant | entrusted | not_moved_in | common_area | other
    key_count: int = Field(default=1)  # keys in the set
    hook: str = Field(default="", max_length=16)  # its place in the cabinet: A-03
    notes: str = Field(default="")
    state: str = Field(default="in_cabinet", max_length=16, index=True)
    keys_outstanding: int = Field(default=0)
    keys_lost: int = Field(default=0)
    retired_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    retire_reason: str = Field(default="", max_length=200)
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class KeyDeposit(SQLModel, table=True):
    """An owner leaving keys in the desk's care (钥匙留存): when, who signed the slip, how
    many keys, and until when the people on the owner's list may borrow them."""

    __audit__ = "key_deposit"
    __personal__ = ('owner_name', 'owner_phone', 'signed_by', 'note')

    id: int | None = Field(default=None, primary_key=True)
    key_set_id: int = Field(foreign_key="keyset.id", index=True)
    deposited_at: dt.datetime = _ts()  # type: ignore[assignment]
    owner_name: str = Field(max_length=100)
    owner_phone: str = Field(default="", max_length=32)
    signed_by: str = Field(default="", max_length=100)  # the owner, or their agent
    keys_deposited: int = Field(default=1)
    authorised_until: dt.date | None = Field(default=None)  # None: until withdrawn
    note: str = Field(default="")
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class KeyAuthorisation(SQLModel, table=True):
    """Someone an owner allows to borrow their entrusted keys (a tenant, family, an agent,
    a decorator); revoked, never deleted."""

    __audit__ = "key_authorisation"
    __personal__ = ('name', 'phone', 'id_number')

    id: int | None = Field(default=None, primary_key=True)
    key_set_id: int = Field(foreign_key="keyset.id", index=True)
    deposit_id: int | None = Field(default=None, foreign_key="keydeposit.id")
    name: str = Field(max_length=100)
    relation: str = Field(default="", max_length=50)
    phone: str = Field(default="", max_length=32)
    id_type: str = Field(default="resident", max_length=16)
    id_number: str = Field(default="", max_length=32)
    valid_until: dt.date | None = Field(default=None)
    revoked_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    revoke_reason: str = Field(default="", max_length=200)
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class KeyLoan(SQLModel, table=True):
    """Keys signed out of the cabinet (钥匙借用单) and, return by return, back in.

    Open until every key is back or written off as lost (``closed_at``); ``returned_at``
    is the first return, when the set went back on its hook (a partial return leaves the
    loan open for the rest). Tag and unit are kept as the slip printed them.
    """

    __audit__ = "key_loan"
    __personal__ = ('borrower_name', 'id_number', 'phone', 'authorised_by', 'consent_by',
                    'note')

    __table_args__ = (
        # Keys out and overdue, whatever the size of the history; in the list's order, so
        # a page of the keys still out reads only them.
        Index("ix_keyloan_open", "out_at", "id", sqlite_where=text(_KEY_LOAN_OPEN),
              postgresql_where=text(_KEY_LOAN_OPEN)),
        Index("ix_keyloan_out_at_id", "out_at", "id"),  # keyset paging, as for visits
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=20)  # KL2026-0012, a yearly series
    key_set_id: int = Field(foreign_key="keyset.id", index=True)
    tag: str = Field(max_length=16)
    unit_label: str = Field(default="", max_length=200)
    borrower_name: str = Field(index=True, max_length=100)
    id_type: str = Field(default="resident", max_length=16)
    id_number: str = Field(default="", index=True, max_length=32)
    phone: str = Field(default="", index=True, max_length=32)
    company: str = Field(default="", max_length=200)
    staff: bool = Field(default=False)  # the management's own staff: no ID needed
    purpose: str = Field(default="other", max_length=16)
    purpose_note: str = Field(default="", max_length=200)
    authorised_by: str = Field(default="", max_length=100)
    basis: str = Field(default="desk", max_length=16)  # desk | listed | consent
    authorisation_id: int | None = Field(default=None, foreign_key="keyauthorisation.id")
    consent_by: str = Field(default="", max_length=100)  # who confirmed for the owner
    consent_how: str = Field(default="", max_length=16)
    consent_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    out_at: dt.datetime = _ts()  # type: ignore[assignment]
    expected_back: dt.datetime = _ts()  # type: ignore[assignment]
    keys_out: int = Field(default=1)
    keys_back: int = Field(default=0)
    keys_lost: int = Field(default=0)
    returned_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    closed_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    note: str = Field(default="")
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class KeyReturn(SQLModel, table=True):
    """Keys of a loan brought back, signed for on the slip's stub or a return slip; a
    loan returned in parts has one per part."""

    __audit__ = "key_return"
    __personal__ = ('returned_by',)

    id: int | None = Field(default=None, primary_key=True)
    loan_id: int = Field(foreign_key="keyloan.id", index=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    keys_back: int = Field()
    returned_by: str = Field(default="", max_length=100)  # who brought them ("": the borrower)
    condition_note: str = Field(default="", max_length=500)
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class KeyHandover(SQLModel, table=True):
    """A set leaving the desk's custody for good (钥匙交接): to the owner at move-in, or
    an owner taking their entrusted keys back; signed by the owner."""

    __audit__ = "key_handover"
    __personal__ = ('owner_name', 'id_number', 'phone', 'note')

    id: int | None = Field(default=None, primary_key=True)
    key_set_id: int = Field(foreign_key="keyset.id", index=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    owner_name: str = Field(max_length=100)
    id_type: str = Field(default="resident", max_length=16)
    id_number: str = Field(default="", max_length=32)
    phone: str = Field(default="", max_length=32)
    keys_handed: int = Field()
    note: str = Field(default="")
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class KeyReplacement(SQLModel, table=True):
    """New keys for a set after a loss: copies cut, or the lock changed (every old key is
    then worthless and the set is the new keys alone)."""

    __audit__ = "key_replacement"

    id: int | None = Field(default=None, primary_key=True)
    key_set_id: int = Field(foreign_key="keyset.id", index=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    keys_new: int = Field()
    lock_changed: bool = Field(default=False)
    key_count_before: int = Field()
    key_count_after: int = Field()
    note: str = Field(default="")
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class KeyLostReport(SQLModel, table=True):
    """Keys reported lost: by whom, when, how many, on which loan; settled by the
    replacement that followed."""

    __audit__ = "key_lost_report"
    __personal__ = ('reported_by', 'circumstances')

    id: int | None = Field(default=None, primary_key=True)
    key_set_id: int = Field(foreign_key="keyset.id", index=True)
    loan_id: int | None = Field(default=None, foreign_key="keyloan.id")
    reported_at: dt.datetime = _ts()  # type: ignore[assignment]
    reported_by: str = Field(max_length=100)
    keys_lost: int = Field()
    circumstances: str = Field(default="")
    replacement_id: int | None = Field(default=None, foreign_key="keyreplacement.id")
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class KeyEvent(SQLModel, table=True):
    """One dated step in a key set's life, for its history and the day's movements:
    registered, issued, returned (in part), handed over, lost, replaced, retired …
    Appended, never changed; names stay in the records the step points at."""

    __audit__ = "key_event"

    __table_args__ = (
        Index("ix_keyevent_at_id", "at", "id"),  # the day's movements
    )

    id: int | None = Field(default=None, primary_key=True)
    key_set_id: int = Field(foreign_key="keyset.id", index=True)
    loan_id: int | None = Field(default=None, foreign_key="keyloan.id")
    at: dt.datetime = _ts()  # type: ignore[assignment]
    kind: str = Field(max_length=16)
    keys: int = Field(default=0)  # keys that moved in this step
    text: str = Field(default="")
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class KeyStocktake(SQLModel, table=True):
    """A count of the cabinet (钥匙盘点): the tags found against the register."""

    __audit__ = "key_stocktake"

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    sets_expected: int = Field(default=0)  # on their hooks, by the register
    sets_found: int = Field(default=0)  # of those, found there
    missing: int = Field(default=0)
    misplaced: int = Field(default=0)  # found, but the register has them out or gone
    unknown: int = Field(default=0)  # tags no set has
    note: str = Field(default="")
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class KeyStocktakeLine(SQLModel, table=True):
    """One thing a stocktake found amiss: a set missing from its hook, a tag found that
    should be out or gone, a tag no set has."""

    __audit__ = "key_stocktake_line"

    id: int | None = Field(default=None, primary_key=True)
    stocktake_id: int = Field(foreign_key="keystocktake.id", index=True)
    key_set_id: int | None = Field(default=None, foreign_key="keyset.id")
    tag: str = Field(max_length=64)  # as scanned, for a tag no set has
    finding: str = Field(max_length=16)
    state: str = Field(default="", max_length=16)  # the set's state by the register


# Fee collection's, the desk services' and the day's tables live in their own modules;
# importing them here registers them with every other table, so migrations and the schema
# check see them.
from deskapp.db import day_models, fee_models, service_models  # noqa: E402, F401
