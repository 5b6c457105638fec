"""The audit trail to Excel, for supervisors: the entries of a query, oldest first, under
a block naming the organisation, the dates, the filters and the chain's state."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from deskapp import paths
from deskapp.domain.audit_trail import AuditQuery, action_label, kind_label
from deskapp.i18n import translate
from deskapp.progress import Cancelled, Progress

if TYPE_CHECKING:
    from deskapp.bootstrap import Services


def export_audit_trail(services: Services, query: AuditQuery, path: str | Path,
                       progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> Path:
    """Write the entries of ``query`` to the workbook ``path`` (replaced only when complete;
    a cancel or a failure leaves an existing file as it was); returns the path.

    Raises:
        NotAllowed: the operator may not read the audit trail.
        ValidationError: the query is not one (days, words, filters).
        ProtectedFile: ``path`` is the data file itself.
        ExportCancelled: ``cancelled()`` said so.
        OSError: the file could not be written.
    """
    # openpyxl loads on the first export, not at start-up.
    from deskapp.output.audit_workbook import AuditHeader, audit_sheet
    from deskapp.output.workbook import write_workbook
    from deskapp.usecases.safekeeping import check_audit_trail

    target = Path(path)
    if services.location.file is not None:
        paths.refuse_data_file(target, services.location.file)
    trail = services.audit
    query = trail.validate_query(query)
    total = trail.count(query)  # authorises first: nothing is read or written otherwise
    chain = check_audit_trail(services, remember=False)
    header = AuditHeader(org=services.settings.load().org_name, first_day=query.first_day,
                         last_day=query.last_day, filters=describe_filters(query),
                         chain=chain.message, written_at=services.clock.now())
    target.parent.mkdir(parents=True, exist_ok=True)
    write_workbook(target, [audit_sheet(trail.iter_rows(query), header, total)],
                   progress=progress, cancelled=cancelled,
                   title=translate("AuditWorkbook", "Audit trail"), subject=header.org)
    return target


def describe_filters(query: AuditQuery) -> list[tuple[str, str]]:
    """The filters of ``query`` in force, each as (what, value), for people to read."""
    found: list[tuple[str, str]] = []
    if query.actor is not None:
        found.append((translate("AuditWorkbook", "Operator"), query.actor))
    if query.action is not None:
        found.append((translate("AuditWorkbook", "Action"), action_label(query.action)))
    if query.kind is not None:
        found.append((translate("AuditWorkbook", "Record kind"), kind_label(query.kind)))
    if query.desk is not None:
        found.append((translate("AuditWorkbook", "Counter"),
                      query.desk or translate("AuditWorkbook", "without a name")))
    if query.text:
        found.append((translate("AuditWorkbook", "Words"), query.text))
    return found
