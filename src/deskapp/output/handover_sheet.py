"""The handover notes' sheet of the day's workbook: each note written that day, a line per
item (a note without items on one line), with who read it and who signed each item off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from deskapp.domain.handover.records import NoteRow, kind_label
from deskapp.i18n import fill, translate
from deskapp.output.workbook import Column, ColumnKind, Sheet


def handover_sheet(day: dt.date, notes: Sequence[NoteRow]) -> Sheet:
    """``day``'s handover notes and their items, as they stand now."""
    columns = [
        Column(translate("HandoverSheet", "Written at"), ColumnKind.DATETIME),
        Column(translate("HandoverSheet", "Handed over by")),
        Column(translate("HandoverSheet", "Shift")),
        Column(translate("HandoverSheet", "Counter")),
        Column(translate("HandoverSheet", "Note"), width=40),
        Column(translate("HandoverSheet", "Read by")),
        Column(translate("HandoverSheet", "Read at"), ColumnKind.DATETIME),
        Column(translate("HandoverSheet", "Item"), ColumnKind.INT),
        Column(translate("HandoverSheet", "To follow up"), width=40),
        Column(translate("HandoverSheet", "Links to")),
        Column(translate("HandoverSheet", "Signed off by")),
        Column(translate("HandoverSheet", "Signed off at"), ColumnKind.DATETIME),
        Column(translate("HandoverSheet", "Sign-off note")),
    ]

    def rows() -> Iterable[tuple[object, ...]]:
        for note in notes:
            head = (note.written_at, note.written_by, note.shift, note.desk, note.text,
                    note.acknowledged_by or None, note.acknowledged_at)
            if not note.items:
                yield (*head, *(None,) * 6)
            for item in note.items:
                link = (fill("%1 %2", kind_label(item.record_kind), item.record_id)
                        if item.record_kind is not None else None)
                yield (*head, item.position, item.text, link, item.done_by or None,
                       item.done_at, item.done_note or None)

    preamble = [(fill(translate("HandoverSheet", "Shift handover notes written on %1 (%2), "
                                                 "as they stand now"),
                      day.isoformat(), len(notes)),)]
    return Sheet(translate("HandoverSheet", "Handover notes"), columns, rows(),
                 sum(max(1, len(n.items)) for n in notes), preamble=preamble)
