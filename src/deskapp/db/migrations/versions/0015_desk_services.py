"""desk services: mail and parcels with their pickups, goods release passes with their
goods, lost property, notices

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-28 20:05:00

Only new tables: the records of the other workspaces are not touched.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (the column types below)
from alembic import op

TEXT = sqlmodel.sql.sqltypes.AutoString
PARCEL_WAITING = "state = 'waiting'"
PARCEL_WAYBILL_WAITING = "state = 'waiting' AND waybill <> ''"
PARCEL_RETURNED = "state = 'returned'"
PASS_OPEN = "guard_copy_back_at IS NULL AND voided_at IS NULL"
ITEM_KEPT = "state = 'kept'"

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('founditem',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', TEXT(length=20), nullable=False),
    sa.Column('description', TEXT(length=200), nullable=False),
    sa.Column('contents', TEXT(), nullable=False),
    sa.Column('category', TEXT(length=16), nullable=False),
    sa.Column('found_where', TEXT(length=200), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=False),
    sa.Column('found_by', TEXT(length=100), nullable=False),
    sa.Column('kept_where', TEXT(length=100), nullable=False),
    sa.Column('recorded_by', TEXT(length=50), nullable=False),
    sa.Column('witnessed_by', TEXT(length=50), nullable=False),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('state', TEXT(length=16), nullable=False),
    sa.Column('claimant_name', TEXT(length=100), nullable=False),
    sa.Column('claimant_id_type', TEXT(length=16), nullable=False),
    sa.Column('claimant_id_number', TEXT(length=32), nullable=False),
    sa.Column('claimant_phone', TEXT(length=32), nullable=False),
    sa.Column('claim_description', TEXT(), nullable=False),
    sa.Column('handed_over_at', sa.DateTime(), nullable=True),
    sa.Column('handed_over_by', TEXT(length=50), nullable=False),
    sa.Column('police_station', TEXT(length=100), nullable=False),
    sa.Column('police_officer', TEXT(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    with op.batch_alter_table('founditem', schema=None) as batch_op:
        batch_op.create_index('ix_founditem_found_at_id', ['found_at', 'id'], unique=False)
        batch_op.create_index('ix_founditem_kept', ['found_at', 'id'], unique=False,
                sqlite_where=sa.text(ITEM_KEPT), postgresql_where=sa.text(ITEM_KEPT))

    op.create_table('parcelpickup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('collected_by', TEXT(length=100), nullable=False),
    sa.Column('on_behalf', sa.Boolean(), nullable=False),
    sa.Column('id_type', TEXT(length=16), nullable=False),
    sa.Column('id_number', TEXT(length=32), nullable=False),
    sa.Column('phone', TEXT(length=32), nullable=False),
    sa.Column('parcels', sa.Integer(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('parcelpickup', schema=None) as batch_op:
        batch_op.create_index('ix_parcelpickup_at', ['at'], unique=False)

    op.create_table('propertynotice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', TEXT(length=20), nullable=False),
    sa.Column('title', TEXT(length=100), nullable=False),
    sa.Column('body', TEXT(), nullable=False),
    sa.Column('dated', sa.Date(), nullable=False),
    sa.Column('signed', TEXT(length=100), nullable=False),
    sa.Column('template', TEXT(length=32), nullable=False),
    sa.Column('language', TEXT(length=8), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(), nullable=True),
    sa.Column('withdrawn_by', TEXT(length=50), nullable=False),
    sa.Column('withdraw_reason', TEXT(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    with op.batch_alter_table('propertynotice', schema=None) as batch_op:
        batch_op.create_index('ix_propertynotice_dated_id', ['dated', 'id'], unique=False)

    op.create_table('parcel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', TEXT(length=20), nullable=False),
    sa.Column('carrier', TEXT(length=50), nullable=False),
    sa.Column('waybill', TEXT(length=64), nullable=False),
    sa.Column('kind', TEXT(length=16), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('recipient_label', TEXT(length=200), nullable=False),
    sa.Column('recipient_name', TEXT(length=100), nullable=False),
    sa.Column('recipient_phone', TEXT(length=32), nullable=False),
    sa.Column('shelf', TEXT(length=16), nullable=False),
    sa.Column('condition', TEXT(length=200), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('state', TEXT(length=16), nullable=False),
    sa.Column('notified_at', sa.DateTime(), nullable=True),
    sa.Column('reminded_at', sa.DateTime(), nullable=True),
    sa.Column('pickup_id', sa.Integer(), nullable=True),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('return_reason', TEXT(length=200), nullable=False),
    sa.Column('note', TEXT(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], ),
    sa.ForeignKeyConstraint(['pickup_id'], ['parcelpickup.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    with op.batch_alter_table('parcel', schema=None) as batch_op:
        batch_op.create_index('ix_parcel_received_at_id', ['received_at', 'id'], unique=False)
        batch_op.create_index('ix_parcel_unit_state', ['unit_id', 'state'], unique=False)
        batch_op.create_index('ix_parcel_waiting', ['received_at', 'id'], unique=False,
                sqlite_where=sa.text(PARCEL_WAITING), postgresql_where=sa.text(PARCEL_WAITING))
        batch_op.create_index(batch_op.f('ix_parcel_waybill'), ['waybill'], unique=False)
        batch_op.create_index(batch_op.f('ix_parcel_pickup_id'), ['pickup_id'], unique=False)
        batch_op.create_index('uq_parcel_waybill_waiting', ['waybill'], unique=True,
                sqlite_where=sa.text(PARCEL_WAYBILL_WAITING),
                postgresql_where=sa.text(PARCEL_WAYBILL_WAITING))
        batch_op.create_index('ix_parcel_returned', ['returned_at'], unique=False,
                sqlite_where=sa.text(PARCEL_RETURNED), postgresql_where=sa.text(PARCEL_RETURNED))

    op.create_table('releasepass',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', TEXT(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('unit_label', TEXT(length=200), nullable=False),
    sa.Column('carrier_name', TEXT(length=100), nullable=False),
    sa.Column('carrier_id_type', TEXT(length=16), nullable=False),
    sa.Column('carrier_id_number', TEXT(length=32), nullable=False),
    sa.Column('carrier_phone', TEXT(length=32), nullable=False),
    sa.Column('plate', TEXT(length=16), nullable=False),
    sa.Column('authorised_by', TEXT(length=100), nullable=False),
    sa.Column('authorisation_how', TEXT(length=16), nullable=False),
    sa.Column('authorisation_note', TEXT(length=200), nullable=False),
    sa.Column('arrears_fen', sa.Integer(), nullable=False),
    sa.Column('approved_by', TEXT(length=50), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('valid_on', sa.Date(), nullable=False),
    sa.Column('guard_copy_back_at', sa.DateTime(), nullable=True),
    sa.Column('guard_copy_back_by', TEXT(length=50), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('void_reason', TEXT(length=200), nullable=False),
    sa.Column('note', TEXT(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    with op.batch_alter_table('releasepass', schema=None) as batch_op:
        batch_op.create_index('ix_releasepass_issued_at_id', ['issued_at', 'id'], unique=False)
        batch_op.create_index('ix_releasepass_open', ['issued_at', 'id'], unique=False,
                sqlite_where=sa.text(PASS_OPEN), postgresql_where=sa.text(PASS_OPEN))

    op.create_table('releasepassitem',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pass_id', sa.Integer(), nullable=False),
    sa.Column('description', TEXT(length=200), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_word', TEXT(length=16), nullable=False),
    sa.ForeignKeyConstraint(['pass_id'], ['releasepass.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('releasepassitem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_releasepassitem_pass_id'), ['pass_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('releasepassitem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_releasepassitem_pass_id'))

    op.drop_table('releasepassitem')
    with op.batch_alter_table('releasepass', schema=None) as batch_op:
        batch_op.drop_index('ix_releasepass_open', sqlite_where=sa.text(PASS_OPEN),
                postgresql_where=sa.text(PASS_OPEN))
        batch_op.drop_index('ix_releasepass_issued_at_id')

    op.drop_table('releasepass')
    with op.batch_alter_table('parcel', schema=None) as batch_op:
        batch_op.drop_index('ix_parcel_returned', sqlite_where=sa.text(PARCEL_RETURNED),
                postgresql_where=sa.text(PARCEL_RETURNED))
        batch_op.drop_index('uq_parcel_waybill_waiting',
                sqlite_where=sa.text(PARCEL_WAYBILL_WAITING),
                postgresql_where=sa.text(PARCEL_WAYBILL_WAITING))
        batch_op.drop_index(batch_op.f('ix_parcel_pickup_id'))
        batch_op.drop_index(batch_op.f('ix_parcel_waybill'))
        batch_op.drop_index('ix_parcel_waiting', sqlite_where=sa.text(PARCEL_WAITING),
                postgresql_where=sa.text(PARCEL_WAITING))
        batch_op.drop_index('ix_parcel_unit_state')
        batch_op.drop_index('ix_parcel_received_at_id')

    op.drop_table('parcel')
    with op.batch_alter_table('propertynotice', schema=None) as batch_op:
        batch_op.drop_index('ix_propertynotice_dated_id')

    op.drop_table('propertynotice')
    with op.batch_alter_table('parcelpickup', schema=None) as batch_op:
        batch_op.drop_index('ix_parcelpickup_at')

    op.drop_table('parcelpickup')
    with op.batch_alter_table('founditem', schema=None) as batch_op:
        batch_op.drop_index('ix_founditem_kept', sqlite_where=sa.text(ITEM_KEPT),
                postgresql_where=sa.text(ITEM_KEPT))
        batch_op.drop_index('ix_founditem_found_at_id')

    op.drop_table('founditem')
