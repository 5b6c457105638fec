"""Running the finders: one read, each finder in turn, within a time budget."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session

from deskapp.domain.clock import Clock
from deskapp.domain.search_everything.hits import FindContext, Finder, Hit
from deskapp.domain.search_everything.registry import FINDERS
from deskapp.domain.search_everything.typed import read_typed

logger = logging.getLogger(__name__)

LIMIT = 5  # hits of one kind: enough to recognise the one meant, or to type on
MAX_LIMIT = 50
BUDGET_MS = 1000.0  # past this the remaining finders are skipped (a server under load)


@dataclass(frozen=True)
class SearchResult:
    """The hits, grouped as the finders are ordered (each kind newest first), and whether
    every finder ran (False when the time budget ran out first)."""

    hits: tuple[Hit, ...]
    complete: bool = True


class SearchEverything:
    """Search every kind of record at once (``services.search``)."""

    def __init__(self, engine: Engine, clock: Clock,
                 finders: Sequence[Finder] = FINDERS) -> None:
        self._engine = engine
        self._clock = clock
        self._finders = tuple(finders)

    def search(self, typed: object, limit: int = LIMIT,
               budget_ms: float = BUDGET_MS) -> SearchResult:
        """The records matching ``typed`` (any value: nothing typed, or anything that is not
        a search, finds nothing), at most ``limit`` of each kind."""
        words = read_typed(typed)
        if not words.words:
            return SearchResult(())
        context = FindContext(max(1, min(int(limit), MAX_LIMIT)),
                              self._clock.today().year)
        hits: list[Hit] = []
        started = time.perf_counter()
        with Session(self._engine) as session:
            for finder in self._finders:
                if (time.perf_counter() - started) * 1000 > budget_ms:
                    logger.info("search everything: out of time before %s", finder.kind)
                    return SearchResult(tuple(hits), complete=False)
                hits += finder.find(session, words, context)
        return SearchResult(tuple(hits))
