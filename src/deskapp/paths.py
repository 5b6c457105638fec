"""Where deskapp keeps its files: the sole owner of paths."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "deskapp"
DB_ENV_VAR = "DESKAPP_DB"
DB_FILENAME = "deskapp.sqlite"


def resources_dir() -> Path:
    """The shipped resources folder (fonts, translations, icons), frozen or from source."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    source = Path(__file__).resolve().parents[2] / "resources"
    if source.is_dir():  # a clone, or an editable install
        return source
    return Path(sys.prefix) / "share" / "deskapp" / "resources"  # pip install .


def resource_path(*parts: str) -> Path:
    """A file inside the resources folder."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The per-user data folder of the platform (created on demand)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def archive_dir(db_path: Path) -> Path:
    """Every printed PDF is kept here, beside the data file."""
    return db_path.parent / f"{db_path.stem}-archive"


def backup_dir(db_path: Path) -> Path:
    """Automatic copies taken before migrations, beside the data file."""
    return db_path.parent / f"{db_path.stem}-backups"


def log_dir(db_path: Path) -> Path:
    """Log files, beside the data file so a support call finds everything in one place."""
    return db_path.parent / f"{db_path.stem}-logs"


def demo_db_path(db_path: Path) -> Path:
    """The practice file beside a data file: ``deskapp-demo.sqlite`` beside ``deskapp.sqlite``."""
    return db_path.with_name(f"{db_path.stem}-demo{db_path.suffix or '.sqlite'}")


def is_data_file(candidate: str | os.PathLike[str], db_path: Path) -> bool:
    """Whether ``candidate`` is the data file or one of SQLite's files beside it.

    Such a path must never be written, replaced or even opened by anything but SQLite: a
    workbook, a PDF copy or an import that touched it would drop SQLite's locks (or
    overwrite the records).
    """
    path = Path(candidate).expanduser().resolve()
    names = {Path(f"{db_path}{suffix}").resolve() for suffix in ("", "-wal", "-shm", "-journal")}
    if path in names:
        return True
    try:
        return path.exists() and db_path.exists() and os.path.samefile(path, db_path)
    except OSError:
        return False


def refuse_data_file(candidate: str | os.PathLike[str], db_path: Path) -> None:
    """Raise ProtectedFile when ``candidate`` is the data file (see :func:`is_data_file`)."""
    if is_data_file(candidate, db_path):
        from deskapp.errors import ProtectedFile
        from deskapp.i18n import fill, translate

        raise ProtectedFile(fill(translate(
            "Paths", "%1 is deskapp's own data file. Choose another file."), candidate))
