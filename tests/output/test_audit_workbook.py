"""The audit trail's workbook, read back as Excel would: the block above, one row per entry
oldest first, text never a formula, local times; written whole or not at all."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from deskapp.bootstrap import Services
from deskapp.domain.audit_trail import AuditQuery, kind_label
from deskapp.domain.calls.records import CallInput
from deskapp.domain.operators import NotAllowed
from deskapp.domain.roles import Role
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.errors import ProtectedFile
from deskapp.output.workbook import ExportCancelled
from deskapp.usecases.audit_export import export_audit_trail


def some_records(services: Services) -> None:
    services.accounts.create_first_administrator("管理员", "admin-pass", "admin-pass")
    services.accounts.log_in("管理员", "admin-pass")
    services.operator.move_to("一楼大堂")
    services.settings.save(dataclasses.replace(services.settings.load(), org_name="星河物业"))
    for name in ("张三", "李四"):
        row = services.visitors.check_in(VisitInput(name=name, host=HostRef("1203")))
    services.visitors.check_out(row.id)
    services.calls.log_call(CallInput(subject="=1+2 报修", caller_name="赵六"))


def header_rows(ws) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[str]] = {}
    for label, value, *_ in ws.iter_rows(min_row=2, max_row=12, max_col=2, values_only=True):
        if label is None:
            break
        found.setdefault(label, []).append(value)
    return found


def test_the_workbook_holds_the_block_and_every_entry_oldest_first(
        services: Services, tmp_path: Path, shanghai_tz: None) -> None:
    some_records(services)
    today = services.clock.today()
    query = AuditQuery(today, today)
    expected = list(reversed(services.audit.page(query)))
    seen: list[tuple[int, int | None]] = []
    path = export_audit_trail(services, query, tmp_path / "out" / "audit.xlsx",
                              progress=lambda done, total: seen.append((done, total)))
    assert path == tmp_path / "out" / "audit.xlsx"
    assert seen[0] == (0, len(expected)) and seen[-1] == (len(expected), len(expected))

    ws = openpyxl.load_workbook(path).active
    assert ws.title == "Audit trail"
    assert ws["A1"].value == "星河物业 — Audit trail"
    block = header_rows(ws)
    assert block["Dates"] == [today.isoformat()]
    assert block["Filter"] == ["none (every entry of these dates)"]
    assert block["Chain"] == [f"Audit trail: sound ({len(expected)} entries)."]
    header_at = next(r for r in range(1, 15) if ws.cell(r, 1).value == "Entry no.")
    assert [c.value for c in ws[header_at]] == [
        "Entry no.", "Time", "Operator", "Approved by", "Counter", "Action", "Record kind",
        "Record no.", "Changes"]
    assert ws.freeze_panes == f"A{header_at + 1}"
    rows = list(ws.iter_rows(min_row=header_at + 1, values_only=True))
    assert [r[0] for r in rows] == [e.id for e in expected]
    for got, entry in zip(rows, expected, strict=True):
        local = entry.at.astimezone().replace(tzinfo=None)  # Excel keeps no zone
        assert abs(got[1] - local) < dt.timedelta(seconds=1)
        texts = (entry.actor, entry.approved_by, entry.desk, entry.action_text(),
                 kind_label(entry.record_kind) if entry.record_kind else "")
        assert got[2:7] == tuple(t or None for t in texts)  # an empty text is an empty cell
        assert got[7] == entry.record_id and got[8] == (entry.changes_text() or None)
    assert rows[0][1].hour == 9  # 09:30 at the counter (UTC+8), not 01:30 UTC
    # The subject typed into a call stays text, never a formula.
    call = next(c for c in ws.iter_rows(min_row=header_at + 1)
                if c[6].value == "call" and c[5].value == "created")
    assert "subject = =1+2 报修" in call[8].value and call[8].data_type == "s"
    assert "张三" not in "".join(str(v) for r in rows for v in r)  # never the person


def test_the_block_names_the_filters_and_only_their_entries_are_written(
        services: Services, tmp_path: Path) -> None:
    some_records(services)
    today = services.clock.today()
    query = AuditQuery(today - dt.timedelta(days=2), today, text="1", kind="visit",
                       actor="管理员", action="create", desk="一楼大堂")
    path = export_audit_trail(services, query, tmp_path / "visits.xlsx")
    ws = openpyxl.load_workbook(path).active
    block = header_rows(ws)
    assert block["Dates"] == [f"{(today - dt.timedelta(days=2)).isoformat()} to "
                              f"{today.isoformat()}"]
    assert block["Filter"] == ["Operator: 管理员", "Action: created", "Record kind: visit",
                               "Counter: 一楼大堂", "Words: 1"]
    header_at = next(r for r in range(1, 20) if ws.cell(r, 1).value == "Entry no.")
    rows = list(ws.iter_rows(min_row=header_at + 1, values_only=True))
    assert len(rows) == services.audit.count(query) >= 1
    assert {(r[5], r[6]) for r in rows} == {("created", "visit")}


def test_a_broken_chain_is_said_in_the_block(services: Services, tmp_path: Path) -> None:
    some_records(services)
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE auditentry SET actor = 'nobody' WHERE seq = 2"))
    today = services.clock.today()
    path = export_audit_trail(services, AuditQuery(today, today), tmp_path / "a.xlsx")
    block = header_rows(openpyxl.load_workbook(path).active)
    assert block["Chain"] == ["Audit trail: broken at entry 2, changed after it was written."]


def test_a_cancelled_export_leaves_the_old_file(services: Services, tmp_path: Path) -> None:
    some_records(services)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "audit.xlsx"
    target.write_bytes(b"old")
    today = services.clock.today()
    with pytest.raises(ExportCancelled):
        export_audit_trail(services, AuditQuery(today, today), target, cancelled=lambda: True)
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["audit.xlsx"]


def test_only_supervisors_export_and_never_onto_the_data_file(services: Services,
                                                              tmp_path: Path) -> None:
    some_records(services)
    today = services.clock.today()
    if services.db_path is not None:
        with pytest.raises(ProtectedFile):
            export_audit_trail(services, AuditQuery(today, today), services.db_path)
    services.accounts.add("王芳", Role.RECEPTIONIST, "1234", "1234")
    services.accounts.log_in("王芳", "1234")
    with pytest.raises(NotAllowed):
        export_audit_trail(services, AuditQuery(today, today), tmp_path / "no.xlsx")
    assert not (tmp_path / "no.xlsx").exists()
