"""The commands without the window, run as a scheduled job would run them."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from helpers import pdf_fonts, pdf_text


def deskapp(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deskapp", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=180)


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
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.max_row > 5  # header + today's visits
    earlier = tmp_path / "earlier.xlsx"
    day = (today - dt.timedelta(days=2)).isoformat()
    assert deskapp("export", "--db", str(demo_db), "--date", day, "-o", str(earlier)).returncode == 0
    assert openpyxl.load_workbook(earlier).worksheets[0].max_row > 5


def test_print_a_visitor_pass_by_id_or_pass_number(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pass.pdf"
    result = deskapp("print", "visitor-pass", "1", "--db", str(demo_db), "-o", str(out),
                     "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "访客" in text
    assert all(" yes " in f" {line} " for line in pdf_fonts(out))
    number = text.split("V")[1][:11]
    by_number = tmp_path / "pass2.pdf"
    assert deskapp("print", "visitor-pass", "V" + number, "--db", str(demo_db),
                   "-o", str(by_number)).returncode == 0


def test_check_reports_integrity_and_schema(demo_db: Path) -> None:
    result = deskapp("check", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout and "up to date" in result.stdout


def test_screenshot_renders_the_window(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = deskapp("screenshot", "--db", str(demo_db), "--lang", "zh_CN", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    missing = deskapp("screenshot", "--db", str(demo_db), "--tab", "fees", "-o", str(out))
    assert missing.returncode != 0 and "does not exist yet" in missing.stderr


@pytest.mark.parametrize("args, expected", [
    (("export", "--db", "{db}", "--date", "23/11/2026", "-o", "{tmp}/x.xlsx"), "YYYY-MM-DD"),
    (("export", "--db", "{tmp}/missing.sqlite", "--date", "2026-11-23", "-o", "{tmp}/x.xlsx"),
     "no data file"),
    (("print", "receipt", "1", "--db", "{db}", "-o", "{tmp}/x.pdf"), "unknown kind"),
    (("print", "visitor-pass", "999999", "--db", "{db}", "-o", "{tmp}/x.pdf"), "no longer exists"),
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
