"""The history tables' queries use indexes: what keeps them instant on years of records.

Timings live in ``deskapp bench``; this guards the plans, which do not depend on the
machine. On PostgreSQL the plans are asked for with sequential scans made unattractive
(``enable_seqscan = off``): a few test rows would otherwise always be read whole, and what
matters is that an index *can* serve the query.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.visitors import HostRef, SortKey, VisitInput, VisitQuery
from helpers import plans_of


@pytest.fixture
def log(services: Services, now):  # type: ignore[no-untyped-def]
    for i in range(30):
        services.visitors.check_in(VisitInput(name=f"访客{i}", phone=f"1380000{i:04d}",
                                              host=HostRef("x")))
        now.advance(minutes=3)
    return services.visitors


def assert_indexed(plans: list[str]) -> None:
    for plan in plans:
        # "SCAN visit" (or call, request …) without an index reads the whole history; so
        # does a sequential scan on PostgreSQL.
        assert not re.search(r"SCAN (visit|call|request|revisit|keyloan|keyevent)\b(?! USING)",
                             plan), plan
        assert not re.search(r"Seq Scan on (visit|call|request|revisit|keyloan|keyevent)\b",
                             plan), plan


def assert_starts_at_the_cursor(plan: str, index: str) -> None:
    """A deep page walks the index from the cursor, in order: no sort of the whole range."""
    assert index in plan, plan
    assert "TEMP B-TREE" not in plan and not re.search(r"\bSort\b", plan), plan


def test_today_page_count_and_on_site_use_indexes(services: Services, log) -> None:  # type: ignore[no-untyped-def]
    today = services.clock.today()
    q = VisitQuery(today, today)
    assert_indexed(plans_of(services, lambda: log.page(q)))
    # Today with the earlier visits still on site: two index reads, never the history.
    with_open = VisitQuery(today, today, earlier_on_site=True)
    assert_indexed(plans_of(services, lambda: log.page(with_open)))
    assert_indexed(plans_of(services, lambda: log.count(with_open)))
    assert_indexed(plans_of(services, lambda: log.count(q)))
    assert_indexed(plans_of(services, log.on_site_count))
    on_site = VisitQuery(today, today, on_site_only=True)
    assert_indexed(plans_of(services, lambda: log.page(on_site)))


def test_the_evacuation_list_reads_the_on_site_index(services: Services, log) -> None:  # type: ignore[no-untyped-def]
    from deskapp.domain.visitors.on_site import OnSiteList

    on_site = OnSiteList(services.engine, services.clock)
    [plan] = plans_of(services, on_site.rows)
    assert_indexed([plan])
    assert "ix_visit_on_site" in plan, plan  # the few inside, not the years of history


def test_a_deep_page_starts_at_the_cursor(services: Services, log) -> None:  # type: ignore[no-untyped-def]
    today = services.clock.today()
    q = VisitQuery(today - dt.timedelta(days=5 * 365), today)
    first = log.page(q, limit=10)
    cursor = log.cursor_after(first[-1], q)
    [plan] = plans_of(services, lambda: log.page(q, cursor, limit=10))
    assert_starts_at_the_cursor(plan, "ix_visit_time_in_id")


def test_sorting_by_name_uses_an_index_or_a_bounded_range(services: Services, log) -> None:  # type: ignore[no-untyped-def]
    today = services.clock.today()
    q = VisitQuery(today, today, sort=SortKey.NAME, descending=False)
    assert_indexed(plans_of(services, lambda: log.page(q)))


def test_the_call_log_reads_through_its_indexes(services: Services, now) -> None:
    from deskapp.domain.calls.records import CallFilter, CallInput, CallQuery, CallSort

    for i in range(30):
        services.calls.log_call(CallInput(subject=f"咨询{i}", phone=f"1390000{i:04d}",
                                          message_for="保安部" if i % 5 == 0 else "",
                                          message="请回电" if i % 5 == 0 else "",
                                          callback_due=now.value if i % 7 == 0 else None))
        now.advance(minutes=3)
    calls = services.calls
    today = services.clock.today()
    for query in (CallQuery(today, today), CallQuery(today, today, sort=CallSort.CALLER),
                  CallQuery(today, today, only=CallFilter.OPEN_CALLBACKS)):
        assert_indexed(plans_of(services, lambda q=query: calls.page(q), "call"))
        assert_indexed(plans_of(services, lambda q=query: calls.count(q), "call"))
    assert_indexed(plans_of(services, calls.open_callbacks, "call"))
    deep = CallQuery(today - dt.timedelta(days=5 * 365), today)
    first = calls.page(deep, limit=5)
    [plan] = plans_of(services, lambda: calls.page(deep, calls.cursor_after(first[-1], deep), 5),
                      "call")
    assert_starts_at_the_cursor(plan, "ix_call_started_at_id")


@pytest.fixture
def thresholds(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set how many matches count as few or many (a test file has only a handful)."""
    from deskapp.db import dialect

    def set_to(few: int, many: int) -> None:
        monkeypatch.setattr(dialect, "FEW_MATCHES", few)
        monkeypatch.setattr(dialect, "MANY_MATCHES", many)

    return set_to


