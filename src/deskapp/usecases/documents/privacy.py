"""The privacy notice for visitors, as a printable document (``deskapp print privacy-notice 0``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.privacy import PrivacyNotice, privacy_notice
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import translate
from deskapp.usecases.printing import DocumentSpec

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


def _load(domain: Domain, _typed: str) -> PrivacyNotice:
    # One notice, whatever number was typed: the settings in force.
    return privacy_notice(domain.settings.load())


def _render(notice: PrivacyNotice, org: OrgInfo, paper: Paper, out: Path,
            now: dt.datetime) -> RenderResult:
    from deskapp.output.privacy_notice import render_privacy_notice

    return render_privacy_notice(notice, org, paper, out, now=now)


PRIVACY_NOTICE = DocumentSpec(
    kind="privacy-notice",
    label=lambda: translate("DocumentKind", "Privacy notice for visitors"),
    papers=(Paper.A4, Paper.A5),
    load=_load,
    reference=lambda notice: f"{notice.retention_days}d",
    render=_render,
    copies_marked=False,  # a notice, posted as often as needed
)
