"""The telephone message slip (电话留言条) handed to whom a message is for: 80 mm roll or A6."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.calls.records import CallRow, MessageRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import translate
from deskapp.output.document import DocumentBuilder, KeyValue, RenderResult, format_local, render

PAPERS = (Paper.ROLL80, Paper.A6)


def slip_rows(call: CallRow, message: MessageRow) -> list[KeyValue]:
    """The label/value rows of the slip, in print order (empty optional fields left out).

    The caller's number is printed in full: ringing back is the point of the slip.
    """
    rows = [KeyValue(translate("MessageSlip", "For"), message.recipient, large=True)]
    caller = " ".join(filter(None, (call.caller_name, call.phone)))
    if caller:
        rows.append(KeyValue(translate("MessageSlip", "From"), caller))
    if call.about_label:
        rows.append(KeyValue(translate("MessageSlip", "Unit"), call.about_label))
    rows.append(KeyValue(translate("MessageSlip", "Called at"), format_local(call.started_at)))
    rows.append(KeyValue(translate("MessageSlip", "Message"), message.text, large=True))
    if call.subject and call.subject != message.text:
        rows.append(KeyValue(translate("MessageSlip", "About"), call.subject))
    if message.created_by:
        rows.append(KeyValue(translate("MessageSlip", "Taken by"), message.created_by))
    return rows


def slip_flowables(doc: DocumentBuilder, call: CallRow, message: MessageRow) -> list[Flowable]:
    """The body of the slip below the organisation header and title."""
    return [
        doc.key_values(slip_rows(call, message)),
        doc.spacer(2 * mm),
        doc.signature_line(translate("MessageSlip", "Received by")),
        doc.spacer(2 * mm),
        doc.note(translate("MessageSlip", "Please sign and return to the counter")),
    ]


def render_message_slip(call: CallRow, message: MessageRow, org: OrgInfo, paper: Paper,
                        out: Path, *, now: dt.datetime | None = None) -> RenderResult:
    """Print the slip of ``message`` (taken on ``call``) to ``out`` (PDF, written atomically).

    Raises:
        ValueError: ``paper`` is not laid out for slips.
    """
    if paper not in PAPERS:
        raise ValueError(f"a message slip is laid out for {PAPERS}, not {paper}")
    title = translate("MessageSlip", "Telephone message")
    return render(out, paper=paper, org=org, title=title,
                  content=lambda doc: slip_flowables(doc, call, message), now=now,
                  pdf_title=f"{title} {message.id}", one_page=True)