@pytest.mark.sqlite_only  # FTS5's plans; PostgreSQL's are below
def test_a_rare_word_is_read_by_id_from_the_search_index(services: Services, log) -> None:  # type: ignore[no-untyped-def]
    today = services.clock.today()
    five_years = VisitQuery(today - dt.timedelta(days=5 * 365), today, "访客7")
    [page] = plans_of(services, lambda: log.page(five_years))
    [count] = plans_of(services, lambda: log.count(five_years))
    for plan in (page, count):
        # The matches, each by its id: no walk through five years of history.
        assert "USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
        assert_indexed([plan])
    by_name = VisitQuery(five_years.first_day, today, "zs 1380", sort=SortKey.NAME)
    [plan] = plans_of(services, lambda: log.page(by_name))
    assert "USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan


@pytest.mark.sqlite_only  # FTS5's plans; PostgreSQL's are below
def test_a_common_word_walks_the_history_in_order(services: Services, log, thresholds) -> None:  # type: ignore[no-untyped-def]
    today = services.clock.today()
    five_years = VisitQuery(today - dt.timedelta(days=5 * 365), today, "访客")
    thresholds(0, 1000)  # more than "few" matches: test each row against the set of matches
    [page] = plans_of(services, lambda: log.page(five_years))
    assert "USING INDEX ix_visit_time_in" in page and "LIST SUBQUERY" in page, page
    assert "TEMP B-TREE" not in page and "INTEGER PRIMARY KEY" not in page, page
    [count] = plans_of(services, lambda: log.count(five_years))
    assert "USING INTEGER PRIMARY KEY (rowid=?)" in count and "LIST SUBQUERY" in count, count
    thresholds(0, 0)  # "many": a page lies within a few rows, each tested with LIKE
    [page] = plans_of(services, lambda: log.page(five_years))
    assert "USING INDEX ix_visit_time_in" in page, page
    assert "TEMP B-TREE" not in page and "LIST SUBQUERY" not in page, page
    # A deep page of a common word still starts at the cursor.
    first = log.page(five_years, limit=5)
    [plan] = plans_of(services, lambda: log.page(five_years, log.cursor_after(first[-1],
                                                                              five_years), 5))
    assert "USING INDEX ix_visit_time_in" in plan and "TEMP B-TREE" not in plan, plan


@pytest.mark.sqlite_only  # FTS5's plans; PostgreSQL's are below
def test_the_call_search_takes_the_same_plans(services: Services, now, thresholds) -> None:
    from deskapp.domain.calls.records import CallInput, CallQuery

    for i in range(20):
        services.calls.log_call(CallInput(subject=f"报修{i}", caller_name="张三",
                                          phone=f"1390000{i:04d}"))
        now.advance(minutes=3)
    calls = services.calls
    today = services.clock.today()
    rare = CallQuery(today - dt.timedelta(days=5 * 365), today, "00007")
    [plan] = plans_of(services, lambda: calls.page(rare), "call")
    assert "USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
    common = CallQuery(rare.first_day, today, "zs")
    thresholds(0, 1000)
    [plan] = plans_of(services, lambda: calls.page(common), "call")
    assert "USING INDEX ix_call_started_at" in plan and "TEMP B-TREE" not in plan, plan
    thresholds(0, 0)
    [plan] = plans_of(services, lambda: calls.page(common), "call")
    assert "USING INDEX ix_call_started_at" in plan and "TEMP B-TREE" not in plan, plan
    assert "SEARCH call_search USING INTEGER PRIMARY KEY" in plan, plan  # the pinyin, per row


