"""What lost property (失物招领) deals in: the kinds of things found, where an item stands,
what the receptionist types (checked by the service) and the rows the rest of deskapp
reads. Times are aware (UTC); the claimant's ID number and phone have masked forms."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from deskapp.domain.identity import IdType, mask_id_number
from deskapp.domain.phone import mask_phone
from deskapp.i18n import translate

# Kept for its owner this long after it was found; then it is due to go to the police (the
# Civil Code, arts. 314–318, has the finder hand what is unclaimed to the authorities).
POLICE_AFTER_DAYS = 30
POLICE_AFTER = dt.timedelta(days=POLICE_AFTER_DAYS)


class FoundCategory(StrEnum):
    """What kind of thing was found (the list's and the notice's word for it)."""

    VALUABLES = "valuables"  # 贵重物品: a wallet, cash, jewellery
    DOCUMENTS = "documents"  # 证件/卡: ID cards, bank cards, access cards
    KEYS = "keys"
    ELECTRONICS = "electronics"  # 手机/电子产品
    BAGS = "bags"  # 包/衣物
    OTHER = "other"

    def label(self) -> str:
        """The kind in the user's language."""
        return {FoundCategory.VALUABLES: translate("FoundCategory", "Valuables"),
                FoundCategory.DOCUMENTS: translate("FoundCategory", "Documents and cards"),
                FoundCategory.KEYS: translate("FoundCategory", "Keys"),
                FoundCategory.ELECTRONICS: translate("FoundCategory",
                                                     "Phone or electronics"),
                FoundCategory.BAGS: translate("FoundCategory", "Bag or clothing"),
                FoundCategory.OTHER: translate("FoundCategory", "Other")}[self]


class FoundState(StrEnum):
    """Where a found item stands: kept at the desk, claimed by its owner, or handed to the
    police."""

    KEPT = "kept"
    CLAIMED = "claimed"
    TO_POLICE = "to_police"

    def label(self) -> str:
        """The state in the user's language."""
        return {FoundState.KEPT: translate("FoundState", "Kept"),
                FoundState.CLAIMED: translate("FoundState", "Claimed"),
                FoundState.TO_POLICE: translate("FoundState", "Handed to the police")}[self]


class FoundFilter(StrEnum):
    """Which found items the list shows."""

    KEPT = "kept"  # still at the desk, whenever found
    DUE = "due"  # kept past the period: to go to the police
    CLAIMED = "claimed"
    TO_POLICE = "to_police"
    ALL = "all"

    def label(self) -> str:
        """The filter in the user's language."""
        return {FoundFilter.KEPT: translate("FoundFilter", "Still kept"),
                FoundFilter.DUE: translate("FoundFilter", "Due for the police"),
                FoundFilter.CLAIMED: translate("FoundFilter", "Claimed"),
                FoundFilter.TO_POLICE: translate("FoundFilter", "Handed to the police"),
                FoundFilter.ALL: translate("FoundFilter", "All found items")}[self]


@dataclass(frozen=True)
class FoundItemInput:
    """A found item as the two staff record it.

    ``description`` is what it is, as the notice posts it ("black backpack"); ``contents``
    what it holds and how it can be told apart (counted by both, never posted: the owner
    proves the item is theirs by naming them). ``recorded_by`` is used only when no
    operator is logged in: otherwise the operator on duty records it. ``found_at`` None is
    now; ``photo`` the bytes of a JPEG, PNG, GIF, BMP or WebP picture.
    """

    description: str
    found_where: str
    witnessed_by: str
    category: FoundCategory = FoundCategory.OTHER
    contents: str = ""
    found_at: dt.datetime | None = None
    found_by: str = ""
    kept_where: str = ""
    photo: bytes | None = None
    recorded_by: str = ""


@dataclass(frozen=True)
class ClaimInput:
    """The owner claiming an item: who they are (ID checked), how to reach them, and
    what they said the item is and holds before they saw it."""

    claimant_name: str
    id_number: str
    phone: str
    claim_description: str
    id_type: IdType = IdType.RESIDENT


@dataclass(frozen=True)
class PoliceHandover:
    """An item unclaimed past the period, handed to the police: the station and the
    officer who received it."""

    station: str
    officer: str


@dataclass(frozen=True)
class FoundQuery:
    """What the found-item list shows: local days found, a search, a filter.

    Kept and due items are listed whenever they were found, and a search covers every
    day; the days narrow the other filters.
    """

    first_day: dt.date
    last_day: dt.date
    text: str = ""
    only: FoundFilter = FoundFilter.KEPT
    descending: bool = True
    desk: str | None = None
    sort: str = "found_at"


@dataclass(frozen=True)
class FoundItemRow:
    """One found item as the list, the papers and the sheet show it (the photo is read on
    its own: :meth:`LostProperty.photo`)."""

    id: int
    number: str
    description: str
    category: FoundCategory
    found_where: str
    found_at: dt.datetime
    recorded_by: str
    witnessed_by: str
    state: FoundState
    contents: str = ""
    found_by: str = ""
    kept_where: str = ""
    has_photo: bool = False
    claimant_name: str = ""
    claimant_id_type: IdType = IdType.RESIDENT
    claimant_id_number: str = ""
    claimant_phone: str = ""
    claim_description: str = ""
    handed_over_at: dt.datetime | None = None
    handed_over_by: str = ""
    police_station: str = ""
    police_officer: str = ""
    created_at: dt.datetime | None = None
    created_by: str = ""
    desk: str = ""

    @property
    def kept(self) -> bool:
        """Still at the desk."""
        return self.state is FoundState.KEPT

    @property
    def police_due_at(self) -> dt.datetime:
        """From when, unclaimed, it is due to go to the police."""
        return self.found_at + POLICE_AFTER

    def due_for_police(self, now: dt.datetime) -> bool:
        """Kept past the period at ``now``."""
        return self.kept and now >= self.police_due_at

    @property
    def claimant_id_masked(self) -> str:
        """The claimant's ID number as screens and paper show it."""
        return mask_id_number(self.claimant_id_number)

    @property
    def claimant_phone_masked(self) -> str:
        """The claimant's phone as paper shows it."""
        return mask_phone(self.claimant_phone)


@dataclass(frozen=True)
class FoundSummary:
    """Under the list: how many items it shows, how many are kept, how many are due for
    the police."""

    shown: int
    kept: int
    due: int


class DayEvent(StrEnum):
    """What a found item's line of the day's sheet tells."""

    FOUND = "found"
    CLAIMED = "claimed"
    TO_POLICE = "to_police"
    STILL_KEPT = "still_kept"

    def label(self) -> str:
        """The event in the user's language."""
        return {DayEvent.FOUND: translate("FoundDayEvent", "Found"),
                DayEvent.CLAIMED: translate("FoundDayEvent", "Claimed"),
                DayEvent.TO_POLICE: translate("FoundDayEvent", "Handed to the police"),
                DayEvent.STILL_KEPT: translate("FoundDayEvent", "Still kept")}[self]


@dataclass(frozen=True)
class DayLine:
    """One line of the day's lost-property sheet: an item and what it did that day."""

    event: DayEvent
    item: FoundItemRow
