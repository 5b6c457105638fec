"""Reading a visitor's ID card (二代身份证) into the check-in form, off the window thread.

The reader is chosen by the counter: a practice file uses the simulator, a real counter
the first installed vendor driver; with none, the key does nothing and its button is
hidden. The card itself is handed back at once — deskapp keeps what the form needs, never
the card and never its photo.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from deskapp.devices.id_card import (
    IdCardFields,
    IdCardReader,
    IdCardReaderError,
    installed_readers,
    read_card,
    reader_named,
)
from deskapp.ui.tasks import BaseTaskRunner

logger = logging.getLogger(__name__)

SIMULATED = "simulated"


def counter_reader(practice: bool) -> IdCardReader | None:
    """The reader of this counter: the simulator on a practice file, else the first
    installed vendor driver; None when there is none (or it fails to start: logged)."""
    names = [SIMULATED] if practice else [n for n in installed_readers() if n != SIMULATED]
    for name in names:
        try:
            return reader_named(name)
        except IdCardReaderError as exc:
            logger.warning("ID-card reader %s unavailable: %s", name, exc)
    return None


class IdCardReading(QObject):
    """Reads a card with ``reader`` through ``tasks``; one read at a time.

    Signals:
        read(object): the checked :class:`IdCardFields`.
        failed(str): why there is no card to fill in, in words.
    """

    read = Signal(object)
    failed = Signal(str)

    def __init__(self, tasks: BaseTaskRunner, reader: Callable[[], IdCardReader | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._reader = reader
        self._busy = False

    def available(self) -> bool:
        """Whether a reader is there to read with."""
        return self._reader() is not None

    def start(self) -> None:
        """Read the card now on the reader (a no-op without one, or while reading)."""
        reader = self._reader()
        if reader is None or self._busy:
            return
        self._busy = True
        self._tasks.run(lambda _progress: read_card(reader), on_success=self._on_read,
                        on_failure=self._on_failed, title="read ID card")

    def _on_read(self, card: IdCardFields) -> None:
        self._busy = False
        self.read.emit(card)

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        if not isinstance(exc, IdCardReaderError):
            logger.error("reading the ID card failed", exc_info=exc)
        self.failed.emit(str(exc))
