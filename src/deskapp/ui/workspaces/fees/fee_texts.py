"""How the fee screens write a unit price, a quantity, a month and a charge, and the date
boxes they type them in."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.fees.records import Pricing
from deskapp.domain.fees.rounding import format_price, format_quantity
from deskapp.domain.fees.rows import ChargeRow
from deskapp.domain.money import format_money
from deskapp.i18n import fill


def price_per(unit_price: int, pricing: Pricing) -> str:
    """A unit price with what it is per: ``¥6.50 / m²``."""
    return fill(QCoreApplication.translate("FeeRates", "¥%1 / %2"), format_price(unit_price),
                pricing.unit())


def yuan_per(pricing: Pricing) -> str:
    """What a typed price is in: ``yuan / m²``."""
    return fill(QCoreApplication.translate("FeeRates", "yuan / %1"), pricing.unit())


def quantity_text(hundredths: int | None) -> str:
    """A reading or usage as typed (``130.50``), "" for none."""
    return "" if hundredths is None else format_quantity(hundredths)


def show_day(edit: QDateEdit, day: dt.date, *, latest: dt.date | None = None) -> None:
    """Put ``day`` in a date box taking any day deskapp takes (up to ``latest``)."""
    edit.setDateRange(QDate(FIRST_DAY), QDate(latest or LAST_DAY))
    edit.setDate(QDate(day))


def day_of(edit: QDateEdit) -> dt.date:
    """The day a date box holds."""
    return edit.date().toPython()


def show_month(edit: QDateEdit, day: dt.date) -> None:
    """Make ``edit`` a month box (``2026-11``) showing the month of ``day``."""
    edit.setDisplayFormat("yyyy-MM")
    show_day(edit, day.replace(day=1))


def month_of(edit: QDateEdit) -> str:
    """The month a month box holds, as the services take it: ``2026-11``."""
    day = day_of(edit)
    return f"{day.year:04d}-{day.month:02d}"


def charge_summary(charge: ChargeRow) -> str:
    """A charge in three lines: the unit, what and when, the money (rich text)."""
    return fill(QCoreApplication.translate(
        "FeeCharge", "<b>%1</b><br>%2 · %3 · due %4<br>Amount %5 · paid %6 · waived %7 · "
        "<b>owed %8</b>"),
                html.escape(charge.unit_label), html.escape(charge.item_name), charge.period,
                charge.due_on.isoformat(), format_money(charge.amount_fen),
                format_money(charge.paid_fen), format_money(charge.waived_fen),
                format_money(charge.outstanding_fen))
