"""Notices, every few seconds, that another counter (or another deskapp) saved something.

The database keeps one change number that every write moves on (see
:func:`deskapp.db.changes.change_stamp`). The watcher reads it off the UI thread — a server
that does not answer must not freeze the window — and emits :attr:`ChangeWatcher.changed`
when it moved, so the workspaces read what they show again without losing the place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from deskapp.ui.page_loader import PageLoader, SyncPageLoader

logger = logging.getLogger(__name__)

POLL_MS = 3000


class ChangeWatcher(QObject):
    """Reads the change number every ``interval_ms`` and says when it moved.

    Signals:
        changed(): the records changed since the last reading.
    """

    changed = Signal()

    def __init__(self, read_stamp: Callable[[], int], loader: PageLoader | SyncPageLoader, *,
                 interval_ms: int = POLL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read_stamp = read_stamp
        self._loader = loader
        self._seen: int | None = None
        self._reading = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Take the first reading and keep watching."""
        self.poll()
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()

    def poll(self) -> None:
        """Read the change number now (one reading at a time)."""
        if self._reading:
            return
        self._reading = True
        self._loader.load(self._read_stamp, self._on_read, self._on_failed)

    def _on_read(self, stamp: int) -> None:
        self._reading = False
        before, self._seen = self._seen, stamp
        if before is not None and stamp != before:
            self.changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        # A server that is away for a moment: the next reading tries again. Saving says so
        # in words; the watcher stays quiet.
        self._reading = False
        logger.warning("could not read the change number: %s", exc)