def explain(services: Services, statement: str, parameters: list[object]) -> str:
    raw = services.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("EXPLAIN " + statement, parameters)
        return " | ".join(str(r[-1]) for r in cursor.fetchall())
    finally:
        raw.rollback()
        raw.close()


@pytest.mark.postgresql_only
def test_on_postgresql_a_search_word_is_looked_up_in_the_n_gram_index(
        services: Services, log, now) -> None:  # type: ignore[no-untyped-def]
    from deskapp.db.dialect import CALL_SEARCH, VISIT_SEARCH
    from deskapp.db.ngrams import word_tokens
    from deskapp.domain.calls.records import CallInput, CallQuery

    for i in range(10):
        services.calls.log_call(CallInput(subject=f"报修{i}", phone=f"1390000{i:04d}"))
        now.advance(minutes=3)
    today = services.clock.today()
    five_years = today - dt.timedelta(days=5 * 365)
    for word in ("访客7", "13800000007", "访客"):
        query = VisitQuery(five_years, today, word)
        assert_indexed(plans_of(services, lambda q=query: log.page(q)))
        assert_indexed(plans_of(services, lambda q=query: log.count(q)))
    calls = CallQuery(five_years, today, "报修3")
    assert_indexed(plans_of(services, lambda: services.calls.page(calls), "call"))
    # A word's candidates come from the GIN index of n-grams, whatever the server's locale.
    for index, word in ((VISIT_SEARCH, "访客7"), (CALL_SEARCH, "00007")):
        plan = explain(services, f"SELECT id FROM {index.readings.name} WHERE grams @> %s",
                       [word_tokens(word)])
        assert index.grams_index in plan, plan
    assert [r.name for r in log.page(VisitQuery(five_years, today, "访客7"))] == ["访客7"]


# --- Requests ---------------------------------------------------------------------------

@pytest.fixture
def requests(services: Services, now):  # type: ignore[no-untyped-def]
    """Thirty requests, some resolved (their revisits due), some revisited, the rest open."""
    from deskapp.domain.requests.records import RequestInput, RevisitInput, Satisfaction

    log = services.requests
    for i in range(30):
        row = log.register(RequestInput(content=f"走廊灯不亮{i}", complainant=f"业主{i}",
                                        phone=f"1370000{i:04d}", about_label="1203"))
        if i % 3:
            log.dispatch(row.id, "工程部")
        if i % 3 == 2:
            log.resolve(row.id, "已更换灯管")
            if i % 2:
                log.revisit(row.id, RevisitInput(Satisfaction.SATISFIED))
        now.advance(hours=7)
    now.advance(days=5)  # the first ones are overdue, the revisits due
    return log


def assert_reads(plans: list[str], *indexes: str) -> None:
    """Each plan reads the table through one of ``indexes`` (or, on PostgreSQL, through
    some index: its planner picks among them by its own estimates)."""
    assert_indexed(plans)
    for plan in plans:
        if "Scan" in plan:  # PostgreSQL
            continue
        assert any(re.search(rf"USING (COVERING )?INDEX {index}\b", plan)
                   for index in indexes), plan


