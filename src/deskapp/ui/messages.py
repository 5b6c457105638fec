"""The one place that shows message boxes; tests patch these functions."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from deskapp.errors import UserError

logger = logging.getLogger(__name__)


def warn(parent: QWidget | None, text: str, title: str = "") -> None:
    """An expected problem the user can fix."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("Messages", "deskapp"), text)


def info(parent: QWidget | None, text: str, title: str = "") -> None:
    """Something done that the user should know."""
    QMessageBox.information(
        parent, title or QCoreApplication.translate("Messages", "deskapp"), text)


def ask(parent: QWidget | None, text: str, title: str = "", *, default_yes: bool = True) -> bool:
    """A yes/no question; True for yes. ``default_yes=False`` puts Enter on No, for a
    question where a hurried Enter must not do the unusual thing."""
    if default_yes:
        answer = QMessageBox.question(
            parent, title or QCoreApplication.translate("Messages", "deskapp"), text)
        return answer == QMessageBox.StandardButton.Yes
    box = QMessageBox(QMessageBox.Icon.Question,
                      title or QCoreApplication.translate("Messages", "deskapp"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, text: str, options: list[str], title: str = "") -> int | None:
    """One of ``options`` (its index; the first is the default), or None for Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "deskapp"))
    box.setText(text)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    """A short dialog for a bug; the details go to the log file and a Details… button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Messages", "deskapp"))
    box.setText(QCoreApplication.translate(
        "Messages",
        "Something went wrong. Nothing was saved half-way; "
        "the details are in the log file."))
    box.setInformativeText(str(exc)[:300])
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()


def install_excepthook() -> None:
    """Log every uncaught exception and show it as a short dialog, never a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if isinstance(exc, UserError):
            # A refusal written for the user (busy, read-only, full disk …): said in words.
            logger.warning("refused: %s", exc, exc_info=(kind, exc, tb))
        else:
            logger.critical("unexpected error", exc_info=(kind, exc, tb))
        if QApplication.instance() is not None:
            try:
                if isinstance(exc, UserError):
                    warn(QApplication.activeWindow(), str(exc))
                    return
                show_unexpected(QApplication.activeWindow(), exc)
            except Exception:  # the dialog itself must never take the program down
                logger.exception("could not show the error dialog")

    sys.excepthook = hook


def watch_alert(parent: QWidget | None, text: str, details: str) -> None:
    """A discreet alert for the receptionist only: neutral title, no alarming words on screen.

    The visitor may be looking at the counter; the wording asks to keep them calm and to
    inform the manager and security, and the notice details sit behind a Details… button.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.NoIcon)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Please wait"))
    box.setText(text)
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ask_override_reason(parent: QWidget | None, text: str) -> str | None:
    """Ask why a deny-list match is let in: the text ("" if left empty), or None for Cancel."""
    from PySide6.QtWidgets import QInputDialog

    reason, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Messages", "Deny list"), text)
    return reason.strip() if ok else None
