"""Unexpected errors are logged and shown as a short dialog, never as a traceback."""

from __future__ import annotations

import logging
import sys

from deskapp.ui import messages


def test_an_uncaught_error_is_logged_and_shown_briefly(qtbot, monkeypatch, caplog) -> None:
    shown = []
    monkeypatch.setattr(messages, "show_unexpected", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    messages.install_excepthook()
    try:
        raise RuntimeError("printer on fire")
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert [str(e) for e in shown] == ["printer on fire"]
    record = next(r for r in caplog.records if r.levelno == logging.CRITICAL)
    assert record.exc_info and "printer on fire" in str(record.exc_info[1])


def test_the_dialog_is_short_with_details_behind_a_button(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self) or 0)
    try:
        raise ValueError("bad thing")
    except ValueError as exc:
        messages.show_unexpected(None, exc)
    [box] = boxes
    assert "Traceback" not in box.text() and "Traceback" not in box.informativeText()
    assert "Traceback" in box.detailedText()


def test_a_question_can_put_enter_on_no(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    boxes = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda self: boxes.append(self) or QMessageBox.StandardButton.No)
    assert messages.ask(None, "Check them in again?", default_yes=False) is False
    box = boxes[0]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.No)
