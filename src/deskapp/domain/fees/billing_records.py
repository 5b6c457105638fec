"""What billing takes and hands back: charge items and their rates, the printable rate
schedule, bill runs, ad-hoc charges, meter readings and their import, waivers.

Unit prices are integer hundredths of a fen (2.35 yuan per m² is 23500), quantities and
meter readings integer hundredths (89.35 m² is 8935), money integer fen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from deskapp.domain.fees.records import Category, Cycle, Pricing
from deskapp.domain.fees.rows import ChargeRow
from deskapp.i18n import translate

# A quantity or meter reading: at most 10,000,000.00, so that its hundredths (and a
# usage) fit the database's integer column on PostgreSQL too.
MAX_QUANTITY = 1_000_000_000
MAX_MULTIPLIER = 10_000  # a current transformer's ratio is 40, 80, 200 …
# The largest charge the column holds; a bill past it is a typing slip.
MAX_CHARGE_FEN = 2**31 - 1


class ReadingKind(StrEnum):
    """How this reading follows the last one."""

    NORMAL = "normal"
    ROLLOVER = "rollover"  # the dial passed its end and started again at 0
    METER_CHANGE = "meter_change"  # a new meter was fitted since the last reading

    def label(self) -> str:
        """The kind in the user's language."""
        return {ReadingKind.NORMAL: translate("MeterReading", "Normal"),
                ReadingKind.ROLLOVER: translate("MeterReading", "Meter rolled over"),
                ReadingKind.METER_CHANGE: translate("MeterReading", "Meter changed")}[self]


class SkipReason(StrEnum):
    """Why a bill run made no charge of an item for a unit."""

    NO_AREA = "no_area"  # priced per m², and the unit's area is not known
    NO_READING = "no_reading"  # metered, and the meter was not read for the month

    def label(self) -> str:
        """The reason in the user's language."""
        return {SkipReason.NO_AREA: translate("FeeCollection", "No area on record"),
                SkipReason.NO_READING: translate("FeeCollection", "No reading")}[self]


class ImportOutcome(StrEnum):
    """What a sheet row of readings does (or would do)."""

    NEW = "new"
    REFUSED = "refused"


# --- Charge items and rates -----------------------------------------------------------------

@dataclass(frozen=True)
class ChargeItemInput:
    """A charge item as a supervisor sets it up. ``unit_price`` is hundredths of a fen, or
    the price typed in yuan (``"2.35"``); ``effective_from`` None is today."""

    name: str
    category: Category | str
    pricing: Pricing | str
    unit_price: int | str
    cycle: Cycle | str = Cycle.MONTHLY
    note: str = ""
    effective_from: dt.date | None = None


@dataclass(frozen=True)
class RateRow:
    """A unit price of an item from a day on (the item's price history)."""

    id: int
    unit_price: int
    effective_from: dt.date
    reason: str
    created_at: dt.datetime
    created_by: str
    approved_by: str


@dataclass(frozen=True)
class ChargeItemRow:
    """A charge item with its current unit price (and, when asked, its price history,
    newest first)."""

    id: int
    name: str
    category: Category
    pricing: Pricing
    unit_price: int
    cycle: Cycle
    deposit: bool
    active: bool
    note: str
    price_since: dt.date | None = None
    rates: tuple[RateRow, ...] = ()

    @property
    def periodic(self) -> bool:
        """Whether bill runs charge it (monthly, quarterly, yearly)."""
        return self.cycle is not Cycle.ONCE


@dataclass(frozen=True)
class RateScheduleLine:
    """A line of the rate schedule posted at the counter (收费标准公示)."""

    item_id: int
    name: str
    category: Category
    pricing: Pricing
    unit_price: int
    cycle: Cycle
    effective_from: dt.date
    note: str = ""

    @property
    def per(self) -> str:
        """What the price is per: m², unit, page, bill (in the user's language)."""
        return self.pricing.unit()


# --- Bills ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SkippedCharge:
    """A unit a bill run could not charge for an item, and why."""

    unit_id: int
    unit_label: str
    item_id: int
    item_name: str
    reason: SkipReason


@dataclass(frozen=True)
class BillRun:
    """What one bill run for a month did: the charges it made, how many it found made
    already (a second run makes nothing new), and what it could not charge."""

    period: str  # the month asked for, YYYY-MM
    due_on: dt.date
    made: tuple[ChargeRow, ...]
    already_billed: int
    skipped: tuple[SkippedCharge, ...] = ()

    @property
    def total_fen(self) -> int:
        """The money the new charges ask for."""
        return sum(charge.amount_fen for charge in self.made)

    @property
    def no_area(self) -> tuple[SkippedCharge, ...]:
        """Charges per m² not made: the unit's area is not on record."""
        return tuple(s for s in self.skipped if s.reason is SkipReason.NO_AREA)

    @property
    def no_reading(self) -> tuple[SkippedCharge, ...]:
        """Metered charges not made: the meter was not read for the month."""
        return tuple(s for s in self.skipped if s.reason is SkipReason.NO_READING)


