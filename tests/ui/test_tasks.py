"""Tests for background tasks: outcomes on the GUI thread, progress, cancel, the progress dialog."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QPushButton, QWidget

from deskapp.output.workbook import Column, ExportCancelled, Sheet, write_workbook
from deskapp.ui.tasks import (
    ProgressReporter,
    SyncTaskRunner,
    TaskCancelled,
    TaskProgressDialog,
    TaskRunner,
    run_with_progress_dialog,
)

# Generous upper bound for loops that should be stopped by a cancel long before it.
LOOP_LIMIT_S = 30.0


def _on_gui_thread() -> bool:
    return QThread.currentThread() == QCoreApplication.instance().thread()


def _loop_until_cancelled(report: ProgressReporter) -> int:
    """A long job: counts until cancelled, reporting progress without a known total."""
    n = 0
    deadline = time.monotonic() + LOOP_LIMIT_S
    while time.monotonic() < deadline:
        report.raise_if_cancelled()
        n += 1
        report.progress(n, None, f"step {n}")
    return n


class Recorder:
    """Collects callback calls and whether each ran on the GUI thread."""

    def __init__(self) -> None:
        self.successes: list[Any] = []
        self.failures: list[BaseException] = []
        self.progress: list[tuple[int, int | None, str]] = []
        self.cancelled = 0
        self.off_gui_thread: list[str] = []

    def _check(self, what: str) -> None:
        if not _on_gui_thread():
            self.off_gui_thread.append(what)

    def on_success(self, result: Any) -> None:
        self._check("success")
        self.successes.append(result)

    def on_failure(self, exc: BaseException) -> None:
        self._check("failure")
        self.failures.append(exc)

    def on_progress(self, done: int, total: int | None, text: str) -> None:
        self._check("progress")
        self.progress.append((done, total, text))

    def on_cancelled(self) -> None:
        self._check("cancelled")
        self.cancelled += 1

    @property
    def outcomes(self) -> int:
        return len(self.successes) + len(self.failures) + self.cancelled

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_success": self.on_success,
            "on_failure": self.on_failure,
            "on_progress": self.on_progress,
            "on_cancelled": self.on_cancelled,
        }


@pytest.fixture
def runner(qtbot: Any) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    assert task_runner.shutdown(10_000)


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


def test_success_arrives_on_gui_thread_and_task_runs_off_it(
    qtbot: Any, runner: TaskRunner, rec: Recorder
) -> None:
    def task(report: ProgressReporter) -> tuple[bool, int]:
        return _on_gui_thread(), threading.get_ident()

    handle = runner.run(task, title="t", **rec.callbacks())
    qtbot.waitUntil(lambda: rec.outcomes == 1)

    ((task_on_gui, task_thread),) = rec.successes
    assert not task_on_gui
    assert task_thread != threading.get_ident()
    assert rec.off_gui_thread == []
    assert handle.finished and not runner.busy


def test_progress_arrives_on_gui_thread(qtbot: Any, runner: TaskRunner, rec: Recorder) -> None:
    def task(report: ProgressReporter) -> str:
        report.progress(1, 3, "第一步")
        report.progress(2, 3, "rate-limited away")  # within 50 ms of the first
        report.progress(3, 3, "完成")  # reaching the total is always sent
        return "ok"

    runner.run(task, **rec.callbacks())
    qtbot.waitUntil(lambda: rec.outcomes == 1)
    assert rec.progress[0] == (1, 3, "第一步")
    assert rec.progress[-1] == (3, 3, "完成")
    assert rec.successes == ["ok"]
    assert rec.off_gui_thread == []


def test_cancel_stops_a_long_loop(qtbot: Any, runner: TaskRunner, rec: Recorder) -> None:
    handle = runner.run(_loop_until_cancelled, **rec.callbacks())
    qtbot.waitUntil(lambda: len(rec.progress) > 0)
    handle.cancel()
    assert handle.cancel_requested

    qtbot.waitUntil(lambda: rec.outcomes == 1)
    assert rec.cancelled == 1
    assert rec.successes == [] and rec.failures == []
    assert rec.off_gui_thread == []


def test_exception_reaches_on_failure(qtbot: Any, runner: TaskRunner, rec: Recorder) -> None:
    def task(report: ProgressReporter) -> None:
        raise ValueError("打印机缺纸")

    runner.run(task, **rec.callbacks())
    qtbot.waitUntil(lambda: rec.outcomes == 1)
    (exc,) = rec.failures
    assert isinstance(exc, ValueError) and str(exc) == "打印机缺纸"
    assert exc.__traceback__ is not None
    assert rec.off_gui_thread == []


def test_unhandled_failure_is_logged_and_reported(
    qtbot: Any, caplog: pytest.LogCaptureFixture, rec: Recorder
) -> None:
    reported: list[BaseException] = []
    task_runner = TaskRunner(on_unhandled_failure=reported.append)

    def task(report: ProgressReporter) -> None:
        raise OSError("disk full")

    with caplog.at_level(logging.ERROR, logger="deskapp.ui.tasks"):
        task_runner.run(task, on_success=rec.on_success, title="备份")
        qtbot.waitUntil(lambda: len(reported) == 1)
    assert isinstance(reported[0], OSError)
    (record,) = [r for r in caplog.records if r.name == "deskapp.ui.tasks"]
    assert "备份" in record.getMessage()
    assert record.exc_info is not None and record.exc_info[1] is reported[0]
    assert task_runner.shutdown()


def test_finishing_despite_cancel_still_reports_success(
    qtbot: Any, runner: TaskRunner, rec: Recorder
) -> None:
    started, release = threading.Event(), threading.Event()

    def task(report: ProgressReporter) -> str:
        started.set()
        release.wait(LOOP_LIMIT_S)
        return "written"  # ignores the request: its work really happened

    handle = runner.run(task, **rec.callbacks())
    assert started.wait(LOOP_LIMIT_S)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: rec.outcomes == 1)
    assert rec.successes == ["written"]


def test_tasks_run_one_at_a_time_in_order(qtbot: Any, runner: TaskRunner) -> None:
    first_started, release_first = threading.Event(), threading.Event()
    order: list[str] = []
    second_started = threading.Event()

    def first(report: ProgressReporter) -> None:
        first_started.set()
        release_first.wait(LOOP_LIMIT_S)
        order.append("first")

    def second(report: ProgressReporter) -> None:
        second_started.set()
        order.append("second")

    done: list[str] = []
    runner.run(first, on_success=lambda _: done.append("first"))
    runner.run(second, on_success=lambda _: done.append("second"))
    assert first_started.wait(LOOP_LIMIT_S)
    # The only worker is busy with the first job, so the second cannot have started.
    assert not second_started.is_set()
    assert runner.busy

    release_first.set()
    qtbot.waitUntil(lambda: len(done) == 2)
    assert order == done == ["first", "second"]


def test_export_task_cancels_through_write_workbook(
    qtbot: Any, runner: TaskRunner, rec: Recorder, tmp_path: Path
) -> None:
    target = tmp_path / "visitors.xlsx"
    target.write_bytes(b"old")

    def endless_rows() -> Iterator[tuple[str]]:
        deadline = time.monotonic() + LOOP_LIMIT_S
        n = 0
        while time.monotonic() < deadline:
            n += 1
            yield (f"访客{n}",)

    def export(report: ProgressReporter) -> int:
        return write_workbook(
            target,
            [Sheet("访客", [Column("姓名")], endless_rows())],
            progress=report.progress,
            cancelled=report.is_cancelled,
        )

    handle = runner.run(export, **rec.callbacks())
    qtbot.waitUntil(lambda: any(done >= 500 for done, _, _ in rec.progress))
    handle.cancel()
    qtbot.waitUntil(lambda: rec.outcomes == 1)
    assert rec.cancelled == 1
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["visitors.xlsx"]


def test_task_cancelled_without_a_request_counts_as_cancel(
    qtbot: Any, runner: TaskRunner, rec: Recorder
) -> None:
    def task(report: ProgressReporter) -> None:
        raise TaskCancelled()

    runner.run(task, **rec.callbacks())
    qtbot.waitUntil(lambda: rec.outcomes == 1)
    assert rec.cancelled == 1


# --- SyncTaskRunner ----------------------------------------------------------------------------


def test_sync_runner_runs_before_returning(rec: Recorder) -> None:
    def task(report: ProgressReporter) -> str:
        for n in range(1, 4):
            report.progress(n, 3)
        return threading.current_thread().name

    handle = SyncTaskRunner().run(task, **rec.callbacks())
    assert handle.finished
    assert rec.successes == [threading.current_thread().name]
    assert rec.progress == [(1, 3, ""), (2, 3, ""), (3, 3, "")]


def test_sync_runner_failure_and_cancel(rec: Recorder) -> None:
    sync = SyncTaskRunner()

    def fails(report: ProgressReporter) -> None:
        raise KeyError("x")

    def export_cancelled(report: ProgressReporter) -> None:
        raise ExportCancelled()

    sync.run(fails, **rec.callbacks())
    sync.run(export_cancelled, **rec.callbacks())  # not requested: an ordinary failure
    sync.run(lambda report: report.raise_if_cancelled(), **rec.callbacks())
    assert [type(e) for e in rec.failures] == [KeyError, ExportCancelled]
    assert rec.successes == [None]


def test_reporter_rate_limits_but_keeps_first_and_last() -> None:
    got: list[tuple[int, int | None, str]] = []
    report = ProgressReporter(lambda *a: got.append(a), min_interval=3600)
    for n in range(1, 101):
        report.progress(n, 100)
    assert got == [(1, 100, ""), (100, 100, "")]
    assert not report.cancelled and not report.is_cancelled()


# --- progress dialog ---------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _dialog(window: QWidget) -> TaskProgressDialog:
    dialog = window.findChild(TaskProgressDialog)
    assert dialog is not None
    return dialog


def test_dialog_cancel_button_cancels_and_waits_for_the_task(
    qtbot: Any, runner: TaskRunner, rec: Recorder, window: QWidget
) -> None:
    saw_cancel, release = threading.Event(), threading.Event()

    def task(report: ProgressReporter) -> None:
        deadline = time.monotonic() + LOOP_LIMIT_S
        while not report.cancelled and time.monotonic() < deadline:
            report.progress(1, None)
        saw_cancel.set()
        release.wait(LOOP_LIMIT_S)  # a slow wind-down, e.g. deleting a partial file
        report.raise_if_cancelled()

    label_at_end: list[str] = []

    def on_cancelled() -> None:
        label_at_end.append(dialog.labelText())
        rec.on_cancelled()

    handle = run_with_progress_dialog(
        window,
        runner,
        task,
        "导出",
        "正在导出访客记录…",
        rec.on_success,
        rec.on_failure,
        on_cancelled=on_cancelled,
    )
    dialog = _dialog(window)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "导出"
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.maximum() == 0  # busy: the task gives no total

    button = dialog.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert handle.cancel_requested
    assert saw_cancel.wait(LOOP_LIMIT_S)
    # Still up (and saying so) while the task winds down.
    assert dialog.isVisible() and not button.isEnabled()
    assert dialog.labelText() == "Cancelling…"

    release.set()
    qtbot.waitUntil(lambda: rec.outcomes == 1)
    assert rec.cancelled == 1
    assert label_at_end == ["Cancelling…"]
    qtbot.waitUntil(lambda: window.findChild(TaskProgressDialog) is None)  # deleted


def test_dialog_escape_requests_cancel(
    qtbot: Any, runner: TaskRunner, rec: Recorder, window: QWidget
) -> None:
    handle = run_with_progress_dialog(
        window,
        runner,
        _loop_until_cancelled,
        "t",
        "l",
        rec.on_success,
        rec.on_failure,
        on_cancelled=rec.on_cancelled,
    )
    dialog = _dialog(window)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert handle.cancel_requested
    qtbot.waitUntil(lambda: rec.outcomes == 1)
    assert rec.cancelled == 1


def test_dialog_shows_determinate_progress_and_closes_on_success(
    qtbot: Any, runner: TaskRunner, rec: Recorder, window: QWidget
) -> None:
    release = threading.Event()

    def task(report: ProgressReporter) -> str:
        report.progress(3, 10, "3 / 10")
        release.wait(LOOP_LIMIT_S)
        return "done"

    hidden_on_success: list[bool] = []

    def on_success(result: str) -> None:
        hidden_on_success.append(dialog.isHidden())
        rec.on_success(result)

    run_with_progress_dialog(window, runner, task, "打印", "正在打印…", on_success)
    dialog = _dialog(window)
    qtbot.waitUntil(lambda: dialog.maximum() == 10 and dialog.value() == 3)
    assert dialog.labelText() == "3 / 10"
    release.set()
    qtbot.waitUntil(lambda: rec.outcomes == 1)
    assert rec.successes == ["done"]
    assert hidden_on_success == [True]


def test_dialog_without_on_failure_uses_the_runner_default(
    qtbot: Any, window: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    reported: list[BaseException] = []
    task_runner = TaskRunner(on_unhandled_failure=reported.append)

    def task(report: ProgressReporter) -> None:
        raise RuntimeError("boom")

    run_with_progress_dialog(window, task_runner, task, "t", "l", lambda _: None)
    _dialog(window)
    qtbot.waitUntil(lambda: len(reported) == 1)
    qtbot.waitUntil(lambda: window.findChild(TaskProgressDialog) is None)
    assert any(r.exc_info for r in caplog.records if r.name == "deskapp.ui.tasks")
    assert task_runner.shutdown()


def test_dialog_with_sync_runner(qtbot: Any, rec: Recorder, window: QWidget) -> None:
    run_with_progress_dialog(
        window, SyncTaskRunner(), lambda report: 42, "t", "l", rec.on_success, rec.on_failure
    )
    assert rec.successes == [42]
    dialog = _dialog(window)  # deleteLater has not run yet
    assert dialog.isHidden()


def test_dialog_scales_totals_beyond_a_c_int(qtbot: Any, window: QWidget) -> None:
    dialog = TaskProgressDialog(window, "备份", "正在备份…")
    total = 6 * 2**30  # a 6 GiB backup counted in bytes
    dialog.show_progress(total // 2, total, "")
    assert 0 < dialog.maximum() <= 2**31 - 1
    assert dialog.value() == pytest.approx(dialog.maximum() / 2, abs=1)
    dialog.finish()


def test_destroying_the_window_cancels_the_task(
    qtbot: Any, runner: TaskRunner, rec: Recorder
) -> None:
    parent = QWidget()  # not given to qtbot: the test destroys it itself
    parent.show()
    try:
        handle = run_with_progress_dialog(
            parent,
            runner,
            _loop_until_cancelled,
            "t",
            "l",
            rec.on_success,
            rec.on_failure,
            on_cancelled=rec.on_cancelled,
        )
        qtbot.waitUntil(_dialog(parent).isVisible)
        shiboken6.delete(parent)  # takes the dialog with it
        assert handle.cancel_requested
        qtbot.waitUntil(lambda: rec.outcomes == 1)  # no RuntimeError from the deleted dialog
        assert rec.cancelled == 1
    finally:
        # A top-level widget left alive until interpreter exit can crash PySide's finaliser.
        if shiboken6.isValid(parent):
            shiboken6.delete(parent)
