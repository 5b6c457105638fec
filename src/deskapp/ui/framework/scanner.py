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
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

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
        self._field: QLineEdit | None = None
        self._field_before = ("", 0)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if watched is not focus or focus is None or not self._inside(focus):
            return False
        now = self._clock()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
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

    def _start_burst(self, focus: QWidget, now: float) -> None:
        self._burst = []
        self._first_at = now
        self._field = focus if isinstance(focus, QLineEdit) else None
        if self._field is not None:
            self._field_before = (self._field.text(), self._field.cursorPosition())

    def _end_of_burst(self, now: float) -> bool:
        code, self._burst = "".join(self._burst), []
        if len(code) < MIN_SCAN_LENGTH or now - self._last_at > SCAN_KEY_GAP_S * 3:
            return False
        if (self._last_at - self._first_at) / max(1, len(code) - 1) > SCAN_KEY_GAP_S:
            return False  # typed by hand, however fast
        if not self._accepts(code):
            return False
        if self._field is not None:
            # Take the scan back out of the field it landed in.
            text, position = self._field_before
            self._field.setText(text)
            self._field.setCursorPosition(position)
        self.scanned.emit(code)
        return True  # the scanner's Enter must not also save the form
