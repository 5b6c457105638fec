"""Key custody (钥匙管理) as one service: the register and the owners' deposits, loans and
returns, handovers and losses, the stocktake and the histories are its parts; every
public write is one transaction, signed by the operator on duty."""

from __future__ import annotations

from sqlalchemy import Engine

from deskapp.domain.clock import Clock
from deskapp.domain.keys.history import KeyHistory
from deskapp.domain.keys.incidents import KeyIncidents
from deskapp.domain.keys.loans import KeyLoans
from deskapp.domain.keys.register import KeyRegister
from deskapp.domain.keys.stocktake import KeyStocktakes
from deskapp.domain.operators import Operator


class KeyCustody(KeyRegister, KeyLoans, KeyIncidents, KeyHistory, KeyStocktakes):
    """The keys the desk keeps: who has which, since when, on whose authority."""

    def __init__(self, engine: Engine, clock: Clock, operator: Operator | None = None) -> None:
        super().__init__(engine, clock, operator)
