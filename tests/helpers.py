"""Helpers for tests that drive widgets and read documents back."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from deskapp.ui.access.login import LoginDialog


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


def answer_modal(qtbot, kind: type[QDialog], answer: Callable[[QDialog], None]) -> list[QDialog]:
    """Answer the next modal dialog of ``kind`` as a user would, once it is shown."""
    seen: list[QDialog] = []
    tries = [0]

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QDialog) and w.isVisible() and w.isModal()]
        # The one asked for, whichever other modal dialog is open beneath it.
        waiting = [w for w in shown if isinstance(w, kind) and w not in seen]
        dialog = waiting[0] if waiting else (shown[-1] if shown else None)
        if isinstance(dialog, kind) and dialog not in seen:
            seen.append(dialog)
            dialog.activateWindow()  # as the window manager would: keys go to the dialog
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            answer(dialog)
            return
        tries[0] += 1
        if tries[0] > 250:  # never shown, or left open: fail the test instead of hanging
            if isinstance(dialog, QDialog):
                dialog.done(LoginDialog.QUIT)
            return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


def open_visitor_log(window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+1 then Ctrl+N: the window opens on Today; a receptionist checking a visitor in
    goes to the visitor log and starts a new entry (the cursor in the name field)."""
    window.show_tab("visitors")
    window.workspace("visitors").new_entry()


def plans_of(services, action, table: str = "visit") -> list[str]:  # type: ignore[no-untyped-def]
    """The plan of every SELECT reading ``table`` (a regular expression: ``(a|b)`` for
    several) that ``action`` runs; on PostgreSQL with sequential scans made unattractive,
    since a few test rows would always be read whole and what matters is that an index
    *can* serve the query."""
    import re

    from sqlalchemy import event

    seen: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT") and re.search(
                rf"FROM {table}\b", statement):
            seen.append((statement, parameters))

    event.listen(services.engine, "before_cursor_execute", capture)
    try:
        action()
    finally:
        event.remove(services.engine, "before_cursor_execute", capture)
    plans = []
    raw = services.engine.raw_connection()
    try:
        postgres = services.engine.dialect.name == "postgresql"
        cursor = raw.cursor()
        if postgres:
            cursor.execute("SET enable_seqscan = off")
        for statement, parameters in seen:
            cursor.execute(("EXPLAIN " if postgres else "EXPLAIN QUERY PLAN ") + statement,
                           parameters)
            plans.append(" | ".join(str(row[-1]) for row in cursor.fetchall()))
    finally:
        raw.rollback()
        raw.close()
    assert plans, "no query captured"
    return plans
