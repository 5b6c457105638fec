"""Background jobs (exports, print batches, backups) off the UI thread, with progress and cancel.

A task is a plain callable ``fn(report) -> result`` that receives a :class:`ProgressReporter`
and must never touch a widget. :class:`TaskRunner` runs tasks one at a time on a private
``QThreadPool`` (SQLite has a single writer, so jobs are serialised) and delivers progress,
the result or the exception on the thread that called :meth:`TaskRunner.run` (the GUI thread)
through queued signals. :class:`SyncTaskRunner` has the same interface but runs the task at
once on the calling thread, for tests of the widgets that start tasks.

Cancellation is cooperative: :meth:`TaskHandle.cancel` only sets a flag the task polls through
``report.cancelled``. A task that notices it raises (:class:`TaskCancelled`, or its own
exception such as the export layer's ``ExportCancelled``); any exception raised after a cancel
request counts as a cancellation, not a failure. A task that finishes normally despite the
request still reports success, because its work (a file, a backup) really happened.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

logger = logging.getLogger(__name__)

ProgressSink = Callable[[int, "int | None", str], None]
"""Receives ``(done, total_or_None, text)``."""

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]
OnCancelled = Callable[[], None]

# Minimum seconds between two progress signals from a worker, so a task reporting every row
# cannot flood the GUI thread's event queue.
PROGRESS_INTERVAL = 0.05

_QT_INT_MAX = 2**31 - 1


class TaskCancelled(Exception):
    """Raised inside a task (see :meth:`ProgressReporter.raise_if_cancelled`) to stop it."""


class ProgressReporter:
    """What a running task sees: a progress sink and the cancel flag. Holds no widgets.

    ``progress()`` is meant to be called from the task's own thread; ``cancelled`` may be read
    from any thread.
    """

    def __init__(
        self,
        sink: ProgressSink | None = None,
        cancel_event: threading.Event | None = None,
        *,
        min_interval: float = PROGRESS_INTERVAL,
    ) -> None:
        """Create a reporter.

        Args:
            sink: Receives every progress report that passes the rate limit.
            cancel_event: The flag :meth:`TaskHandle.cancel` sets; a private one if None.
            min_interval: Seconds between forwarded reports; the first report and one that
                reaches its total are always forwarded.
        """
        self._sink = sink
        self._cancel_event = cancel_event if cancel_event is not None else threading.Event()
        self._min_interval = min_interval
        self._last_sent: float | None = None

    @property
    def cancelled(self) -> bool:
        """Whether the user asked to stop; the task should wind down soon after."""
        return self._cancel_event.is_set()

    def is_cancelled(self) -> bool:
        """Callable form of :attr:`cancelled`, e.g. for ``write_workbook(cancelled=...)``."""
        return self._cancel_event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`TaskCancelled` if the user asked to stop.

        Raises:
            TaskCancelled: Cancellation was requested.
        """
        if self._cancel_event.is_set():
            raise TaskCancelled()

    def progress(self, done: int, total: int | None = None, text: str = "") -> None:
        """Report how far the task is.

        Signature-compatible with ``write_workbook(progress=...)``.

        Args:
            done: Units of work finished (rows, pages, files).
            total: Units in all, or None if unknown (a busy indicator is shown).
            text: An already translated line describing the current step, or "" to keep the
                previous one.
        """
        if self._sink is None:
            return
        now = time.monotonic()
        finished = total is not None and done >= total
        if (
            self._last_sent is not None
            and not finished
            and now - self._last_sent < self._min_interval
        ):
            return
        self._last_sent = now
        self._sink(done, total, text)


class TaskHandle:
    """The caller's side of one started task: ask it to stop, see whether it is over."""

    def __init__(self, title: str = "") -> None:
        """Create a handle for a task called ``title`` (used in logs)."""
        self.title = title
        self._cancel_event = threading.Event()
        self._finished = False

    def cancel(self) -> None:
        """Ask the task to stop; it does so when it next checks ``report.cancelled``."""
        if not self._finished:
            self._cancel_event.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether :meth:`cancel` was called before the task ended."""
        return self._cancel_event.is_set()

    @property
    def finished(self) -> bool:
        """Whether the task's outcome has been delivered."""
        return self._finished


