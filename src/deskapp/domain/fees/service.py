"""The fee collection service: one object for the workspace, made of its parts."""

from __future__ import annotations

from deskapp.domain.fees.deposits import FeeDeposits
from deskapp.domain.fees.handover import FeeHandovers
from deskapp.domain.fees.payments import FeePayments
from deskapp.domain.fees.receipt_list import FeeReceiptList


class FeeCollection(FeePayments, FeeDeposits, FeeHandovers, FeeReceiptList):
    """Fee collection (收费) at the counter: every part of it on one engine, clock and
    operator. Each part is a mixin in its own module."""
