"""What belongs to this PC, not to the shared records: the counter's name, who is on duty,
the language, the printer and its papers, and where the records are.

Several counters share one PostgreSQL database, so anything that differs from one counter
to the next cannot live in the database's settings. It lives in a small JSON file in the
per-user configuration folder, written whole or not at all. A damaged or foreign file is
read as "nothing set" (and logged), never as an error that keeps deskapp from starting.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import platformdirs

from deskapp import paths
from deskapp.fileio import write_bytes_atomically

logger = logging.getLogger(__name__)

STATION_FILE = "station.json"
DATA_KEY = "data"  # where the records are: a data file's path or a postgresql:// address


def station_file() -> Path:
    """The file this PC's settings are kept in."""
    return Path(platformdirs.user_config_dir(paths.APP_NAME, appauthor=False)) / STATION_FILE


class StationFile:
    """This PC's settings, as plain values; the domain checks them before they are saved.

    Args:
        path: The file (default: ``station.json`` in the per-user configuration folder).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or station_file()

    def load(self) -> dict[str, Any]:
        """Every value set on this PC; nothing when the file is missing or unreadable."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            logger.warning("ignoring unreadable station file %s: %s", self.path, exc)
            return {}
        if not isinstance(raw, dict):
            logger.warning("ignoring station file %s: not an object", self.path)
            return {}
        return raw

    def save(self, values: dict[str, Any]) -> None:
        """Set ``values`` (other values already set are kept), writing the whole file."""
        merged = {**self.load(), **values}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(merged, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        write_bytes_atomically(self.path, text.encode("utf-8"))

    @property
    def data(self) -> str:
        """Where this PC's records are ("" for the per-user data file)."""
        value = self.load().get(DATA_KEY, "")
        return value.strip() if isinstance(value, str) else ""

    def set_data(self, value: str) -> None:
        """Keep the records at ``value`` from the next start ("" for the per-user file)."""
        self.save({DATA_KEY: value.strip()})
