"""The fee collection service: one object for the workspace, made of its parts."""

from __future__ import annotations

from deskapp.domain.fees.contacts import FeeContacts
from deskapp.domain.fees.deposits import FeeDeposits
from deskapp.domain.fees.dunning import FeeDunning
from deskapp.domain.fees.handover import FeeHandovers
from deskapp.domain.fees.overview import FeeArrears
from deskapp.domain.fees.payments import FeePayments
from deskapp.domain.fees.rates import ChargeItems
from deskapp.domain.fees.readings_import import ReadingImports
from deskapp.domain.fees.receipt_list import FeeReceiptList
from deskapp.domain.fees.waivers import Waivers


class FeeCollection(FeePayments, FeeDeposits, FeeHandovers, FeeReceiptList, FeeArrears,
                    FeeDunning, FeeContacts, ChargeItems, ReadingImports, Waivers):
    """Fee collection (收费) at the counter: every part of it on one engine, clock and
    operator. Each part is a mixin in its own module: charge items and rates
    (:mod:`.rates`), bills (:mod:`.billing`), meter readings and their import
    (:mod:`.readings`, :mod:`.readings_import`), waivers and voided charges
    (:mod:`.waivers`)."""
