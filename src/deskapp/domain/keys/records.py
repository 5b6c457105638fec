"""What key custody deals in: the kinds and states of a key set, why keys go out, how an
owner consents, and what the receptionist types (checked by the service)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from deskapp.domain.identity import IdType, mask_id_number
from deskapp.i18n import translate


class KeyKind(StrEnum):
    """Whose keys the desk keeps, and so who may have them."""

    VACANT = "vacant"  # 空置单元锁匙
    ENTRUSTED = "entrusted"  # 业主托管锁匙: only to the owner's list, or with consent
    NOT_MOVED_IN = "not_moved_in"  # 未入伙业户钥匙: handed over at move-in
    COMMON_AREA = "common_area"  # 公共区域、机房
    OTHER = "other"

    def label(self) -> str:
        """The kind in the user's language."""
        return {KeyKind.VACANT: translate("KeyKind", "Vacant unit"),
                KeyKind.ENTRUSTED: translate("KeyKind", "Entrusted by the owner"),
                KeyKind.NOT_MOVED_IN: translate("KeyKind", "Not yet moved in"),
                KeyKind.COMMON_AREA: translate("KeyKind", "Common area or plant room"),
                KeyKind.OTHER: translate("KeyKind", "Other")}[self]


class KeyState(StrEnum):
    """Where a key set is."""

    IN_CABINET = "in_cabinet"
    OUT = "out"
    HANDED_OVER = "handed_over"  # left the desk's custody for good
    LOST = "lost"  # every key of it lost, none replaced yet
    RETIRED = "retired"

    def label(self) -> str:
        """The state in the user's language."""
        return {KeyState.IN_CABINET: translate("KeyState", "In the cabinet"),
                KeyState.OUT: translate("KeyState", "Out"),
                KeyState.HANDED_OVER: translate("KeyState", "Handed over"),
                KeyState.LOST: translate("KeyState", "Lost"),
                KeyState.RETIRED: translate("KeyState", "Retired")}[self]

    @property
    def in_custody(self) -> bool:
        """Still the desk's to look after (on the board and in the stocktake)."""
        return self not in (KeyState.HANDED_OVER, KeyState.RETIRED)


class LoanPurpose(StrEnum):
    """Why keys go out."""

    VIEWING = "viewing"
    REPAIR = "repair"
    CLEANING = "cleaning"
    INSPECTION = "inspection"
    OTHER = "other"

    def label(self) -> str:
        """The purpose in the user's language."""
        return {LoanPurpose.VIEWING: translate("LoanPurpose", "Viewing"),
                LoanPurpose.REPAIR: translate("LoanPurpose", "Repair"),
                LoanPurpose.CLEANING: translate("LoanPurpose", "Cleaning"),
                LoanPurpose.INSPECTION: translate("LoanPurpose", "Inspection"),
                LoanPurpose.OTHER: translate("LoanPurpose", "Other")}[self]


class ConsentHow(StrEnum):
    """How the owner's consent to lend their keys reached the desk."""

    PHONE = "phone"
    IN_PERSON = "in_person"
    WRITTEN = "written"
    MESSAGE = "message"

    def label(self) -> str:
        """The way in the user's language."""
        return {ConsentHow.PHONE: translate("ConsentHow", "By phone"),
                ConsentHow.IN_PERSON: translate("ConsentHow", "In person"),
                ConsentHow.WRITTEN: translate("ConsentHow", "In writing"),
                ConsentHow.MESSAGE: translate("ConsentHow", "By text or WeChat message")
                }[self]


class LoanBasis(StrEnum):
    """On whose authority keys went out."""

    DESK = "desk"  # a vacant unit, a plant room …: whoever ``authorised_by`` names
    LISTED = "listed"  # entrusted keys, to someone on the owner's list
    CONSENT = "consent"  # entrusted keys, to someone else with the owner's consent

    def label(self) -> str:
        """The basis in the user's language."""
        return {LoanBasis.DESK: translate("LoanBasis", "Authorised by the management"),
                LoanBasis.LISTED: translate("LoanBasis", "On the owner's list"),
                LoanBasis.CONSENT: translate("LoanBasis", "With the owner's consent")}[self]


