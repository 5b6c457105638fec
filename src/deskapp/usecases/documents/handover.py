"""The shift handover's printed document: the handover record of one note."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.errors import NotFound
from deskapp.domain.handover.records import NoteRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.usecases.printing import DocumentSpec, record_id

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


def _load(domain: Domain, typed: str) -> NoteRow:
    number = record_id(typed)
    if number is None:
        raise NotFound(fill(translate("Handover", "There is no handover note %1."), typed))
    return domain.handover.note(number)


def _render(note: NoteRow, org: OrgInfo, paper: Paper, out: Path,
            now: dt.datetime) -> RenderResult:
    from deskapp.output.handover_note import render_handover_note

    return render_handover_note(note, org, paper, out, now=now)


HANDOVER_NOTE = DocumentSpec(
    kind="handover-note",
    label=lambda: translate("DocumentKind", "Shift handover record"),
    papers=(Paper.A5,),
    load=_load,
    reference=lambda note: f"H{note.id}",
    render=_render,
    copies_marked=False,  # printed again as its items are signed off
)
