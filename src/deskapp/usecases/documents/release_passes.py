"""The goods release pass's printed document: the tenant's and the guard's copy on one
sheet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.errors import DomainError
from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.services.release_pass_rows import ReleasePassRow
from deskapp.i18n import fill, translate
from deskapp.usecases.printing import DocumentSpec, record_id

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


class VoidedPass(DomainError):
    """A voided pass lets nothing out: it has no paper to print."""

    def __init__(self, row: ReleasePassRow) -> None:
        super().__init__(fill(translate(
            "ReleasePassPaper", "Pass %1 was voided (%2): it has no paper to print."),
            row.number, row.void_reason))
        self.row = row


@dataclass(frozen=True)
class PrintablePass:
    """A pass, and the counter's day it is printed on (a reprint after its day is marked
    not valid)."""

    row: ReleasePassRow
    today: dt.date


def _load(domain: Domain, typed: str) -> PrintablePass:
    # The pass's id, or the number printed on it (typed or scanned from its QR code).
    number = record_id(typed)
    passes = domain.release_passes
    row = passes.release_pass(number) if number is not None else passes.by_number(typed)
    if row.voided:
        raise VoidedPass(row)
    return PrintablePass(row, domain.clock.today())


def _render(record: PrintablePass, org: OrgInfo, paper: Paper, out: Path,
            now: dt.datetime) -> RenderResult:
    # ReportLab loads on the first print, not at start-up.
    from deskapp.output.release_pass import render_release_pass

    return render_release_pass(record.row, org, paper, out, today=record.today, now=now)


RELEASE_PASS = DocumentSpec(
    kind="release-pass",
    label=lambda: translate("DocumentKind", "Goods release pass"),
    papers=(Paper.A5, Paper.ROLL80),
    load=_load,
    reference=lambda record: record.row.number,
    render=_render,
)
