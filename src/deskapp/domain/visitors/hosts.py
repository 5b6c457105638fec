"""Whom a visitor comes to see, as the directory knows them: shared by check-in and the
expected visitors, so a host typed in either points at the same unit or department."""

from __future__ import annotations

from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import ValidationError
from deskapp.domain.visitors.inputs import HostRef
from deskapp.i18n import translate


def resolve_host(directory: DirectoryService, host: HostRef) -> HostRef:
    """``host`` pointing at its directory entry when the text names one.

    A host chosen from the list keeps its entry, which must still be in the directory;
    "1203" typed and saved without choosing still points at unit 1203; text naming no entry
    stays free text (someone not listed).

    Raises:
        ValidationError: ("host") the entry chosen is gone from the directory, or the text
            half-matches several entries.
    """
    if host.unit_id is not None or host.department_id is not None:
        listed = {(o.kind, o.id) for o in directory.host_options()}
        if ((host.unit_id is not None and ("unit", host.unit_id) not in listed)
                or (host.department_id is not None
                    and ("department", host.department_id) not in listed)):
            # The record would point at nothing (and the foreign key would refuse it).
            raise ValidationError({"host": translate(
                "Directory", "This entry is no longer in the directory.")})
        return host
    option, problem = directory.match_host(host.label)
    if problem:
        raise ValidationError({"host": problem})
    if option is None:
        return host
    return HostRef(option.label, option.id if option.kind == "unit" else None,
                   option.id if option.kind == "department" else None)
