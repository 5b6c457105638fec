"""The visitor log 访客登记: check-in, returning visitors, host responses, check-out, history.

One service, :class:`VisitorLog`, made of parts in this package; import from here.
"""

from deskapp.domain.paging import PageCursor
from deskapp.domain.visitors.check_in import AlreadyOnSite
from deskapp.domain.visitors.history import SortKey, VisitQuery, validate_query
from deskapp.domain.visitors.inputs import FIELD_LIMITS, MAX_PARTY, HostRef, VisitInput
from deskapp.domain.visitors.log import (
    MAX_HOST_MESSAGE,
    MAX_PASS_NO,
    PASS_NO,
    UNDO_CHECK_OUT_MINUTES,
    AlreadyCheckedOut,
    AmbiguousPass,
    VisitEventKind,
    VisitorLog,
)
from deskapp.domain.visitors.profiles import VisitorProfile
from deskapp.domain.visitors.rows import visit_row

__all__ = [
    "FIELD_LIMITS", "MAX_HOST_MESSAGE", "MAX_PARTY", "MAX_PASS_NO", "PASS_NO",
    "UNDO_CHECK_OUT_MINUTES", "AlreadyCheckedOut", "AlreadyOnSite", "AmbiguousPass", "HostRef",
    "PageCursor",
    "SortKey", "VisitEventKind", "VisitInput", "VisitQuery", "VisitorLog", "VisitorProfile",
    "validate_query", "visit_row",
]
