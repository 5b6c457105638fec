"""The call log's printed documents: the message slip and the phone directory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.calls.phone_book import PhoneEntryRow
from deskapp.domain.calls.records import CallRow, MessageRow
from deskapp.domain.errors import NotFound
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.usecases.printing import DocumentSpec, record_id

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


@dataclass(frozen=True)
class _Slip:
    call: CallRow
    message: MessageRow


def _load_slip(domain: Domain, typed: str) -> _Slip:
    number = record_id(typed)
    if number is None:
        raise NotFound(fill(translate("CallLog", "There is no message number %1."), typed))
    message = domain.calls.message(number)
    return _Slip(domain.calls.call(message.call_id), message)


def _render_slip(slip: _Slip, org: OrgInfo, paper: Paper, out: Path,
                 now: dt.datetime) -> RenderResult:
    from deskapp.output.message_slip import render_message_slip

    return render_message_slip(slip.call, slip.message, org, paper, out, now=now)


MESSAGE_SLIP = DocumentSpec(
    kind="message-slip",
    label=lambda: translate("DocumentKind", "Telephone message slip"),
    papers=(Paper.ROLL80, Paper.A6),
    load=_load_slip,
    reference=lambda slip: f"M{slip.message.id}",
    render=_render_slip,
)


@dataclass(frozen=True)
class _Directory:
    entries: list[PhoneEntryRow]
    reviewed: dt.date | None


def _load_directory(domain: Domain, _typed: str) -> _Directory:
    # The whole list, whatever id was given; confidential numbers only when allowed.
    from deskapp.output.phone_directory import printed_entries

    allowed = domain.settings.load().print_confidential_numbers
    return _Directory(printed_entries(domain.phone_book.entries(), confidential=allowed),
                      domain.phone_book.last_review())


def _render_directory(book: _Directory, org: OrgInfo, paper: Paper, out: Path,
                      now: dt.datetime) -> RenderResult:
    from deskapp.output.phone_directory import render_phone_directory

    return render_phone_directory(book.entries, book.reviewed, org, paper, out, now=now)


PHONE_DIRECTORY = DocumentSpec(
    kind="phone-directory",
    label=lambda: translate("DocumentKind", "Phone directory"),
    papers=(Paper.A4, Paper.A5),
    load=_load_directory,
    reference=lambda _book: "all",
    render=_render_directory,
    copies_marked=False,  # printed again each month as it changes
)
