"""counters: pass numbers allocated from a row, not from max()+1

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel.sql.sqltypes.AutoString)
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('counter',
    sa.Column('series', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series')
    )
    # Each day's series continues after the highest number already printed that day,
    # compared as numbers ('V261128-10000' is above 'V261128-9999').
    for series, table, prefix_length in (
        ("visit-pass:", "visit", 7),
        ("temp-pass:", "temppass", 7),
    ):
        op.execute(
            f"INSERT INTO counter (series, value) "
            f"SELECT '{series}' || substr(pass_no, 1, {prefix_length}), "
            f"max(CAST(substr(pass_no, {prefix_length + 2}) AS INTEGER)) "
            f"FROM {table} GROUP BY substr(pass_no, 1, {prefix_length})"
        )


def downgrade() -> None:
    op.drop_table('counter')
