"""Logging to a rotating file beside the data file (and stderr for commands).

Where the log goes is known only once the data file is accepted: a refused file (someone
else's, a folder, a read-only place) must not get a ``<name>-logs/`` folder beside it. So
logging starts into memory (:func:`start_logging`) and is settled on a folder afterwards
(:func:`settle_logging`): beside the data file when it is usable and writable, else the
per-user log folder.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MARK = "_deskapp"


def user_log_dir() -> Path:
    """The platform's per-user log folder."""
    return Path(platformdirs.user_log_dir("deskapp", appauthor=False))


def _install(handler: logging.Handler) -> None:
    setattr(handler, _MARK, True)
    logging.getLogger().addHandler(handler)


def _ours(kind: type[logging.Handler]) -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers
            if getattr(h, _MARK, False) and isinstance(h, kind)]


def start_logging(*, to_stderr: bool = False, level: int = logging.INFO) -> None:
    """Collect log records in memory until :func:`settle_logging` picks their file."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    _install(logging.handlers.MemoryHandler(capacity=10_000, flushLevel=logging.CRITICAL + 1))
    if to_stderr:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        _install(stream)


def settle_logging(folder: Path | None) -> Path | None:
    """Write the log to ``folder/deskapp.log`` (rotated at 1 MB, 5 kept), with what was
    collected so far; falls back to the per-user folder when ``folder`` is None or cannot be
    written. Returns the log file, or None when no folder could take it."""
    path = None
    for candidate in ([folder] if folder is not None else []) + [user_log_dir()]:
        try:
            candidate.mkdir(parents=True, exist_ok=True)
            if not os.access(candidate, os.W_OK):
                continue
            handler = logging.handlers.RotatingFileHandler(
                candidate / "deskapp.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        except OSError:
            continue
        handler.setFormatter(logging.Formatter(FORMAT))
        for old in _ours(logging.handlers.RotatingFileHandler):
            logging.getLogger().removeHandler(old)
            old.close()
        _install(handler)
        path = candidate / "deskapp.log"
        break
    for memory in _ours(logging.handlers.MemoryHandler):
        assert isinstance(memory, logging.handlers.MemoryHandler)
        if path is not None:
            memory.setTarget(handler)
            memory.flush()
        logging.getLogger().removeHandler(memory)
        memory.close()
    return path


def setup_logging(folder: Path, *, to_stderr: bool = False, level: int = logging.INFO) -> Path:
    """Log to ``folder`` at once (for tools that know their folder from the start)."""
    start_logging(to_stderr=to_stderr, level=level)
    return settle_logging(folder) or folder / "deskapp.log"
