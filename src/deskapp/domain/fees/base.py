"""What every part of fee collection shares: the engine, clock and operator, reading a unit
and an item (locked for a change), and the yearly number series."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine
from sqlmodel import Session

from deskapp.db.fee_models import ChargeItem
from deskapp.db.models import Unit
from deskapp.db.sequences import next_number
from deskapp.domain import checks
from deskapp.domain.clock import Clock
from deskapp.domain.errors import NotFound
from deskapp.domain.operators import Operator
from deskapp.i18n import fill, translate

NAME_LIMIT = 100
REASON_LIMIT = 200


class FeeServiceBase:
    """The state every part of :class:`deskapp.domain.fees.service.FeeCollection` works on."""

    def __init__(self, engine: Engine, clock: Clock, operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._operator = operator or Operator()

    @property
    def clock(self) -> Clock:
        """The clock fee records are stamped with."""
        return self._clock

    def _today(self) -> dt.date:
        return self._clock.today()

    @staticmethod
    def _unit(session: Session, unit_id: object, *, lock: bool = False) -> Unit:
        # ``lock``: read for update, so two counters taking money for one unit queue up
        # (PostgreSQL's row lock; SQLite's writer holds the whole file already).
        found = session.get(Unit, checks.record_id(unit_id) or 0, with_for_update=lock)
        if found is None:
            raise NotFound(fill(translate("FeeCollection", "There is no unit number %1."),
                                unit_id))
        return found

    @staticmethod
    def _item(session: Session, item_id: object) -> ChargeItem:
        found = session.get(ChargeItem, checks.record_id(item_id) or 0)
        if found is None:
            raise NotFound(fill(translate("FeeCollection", "There is no charge item number %1."),
                                item_id))
        return found

    def _number(self, session: Session, prefix: str, series: str, width: int) -> tuple[int, int,
                                                                                        str]:
        """The next number of a yearly series, taken in ``session``'s transaction: (year,
        serial, printed number such as ``SK2026-000123``)."""
        year = self._clock.local(self._clock.now()).year
        serial = next_number(session, f"{series}-{year}")
        return year, serial, f"{prefix}{year}-{serial:0{width}d}"
