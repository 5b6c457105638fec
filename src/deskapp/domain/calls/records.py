"""What the call log deals in: its kinds, what is typed, and the rows it shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from deskapp.domain.phone import mask_phone
from deskapp.i18n import translate


class Direction(StrEnum):
    """Who rang whom."""

    IN = "in"
    OUT = "out"

    def label(self) -> str:
        """The direction in the user's language."""
        return {Direction.IN: translate("CallDirection", "Incoming"),
                Direction.OUT: translate("CallDirection", "Outgoing")}[self]


class Category(StrEnum):
    """What a call was about; a repair or a complaint later becomes a request."""

    INQUIRY = "inquiry"
    REPAIR = "repair"
    COMPLAINT = "complaint"
    APPOINTMENT = "appointment"
    MESSAGE = "message"
    DELIVERY = "delivery"
    OTHER = "other"

    def label(self) -> str:
        """The category in the user's language."""
        return {
            Category.INQUIRY: translate("CallCategory", "Inquiry"),
            Category.REPAIR: translate("CallCategory", "Repair request"),
            Category.COMPLAINT: translate("CallCategory", "Complaint"),
            Category.APPOINTMENT: translate("CallCategory", "Appointment"),
            Category.MESSAGE: translate("CallCategory", "Message for someone"),
            Category.DELIVERY: translate("CallCategory", "Delivery / parcel"),
            Category.OTHER: translate("CallCategory", "Other"),
        }[self]


class DeliveredHow(StrEnum):
    """How a message reached its recipient."""

    PHONE = "phone"
    IN_PERSON = "in_person"
    NOTE = "note"

    def label(self) -> str:
        """The way in the user's language."""
        return {DeliveredHow.PHONE: translate("DeliveredHow", "By phone"),
                DeliveredHow.IN_PERSON: translate("DeliveredHow", "In person"),
                DeliveredHow.NOTE: translate("DeliveredHow", "Written note")}[self]


class CallFilter(StrEnum):
    """Which calls the list shows."""

    ALL = "all"
    PENDING_MESSAGES = "pending_messages"  # a message not yet passed on
    OPEN_CALLBACKS = "open_callbacks"  # a callback not yet made

    def label(self) -> str:
        """The filter in the user's language."""
        return {CallFilter.ALL: translate("CallFilter", "All calls"),
                CallFilter.PENDING_MESSAGES: translate("CallFilter", "Messages not passed on"),
                CallFilter.OPEN_CALLBACKS: translate("CallFilter", "Callbacks to make")}[self]


class CallSort(StrEnum):
    """Columns the call list sorts by (each one indexed)."""

    STARTED_AT = "started_at"
    CALLER = "caller_name"
    PHONE = "phone"
    ABOUT = "about_label"


@dataclass(frozen=True)
class About:
    """Whom a call is about: a directory entry, or free text."""

    label: str = ""
    unit_id: int | None = None
    department_id: int | None = None


@dataclass(frozen=True)
class CallInput:
    """A call as typed while the caller talks (checked by the service).

    ``started_at`` None is now; ``ended_at`` None is the moment it is saved. A message
    needs its recipient and text; a callback its due time.
    """

    subject: str
    direction: Direction = Direction.IN
    caller_name: str = ""
    phone: str = ""
    about: About = About()
    category: Category = Category.INQUIRY
    notes: str = ""
    transferred_to: str = ""
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    callback_due: dt.datetime | None = None
    message_for: str = ""
    message: str = ""
    for_callback_id: int | None = None  # an outgoing call made for this callback


@dataclass(frozen=True)
class CallQuery:
    """What the call list shows: a local day range, a search, a filter, an order."""

    first_day: dt.date
    last_day: dt.date
    text: str = ""
    only: CallFilter = CallFilter.ALL
    sort: CallSort = CallSort.STARTED_AT
    descending: bool = True
    desk: str | None = None  # one counter's calls, or every counter's (None)


@dataclass(frozen=True)
class MessageRow:
    """A message taken for someone."""

    id: int
    call_id: int
    recipient: str
    text: str
    created_at: dt.datetime
    created_by: str
    delivered_at: dt.datetime | None = None
    desk: str = ""
    delivered_to: str = ""
    delivered_how: DeliveredHow | None = None
    delivered_by: str = ""

    @property
    def pending(self) -> bool:
        """Not yet passed on."""
        return self.delivered_at is None


@dataclass(frozen=True)
class CallRow:
    """One call as the list shows it and the message slip prints it. Times are aware."""

    id: int
    direction: Direction
    caller_name: str
    phone: str
    about_label: str
    category: Category
    subject: str
    notes: str
    transferred_to: str
    started_at: dt.datetime
    ended_at: dt.datetime
    created_by: str
    callback_due: dt.datetime | None = None
    callback_done_at: dt.datetime | None = None
    callback_result: str = ""
    for_callback_id: int | None = None
    messages: tuple[MessageRow, ...] = ()
    desk: str = ""  # the counter that took the call
    created_at: dt.datetime | None = None  # when it was written down (late entry?)

    @property
    def phone_masked(self) -> str:
        """The phone as paper shows it."""
        return mask_phone(self.phone)

    @property
    def callback_open(self) -> bool:
        """A callback is promised and not yet made."""
        return self.callback_due is not None and self.callback_done_at is None

    @property
    def pending_messages(self) -> tuple[MessageRow, ...]:
        """Messages not yet passed on."""
        return tuple(m for m in self.messages if m.pending)

    def callback_overdue(self, now: dt.datetime) -> bool:
        """The promised callback is late."""
        return self.callback_open and self.callback_due is not None and self.callback_due < now


@dataclass(frozen=True)
class CallSummary:
    """The counts under the list."""

    calls: int
    pending_messages: int
    open_callbacks: int
    overdue_callbacks: int
