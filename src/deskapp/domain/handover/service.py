"""The shift handover's rules: writing a note, what is offered as items, acknowledging a
note once, signing an item off once, and finding past notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import Engine, or_
from sqlmodel import Session, col, select

from deskapp.db.day_models import HandoverItem, HandoverNote
from deskapp.db.dialect import contains
from deskapp.db.engine import write_session
from deskapp.domain import checks, paging
from deskapp.domain.calls.log import CallLog
from deskapp.domain.clock import Clock, format_local
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.handover.records import (
    AlreadyDone,
    ItemInput,
    ItemRow,
    NoteInput,
    NoteRow,
    OfferedItem,
    OwnNote,
    kind_label,
)
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.operators import Operator
from deskapp.domain.record_kinds import RecordKind, parse_kind
from deskapp.domain.services.parcels import ParcelLog
from deskapp.i18n import fill, translate

SHIFT_LIMIT = 32
TEXT_LIMIT = 2000
ITEM_TEXT_LIMIT = 500
ITEMS_LIMIT = 100
DONE_NOTE_LIMIT = 200
# How much of a message's text an offered item repeats.
MESSAGE_EXCERPT = 60


def note_text(errors: dict[str, str], value: object) -> str:
    """The note's free text: several lines, each cleaned, empty ones dropped."""
    if not isinstance(value, str):
        errors.setdefault("text", checks.not_text_message())
        return ""
    lines = (checks.text(errors, "text", line) for line in value.splitlines())
    text = "\n".join(line for line in lines if line)
    if len(text) > TEXT_LIMIT:
        errors.setdefault("text", checks.too_long_message(TEXT_LIMIT))
    return text


def _item_row(item: HandoverItem) -> ItemRow:
    return ItemRow(id=item.id or 0, note_id=item.note_id, position=item.position,
                   text=item.text, record_kind=parse_kind(item.record_kind),
                   record_id=item.record_id, done_at=item.done_at, done_by=item.done_by,
                   done_note=item.done_note)


def _note_row(note: HandoverNote, items: Iterable[HandoverItem] = ()) -> NoteRow:
    return NoteRow(id=note.id or 0, written_at=note.written_at, written_by=note.written_by,
                   shift=note.shift, text=note.text, acknowledged_at=note.acknowledged_at,
                   acknowledged_by=note.acknowledged_by, desk=note.desk,
                   items=tuple(_item_row(i) for i in sorted(items, key=lambda i: i.position)))


def _with_items(session: Session, notes: Sequence[HandoverNote]) -> list[NoteRow]:
    """The notes as rows, their items read in one query."""
    ids = [n.id for n in notes]
    items: dict[int, list[HandoverItem]] = {i: [] for i in ids if i is not None}
    if ids:
        for item in session.exec(select(HandoverItem).where(col(HandoverItem.note_id).in_(ids))):
            items[item.note_id].append(item)
    return [_note_row(n, items.get(n.id or 0, ())) for n in notes]


