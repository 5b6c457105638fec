"""The one Qt-free way long work reports progress and learns that the user cancelled.

A long job (an export, a backup, demo data) takes ``progress(done, total_or_None)`` and
``cancelled() -> bool``; the window passes its background task's reporter, a command or a
test passes nothing, or plain functions.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, "int | None"], None]
"""``progress(done, total)``: units of work done so far, of ``total`` (None if unknown)."""

Cancelled = Callable[[], bool]
"""``cancelled()``: True once the user asked to stop; the job then stops soon after."""
