"""What the request log deals in: its kinds and levels, what is typed, the rows it shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from deskapp.domain.phone import mask_phone
from deskapp.i18n import translate


class Channel(StrEnum):
    """How the request reached the desk."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    LETTER = "letter"
    FORWARDED = "forwarded"  # by another department

    def label(self) -> str:
        """The channel in the user's language."""
        return {Channel.IN_PERSON: translate("RequestChannel", "In person"),
                Channel.PHONE: translate("RequestChannel", "Phone"),
                Channel.LETTER: translate("RequestChannel", "Letter"),
                Channel.FORWARDED: translate("RequestChannel", "Forwarded by a department"),
                }[self]


class Kind(StrEnum):
    """What is asked for; a repair request is a help-seeking request."""

    COMPLAINT = "complaint"
    REPAIR = "repair"
    INQUIRY = "inquiry"
    SUGGESTION = "suggestion"

    def label(self) -> str:
        """The kind in the user's language."""
        return {Kind.COMPLAINT: translate("RequestKind", "Complaint"),
                Kind.REPAIR: translate("RequestKind", "Repair"),
                Kind.INQUIRY: translate("RequestKind", "Inquiry"),
                Kind.SUGGESTION: translate("RequestKind", "Suggestion")}[self]

    @property
    def needs_revisit(self) -> bool:
        """Complaints and repairs are revisited, every one; inquiries and suggestions may be
        closed once answered."""
        return self in (Kind.COMPLAINT, Kind.REPAIR)


class Nature(StrEnum):
    """A valid complaint, or a communicative one (which, mishandled, becomes valid)."""

    VALID = "valid"
    HELP_SEEKING = "help_seeking"
    INQUIRY = "inquiry"
    VENTING = "venting"

    def label(self) -> str:
        """The nature in the user's language."""
        return {Nature.VALID: translate("RequestNature", "Valid complaint"),
                Nature.HELP_SEEKING: translate("RequestNature", "Communicative: seeking help"),
                Nature.INQUIRY: translate("RequestNature", "Communicative: inquiry"),
                Nature.VENTING: translate("RequestNature", "Communicative: venting")}[self]


class Level(StrEnum):
    """Who handles and revisits a request of a severity."""

    ASSISTANT = "assistant"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"

    def label(self) -> str:
        """The level in the user's language."""
        return {Level.ASSISTANT: translate("HandlerLevel", "Customer-service assistant"),
                Level.SUPERVISOR: translate("HandlerLevel", "Customer-service supervisor"),
                Level.MANAGER: translate("HandlerLevel", "Customer-service manager")}[self]


class Severity(StrEnum):
    """The three levels of the documents."""

    GENERAL = "general"
    IMPORTANT = "important"
    MAJOR = "major"

    def label(self) -> str:
        """The severity in the user's language."""
        return {Severity.GENERAL: translate("RequestSeverity", "General"),
                Severity.IMPORTANT: translate("RequestSeverity", "Important"),
                Severity.MAJOR: translate("RequestSeverity", "Major")}[self]

    @property
    def level(self) -> Level:
        """General → assistant, important → supervisor, major → manager."""
        return {Severity.GENERAL: Level.ASSISTANT, Severity.IMPORTANT: Level.SUPERVISOR,
                Severity.MAJOR: Level.MANAGER}[self]

    def grounds(self) -> tuple[Grounds, ...]:
        """The grounds a request of this severity is filed under (none for general)."""
        return tuple(g for g in Grounds if g.severity is self)


class Grounds(StrEnum):
    """Why a request is important or major."""

    SAFETY = "safety"
    CONSISTENCY = "consistency"
    ATTITUDE = "attitude"
    TIMELINESS = "timeliness"
    UNRESOLVED_MONTH = "unresolved_month"
    NOT_DELIVERED = "not_delivered"
    EMERGENCY = "emergency"
    UNAUTHORISED_CHARGING = "unauthorised_charging"
    SERIOUS_LOSS = "serious_loss"

    @property
    def severity(self) -> Severity:
        """The severity these grounds belong to."""
        important = (Grounds.SAFETY, Grounds.CONSISTENCY, Grounds.ATTITUDE, Grounds.TIMELINESS)
        return Severity.IMPORTANT if self in important else Severity.MAJOR

    def label(self) -> str:
        """The grounds in the user's language."""
        return {
            Grounds.SAFETY: translate("RequestGrounds", "Safety"),
            Grounds.CONSISTENCY: translate("RequestGrounds",
                                           "Consistency (service not to standard)"),
            Grounds.ATTITUDE: translate("RequestGrounds", "Attitude"),
            Grounds.TIMELINESS: translate("RequestGrounds", "Timeliness"),
            Grounds.UNRESOLVED_MONTH: translate("RequestGrounds", "Unresolved for over a month"),
            Grounds.NOT_DELIVERED: translate("RequestGrounds",
                                             "Contracted service not delivered"),
            Grounds.EMERGENCY: translate(
                "RequestGrounds", "Emergency (burglary, vehicle lost, flooding, fire)"),
            Grounds.UNAUTHORISED_CHARGING: translate("RequestGrounds", "Unauthorised charging"),
            Grounds.SERIOUS_LOSS: translate("RequestGrounds", "Serious loss or injury"),
        }[self]


