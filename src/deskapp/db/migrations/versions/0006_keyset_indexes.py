"""paging indexes carry the id: (time_in, id) and (started_at, id)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 07:40:00

The histories page by (time, id). SQLite keeps the rowid in every index, so an
index on the time alone served; PostgreSQL does not, and sorted every deep page.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_visit_time_in_id', 'visit', ['time_in', 'id'])
    op.drop_index('ix_visit_time_in', table_name='visit')
    op.create_index('ix_call_started_at_id', 'call', ['started_at', 'id'])
    op.drop_index('ix_call_started_at', table_name='call')


def downgrade() -> None:
    op.create_index('ix_call_started_at', 'call', ['started_at'])
    op.drop_index('ix_call_started_at_id', table_name='call')
    op.create_index('ix_visit_time_in', 'visit', ['time_in'])
    op.drop_index('ix_visit_time_in_id', table_name='visit')
