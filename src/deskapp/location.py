"""Where the records live: one SQLite file (one counter), or a PostgreSQL server (several).

Everything that used to be derived from the data file's path — the archive of printed
PDFs, the backups, the log — comes from here, so that a server database gets folders of
its own in the per-user data folder instead of "beside the file".
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from deskapp import paths

SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
LocationSource = Literal["", "option", "environment", "station"]


def is_server_url(value: str | os.PathLike[str] | None) -> bool:
    """Whether ``value`` names a PostgreSQL server rather than a file."""
    return isinstance(value, str) and value.split("://", 1)[0].lower() in SERVER_SCHEMES \
        and "://" in value


def location_problem(value: str) -> str | None:
    """Why ``value`` cannot name where the records are, in words (None: it can)."""
    from deskapp.i18n import fill, translate

    value = value.strip()
    if not value:
        return translate("Location", "Choose a file or enter a server address.")
    if is_server_url(value):
        parts = urlsplit(value)
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError:
            return translate("Location", "The port after the colon must be a number.")
        if not parts.hostname:
            return translate("Location", "Write the server's name after the two slashes, "
                             "e.g. postgresql://deskapp@server/deskapp.")
        if not parts.path.strip("/"):
            return translate("Location", "End the address with the database's name, "
                             "e.g. postgresql://deskapp@server/deskapp.")
        return None
    if "://" in value:
        return translate("Location", "deskapp works with PostgreSQL servers: the address "
                         "starts with postgresql://.")
    path = Path(value).expanduser()
    if path.is_dir():
        return translate("Location", "That is a folder. Name a file in it, e.g. deskapp.sqlite.")
    if not path.parent.is_dir():
        return fill(translate("Location", "There is no folder %1."), path.parent)
    return None


@dataclass(frozen=True)
class DataLocation:
    """A SQLite file (``file``) or a PostgreSQL server URL (``url``).

    ``source`` says what chose it — ``--db``, ``$DESKAPP_DB``, this PC's setting or nothing
    (the per-user file) — so the window can say when its own setting does not apply.
    """

    file: Path | None = None
    url: str | None = None
    source: LocationSource = field(default="", compare=False)

    @classmethod
    def of(cls, value: str | os.PathLike[str] | DataLocation) -> DataLocation:
        """The location a ``--db`` value, ``$DESKAPP_DB`` or a setting names."""
        if isinstance(value, DataLocation):
            return value
        if is_server_url(value):
            return cls(url=str(value))
        return cls(file=Path(value).expanduser().resolve())

    @classmethod
    def default(cls, cli_value: str | os.PathLike[str] | None = None) -> DataLocation:
        """``--db`` beats ``$DESKAPP_DB`` beats this PC's setting beats the per-user file."""
        from deskapp.station import StationFile

        for source, value in (("option", cli_value),
                              ("environment", os.environ.get(paths.DB_ENV_VAR)),
                              ("station", StationFile().data)):
            if value:
                return replace(cls.of(value), source=source)  # type: ignore[arg-type]
        return cls.per_user_file()

    @classmethod
    def per_user_file(cls) -> DataLocation:
        """The data file in the per-user data folder (one counter, nothing set)."""
        return cls(file=paths.user_data_dir() / paths.DB_FILENAME)

    @property
    def value(self) -> str:
        """What ``--db`` takes for this location (a URL keeps its password)."""
        return self.url if self.url is not None else str(self.file)

    @property
    def is_server(self) -> bool:
        """Records on a PostgreSQL server, shared by several counters."""
        return self.url is not None

    @property
    def sqlalchemy_url(self) -> str:
        """The URL SQLAlchemy opens (psycopg 3 for PostgreSQL)."""
        if self.url is None:
            raise ValueError("a file location has no server URL")
        parts = urlsplit(self.url)
        return urlunsplit(("postgresql+psycopg", *parts[1:]))

    @property
    def database(self) -> str:
        """The server database's name (empty for a file)."""
        return urlsplit(self.url).path.lstrip("/") if self.url else ""

    @property
    def name(self) -> str:
        """Short, for the status bar: ``deskapp.sqlite`` or ``deskapp @ db-host``."""
        if self.file is not None:
            return self.file.name
        parts = urlsplit(self.url or "")
        return f"{self.database} @ {parts.hostname or 'localhost'}"

    def display(self) -> str:
        """Long, for messages and About: the path, or the URL without its password."""
        if self.file is not None:
            return str(self.file)
        parts = urlsplit(self.url or "")
        netloc = parts.hostname or ""
        if parts.port:
            netloc += f":{parts.port}"
        if parts.username:
            netloc = f"{parts.username}@{netloc}"
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))

    @property
    def folder(self) -> Path:
        """Where this location's archive, backups and log go: beside the file, or a folder of
        its own in the per-user data folder for a server."""
        if self.file is not None:
            return self.file.parent
        parts = urlsplit(self.url or "")
        tag = re.sub(r"[^\w.-]+", "_", f"{parts.hostname or 'localhost'}-{parts.port or 5432}"
                     f"-{self.database}", flags=re.ASCII)
        return paths.user_data_dir() / "servers" / tag

    @property
    def stem(self) -> str:
        """The base of the folders' names: the file's stem, or the database's name."""
        return self.file.stem if self.file is not None else (self.database or "deskapp")

    @property
    def archive_dir(self) -> Path:
        """Every printed PDF, one file per print."""
        return self.folder / f"{self.stem}-archive"

    @property
    def attachments_dir(self) -> Path | None:
        """Photos and scanned letters attached to records (None: a server keeps them)."""
        return None if self.file is None else self.folder / f"{self.stem}-attachments"

    @property
    def backup_dir(self) -> Path:
        """Copies of the data file (a server's backups are the server's job)."""
        return self.folder / f"{self.stem}-backups"

    @property
    def log_dir(self) -> Path:
        """The log."""
        return self.folder / f"{self.stem}-logs"

    def is_data_file(self, candidate: str | os.PathLike[str]) -> bool:
        """Whether ``candidate`` is this location's data file (or SQLite's files beside it)."""
        return self.file is not None and paths.is_data_file(candidate, self.file)
