"""requests (complaints, repairs, inquiries, suggestions): their steps, revisits,
attachments, deadlines by severity and kind, the working-day calendar; and their search index

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (the column types below)
from alembic import op

from deskapp.db.dialect import REQUEST_SEARCH, create_search_index, drop_search_index

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT = sqlmodel.sql.sqltypes.AutoString
OPEN = "state NOT IN ('closed')"
REVISIT_DUE = "state = 'resolved'"


def _signed() -> list[sa.Column]:
    return [sa.Column('created_by', TEXT(length=50), nullable=False),
            sa.Column('desk', TEXT(length=50), nullable=False)]


def upgrade() -> None:
    op.create_table(
        'request',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', TEXT(length=20), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.Column('channel', TEXT(length=16), nullable=False),
        sa.Column('forwarded_from', TEXT(length=100), nullable=False),
        sa.Column('call_id', sa.Integer(), nullable=True),
        sa.Column('complainant', TEXT(length=100), nullable=False),
        sa.Column('phone', TEXT(length=32), nullable=False),
        sa.Column('about_unit_id', sa.Integer(), nullable=True),
        sa.Column('about_label', TEXT(length=200), nullable=False),
        sa.Column('kind', TEXT(length=16), nullable=False),
        sa.Column('content', TEXT(), nullable=False),
        sa.Column('nature', TEXT(length=16), nullable=False),
        sa.Column('severity', TEXT(length=16), nullable=False),
        sa.Column('grounds', TEXT(length=32), nullable=False),
        sa.Column('department_id', sa.Integer(), nullable=True),
        sa.Column('department_label', TEXT(length=100), nullable=False),
        sa.Column('owner', TEXT(length=100), nullable=False),
        sa.Column('due_at', sa.DateTime(), nullable=True),
        sa.Column('state', TEXT(length=16), nullable=False),
        sa.Column('handler', TEXT(length=100), nullable=False),
        sa.Column('dispatched_at', sa.DateTime(), nullable=True),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.Column('result', TEXT(), nullable=False),
        sa.Column('rectification', TEXT(), nullable=False),
        sa.Column('revisit_due', sa.Date(), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('final_opinion', TEXT(), nullable=False),
        sa.Column('reopened', sa.Integer(), nullable=False),
        sa.Column('paused_at', sa.DateTime(), nullable=True),
        sa.Column('pause_reason', TEXT(length=200), nullable=False),
        sa.Column('escalated_at', sa.DateTime(), nullable=True),
        sa.Column('last_progress_at', sa.DateTime(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['call_id'], ['call.id']),
        sa.ForeignKeyConstraint(['about_unit_id'], ['unit.id']),
        sa.ForeignKeyConstraint(['department_id'], ['department.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('number'),
    )
    op.create_index('ix_request_call_id', 'request', ['call_id'])
    op.create_index('ix_request_state', 'request', ['state'])
    op.create_index('ix_request_received_at_id', 'request', ['received_at', 'id'])
    op.create_index('ix_request_open', 'request', ['due_at'],
                    sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))
    op.create_index('ix_request_revisit_due', 'request', ['revisit_due'],
                    sqlite_where=sa.text(REVISIT_DUE), postgresql_where=sa.text(REVISIT_DUE))
    op.create_table(
        'requestevent',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('kind', TEXT(length=16), nullable=False),
        sa.Column('text', TEXT(), nullable=False),
        sa.Column('approved_by', TEXT(length=50), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['request_id'], ['request.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_requestevent_request_id', 'requestevent', ['request_id'])
    op.create_table(
        'revisit',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('how', TEXT(length=16), nullable=False),
        sa.Column('effect', TEXT(), nullable=False),
        sa.Column('satisfaction', TEXT(length=20), nullable=False),
        sa.Column('shortcomings', TEXT(), nullable=False),
        sa.Column('suggestions', TEXT(), nullable=False),
        sa.Column('final_opinion', TEXT(), nullable=False),
        sa.Column('revisited_by', TEXT(length=100), nullable=False),
        sa.Column('sent_back', TEXT(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['request_id'], ['request.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_revisit_request_id', 'revisit', ['request_id'])
    op.create_table(
        'requestattachment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=False),
        sa.Column('name', TEXT(length=200), nullable=False),
        sa.Column('stored', TEXT(length=200), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=True),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('sha256', TEXT(length=64), nullable=False),
        sa.Column('added_at', sa.DateTime(), nullable=False),
        *_signed(),
        sa.ForeignKeyConstraint(['request_id'], ['request.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_requestattachment_request_id', 'requestattachment', ['request_id'])
    op.create_table(
        'requestdeadline',
        sa.Column('severity', TEXT(length=16), nullable=False),
        sa.Column('kind', TEXT(length=16), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.Column('unit', TEXT(length=16), nullable=False),
        sa.PrimaryKeyConstraint('severity', 'kind'),
    )
    op.create_table(
        'calendarday',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('working', sa.Boolean(), nullable=False),
        sa.Column('name', TEXT(length=50), nullable=False),
        sa.PrimaryKeyConstraint('day'),
    )
    create_search_index(op.get_bind(), REQUEST_SEARCH)


def downgrade() -> None:
    drop_search_index(op.get_bind(), REQUEST_SEARCH)
    for table in ('calendarday', 'requestdeadline', 'requestattachment', 'revisit',
                  'requestevent', 'request'):
        op.drop_table(table)
