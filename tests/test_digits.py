"""Numbers are typed with the digits 0-9: other scripts' digits never pass as a number.

Python's \\d, str.isdigit() and int() accept '١' (Arabic-Indic) or '१' (Devanagari) as digits;
a phone number, pass number or record id typed that way must be refused or not found, never
stored as typed or read as another number.
"""

from __future__ import annotations

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.phone import normalise_phone, phone_digits, phone_problem
from deskapp.domain.screening import WatchListHit
from deskapp.domain.visitors import HostRef, VisitInput, VisitorLog
from deskapp.ui.directory_models import natural_key

ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


@pytest.mark.parametrize("table", [ARABIC, DEVANAGARI])
@pytest.mark.parametrize("number", ["13800138000", "010-12345678", "12345678", "400-123-4567"])
def test_phone_numbers_in_other_digits_are_refused(table: dict[int, str], number: str) -> None:
    assert phone_problem(number) is None
    assert phone_problem(number.translate(table)) == "Use the digits 0–9 only."
    assert phone_digits(number.translate(table)) == ""
    # The prefix in ASCII, the rest in other digits: \d took these as a valid number.
    mixed = number[:3] + number[3:].translate(table)
    assert phone_problem(mixed) == "Use the digits 0–9 only."


def test_full_width_phone_digits_still_fold() -> None:
    assert normalise_phone("１３８ ００１３ ８０００") == "13800138000"


def test_a_watched_phone_typed_in_other_digits_is_refused_not_missed(services: Services) -> None:
    services.screening.add_watch(name="张三", phone="13800138000", source="notice")
    with pytest.raises(ValidationError) as err:
        services.visitors.check_in(VisitInput(
            name="张三", phone="138" + "00138000".translate(ARABIC), host=HostRef("1203")))
    assert err.value.errors == {"phone": "Use the digits 0–9 only."}
    with pytest.raises(WatchListHit):
        services.visitors.check_in(VisitInput(name="张三", phone="13800138000",
                                              host=HostRef("1203")))


def test_a_pass_number_has_ascii_digits() -> None:
    assert VisitorLog.is_pass_number(" v261123-0001 ")
    assert not VisitorLog.is_pass_number("V261123-0001".translate(ARABIC))


def test_printing_by_an_id_in_other_digits_is_not_another_visit(services: Services) -> None:
    row = services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    assert row.id == 1
    with pytest.raises(NotFound):  # int('١') is 1: this used to print visit 1's pass
        services.documents.render("visitor-pass", "١")


def test_unit_numbers_sort_whatever_digits_they_hold() -> None:
    numbers = ["1²", "²", "١٢", "201", "1001", "A-10", "A-2"]
    ordered = sorted(numbers, key=natural_key)  # int('²') used to raise here
    assert ordered.index("201") < ordered.index("1001")
    assert ordered.index("A-2") < ordered.index("A-10")


def test_a_phone_is_stored_as_it_was_checked(services: Services) -> None:
    assert normalise_phone("+86 0086 138 0013 8000") == "13800138000"
    for typed in ("+86 0086 138 0013 8000", "0086-+86-010-12345678", "+86 (010) 1234.5678"):
        once = normalise_phone(typed)
        assert normalise_phone(once) == once, typed
    row = services.visitors.check_in(VisitInput(name="张三", phone="+86 0086 138 0013 8000",
                                                host=HostRef("1203")))
    assert row.phone == "13800138000"
    assert services.visitors.find_returning(phone="13800138000").name == "张三"
