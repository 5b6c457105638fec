"""the day: shift handover notes and their items, days closed

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-28 22:41:31

Only new tables: the records of the other workspaces are not touched.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (the column types below)
from alembic import op

TEXT = sqlmodel.sql.sqltypes.AutoString
NOTE_UNACKNOWLEDGED = "acknowledged_at IS NULL"
ITEM_OPEN = "done_at IS NULL"

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('dayclosing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=False),
    sa.Column('closed_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.Column('open_items', TEXT(), nullable=False),
    sa.Column('workbook', TEXT(length=500), nullable=False),
    sa.Column('backup', TEXT(length=500), nullable=False),
    sa.Column('note', TEXT(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('day')
    )
    op.create_table('handovernote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('written_at', sa.DateTime(), nullable=False),
    sa.Column('written_by', TEXT(length=50), nullable=False),
    sa.Column('shift', TEXT(length=32), nullable=False),
    sa.Column('text', TEXT(), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.Column('acknowledged_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('handovernote', schema=None) as batch_op:
        batch_op.create_index('ix_handovernote_unacknowledged', ['written_at'], unique=False,
                sqlite_where=sa.text(NOTE_UNACKNOWLEDGED),
                postgresql_where=sa.text(NOTE_UNACKNOWLEDGED))
        batch_op.create_index('ix_handovernote_written_at_id', ['written_at', 'id'], unique=False)

    op.create_table('handoveritem',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', TEXT(length=500), nullable=False),
    sa.Column('record_kind', TEXT(length=32), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('done_by', TEXT(length=50), nullable=False),
    sa.Column('done_note', TEXT(length=200), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['handovernote.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('handoveritem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handoveritem_note_id'), ['note_id'], unique=False)
        batch_op.create_index('ix_handoveritem_open', ['note_id'], unique=False,
                sqlite_where=sa.text(ITEM_OPEN), postgresql_where=sa.text(ITEM_OPEN))


def downgrade() -> None:
    with op.batch_alter_table('handoveritem', schema=None) as batch_op:
        batch_op.drop_index(
                'ix_handoveritem_open',
                sqlite_where=sa.text(ITEM_OPEN), postgresql_where=sa.text(ITEM_OPEN))
        batch_op.drop_index(batch_op.f('ix_handoveritem_note_id'))

    op.drop_table('handoveritem')
    with op.batch_alter_table('handovernote', schema=None) as batch_op:
        batch_op.drop_index('ix_handovernote_written_at_id')
        batch_op.drop_index('ix_handovernote_unacknowledged',
                sqlite_where=sa.text(NOTE_UNACKNOWLEDGED),
                postgresql_where=sa.text(NOTE_UNACKNOWLEDGED))

    op.drop_table('handovernote')
    op.drop_table('dayclosing')
