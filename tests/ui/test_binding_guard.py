"""The Qt binding drops a reference to None on each call of a method without a result, and
to True/False on each emission of a Signal(bool) (PySide6 6.12 on Python 3.11): a long day
at the counter must not end with the interpreter freeing them and aborting."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from deskapp.ui.binding_guard import immortalise_singletons

DAY_OF_CALLS = 300_000  # more than None's whole reference count in a fresh window

SCRIPT = textwrap.dedent(f"""
    import sys
    {{guard}}
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Flag(QObject):
        changed = Signal(bool)

    app = QApplication([])
    label, flag = QLabel(), Flag()
    flag.changed.connect(lambda on: None)
    for n in range({DAY_OF_CALLS}):
        label.setText("x")
        flag.changed.emit(n % 2 == 0)
    print("done")
""")


def run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT.format(guard=guard)],
                          capture_output=True, text=True, timeout=300,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


def test_a_long_day_of_calls_ends_cleanly_with_the_guard() -> None:
    done = run("import deskapp.ui")  # importing the widgets applies the guard
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "done"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and bools are immortal there")
def test_the_guard_is_applied_on_python_3_11_and_is_what_keeps_it_alive() -> None:
    assert immortalise_singletons() is True
    assert sys.getrefcount(None) > 1 << 47