class BaseTaskRunner(QObject):
    """What both runners share: the ``run()`` interface and how outcomes are delivered.

    Widgets take a ``BaseTaskRunner`` so tests can inject a :class:`SyncTaskRunner`.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        on_unhandled_failure: FailureCallback | None = None,
    ) -> None:
        """Create a runner.

        Args:
            parent: The Qt parent.
            on_unhandled_failure: Called (after logging) with the exception of any task
                started without ``on_failure``; the app shows its error dialog here.
        """
        super().__init__(parent)
        self._on_unhandled_failure = on_unhandled_failure

    def run(
        self,
        fn: Callable[[ProgressReporter], Any],
        *,
        on_success: SuccessCallback,
        on_failure: FailureCallback | None = None,
        on_progress: ProgressSink | None = None,
        on_cancelled: OnCancelled | None = None,
        title: str = "",
    ) -> TaskHandle:
        """Start ``fn`` and return its handle; exactly one outcome callback is called later.

        Args:
            fn: The task; it gets a :class:`ProgressReporter` and must not touch widgets.
            on_success: Called with ``fn``'s return value.
            on_failure: Called with the exception ``fn`` raised; if None, the exception is
                logged and passed to the runner's ``on_unhandled_failure``.
            on_progress: Called with ``(done, total_or_None, text)`` as the task reports.
            on_cancelled: Called when ``fn`` raised after :meth:`TaskHandle.cancel`.
            title: A name for logs.

        Returns:
            The handle to cancel the task with.
        """
        raise NotImplementedError

    def _deliver_success(
        self, handle: TaskHandle, on_success: SuccessCallback, result: Any
    ) -> None:
        handle._finished = True
        on_success(result)

    def _deliver_failure(
        self,
        handle: TaskHandle,
        exc: BaseException,
        on_failure: FailureCallback | None,
        on_cancelled: OnCancelled | None,
    ) -> None:
        handle._finished = True
        if handle.cancel_requested or isinstance(exc, TaskCancelled):
            # Whatever the task raised while stopping is the expected way out, not an error.
            logger.info("Task %r cancelled (%s)", handle.title, type(exc).__name__)
            if on_cancelled is not None:
                on_cancelled()
            return
        if on_failure is not None:
            on_failure(exc)
        else:
            self.report_unhandled_failure(handle.title, exc)

    def report_unhandled_failure(self, title: str, exc: BaseException) -> None:
        """The default for a task started without ``on_failure``: log, then notify the app.

        Args:
            title: The task's title, for the log.
            exc: What the task raised.
        """
        logger.exception("Background task %r failed", title, exc_info=exc)
        if self._on_unhandled_failure is not None:
            self._on_unhandled_failure(exc)


class _TaskRelay(QObject):
    """Carries one task's outcome from the worker to the thread that started it.

    It lives in the starting thread; the worker only emits its signals, and the queued
    connections below run the slots, and so the callbacks, in the starting thread.
    """

    progressed = Signal(object, object, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        handle: TaskHandle,
        on_success: SuccessCallback,
        on_failure: FailureCallback | None,
        on_progress: ProgressSink | None,
        on_cancelled: OnCancelled | None,
    ) -> None:
        super().__init__()
        self._runner = runner
        self._handle = handle
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._on_relay_progressed, queued)
        self.succeeded.connect(self._on_relay_succeeded, queued)
        self.failed.connect(self._on_relay_failed, queued)

    @Slot(object, object, str)
    def _on_relay_progressed(self, done: int, total: int | None, text: str) -> None:
        if self._on_progress is not None and not self._handle.finished:
            self._on_progress(done, total, text)

    @Slot(object)
    def _on_relay_succeeded(self, result: Any) -> None:
        self._runner._forget(self)
        self._runner._deliver_success(self._handle, self._on_success, result)

    @Slot(object)
    def _on_relay_failed(self, exc: BaseException) -> None:
        self._runner._forget(self)
        self._runner._deliver_failure(self._handle, exc, self._on_failure, self._on_cancelled)


class _TaskRunnable(QRunnable):
    """The pool's unit of work: call the task and emit its outcome (never touches widgets)."""

    def __init__(
        self, fn: Callable[[ProgressReporter], Any], relay: _TaskRelay, reporter: ProgressReporter
    ) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self._reporter = reporter

    def run(self) -> None:
        """Run the task on a pool thread."""
        try:
            result = self._fn(self._reporter)
        except Exception as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(BaseTaskRunner):
    """Runs tasks one at a time on a worker thread; callbacks arrive on the GUI thread.

    Call :meth:`run` from the GUI thread (or any thread running a Qt event loop): callbacks are
    delivered there.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        on_unhandled_failure: FailureCallback | None = None,
    ) -> None:
        """Create a runner with its own single-thread pool.

        Args:
            parent: The Qt parent.
            on_unhandled_failure: See :class:`BaseTaskRunner`.
        """
        super().__init__(parent, on_unhandled_failure=on_unhandled_failure)
        # A private pool, not the global one: one worker serialises every job that may write
        # to SQLite, and other users of the global pool are not held up by a long export.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._live: dict[_TaskRelay, TaskHandle] = {}

    def run(
        self,
        fn: Callable[[ProgressReporter], Any],
        *,
        on_success: SuccessCallback,
        on_failure: FailureCallback | None = None,
        on_progress: ProgressSink | None = None,
        on_cancelled: OnCancelled | None = None,
        title: str = "",
    ) -> TaskHandle:
        """See :meth:`BaseTaskRunner.run`; the task waits for earlier tasks to finish."""
        handle = TaskHandle(title)
        relay = _TaskRelay(self, handle, on_success, on_failure, on_progress, on_cancelled)
        # The relay must outlive the worker's emits; it is dropped once the outcome arrives.
        self._live[relay] = handle
        reporter = ProgressReporter(relay.progressed.emit, handle._cancel_event)
        self._pool.start(_TaskRunnable(fn, relay, reporter))
        return handle

    @property
    def busy(self) -> bool:
        """Whether any started task has not delivered its outcome yet."""
        return bool(self._live)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel every task and wait for the worker to stop (e.g. when the window closes).

        Outcomes still queued are delivered only if the event loop runs afterwards.

        Args:
            timeout_ms: How long to wait.

        Returns:
            True if the worker stopped in time.
        """
        for handle in list(self._live.values()):
            handle.cancel()
        self._pool.clear()  # tasks not started yet never run
        return self._pool.waitForDone(timeout_ms)

    def _forget(self, relay: _TaskRelay) -> None:
        self._live.pop(relay, None)
        relay.deleteLater()


