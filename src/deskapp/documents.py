"""Printing: render a record's document into the archive beside the data file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.checks import is_ascii_number
from deskapp.domain.clock import Clock
from deskapp.domain.records import DocumentKind, Paper
from deskapp.domain.settings import SettingsService
from deskapp.domain.visitors import VisitorLog

if TYPE_CHECKING:
    from deskapp.output.document import RenderResult


@dataclass(frozen=True)
class PrintedDocument:
    """A PDF kept in the archive, ready to preview and print."""

    kind: DocumentKind
    path: Path
    paper: Paper
    result: RenderResult

    @property
    def warnings(self):  # type: ignore[no-untyped-def]
        """Texts printed with placeholders, for the receptionist to see."""
        return self.result.warnings


class DocumentService:
    """Renders every printed document; each PDF is also kept in the archive folder."""

    def __init__(self, archive: Path, clock: Clock, settings: SettingsService,
                 visitors: VisitorLog) -> None:
        self._archive = archive
        self._clock = clock
        self._settings = settings
        self._visitors = visitors

    def archive_path(self, kind: DocumentKind, reference: str) -> Path:
        """``archive/2026/11/visitor-pass-V261123-0001-20261123-093012.pdf``: one per print."""
        now = self._clock.local(self._clock.now())
        folder = self._archive / now.strftime("%Y") / now.strftime("%m")
        folder.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^\w.-]+", "_", reference)
        stem = f"{kind.value}-{safe}-{now.strftime('%Y%m%d-%H%M%S')}"
        path, copy = folder / f"{stem}.pdf", 1
        while path.exists():  # two prints in one second keep both copies
            copy += 1
            path = folder / f"{stem}-{copy}.pdf"
        return path

    def render(self, kind: DocumentKind, record: str, paper: Paper | None = None) -> PrintedDocument:
        """Render the document of ``kind`` for a record id (or pass number) into the archive."""
        if kind is DocumentKind.VISITOR_PASS:
            return self.visitor_pass(self._visit_id(record), paper)
        raise ValueError(kind)

    def visitor_pass(self, visit_id: int, paper: Paper | None = None) -> PrintedDocument:
        """The visitor pass of a visit, on the paper chosen in the settings."""
        # ReportLab loads on the first print, not at start-up.
        from deskapp.output.visitor_pass import render_visitor_pass

        visit = self._visitors.visit(visit_id)
        settings = self._settings.load()
        paper = paper or settings.paper_for(DocumentKind.VISITOR_PASS)
        path = self.archive_path(DocumentKind.VISITOR_PASS, visit.pass_no)
        result = render_visitor_pass(visit, settings.org, paper, path, now=self._clock.now())
        return PrintedDocument(DocumentKind.VISITOR_PASS, result.path, paper, result)

    def _visit_id(self, record: str) -> int:
        # The command line accepts the visit's id or the number printed on its pass. Only
        # 0-9 make an id: '١'.isdigit() is True and int('١') is 1, another visit's pass.
        if is_ascii_number(record):
            return int(record)
        return self._visitors.visit_by_pass(record).id
