"""The layers point one way: domain, db and output never import Qt (or the UI)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

PROBE = """
import importlib, pkgutil, sys
sys.modules['PySide6'] = None  # any Qt import now fails
import deskapp.domain, deskapp.db, deskapp.output
for package in (deskapp.domain, deskapp.db, deskapp.output):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):
        if '.migrations' in info.name:
            continue
        importlib.import_module(info.name)
import deskapp.bootstrap, deskapp.documents, deskapp.exports
bad = sorted(m for m in sys.modules if m.startswith('deskapp.ui'))
assert not bad, bad
print('ok')
"""


def test_domain_db_and_output_import_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env={"PYTHONPATH": str(SRC), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_domain_does_not_import_output_or_ui() -> None:
    for module in (SRC / "deskapp" / "domain").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "deskapp.output" not in text and "deskapp.ui" not in text, module.name


def test_widgets_never_open_a_session() -> None:
    for module in (SRC / "deskapp" / "ui").rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "Session(" not in text and "sqlmodel" not in text, module.name
