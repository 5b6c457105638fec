"""operators who log in, the hash-chained audit trail, voided visits

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (the column types below)
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        'account',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', TEXT(length=50), nullable=False),
        sa.Column('role', TEXT(length=16), nullable=False),
        sa.Column('secret_hash', TEXT(length=255), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('failed_logins', sa.Integer(), nullable=False),
        sa.Column('locked_until', sa.DateTime(), nullable=True),
        sa.Column('last_login_at', sa.DateTime(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', TEXT(length=50), nullable=False),
        sa.Column('desk', TEXT(length=50), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_account_name', 'account', ['name'], unique=True)
    op.create_table(
        'auditentry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('actor', TEXT(length=50), nullable=False),
        sa.Column('approved_by', TEXT(length=50), nullable=False),
        sa.Column('desk', TEXT(length=50), nullable=False),
        sa.Column('action', TEXT(length=32), nullable=False),
        sa.Column('record_kind', TEXT(length=32), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=True),
        sa.Column('changes', TEXT(), nullable=False),
        sa.Column('prev_hash', TEXT(length=64), nullable=False),
        sa.Column('hash', TEXT(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('seq'),
    )
    op.create_index('ix_auditentry_record', 'auditentry', ['record_kind', 'record_id'])
    op.create_index('ix_auditentry_at_seq', 'auditentry', ['at', 'seq'])
    head = op.create_table(
        'audithead',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('hash', TEXT(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.bulk_insert(head, [{'id': 1, 'seq': 0, 'hash': '0' * 64}])
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('voided_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('void_reason', TEXT(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_column('void_reason')
        batch_op.drop_column('voided_at')
    op.drop_table('audithead')
    op.drop_index('ix_auditentry_at_seq', table_name='auditentry')
    op.drop_index('ix_auditentry_record', table_name='auditentry')
    op.drop_table('auditentry')
    op.drop_index('ix_account_name', table_name='account')
    op.drop_table('account')
