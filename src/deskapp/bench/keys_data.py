"""The bench's key cabinet: some six hundred key sets of a large estate on their hooks, and
five years of loans, stored as key custody stores them — each loan with its yearly number,
its returns (a few in two parts), its dated steps and its search-index entry — for the
bulk writer of
:mod:`deskapp.bench.writer`.

Each loan's way is worked out when the keys go out, on a set whose keys are all back by
then: back within hours, now and then the next morning; a return that would fall after now
is not made, so the last loans are still out. A few of the last months' loans were never
brought back (a note says so): the overdue list of a real counter. A later run brings back
the keys its last run left out (those with a note aside) and goes on from the last loan
number of each year.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from deskapp.bench.stamps import from_stamp, stamp
from deskapp.db.dialect import KEY_LOAN_SEARCH, SearchEntry, bulk_insert, index_records
from deskapp.domain.clock import Clock
from deskapp.domain.directory import HostOption
from deskapp.domain.keys.loans import loan_number
from deskapp.domain.keys.records import (
    ConsentHow,
    KeyEventKind,
    KeyKind,
    KeyState,
    LoanBasis,
    LoanPurpose,
)
from deskapp.domain.keys.stored import LOAN_SEARCHED
from deskapp.usecases.demos.key_cabinet import AUTHORISERS, COMMON_AREAS, OTHER_AREAS, STAFF

KEY_SETS = 600
HOOKS_A_ROW = 60  # A-01 … A-60, then B-01 …
SET_COLUMNS = ("id", "tag", "unit_label", "unit_id", "kind", "key_count", "hook", "notes",
               "state", "keys_outstanding", "keys_lost", "retired_at", "retire_reason",
               "created_at", "created_by", "desk")
DEPOSIT_COLUMNS = ("id", "key_set_id", "deposited_at", "owner_name", "owner_phone",
                   "signed_by", "keys_deposited", "authorised_until", "note", "created_at",
                   "created_by", "desk")
AUTHORISED_COLUMNS = ("id", "key_set_id", "deposit_id", "name", "relation", "phone",
                      "id_type", "id_number", "valid_until", "revoked_at", "revoke_reason",
                      "created_at", "created_by", "desk")
LOAN_COLUMNS = (
    "id", "number", "key_set_id", "tag", "unit_label", "borrower_name", "id_type",
    "id_number", "phone", "company", "staff", "purpose", "purpose_note", "authorised_by",
    "basis", "authorisation_id", "consent_by", "consent_how", "consent_at", "out_at",
    "expected_back", "keys_out", "keys_back", "keys_lost", "returned_at", "closed_at", "note",
    "created_at", "created_by", "desk")
# Where the loan list's searched texts are in a loan's row (the borrower's name first).
_SEARCHED_AT = [LOAN_COLUMNS.index(column.key) for column in LOAN_SEARCHED]
RETURN_COLUMNS = ("loan_id", "at", "keys_back", "returned_by", "condition_note", "created_by",
                  "desk")
KEY_EVENT_COLUMNS = ("key_set_id", "loan_id", "at", "kind", "keys", "text", "created_by",
                     "desk")
# The counter series of a year's loan numbers, and of the tags (as key custody takes them).
LOAN_SERIES = "key-loan-{year}"
TAG_SERIES = "key-tag"
# Loans of the last STUCK_WITHIN days never brought back (with this note).
STUCK_WITHIN = dt.timedelta(days=120)
STUCK_SHARE = 0.02
STUCK_NOTE = "多次催还未还"
LEFT_UNDONE = dt.timedelta(minutes=2)
FOREVER = dt.datetime.max.replace(tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)
P = LoanPurpose
# Minutes out: usual (low, high) and expected, by purpose.
DURATIONS = {P.VIEWING: ((20, 90), 120), P.REPAIR: ((40, 240), 240),
             P.CLEANING: ((40, 150), 180), P.INSPECTION: ((15, 60), 60),
             P.OTHER: ((10, 90), 120)}
PURPOSES = {KeyKind.VACANT: (P.VIEWING, P.VIEWING, P.REPAIR, P.CLEANING),
            KeyKind.NOT_MOVED_IN: (P.CLEANING, P.INSPECTION, P.REPAIR),
            KeyKind.ENTRUSTED: (P.VIEWING, P.REPAIR, P.OTHER),
            KeyKind.COMMON_AREA: (P.REPAIR, P.INSPECTION, P.CLEANING),
            KeyKind.OTHER: (P.OTHER,)}
PURPOSE_NOTES = {P.OTHER: "开门取物品"}


@dataclass(frozen=True)
class Listed:
    """Someone on an owner's list (entrusted sets)."""

    id: int
    name: str
    phone: str
    id_number: str