def test_the_request_list_reads_a_day_range_through_its_index(services: Services,
                                                              requests) -> None:  # type: ignore[no-untyped-def]
    from deskapp.domain.requests.records import RequestQuery

    today = services.clock.today()
    day = RequestQuery(today - dt.timedelta(days=6), today)
    assert_reads(plans_of(services, lambda: requests.page(day), "request"),
                 "ix_request_received_at_id")
    [shown, *_open] = plans_of(services, lambda: requests.count(day), "request")
    assert_reads([shown], "ix_request_received_at_id")
    deep = RequestQuery(today - dt.timedelta(days=5 * 365), today)
    first = requests.page(deep, limit=5)
    [plan] = plans_of(services, lambda: requests.page(deep, requests.cursor_after(first[-1]), 5),
                      "request")
    assert_starts_at_the_cursor(plan, "ix_request_received_at_id")


def test_the_open_overdue_and_revisit_filters_read_only_the_open_requests(
        services: Services, requests) -> None:  # type: ignore[no-untyped-def]
    from deskapp.domain.requests.records import RequestFilter, RequestQuery

    today = services.clock.today()
    five_years = today - dt.timedelta(days=5 * 365)
    open_indexes = ("ix_request_state", "ix_request_open", "ix_request_revisit_due")
    for only in (RequestFilter.OPEN, RequestFilter.OVERDUE, RequestFilter.REVISIT_DUE):
        query = RequestQuery(five_years, today, only=only)
        assert requests.page(query), only  # the fixture has some of each
        assert_reads(plans_of(services, lambda q=query: requests.page(q), "request"),
                     *open_indexes)
        # The count of the filter, and the open, overdue and revisit counts under the list.
        assert_reads(plans_of(services, lambda q=query: requests.count(q), "request"),
                     *open_indexes)
    assert_reads(plans_of(services, requests.review_list, "request"), *open_indexes)
    assert_reads(plans_of(services, requests.revisits_due, "request"), *open_indexes)


def test_a_month_and_its_revisits_are_read_through_their_indexes(services: Services,
                                                                 requests) -> None:  # type: ignore[no-untyped-def]
    today = services.clock.today()
    rows = requests.month(today.year, today.month)
    assert rows
    assert_reads(plans_of(services, lambda: requests.month(today.year, today.month),
                          "request"), "ix_request_received_at_id")
    ids = [r.id for r in rows]
    assert requests.revisits_of(ids)
    assert_reads(plans_of(services, lambda: requests.revisits_of(ids), "revisit"),
                 "ix_revisit_request_id")


@pytest.mark.sqlite_only  # FTS5's plans; PostgreSQL's are below
def test_a_request_search_reads_its_matches_by_id(services: Services, requests,
                                                   thresholds) -> None:  # type: ignore[no-untyped-def]
    from deskapp.domain.requests.records import RequestQuery

    today = services.clock.today()
    rare = RequestQuery(today - dt.timedelta(days=5 * 365), today, "业主7")
    for plan in (*plans_of(services, lambda: requests.page(rare), "request"),
                 plans_of(services, lambda: requests.count(rare), "request")[0]):
        assert "USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
        assert_indexed([plan])
    assert [r.complainant for r in requests.page(rare)] == ["业主7"]
    common = RequestQuery(rare.first_day, today, "业主")
    thresholds(0, 1000)  # more than "few" matches: walk the history against the set
    [plan] = plans_of(services, lambda: requests.page(common), "request")
    assert "USING INDEX ix_request_received_at_id" in plan and "TEMP B-TREE" not in plan, plan


@pytest.mark.postgresql_only
def test_on_postgresql_a_request_search_looks_up_the_n_gram_index(
        services: Services, requests) -> None:  # type: ignore[no-untyped-def]
    from deskapp.db.dialect import REQUEST_SEARCH
    from deskapp.db.ngrams import word_tokens
    from deskapp.domain.requests.records import RequestQuery

    today = services.clock.today()
    query = RequestQuery(today - dt.timedelta(days=5 * 365), today, "业主7")
    assert_indexed(plans_of(services, lambda: requests.page(query), "request"))
    assert_indexed(plans_of(services, lambda: requests.count(query), "request"))
    plan = explain(services, f"SELECT id FROM {REQUEST_SEARCH.readings.name} "
                             f"WHERE grams @> %s", [word_tokens("业主7")])
    assert REQUEST_SEARCH.grams_index in plan, plan


