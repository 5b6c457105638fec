"""What the shift handover takes and returns: plain rows, never live ORM objects. Times
are aware (UTC)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from deskapp.domain.errors import DomainError
from deskapp.domain.record_kinds import RecordKind
from deskapp.i18n import translate


@dataclass(frozen=True)
class ItemInput:
    """One thing to follow up: free text, a link to an open record, or both."""

    text: str = ""
    record_kind: str = ""  # a RecordKind value, or "" for no link
    record_id: int | None = None


@dataclass(frozen=True)
class NoteInput:
    """A handover note as written: the shift, what the next shift should know, the items."""

    shift: str = ""
    text: str = ""
    items: Sequence[ItemInput] = field(default_factory=tuple)


@dataclass(frozen=True)
class OfferedItem:
    """Something still open that the note offers as an item (keys out, a message not
    passed on, a parcel on the shelf), with its link."""

    text: str
    record_kind: RecordKind
    record_id: int

    def as_input(self) -> ItemInput:
        """The item as the note saves it."""
        return ItemInput(self.text, self.record_kind.value, self.record_id)


@dataclass(frozen=True)
class ItemRow:
    """An item of a note; ``done_at`` set once it is signed off."""

    id: int
    note_id: int
    position: int
    text: str
    record_kind: RecordKind | None
    record_id: int | None
    done_at: dt.datetime | None = None
    done_by: str = ""
    done_note: str = ""

    @property
    def done(self) -> bool:
        """Signed off."""
        return self.done_at is not None

    @property
    def linked(self) -> bool:
        """It names a record that can be opened."""
        return self.record_kind is not None and self.record_id is not None


@dataclass(frozen=True)
class NoteRow:
    """A handover note with its items in the order written."""

    id: int
    written_at: dt.datetime
    written_by: str
    shift: str
    text: str
    acknowledged_at: dt.datetime | None
    acknowledged_by: str
    desk: str
    items: tuple[ItemRow, ...] = ()

    @property
    def acknowledged(self) -> bool:
        """The next shift has read it."""
        return self.acknowledged_at is not None

    @property
    def open_items(self) -> int:
        """Items not yet signed off."""
        return sum(not item.done for item in self.items)


class AlreadyDone(DomainError):
    """A note acknowledged or an item signed off a second time (perhaps at another
    counter a moment before): the first one stands."""


class OwnNote(DomainError):
    """An operator acknowledging their own note: the next shift reads it, not its writer."""


def kind_label(kind: RecordKind) -> str:
    """What a link points at, as an item shows it."""
    labels = {
        RecordKind.VISIT: translate("Handover", "visit"),
        RecordKind.EXPECTED_VISIT: translate("Handover", "expected visitor"),
        RecordKind.CALL: translate("Handover", "call"),
        RecordKind.REQUEST: translate("Handover", "request"),
        RecordKind.KEY_SET: translate("Handover", "key set"),
        RecordKind.KEY_LOAN: translate("Handover", "key loan"),
        RecordKind.UNIT: translate("Handover", "unit's fees"),
        RecordKind.RECEIPT: translate("Handover", "receipt"),
        RecordKind.DEPOSIT: translate("Handover", "deposit"),
        RecordKind.PARCEL: translate("Handover", "parcel"),
        RecordKind.RELEASE_PASS: translate("Handover", "release pass"),
        RecordKind.FOUND_ITEM: translate("Handover", "found item"),
        RecordKind.NOTICE: translate("Handover", "notice"),
        RecordKind.HANDOVER_NOTE: translate("Handover", "handover note"),
    }
    return labels[kind]
