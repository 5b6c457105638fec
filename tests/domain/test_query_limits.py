"""The visitor list's query at its edges: long searches and far-off dates are refused clearly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from deskapp import cli
from deskapp.bootstrap import Services
from deskapp.domain.clock import Clock
from deskapp.domain.errors import ValidationError
from deskapp.domain.visitors import HostRef, VisitInput, VisitQuery

# The limits, written out (deskapp.domain.checks and paging hold them as constants).
FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2099, 12, 31)
DATE_RANGE = "Choose a date from 2000-01-01 to 2099-12-31."
MAX_SEARCH_WORDS, MAX_SEARCH_WORD = 8, 100


def test_the_limits_written_here_are_the_services_own() -> None:
    from deskapp.domain import checks, paging

    assert (checks.FIRST_DAY, checks.LAST_DAY) == (FIRST_DAY, LAST_DAY)
    assert (paging.MAX_SEARCH_WORDS, paging.MAX_SEARCH_WORD) == (8, 100)


def both(services: Services, query: VisitQuery) -> list[ValidationError]:
    """The errors page() and count() raise for ``query``."""
    raised = []
    for read in (services.visitors.page, services.visitors.count):
        with pytest.raises(ValidationError) as err:
            read(query)
        raised.append(err.value)
    return raised


def test_a_thousand_word_search_is_refused_not_a_sql_error(services: Services) -> None:
    today = services.clock.today()
    words = " ".join(f"w{i}" for i in range(1000))
    for err in both(services, VisitQuery(today, today, words)):
        assert err.errors == {"search": "Search with at most 8 words."}


def test_a_search_word_too_long_is_refused(services: Services) -> None:
    today = services.clock.today()
    for err in both(services, VisitQuery(today, today, "x" * (MAX_SEARCH_WORD + 1))):
        assert err.errors == {"search": "A search word can have at most 100 characters."}


def test_searches_within_the_limits_still_find(services: Services) -> None:
    services.visitors.check_in(VisitInput(name="张三", company="华为", host=HostRef("1203")))
    today = services.clock.today()
    words = " ".join(["张三"] * MAX_SEARCH_WORDS)
    assert services.visitors.count(VisitQuery(today, today, words)) == (1, 1)
    assert services.visitors.count(VisitQuery(today, today, "华")) == (1, 1)
    # Invisible characters pasted with a word do not hide a match.
    assert services.visitors.count(VisitQuery(today, today, "张\u200b三\x00")) == (1, 1)
    assert [r.name for r in services.visitors.page(VisitQuery(today, today, "x" * 100))] == []


@pytest.mark.parametrize("first, last", [
    (dt.date(2026, 11, 1), dt.date(9999, 12, 31)),  # the date box allows it
    (dt.date(1, 1, 1), dt.date(2026, 11, 23)),
    (dt.date(1999, 12, 31), dt.date(2026, 11, 23)),
    (dt.date(2026, 11, 1), dt.date(2100, 1, 1)),
])
def test_days_outside_the_supported_range_are_refused(services: Services, first, last) -> None:
    for err in both(services, VisitQuery(first, last)):
        assert err.errors == {"date": DATE_RANGE}
    for err in both(services, VisitQuery(first, last, on_site_only=True)):
        assert err.errors == {"date": DATE_RANGE}


def test_a_datetime_is_not_a_day() -> None:
    from deskapp.domain.visitors import validate_query

    moment = dt.datetime(2026, 11, 23, 9, 30)
    with pytest.raises(ValidationError) as err:
        validate_query(VisitQuery(moment, moment))  # type: ignore[arg-type]
    assert err.value.errors == {"date": "Enter a valid date."}


def test_the_whole_supported_range_can_be_read(services: Services) -> None:
    query = VisitQuery(FIRST_DAY, LAST_DAY)
    assert services.visitors.count(query) == (0, 0)
    assert services.visitors.page(query) == []
    assert list(services.visitors.iter_day(FIRST_DAY)) == []
    assert list(services.visitors.iter_day(LAST_DAY)) == []


@pytest.mark.parametrize("day", [dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(1999, 12, 31)])
def test_iter_day_refuses_unsupported_days_at_once(services: Services, day: dt.date) -> None:
    with pytest.raises(ValidationError) as err:
        services.visitors.iter_day(day)  # before the first row is asked for
    assert err.value.errors == {"date": DATE_RANGE}


@pytest.mark.parametrize("hours", [-12, -3.5, 0, 8, 14])
def test_day_bounds_never_overflow_for_supported_days(hours: float) -> None:
    clock = Clock(tz=dt.timezone(dt.timedelta(hours=hours)))
    for day in (FIRST_DAY, LAST_DAY):
        start, end = clock.day_bounds(day)
        assert end - start == dt.timedelta(days=1)
    start, end = Clock().day_bounds(FIRST_DAY, LAST_DAY)  # the PC's own zone
    assert start < end


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_export_of_an_unsupported_day_says_why(services: Services, tmp_path: Path, day: str,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    services.close()
    code = cli.run(["export", "--db", services.location.value, "--date", day,
                    "-o", str(tmp_path / "day.xlsx")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILED
    assert err.strip() == f"deskapp: {DATE_RANGE}"
    assert not (tmp_path / "day.xlsx").exists()


def test_percent_and_underscore_are_searched_for_not_wildcards(services: Services) -> None:
    for name, company in (("张三", "1203 室"), ("李四", "1_03 室"), ("王五", "100% 纯"),
                          ("赵六", "C:\\temp")):
        services.visitors.check_in(VisitInput(name=name, company=company, host=HostRef("x")))
    today = services.clock.today()

    def found(text: str) -> list[str]:
        return sorted(r.name for r in services.visitors.page(VisitQuery(today, today, text)))

    assert found("1_03") == ["李四"]
    assert found("100%") == ["王五"]
    assert found("_") == ["李四"] and found("%") == ["王五"]
    assert found("\\temp") == ["赵六"]
    assert services.visitors.count(VisitQuery(today, today, "_")) == (1, 1)
