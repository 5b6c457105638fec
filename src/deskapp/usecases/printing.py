"""Printing: every printable kind is one :class:`DocumentSpec` in :func:`documents`.

The spec is the one source of a document's label and papers, of how its record is found
(by id, or by the number printed on it) and how it is drawn.

A document is first rendered for the preview, into a temporary file that nothing keeps.
Only when it leaves the counter — printed, or saved as a PDF — is it put into the archive
beside the data file (one PDF per print or save) and written in the print log. Once a record
was printed or saved, every later render of it carries the copy mark.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deskapp.domain.checks import is_ascii_number
from deskapp.domain.errors import NotFound
from deskapp.domain.print_log import PrintedHow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.fileio import PendingFile, copy_file_atomically
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
        reference: The record's number, for the archive file's name and the print log.
        render: Draws the record: ``(record, org, paper, out, now) -> RenderResult``.
        copies_marked: A reprint of the same record prints marked as a copy. False for
            lists and notices, which are printed again whenever they change.
    """

    kind: str
    label: Callable[[], str]
    papers: tuple[Paper, ...]
    load: Callable[[Domain, str], Any]
    reference: Callable[[Any], str]
    render: Callable[[Any, OrgInfo, Paper, Path, dt.datetime], RenderResult]
    copies_marked: bool = True

    @property
    def default_paper(self) -> Paper:
        """The paper a new counter starts with."""
        return self.papers[0]


def _documents() -> tuple[DocumentSpec, ...]:
    # One entry per printable kind; a workspace adds its own.
    from deskapp.usecases.documents.calls import MESSAGE_SLIP, PHONE_DIRECTORY
    from deskapp.usecases.documents.fees import (
        CASH_HANDOVER,
        DEPOSIT_REFUND,
        DUNNING_NOTICE,
        PAYMENT_NOTICE,
        RATE_SCHEDULE,
        RECEIPT,
    )
    from deskapp.usecases.documents.handover import HANDOVER_NOTE
    from deskapp.usecases.documents.keys import (
        KEY_DEPOSIT,
        KEY_HANDOVER,
        KEY_LABEL,
        KEY_REGISTER,
        KEY_SLIP,
    )
    from deskapp.usecases.documents.lost_property import (
        LOST_PROPERTY_CLAIM,
        LOST_PROPERTY_NOTICE,
        LOST_PROPERTY_POLICE,
    )
    from deskapp.usecases.documents.notices import NOTICE
    from deskapp.usecases.documents.on_site import ON_SITE_LIST
    from deskapp.usecases.documents.parcels import PARCEL_NOTICE, PARCEL_PICKUP
    from deskapp.usecases.documents.privacy import PRIVACY_NOTICE
    from deskapp.usecases.documents.release_passes import RELEASE_PASS
    from deskapp.usecases.documents.requests import (
        COMPLAINT_FORM,
        MONTHLY_COMPLAINTS,
        REVISIT_RECORD,
    )
    from deskapp.usecases.documents.temp_passes import TEMP_PASS
    from deskapp.usecases.documents.visitors import VISITOR_PASS

    return (VISITOR_PASS, TEMP_PASS, MESSAGE_SLIP, PHONE_DIRECTORY, PRIVACY_NOTICE,
            ON_SITE_LIST, COMPLAINT_FORM, REVISIT_RECORD, MONTHLY_COMPLAINTS, KEY_SLIP,
            KEY_LABEL, KEY_REGISTER, KEY_HANDOVER, KEY_DEPOSIT, RECEIPT, PAYMENT_NOTICE,
            DUNNING_NOTICE, RATE_SCHEDULE, CASH_HANDOVER, DEPOSIT_REFUND, PARCEL_NOTICE,
            PARCEL_PICKUP, RELEASE_PASS, LOST_PROPERTY_NOTICE, LOST_PROPERTY_CLAIM,
            LOST_PROPERTY_POLICE, NOTICE, HANDOVER_NOTE)


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
    """A rendered PDF: a preview on its way to paper, or (from :meth:`PrintService.save`)
    the archived file itself.

    Attributes:
        spec: Its kind.
        path: The PDF.
        paper: The paper it is laid out for.
        result: What the renderer reported (pages, glyph warnings).
        record: The record as it was asked for (its id or number), to render it again.
        reference: The record's number (:attr:`DocumentSpec.reference`).
        copy: It carries the copy mark (the record was printed or saved before).
    """

    spec: DocumentSpec
    path: Path
    paper: Paper
    result: RenderResult
    record: str = ""
    reference: str = ""
    copy: bool = False

    @property
    def warnings(self) -> tuple[GlyphWarning, ...]:
        """Texts printed with placeholders, for the receptionist to see."""
        return self.result.warnings

    @property
    def title(self) -> str:
        """What it is, in words: "Visitor pass V261123-0001" (a list: its label alone)."""
        label = self.spec.label()
        return f"{label} {self.reference}" if self.spec.copies_marked else label

    @property
    def file_name(self) -> str:
        """A name for a saved copy: the kind and the record's number."""
        return f"{self.spec.kind}-{_safe(self.reference)}.pdf"