# --- Key loans ---------------------------------------------------------------------------

@pytest.fixture
def key_loans(services: Services, now):  # type: ignore[no-untyped-def]
    """Thirty loans over ten days of twelve key sets; the last few still out, two overdue."""
    from deskapp.domain.keys.records import IssueInput, KeyKind, KeySetInput

    keys = services.keys
    sets = [keys.register(KeySetInput(f"{1200 + n}", KeyKind.VACANT, 2)) for n in range(12)]
    for i in range(30):
        key_set = sets[i % 12]
        loan = keys.issue(IssueInput(key_set.id, f"借用人{i}", now.value + dt.timedelta(hours=2),
                                     phone=f"1370000{i:04d}", id_number="11010519491231002X",
                                     authorised_by="招商部"))
        if i < 24:
            keys.return_loan(loan.id)
        now.advance(hours=8)
    return keys


@pytest.mark.sqlite_only  # FTS5's plans; PostgreSQL's are below
def test_a_key_loan_search_reads_its_matches_by_id(services: Services, key_loans) -> None:  # type: ignore[no-untyped-def]
    from deskapp.domain.keys.records import LoanQuery

    today = services.clock.today()
    rare = LoanQuery(today - dt.timedelta(days=5 * 365), today, "借用人7")
    assert [r.borrower_name for r in key_loans.page(rare)] == ["借用人7"]
    for plan in (*plans_of(services, lambda: key_loans.page(rare), "keyloan"),
                 plans_of(services, lambda: key_loans.count(rare), "keyloan")[0]):
        assert "USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
        assert_indexed([plan])


@pytest.mark.postgresql_only
def test_on_postgresql_a_key_loan_search_looks_up_the_n_gram_index(
        services: Services, key_loans) -> None:  # type: ignore[no-untyped-def]
    from deskapp.db.dialect import KEY_LOAN_SEARCH
    from deskapp.db.ngrams import word_tokens
    from deskapp.domain.keys.records import LoanQuery

    today = services.clock.today()
    query = LoanQuery(today - dt.timedelta(days=5 * 365), today, "借用人7")
    assert_indexed(plans_of(services, lambda: key_loans.page(query), "keyloan"))
    assert_indexed(plans_of(services, lambda: key_loans.count(query), "keyloan"))
    plan = explain(services, f"SELECT id FROM {KEY_LOAN_SEARCH.readings.name} "
                             f"WHERE grams @> %s", [word_tokens("借用人7")])
    assert KEY_LOAN_SEARCH.grams_index in plan, plan


def test_the_loan_list_the_keys_out_and_the_days_movements_read_through_their_indexes(
        services: Services, key_loans) -> None:  # type: ignore[no-untyped-def]
    from deskapp.domain.keys.records import LoanFilter, LoanQuery

    today = services.clock.today()
    days = LoanQuery(today - dt.timedelta(days=3), today)
    assert key_loans.page(days)
    assert_reads(plans_of(services, lambda: key_loans.page(days), "keyloan"),
                 "ix_keyloan_out_at_id")
    deep = LoanQuery(today - dt.timedelta(days=5 * 365), today)
    first = key_loans.page(deep, limit=5)
    [plan] = plans_of(services, lambda: key_loans.page(deep, key_loans.cursor_after(first[-1]),
                                                       5), "keyloan")
    assert_starts_at_the_cursor(plan, "ix_keyloan_out_at_id")
    for only in (LoanFilter.OPEN, LoanFilter.OVERDUE):
        query = LoanQuery(today, today, only=only)
        assert key_loans.page(query), only
        assert_reads(plans_of(services, lambda q=query: key_loans.page(q), "keyloan"),
                     "ix_keyloan_open")
    assert_reads(plans_of(services, lambda: key_loans.count(days), "keyloan"),
                 "ix_keyloan_out_at_id", "ix_keyloan_open")
    for read in (key_loans.still_out, key_loans.overdue):
        assert_reads(plans_of(services, read, "keyloan"), "ix_keyloan_open")
    assert_reads(plans_of(services, lambda: key_loans.movements(today), "keyevent"),
                 "ix_keyevent_at_id")
    assert_reads(plans_of(services, lambda: key_loans.loans_of_set(1), "keyloan"),
                 "ix_keyloan_key_set_id")
    assert_indexed(plans_of(services, lambda: key_loans.borrower_history(
        name="借用人3", phone="13700000004", id_number="11010519491231002X"), "keyloan"))


