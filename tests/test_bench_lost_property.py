"""The bench's lost property figure on a small file: five years of found items written once
as the service would have left them (numbered per year, the counters at the last number),
the kept list timed beside plain SQL; a later run reuses them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from deskapp.bench.lost_property_figures import ensure_found_items, found_items_figure
from deskapp.bootstrap import Services
from deskapp.domain.roles import Role
from deskapp.domain.services.lost_property_records import FoundItemInput


class SqliteBare:
    like = "LIKE"

    def __init__(self, path) -> None:  # type: ignore[no-untyped-def]
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def rows(self, sql: str, args: Any = ()) -> list[Any]:
        return self._con.execute(sql, args).fetchall()

    def stored(self, moment: dt.datetime) -> str:
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def test_the_kept_list_over_five_years_of_found_items(services: Services) -> None:
    bare = SqliteBare(services.db_path)
    figure = found_items_figure(services, bare, 2)
    items, kept, due = (figure.extra[k] for k in ("items", "kept", "due"))
    assert items > 4000 and 10 < kept < 200 and 0 < due < kept
    assert figure.value > 0 and figure.bare > 0
    assert len(bare.rows("SELECT * FROM founditem WHERE state = 'kept'")) == kept
    years = bare.rows("SELECT substr(number, 3, 4), count(*), max(CAST(substr(number, 8) AS "
                      "INTEGER)), (SELECT value FROM counter WHERE series = 'found-item-' || "
                      "substr(number, 3, 4)) FROM founditem GROUP BY 1")
    assert len(years) >= 5 and all(n == last == counter for _y, n, last, counter in years)
    assert ensure_found_items(services.engine, services.clock) == items  # reused
    # An item recorded afterwards goes on from the year's last number.
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    row = services.lost_property.record_found(FoundItemInput("雨伞", "大堂", "陈静"))
    this_year = [n for y, n, _l, _c in years if y == "2026"][0]
    assert row.number == f"SW2026-{this_year + 1:04d}"
