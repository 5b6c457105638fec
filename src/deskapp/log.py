"""Logging to a rotating file beside the data file (and stderr for commands)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(folder: Path, *, to_stderr: bool = False, level: int = logging.INFO) -> Path:
    """Send every module's log to ``folder/deskapp.log`` (rotated at 1 MB, 5 kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "deskapp.log"
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_deskapp", False):
            root.removeHandler(handler)
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler._deskapp = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if to_stderr:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream._deskapp = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    return path