@dataclass(frozen=True)
class AdHocChargeInput:
    """A charge of an item billed when asked for (a repair, a one-off service) to one unit.

    ``quantity`` is hundredths (100 for one) or typed (``"1"``, ``"2.5"``); ``period`` the
    label it prints with (empty: the day); ``period_start`` None is today, ``period_end``
    None the start; ``due_on`` None the start; ``note`` says what it was for (printed
    after the item's name: 维修费（更换门锁）).
    """

    unit_id: int
    item_id: int
    quantity: int | str = 100
    period: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    due_on: dt.date | None = None
    note: str = ""


# --- Meter readings ------------------------------------------------------------------------

@dataclass(frozen=True)
class ReadingInput:
    """A meter read for a month (抄表). Readings are hundredths or typed (``"1234.5"``).

    ``previous`` None is the meter's last current reading; ``multiplier`` None the last
    reading's (1 for a new meter). A rollover gives ``rollover_at`` (where the dial starts
    again, 10000 for a four-digit dial), a meter change ``old_meter_final`` (the old
    meter's last reading); ``current`` is then the new dial's or meter's.
    """

    unit_id: int
    item_id: int
    period: str  # YYYY-MM
    read_on: dt.date
    current: int | str
    previous: int | str | None = None
    multiplier: int | None = None
    kind: ReadingKind | str = ReadingKind.NORMAL
    rollover_at: int | str | None = None
    old_meter_final: int | str | None = None
    note: str = ""


@dataclass(frozen=True)
class ReadingRow:
    """A meter reading as the entry grid and the unit's history show it."""

    id: int
    unit_id: int
    unit_label: str
    item_id: int
    item_name: str
    period: str
    read_on: dt.date
    previous: int
    current: int
    multiplier: int
    kind: ReadingKind
    usage: int
    rollover_at: int | None = None
    old_meter_final: int | None = None
    superseded: bool = False
    corrects_id: int | None = None
    charge_id: int | None = None
    source: str = "typed"
    note: str = ""
    created_at: dt.datetime | None = None
    created_by: str = ""

    @property
    def billed(self) -> bool:
        """Whether a charge was made from it."""
        return self.charge_id is not None


@dataclass(frozen=True)
class ReadingGridRow:
    """A unit's line in the month's entry grid of one meter: the last reading before the
    month (where this one starts) and the month's own, once entered."""

    unit_id: int
    unit_label: str
    last: ReadingRow | None
    this_period: ReadingRow | None

    @property
    def previous(self) -> int | None:
        """What the month's reading starts from (None: the meter's first reading)."""
        return self.last.current if self.last is not None else None

    @property
    def multiplier(self) -> int:
        """The multiplier the month's reading takes unless told otherwise."""
        return self.last.multiplier if self.last is not None else 1


@dataclass(frozen=True)
class ReadingImportLine:
    """What one sheet row does (or, in a dry run, would do)."""

    row: int
    unit: str
    item: str
    period: str
    outcome: ImportOutcome
    current: int = 0
    previous: int = 0
    usage: int = 0
    amount_fen: int = 0  # at the item's current price
    reason: str = ""
    reading_id: int | None = None


@dataclass(frozen=True)
class ReadingImportReport:
    """A sheet of readings, row by row; ``dry_run``: nothing was written."""

    dry_run: bool
    lines: tuple[ReadingImportLine, ...]

    @property
    def taken(self) -> tuple[ReadingImportLine, ...]:
        """Rows that make (or would make) a new reading."""
        return tuple(line for line in self.lines if line.outcome is ImportOutcome.NEW)

    @property
    def refused(self) -> tuple[ReadingImportLine, ...]:
        """Rows left out, each with its reason."""
        return tuple(line for line in self.lines if line.outcome is ImportOutcome.REFUSED)

    @property
    def total_fen(self) -> int:
        """What the new readings come to at the current prices."""
        return sum(line.amount_fen for line in self.taken)


# --- Waivers -------------------------------------------------------------------------------

@dataclass(frozen=True)
class WaiverRow:
    """Part or all of a charge waived (减免)."""

    id: int
    charge_id: int
    unit_id: int
    amount_fen: int
    reason: str
    approved_by: str
    at: dt.datetime
    created_by: str
