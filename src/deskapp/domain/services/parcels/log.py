"""Mail and parcels (快递/信件/报刊) as one service: intake, telling the recipient,
pickup and return to sender, and the lists; every public write is one transaction, signed
by the operator on duty."""

from __future__ import annotations

from deskapp.domain.services.parcels.handover import ParcelHandover
from deskapp.domain.services.parcels.lists import ParcelLists


class ParcelLog(ParcelHandover, ParcelLists):
    """What the carriers brought, on its shelf until collected or sent back."""
