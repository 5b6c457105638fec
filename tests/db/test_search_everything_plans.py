"""Search everything reads the big tables through their indexes, whatever is typed."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import event

from deskapp.bootstrap import Services
from deskapp.domain.visitors import HostRef, VisitInput
from helpers import plans_of

BIG = "visit|call|request|keyloan|receipt|feedeposit|parcel|releasepass|founditem"






@pytest.mark.parametrize("typed", ["张三", "zs", "5678", "SK2026-000123", "123", "粤B12345",
                                   "王 13800", "PK2026-000001", "1203"])
def test_every_search_reads_the_big_tables_through_an_index(services: Services, now,
                                                            typed: str) -> None:  # type: ignore[no-untyped-def]
    for i in range(5):
        services.visitors.check_in(VisitInput(name=f"张三{i}", phone=f"1380000567{i}",
                                              host=HostRef("x")))
        now.advance(minutes=3)
    for plan in plans_of(services, lambda: services.search.search(typed), f"({BIG})"):
        assert not re.search(rf"SCAN ({BIG})\b(?! USING)", plan), plan
        assert not re.search(rf"Seq Scan on ({BIG})\b", plan), plan


@pytest.mark.postgresql_only
@pytest.mark.parametrize("typed", ["张三", "zs", "5678"])
def test_on_postgresql_the_candidates_are_read_through_the_n_gram_index(
        services: Services, typed: str) -> None:
    """The first read of a search's candidates, as the search runs it (a bitmap only)."""
    from deskapp.db.dialect import VISIT_SEARCH

    plans_seen: list[str] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if re.match(rf"SELECT {VISIT_SEARCH.readings.name}\.id\s+FROM {VISIT_SEARCH.readings.name}",
                    statement.strip()) and "ORDER BY" not in statement:
            cursor.execute("EXPLAIN " + statement, parameters)
            plans_seen.append(" | ".join(str(r[0]) for r in cursor.fetchall()))

    event.listen(services.engine, "before_cursor_execute", capture)
    try:
        services.search.search(typed)
    finally:
        event.remove(services.engine, "before_cursor_execute", capture)
    assert plans_seen
    for plan in plans_seen:
        assert VISIT_SEARCH.grams_index in plan and "Seq Scan" not in plan, plan
