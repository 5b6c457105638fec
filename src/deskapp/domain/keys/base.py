"""What every part of key custody shares: the engine, clock and operator, reading a set
(locked for a change), appending its dated step, and checking a person's details."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db.models import KeyEvent, KeyLoan, KeySet
from deskapp.domain import checks
from deskapp.domain.clock import Clock
from deskapp.domain.errors import DomainError, NotFound
from deskapp.domain.identity import IdType, id_number_problem, normalise_id_number
from deskapp.domain.keys.records import TAG, KeyEventKind, KeyState
from deskapp.domain.operators import Operator
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.text import clean_text, halfwidth
from deskapp.i18n import fill, translate

NAME_LIMIT = 100
NOTE_LIMIT = 500
# A time typed for something that happened (a deposit, a consent, a report) may run this
# far ahead of the counter's clock (another PC's clock, a minute typed generously).
CLOCK_SLACK = dt.timedelta(minutes=5)


def normalise_tag(raw: object) -> str:
    """A tag as typed or scanned: full-width made ASCII, blanks dropped, upper case."""
    if not isinstance(raw, str):
        return ""
    return "".join(halfwidth(raw).split()).upper()


def is_tag(text: str) -> bool:
    """Whether ``text`` (normalised) can be a key tag."""
    return bool(TAG.fullmatch(text))


class KeyServiceBase:
    """The state every part of :class:`deskapp.domain.keys.KeyCustody` works on."""

    def __init__(self, engine: Engine, clock: Clock, operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._operator = operator or Operator()

    @property
    def clock(self) -> Clock:
        """The clock key records are stamped with."""
        return self._clock

    # --- Reading sets
    @staticmethod
    def _set(session: Session, set_id: int, *, lock: bool = False) -> KeySet:
        # ``lock``: read for update (PostgreSQL takes the row lock; SQLite's writer holds
        # the whole file already), so two counters never act on the same old state.
        found = session.get(KeySet, checks.record_id(set_id) or 0, with_for_update=lock)
        if found is None:
            raise NotFound(fill(translate("KeyCustody", "There is no key set number %1."),
                                set_id))
        return found

    @staticmethod
    def _set_by_tag(session: Session, tag: str, *, lock: bool = False) -> KeySet:
        wanted = normalise_tag(tag)
        found = None
        if is_tag(wanted):
            stmt = select(KeySet).where(KeySet.tag == wanted)
            found = session.exec(stmt.with_for_update() if lock else stmt).first()
        if found is None:
            shown = wanted if len(wanted) <= 20 else wanted[:20] + "…"
            raise NotFound(fill(translate("KeyCustody", "No key set has tag %1."), shown))
        return found

    @staticmethod
    def _open_loan(session: Session, key_set_id: int, *, lock: bool = False) -> KeyLoan | None:
        stmt = select(KeyLoan).where(KeyLoan.key_set_id == key_set_id,
                                     col(KeyLoan.closed_at).is_(None))
        return session.exec(stmt.with_for_update() if lock else stmt).first()

    def _event(self, session: Session, key_set: KeySet, kind: KeyEventKind, *,
               keys: int = 0, text: str = "", loan_id: int | None = None) -> None:
        session.add(KeyEvent(key_set_id=key_set.id, loan_id=loan_id, at=self._clock.now(),
                             kind=kind.value, keys=keys, text=text,
                             **self._operator.signature()))

    @staticmethod
    def _refuse_gone(key_set: KeySet) -> None:
        """A set handed over or retired is history: nothing more is done with it."""
        state = KeyState(key_set.state)
        if not state.in_custody:
            raise DomainError(fill(translate(
                "KeyCustody", "Key set %1 is %2: it is no longer in the desk's care."),
                key_set.tag, state.label().lower()))

    # --- Checking what is typed
    def _past_moment(self, errors: dict[str, str], field: str, value: object) -> dt.datetime:
        """A time something happened: aware, not in the future (None: now)."""
        now = self._clock.now()
        moment = checks.moment(errors, field, value, self._clock)
        if moment is None:
            return now
        if moment > now + CLOCK_SLACK:
            errors.setdefault(field, translate("KeyCustody", "This time is in the future."))
        return moment.astimezone(dt.UTC)


def person_name(errors: dict[str, str], field: str, value: object, message: str) -> str:
    """A person's name: required, at most 100 characters."""
    name = checks.text(errors, field, value, NAME_LIMIT)
    if not name and field not in errors:
        errors[field] = message
    return name


def phone_number(errors: dict[str, str], field: str, value: object, *,
                 required: bool = False) -> str:
    """A phone number, normalised and checked (empty allowed unless ``required``)."""
    phone = normalise_phone(checks.raw_text(errors, field, value))
    if problem := phone_problem(phone):
        errors.setdefault(field, problem)
    elif required and not phone:
        errors.setdefault(field, translate(
            "KeyCustody", "Enter a phone number to reach them about the keys."))
    return phone


def identity(errors: dict[str, str], id_type: object, number: object, *,
             required: bool = False, prefix: str = "") -> tuple[IdType, str]:
    """A document kind and number, normalised and checked as at check-in (GB 11643 for a
    resident ID card); ``prefix`` names the fields (``prefix + "id_number"``)."""
    kind = checks.choice(errors, prefix + "id_type", id_type, IdType)
    value = normalise_id_number(checks.raw_text(errors, prefix + "id_number", number))
    if kind is not None and (problem := id_number_problem(kind, value)):
        errors.setdefault(prefix + "id_number", problem)
    elif required and not value:
        errors.setdefault(prefix + "id_number", translate(
            "KeyCustody", "Check the borrower's ID document and enter its number."))
    if len(value) > 32:
        errors.setdefault(prefix + "id_number", checks.too_long_message(32))
    return kind or IdType.OTHER, value


def key_number(errors: dict[str, str], field: str, value: object, most: int) -> int:
    """A number of keys from 1 to ``most``."""
    if not checks.is_whole_number(value) or not 1 <= value <= most:  # type: ignore[operator]
        errors.setdefault(field, fill(translate(
            "KeyCustody", "Give a whole number of keys from 1 to %1."), max(most, 1)))
        return 0
    return value  # type: ignore[return-value]


def same_name(a: str, b: str) -> bool:
    """Two names written alike (blanks and letter case aside): 欧阳 娜娜 is 欧阳娜娜."""
    return "".join(clean_text(a).split()).casefold() == "".join(clean_text(b).split()).casefold()
