"""The commands without the window, run as a scheduled job would run them."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from deskapp.bootstrap import build_services
from helpers import pdf_fonts, pdf_text
from key_cabinet import ID_ZHANG, ID_ZHANG_MASKED, fill_cabinet
from processes import deskapp


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    result = deskapp("demo", "--db", str(db), "--days", "3")
    assert result.returncode == 0, result.stderr
    assert "visits" in result.stdout
    return db


def test_demo_spreads_over_the_days_including_today(demo_db: Path, tmp_path: Path) -> None:
    today = dt.date.today()
    out = tmp_path / "today.xlsx"
    result = deskapp("export", "--db", str(demo_db), "--date", today.isoformat(), "-o", str(out))
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out)["Visitors"]
    assert sheet.max_row > 5  # header + today's visits
    earlier = tmp_path / "earlier.xlsx"
    day = (today - dt.timedelta(days=2)).isoformat()
    result = deskapp("export", "--db", str(demo_db), "--date", day, "-o", str(earlier))
    assert result.returncode == 0
    assert openpyxl.load_workbook(earlier)["Visitors"].max_row > 5


def test_export_writes_the_workbook_closing_the_day_writes(demo_db: Path,
                                                           tmp_path: Path) -> None:
    from deskapp.domain.day_closing.open_items import OpenGroup
    from deskapp.usecases.close_day import close_day

    today = dt.date.today()
    exported = tmp_path / "export.xlsx"
    result = deskapp("export", "--db", str(demo_db), "--date", today.isoformat(), "-o",
                     str(exported))
    assert result.returncode == 0, result.stderr
    copy = tmp_path / "copy.sqlite"  # the module's file stays open for the other tests
    services = build_services(demo_db)
    try:
        services.backup(copy)
    finally:
        services.close()
    services = build_services(copy)
    try:
        closed = close_day(services, today, tuple(OpenGroup), tmp_path / "closing")
    finally:
        services.close()

    def read(path: Path) -> dict[str, list[tuple[object, ...]]]:
        book = openpyxl.load_workbook(path)
        # The summary's second line says when it was drawn or closed: the rest is the same.
        return {name: [row for n, row in enumerate(book[name].iter_rows(values_only=True))
                       if not (name == "Summary" and n == 1)] for name in book.sheetnames}

    ours, theirs = read(exported), read(closed.workbook)
    assert list(ours) == list(theirs) and list(ours)[0] == "Summary"
    assert ours == theirs


def test_print_a_visitor_pass_by_id_or_pass_number(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pass.pdf"
    result = deskapp("print", "visitor-pass", "1", "--db", str(demo_db), "-o", str(out),
                     "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "访客" in text
    assert all(" yes " in f" {line} " for line in pdf_fonts(out))
    number = re.search(r"V\d{6}-\d{4}", text).group(0)
    by_number = tmp_path / "pass2.pdf"
    assert deskapp("print", "visitor-pass", number, "--db", str(demo_db),
                   "-o", str(by_number)).returncode == 0


def test_print_saves_into_the_archive_and_says_where(tmp_path: Path) -> None:
    from deskapp.domain.visitors import HostRef, VisitInput

    db = tmp_path / "desk.sqlite"
    services = build_services(db)
    try:
        visit = services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    finally:
        services.close()
    first = deskapp("print", "visitor-pass", str(visit.id), "--db", db)
    assert first.returncode == 0, first.stderr
    archived = Path(first.stdout.strip())
    assert archived.parent.parent.parent == tmp_path / "desk-archive"
    assert sorted((tmp_path / "desk-archive").rglob("*.pdf")) == [archived]
    assert "COPY" not in pdf_text(archived)
    second = deskapp("print", "visitor-pass", visit.pass_no, "--db", db)
    assert second.returncode == 0 and "COPY" in pdf_text(Path(second.stdout.strip()))
    services = build_services(db)
    try:
        logged = services.print_log.copies("visitor-pass", visit.pass_no)
    finally:
        services.close()
    assert [(c.how.value, (tmp_path / "desk-archive" / c.archive_name).is_file())
            for c in logged] == [("saved", True), ("saved", True)]


def test_print_the_evacuation_list_whatever_the_number(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "on-site.pdf"
    result = deskapp("print", "on-site", "0", "--db", str(demo_db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out).split())
    assert "Visitors on site now" in text and "On site:" in text and "Pass no." in text
    assert "destroy it after use" in text and "*" not in text  # nothing masked, no IDs
    assert all(" yes " in f" {line} " for line in pdf_fonts(out))
    assert deskapp("print", "on-site", "7", "--db", str(demo_db),
                   "-o", str(tmp_path / "again.pdf")).returncode == 0


def test_print_the_monthly_complaints_and_a_handling_form(tmp_path: Path) -> None:
    from deskapp.domain.clock import Clock
    from deskapp.domain.requests.records import RequestInput

    db = tmp_path / "desk.sqlite"
    taken_at = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    services = build_services(db, clock=Clock(lambda: taken_at))
    try:
        for name in ("张三", "李四"):
            row = services.requests.register(RequestInput(
                content="楼道灯坏了", complainant=name, phone="13800138000", about_label="1203"))
        services.requests.dispatch(row.id, "工程部")
    finally:
        services.close()
    out = tmp_path / "month.pdf"
    result = deskapp("print", "monthly-complaints", "2026-11", "--db", db, "-o", out)
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out).split())
    assert "Monthly complaints list" in text and "2026-11 · 2 requests taken" in text
    assert "R2026-0001" in text and "R2026-0002" in text and "138****8000" in text
    assert "The month in figures" in text and "工程部" in text
    assert all(" yes " in f" {line} " for line in pdf_fonts(out))
    form = tmp_path / "form.pdf"
    result = deskapp("print", "complaint-form", "R2026-0002", "--db", db, "-o", form,
                     "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert "李四" in pdf_text(form) and "13800138000" in pdf_text(form)
    bad = deskapp("print", "monthly-complaints", "11/2026", "--db", db)
    assert bad.returncode == 1 and "2026-11" in bad.stderr and "11/2026" in bad.stderr


def test_print_a_key_slip_and_the_key_register(tmp_path: Path, now) -> None:  # type: ignore[no-untyped-def]
    from deskapp.domain.clock import Clock

    db = tmp_path / "desk.sqlite"
    services = build_services(db, clock=Clock(now))
    try:
        cabinet = fill_cabinet(services, now)
    finally:
        services.close()
    slip = tmp_path / "slip.pdf"
    result = deskapp("print", "key-slip", str(cabinet.viewing.id), "--db", db, "-o", slip,
                     "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    text = pdf_text(slip)
    assert "KL2026-0001" in text and "空置单元" in text and "张三" in text
    assert ID_ZHANG_MASKED in text and ID_ZHANG not in text
    assert all(" yes " in f" {line} " for line in pdf_fonts(slip))
    register = tmp_path / "register.pdf"
    result = deskapp("print", "key-register", "0", "--db", db, "-o", register)
    assert result.returncode == 0, result.stderr
    assert "Key register" in pdf_text(register) and "K0003" in pdf_text(register)
    missing = deskapp("print", "key-slip", "KL2026-0404", "--db", db)
    assert missing.returncode == 1 and "KL2026-0404" in missing.stderr


def test_check_reports_integrity_and_schema(demo_db: Path) -> None:
    result = deskapp("check", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout and "up to date" in result.stdout


def test_screenshot_renders_the_window(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = deskapp("screenshot", "--db", str(demo_db), "--lang", "zh_CN", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    missing = deskapp("screenshot", "--db", str(demo_db), "--tab", "nowhere", "-o", str(out))
    assert missing.returncode != 0 and "does not exist yet" in missing.stderr


@pytest.mark.parametrize("args, expected", [
    (("export", "--db", "{db}", "--date", "23/11/2026", "-o", "{tmp}/x.xlsx"), "YYYY-MM-DD"),
    (("export", "--db", "{tmp}/missing.sqlite", "--date", "2026-11-23", "-o", "{tmp}/x.xlsx"),
     "no data file"),
    (("print", "invoice", "1", "--db", "{db}", "-o", "{tmp}/x.pdf"), "unknown kind"),
    (("print", "visitor-pass", "999999", "--db", "{db}", "-o", "{tmp}/x.pdf"), "no visit number"),
    (("print", "visitor-pass", "1", "--db", "{db}", "-o", "{tmp}/x.txt"), "must end in .pdf"),
    (("demo", "--db", "{db}", "--days", "0"), "between 1 and 3650"),
    (("check", "--db", "{tmp}/junk.sqlite"), "not a deskapp data file"),
    (("frobnicate",), "invalid choice"),
])
def test_bad_arguments_give_one_line_and_a_nonzero_exit(demo_db: Path, tmp_path: Path,
                                                       args, expected) -> None:
    (tmp_path / "junk.sqlite").write_text("junk")
    filled = [a.format(db=demo_db, tmp=tmp_path) for a in args]
    result = deskapp(*filled)
    assert result.returncode != 0
    assert expected in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args, code", [
    (("frobnicate",), 2),
    (("export", "--date", "2026-11-23"), 2),  # no -o
    (("print", "invoice", "1", "-o", "{tmp}/x.pdf"), 2),
    (("export", "--db", "{tmp}/missing.sqlite", "--date", "2026-11-23", "-o", "{tmp}/x.xlsx"), 1),
    (("check", "--db", "{tmp}/junk.sqlite"), 1),
    (("print", "visitor-pass", "999999", "-o", "{tmp}/x.pdf"), 1),
])
def test_exit_codes_say_bad_usage_or_failure(demo_db: Path, tmp_path: Path, args, code) -> None:
    (tmp_path / "junk.sqlite").write_text("junk")
    result = deskapp(*[a.format(tmp=tmp_path) for a in args], env={"DESKAPP_DB": str(demo_db)})
    assert result.returncode == code, result.stderr


def test_db_before_or_after_the_command_and_from_the_environment(demo_db: Path,
                                                                 tmp_path: Path) -> None:
    for args, env in ((("--db", demo_db, "check"), None), (("check", "--db", demo_db), None),
                      (("check",), {"DESKAPP_DB": str(demo_db)})):
        result = deskapp(*args, env=env)
        assert result.returncode == 0 and str(demo_db) in result.stdout, result.stderr
    today = dt.date.today().isoformat()
    env = {"DESKAPP_DB": str(demo_db)}
    assert deskapp("export", "--date", today, "-o", tmp_path / "a.xlsx", env=env).returncode == 0
    assert deskapp("print", "visitor-pass", "1", "-o", tmp_path / "a.pdf", env=env).returncode == 0
    assert deskapp("backup", "-o", tmp_path / "a.sqlite", env=env).returncode == 0


def test_lang_applies_to_export_and_print(demo_db: Path, tmp_path: Path) -> None:
    today = dt.date.today().isoformat()
    for lang, sheet, title in (("zh_CN", "访客登记", "访客单"),
                               ("en", "Visitors", "Visitor pass")):
        book = tmp_path / f"{lang}.xlsx"
        result = deskapp("--lang", lang, "export", "--db", demo_db, "--date", today, "-o", book)
        assert result.returncode == 0, result.stderr
        assert openpyxl.load_workbook(book).sheetnames[1] == sheet  # after the summary
        pdf = tmp_path / f"{lang}.pdf"
        result = deskapp("print", "visitor-pass", "1", "--db", demo_db, "-o", pdf, "--lang", lang)
        assert result.returncode == 0, result.stderr
        assert title in pdf_text(pdf)


def test_demo_stays_out_of_a_real_file(tmp_path: Path) -> None:
    from dataclasses import replace

    from deskapp.domain.visitors import HostRef, VisitInput

    real = tmp_path / "real.sqlite"
    services = build_services(real)
    services.settings.save(replace(services.settings.load(), org_name="金茂大厦物业",
                                   welcomed=True))
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    services.close()
    refused = deskapp("demo", "--db", real, "--days", "1")
    assert refused.returncode == 1 and "real records" in refused.stderr
    with sqlite3.connect(real) as con:
        assert con.execute("select count(*) from visit").fetchone() == (1,)
    con.close()
    forced = deskapp("demo", "--db", real, "--days", "1", "--force")
    assert forced.returncode == 0, forced.stderr
    again = deskapp("demo", "--db", real, "--days", "1", "--force")
    assert again.returncode == 0, again.stderr
    services = build_services(real)
    try:
        settings = services.settings.load()
        assert settings.org_name == "金茂大厦物业" and not settings.org_phone and not settings.demo
        assert len(services.screening.deny_list()) == 2  # not doubled by the second load
        assert len(services.screening.watch_list()) == 1
        assert len(services.screening.temp_passes(current_only=False)) == 1
        assert len(services.visitors.exempt_regulars()) == 3
    finally:
        services.close()


def test_a_new_file_becomes_a_marked_demo_file(tmp_path: Path) -> None:
    path = tmp_path / "try.sqlite"
    assert deskapp("demo", "--db", path, "--days", "1").returncode == 0
    assert deskapp("demo", "--db", path, "--days", "1").returncode == 0  # demo into demo: fine
    services = build_services(path)
    try:
        settings = services.settings.load()
        assert settings.demo and settings.welcomed and settings.org_name
        assert len(services.screening.deny_list()) == 2
    finally:
        services.close()
