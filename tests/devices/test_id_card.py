"""ID-card readers: the checks on what a reader hands over, driver discovery through entry
points, and the simulator."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import random
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp import i18n
from deskapp.devices import id_card
from deskapp.devices.id_card import (
    ENTRY_POINT_GROUP,
    IdCardFields,
    IdCardReader,
    IdCardReaderError,
    ReaderProblem,
    Sex,
    checked_card,
    installed_readers,
    read_card,
    reader_named,
)
from deskapp.devices.simulated_reader import (
    SimulatedIdCardReader,
    practice_card,
    validity_years,
)
from deskapp.domain.identity import IdType, id18_check_char
from deskapp.domain.text import clean_text

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 23)


def card(**changes: object) -> IdCardFields:
    made = IdCardFields(
        name="王小明", sex=Sex.MALE, ethnicity="汉", birth_date=dt.date(1949, 12, 31),
        address="北京市朝阳区建国路88号", id_number="110105194912310038",
        issuing_authority="北京市公安局朝阳分局", valid_from=dt.date(2016, 3, 1),
        valid_to=None)
    return dataclasses.replace(made, **changes)


def test_a_card_on_the_reader_is_read_checked_and_handed_on() -> None:
    reader = SimulatedIdCardReader([card(name=" 王小明\u200b ",
                                         address="北京市朝阳区\n建国路88号")])
    read = read_card(reader)
    assert read == card(address="北京市朝阳区 建国路88号")  # texts cleaned for the form
    assert isinstance(reader, IdCardReader) and reader.name == "simulated"


def test_the_number_is_normalised() -> None:
    female = card(sex=Sex.FEMALE, id_number="11010519491231002x")
    assert checked_card(female).id_number == "11010519491231002X"


@pytest.mark.parametrize("changes, says", [
    ({"id_number": "110105194912310037"}, "check digit"),  # one digit misread
    ({"id_number": "11010519491231003"}, "18 characters"),
    ({"name": "  "}, "no name"),
    ({"birth_date": dt.date(1949, 12, 30)}, "birth date"),
    ({"sex": Sex.FEMALE}, "sex"),
    ({"valid_from": dt.date(2016, 3, 1), "valid_to": dt.date(2006, 3, 1)}, "validity"),
])
def test_a_read_that_does_not_check_out_is_never_handed_on(changes: dict[str, object],
                                                           says: str) -> None:
    with pytest.raises(IdCardReaderError) as err:
        read_card(SimulatedIdCardReader([card(**changes)]))
    assert err.value.problem is ReaderProblem.UNREADABLE
    assert says in str(err.value) and "again" in str(err.value)


def test_no_card_within_the_time_says_so() -> None:
    reader = SimulatedIdCardReader([])
    with pytest.raises(IdCardReaderError) as err:
        read_card(reader, timeout_s=0)
    assert err.value.problem is ReaderProblem.NO_CARD
    assert str(err.value).startswith("No card on the reader.")


def test_an_unplugged_reader_and_queued_failures() -> None:
    reader = SimulatedIdCardReader([IdCardReaderError(ReaderProblem.UNREADABLE), card()])
    with pytest.raises(IdCardReaderError) as err:
        read_card(reader)
    assert err.value.problem is ReaderProblem.UNREADABLE
    assert read_card(reader) == card()  # the card placed again reads
    reader.connected = False
    reader.put(card())
    with pytest.raises(IdCardReaderError) as err:
        read_card(reader)
    assert err.value.problem is ReaderProblem.NO_READER and "plugged in" in str(err.value)


class Flaky:
    """A vendor driver that fails in the ways real ones do."""

    name = "flaky"

    def __init__(self, failure: BaseException | None = None, result: object = None) -> None:
        self.failure = failure
        self.result = result

    def read(self, timeout_s: float) -> object:
        if self.failure is not None:
            raise self.failure
        return self.result


@pytest.mark.parametrize("reader, problem", [
    (Flaky(OSError(5, "Input/output error")), ReaderProblem.NO_READER),  # USB pulled
    (Flaky(RuntimeError("SDK error 0x41")), ReaderProblem.UNREADABLE),
    (Flaky(result={"name": "王小明"}), ReaderProblem.UNREADABLE),  # not IdCardFields
    (Flaky(result=None), ReaderProblem.NO_CARD),
    (Flaky(IdCardReaderError(ReaderProblem.NO_CARD)), ReaderProblem.NO_CARD),
])
def test_whatever_a_driver_does_becomes_one_of_three_problems(
        reader: Flaky, problem: ReaderProblem, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING), pytest.raises(IdCardReaderError) as err:
        read_card(reader)  # type: ignore[arg-type]
    assert err.value.problem is problem
    assert "SDK error" not in str(err.value)  # the receptionist is told what to do instead


def test_a_timeout_out_of_range_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        read_card(SimulatedIdCardReader([card()]), timeout_s=-1)


def test_personal_fields_stay_out_of_logs() -> None:
    text = repr(card())
    assert "王小明" not in text and "110105" not in text and "建国路" not in text
    assert "1949" not in text and "北京市公安局朝阳分局" in text


def test_expiry() -> None:
    assert card().expired_on(TODAY) is False  # long-term
    dated = card(valid_from=dt.date(2006, 3, 1), valid_to=dt.date(2026, 3, 1))
    assert dated.expired_on(dt.date(2026, 3, 1)) is False
    assert dated.expired_on(dt.date(2026, 3, 2)) is True


def test_messages_are_translated() -> None:
    i18n.set_backend(lambda context, text: f"[{context}] {text}")
    try:
        assert str(IdCardReaderError(ReaderProblem.NO_CARD)).startswith("[IdCard] No card")
        assert Sex.FEMALE.label() == "[IdCard] Female"
    finally:
        i18n.set_backend(None)


# --- Discovery ---------------------------------------------------------------------------

def test_the_simulator_is_built_in_and_makes_practice_cards() -> None:
    assert installed_readers()[0] == "simulated"
    reader = reader_named("simulated")
    assert isinstance(reader, SimulatedIdCardReader)
    first, second = read_card(reader), read_card(reader)
    assert first.id_number != second.id_number


def test_an_unknown_reader_is_no_reader() -> None:
    with pytest.raises(IdCardReaderError) as err:
        reader_named("acme-9000")
    assert err.value.problem is ReaderProblem.NO_READER and "acme-9000" in str(err.value)


VENDOR = '''
from deskapp.devices.simulated_reader import SimulatedIdCardReader

class AcmeReader(SimulatedIdCardReader):
    NAME = "acme"

def not_a_reader():
    return object()

def refuses():
    raise OSError("COM3 is in use")
'''


@pytest.fixture
def vendor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed vendor package with three entry points, one good and two broken."""
    (tmp_path / "acme_reader.py").write_text(VENDOR, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    entries = metadata.EntryPoints([
        metadata.EntryPoint("acme", "acme_reader:AcmeReader", ENTRY_POINT_GROUP),
        metadata.EntryPoint("odd", "acme_reader:not_a_reader", ENTRY_POINT_GROUP),
        metadata.EntryPoint("busy", "acme_reader:refuses", ENTRY_POINT_GROUP),
        metadata.EntryPoint("gone", "uninstalled_vendor:Reader", ENTRY_POINT_GROUP),
        metadata.EntryPoint("acme", "elsewhere:Reader", ENTRY_POINT_GROUP),  # a clash
    ])
    seen: list[str | None] = []

    def entry_points(*, group: str | None = None) -> metadata.EntryPoints:
        seen.append(group)
        return entries.select(group=group)

    monkeypatch.setattr(id_card.metadata, "entry_points", entry_points)
    yield
    assert set(seen) == {ENTRY_POINT_GROUP}
    sys.modules.pop("acme_reader", None)


@pytest.mark.usefixtures("vendor")
def test_installed_drivers_are_found_by_their_entry_points() -> None:
    assert installed_readers() == ["simulated", "acme", "busy", "gone", "odd"]
    reader = reader_named("acme")
    assert reader.name == "acme"
    reader.put(card())  # type: ignore[attr-defined]
    assert read_card(reader) == card()


@pytest.mark.usefixtures("vendor")
@pytest.mark.parametrize("name", ["odd", "busy", "gone"])
def test_a_broken_driver_is_no_reader_in_words(name: str,
                                               caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(IdCardReaderError) as err:
        reader_named(name)
    assert err.value.problem is ReaderProblem.NO_READER
    assert name in str(err.value) and "could not be started" in str(err.value)
    assert caplog.records  # the details go to the log


def test_the_package_registers_the_simulator_as_an_entry_point() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = project["project"]["entry-points"][ENTRY_POINT_GROUP]
    assert declared == {"simulated": "deskapp.devices.simulated_reader:SimulatedIdCardReader"}
    loaded = metadata.EntryPoint("simulated", declared["simulated"], ENTRY_POINT_GROUP).load()
    assert loaded is SimulatedIdCardReader


# --- The simulator's cards ---------------------------------------------------------------

@pytest.mark.parametrize("age, years", [(5, 5), (15, 5), (16, 10), (25, 10), (26, 20),
                                        (45, 20), (46, None), (80, None)])
def test_validity_follows_the_age_at_issue(age: int, years: int | None) -> None:
    assert validity_years(age) == years


@given(st.integers(0, 2**32), st.dates(dt.date(2020, 1, 1), dt.date(2040, 12, 31)))
def test_any_practice_card_round_trips(seed: int, today: dt.date) -> None:
    made = practice_card(random.Random(seed), today)
    reader = SimulatedIdCardReader(today=lambda: today)
    reader.put(made)
    assert read_card(reader) == made == checked_card(made)
    assert not made.expired_on(today) and made.valid_from <= today
    age = (today - made.birth_date).days / 365.25
    assert 17.9 < age < 75.1


PROVINCES = (11, 31, 44, 51, 65, 81)
valid_cards = st.builds(
    lambda area, birth, sequence, name, issued, term: IdCardFields(
        name=name, sex=Sex.MALE if sequence % 2 else Sex.FEMALE, ethnicity="汉",
        birth_date=birth, address="某市某区某路1号",
        id_number=(first17 := f"{area:06d}{birth:%Y%m%d}{sequence:03d}")
        + id18_check_char(first17),
        issuing_authority="某市公安局", valid_from=issued,
        valid_to=None if term is None else issued + dt.timedelta(days=365 * term),
        id_type=IdType.HMT_PERMIT if area // 10000 == 81 else IdType.RESIDENT),
    st.builds(lambda p, rest: p * 10000 + rest, st.sampled_from(PROVINCES),
              st.integers(0, 9999)),
    st.dates(dt.date(1920, 1, 1), dt.date(2010, 12, 31)), st.integers(0, 999),
    # Names as a chip holds them: letters of any script, already in normal form (a
    # compatibility ideograph such as U+F9E9 is handed on as the unified 丽).
    st.text(st.characters(categories=["Lo"]), min_size=1, max_size=15).map(clean_text)
    .filter(bool),
    st.dates(dt.date(2005, 1, 1), dt.date(2026, 11, 23)), st.sampled_from([5, 10, 20, None]))


@given(st.lists(valid_cards, min_size=1, max_size=5))
def test_any_valid_card_queued_on_the_simulator_comes_back_in_order(
        cards: list[IdCardFields]) -> None:
    reader = SimulatedIdCardReader(cards)
    assert [read_card(reader) for _ in cards] == cards == [checked_card(c) for c in cards]
    with pytest.raises(IdCardReaderError):
        read_card(reader)
