"""A barcode/QR scanner anywhere in a workspace.

Keyboard-wedge scanners "type" what they read, a character every few milliseconds, and
press Enter. :class:`ScanDetector` watches the keys typed while the cursor is anywhere in
its workspace: a burst that came faster than a person types and reads as something the
workspace scans for (a pass number, a key tag) is taken out of the field it landed in and
handed over as a scan; everything slower is ordinary typing and left alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QWidget,
)

# A person types a key every 100-300 ms; scanners send one every 1-20 ms. Anything under
# this gap on average is a scanner.
SCAN_KEY_GAP_S = 0.035
MIN_SCAN_LENGTH = 4


class ScanDetector(QObject):
    """Tells scans apart from typing inside ``root``.

    Signals:
        scanned(str): a scanned code that ``accepts`` took; the Enter that ended it and
            the characters it typed into a line edit are gone.
    """

    scanned = Signal(str)

    def __init__(self, root: QWidget, accepts: Callable[[str], bool],
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(root)
        self._root = root
        self._accepts = accepts
        self._clock = clock
        self._burst: list[str] = []
        self._first_at = 0.0
        self._last_at = 0.0
        self._field: QWidget | None = None
        self._field_before: object = None
        self._taken = False  # the scan's Enter was claimed from the shortcuts
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is None or not self._inside(focus) or not self._watching(watched, focus):
            return False
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        now = self._clock()
        if kind == QEvent.Type.ShortcutOverride:
            # A form's Enter shortcut would fire before any key press: claim a scan's Enter.
            if enter and self._scan_ready(now):
                event.accept()
                self._taken = True
                return True
            return False
        if enter:
            return self._end_of_burst(now)
        text = event.text()
        if len(text) != 1 or not text.isprintable() or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._burst.clear()
            return False
        if not self._burst or now - self._last_at > SCAN_KEY_GAP_S * 3:
            self._start_burst(focus, now)
        self._burst.append(text)
        self._last_at = now
        return False

    def _inside(self, widget: QWidget) -> bool:
        return self._root.isVisible() and (widget is self._root
                                           or self._root.isAncestorOf(widget))

    @staticmethod
    def _watching(watched: QObject, focus: QWidget) -> bool:
        # The focus widget itself, or a completion popup that has its keys for a moment.
        return watched is focus or (isinstance(watched, QWidget) and watched.isWindow()
                                    and watched.windowType() == Qt.WindowType.Popup)

    def _start_burst(self, focus: QWidget, now: float) -> None:
        self._burst = []
        self._first_at = now
        self._taken = False
        self._field = focus
        self._field_before = _value_of(focus)

    def _scan_ready(self, now: float) -> bool:
        code = "".join(self._burst)
        return (len(code) >= MIN_SCAN_LENGTH and now - self._last_at <= SCAN_KEY_GAP_S * 3
                and (self._last_at - self._first_at) / max(1, len(code) - 1) <= SCAN_KEY_GAP_S
                and self._accepts(code))

    def _end_of_burst(self, now: float) -> bool:
        ready = self._taken or self._scan_ready(now)
        code, self._burst, self._taken = "".join(self._burst), [], False
        if not ready:
            return False
        if self._field is not None:
            # Take the scan back out of the field it landed in, whatever kind it is.
            _restore(self._field, self._field_before)
            completer = self._field.completer() if isinstance(self._field, QLineEdit) else None
            if completer is not None:
                completer.popup().hide()
        self.scanned.emit(code)
        return True  # the scanner's Enter must not also save the form


def _value_of(widget: QWidget) -> object:
    """What an input holds, to put back after a scan typed into it."""
    if isinstance(widget, QLineEdit):
        return (widget.text(), widget.cursorPosition())
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QAbstractSpinBox):
        return widget.value() if hasattr(widget, "value") else None
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    return None


def _restore(widget: QWidget, value: object) -> None:
    if value is None:
        return
    if isinstance(widget, QLineEdit):
        text, position = value  # type: ignore[misc]
        widget.setText(text)
        widget.setCursorPosition(position)
    elif isinstance(widget, QDateTimeEdit):
        widget.setDateTime(value)  # type: ignore[arg-type]
    elif isinstance(widget, QAbstractSpinBox) and hasattr(widget, "setValue"):
        widget.setValue(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(value)  # type: ignore[arg-type]
