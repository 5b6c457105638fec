"""The tables of the counter's day (registered with the others by :mod:`deskapp.db.models`):
shift handover notes with their items, and the days closed.

Nothing here is deleted or overwritten: a note is acknowledged once by the shift that read
it, each item is signed off once when done, a closed day stays closed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Index, text
from sqlmodel import Field, SQLModel

from deskapp.db.types import UTCDateTime


def _ts(*, nullable: bool = False) -> object:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable))


NOTE_UNACKNOWLEDGED = "acknowledged_at IS NULL"
ITEM_OPEN = "done_at IS NULL"


class HandoverNote(SQLModel, table=True):
    """A shift handover note (交接班记录): what the outgoing shift leaves for the next,
    acknowledged by the next operator when they log in."""

    __audit__ = "handover_note"

    __table_args__ = (
        Index("ix_handovernote_written_at_id", "written_at", "id"),  # newest first, paged
        Index("ix_handovernote_unacknowledged", "written_at",
              sqlite_where=text(NOTE_UNACKNOWLEDGED),
              postgresql_where=text(NOTE_UNACKNOWLEDGED)),
    )

    id: int | None = Field(default=None, primary_key=True)
    written_at: dt.datetime = _ts()  # type: ignore[assignment]
    written_by: str = Field(max_length=50)  # the operator's user name
    shift: str = Field(default="", max_length=32)  # as the desk calls it: 早班, 中班, 夜班 …
    text: str = Field(default="")  # free text: what the next shift should know
    acknowledged_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    acknowledged_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class HandoverItem(SQLModel, table=True):
    """One thing a handover note asks the next shift to follow up, perhaps linked to the
    open record it is about; signed off once when done."""

    __audit__ = "handover_item"

    __table_args__ = (
        Index("ix_handoveritem_open", "note_id", sqlite_where=text(ITEM_OPEN),
              postgresql_where=text(ITEM_OPEN)),
    )

    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="handovernote.id", index=True)
    position: int = Field(default=0)
    text: str = Field(max_length=500)
    record_kind: str = Field(default="", max_length=32)  # "" or a record kind (keyloan …)
    record_id: int | None = Field(default=None)
    done_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    done_by: str = Field(default="", max_length=50)
    done_note: str = Field(default="", max_length=200)


class DayClosing(SQLModel, table=True):
    """A day closed (日结): what was still open and confirmed, where its workbook and its
    verified backup went. A day is closed once; entries dated on it later are late."""

    __audit__ = "day_closing"

    id: int | None = Field(default=None, primary_key=True)
    day: dt.date = Field(unique=True)
    closed_at: dt.datetime = _ts()  # type: ignore[assignment]
    closed_by: str = Field(max_length=50)
    desk: str = Field(default="", max_length=50)
    open_items: str = Field(default="")  # the groups confirmed open, one "group: count" a line
    workbook: str = Field(default="", max_length=500)  # where the day's workbook was written
    backup: str = Field(default="", max_length=500)  # the verified backup ("" on a server)
    note: str = Field(default="", max_length=500)