class SyncTaskRunner(BaseTaskRunner):
    """Runs each task at once on the calling thread; for tests of widgets that start tasks.

    Every callback has been called by the time :meth:`run` returns.
    """

    def run(
        self,
        fn: Callable[[ProgressReporter], Any],
        *,
        on_success: SuccessCallback,
        on_failure: FailureCallback | None = None,
        on_progress: ProgressSink | None = None,
        on_cancelled: OnCancelled | None = None,
        title: str = "",
    ) -> TaskHandle:
        """See :meth:`BaseTaskRunner.run`."""
        handle = TaskHandle(title)
        reporter = ProgressReporter(on_progress, handle._cancel_event, min_interval=0.0)
        try:
            result = fn(reporter)
        except Exception as exc:  # noqa: BLE001 - same contract as the threaded runner
            self._deliver_failure(handle, exc, on_failure, on_cancelled)
        else:
            self._deliver_success(handle, on_success, result)
        return handle


class TaskProgressDialog(QProgressDialog):
    """A window-modal progress dialog whose Cancel asks the task to stop and waits for it.

    Qt's own dialog hides itself as soon as Cancel is pressed; this one stays up, saying it is
    cancelling, until the task has really stopped, so the user cannot start another job (or
    close the window) while the first one is still winding down.

    Signals:
        cancel_requested: Cancel, Escape or the close button was used (once).
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        """Create the dialog (shown after a short delay, so quick jobs do not flash it).

        Args:
            parent: The window the dialog blocks.
            title: The window title, already translated.
            label: The first line of text, already translated.
        """
        super().__init__(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumDuration(300)
        self._done = False
        self._cancelling = False
        # Qt's built-in reaction hides the dialog at once; ours keeps it up until the end.
        self.canceled.disconnect(self.cancel)
        self.canceled.connect(self._on_dialog_canceled)
        self.setValue(0)  # starts Qt's timer that shows the dialog after minimumDuration

    def show_progress(self, done: int, total: int | None, text: str) -> None:
        """Show a progress report (determinate if ``total`` is known, else busy)."""
        if self._done:
            return
        if total is None or total <= 0:
            self.setRange(0, 0)
        else:
            # QProgressBar holds a C int; scale byte counts of big backups down to fit.
            scale = -(-total // _QT_INT_MAX)
            self.setRange(0, total // scale)
            self.setValue(max(0, min(done, total)) // scale)
        if text and not self._cancelling:
            self.setLabelText(text)

    def finish(self) -> None:
        """Close the dialog for good once the task has delivered its outcome."""
        self._done = True
        self.hide()
        self.deleteLater()

    def reject(self) -> None:
        """Escape requests cancellation instead of hiding the dialog."""
        if not self._done:
            self._on_dialog_canceled()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """The title-bar close button requests cancellation; the dialog stays until the end."""
        if self._done:
            event.accept()
            return
        event.ignore()
        self._on_dialog_canceled()

    @Slot()
    def _on_dialog_canceled(self) -> None:
        if self._cancelling or self._done:
            return
        self._cancelling = True
        self.setLabelText(QCoreApplication.translate("Tasks", "Cancelling…"))
        button = self.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)
        self.cancel_requested.emit()


def run_with_progress_dialog(
    parent: QWidget | None,
    runner: BaseTaskRunner,
    fn: Callable[[ProgressReporter], Any],
    title: str,
    label: str,
    on_success: SuccessCallback,
    on_failure: FailureCallback | None = None,
    *,
    on_cancelled: OnCancelled | None = None,
) -> TaskHandle:
    """Run ``fn`` on ``runner`` behind a window-modal progress dialog with a Cancel button.

    The dialog shows a bar when the task reports a total and a busy indicator otherwise, and
    closes before the outcome callback runs.

    Args:
        parent: The window the dialog blocks.
        runner: The runner to start the task on.
        fn: The task (see :class:`BaseTaskRunner`).
        title: The dialog's window title, already translated.
        label: The dialog's first line of text, already translated.
        on_success: Called with the task's result.
        on_failure: Called with the task's exception (None: the runner's default handler).
        on_cancelled: Called when the task stopped because Cancel was pressed.

    Returns:
        The task's handle.
    """
    dialog = TaskProgressDialog(parent, title, label)
    handle_box: list[TaskHandle] = []

    # The parent window may be destroyed (taking the dialog with it) before the task ends.
    def finish_dialog() -> None:
        if shiboken6.isValid(dialog):
            dialog.finish()

    def show_progress(done: int, total: int | None, text: str) -> None:
        if shiboken6.isValid(dialog):
            dialog.show_progress(done, total, text)

    def close_then(callback: Callable[..., None] | None) -> Callable[..., None]:
        def deliver(*args: Any) -> None:
            finish_dialog()
            if callback is not None:
                callback(*args)

        return deliver

    def fail(exc: BaseException) -> None:
        finish_dialog()
        if on_failure is not None:
            on_failure(exc)
        else:
            # The dialog needs its own failure hook, so hand over to the default explicitly.
            runner.report_unhandled_failure(title, exc)

    def request_cancel() -> None:
        if handle_box:
            handle_box[0].cancel()

    dialog.cancel_requested.connect(request_cancel)
    # A dialog destroyed with its window while the task runs means nobody waits any more.
    dialog.destroyed.connect(request_cancel)
    handle = runner.run(
        fn,
        on_success=close_then(on_success),
        on_failure=fail,
        on_progress=show_progress,
        on_cancelled=close_then(on_cancelled),
        title=title,
    )
    handle_box.append(handle)
    return handle
