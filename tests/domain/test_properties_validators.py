"""Property tests of the validators: any input gives an answer or a ValidationError, never
another exception, and what they accept is clean, bounded and stable."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from deskapp.domain.directory import (
    DepartmentKind,
    DepartmentRow,
    UnitRow,
    validate_department,
    validate_unit,
)
from deskapp.domain.errors import ValidationError
from deskapp.domain.identity import (
    IdType,
    id18_check_char,
    id_number_problem,
    normalise_id_number,
)
from deskapp.domain.phone import normalise_phone, phone_digits, phone_problem
from deskapp.domain.records import Paper
from deskapp.domain.settings import AppSettings, validate_settings
from deskapp.domain.text import clean_text
from strategies import (
    FOREIGN,
    PROVINCES,
    days,
    id_numbers,
    not_texts,
    numbers,
    phones,
    resident_ids,
    texts,
)

FAST = settings(max_examples=150, deadline=None)
INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}
text_or_not = st.one_of(texts, texts, not_texts)


def assert_clean(value: object, limit: int | None = None) -> None:
    """Text as a record keeps it: storable, no invisible characters, trimmed, stable."""
    assert isinstance(value, str)
    value.encode("utf-8")  # no lone surrogate
    assert not any(unicodedata.category(ch) in INVISIBLE for ch in value)
    assert value == value.strip() and "  " not in value
    assert clean_text(value) == value
    if limit is not None:
        assert len(value) <= limit


@FAST
@given(texts)
@example("A\x1f\u0300")  # NFC came before dropping the control character
def test_clean_text_is_clean_and_stable(raw: str) -> None:
    assert_clean(clean_text(raw))


@FAST
@given(st.sampled_from(list(IdType)), id_numbers)
@example(IdType.RESIDENT, "11010519491231002X".translate(FOREIGN))  # \d took these digits
def test_an_accepted_id_number_is_ascii_and_well_formed(id_type: IdType, raw: str) -> None:
    problem = id_number_problem(id_type, raw)
    number = normalise_id_number(raw)
    if problem is not None:
        assert isinstance(problem, str) and problem
        event("refused")
        return
    event("accepted" if number else "empty")
    if not number:
        return
    assert number.isascii() and normalise_id_number(number) == number
    if len(number) == 18 and number[:17].isdigit():
        assert id18_check_char(number[:17]) == number[17]
    if id_type is IdType.RESIDENT:
        assert len(number) == 18 and int(number[:2]) in PROVINCES


@FAST
@given(resident_ids, st.integers(0, 16))
def test_one_digit_of_another_script_is_always_refused(number: str, at: int) -> None:
    assert id_number_problem(IdType.RESIDENT, number) is None
    typed = number[:at] + number[at].translate(FOREIGN) + number[at + 1:]
    for id_type in IdType:
        assert id_number_problem(id_type, typed) == "Use the digits 0–9 only."


@FAST
@given(phones)
@example("138" + "00138000".translate(FOREIGN))  # \d took these digits after "138"
@example("+86 0086 13800138000")  # one prefix was left to the second normalisation
@example("A\u00af")
def test_an_accepted_phone_is_ascii_and_stable(raw: str) -> None:
    problem = phone_problem(raw)
    number = normalise_phone(raw)
    event("refused" if problem else "accepted")
    if problem is None and number:
        # What is stored normalises to itself (refused junk need not: "A¯" folds to "A" +
        # a combining macron, which composes only when normalised again).
        assert normalise_phone(number) == number
        assert number.isascii() and phone_problem(number) is None
        assert phone_digits(number).isdigit() and phone_digits(number).isascii()


@FAST
@given(st.builds(UnitRow, st.one_of(st.none(), st.integers(0, 10), not_texts),
                 text_or_not, text_or_not, text_or_not, st.one_of(phones, not_texts),
                 text_or_not, st.one_of(st.booleans(), not_texts)))
def test_validate_unit_accepts_only_clean_rows(row: UnitRow) -> None:
    try:
        clean = validate_unit(row)
    except ValidationError as exc:
        assert exc.errors and all(isinstance(m, str) and m for m in exc.errors.values())
        event("refused")
        return
    event("accepted")
    assert_clean(clean.number, 32)
    assert clean.number and not any(ch.isdigit() and not ch.isascii() for ch in clean.number)
    for value, limit in ((clean.occupant, 100), (clean.company, 200), (clean.phones, 200),
                         (clean.notes, 500)):
        assert_clean(value, limit)
    assert isinstance(clean.occupied, bool)
    assert validate_unit(clean) == clean


@FAST
@given(st.builds(DepartmentRow, st.one_of(st.none(), st.integers(0, 10)), text_or_not,
                 text_or_not, st.one_of(st.sampled_from(list(DepartmentKind)), texts,
                                        not_texts)))
def test_validate_department_accepts_only_clean_rows(row: DepartmentRow) -> None:
    try:
        clean = validate_department(row)
    except ValidationError as exc:
        assert exc.errors
        event("refused")
        return
    event("accepted")
    assert_clean(clean.name, 100)
    assert clean.name
    assert_clean(clean.phone, 100)
    assert isinstance(clean.kind, DepartmentKind)
    assert validate_department(clean) == clean


papers = st.one_of(
    st.dictionaries(st.sampled_from(["visitor-pass", "x", "Visitor Pass", "a" * 41]),
                    st.sampled_from([p.value for p in Paper] + ["B5"]), max_size=2),
    not_texts, st.dictionaries(not_texts.filter(lambda v: v.__hash__ is not None), texts,
                               max_size=1))


@FAST
@given(st.builds(AppSettings, text_or_not, text_or_not, text_or_not, text_or_not,
                 st.one_of(st.sampled_from(["", "zh_CN", "en"]), texts, not_texts), papers,
                 text_or_not, st.one_of(st.integers(-2, 25), numbers),
                 st.one_of(st.booleans(), not_texts)))
def test_validate_settings_accepts_only_clean_settings(value: AppSettings) -> None:
    try:
        clean = validate_settings(value)
    except ValidationError as exc:
        assert exc.errors
        event("refused")
        return
    event("accepted")
    assert_clean(clean.org_name, 100)
    assert clean.org_name
    for text, limit in ((clean.org_address, 200), (clean.org_phone, 50),
                        (clean.counter_name, 50)):
        assert_clean(text, limit)
    clean.printer.encode("utf-8")
    assert type(clean.late_hour) is int and 0 <= clean.late_hour <= 23
    assert isinstance(clean.welcomed, bool) and clean.language in ("", "zh_CN", "en")
    assert all(re.fullmatch(r"[a-z0-9-]{1,40}", k) and Paper(v) for k, v in clean.papers.items())
    assert validate_settings(clean) == clean


def test_the_provinces_written_in_the_strategies_are_the_rules_own() -> None:
    from deskapp.domain.identity import PROVINCE_CODES

    assert set(PROVINCES) == PROVINCE_CODES


@FAST
@given(days)
def test_days_are_accepted_only_from_2000_to_2099(day: object) -> None:
    from deskapp.domain import checks

    problem = checks.day_problem(day)
    if problem is None:
        assert checks.FIRST_DAY <= day <= checks.LAST_DAY  # type: ignore[operator]
