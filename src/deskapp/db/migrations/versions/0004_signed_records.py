"""signed records: created_by on every business record; visit events

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 07:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel.sql.sqltypes.AutoString)
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNED = ("temppass", "visit", "denyentry", "watchentry", "alertevent", "hostresponseevent")


def upgrade() -> None:
    for table in SIGNED:
        # Records saved before operators were named keep an empty signature.
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(
                'created_by', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False,
                server_default=''))
    op.create_table('visitevent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('visitevent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visitevent_visit_id'), ['visit_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('visitevent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visitevent_visit_id'))
    op.drop_table('visitevent')
    for table in SIGNED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('created_by')
