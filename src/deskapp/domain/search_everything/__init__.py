"""Search everything (Ctrl+K): one text, every kind of record, grouped by workspace.

A registry of finders (:data:`FINDERS`), one per kind of record; a workspace that keeps a
new kind adds one entry. Each finder reads through an index only, so the whole search
answers while the receptionist types, on five years of a busy counter.
"""

from deskapp.domain.search_everything.hits import FindContext, Finder, Hit
from deskapp.domain.search_everything.registry import FINDERS
from deskapp.domain.search_everything.service import SearchEverything, SearchResult
from deskapp.domain.search_everything.typed import Typed, read_typed

__all__ = ["FINDERS", "FindContext", "Finder", "Hit", "SearchEverything", "SearchResult",
           "Typed", "read_typed"]
