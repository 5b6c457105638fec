"""fee collection: charge items and their rates, meter readings, charges (bills), receipts
with their lines and payments, units' credit, waivers, deposits and their refunds, cashiers'
handovers, dunning notices and their deliveries, contacts about fees; units get their area

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-28 19:25:00

Only new tables and one new column (a unit's area, 0 for the units already there): the
records of the other workspaces are not touched.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (the column types below)
from alembic import op

TEXT = sqlmodel.sql.sqltypes.AutoString
CHARGE_OPEN = 'voided_at IS NULL AND amount_fen > paid_fen + waived_fen'

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('cashhandover',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('cashier', TEXT(length=50), nullable=False),
    sa.Column('float_fen', sa.Integer(), nullable=False),
    sa.Column('expected_cash_fen', sa.Integer(), nullable=False),
    sa.Column('counted_cash_fen', sa.Integer(), nullable=False),
    sa.Column('difference_fen', sa.Integer(), nullable=False),
    sa.Column('receipts', sa.Integer(), nullable=False),
    sa.Column('first_number', TEXT(length=20), nullable=False),
    sa.Column('last_number', TEXT(length=20), nullable=False),
    sa.Column('received_by', TEXT(length=100), nullable=False),
    sa.Column('note', TEXT(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('day', 'cashier')
    )
    with op.batch_alter_table('cashhandover', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cashhandover_day'), ['day'], unique=False)

    op.create_table('chargeitem',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', TEXT(length=100), nullable=False),
    sa.Column('category', TEXT(length=16), nullable=False),
    sa.Column('pricing', TEXT(length=16), nullable=False),
    sa.Column('unit_price', sa.Integer(), nullable=False),
    sa.Column('cycle', TEXT(length=16), nullable=False),
    sa.Column('deposit', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', TEXT(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('approved_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('chargerate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('reason', TEXT(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('approved_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['chargeitem.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('chargerate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chargerate_item_id'), ['item_id'], unique=False)

    op.create_table('dunningnotice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', TEXT(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('stage', TEXT(length=16), nullable=False),
    sa.Column('arrears_fen', sa.Integer(), nullable=False),
    sa.Column('oldest_due', sa.Date(), nullable=True),
    sa.Column('pay_by', sa.Date(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    with op.batch_alter_table('dunningnotice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dunningnotice_unit_id'), ['unit_id'], unique=False)

    op.create_table('feecontact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', TEXT(length=16), nullable=False),
    sa.Column('note', TEXT(), nullable=False),
    sa.Column('promised_on', sa.Date(), nullable=True),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('feecontact', schema=None) as batch_op:
        batch_op.create_index('ix_feecontact_unit_at', ['unit_id', 'at'], unique=False)

    op.create_table('meterreading',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('period', TEXT(length=7), nullable=False),
    sa.Column('read_on', sa.Date(), nullable=False),
    sa.Column('previous', sa.Integer(), nullable=False),
    sa.Column('current', sa.Integer(), nullable=False),
    sa.Column('multiplier', sa.Integer(), nullable=False),
    sa.Column('kind', TEXT(length=16), nullable=False),
    sa.Column('old_meter_final', sa.Integer(), nullable=True),
    sa.Column('rollover_at', sa.Integer(), nullable=True),
    sa.Column('usage', sa.Integer(), nullable=False),
    sa.Column('superseded', sa.Boolean(), nullable=False),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('charge_id', sa.Integer(), nullable=True),
    sa.Column('source', TEXT(length=16), nullable=False),
    sa.Column('note', TEXT(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.ForeignKeyConstraint(['corrects_id'], ['meterreading.id'], ),
    sa.ForeignKeyConstraint(['item_id'], ['chargeitem.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meterreading', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meterreading_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index('ux_meterreading_current', ['unit_id', 'item_id', 'period'],
                unique=True, sqlite_where=sa.text('superseded = false'),
                postgresql_where=sa.text('superseded = false'))

    op.create_table('receipt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', TEXT(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', TEXT(length=16), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('unit_label', TEXT(length=200), nullable=False),
    sa.Column('payer', TEXT(length=100), nullable=False),
    sa.Column('payer_phone', TEXT(length=32), nullable=False),
    sa.Column('total_fen', sa.Integer(), nullable=False),
    sa.Column('method', TEXT(length=16), nullable=False),
    sa.Column('tendered_fen', sa.Integer(), nullable=False),
    sa.Column('change_fen', sa.Integer(), nullable=False),
    sa.Column('credit_used_fen', sa.Integer(), nullable=False),
    sa.Column('credit_added_fen', sa.Integer(), nullable=False),
    sa.Column('form_serial', TEXT(length=32), nullable=False),
    sa.Column('note', TEXT(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('void_reason', TEXT(length=200), nullable=False),
    sa.Column('voided_by', TEXT(length=50), nullable=False),
    sa.Column('void_approved_by', TEXT(length=50), nullable=False),
    sa.Column('invoice_no', TEXT(length=32), nullable=False),
    sa.Column('invoiced_at', sa.DateTime(), nullable=True),
    sa.Column('invoiced_by', TEXT(length=50), nullable=False),
    sa.Column('handover_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['handover_id'], ['cashhandover.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number'),
    sa.UniqueConstraint('year', 'seq')
    )
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.create_index('ix_receipt_cashier_issued', ['created_by', 'issued_at'],
                unique=False)
        batch_op.create_index('ix_receipt_issued_at_id', ['issued_at', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_payer'), ['payer'], unique=False)
        batch_op.create_index('ix_receipt_unit_issued', ['unit_id', 'issued_at'], unique=False)

    op.create_table('feecharge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('item_name', TEXT(length=100), nullable=False),
    sa.Column('category', TEXT(length=16), nullable=False),
    sa.Column('period', TEXT(length=32), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('paid_fen', sa.Integer(), nullable=False),
    sa.Column('waived_fen', sa.Integer(), nullable=False),
    sa.Column('reading_id', sa.Integer(), nullable=True),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('void_reason', TEXT(length=200), nullable=False),
    sa.Column('void_approved_by', TEXT(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['chargeitem.id'], ),
    sa.ForeignKeyConstraint(['reading_id'], ['meterreading.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('feecharge', schema=None) as batch_op:
        batch_op.create_index('ix_feecharge_open', ['due_on', 'unit_id'], unique=False,
                sqlite_where=sa.text(CHARGE_OPEN),
                postgresql_where=sa.text(CHARGE_OPEN))
        batch_op.create_index('ix_feecharge_unit_due', ['unit_id', 'due_on', 'id'], unique=False)
        batch_op.create_index('ux_feecharge_period', ['unit_id', 'item_id', 'period_start'],
                unique=True, sqlite_where=sa.text('voided_at IS NULL'),
                postgresql_where=sa.text('voided_at IS NULL'))

    op.create_table('feedeposit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('unit_label', TEXT(length=200), nullable=False),
    sa.Column('kind', TEXT(length=16), nullable=False),
    sa.Column('payer', TEXT(length=100), nullable=False),
    sa.Column('payer_phone', TEXT(length=32), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('purpose', TEXT(length=200), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('state', TEXT(length=16), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('receipt_id')
    )
    with op.batch_alter_table('feedeposit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedeposit_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedeposit_unit_id'), ['unit_id'], unique=False)

    op.create_table('noticedelivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('how', TEXT(length=16), nullable=False),
    sa.Column('waybill', TEXT(length=64), nullable=False),
    sa.Column('signed_by', TEXT(length=100), nullable=False),
    sa.Column('delivered_at', sa.DateTime(), nullable=False),
    sa.Column('note', TEXT(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['dunningnotice.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('noticedelivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_noticedelivery_notice_id'), ['notice_id'],
                unique=False)

    op.create_table('receiptpayment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('method', TEXT(length=16), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('reference', TEXT(length=64), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('receiptpayment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receiptpayment_receipt_id'), ['receipt_id'],
                unique=False)

    op.create_table('unitcredit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('change_fen', sa.Integer(), nullable=False),
    sa.Column('reason', TEXT(length=16), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=True),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('unitcredit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unitcredit_unit_id'), ['unit_id'], unique=False)

    op.create_table('depositrefund',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', TEXT(length=20), nullable=False),
    sa.Column('deposit_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('deducted_fen', sa.Integer(), nullable=False),
    sa.Column('refunded_fen', sa.Integer(), nullable=False),
    sa.Column('method', TEXT(length=16), nullable=False),
    sa.Column('received_by', TEXT(length=100), nullable=False),
    sa.Column('approved_by', TEXT(length=50), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.Column('handover_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['deposit_id'], ['feedeposit.id'], ),
    sa.ForeignKeyConstraint(['handover_id'], ['cashhandover.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('deposit_id'),
    sa.UniqueConstraint('number')
    )
    op.create_table('feewaiver',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('charge_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('reason', TEXT(length=200), nullable=False),
    sa.Column('approved_by', TEXT(length=50), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('created_by', TEXT(length=50), nullable=False),
    sa.Column('desk', TEXT(length=50), nullable=False),
    sa.ForeignKeyConstraint(['charge_id'], ['feecharge.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('feewaiver', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feewaiver_charge_id'), ['charge_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_feewaiver_unit_id'), ['unit_id'], unique=False)

    op.create_table('receiptline',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('charge_id', sa.Integer(), nullable=True),
    sa.Column('kind', TEXT(length=16), nullable=False),
    sa.Column('item_name', TEXT(length=100), nullable=False),
    sa.Column('period', TEXT(length=32), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['charge_id'], ['feecharge.id'], ),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('receiptline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receiptline_charge_id'), ['charge_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_receiptline_receipt_id'), ['receipt_id'], unique=False)

    op.create_table('depositdeduction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('refund_id', sa.Integer(), nullable=False),
    sa.Column('reason', TEXT(length=200), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['refund_id'], ['depositrefund.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('depositdeduction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_depositdeduction_refund_id'), ['refund_id'],
                unique=False)

    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('area_dm2', sa.Integer(), nullable=False, server_default='0'))



def downgrade() -> None:
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_column('area_dm2')

    with op.batch_alter_table('depositdeduction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_depositdeduction_refund_id'))

    op.drop_table('depositdeduction')
    with op.batch_alter_table('receiptline', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receiptline_receipt_id'))
        batch_op.drop_index(batch_op.f('ix_receiptline_charge_id'))

    op.drop_table('receiptline')
    with op.batch_alter_table('feewaiver', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feewaiver_unit_id'))
        batch_op.drop_index(batch_op.f('ix_feewaiver_charge_id'))

    op.drop_table('feewaiver')
    op.drop_table('depositrefund')
    with op.batch_alter_table('unitcredit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unitcredit_unit_id'))

    op.drop_table('unitcredit')
    with op.batch_alter_table('receiptpayment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receiptpayment_receipt_id'))

    op.drop_table('receiptpayment')
    with op.batch_alter_table('noticedelivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_noticedelivery_notice_id'))

    op.drop_table('noticedelivery')
    with op.batch_alter_table('feedeposit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedeposit_unit_id'))
        batch_op.drop_index(batch_op.f('ix_feedeposit_state'))

    op.drop_table('feedeposit')
    with op.batch_alter_table('feecharge', schema=None) as batch_op:
        batch_op.drop_index('ux_feecharge_period', sqlite_where=sa.text('voided_at IS NULL'),
                postgresql_where=sa.text('voided_at IS NULL'))
        batch_op.drop_index('ix_feecharge_unit_due')
        batch_op.drop_index('ix_feecharge_open',
                sqlite_where=sa.text(CHARGE_OPEN),
                postgresql_where=sa.text(CHARGE_OPEN))

    op.drop_table('feecharge')
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.drop_index('ix_receipt_unit_issued')
        batch_op.drop_index(batch_op.f('ix_receipt_payer'))
        batch_op.drop_index('ix_receipt_issued_at_id')
        batch_op.drop_index('ix_receipt_cashier_issued')

    op.drop_table('receipt')
    with op.batch_alter_table('meterreading', schema=None) as batch_op:
        batch_op.drop_index('ux_meterreading_current', sqlite_where=sa.text('superseded = false'),
                postgresql_where=sa.text('superseded = false'))
        batch_op.drop_index(batch_op.f('ix_meterreading_unit_id'))

    op.drop_table('meterreading')
    with op.batch_alter_table('feecontact', schema=None) as batch_op:
        batch_op.drop_index('ix_feecontact_unit_at')

    op.drop_table('feecontact')
    with op.batch_alter_table('dunningnotice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dunningnotice_unit_id'))

    op.drop_table('dunningnotice')
    with op.batch_alter_table('chargerate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chargerate_item_id'))

    op.drop_table('chargerate')
    op.drop_table('chargeitem')
    with op.batch_alter_table('cashhandover', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cashhandover_day'))

    op.drop_table('cashhandover')