@dataclass
class BenchSet:
    """A set as its loans see it."""

    id: int
    tag: str
    unit_label: str
    kind: KeyKind
    key_count: int
    owner: str = ""
    listed: Listed | None = None
    free_from: dt.datetime = dt.datetime.min.replace(tzinfo=dt.UTC)
    open_loan: OpenLoan | None = None


@dataclass(frozen=True)
class OpenLoan:
    """Keys still out: how many went, how many are back, whether a note keeps them out."""

    id: int
    out_at: dt.datetime
    expected_back: dt.datetime
    keys_out: int
    keys_back: int
    returned_at: dt.datetime | None
    note: str


@dataclass
class Cabinet:
    """The sets, and where the numbering stands."""

    sets: list[BenchSet] = field(default_factory=list)
    next_loan: int = 1
    serials: dict[int, int] = field(default_factory=dict)  # year → last loan number
    registered: bool = False  # the sets are in the data already


def read_cabinet(conn: Connection) -> Cabinet:
    """The bench data's cabinet as its last run left it."""
    cabinet = Cabinet(registered=True)
    listed = {}
    for row in conn.execute(text(
            "SELECT a.id, a.key_set_id, a.name, a.phone, a.id_number, d.owner_name "
            "FROM keyauthorisation a JOIN keydeposit d ON d.id = a.deposit_id ORDER BY a.id")):
        listed.setdefault(row.key_set_id, (Listed(row.id, row.name, row.phone, row.id_number),
                                           row.owner_name))
    open_loans = {row.key_set_id: OpenLoan(
        row.id, from_stamp(row.out_at), from_stamp(row.expected_back), row.keys_out,
        row.keys_back, from_stamp(row.returned_at) if row.returned_at else None, row.note)
        for row in conn.execute(text(
            "SELECT id, key_set_id, out_at, expected_back, keys_out, keys_back, returned_at, "
            "note FROM keyloan WHERE closed_at IS NULL"))}
    for row in conn.execute(text(
            "SELECT id, tag, unit_label, kind, key_count FROM keyset ORDER BY id")):
        person, owner = listed.get(row.id, (None, ""))
        known = BenchSet(row.id, row.tag, row.unit_label, KeyKind(row.kind), row.key_count,
                         owner, person, open_loan=open_loans.get(row.id))
        if known.open_loan is not None:
            known.free_from = FOREVER
        cabinet.sets.append(known)
    cabinet.next_loan = (conn.execute(text("SELECT max(id) FROM keyloan")).scalar() or 0) + 1
    cabinet.serials = {int(series.rsplit("-", 1)[1]): int(value) for series, value in
                       conn.execute(text("SELECT series, value FROM counter "
                                         "WHERE series LIKE 'key-loan-%'"))}
    return cabinet


