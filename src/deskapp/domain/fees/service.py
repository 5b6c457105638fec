"""The fee collection service: one object for the workspace, made of its parts."""

from __future__ import annotations

from deskapp.domain.fees.base import FeeServiceBase
from deskapp.domain.fees.contacts import FeeContacts
from deskapp.domain.fees.dunning import FeeDunning
from deskapp.domain.fees.overview import FeeArrears


class FeeCollection(FeeArrears, FeeDunning, FeeContacts, FeeServiceBase):
    """Fee collection (收费) at the counter: every part of it on one engine, clock and
    operator. Each part is a mixin in its own module."""
