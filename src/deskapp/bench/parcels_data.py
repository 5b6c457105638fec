"""The bench's parcel shelf: five years of parcels, letters and papers signed for, stored as
the parcel log stores them — each numbered in its year's series, most told and collected
within a day or two (a pickup each, or one for a recipient's two), a few sent back — for
the bulk writer of :mod:`deskapp.bench.writer`.

A collection that would fall after now is not made, so the last parcels still wait; of the
last months' parcels a few were never collected (a note says so): the long waiting list of
a real counter. A later run hands over the parcels its last run left waiting (those with a
note aside) and goes on from the last number of each year.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from deskapp.bench.stamps import from_stamp, stamp
from deskapp.db.dialect import bulk_insert
from deskapp.domain.clock import Clock
from deskapp.domain.directory import HostOption
from deskapp.domain.services.parcels.records import (
    Carrier,
    ParcelKind,
    ParcelState,
    parcel_number,
)

PARCEL_COLUMNS = (
    "id", "number", "carrier", "waybill", "kind", "unit_id", "department_id",
    "recipient_label", "recipient_name", "recipient_phone", "shelf", "condition",
    "received_at", "state", "notified_at", "reminded_at", "pickup_id", "returned_at",
    "return_reason", "note", "created_by", "desk")
PICKUP_COLUMNS = ("id", "at", "collected_by", "on_behalf", "id_type", "id_number", "phone",
                  "parcels", "created_by", "desk")
PARCEL_SERIES = "parcel-{year}"
# Parcels of the last STUCK_WITHIN days never collected (with this note).
STUCK_WITHIN = dt.timedelta(days=120)
STUCK_SHARE = 0.01
STUCK_NOTE = "多次通知未取"
RETURNED_SHARE = 0.01
LEFT_UNDONE = dt.timedelta(minutes=2)
MINUTE = dt.timedelta(minutes=1)
CARRIERS = (Carrier.SF, Carrier.SF, Carrier.JD, Carrier.JD, Carrier.ZTO, Carrier.YTO,
            Carrier.YUNDA, Carrier.STO, Carrier.JT, Carrier.EMS)
PREFIX = {Carrier.SF: "SF", Carrier.JD: "JDVA", Carrier.YTO: "YT", Carrier.JT: "JT",
          Carrier.ZTO: "75", Carrier.YUNDA: "43", Carrier.STO: "77", Carrier.EMS: "11"}
SHELVES = ("A-1", "A-2", "A-3", "B-1", "B-2", "B-3", "C-1", "C-2")


@dataclass(frozen=True)
class _Waiting:
    """A parcel an earlier run left on the shelf."""

    id: int
    received_at: dt.datetime
    note: str


@dataclass
class Shelf:
    """Where the numbering stands, and what an earlier run left waiting."""

    next_parcel: int = 1
    next_pickup: int = 1
    serials: dict[int, int] = field(default_factory=dict)  # year → last number
    waiting: list[_Waiting] = field(default_factory=list)


def read_shelf(conn: Connection) -> Shelf:
    """The bench data's shelf as its last run left it."""
    shelf = Shelf()
    shelf.next_parcel = (conn.execute(text("SELECT max(id) FROM parcel")).scalar() or 0) + 1
    shelf.next_pickup = (conn.execute(text("SELECT max(id) FROM parcelpickup")).scalar()
                         or 0) + 1
    shelf.serials = {int(series.rsplit("-", 1)[1]): int(value) for series, value in
                     conn.execute(text("SELECT series, value FROM counter "
                                       "WHERE series LIKE 'parcel-%'"))}
    shelf.waiting = [_Waiting(row.id, from_stamp(row.received_at), row.note)
                     for row in conn.execute(text(
                         "SELECT id, received_at, note FROM parcel "
                         "WHERE state = 'waiting' ORDER BY id"))]
    return shelf


