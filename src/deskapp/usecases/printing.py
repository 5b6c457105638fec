"""Printing: every printable kind is one :class:`DocumentSpec` in :data:`DOCUMENTS`.

The spec is the one source of a document's label and papers, of how its record is found
(by id, or by the number printed on it) and how it is drawn. Every PDF is also kept in the
archive beside the data file, one file per print.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deskapp.domain.checks import is_ascii_number
from deskapp.domain.errors import NotFound
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate

if TYPE_CHECKING:
    import datetime as dt

    from deskapp.bootstrap import Domain
    from deskapp.domain.settings import AppSettings
    from deskapp.output.document import GlyphWarning, RenderResult


@dataclass(frozen=True)
class DocumentSpec:
    """One printable kind.

    Attributes:
        kind: The name used by ``deskapp print KIND`` and the settings (``visitor-pass``).
        label: The kind in the user's language.
        papers: The papers it is laid out for; the first is the default.
        load: Finds the record from what was typed: an id, or the number on the paper.
        reference: The record's number, for the archive file's name.
        render: Draws the record: ``(record, org, paper, out, now) -> RenderResult``.
    """

    kind: str
    label: Callable[[], str]
    papers: tuple[Paper, ...]
    load: Callable[[Domain, str], Any]
    reference: Callable[[Any], str]
    render: Callable[[Any, OrgInfo, Paper, Path, dt.datetime], RenderResult]

    @property
    def default_paper(self) -> Paper:
        """The paper a new counter starts with."""
        return self.papers[0]


def _documents() -> tuple[DocumentSpec, ...]:
    # One entry per printable kind; a workspace adds its own.
    from deskapp.usecases.documents.calls import MESSAGE_SLIP, PHONE_DIRECTORY
    from deskapp.usecases.documents.privacy import PRIVACY_NOTICE
    from deskapp.usecases.documents.temp_passes import TEMP_PASS
    from deskapp.usecases.documents.visitors import VISITOR_PASS

    return (VISITOR_PASS, TEMP_PASS, MESSAGE_SLIP, PHONE_DIRECTORY, PRIVACY_NOTICE)


def documents() -> tuple[DocumentSpec, ...]:
    """Every printable kind, in menu order."""
    return _documents()


def spec_for(kind: str) -> DocumentSpec:
    """The spec of ``kind``.

    Raises:
        NotFound: no such kind (the message lists the known ones).
    """
    for spec in documents():
        if spec.kind == kind:
            return spec
    raise NotFound(fill(translate("Printing", "There is no document kind %1 (known: %2)."),
                        kind, ", ".join(s.kind for s in documents())))


def paper_for(settings: AppSettings, spec: DocumentSpec) -> Paper:
    """The paper chosen in the settings for ``spec``, or its default."""
    value = settings.papers.get(spec.kind)
    try:
        paper = Paper(value) if value else spec.default_paper
    except ValueError:
        return spec.default_paper
    return paper if paper in spec.papers else spec.default_paper


def record_id(typed: str) -> int | None:
    """``typed`` as a record id when it is one (digits 0-9 only), else None."""
    typed = typed.strip()
    return int(typed) if is_ascii_number(typed) else None


@dataclass(frozen=True)
class PrintedDocument:
    """A PDF kept in the archive, ready to preview and print."""

    spec: DocumentSpec
    path: Path
    paper: Paper
    result: RenderResult

    @property
    def warnings(self) -> tuple[GlyphWarning, ...]:
        """Texts printed with placeholders, for the receptionist to see."""
        return self.result.warnings


class PrintService:
    """Renders every printed document into the archive folder."""

    def __init__(self, domain: Domain, archive: Path) -> None:
        self._domain = domain
        self._archive = archive

    def archive_path(self, kind: str, reference: str) -> Path:
        """``archive/2026/11/visitor-pass-V261123-0001-20261123-093012.pdf``: one per print."""
        clock = self._domain.clock
        now = clock.local(clock.now())
        folder = self._archive / now.strftime("%Y") / now.strftime("%m")
        folder.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^\w.-]+", "_", reference, flags=re.ASCII)
        stem = f"{kind}-{safe}-{now.strftime('%Y%m%d-%H%M%S')}"
        path, copy = folder / f"{stem}.pdf", 1
        while path.exists():  # two prints in one second keep both copies
            copy += 1
            path = folder / f"{stem}-{copy}.pdf"
        return path

    def render(self, kind: str, record: str | int, paper: Paper | None = None) -> PrintedDocument:
        """Render ``kind`` for a record (its id, or the number printed on it) into the archive.

        Raises:
            NotFound: no such kind or record.
        """
        spec = spec_for(kind)
        loaded = spec.load(self._domain, str(record))
        settings = self._domain.settings.load()
        paper = paper or paper_for(settings, spec)
        if paper not in spec.papers:
            paper = spec.default_paper
        path = self.archive_path(spec.kind, spec.reference(loaded))
        org = replace(settings.org, operator=self._domain.operator.name)
        result = spec.render(loaded, org, paper, path, self._domain.clock.now())
        return PrintedDocument(spec, result.path, paper, result)
