"""How a handover note and its items read on screen (the dialogs share these lines)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from deskapp.domain.clock import Clock, format_local
from deskapp.domain.handover.records import ItemRow, NoteRow, kind_label
from deskapp.i18n import fill


def when(clock: Clock, value: object) -> str:
    """A moment as the lists show it: ``11-23 09:30``."""
    return format_local(value, clock.tz, "%m-%d %H:%M") if value is not None else ""  # type: ignore[arg-type]


def link_text(item: ItemRow) -> str:
    """What the item links to (``key loan 12``), or ``""``."""
    if item.record_kind is None:
        return ""
    return fill("%1 %2", kind_label(item.record_kind), item.record_id)


def done_text(clock: Clock, item: ItemRow) -> str:
    """``李娜 11-23 14:05 已还`` once signed off, else ``""``."""
    if item.done_at is None:
        return ""
    return " ".join(p for p in (item.done_by, when(clock, item.done_at), item.done_note) if p)


def heading(clock: Clock, note: NoteRow, *, read_state: bool = True) -> str:
    """``早班 · 王芳 · 11-23 09:30 · counter 大堂`` and who read it (if ``read_state``)."""
    parts = [note.shift, note.written_by, when(clock, note.written_at)]
    if note.desk:
        parts.append(fill(QCoreApplication.translate("HandoverTexts", "counter %1"), note.desk))
    if not read_state:
        pass
    elif note.acknowledged_at is not None:
        parts.append(fill(QCoreApplication.translate("HandoverTexts", "read by %1 at %2"),
                          note.acknowledged_by, when(clock, note.acknowledged_at)))
    else:
        parts.append(QCoreApplication.translate("HandoverTexts", "not yet read"))
    return " · ".join(p for p in parts if p)


def note_html(clock: Clock, notes: list[NoteRow]) -> str:
    """The notes for reading (none read yet): a heading, the text, the items (done ones
    struck through)."""
    parts: list[str] = []
    for note in notes:
        parts.append(f"<h3>{html.escape(heading(clock, note, read_state=False))}</h3>")
        if note.text:
            parts.append("<p>" + html.escape(note.text).replace("\n", "<br/>") + "</p>")
        if note.items:
            lines = []
            for item in note.items:
                text = html.escape(item.text)
                if link := link_text(item):
                    text += f" <span style='color:#555'>({html.escape(link)})</span>"
                if item.done:
                    done = QCoreApplication.translate("HandoverTexts", "done: %1")
                    text = f"<s>{text}</s> — " + html.escape(fill(done, done_text(clock, item)))
                lines.append(f"<li>{text}</li>")
            parts.append("<ol>" + "".join(lines) + "</ol>")
    return "".join(parts)
