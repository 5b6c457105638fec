"""A PostgreSQL server as deskapp's database, shared by several counters.

Connect, refuse a database that holds another program's tables, and bring the schema up
to date in one transaction while holding an advisory lock, so that counters starting at
the same moment migrate one after the other. Backups and integrity are the server's job.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect, text

from deskapp.db.engine import make_engine
from deskapp.db.errors import DatabaseProblem, ForeignFile, UnusablePath
from deskapp.i18n import fill, translate

logger = logging.getLogger(__name__)

# pg_advisory_xact_lock key: one migrating counter at a time ("DESK").
MIGRATION_LOCK = 0x4445534B


def server_engine(url: str) -> Engine:
    """An engine on the server at ``url`` (psycopg 3).

    Raises:
        UnusablePath: deskapp was installed without PostgreSQL support.
    """
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise UnusablePath(fill(translate(
            "Database", "deskapp cannot reach %1: PostgreSQL support is not installed. "
            "Install it with: pip install deskapp[postgres]"), url.split("@")[-1])) from None
    return make_engine(url)


@dataclass(frozen=True)
class ServerState:
    """What a server database holds, read without changing anything.

    Attributes:
        version: The PostgreSQL server's version.
        revision: deskapp's schema revision there (None: nothing set up yet).
        foreign: The database holds tables that are not deskapp's.
        desks: The counters that saved visits or calls there, with how many of each.
    """

    version: str
    revision: str | None
    foreign: bool
    desks: tuple[tuple[str, int], ...] = ()


def probe_server(engine: Engine, known_tables: set[str]) -> ServerState:
    """Look at the server's database (read-only: ``deskapp check`` and the Test button)."""
    with engine.connect() as conn:
        conn.execute(text("SET TRANSACTION READ ONLY"))
        version = str(conn.execute(text("SHOW server_version")).scalar())
        tables, revision = _schema_state(conn)
        foreign = bool(tables) and (revision is None
                                    or bool(tables - known_tables - {"alembic_version"}))
        desks: tuple[tuple[str, int], ...] = ()
        if revision is not None and not foreign and {"visit", "call"} <= tables:
            try:
                rows = conn.execute(text(
                    "SELECT desk, count(*) FROM (SELECT desk FROM visit UNION ALL "
                    "SELECT desk FROM call) AS saved GROUP BY desk ORDER BY desk")).all()
                desks = tuple((str(desk), int(count)) for desk, count in rows)
            except Exception:  # noqa: BLE001 - an older schema without desks: no list
                logger.info("no counter names in %s (schema %s)", engine.url.database, revision)
        return ServerState(version, revision, foreign, desks)


def _schema_state(conn: Connection) -> tuple[set[str], str | None]:
    tables = set(inspect(conn).get_table_names())
    revision = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if "alembic_version" in tables else None)
    return tables, revision


def set_up_server(engine: Engine, display: str, *, head: str, known_tables: set[str],
                  known_revisions: set[str]) -> tuple[str | None, str]:
    """Create or upgrade the schema on the server; returns (revision before, revision now).

    Raises:
        ForeignFile: the database holds tables that are not deskapp's; nothing changed.
        DatabaseTooNew-like DatabaseProblem: a newer deskapp set this database up.
    """
    from alembic import command

    from deskapp.db.schema import alembic_config

    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        tables, revision = _schema_state(conn)
        if tables and (revision is None or tables - known_tables - {"alembic_version"}):
            raise ForeignFile(fill(translate(
                "Database", "The database %1 holds tables that are not deskapp's. deskapp "
                "did not change it; ask for a database of its own."), display))
        if revision is not None and revision != head and revision not in known_revisions:
            raise DatabaseProblem(fill(translate(
                "Database", "The database %1 was set up by a newer version of deskapp "
                "(schema %2). Install the newer deskapp on this counter."), display, revision))
        if revision != head:
            cfg = alembic_config(str(engine.url))
            cfg.attributes["connection"] = conn  # Alembic joins this transaction
            command.upgrade(cfg, "head")
            logger.info("migrated %s from %s to %s", display, revision, head)
    return revision, head
