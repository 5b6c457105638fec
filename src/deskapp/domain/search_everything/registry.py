"""Every finder, in the order the groups are shown (the tabs' order), each group's kinds
in the order a receptionist looks for them."""

from __future__ import annotations

from deskapp.domain.search_everything import histories, registers
from deskapp.domain.search_everything.hits import Finder

FINDERS: tuple[Finder, ...] = (
    *histories.FINDERS[:3],  # visits, calls, requests
    registers.KEY_SETS, histories.FINDERS[3],  # key sets, then their loans
    *registers.FINDERS,  # units, receipts, deposits; parcels, passes, found items
)