class ParcelRows:
    """Parcels and pickups made day by day, kept until the writer takes their rows."""

    def __init__(self, rng: random.Random, clock: Clock, real_now: dt.datetime,
                 operator: str, shelf: Shelf, hosts: Sequence[HostOption],
                 people: Sequence[tuple[str, str, str, str]]) -> None:
        self.rng = self._rng = rng
        self._clock, self._now = clock, real_now
        self._operator, self._shelf = operator, shelf
        self._units = [h for h in hosts if h.kind == "unit"] or list(hosts)
        self._departments = [h for h in hosts if h.kind == "department"] or list(hosts)
        self._people = people  # name, phone, ID number, company
        self.parcels: list[tuple[object, ...]] = []
        self.pickups: list[tuple[object, ...]] = []
        self.collected: list[dict[str, object]] = []  # parcels of an earlier run, now gone
        self.made = 0

    def __len__(self) -> int:
        return len(self.parcels) + len(self.pickups)

    def clear(self) -> None:
        """Forget the rows written."""
        for rows in (self.parcels, self.pickups, self.collected):
            rows.clear()

    # --- The days
    def collect_left_waiting(self) -> None:
        """A later run: what the last run left waiting is collected (a noted one aside)."""
        last = max((w.received_at for w in self._shelf.waiting), default=None)
        for waiting in self._shelf.waiting:
            if waiting.note or last is None:
                continue
            at = self._working(last + self._rng.randint(30, 600) * MINUTE)
            if at > self._now - LEFT_UNDONE:
                continue
            pickup_id = self._pickup(at, 1)
            self.collected.append({"id": waiting.id, "pickup": pickup_id})

    def day(self, moments: list[dt.datetime]) -> None:
        """Items received at ``moments``: mostly parcels, some letters and papers."""
        rng = self._rng
        for moment in moments:
            roll = rng.random()
            kind = (ParcelKind.PARCEL if roll < 0.8 else ParcelKind.LETTER if roll < 0.9
                    else ParcelKind.NEWSPAPER if roll < 0.98 else ParcelKind.REGISTERED)
            self._parcel(moment, kind)

    def _parcel(self, received: dt.datetime, kind: ParcelKind) -> None:
        rng, shelf = self._rng, self._shelf
        parcel_id = shelf.next_parcel
        shelf.next_parcel += 1
        year = self._clock.local(received).year
        shelf.serials[year] = shelf.serials.get(year, 0) + 1
        carrier, waybill = "", ""
        if kind is ParcelKind.PARCEL:
            chosen = rng.choice(CARRIERS)
            carrier, waybill = chosen.value, f"{PREFIX[chosen]}{parcel_id:011d}"
        elif kind is ParcelKind.REGISTERED:
            carrier, waybill = Carrier.EMS.value, f"XA{parcel_id % 10**9:09d}CN"
        host = rng.choice(self._departments if kind is ParcelKind.NEWSPAPER else self._units)
        name, phone, id_number, _company = rng.choice(self._people)
        told = received + rng.randint(5, 40) * MINUTE
        stuck = self._now - received < STUCK_WITHIN and rng.random() < STUCK_SHARE
        returned = not stuck and rng.random() < RETURNED_SHARE
        back = self._working(told + rng.choice((1, 2, 3, 5, 20, 26, 44)) * 60 * MINUTE
                             + rng.randint(0, 50) * MINUTE)
        state, pickup_id, returned_at, reason = ParcelState.WAITING, None, None, ""
        if stuck:
            pass
        elif returned and back <= self._now - LEFT_UNDONE:
            state, returned_at, reason = ParcelState.RETURNED, back, "收件人拒收"
        elif back <= self._now - LEFT_UNDONE:
            state = ParcelState.COLLECTED
            pickup_id = self._pickup(back, 1, (name, phone, id_number)
                                     if kind is ParcelKind.REGISTERED else None)
        reminded = (told + dt.timedelta(days=3) if stuck
                    and told + dt.timedelta(days=3) <= self._now else None)
        self.parcels.append((
            parcel_id, parcel_number(year, shelf.serials[year]), carrier, waybill, kind.value,
            host.id if host.kind == "unit" else None,
            host.id if host.kind == "department" else None, host.label,
            name if rng.random() < 0.2 else "", "", rng.choice(SHELVES), "", stamp(received),
            state.value, stamp(told) if told <= self._now else None, stamp(reminded),
            pickup_id, stamp(returned_at), reason, STUCK_NOTE if stuck else "",
            self._operator, ""))
        self.made += 1

    def _pickup(self, at: dt.datetime, count: int,
                shown: tuple[str, str, str] | None = None) -> int:
        rng, shelf = self._rng, self._shelf
        pickup_id = shelf.next_pickup
        shelf.next_pickup += 1
        name, phone, id_number, _company = rng.choice(self._people)
        if shown is not None:
            name, phone, id_number = shown
        self.pickups.append((pickup_id, stamp(at), name, 0, "resident",
                             id_number if shown is not None else "", "", count,
                             self._operator, ""))
        return pickup_id

    def counters(self) -> dict[str, int]:
        """Each year's parcel numbers as they now stand."""
        return {PARCEL_SERIES.format(year=year): value
                for year, value in self._shelf.serials.items()}

    def _working(self, moment: dt.datetime) -> dt.datetime:
        local = self._clock.local(moment)
        if local.time() > dt.time(20, 0):
            day = local.date() + dt.timedelta(days=1)
            return self._clock.at_local(day, 9, self._rng.randint(0, 50))
        return moment


def write_parcel_rows(conn: Connection, rows: ParcelRows) -> None:
    """The rows made so far, in bulk (pickups first: the parcels name them), and the parcels
    of an earlier run now collected."""
    bulk_insert(conn, "parcelpickup", PICKUP_COLUMNS, rows.pickups)
    bulk_insert(conn, "parcel", PARCEL_COLUMNS, rows.parcels)
    if rows.collected:
        conn.execute(text("UPDATE parcel SET state = 'collected', pickup_id = :pickup "
                          "WHERE id = :id"), rows.collected)
    rows.clear()


def finish_parcels(conn: Connection, rows: ParcelRows) -> None:
    """The number series where they stand: a parcel signed for afterwards goes on from the
    year's last number."""
    for series, value in rows.counters().items():
        updated = conn.execute(text("UPDATE counter SET value = :value WHERE series = :series"),
                               {"value": value, "series": series})
        if not updated.rowcount:
            bulk_insert(conn, "counter", ("series", "value"), [(series, value)])