class ShiftHandover:
    """The handover log (交接班记录本) of the counter, on the engine, the clock and the
    operator on duty; it offers the open keys, messages and parcels as items."""

    def __init__(self, engine: Engine, clock: Clock, operator: Operator, *,
                 keys: KeyCustody, calls: CallLog, parcels: ParcelLog) -> None:
        self._engine = engine
        self._clock = clock
        self._operator = operator
        self._keys = keys
        self._calls = calls
        self._parcels = parcels

    @property
    def operator_name(self) -> str:
        """Whom the notes written here are signed by."""
        return self._operator.name

    # --- Writing
    def validate(self, data: NoteInput) -> NoteInput:
        """The note as it would be saved, or ValidationError naming each bad field
        (shift, text, items)."""
        if not isinstance(data, NoteInput):
            raise ValidationError({"text": checks.not_text_message()})
        errors: dict[str, str] = {}
        shift = checks.text(errors, "shift", data.shift, SHIFT_LIMIT)
        text = note_text(errors, data.text)
        items = self._items(errors, data.items)
        if not text and not items and "items" not in errors and "text" not in errors:
            errors["text"] = translate(
                "Handover", "Write what the next shift should know, or add an item.")
        paging.raise_if(errors)
        return NoteInput(shift, text, tuple(items))

    def _items(self, errors: dict[str, str], items: object) -> list[ItemInput]:
        if isinstance(items, str | bytes) or not isinstance(items, Sequence):
            errors["items"] = translate("Handover", "The items must be a list.")
            return []
        if len(items) > ITEMS_LIMIT:
            errors["items"] = fill(translate("Handover", "A note can have at most %1 items."),
                                   ITEMS_LIMIT)
            return []
        kept: list[ItemInput] = []
        for number, item in enumerate(items, start=1):
            problem, cleaned = self._item(item)
            if problem:
                errors.setdefault("items", fill(translate("Handover", "Item %1: %2"),
                                                number, problem))
            elif cleaned is not None:
                kept.append(cleaned)
        return kept

    @staticmethod
    def _item(item: object) -> tuple[str | None, ItemInput | None]:
        """(the problem, None) or (None, the item cleaned; None when it is empty)."""
        if not isinstance(item, ItemInput):
            return checks.not_text_message(), None
        mine: dict[str, str] = {}
        text = checks.text(mine, "text", item.text, ITEM_TEXT_LIMIT)
        if mine:
            return mine["text"], None
        if item.record_kind == "" and item.record_id is None:
            return None, (ItemInput(text) if text else None)
        kind = parse_kind(item.record_kind) if isinstance(item.record_kind, str) else None
        record_id = checks.record_id(item.record_id)
        if kind is None or record_id is None:
            return translate("Handover", "The record it links to is not known."), None
        return None, ItemInput(text or fill("%1 %2", kind_label(kind), record_id),
                               kind.value, record_id)

    def write(self, data: NoteInput) -> NoteRow:
        """Save the note and its items in one transaction, signed by the operator on duty.

        Raises:
            ValidationError: shift, text or items (see :meth:`validate`).
        """
        data = self.validate(data)
        with write_session(self._engine) as session:
            note = HandoverNote(written_at=self._clock.now(), written_by=self._operator.name,
                                shift=data.shift, text=data.text, desk=self._operator.desk)
            session.add(note)
            session.flush()
            items = [HandoverItem(note_id=note.id or 0, position=position, text=item.text,
                                  record_kind=item.record_kind, record_id=item.record_id)
                     for position, item in enumerate(data.items, start=1)]
            session.add_all(items)
            session.commit()
            return _note_row(note, items)

    def offered_items(self) -> list[OfferedItem]:
        """What is still open, offered as items: keys out (overdue first), messages not yet
        passed on, parcels still on the shelf — each linked to its record."""
        offered: list[OfferedItem] = []
        now = self._clock.now()
        for loan in self._keys.still_out():
            template = (translate("Handover", "Keys overdue: %1 %2, borrowed by %3, due back %4")
                        if loan.overdue(now) else
                        translate("Handover", "Keys out: %1 %2, borrowed by %3, due back %4"))
            offered.append(OfferedItem(
                fill(template, loan.tag, loan.unit_label, loan.borrower_name,
                     format_local(loan.expected_back, self._clock.tz, "%m-%d %H:%M")),
                RecordKind.KEY_LOAN, loan.id))
        for message in self._calls.pending_messages():
            excerpt = message.text if len(message.text) <= MESSAGE_EXCERPT \
                else message.text[:MESSAGE_EXCERPT - 1] + "…"
            offered.append(OfferedItem(
                fill(translate("Handover", "Message not yet passed on, for %1: %2"),
                     message.recipient, excerpt), RecordKind.CALL, message.call_id))
        for parcel in self._parcels.uncollected():
            offered.append(OfferedItem(
                fill(translate("Handover", "Parcel %1 for %2 not collected (shelf %3)"),
                     parcel.number, parcel.recipient_text, parcel.shelf or "—"),
                RecordKind.PARCEL, parcel.id))
        return [OfferedItem(o.text[:ITEM_TEXT_LIMIT], o.record_kind, o.record_id)
                for o in offered]

    # --- Reading it at log-in
    def unacknowledged(self, for_operator: str) -> list[NoteRow]:
        """The notes written by someone other than ``for_operator`` that nobody has
        acknowledged yet, the oldest first (read through a small partial index)."""
        name = for_operator if isinstance(for_operator, str) else ""
        with Session(self._engine) as session:
            notes = session.exec(select(HandoverNote).where(
                col(HandoverNote.acknowledged_at).is_(None), HandoverNote.written_by != name)
                .order_by(col(HandoverNote.written_at), col(HandoverNote.id))).all()
            return _with_items(session, notes)

    def acknowledge(self, note_id: int) -> NoteRow:
        """The operator on duty has read the note: acknowledged once, by someone else than
        its writer. Two counters acknowledging at once: the note's row is locked, so the
        second sees the first's acknowledgement and is refused.

        Raises:
            NotFound: no such note.
            OwnNote: the operator wrote it.
            AlreadyDone: acknowledged before.
        """
        with write_session(self._engine) as session:
            note = self._note(session, note_id, lock=True)
            self._check_acknowledgeable(note)
            note.acknowledged_at = self._clock.now()
            note.acknowledged_by = self._operator.name
            session.add(note)
            row = _with_items(session, [note])[0]
            session.commit()
            return row

    def acknowledge_all(self, note_ids: Sequence[int]) -> list[NoteRow]:
        """Acknowledge the notes shown at log-in, in one transaction; a note acknowledged
        meanwhile at another counter (or the operator's own) is left as it is. Returns the
        notes acknowledged now."""
        done: list[HandoverNote] = []
        with write_session(self._engine) as session:
            for note_id in dict.fromkeys(note_ids):
                note = self._note(session, note_id, lock=True)
                if note.acknowledged_at is not None or note.written_by == self._operator.name:
                    continue
                note.acknowledged_at = self._clock.now()
                note.acknowledged_by = self._operator.name
                session.add(note)
                done.append(note)
            rows = _with_items(session, done)
            session.commit()
            return rows

    def _check_acknowledgeable(self, note: HandoverNote) -> None:
        if note.acknowledged_at is not None:
            raise AlreadyDone(fill(translate(
                "Handover", "%1 acknowledged this note already, at %2."),
                note.acknowledged_by or "—",
                format_local(note.acknowledged_at, self._clock.tz, "%Y-%m-%d %H:%M")))
        if note.written_by == self._operator.name:
            raise OwnNote(translate(
                "Handover", "You wrote this note: the next shift acknowledges it."))

    # --- Following up
    def sign_off(self, item_id: int, note: str = "") -> ItemRow:
        """The item is done: signed off once by the operator on duty, with a short note.

        Raises:
            ValidationError: ``note`` too long or not text.
            NotFound: no such item.
            AlreadyDone: signed off before.
        """
        errors: dict[str, str] = {}
        done_note = checks.text(errors, "note", note, DONE_NOTE_LIMIT)
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            item = session.get(HandoverItem, checks.record_id(item_id) or 0,
                               with_for_update=True)
            if item is None:
                raise NotFound(fill(translate("Handover", "There is no handover item %1."),
                                    item_id))
            if item.done_at is not None:
                raise AlreadyDone(fill(translate(
                    "Handover", "%1 signed this item off already, at %2."),
                    item.done_by or "—",
                    format_local(item.done_at, self._clock.tz, "%Y-%m-%d %H:%M")))
            item.done_at = self._clock.now()
            item.done_by = self._operator.name
            item.done_note = done_note
            session.add(item)
            session.commit()
            return _item_row(item)

    # --- Past notes
    def note(self, note_id: int) -> NoteRow:
        """One note with its items.

        Raises:
            NotFound: no such note.
        """
        with Session(self._engine) as session:
            return _with_items(session, [self._note(session, note_id)])[0]

    def search(self, words: str = "", after: paging.PageCursor | None = None,
               limit: int = 50) -> list[NoteRow]:
        """Up to ``limit`` notes holding every one of ``words`` (in the text, the shift,
        the writer's name or an item), the newest first, after the cursor ``after``.

        Raises:
            ValidationError: ``search`` (too many or too long words).
        """
        errors: dict[str, str] = {}
        found_words = paging.search_words(errors, words)
        paging.raise_if(errors)
        stmt = select(HandoverNote)
        for word in found_words:
            in_items = select(HandoverItem.note_id).where(contains(HandoverItem.text, word))
            stmt = stmt.where(or_(contains(HandoverNote.text, word),
                                  contains(HandoverNote.shift, word),
                                  contains(HandoverNote.written_by, word),
                                  col(HandoverNote.id).in_(in_items)))
        with Session(self._engine) as session:
            notes = paging.keyset_page(session, stmt, col(HandoverNote.written_at),
                                       col(HandoverNote.id), after=after, descending=True,
                                       limit=max(1, min(int(limit), 500)))
            return _with_items(session, notes)

    @staticmethod
    def cursor_after(row: NoteRow) -> paging.PageCursor:
        """Where the page after ``row`` starts."""
        return paging.PageCursor(row.written_at, row.id)

    def day_notes(self, day: dt.date, desk: str | None = None) -> list[NoteRow]:
        """The notes written on local ``day`` (at the counter ``desk``, or any), in the
        order written (the day's workbook)."""
        start, end = self._clock.day_bounds(day)
        stmt = select(HandoverNote).where(HandoverNote.written_at >= start,
                                          HandoverNote.written_at < end)
        if desk is not None:
            stmt = stmt.where(HandoverNote.desk == desk)
        with Session(self._engine) as session:
            notes = session.exec(stmt.order_by(col(HandoverNote.written_at),
                                               col(HandoverNote.id))).all()
            return _with_items(session, notes)

    def _note(self, session: Session, note_id: int, *, lock: bool = False) -> HandoverNote:
        found = session.get(HandoverNote, checks.record_id(note_id) or 0, with_for_update=lock)
        if found is None:
            raise NotFound(fill(translate("Handover", "There is no handover note %1."),
                                note_id))
        return found
