"""search index: n-grams of the visits' and calls' searched texts, pinyin of the names

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 08:00:00

Existing records are indexed here, in the upgrade's one transaction (a million visits and
half a million calls take about 45 s on a 2-core PC, after the 12 s backup every upgrade
takes); from then on each record is indexed in the transaction that saves it.
"""

from collections.abc import Sequence
from functools import lru_cache

import sqlalchemy as sa
from alembic import op

from deskapp.db.dialect import (
    CALL_SEARCH,
    VISIT_SEARCH,
    SearchIndex,
    create_search_index,
    drop_search_index,
    index_records,
)
from deskapp.domain.pinyin import readings

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The searched columns at this revision, the name (read in pinyin) first; the services
# index the same texts on every save.
SEARCHED = {
    "visit": ("name", "phone", "company", "host_label", "plate", "pass_no"),
    "call": ("caller_name", "phone", "about_label", "subject"),
}
BATCH = 20_000


def upgrade() -> None:
    connection = op.get_bind()
    # A visitor comes back many times: each name is read in pinyin once.
    read = lru_cache(maxsize=200_000)(readings)
    for index in (VISIT_SEARCH, CALL_SEARCH):
        create_search_index(connection, index)
        _fill(connection, index, read)


def _fill(connection: sa.Connection, index: SearchIndex, read) -> None:  # type: ignore[no-untyped-def]
    columns = SEARCHED[index.record_table]
    select = sa.text(f"SELECT id, {', '.join(columns)} FROM {index.record_table} "
                     f"WHERE id > :after ORDER BY id LIMIT {BATCH}")
    after = 0
    while True:
        rows = connection.execute(select, {"after": after}).all()
        if not rows:
            return
        index_records(connection, index, [(row[0], row[1:], read(row[1])) for row in rows])
        after = rows[-1][0]


def downgrade() -> None:
    connection = op.get_bind()
    for index in (CALL_SEARCH, VISIT_SEARCH):
        drop_search_index(connection, index)
