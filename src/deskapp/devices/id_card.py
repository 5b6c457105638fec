"""ID-card readers 二代身份证阅读器: what a reader hands over, how a driver plugs in, and the
built-in simulator.

A reader fills the check-in form's name, ID number and address from the card's chip, so
nothing is mistyped. A driver is any object with a ``name`` and a ``read(timeout_s)``
(:class:`IdCardReader`); a vendor ships it as a Python package that names a factory in the
entry-point group :data:`ENTRY_POINT_GROUP` (see README, "ID-card readers"). Everything a
driver returns goes through :func:`read_card`, which checks the ID number (GB 11643) and
that the birth date and sex printed on the card agree with it, so a bad read never reaches
the visitor log.

The card goes back to the visitor at once: deskapp reads it and never keeps an ID card as a
pledge (押证) — holding a resident ID card as security is not lawful. A deposit for a pass or
a key is money, never an ID card. The chip's photo is not read into deskapp at all.

``read`` blocks up to ``timeout_s`` seconds while the visitor places the card: call it off
the window's thread (``ui.tasks``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from importlib import metadata
from typing import Protocol, runtime_checkable

from deskapp.domain.identity import IdType, mask_id_number, normalise_id_number, resident_id_problem
from deskapp.domain.text import clean_text
from deskapp.errors import UserError
from deskapp.i18n import fill, translate

logger = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "deskapp.id_card_readers"
DEFAULT_TIMEOUT_S = 10.0
MAX_TIMEOUT_S = 120.0


class Sex(StrEnum):
    """性别 as the card states it (the ID number's 17th digit says the same: odd is male)."""

    MALE = "male"
    FEMALE = "female"

    def label(self) -> str:
        """The sex in the user's language."""
        return {Sex.MALE: translate("IdCard", "Male"),
                Sex.FEMALE: translate("IdCard", "Female")}[self]


@dataclass(frozen=True)
class IdCardFields:
    """What the chip of a resident ID card 居民身份证 holds, the photo left out.

    The personal fields stay out of ``repr``, so a log line or a traceback never carries
    them.

    Attributes:
        name: 姓名.
        sex: 性别.
        ethnicity: 民族, as printed ("汉", "回" …).
        birth_date: 出生.
        address: 住址 (the registered residence, not where the visitor lives today).
        id_number: 公民身份号码, 18 characters.
        issuing_authority: 签发机关 ("北京市公安局朝阳分局").
        valid_from: The first day of 有效期限.
        valid_to: Its last day; None for 长期 (long-term, issued from age 46).
        id_type: The document: a resident ID card, or a Hong Kong, Macao or Taiwan
            residence permit (the same readers read it; its number starts 81, 82 or 83).
    """

    name: str = field(repr=False)
    sex: Sex
    ethnicity: str
    birth_date: dt.date = field(repr=False)
    address: str = field(repr=False)
    id_number: str = field(repr=False)
    issuing_authority: str
    valid_from: dt.date
    valid_to: dt.date | None
    id_type: IdType = IdType.RESIDENT

    @property
    def id_number_masked(self) -> str:
        """The number as screens show it."""
        return mask_id_number(self.id_number)

    def expired_on(self, day: dt.date) -> bool:
        """Whether the card is out of date on ``day`` (a long-term card never is)."""
        return self.valid_to is not None and day > self.valid_to


class ReaderProblem(StrEnum):
    """What went wrong with a read."""

    NO_READER = "no_reader"  # none installed by that name, not plugged in, or not answering
    NO_CARD = "no_card"  # nothing placed on the reader within the time allowed
    UNREADABLE = "unreadable"  # a card, but what came off the chip does not check out

    def message(self) -> str:
        """What the receptionist is told, in the user's language."""
        return {
            ReaderProblem.NO_READER: translate(
                "IdCard", "No ID-card reader answers. Check that it is plugged in, or type "
                          "the details from the card."),
            ReaderProblem.NO_CARD: translate(
                "IdCard", "No card on the reader. Place the ID card flat on the reader and "
                          "read it again."),
            ReaderProblem.UNREADABLE: translate(
                "IdCard", "The card could not be read. Place it on the reader again, or type "
                          "the details from the card."),
        }[self]


class IdCardReaderError(UserError):
    """A read that gave no card; ``str(exc)`` is the sentence for the receptionist.

    Attributes:
        problem: Which of the three things went wrong.
    """

    def __init__(self, problem: ReaderProblem, message: str | None = None) -> None:
        super().__init__(message or problem.message())
        self.problem = problem


@runtime_checkable
class IdCardReader(Protocol):
    """A driver of one kind of ID-card reader.

    ``read`` waits up to ``timeout_s`` seconds for a card and returns its fields, or None
    when no card was placed in that time. It raises :class:`IdCardReaderError` for a reader
    that is missing or a card it cannot read (a driver may raise ``NO_CARD`` instead of
    returning None). Other exceptions are caught by :func:`read_card` and reported as one
    of these problems.
    """

    @property
    def name(self) -> str:
        """The name the driver is installed under (its entry point's name)."""
        ...

    def read(self, timeout_s: float) -> IdCardFields | None:
        """The card on the reader, or None when none came within ``timeout_s``."""
        ...


def _unreadable(problem: str) -> IdCardReaderError:
    return IdCardReaderError(ReaderProblem.UNREADABLE, fill(translate(
        "IdCard", "The card was not read correctly (%1). Place it on the reader again."),
        problem))


def checked_card(card: IdCardFields) -> IdCardFields:
    """``card`` with its texts cleaned, once its ID number and what it says agree.

    Raises:
        IdCardReaderError: UNREADABLE: no name, an ID number that fails the GB 11643 check,
            or a birth date, sex or validity that contradicts the number or itself.
    """
    if not isinstance(card, IdCardFields):
        raise IdCardReaderError(ReaderProblem.UNREADABLE)
    number = normalise_id_number(card.id_number or "")
    if problem := resident_id_problem(number, card.id_type):
        raise _unreadable(problem)
    name = clean_text(card.name or "")
    if not name:
        raise _unreadable(translate("IdCard", "no name"))
    if card.birth_date.strftime("%Y%m%d") != number[6:14]:
        raise _unreadable(translate("IdCard", "the birth date differs from the ID number's"))
    if (Sex.MALE if int(number[16]) % 2 else Sex.FEMALE) is not card.sex:
        raise _unreadable(translate("IdCard", "the sex differs from the ID number's"))
    if card.valid_to is not None and card.valid_to < card.valid_from:
        raise _unreadable(translate("IdCard", "the card's validity ends before it starts"))
    return replace(card, name=name, id_number=number, ethnicity=clean_text(card.ethnicity),
                   address=clean_text(card.address),
                   issuing_authority=clean_text(card.issuing_authority))


def read_card(reader: IdCardReader, timeout_s: float = DEFAULT_TIMEOUT_S) -> IdCardFields:
    """Read the card on ``reader``, checked (:func:`checked_card`), for the check-in form.

    Raises:
        IdCardReaderError: no reader, no card within ``timeout_s``, or an unreadable card;
            also for whatever else a driver raises (logged, never shown as a traceback).
        ValueError: ``timeout_s`` is not from 0 to :data:`MAX_TIMEOUT_S` seconds.
    """
    if not 0 <= timeout_s <= MAX_TIMEOUT_S:
        raise ValueError(f"timeout_s must be 0 to {MAX_TIMEOUT_S}, not {timeout_s!r}")
    try:
        card = reader.read(timeout_s)
    except IdCardReaderError:
        raise
    except OSError as exc:  # the port or USB device went away
        logger.warning("ID-card reader %r failed: %s", _name_of(reader), exc)
        raise IdCardReaderError(ReaderProblem.NO_READER) from exc
    except Exception as exc:  # a vendor's driver: its failure is a failed read, not a crash
        logger.exception("ID-card reader %r raised", _name_of(reader))
        raise IdCardReaderError(ReaderProblem.UNREADABLE) from exc
    if card is None:
        raise IdCardReaderError(ReaderProblem.NO_CARD)
    return checked_card(card)


def _name_of(reader: object) -> str:
    return str(getattr(reader, "name", type(reader).__name__))


# --- Discovery ---------------------------------------------------------------------------

ReaderFactory = Callable[[], IdCardReader]


def _built_in() -> dict[str, ReaderFactory]:
    # Found without installed metadata (a frozen app, a source checkout), named as its
    # entry point in pyproject.toml is.
    from deskapp.devices.simulated_reader import SimulatedIdCardReader

    return {SimulatedIdCardReader.NAME: SimulatedIdCardReader}


def _entry_points() -> dict[str, metadata.EntryPoint]:
    found: dict[str, metadata.EntryPoint] = {}
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if entry.name in found:
            logger.warning("two ID-card reader drivers are named %r; using %s", entry.name,
                           found[entry.name].value)
            continue
        found[entry.name] = entry
    return found


def installed_readers() -> list[str]:
    """The names of every reader that can be chosen: the built-in ones, then the installed
    drivers' in alphabetical order."""
    built_in = _built_in()
    return [*built_in, *sorted(set(_entry_points()) - set(built_in))]


def reader_named(name: str) -> IdCardReader:
    """A new reader of the driver installed as ``name``.

    Raises:
        IdCardReaderError: NO_READER: no such driver, or it fails to load or to start.
    """
    factory: ReaderFactory | None = _built_in().get(name)
    if factory is None:
        entry = _entry_points().get(name)
        if entry is None:
            raise IdCardReaderError(ReaderProblem.NO_READER, fill(translate(
                "IdCard", "No ID-card reader named %1 is installed."), name))
        try:
            factory = entry.load()
        except Exception as exc:  # a broken or half-installed vendor package
            logger.exception("the ID-card reader driver %r (%s) did not load", name,
                             entry.value)
            raise _not_loaded(name) from exc
    try:
        reader = factory()
    except IdCardReaderError:
        raise
    except Exception as exc:
        logger.exception("the ID-card reader driver %r did not start", name)
        raise _not_loaded(name) from exc
    if not isinstance(reader, IdCardReader):
        logger.error("the ID-card reader driver %r made %r, which has no name and read()",
                     name, type(reader).__name__)
        raise _not_loaded(name)
    return reader


def _not_loaded(name: str) -> IdCardReaderError:
    return IdCardReaderError(ReaderProblem.NO_READER, fill(translate(
        "IdCard", "The driver of the ID-card reader %1 could not be started. Reinstall it, or "
                  "type the details from the card."), name))