def test_the_parcel_shelf_the_list_and_the_day_read_through_their_indexes(
        services: Services, now) -> None:  # type: ignore[no-untyped-def]
    from deskapp.domain.services.parcels.records import (
        ParcelFilter,
        ParcelInput,
        ParcelQuery,
        PickupInput,
        Recipient,
    )

    parcels = services.parcels
    for i in range(30):
        row = parcels.intake(Recipient(f"公司{i}", name="张三", phone="13800138000"),
                             ParcelInput(f"SF{1000000000 + i}"))
        if i % 3:
            parcels.pickup(PickupInput((row.id,), "张三"))
        now.advance(hours=7)
    parcels.return_to_sender(parcels.uncollected()[0].id, "拒收")
    today = services.clock.today()

    def reads(action, *indexes: str, table: str = "parcel") -> None:  # type: ignore[no-untyped-def]
        for plan in plans_of(services, action, table):
            assert not re.search(rf"SCAN {table}\b(?! USING)", plan), plan
            assert not re.search(rf"Seq Scan on {table}\b", plan), plan
            if "Scan" not in plan:  # SQLite: the index meant (PostgreSQL picks its own)
                assert any(re.search(rf"USING (COVERING )?INDEX {index}\b", plan)
                           or (index == "rowid" and "INTEGER PRIMARY KEY" in plan)
                           for index in indexes), plan

    reads(parcels.uncollected, "ix_parcel_waiting")
    for only in (ParcelFilter.WAITING, ParcelFilter.OVER_3_DAYS, ParcelFilter.OVER_14_DAYS):
        query = ParcelQuery(today, today, only=only)
        reads(lambda q=query: parcels.page(q), "ix_parcel_waiting")
        reads(lambda q=query: parcels.count(q), "ix_parcel_waiting")
    days = ParcelQuery(today - dt.timedelta(days=10), today)
    reads(lambda: parcels.page(days), "ix_parcel_received_at_id")
    deep = ParcelQuery(today - dt.timedelta(days=5 * 365), today)
    first = parcels.page(deep, limit=5)
    [plan] = plans_of(services, lambda: parcels.page(deep, parcels.cursor_after(first[-1]), 5),
                      "parcel")
    assert_starts_at_the_cursor(plan, "ix_parcel_received_at_id")
    reads(lambda: parcels.by_waybill("SF1000000003"), "ix_parcel_waybill",
          "uq_parcel_waybill_waiting")
    yesterday = today - dt.timedelta(days=1)
    reads(lambda: parcels.day(yesterday), "ix_parcel_received_at_id", "ix_parcel_pickup_id",
          "ix_parcel_returned", "ix_parcel_waiting")
    reads(lambda: parcels.day(yesterday), "ix_parcelpickup_at", "rowid", table="parcelpickup")


TODAY_TABLES = ("visit", "expectedvisitor", "callmessage", "call", "request", "keyloan",
                "parcel", "releasepass", "receipt", "handovernote")


def test_today_reads_only_what_is_open_and_the_days_it_charts(services: Services, log,  # type: ignore[no-untyped-def]
                                                              now) -> None:
    """Every source and series of Today reads through an index: the open records' own
    partial indexes, or a range of days; never a walk of the whole history."""
    from deskapp.domain.calls.records import CallInput

    services.calls.log_call(CallInput(subject="回电", message_for="李经理", message="回电",
                                      callback_due=now.value))
    for table in TODAY_TABLES:
        plans = plans_of(services, services.today.snapshot, table)
        for plan in plans:
            assert not re.search(rf"SCAN {table}\b(?! USING)", plan), plan
            assert not re.search(rf"Seq Scan on {table}\b", plan), plan
