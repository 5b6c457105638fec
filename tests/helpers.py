"""Helpers for tests that drive widgets and read documents back."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def commit_text(widget: QWidget, text: str) -> None:
    """Type text the way an input method commits it (QTest keys are ASCII-only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def pdf_text(path: Path) -> str:
    """The text of a PDF, as pdftotext reads it."""
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdf_fonts(path: Path) -> list[str]:
    """pdffonts rows (without the two header lines)."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return [line for line in out.splitlines()[2:] if line.strip()]


def pdf_info(path: Path) -> dict[str, str]:
    """pdfinfo's fields."""
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def page_size(path: Path) -> tuple[float, float]:
    """The first page's width and height in points ("226.772 x 226.772 pts")."""
    parts = pdf_info(path)["Page size"].split()
    return float(parts[0]), float(parts[2])