class KeyRows:
    """Key sets and loans made day by day, kept until the writer takes their rows."""

    def __init__(self, rng: random.Random, clock: Clock, real_now: dt.datetime,
                 operator: str, cabinet: Cabinet,
                 people: Sequence[tuple[str, str, str, str]],
                 read: Callable[[str], tuple[str, ...]]) -> None:
        self.rng = self._rng = rng
        self._clock, self._now = clock, real_now
        self._operator, self._cabinet = operator, cabinet
        self._people = people  # name, phone, ID number, company
        self._read = read  # a name in pinyin
        self.search: list[SearchEntry] = []
        self.sets: list[tuple[object, ...]] = []
        self.deposits: list[tuple[object, ...]] = []
        self.authorised: list[tuple[object, ...]] = []
        self.loans: list[tuple[object, ...]] = []
        self.returns: list[tuple[object, ...]] = []
        self.events: list[tuple[object, ...]] = []
        self.closed: list[dict[str, object]] = []  # loans of an earlier run, now back
        self.made = 0

    def __len__(self) -> int:
        return len(self.loans) + len(self.events)

    def clear(self) -> None:
        """Forget the rows written."""
        for rows in (self.sets, self.deposits, self.authorised, self.loans, self.returns,
                     self.events, self.closed, self.search):
            rows.clear()

    # --- The cabinet
    def register(self, hosts: Sequence[HostOption], at: dt.datetime) -> None:
        """The sets hung on their hooks at ``at``: units' keys (vacant, entrusted with the
        owner's deposit and list, not yet moved into), common areas, other keys."""
        rng, cabinet = self._rng, self._cabinet
        units = [h for h in hosts if h.kind == "unit"]
        kinds = ([KeyKind.VACANT] * 24 + [KeyKind.ENTRUSTED] * 18 + [KeyKind.NOT_MOVED_IN] * 18
                 + [KeyKind.COMMON_AREA] * 32 + [KeyKind.OTHER] * 8)
        areas = [a.label for a in COMMON_AREAS]
        others = [a.label for a in OTHER_AREAS]
        for n in range(KEY_SETS):
            set_id, kind = n + 1, rng.choice(kinds)
            building = 1 + n // 100
            unit_id: int | None = None
            if kind in (KeyKind.COMMON_AREA, KeyKind.OTHER):
                places = areas if kind is KeyKind.COMMON_AREA else others
                label = f"{building}栋{rng.choice(places)}"
            elif n < len(units):
                label, unit_id = units[n].label.split(" ")[0], units[n].id
            else:
                label = f"{building}栋{rng.randint(2, 30)}{rng.randint(1, 8):02d}"
            keys = rng.randint(1, 4)
            hook = f"{chr(ord('A') + n // HOOKS_A_ROW)}-{n % HOOKS_A_ROW + 1:02d}"
            known = BenchSet(set_id, f"K{set_id:04d}", label, kind, keys)
            self.sets.append((set_id, known.tag, label, unit_id, kind.value, keys, hook, "",
                              KeyState.IN_CABINET.value, 0, 0, None, "", stamp(at),
                              self._operator, ""))
            self._event(set_id, None, at, KeyEventKind.REGISTERED, keys)
            if kind is KeyKind.ENTRUSTED:
                self._deposit(known, at)
            cabinet.sets.append(known)
        cabinet.registered = True

    def _deposit(self, known: BenchSet, at: dt.datetime) -> None:
        rng = self._rng
        owner, owner_phone, _id, _company = rng.choice(self._people)
        deposit_id = len(self.deposits) + 1
        self.deposits.append((deposit_id, known.id, stamp(at), owner, owner_phone, owner,
                              known.key_count, None, "", stamp(at), self._operator, ""))
        self._event(known.id, None, at, KeyEventKind.DEPOSITED, known.key_count)
        for relation in ("租户", "中介"):
            name, phone, id_number, _company = rng.choice(self._people)
            entry_id = len(self.authorised) + 1
            self.authorised.append((entry_id, known.id, deposit_id, name, relation, phone,
                                    "resident", id_number, None, None, "", stamp(at),
                                    self._operator, ""))
            self._event(known.id, None, at, KeyEventKind.AUTHORISED, 0, relation)
            known.listed = known.listed or Listed(entry_id, name, phone, id_number)
        known.owner = owner

    # --- The loans
    def bring_back_left_out(self) -> None:
        """A later run: the keys the last run left out come back after they were due (or
        after the last loan), the ones kept out by a note aside."""
        last = max((s.open_loan.out_at for s in self._cabinet.sets if s.open_loan),
                   default=None)
        for known in self._cabinet.sets:
            loan = known.open_loan
            if loan is None or loan.note or last is None:
                continue
            at = max(loan.expected_back, last) + self._rng.randint(5, 60) * MINUTE
            if at > self._now - LEFT_UNDONE:
                continue
            count = loan.keys_out - loan.keys_back
            self.returns.append((loan.id, stamp(at), count, "", "", self._operator, ""))
            self._event(known.id, loan.id, at, KeyEventKind.RETURNED, count)
            self.closed.append({"id": loan.id, "back": loan.keys_out,
                                "returned": stamp(loan.returned_at or at), "closed": stamp(at)})
            known.open_loan, known.free_from = None, at

    def day(self, moments: list[dt.datetime]) -> None:
        """Loans taken out at ``moments``, each on a set whose keys are all back."""
        for moment in moments:
            known = self._free_set(moment)
            if known is not None:
                self._loan(known, moment)

    def _free_set(self, moment: dt.datetime) -> BenchSet | None:
        sets = self._cabinet.sets
        for _ in range(30):
            known = sets[self._rng.randrange(len(sets))]
            if known.free_from <= moment:
                return known
        return None

    def _loan(self, known: BenchSet, out: dt.datetime) -> None:
        rng, cabinet = self._rng, self._cabinet
        purpose = rng.choice(PURPOSES[known.kind])
        loan_id = cabinet.next_loan
        cabinet.next_loan += 1
        year = self._clock.local(out).year
        cabinet.serials[year] = cabinet.serials.get(year, 0) + 1
        usual, expected = DURATIONS[purpose]
        listed = known.listed if known.kind is KeyKind.ENTRUSTED and rng.random() < 0.9 \
            else None
        keys_out = known.key_count if rng.random() < 0.7 else rng.randint(1, known.key_count)
        back = self._working(out + rng.randint(*usual) * MINUTE)
        if rng.random() < 0.04:  # kept overnight
            back = self._next_morning(back)
        stuck = self._now - out < STUCK_WITHIN and rng.random() < STUCK_SHARE
        parts: list[tuple[dt.datetime, int]] = []
        if not stuck and keys_out >= 2 and rng.random() < 0.03:
            part = rng.randint(1, keys_out - 1)
            parts = [(back, part), (self._next_morning(back), keys_out - part)]
        elif not stuck:
            parts = [(back, keys_out)]
        done = [(at, n) for at, n in parts if at <= self._now - LEFT_UNDONE]
        keys_back = sum(n for _at, n in done)
        returned = done[0][0] if done else None
        closed = done[-1][0] if done and keys_back == keys_out else None
        note = STUCK_NOTE if stuck else ""
        self.loans.append((
            loan_id, loan_number(year, cabinet.serials[year]), known.id, known.tag,
            known.unit_label, *self._borrower(known, purpose, listed), purpose.value,
            PURPOSE_NOTES.get(purpose, ""), *self._authority(known, purpose, listed, out),
            stamp(out),
            stamp(out + expected * MINUTE), keys_out, keys_back, 0, stamp(returned),
            stamp(closed), note, stamp(out), self._operator, ""))
        self._event(known.id, loan_id, out, KeyEventKind.ISSUED, keys_out)
        loan = self.loans[-1]  # indexed as key custody indexes it: LOAN_SEARCHED's texts
        self.search.append((loan_id, [str(loan[i]) for i in _SEARCHED_AT],
                            self._read(str(loan[_SEARCHED_AT[0]]))))
        back_so_far = 0
        for at, count in done:
            back_so_far += count
            self.returns.append((loan_id, stamp(at), count, "", "", self._operator, ""))
            self._event(known.id, loan_id, at, KeyEventKind.RETURNED if back_so_far == keys_out
                        else KeyEventKind.PART_RETURNED, count)
        if closed is None:
            known.free_from = FOREVER
            known.open_loan = OpenLoan(loan_id, out, out + expected * MINUTE, keys_out,
                                       keys_back, returned, note)
        else:
            known.free_from, known.open_loan = closed, None
        self.made += 1

    def _borrower(self, known: BenchSet, purpose: LoanPurpose,
                  listed: Listed | None) -> tuple[object, ...]:
        """name, ID type, ID number, phone, company, staff."""
        rng = self._rng
        if listed is not None:
            return listed.name, "resident", listed.id_number, listed.phone, "", 0
        if known.kind is not KeyKind.ENTRUSTED and purpose is not P.VIEWING \
                and rng.random() < 0.5:
            department = {P.CLEANING: "保洁部", P.INSPECTION: "安保部"}.get(purpose, "工程部")
            return rng.choice(STAFF[department]), "resident", "", "", department, 1
        name, phone, id_number, company = rng.choice(self._people)
        return name, "resident", id_number, phone, company, 0

    @staticmethod
    def _authority(known: BenchSet, purpose: LoanPurpose, listed: Listed | None,
                   out: dt.datetime) -> tuple[object, ...]:
        """authorised_by, basis, authorisation_id, consent_by, consent_how, consent_at: the
        management's, the owner's list, or the owner's consent by phone."""
        if known.kind is not KeyKind.ENTRUSTED:
            return AUTHORISERS[purpose], LoanBasis.DESK.value, None, "", "", None
        if listed is not None:
            return known.owner, LoanBasis.LISTED.value, listed.id, "", "", None
        return (known.owner, LoanBasis.CONSENT.value, None, known.owner,
                ConsentHow.PHONE.value, stamp(out - 10 * MINUTE))

    def set_states(self) -> list[dict[str, object]]:
        """Each set's state as its open loan leaves it: out, back in part, or in."""
        states = []
        for known in self._cabinet.sets:
            loan = known.open_loan
            outstanding = 0 if loan is None else loan.keys_out - loan.keys_back
            state = (KeyState.OUT if loan is not None and loan.keys_back == 0
                     else KeyState.IN_CABINET)
            states.append({"id": known.id, "state": state.value, "outstanding": outstanding})
        return states

    def counters(self) -> dict[str, int]:
        """Each year's loan numbers, and the tags, as they now stand."""
        found = {LOAN_SERIES.format(year=year): value
                 for year, value in self._cabinet.serials.items()}
        found[TAG_SERIES] = len(self._cabinet.sets)
        return found

    # --- Helpers
    def _event(self, set_id: int, loan_id: int | None, at: dt.datetime, kind: KeyEventKind,
               keys: int, words: str = "") -> None:
        self.events.append((set_id, loan_id, stamp(at), kind.value, keys, words,
                            self._operator, ""))

    def _working(self, moment: dt.datetime) -> dt.datetime:
        if self._clock.local(moment).time() > dt.time(20, 0):
            return self._next_morning(moment)
        return moment

    def _next_morning(self, moment: dt.datetime) -> dt.datetime:
        day = self._clock.local(moment).date() + dt.timedelta(days=1)
        return self._clock.at_local(day, 9, self._rng.randint(0, 50))