def _safe(reference: str) -> str:
    return re.sub(r"[^\w.-]+", "_", reference, flags=re.ASCII) or "_"


@dataclass(frozen=True)
class _Prepared:
    spec: DocumentSpec
    loaded: Any
    record: str
    reference: str
    paper: Paper
    copy: bool


class PrintService:
    """Renders documents for the preview, and archives and logs those that leave the counter.

    Previews are temporary files in a hidden folder of the archive, named as deskapp's
    temporary files are: they hold the same personal data as the archive (so they stay in
    the folder the user chose for it, never the shared system temp folder), are removed
    when the preview closes (:meth:`discard`, :meth:`close`), and a crashed program's are
    swept by the next write into that folder or the next start.
    """

    PREVIEW_FOLDER = ".preview"

    def __init__(self, domain: Domain, archive: Path) -> None:
        self._domain = domain
        self._archive = archive
        self._previews: dict[Path, PendingFile] = {}

    def archive_path(self, kind: str, reference: str) -> Path:
        """``archive/2026/11/visitor-pass-V261123-0001-20261123-093012.pdf``: one per print."""
        clock = self._domain.clock
        now = clock.local(clock.now())
        folder = self._archive / now.strftime("%Y") / now.strftime("%m")
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"{kind}-{_safe(reference)}-{now.strftime('%Y%m%d-%H%M%S')}"
        path, copy = folder / f"{stem}.pdf", 1
        while path.exists():  # two prints in one second keep both copies
            copy += 1
            path = folder / f"{stem}-{copy}.pdf"
        return path

    def render(self, kind: str, record: str | int, paper: Paper | None = None) -> PrintedDocument:
        """Render ``kind`` for a record (its id, or the number printed on it) for the preview.

        Nothing is archived or logged: the file is temporary until :meth:`discard` (or
        :meth:`keep`, which archives a copy of it). A record printed or saved before
        renders with the copy mark.

        Raises:
            NotFound: no such kind or record.
            DomainError: the record has no such document (a voided visit's pass).
        """
        prepared = self._prepare(kind, record, paper)
        folder = self._archive / self.PREVIEW_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        preview = PendingFile(folder / f"{kind}-{_safe(prepared.reference)}.pdf")
        try:
            result = self._draw(prepared, preview.path)
        except BaseException:
            preview.discard(preview.path)
            raise
        self._previews[preview.path] = preview
        return self._document(prepared, result)

    def keep(self, document: PrintedDocument, how: PrintedHow) -> Path:
        """``document`` left the counter: put a copy into the archive and log it.

        Returns:
            The archived PDF.

        Raises:
            OSError: the archive cannot be written (nothing is logged).
        """
        target = self.archive_path(document.spec.kind, document.reference)
        copy_file_atomically(document.path, target)
        self._log(document, how, target)
        return target

    def save(self, kind: str, record: str | int, paper: Paper | None = None) -> PrintedDocument:
        """Render straight into the archive and log it as saved (``deskapp print``).

        Raises:
            NotFound: no such kind or record.
            DomainError: the record has no such document (a voided visit's pass).
        """
        prepared = self._prepare(kind, record, paper)
        target = self.archive_path(prepared.spec.kind, prepared.reference)
        document = self._document(prepared, self._draw(prepared, target))
        self._log(document, PrintedHow.SAVED, target)
        return document

    def discard(self, document: PrintedDocument) -> None:
        """Remove a preview's temporary file (an archived file is never removed)."""
        preview = self._previews.pop(document.path, None)
        if preview is not None:
            preview.discard(preview.path)

    def close(self) -> None:
        """Remove every preview still on disk."""
        for preview in list(self._previews.values()):
            preview.discard(preview.path)
        self._previews.clear()

    # --- Internals
    def _prepare(self, kind: str, record: str | int, paper: Paper | None) -> _Prepared:
        spec = spec_for(kind)
        loaded = spec.load(self._domain, str(record))
        settings = self._domain.settings.load()
        paper = paper or paper_for(settings, spec)
        if paper not in spec.papers:
            paper = spec.default_paper
        reference = spec.reference(loaded)
        copy = spec.copies_marked and self._domain.print_log.printed_before(spec.kind,
                                                                            reference)
        return _Prepared(spec, loaded, str(record), reference, paper, copy)

    def _draw(self, prepared: _Prepared, out: Path) -> RenderResult:
        from deskapp.output.document import copy_mark, marked

        settings = self._domain.settings.load()
        org = replace(settings.org, operator=self._domain.operator.name)
        marks = (copy_mark(),) if prepared.copy else ()
        with marked(*marks):
            return prepared.spec.render(prepared.loaded, org, prepared.paper, out,
                                        self._domain.clock.now())

    def _document(self, prepared: _Prepared, result: RenderResult) -> PrintedDocument:
        return PrintedDocument(prepared.spec, result.path, prepared.paper, result,
                               prepared.record, prepared.reference, prepared.copy)

    def _log(self, document: PrintedDocument, how: PrintedHow, archived: Path) -> None:
        name = archived.relative_to(self._archive).as_posix()
        self._domain.print_log.record(document.spec.kind, document.reference, how, name)