class State(StrEnum):
    """Where a request stands."""

    REGISTERED = "registered"
    DISPATCHED = "dispatched"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    REVISITED = "revisited"
    CLOSED = "closed"

    def label(self) -> str:
        """The state in the user's language."""
        return {State.REGISTERED: translate("RequestState", "Registered"),
                State.DISPATCHED: translate("RequestState", "Dispatched"),
                State.IN_PROGRESS: translate("RequestState", "In progress"),
                State.RESOLVED: translate("RequestState", "Resolved"),
                State.REVISITED: translate("RequestState", "Revisited"),
                State.CLOSED: translate("RequestState", "Closed")}[self]

    @property
    def being_handled(self) -> bool:
        """Not yet resolved: the deadline runs."""
        return self in (State.REGISTERED, State.DISPATCHED, State.IN_PROGRESS)


class Satisfaction(StrEnum):
    """The customer's verdict at the revisit."""

    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    NEUTRAL = "neutral"
    DISSATISFIED = "dissatisfied"

    def label(self) -> str:
        """The verdict in the user's language."""
        return {Satisfaction.VERY_SATISFIED: translate("Satisfaction", "Very satisfied"),
                Satisfaction.SATISFIED: translate("Satisfaction", "Satisfied"),
                Satisfaction.NEUTRAL: translate("Satisfaction", "Neutral"),
                Satisfaction.DISSATISFIED: translate("Satisfaction", "Dissatisfied")}[self]


class RevisitHow(StrEnum):
    """A revisit by phone (电话回访记录表) or in person (回访记录单, signed)."""

    PHONE = "phone"
    IN_PERSON = "in_person"

    def label(self) -> str:
        """The way in the user's language."""
        return {RevisitHow.PHONE: translate("RevisitHow", "By phone"),
                RevisitHow.IN_PERSON: translate("RevisitHow", "In person")}[self]


class DeadlineUnit(StrEnum):
    """A deadline counted in hours or in working days."""

    HOURS = "hours"
    WORKING_DAYS = "working_days"

    def label(self) -> str:
        """The unit in the user's language."""
        return {DeadlineUnit.HOURS: translate("DeadlineUnit", "hours"),
                DeadlineUnit.WORKING_DAYS: translate("DeadlineUnit", "working days")}[self]


class EventKind(StrEnum):
    """The dated steps of a request."""

    REGISTERED = "registered"
    DISPATCHED = "dispatched"
    NOTE = "note"
    PAUSED = "paused"
    RESUMED = "resumed"
    RESOLVED = "resolved"
    REVISITED = "revisited"
    REOPENED = "reopened"
    ESCALATED = "escalated"
    CLOSED = "closed"
    ATTACHED = "attached"
    RECLASSIFIED = "reclassified"

    def label(self) -> str:
        """The step in the user's language."""
        return {
            EventKind.REGISTERED: translate("RequestEvent", "Registered"),
            EventKind.DISPATCHED: translate("RequestEvent", "Dispatched"),
            EventKind.NOTE: translate("RequestEvent", "Progress"),
            EventKind.PAUSED: translate("RequestEvent", "Waiting on the customer"),
            EventKind.RESUMED: translate("RequestEvent", "Resumed"),
            EventKind.RESOLVED: translate("RequestEvent", "Resolved"),
            EventKind.REVISITED: translate("RequestEvent", "Revisited"),
            EventKind.REOPENED: translate("RequestEvent", "Reopened"),
            EventKind.ESCALATED: translate("RequestEvent", "Became major"),
            EventKind.CLOSED: translate("RequestEvent", "Closed"),
            EventKind.ATTACHED: translate("RequestEvent", "File attached"),
            EventKind.RECLASSIFIED: translate("RequestEvent", "Severity changed"),
        }[self]


class RequestFilter(StrEnum):
    """Which requests the list shows."""

    ALL = "all"
    OPEN = "open"  # not yet closed, whenever taken
    OVERDUE = "overdue"  # past the deadline and not yet resolved
    REVISIT_DUE = "revisit_due"  # resolved, the revisit due

    def label(self) -> str:
        """The filter in the user's language."""
        return {RequestFilter.ALL: translate("RequestFilter", "All requests"),
                RequestFilter.OPEN: translate("RequestFilter", "Still open"),
                RequestFilter.OVERDUE: translate("RequestFilter", "Overdue"),
                RequestFilter.REVISIT_DUE: translate("RequestFilter", "Revisits due")}[self]


