"""A guard against a reference-count bug of the Qt binding on Python 3.11.

PySide6 6.12 gives back ``None`` from every C++ method without a result (``setText``,
``setEnabled`` …) and passes ``True``/``False`` through a Python ``Signal(bool)`` without
taking the reference it later drops. Python 3.12 and later never free these three objects
(they are immortal), so the bug is harmless there; on 3.11 each such call takes one
reference away, and after enough of them in a long day at the counter the interpreter
frees ``None`` and aborts ("Fatal Python error: none_dealloc").

The guard gives the three objects a reference count no day at the counter can use up,
which is what 3.12 does for every program. It is applied once, before the first widget.
"""

from __future__ import annotations

import ctypes
import sys

# Far more calls than a counter makes in years, far below overflowing a 64-bit count.
_RESERVE = 1 << 48


def immortalise_singletons() -> bool:
    """Keep ``None``, ``True`` and ``False`` alive for good on a Python that would free
    them; True when it was needed (and done), False on Python 3.12 and later."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        # A CPython object starts with its reference count (a Py_ssize_t).
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _RESERVE:
            count.value += _RESERVE
    return True