class KeyEventKind(StrEnum):
    """The dated steps of a key set."""

    REGISTERED = "registered"
    EDITED = "edited"
    DEPOSITED = "deposited"
    AUTHORISED = "authorised"
    REVOKED = "revoked"
    ISSUED = "issued"
    RETURNED = "returned"
    PART_RETURNED = "part_returned"
    HANDED_OVER = "handed_over"
    LOST = "lost"
    REPLACED = "replaced"
    RETIRED = "retired"

    def label(self) -> str:
        """The step in the user's language."""
        return {
            KeyEventKind.REGISTERED: translate("KeyEvent", "Registered"),
            KeyEventKind.EDITED: translate("KeyEvent", "Details changed"),
            KeyEventKind.DEPOSITED: translate("KeyEvent", "Left by the owner"),
            KeyEventKind.AUTHORISED: translate("KeyEvent", "Borrower authorised"),
            KeyEventKind.REVOKED: translate("KeyEvent", "Authorisation withdrawn"),
            KeyEventKind.ISSUED: translate("KeyEvent", "Issued"),
            KeyEventKind.RETURNED: translate("KeyEvent", "Returned"),
            KeyEventKind.PART_RETURNED: translate("KeyEvent", "Partly returned"),
            KeyEventKind.HANDED_OVER: translate("KeyEvent", "Handed over"),
            KeyEventKind.LOST: translate("KeyEvent", "Reported lost"),
            KeyEventKind.REPLACED: translate("KeyEvent", "Replaced"),
            KeyEventKind.RETIRED: translate("KeyEvent", "Retired"),
        }[self]

    @property
    def moves_keys(self) -> bool:
        """Keys came into the cabinet, went out, came back or left it (the day's movements);
        not paperwork such as a changed detail, a renewed deposit or the owner's list."""
        return self not in (KeyEventKind.EDITED, KeyEventKind.DEPOSITED,
                            KeyEventKind.AUTHORISED, KeyEventKind.REVOKED)


class Finding(StrEnum):
    """What a stocktake found amiss."""

    MISSING = "missing"  # in the cabinet by the register, not found
    PRESENT_BUT_OUT = "present_but_out"  # found, but the register says it is out
    PRESENT_BUT_GONE = "present_but_gone"  # found, but handed over, lost or retired
    UNKNOWN = "unknown"  # a tag no set has

    def label(self) -> str:
        """The finding in the user's language."""
        return {Finding.MISSING: translate("KeyFinding", "Missing from the cabinet"),
                Finding.PRESENT_BUT_OUT: translate("KeyFinding",
                                                   "In the cabinet, but recorded as out"),
                Finding.PRESENT_BUT_GONE: translate(
                    "KeyFinding", "In the cabinet, but recorded as handed over, lost or "
                    "retired"),
                Finding.UNKNOWN: translate("KeyFinding", "Tag not in the register")}[self]


class LoanFilter(StrEnum):
    """Which loans the list shows."""

    ALL = "all"  # taken out in the days chosen
    OPEN = "open"  # keys still out, whenever taken
    OVERDUE = "overdue"  # keys still out past their expected return

    def label(self) -> str:
        """The filter in the user's language."""
        return {LoanFilter.ALL: translate("LoanFilter", "All loans"),
                LoanFilter.OPEN: translate("LoanFilter", "Keys still out"),
                LoanFilter.OVERDUE: translate("LoanFilter", "Overdue")}[self]


class LoanSort(StrEnum):
    """The loan list's one sort: by when the keys went out (indexed)."""

    OUT_AT = "out_at"


# --- What is typed -----------------------------------------------------------------------

