"""A Visit as the rest of deskapp sees it: a plain row, never a live ORM object."""

from __future__ import annotations

from deskapp.db.models import Visit
from deskapp.domain.identity import IdType
from deskapp.domain.records import HostResponse, Purpose, VisitFlag, VisitRow


def visit_row(v: Visit, temp_pass_no: str = "") -> VisitRow:
    """The plain row of a Visit."""
    flags: list[VisitFlag] = []
    if v.exempt:
        flags.append(VisitFlag.EXEMPT)
    if v.deny_override_reason:
        flags.append(VisitFlag.DENY_OVERRIDE)
    if v.temp_pass_id:
        flags.append(VisitFlag.TEMP_PASS)
    if v.voided_at is not None:
        flags.append(VisitFlag.VOIDED)
    return VisitRow(
        id=v.id or 0, pass_no=v.pass_no, name=v.name, id_type=IdType(v.id_type),
        id_number=v.id_number, phone=v.phone, company=v.company, party_size=v.party_size,
        purpose=Purpose(v.purpose), host_label=v.host_label, time_in=v.time_in,
        time_out=v.time_out, valid_until=v.valid_until, plate=v.plate, items=v.items,
        note=v.note, host_response=HostResponse(v.host_response), host_message=v.host_message,
        appointment_at=v.appointment_at, temp_pass_no=temp_pass_no, flags=tuple(flags),
        visitor_id=v.visitor_id, created_by=v.created_by, desk=v.desk,
        void_reason=v.void_reason, host_unit_id=v.host_unit_id,
        host_department_id=v.host_department_id, group_id=v.group_id,
        corrections=v.corrections or 0, address=v.address or "",
        created_at=v.created_at,
    )
