"""The privacy notice for visitors (访客个人信息告知), posted at the counter: who collects
what, why, how long it is kept, who sees it, and whom to ask — as the settings in force say
(PIPL art. 17). A4 or A5.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.privacy import PrivacyNotice
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import DocumentBuilder, RenderResult, render

PAPERS = (Paper.A4, Paper.A5)


def sections(notice: PrivacyNotice, org: OrgInfo) -> list[tuple[str, str]]:
    """The notice's headings and paragraphs, in the user's language."""
    separator = translate("PrivacyNotice", ", ")  # between the items of a list
    kept = fill(translate(
        "PrivacyNotice", "%1 days from your visit. After that your name, phone, ID number "
        "and car plate are removed from the records and from their backups; only when you "
        "came and whom you visited remain, without your name, for the building's counts."),
        notice.retention_days)
    found = [
        (translate("PrivacyNotice", "Who collects it"), fill(translate(
            "PrivacyNotice", "%1, which manages this building, at this reception counter."),
            org.name)),
        (translate("PrivacyNotice", "Why"), translate(
            "PrivacyNotice", "To let visitors in safely, tell your host you have arrived, "
            "and know who is in the building in an emergency.")),
        (translate("PrivacyNotice", "What we record"), _sentence(separator.join(notice.items))),
        (translate("PrivacyNotice", "How long we keep it"), kept),
        (translate("PrivacyNotice", "Who sees it"), translate(
            "PrivacyNotice", "The reception staff on duty. Screens and printed passes show "
            "ID numbers masked; a full number is shown only to a supervisor, and every such "
            "view is logged. We give it to no one else unless the law requires it (for "
            "example a police investigation).")),
    ]
    if notice.collects_id_number:
        found.append((translate("PrivacyNotice", "Your ID card"), translate(
            "PrivacyNotice", "We read the number and hand the card back at once; we never "
            "keep an ID card as a pledge.")))
    found.append((translate("PrivacyNotice", "Your rights"), fill(translate(
        "PrivacyNotice", "You may ask to see, correct or delete what we recorded about you, "
        "or ask how it is used: %1."), notice.contact or org.name)))
    return found


def _sentence(text: str) -> str:
    # "name, mobile phone …" begins a sentence in English; Chinese has no capitals.
    return text[:1].upper() + text[1:] + translate("PrivacyNotice", ".")


def notice_flowables(doc: DocumentBuilder, notice: PrivacyNotice,
                     org: OrgInfo) -> list[Flowable]:
    """Each section as a heading and its paragraph."""
    story: list[Flowable] = []
    for heading, text in sections(notice, org):
        story.append(doc.paragraph(heading, field=heading, style=doc.styles.value_large))
        story.append(doc.spacer(1 * mm))
        story.append(doc.paragraph(text, field=heading))
        story.append(doc.spacer(3 * mm))
    return story


def render_privacy_notice(notice: PrivacyNotice, org: OrgInfo, paper: Paper, out: Path, *,
                          now: dt.datetime | None = None) -> RenderResult:
    """Print the notice to ``out``."""
    if paper not in PAPERS:
        raise ValueError(f"the privacy notice is laid out for {PAPERS}, not {paper}")
    title = translate("PrivacyNotice", "Privacy notice for visitors")
    return render(out, paper=paper, org=org, title=title,
                  content=lambda doc: notice_flowables(doc, notice, org), now=now,
                  pdf_title=title, one_page=True)
