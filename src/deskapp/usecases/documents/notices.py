"""A notice of the property management as a printed document (``deskapp print notice ID``),
found by its id or its number (TZ2026-003)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.services.notices import NoticeRow
from deskapp.i18n import translate
from deskapp.usecases.printing import DocumentSpec, record_id

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


def _load(domain: Domain, typed: str) -> NoticeRow:
    number = record_id(typed)
    notices = domain.notices
    return notices.notice(number) if number is not None else notices.notice_by_number(typed)


def _render(notice: NoticeRow, org: OrgInfo, paper: Paper, out: Path,
            now: dt.datetime) -> RenderResult:
    from deskapp.output.property_notice import render_notice

    return render_notice(notice, org, paper, out, now=now)


NOTICE = DocumentSpec(
    kind="notice",
    label=lambda: translate("DocumentKind", "Notice"),
    papers=(Paper.A4,),
    load=_load,
    reference=lambda notice: notice.number,
    render=_render,
    copies_marked=False,  # posted in every lift and on every floor
)