def write_key_rows(conn: Connection, rows: KeyRows) -> None:
    """The rows made so far, in bulk (sets first: the loans name them), and the loans of
    an earlier run now back."""
    for table, columns, made in (
            ("keyset", SET_COLUMNS, rows.sets), ("keydeposit", DEPOSIT_COLUMNS, rows.deposits),
            ("keyauthorisation", AUTHORISED_COLUMNS, rows.authorised),
            ("keyloan", LOAN_COLUMNS, rows.loans), ("keyreturn", RETURN_COLUMNS, rows.returns),
            ("keyevent", KEY_EVENT_COLUMNS, rows.events)):
        bulk_insert(conn, table, columns, made)
    index_records(conn, KEY_LOAN_SEARCH, rows.search)
    if rows.closed:
        conn.execute(text("UPDATE keyloan SET keys_back = :back, returned_at = :returned, "
                          "closed_at = :closed WHERE id = :id"), rows.closed)
    rows.clear()


def finish_keys(conn: Connection, rows: KeyRows) -> None:
    """Every set's state as its open loan leaves it, and the number series where they
    stand: a loan issued afterwards goes on from the year's last number."""
    conn.execute(text("UPDATE keyset SET state = :state, keys_outstanding = :outstanding "
                      "WHERE id = :id"), rows.set_states())
    for series, value in rows.counters().items():
        updated = conn.execute(text("UPDATE counter SET value = :value WHERE series = :series"),
                               {"value": value, "series": series})
        if not updated.rowcount:
            bulk_insert(conn, "counter", ("series", "value"), [(series, value)])
