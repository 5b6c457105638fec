"""Alembic environment: runs on the connection deskapp hands over (no alembic.ini needed)."""

from alembic import context
from sqlmodel import SQLModel

import deskapp.db.models  # noqa: F401  (registers every table on SQLModel.metadata)
from deskapp.db.dialect import search_tables

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    """Migrate on the caller's connection, or on a fresh engine from sqlalchemy.url."""
    connection = config.attributes.get("connection")
    if connection is None:
        from deskapp.db.engine import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
        engine.dispose()
    else:
        _run(connection)


def _include_name(name, type_, _parent_names) -> bool:  # type: ignore[no-untyped-def]
    # The search indexes' tables (FTS5 and its shadow tables, the readings) are no SQLModel
    # tables: migrations create them, and autogenerate or check must not drop them.
    return not (type_ == "table" and name in search_tables())


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    # Batch mode: SQLite cannot ALTER most things, so alembic rebuilds tables, keeping data.
    context.configure(
        connection=connection, target_metadata=target_metadata, render_as_batch=True,
        transactional_ddl=True, include_name=_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
