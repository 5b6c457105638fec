"""visitor log, second round: corrections with history, expected visitors, parties,
what a list match matched on, temporary-pass deposits, the print log

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (the column types below)
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT = sqlmodel.sql.sqltypes.AutoString


def _signed() -> list[sa.Column]:
    return [sa.Column('created_by', TEXT(length=50), nullable=False),
            sa.Column('desk', TEXT(length=50), nullable=False)]


def upgrade() -> None:
    # Plain ADD COLUMNs (no foreign key): SQLite adds them without copying the table.
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('group_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('address', TEXT(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('corrections', sa.Integer(), nullable=False,
                                      server_default='0'))
    op.create_index('ix_visit_group_id', 'visit', ['group_id'])
    with op.batch_alter_table('temppass', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deposit_fen', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('deposit_returned_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('deposit_returned_by', TEXT(length=50), nullable=False,
                                      server_default=''))
    with op.batch_alter_table('alertevent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('matched_on', TEXT(length=32), nullable=False,
                                      server_default=''))
    op.create_table(
        'visitcorrection',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('visit_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('field', TEXT(length=32), nullable=False),
        sa.Column('before', TEXT(), nullable=False),
        sa.Column('after', TEXT(), nullable=False),
        sa.Column('reason', TEXT(), nullable=False),
        sa.Column('approved_by', TEXT(length=50), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['visit_id'], ['visit.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_visitcorrection_visit_id', 'visitcorrection', ['visit_id'])
    op.create_table(
        'expectedvisitor',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', TEXT(length=100), nullable=False),
        sa.Column('phone', TEXT(length=32), nullable=False),
        sa.Column('company', TEXT(length=200), nullable=False),
        sa.Column('party_size', sa.Integer(), nullable=False),
        sa.Column('purpose', TEXT(length=16), nullable=False),
        sa.Column('host_unit_id', sa.Integer(), nullable=True),
        sa.Column('host_department_id', sa.Integer(), nullable=True),
        sa.Column('host_label', TEXT(length=200), nullable=False),
        sa.Column('expected_at', sa.DateTime(), nullable=False),
        sa.Column('note', TEXT(), nullable=False),
        sa.Column('from_visit_id', sa.Integer(), nullable=True),
        sa.Column('visit_id', sa.Integer(), nullable=True),
        sa.Column('cancelled_at', sa.DateTime(), nullable=True),
        sa.Column('cancel_reason', TEXT(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['host_unit_id'], ['unit.id']),
        sa.ForeignKeyConstraint(['host_department_id'], ['department.id']),
        sa.ForeignKeyConstraint(['from_visit_id'], ['visit.id']),
        sa.ForeignKeyConstraint(['visit_id'], ['visit.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_expectedvisitor_expected_at', 'expectedvisitor', ['expected_at'])
    op.create_table(
        'printedcopy',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', TEXT(length=32), nullable=False),
        sa.Column('reference', TEXT(length=64), nullable=False),
        sa.Column('how', TEXT(length=16), nullable=False),
        sa.Column('archive_name', TEXT(length=255), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        *_signed(),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_printedcopy_kind_reference', 'printedcopy', ['kind', 'reference'])


def downgrade() -> None:
    op.drop_index('ix_printedcopy_kind_reference', table_name='printedcopy')
    op.drop_table('printedcopy')
    op.drop_index('ix_expectedvisitor_expected_at', table_name='expectedvisitor')
    op.drop_table('expectedvisitor')
    op.drop_index('ix_visitcorrection_visit_id', table_name='visitcorrection')
    op.drop_table('visitcorrection')
    with op.batch_alter_table('alertevent', schema=None) as batch_op:
        batch_op.drop_column('matched_on')
    with op.batch_alter_table('temppass', schema=None) as batch_op:
        batch_op.drop_column('deposit_returned_by')
        batch_op.drop_column('deposit_returned_at')
        batch_op.drop_column('deposit_fen')
    op.drop_index('ix_visit_group_id', table_name='visit')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_column('corrections')
        batch_op.drop_column('address')
        batch_op.drop_column('group_id')
