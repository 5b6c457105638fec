"""Lost property's figure: the list the desk opens on — the items still kept, with the
counts under it — over five years of found items, beside the bare tool's plain SQL reading
the same rows.

The bench's data gets its found items the first time this figure runs on it: some three a
day over five years, nearly all claimed or handed to the police, the last month's partly
still kept and a few older ones due for the police — numbered per year, with each year's
counter at its last number, as the service would have left them.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import Engine, func, insert, select

from deskapp.bench.figures import Figure, median, timed_ms
from deskapp.bench.requests_figures import BareTool
from deskapp.db.models import Counter
from deskapp.db.service_models import FoundItem
from deskapp.domain.clock import Clock
from deskapp.domain.services.lost_property import LostProperty
from deskapp.domain.services.lost_property_base import item_number
from deskapp.domain.services.lost_property_records import (
    POLICE_AFTER_DAYS,
    FoundCategory,
    FoundFilter,
    FoundQuery,
    FoundState,
)

NAMES = ("found_items_ms",)
YEARS = 5
PER_DAY = 3
SEED = 20261123
WHAT = ("黑色雨伞", "手机", "钥匙一串", "钱包", "工作证", "双肩包", "保温杯", "外套", "耳机",
        "门禁卡")
WHERE = ("一楼大堂", "B1 停车场", "电梯轿厢", "卫生间", "茶水间", "会议室")


def found_items_figure(services, bare: BareTool, repeat: int) -> Figure:  # type: ignore[no-untyped-def]
    """The kept list's first page and its counts, the median of ``repeat``."""
    lost: LostProperty = services.lost_property
    written = ensure_found_items(services.engine, services.clock)
    today = services.clock.today()
    query = FoundQuery(today, today, only=FoundFilter.KEPT)
    cutoff = bare.stored(services.clock.now() - dt.timedelta(days=POLICE_AFTER_DAYS))

    def ours() -> None:
        lost.page(query)
        lost.count(query)

    def plain() -> None:
        bare.rows("SELECT * FROM founditem WHERE state = 'kept' "
                  "ORDER BY found_at DESC, id DESC LIMIT 200")
        bare.rows("SELECT count(*) FROM founditem WHERE state = 'kept'")
        bare.rows("SELECT count(*) FROM founditem WHERE state = 'kept' AND found_at <= ?",
                  [cutoff])

    mine = [timed_ms(ours) for _ in range(repeat)]
    theirs = [timed_ms(plain) for _ in range(repeat)]
    summary = lost.count(query)
    return Figure(median(mine), median(theirs),
                  extra={"items": written, "kept": summary.kept, "due": summary.due})


def ensure_found_items(engine: Engine, clock: Clock) -> int:
    """How many found items the data holds, five years of them written first if none."""
    with engine.connect() as conn:
        held = conn.execute(select(func.count(FoundItem.id))).scalar_one()  # type: ignore[arg-type]
    if held:
        return int(held)
    rows, serials = _history(clock)
    with engine.begin() as conn:
        conn.execute(insert(FoundItem.__table__), rows)  # type: ignore[attr-defined]
        conn.execute(insert(Counter.__table__), [  # type: ignore[attr-defined]
            {"series": f"found-item-{year}", "value": value} for year, value in serials.items()])
    return len(rows)


def _history(clock: Clock) -> tuple[list[dict[str, Any]], dict[int, int]]:
    rng = random.Random(SEED)
    now = clock.now()
    today = clock.local(now).date()
    rows: list[dict[str, Any]] = []
    serials: dict[int, int] = {}
    for back in range(YEARS * 365, 0, -1):
        day = today - dt.timedelta(days=back)
        for _ in range(rng.randint(0, 2 * PER_DAY)):
            found_at = clock.at_local(day, rng.randint(8, 17), rng.randint(0, 59))
            serials[day.year] = serials.get(day.year, 0) + 1
            rows.append(_item(rng, found_at, item_number(day.year, serials[day.year]), back))
    return rows, serials


def _item(rng: random.Random, found_at: dt.datetime, number: str, days_ago: int) -> dict[str, Any]:
    # The last month's items are often still kept; older ones are settled, a few due.
    kept = rng.random() < (0.4 if days_ago <= POLICE_AFTER_DAYS else 0.002)
    police = not kept and rng.random() < 0.15
    handed = found_at + dt.timedelta(days=POLICE_AFTER_DAYS + 1 if police
                                     else rng.randint(0, 6), hours=1)
    state = FoundState.KEPT if kept else FoundState.TO_POLICE if police else FoundState.CLAIMED
    return {
        "number": number, "description": rng.choice(WHAT), "contents": "",
        "category": rng.choice(list(FoundCategory)).value, "found_where": rng.choice(WHERE),
        "found_at": found_at, "found_by": "", "kept_where": "前台失物柜",
        "recorded_by": "王芳", "witnessed_by": "陈静", "photo": None, "state": state.value,
        "claimant_name": "张三" if state is FoundState.CLAIMED else "",
        "claimant_id_type": "resident", "claimant_id_number": "", "claimant_phone": "",
        "claim_description": "", "handed_over_at": None if kept else handed,
        "handed_over_by": "" if kept else "王芳",
        "police_station": "粤海派出所" if police else "", "police_officer": "李警官" if police
        else "", "created_at": found_at, "created_by": "王芳", "desk": "前台"}
