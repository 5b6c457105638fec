"""Runs database reads for table models off the UI thread, newest request wins."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

logger = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the UI thread; its queued signal brings results back there."""

    done = Signal(int, object, object)  # ticket, result, error


class _Job(QRunnable):
    def __init__(self, ticket: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._ticket, self._fn, self._relay = ticket, fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # delivered to the UI thread, logged there
            self._relay.done.emit(self._ticket, None, exc)
        else:
            self._relay.done.emit(self._ticket, result, None)


class PageLoader(QObject):
    """Loads pages for one model on a private one-thread pool (reads stay in order).

    ``load(fn, on_done)`` runs ``fn()`` in the background and calls ``on_done(result)`` on the
    UI thread. Results of a request superseded by ``cancel_pending()`` are dropped.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._callbacks: dict[int, tuple[Callable[[Any], None],
                                         Callable[[BaseException], None] | None]] = {}
        self._next_ticket = 0

    def load(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``fn`` off the UI thread; ``on_done(result)`` or ``on_error(exc)`` follows on
        the UI thread."""
        self._next_ticket += 1
        self._callbacks[self._next_ticket] = (on_done, on_error)
        self._pool.start(_Job(self._next_ticket, fn, self._relay))

    def cancel_pending(self) -> None:
        """Forget every callback still waiting (their results are dropped)."""
        self._pool.clear()
        self._callbacks.clear()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until background reads finish (tests and shutdown)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object, object)
    def _on_done(self, ticket: int, result: Any, error: Any) -> None:
        callbacks = self._callbacks.pop(ticket, None)
        if error is not None:
            logger.error("background read failed", exc_info=error)
        if callbacks is None:
            return  # superseded by a newer request
        on_done, on_error = callbacks
        if error is None:
            on_done(result)
        elif on_error is not None:
            on_error(error)


class SyncPageLoader:
    """Same interface, runs on the calling thread: for tests of the widgets around it."""

    def load(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        try:
            result = fn()
        except Exception as exc:
            logger.error("read failed", exc_info=exc)
            if on_error is None:
                raise
            on_error(exc)
            return
        on_done(result)

    def cancel_pending(self) -> None:
        pass

    def wait(self, msecs: int = 5000) -> bool:
        return True
