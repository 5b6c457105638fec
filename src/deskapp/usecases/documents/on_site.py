"""The evacuation list of who is on site now, as a printable document
(``deskapp print on-site 0``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.visitors.on_site import OnSiteList, OnSiteSnapshot
from deskapp.i18n import translate
from deskapp.usecases.printing import DocumentSpec

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


def _load(domain: Domain, _typed: str) -> OnSiteSnapshot:
    # One list, whatever number was typed: everyone in the building at this moment.
    return OnSiteList(domain.engine, domain.clock).snapshot()


def _render(snapshot: OnSiteSnapshot, org: OrgInfo, paper: Paper, out: Path,
            now: dt.datetime) -> RenderResult:
    from deskapp.output.on_site_list import render_on_site_list

    return render_on_site_list(snapshot, org, paper, out, now=now)


ON_SITE_LIST = DocumentSpec(
    kind="on-site",
    label=lambda: translate("DocumentKind", "Visitors on site now"),
    papers=(Paper.A4,),
    load=_load,
    # The archive file's name says when the list was drawn (and how many were in).
    reference=lambda snapshot: f"{snapshot.visits}v",
    render=_render,
    copies_marked=False,  # drawn afresh each time: never a copy of an earlier one
)
