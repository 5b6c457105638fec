"""Alembic migration scripts; the schema of every deskapp file comes from these."""
