"""key custody: key sets, owners' deposits and their lists of borrowers, loans and their
returns, handovers, lost keys and replacements, each set's steps, stocktakes

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (the column types below)
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT = sqlmodel.sql.sqltypes.AutoString
HOOK_HELD = "hook <> '' AND state NOT IN ('handed_over', 'retired')"
LOAN_OPEN = "closed_at IS NULL"


def _signed() -> list[sa.Column]:
    return [sa.Column('created_by', TEXT(length=50), nullable=False),
            sa.Column('desk', TEXT(length=50), nullable=False)]


def _person() -> list[sa.Column]:
    return [sa.Column('id_type', TEXT(length=16), nullable=False),
            sa.Column('id_number', TEXT(length=32), nullable=False)]


def upgrade() -> None:
    op.create_table(
        'keyset',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('tag', TEXT(length=16), nullable=False),
        sa.Column('unit_label', TEXT(length=200), nullable=False),
        sa.Column('unit_id', sa.Integer(), nullable=True),
        sa.Column('kind', TEXT(length=16), nullable=False),
        sa.Column('key_count', sa.Integer(), nullable=False),
        sa.Column('hook', TEXT(length=16), nullable=False),
        sa.Column('notes', TEXT(), nullable=False),
        sa.Column('state', TEXT(length=16), nullable=False),
        sa.Column('keys_outstanding', sa.Integer(), nullable=False),
        sa.Column('keys_lost', sa.Integer(), nullable=False),
        sa.Column('retired_at', sa.DateTime(), nullable=True),
        sa.Column('retire_reason', TEXT(length=200), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['unit_id'], ['unit.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('tag'),
    )
    op.create_index('ix_keyset_state', 'keyset', ['state'])
    op.create_index('ux_keyset_hook', 'keyset', ['hook'], unique=True,
                    sqlite_where=sa.text(HOOK_HELD), postgresql_where=sa.text(HOOK_HELD))
    op.create_table(
        'keydeposit',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key_set_id', sa.Integer(), nullable=False),
        sa.Column('deposited_at', sa.DateTime(), nullable=False),
        sa.Column('owner_name', TEXT(length=100), nullable=False),
        sa.Column('owner_phone', TEXT(length=32), nullable=False),
        sa.Column('signed_by', TEXT(length=100), nullable=False),
        sa.Column('keys_deposited', sa.Integer(), nullable=False),
        sa.Column('authorised_until', sa.Date(), nullable=True),
        sa.Column('note', TEXT(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['key_set_id'], ['keyset.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_keydeposit_key_set_id', 'keydeposit', ['key_set_id'])
    op.create_table(
        'keyauthorisation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key_set_id', sa.Integer(), nullable=False),
        sa.Column('deposit_id', sa.Integer(), nullable=True),
        sa.Column('name', TEXT(length=100), nullable=False),
        sa.Column('relation', TEXT(length=50), nullable=False),
        sa.Column('phone', TEXT(length=32), nullable=False),
        *_person(),
        sa.Column('valid_until', sa.Date(), nullable=True),
        sa.Column('revoked_at', sa.DateTime(), nullable=True),
        sa.Column('revoke_reason', TEXT(length=200), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['key_set_id'], ['keyset.id']),
        sa.ForeignKeyConstraint(['deposit_id'], ['keydeposit.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_keyauthorisation_key_set_id', 'keyauthorisation', ['key_set_id'])
    op.create_table(
        'keyloan',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', TEXT(length=20), nullable=False),
        sa.Column('key_set_id', sa.Integer(), nullable=False),
        sa.Column('tag', TEXT(length=16), nullable=False),
        sa.Column('unit_label', TEXT(length=200), nullable=False),
        sa.Column('borrower_name', TEXT(length=100), nullable=False),
        *_person(),
        sa.Column('phone', TEXT(length=32), nullable=False),
        sa.Column('company', TEXT(length=200), nullable=False),
        sa.Column('staff', sa.Boolean(), nullable=False),
        sa.Column('purpose', TEXT(length=16), nullable=False),
        sa.Column('purpose_note', TEXT(length=200), nullable=False),
        sa.Column('authorised_by', TEXT(length=100), nullable=False),
        sa.Column('basis', TEXT(length=16), nullable=False),
        sa.Column('authorisation_id', sa.Integer(), nullable=True),
        sa.Column('consent_by', TEXT(length=100), nullable=False),
        sa.Column('consent_how', TEXT(length=16), nullable=False),
        sa.Column('consent_at', sa.DateTime(), nullable=True),
        sa.Column('out_at', sa.DateTime(), nullable=False),
        sa.Column('expected_back', sa.DateTime(), nullable=False),
        sa.Column('keys_out', sa.Integer(), nullable=False),
        sa.Column('keys_back', sa.Integer(), nullable=False),
        sa.Column('keys_lost', sa.Integer(), nullable=False),
        sa.Column('returned_at', sa.DateTime(), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('note', TEXT(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['key_set_id'], ['keyset.id']),
        sa.ForeignKeyConstraint(['authorisation_id'], ['keyauthorisation.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('number'),
    )
    op.create_index('ix_keyloan_key_set_id', 'keyloan', ['key_set_id'])
    op.create_index('ix_keyloan_borrower_name', 'keyloan', ['borrower_name'])
    op.create_index('ix_keyloan_id_number', 'keyloan', ['id_number'])
    op.create_index('ix_keyloan_phone', 'keyloan', ['phone'])
    op.create_index('ix_keyloan_out_at_id', 'keyloan', ['out_at', 'id'])
    op.create_index('ix_keyloan_open', 'keyloan', ['out_at', 'id'],
                    sqlite_where=sa.text(LOAN_OPEN), postgresql_where=sa.text(LOAN_OPEN))
    op.create_table(
        'keyreturn',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('loan_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('keys_back', sa.Integer(), nullable=False),
        sa.Column('returned_by', TEXT(length=100), nullable=False),
        sa.Column('condition_note', TEXT(length=500), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['loan_id'], ['keyloan.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_keyreturn_loan_id', 'keyreturn', ['loan_id'])
    op.create_table(
        'keyhandover',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key_set_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('owner_name', TEXT(length=100), nullable=False),
        *_person(),
        sa.Column('phone', TEXT(length=32), nullable=False),
        sa.Column('keys_handed', sa.Integer(), nullable=False),
        sa.Column('note', TEXT(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['key_set_id'], ['keyset.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_keyhandover_key_set_id', 'keyhandover', ['key_set_id'])
    op.create_table(
        'keyreplacement',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key_set_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('keys_new', sa.Integer(), nullable=False),
        sa.Column('lock_changed', sa.Boolean(), nullable=False),
        sa.Column('key_count_before', sa.Integer(), nullable=False),
        sa.Column('key_count_after', sa.Integer(), nullable=False),
        sa.Column('note', TEXT(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['key_set_id'], ['keyset.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_keyreplacement_key_set_id', 'keyreplacement', ['key_set_id'])
    op.create_table(
        'keylostreport',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key_set_id', sa.Integer(), nullable=False),
        sa.Column('loan_id', sa.Integer(), nullable=True),
        sa.Column('reported_at', sa.DateTime(), nullable=False),
        sa.Column('reported_by', TEXT(length=100), nullable=False),
        sa.Column('keys_lost', sa.Integer(), nullable=False),
        sa.Column('circumstances', TEXT(), nullable=False),
        sa.Column('replacement_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['key_set_id'], ['keyset.id']),
        sa.ForeignKeyConstraint(['loan_id'], ['keyloan.id']),
        sa.ForeignKeyConstraint(['replacement_id'], ['keyreplacement.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_keylostreport_key_set_id', 'keylostreport', ['key_set_id'])
    op.create_table(
        'keyevent',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key_set_id', sa.Integer(), nullable=False),
        sa.Column('loan_id', sa.Integer(), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('kind', TEXT(length=16), nullable=False),
        sa.Column('keys', sa.Integer(), nullable=False),
        sa.Column('text', TEXT(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['key_set_id'], ['keyset.id']),
        sa.ForeignKeyConstraint(['loan_id'], ['keyloan.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_keyevent_key_set_id', 'keyevent', ['key_set_id'])
    op.create_index('ix_keyevent_at_id', 'keyevent', ['at', 'id'])
    op.create_table(
        'keystocktake',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('sets_expected', sa.Integer(), nullable=False),
        sa.Column('sets_found', sa.Integer(), nullable=False),
        sa.Column('missing', sa.Integer(), nullable=False),
        sa.Column('misplaced', sa.Integer(), nullable=False),
        sa.Column('unknown', sa.Integer(), nullable=False),
        sa.Column('note', TEXT(), nullable=False),
        *_signed(),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'keystocktakeline',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('stocktake_id', sa.Integer(), nullable=False),
        sa.Column('key_set_id', sa.Integer(), nullable=True),
        sa.Column('tag', TEXT(length=64), nullable=False),
        sa.Column('finding', TEXT(length=16), nullable=False),
        sa.Column('state', TEXT(length=16), nullable=False),
        sa.ForeignKeyConstraint(['stocktake_id'], ['keystocktake.id']),
        sa.ForeignKeyConstraint(['key_set_id'], ['keyset.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_keystocktakeline_stocktake_id', 'keystocktakeline', ['stocktake_id'])


def downgrade() -> None:
    for table in ('keystocktakeline', 'keystocktake', 'keyevent', 'keylostreport',
                  'keyreplacement', 'keyhandover', 'keyreturn', 'keyloan', 'keyauthorisation',
                  'keydeposit', 'keyset'):
        op.drop_table(table)
