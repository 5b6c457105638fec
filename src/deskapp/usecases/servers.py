"""Looking at a PostgreSQL server before a counter is pointed at it (the Test button)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from deskapp.db.schema import SCHEMA_HEAD, known_revisions, known_tables
from deskapp.db.server import probe_server, server_engine
from deskapp.location import DataLocation


class SchemaState(Enum):
    """What deskapp would find in the server's database."""

    EMPTY = "empty"  # nothing yet: deskapp sets it up on the first start
    CURRENT = "current"
    OLDER = "older"  # an older deskapp's records: upgraded on the first start
    NEWER = "newer"  # set up by a newer deskapp: this one must be updated first
    FOREIGN = "foreign"  # another program's tables: deskapp will not touch it


@dataclass(frozen=True)
class ServerReport:
    """The answer of a server, read without changing anything.

    Attributes:
        version: PostgreSQL's version.
        schema: What the database holds.
        desks: The counters that saved records there, with how many visits and calls.
    """

    version: str
    schema: SchemaState
    desks: tuple[tuple[str, int], ...]


def look_at_server(location: DataLocation) -> ServerReport:
    """Connect to ``location``'s server and say what it holds (read-only).

    Raises:
        UserError: no PostgreSQL support, or the server refused or did not answer (in
            words).
    """
    engine = server_engine(location.sqlalchemy_url)
    try:
        state = probe_server(engine, known_tables())
    finally:
        engine.dispose()
    if state.foreign:
        schema = SchemaState.FOREIGN
    elif state.revision is None:
        schema = SchemaState.EMPTY
    elif state.revision == SCHEMA_HEAD:
        schema = SchemaState.CURRENT
    elif state.revision in known_revisions():
        schema = SchemaState.OLDER
    else:
        schema = SchemaState.NEWER
    return ServerReport(state.version, schema, state.desks)
