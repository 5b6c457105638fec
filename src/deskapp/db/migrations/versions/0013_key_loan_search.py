"""key loan search: the loans in the search index, as visits, calls and requests are

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 09:00:00

The loan list searched its columns row by row (LIKE over the whole range): years of loans
took a quarter of a second. Existing loans are indexed here, in the upgrade's one
transaction; from then on each loan is indexed in the transaction that issues it.
"""

from collections.abc import Sequence
from functools import lru_cache

import sqlalchemy as sa
from alembic import op

from deskapp.db.dialect import (
    KEY_LOAN_SEARCH,
    create_search_index,
    drop_search_index,
    index_records,
)
from deskapp.domain.pinyin import readings

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The searched columns at this revision, the borrower (read in pinyin) first; key custody
# indexes the same texts when it issues a loan.
SEARCHED = ("borrower_name", "company", "phone", "tag", "unit_label", "number")
BATCH = 20_000


def upgrade() -> None:
    connection = op.get_bind()
    create_search_index(connection, KEY_LOAN_SEARCH)
    read = lru_cache(maxsize=50_000)(readings)  # the same people borrow again and again
    select = sa.text(f"SELECT id, {', '.join(SEARCHED)} FROM keyloan WHERE id > :after "
                     f"ORDER BY id LIMIT {BATCH}")
    after = 0
    while rows := connection.execute(select, {"after": after}).all():
        index_records(connection, KEY_LOAN_SEARCH,
                      [(row[0], row[1:], read(row[1])) for row in rows])
        after = rows[-1][0]


def downgrade() -> None:
    drop_search_index(op.get_bind(), KEY_LOAN_SEARCH)
