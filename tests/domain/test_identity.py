"""ID numbers: ASCII digits only, a real province code, and the GB 11643 check."""

from __future__ import annotations

import random

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.errors import ValidationError
from deskapp.domain.identity import (
    IdType,
    id18_check_char,
    id_number_problem,
    resident_id_problem,
)
from deskapp.domain.screening import DenyListHit
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.usecases.demos.people import resident_id

GOOD_ID = "11010519491231002X"  # the GB 11643 annex example
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")  # Arabic-Indic digits
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


def with_check(first17: str) -> str:
    return first17 + id18_check_char(first17)


@pytest.mark.parametrize("table", [ARABIC, DEVANAGARI])
@pytest.mark.parametrize("id_type", list(IdType))
def test_digits_of_other_scripts_are_refused(table: dict[int, str], id_type: IdType) -> None:
    typed = GOOD_ID.translate(table)  # ends in X, so the check character still "matches"
    assert id_number_problem(id_type, typed) == "Use the digits 0–9 only."
    assert resident_id_problem(typed) == "Use the digits 0–9 only."
    # One foreign digit among ASCII ones is refused the same way.
    assert id_number_problem(id_type, "1" + typed[1:]) == "Use the digits 0–9 only."


def test_full_width_digits_still_fold_to_ascii() -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in GOOD_ID)
    assert id_number_problem(IdType.RESIDENT, full_width) is None


def test_a_deny_listed_number_typed_in_other_digits_is_not_let_in(services: Services) -> None:
    services.screening.add_deny(name="推销员", id_number=GOOD_ID)
    typed = GOOD_ID.translate(ARABIC)
    with pytest.raises(ValidationError) as err:
        services.visitors.check_in(VisitInput(name="张三", id_number=typed, host=HostRef("1203")))
    assert err.value.errors == {"id_number": "Use the digits 0–9 only."}
    with pytest.raises(DenyListHit):
        services.visitors.check_in(VisitInput(name="张三", id_number=GOOD_ID, host=HostRef("1203")))


@pytest.mark.parametrize("first_two", ["00", "10", "16", "20", "24", "30", "38", "40", "47",
                                       "49", "55", "60", "66", "70", "72", "80", "84", "99"])
def test_the_first_two_digits_must_be_a_province(first_two: str) -> None:
    number = with_check(first_two + GOOD_ID[2:17])
    assert resident_id_problem(number) == (
        "The first two digits are not a province code: a digit was probably mistyped.")
    assert id_number_problem(IdType.RESIDENT, number) == resident_id_problem(number)


@pytest.mark.parametrize("first_two", ["11", "15", "21", "23", "31", "37", "41", "46", "50",
                                       "54", "61", "65", "71", "81", "82"])
def test_every_province_code_is_accepted(first_two: str) -> None:
    assert id_number_problem(IdType.RESIDENT, with_check(first_two + GOOD_ID[2:17])) is None


def test_permits_and_permanent_residence_cards_have_their_own_first_digits() -> None:
    hk, macao, taiwan = (with_check(code + "0000" + GOOD_ID[6:17]) for code in ("81", "82", "83"))
    foreigner = with_check("931156" + GOOD_ID[6:17])  # 2023 permanent-residence ID card
    for number in (hk, macao, taiwan):
        assert id_number_problem(IdType.HMT_PERMIT, number) is None
    # A resident ID card has no 83 and no 9; the lists (any document) take them all.
    assert id_number_problem(IdType.RESIDENT, taiwan) is not None
    assert id_number_problem(IdType.RESIDENT, foreigner) is not None
    assert id_number_problem(IdType.HMT_PERMIT, foreigner) is not None
    assert id_number_problem(IdType.HMT_PERMIT, GOOD_ID) == (
        "A residence permit number of a Hong Kong, Macao or Taiwan resident starts with "
        "81, 82 or 83.")
    for id_type in (IdType.OTHER, IdType.PASSPORT):
        for number in (hk, macao, taiwan, foreigner, GOOD_ID):
            assert id_number_problem(id_type, number) is None, (id_type, number)


def test_the_standard_examples_keep_their_province_and_check_digit() -> None:
    assert resident_id_problem(GOOD_ID) is None
    # The standard's second example is born in 1880: refused for that alone, as before.
    assert resident_id_problem("440524188001010014") == (
        "The birth date inside this ID number is not plausible.")
    assert resident_id_problem("440524198001010013") is None


def test_demo_numbers_are_valid() -> None:
    for seed in range(300):
        number = resident_id(random.Random(seed))
        assert resident_id_problem(number) is None, number


def test_a_deny_entry_with_a_number_outside_any_province_is_refused(services: Services) -> None:
    number = with_check("00" + GOOD_ID[2:17])
    with pytest.raises(ValidationError) as err:
        services.screening.add_deny(name="x", id_number=number)
    assert "province" in err.value.errors["id_number"]
