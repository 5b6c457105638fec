"""counters by name: every signed record carries the desk it was saved at

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 08:00:00

Several counters share one database; each record says which counter saved it, and the
histories can show one counter's records (the desk leads the paging index).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (the column type below)
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNED = ("temppass", "visit", "denyentry", "watchentry", "alertevent", "hostresponseevent",
          "visitevent", "call", "callmessage", "phoneentry", "phonebookreview")


def upgrade() -> None:
    for table in SIGNED:
        # Records saved before counters had names keep an empty one.
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(
                'desk', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False,
                server_default=''))
    op.create_index('ix_visit_desk_time_in_id', 'visit', ['desk', 'time_in', 'id'])
    op.create_index('ix_call_desk_started_at_id', 'call', ['desk', 'started_at', 'id'])


def downgrade() -> None:
    op.drop_index('ix_call_desk_started_at_id', table_name='call')
    op.drop_index('ix_visit_desk_time_in_id', table_name='visit')
    for table in SIGNED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('desk')