TAG = re.compile(r"[A-Z0-9][A-Z0-9-]{0,15}", re.ASCII)  # with fullmatch
MAX_KEYS = 50  # keys in one set
MAX_LOAN_DAYS = 90  # a loan longer than this is no loan


@dataclass(frozen=True)
class KeySetInput:
    """A key set as registered or edited. ``tag`` "" takes the next free K0001 number;
    ``unit_label`` "1203" stands for that unit of the directory."""

    unit_label: str
    kind: KeyKind = KeyKind.VACANT
    key_count: int = 1
    hook: str = ""
    tag: str = ""
    notes: str = ""
    unit_id: int | None = None


@dataclass(frozen=True)
class AuthorisedInput:
    """Someone the owner allows to borrow their keys, until ``valid_until`` (None: as long
    as the deposit allows)."""

    name: str
    relation: str = ""  # tenant, family, agent, decorator …
    phone: str = ""
    id_type: IdType = IdType.RESIDENT
    id_number: str = ""
    valid_until: dt.date | None = None

    @property
    def id_number_masked(self) -> str:
        """The ID number as screens show it (a list typed, not yet saved)."""
        return mask_id_number(self.id_number)


@dataclass(frozen=True)
class DepositInput:
    """An owner leaving keys (钥匙留存): who, signed by whom (None typed: the owner), when
    (None: now), until when the list may borrow (None: until withdrawn), and the list."""

    owner_name: str
    owner_phone: str = ""
    signed_by: str = ""
    deposited_at: dt.datetime | None = None
    authorised_until: dt.date | None = None
    note: str = ""
    authorised: tuple[AuthorisedInput, ...] = ()


@dataclass(frozen=True)
class OwnerConsent:
    """The owner's consent to lend entrusted keys to someone not on their list: who
    confirmed it (the owner, or someone answering for them), how, and when (None: now)."""

    confirmed_by: str
    how: ConsentHow = ConsentHow.PHONE
    at: dt.datetime | None = None


@dataclass(frozen=True)
class IssueInput:
    """Keys signed out (钥匙借用单). ``keys_out`` None: every key in the cabinet.

    An ID number is needed unless the borrower is the management's own ``staff``;
    ``authorised_by`` is needed unless the keys are entrusted (then the owner's list, or
    ``consent``, authorises the loan).
    """

    key_set_id: int
    borrower_name: str
    expected_back: dt.datetime | None
    phone: str = ""
    id_type: IdType = IdType.RESIDENT
    id_number: str = ""
    company: str = ""
    staff: bool = False
    purpose: LoanPurpose = LoanPurpose.VIEWING
    purpose_note: str = ""
    authorised_by: str = ""
    keys_out: int | None = None
    consent: OwnerConsent | None = None
    note: str = ""


@dataclass(frozen=True)
class HandoverInput:
    """The owner taking the set for good (钥匙交接), signing the handover slip."""

    owner_name: str
    phone: str = ""
    id_type: IdType = IdType.RESIDENT
    id_number: str = ""
    note: str = ""


@dataclass(frozen=True)
class LostInput:
    """Keys reported lost. ``keys_lost`` None: every key still out on the open loan, or
    (none out) every key in the cabinet; ``reported_at`` None: now."""

    reported_by: str
    keys_lost: int | None = None
    reported_at: dt.datetime | None = None
    circumstances: str = ""


@dataclass(frozen=True)
class ReplacementInput:
    """New keys after a loss: ``keys_new`` copies cut, or (``lock_changed``) a new lock
    with ``keys_new`` keys, every old key then worthless."""

    keys_new: int
    lock_changed: bool = False
    note: str = ""


@dataclass(frozen=True)
class LoanQuery:
    """What the loan list shows: a local day range (of issue), a search, a filter."""

    first_day: dt.date
    last_day: dt.date
    text: str = ""
    only: LoanFilter = LoanFilter.ALL
    descending: bool = True
    desk: str | None = None
    sort: LoanSort = LoanSort.OUT_AT
