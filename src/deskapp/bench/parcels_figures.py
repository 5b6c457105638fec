"""Mail and parcels' figures: the waiting list on a large history (the shelf for the shift
handover and the list's "waiting" page) and one intake saved through the parcel log — each
beside the bare tool's plain SQL reading the same rows (or its INSERT, for a save).

The bare tool is the one of :mod:`deskapp.bench.run` (sqlite3 on the file, psycopg on a
server): anything with ``rows(sql, args)`` and ``stored(moment)``.
"""

from __future__ import annotations

from collections.abc import Callable

from deskapp.bench.figures import Figure, median, round_figure, timed_ms
from deskapp.bench.requests_figures import BareTool
from deskapp.domain.services.parcels import ParcelLog
from deskapp.domain.services.parcels.records import (
    ParcelFilter,
    ParcelInput,
    ParcelQuery,
    Recipient,
)

NAMES = ("parcels_waiting_ms", "parcel_intake_ms")


def parcels_figures(services, bare: BareTool, repeat: int,  # type: ignore[no-untyped-def]
                    bare_insert: Callable[[int], None]) -> dict[str, Figure]:
    """Each figure the median of ``repeat``; ``bare_insert(n)`` is the bare tool's save."""
    parcels: ParcelLog = services.parcels
    return {"parcels_waiting_ms": _waiting(parcels, bare, repeat),
            "parcel_intake_ms": _intake(services, parcels, bare_insert, repeat)}


def _waiting(parcels: ParcelLog, bare: BareTool, repeat: int) -> Figure:
    """What is on the shelf, oldest first (the handover's list), and the list's first page
    of it with its counts."""
    today = parcels.clock.today()
    query = ParcelQuery(today, today, only=ParcelFilter.WAITING)

    def ours() -> None:
        parcels.uncollected()
        parcels.page(query)

    def plain() -> None:
        bare.rows("SELECT * FROM parcel WHERE state = 'waiting' ORDER BY received_at, id")
        bare.rows("SELECT * FROM parcel WHERE state = 'waiting' "
                  "ORDER BY received_at DESC, id DESC LIMIT 200")

    mine = [timed_ms(ours) for _ in range(repeat)]
    theirs = [timed_ms(plain) for _ in range(repeat)]
    counts = [timed_ms(lambda: parcels.count(query)) for _ in range(repeat)]
    total = bare.rows("SELECT count(*) FROM parcel")[0][0]
    return Figure(median(mine), median(theirs),
                  extra={"waiting": len(parcels.uncollected()), "parcels": int(total),
                         "count_ms": round_figure(median(counts))})


def _intake(services, parcels: ParcelLog,  # type: ignore[no-untyped-def]
            bare_insert: Callable[[int], None], repeat: int) -> Figure:
    """A parcel signed for (the unit resolved, numbered, the double scan checked), beside
    the bare tool's INSERT committed; each sent back again, so the shelf stays as it was."""
    unit = next(u for u in services.directory.units() if u.occupied)
    recipient = Recipient(unit.number, unit_id=unit.id)
    intakes, inserts = [], []
    for number in range(repeat):
        waybill = f"SF9{services.clock.now().strftime('%y%m%d%H%M%S')}{number:03d}"
        row = []
        intakes.append(timed_ms(lambda w=waybill: row.append(
            parcels.intake(recipient, ParcelInput(w, shelf="A-1")))))
        inserts.append(timed_ms(lambda n=number: bare_insert(n)))
        parcels.return_to_sender(row[0].id, "测试件")
    return Figure(median(intakes), median(inserts),
                  extra={"first_ms": round_figure(intakes[0] if intakes else 0)})