class RequestSort(StrEnum):
    """The column the list sorts by (indexed)."""

    RECEIVED_AT = "received_at"


@dataclass(frozen=True)
class RequestInput:
    """A request as typed at intake (checked by the service).

    ``received_at`` None is now; ``due_at`` None is the deadline the rules give for its
    severity and kind. A major request needs ``owner`` and ``due_at``.
    """

    content: str
    complainant: str = ""
    phone: str = ""
    about_label: str = ""
    about_unit_id: int | None = None
    channel: Channel = Channel.IN_PERSON
    forwarded_from: str = ""
    kind: Kind = Kind.COMPLAINT
    nature: Nature = Nature.VALID
    severity: Severity = Severity.GENERAL
    grounds: Grounds | None = None
    department_label: str = ""
    department_id: int | None = None
    owner: str = ""
    due_at: dt.datetime | None = None
    received_at: dt.datetime | None = None
    call_id: int | None = None  # the logged call it was taken from


@dataclass(frozen=True)
class RevisitInput:
    """A revisit as typed."""

    satisfaction: Satisfaction
    how: RevisitHow = RevisitHow.PHONE
    effect: str = ""
    shortcomings: str = ""
    suggestions: str = ""
    final_opinion: str = ""
    revisited_by: str = ""  # None typed: the operator
    sent_back: str = ""  # problems found, for the department
    close: bool = True  # a satisfied revisit closes the request


@dataclass(frozen=True)
class RequestQuery:
    """What the list shows: a local day range (of intake), a search, a filter."""

    first_day: dt.date
    last_day: dt.date
    text: str = ""
    only: RequestFilter = RequestFilter.ALL
    sort: RequestSort = RequestSort.RECEIVED_AT
    descending: bool = True
    desk: str | None = None


@dataclass(frozen=True)
class EventRow:
    """One dated step."""

    id: int
    at: dt.datetime
    kind: EventKind
    text: str
    created_by: str
    approved_by: str = ""


@dataclass(frozen=True)
class RevisitRow:
    """One revisit."""

    id: int
    request_id: int
    at: dt.datetime
    how: RevisitHow
    satisfaction: Satisfaction
    effect: str
    shortcomings: str
    suggestions: str
    final_opinion: str
    revisited_by: str
    sent_back: str
    created_by: str


@dataclass(frozen=True)
class AttachmentRow:
    """A file attached to a request."""

    id: int
    request_id: int
    name: str
    size: int
    added_at: dt.datetime
    created_by: str


@dataclass(frozen=True)
class RequestRow:
    """One request as the list shows it and its papers print it. Times are aware."""

    id: int
    number: str
    received_at: dt.datetime
    channel: Channel
    complainant: str
    phone: str
    about_label: str
    kind: Kind
    content: str
    nature: Nature
    severity: Severity
    grounds: Grounds | None
    department_label: str
    state: State
    created_by: str
    forwarded_from: str = ""
    call_id: int | None = None
    owner: str = ""
    due_at: dt.datetime | None = None
    handler: str = ""
    dispatched_at: dt.datetime | None = None
    resolved_at: dt.datetime | None = None
    result: str = ""
    rectification: str = ""
    revisit_due: dt.date | None = None
    closed_at: dt.datetime | None = None
    final_opinion: str = ""
    reopened: int = 0
    paused_at: dt.datetime | None = None
    pause_reason: str = ""
    escalated_at: dt.datetime | None = None
    last_progress_at: dt.datetime | None = None
    desk: str = ""
    created_at: dt.datetime | None = None  # when it was entered (after received_at: late?)

    @property
    def phone_masked(self) -> str:
        """The phone as paper shows it."""
        return mask_phone(self.phone)

    @property
    def level(self) -> Level:
        """Who handles and revisits it."""
        return self.severity.level

    @property
    def paused(self) -> bool:
        """Waiting on the customer: the deadline stands still."""
        return self.paused_at is not None

    def overdue(self, now: dt.datetime) -> bool:
        """Past its deadline and not yet resolved (a paused request is not late)."""
        return (self.state.being_handled and not self.paused and self.due_at is not None
                and self.due_at < now)

    def revisit_overdue(self, today: dt.date) -> bool:
        """Resolved, and its revisit is late."""
        return (self.state is State.RESOLVED and self.revisit_due is not None
                and self.revisit_due < today)


@dataclass(frozen=True)
class RequestSummary:
    """The counts under the list."""

    shown: int
    open: int
    overdue: int
    revisits_due: int
