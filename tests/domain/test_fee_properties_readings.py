"""Property tests of entering a meter reading (hypothesis): whatever figures, multiplier
and kind a caller hands the service, it answers with a ValidationError naming fields, or
a reading whose usage is never negative and is exactly what the kind says; never another
exception. A reading lower than the previous one is taken only as a rollover or a meter
change."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from deskapp.bootstrap import Services, build_services
from deskapp.db.engine import acting
from deskapp.domain.clock import Clock
from deskapp.domain.directory import UnitRow
from deskapp.domain.errors import ValidationError
from deskapp.domain.fees.billing_records import (
    MAX_QUANTITY,
    ChargeItemInput,
    ReadingInput,
    ReadingKind,
)
from deskapp.domain.fees.records import Category, Cycle, Pricing
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.roles import Role
from strategies import NOW, SHANGHAI, mostly_valid, not_texts, texts, weighted

SOME = settings(max_examples=300, deadline=None)
FIELDS = {"unit_id", "item_id", "period", "read_on", "current", "previous", "multiplier",
          "kind", "rollover_at", "old_meter_final", "note"}
MONTHS = itertools.count()  # each example reads its own month: 2000-01, 2000-02 …


@pytest.fixture(scope="module")
def meter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FeeCollection, int, int]]:
    path: Path = tmp_path_factory.mktemp("fees") / "deskapp.sqlite"
    clock = Clock(lambda: NOW, tz=SHANGHAI)
    services: Services = build_services(path, clock=clock)
    services.operator.hand_over("李主管", Role.SUPERVISOR)
    fees = FeeCollection(acting(services.engine, services.operator, clock.now), clock,
                         services.operator)
    unit = services.directory.save_unit(UnitRow(None, "1203")).id
    item = fees.add_item(ChargeItemInput("电费", Category.ELECTRICITY, Pricing.METERED,
                                         "0.5883", Cycle.MONTHLY)).id
    assert unit is not None
    yield fees, unit, item
    services.close()


# Figures a meter shows (as hundredths or typed); or one or two fields of anything at all.
small = st.integers(0, 10**6)
figures = st.one_of(small, small, st.integers(0, MAX_QUANTITY))
typed = st.builds(lambda n: f"{n // 100}.{n % 100:02d}", figures)
junk = st.one_of(st.integers(-10**12, 10**12), texts, not_texts)


def figures_given(**values: object) -> dict[str, object]:
    return values


entries = mostly_valid(figures_given, valid={
    "current": st.one_of(figures, typed),
    "previous": st.one_of(st.none(), figures, typed),
    "multiplier": st.one_of(st.none(), st.integers(1, 200)),
    "kind": st.sampled_from(list(ReadingKind)),
    "rollover_at": st.one_of(st.none(), figures, typed),
    "old_meter_final": st.one_of(st.none(), figures, typed),
}, junk={
    "current": junk,
    "previous": junk,
    "multiplier": st.one_of(st.integers(-5, 10**6), not_texts),
    "kind": st.one_of(st.sampled_from(["normal", "rollover", "meter_change", "reset"]),
                      not_texts),
    "rollover_at": junk,
    "old_meter_final": junk,
})


@st.composite
def coherent(draw: st.DrawFn) -> dict[str, object]:
    """A reading that adds up for its kind (still refused when its usage is too large)."""
    previous = draw(small)
    kind = draw(st.sampled_from(list(ReadingKind)))
    entry: dict[str, object] = {"previous": previous, "kind": kind,
                                "multiplier": draw(st.one_of(st.none(), st.integers(1, 200)))}
    if kind is ReadingKind.NORMAL:
        entry["current"] = draw(st.integers(previous, previous + 10**5))
    elif kind is ReadingKind.ROLLOVER:
        entry["current"] = draw(st.integers(0, max(previous - 1, 0)))
        entry["rollover_at"] = draw(st.one_of(st.none(), st.integers(previous + 1,
                                                                     previous + 10**6)))
    else:
        entry["current"] = draw(small)
        entry["old_meter_final"] = draw(st.integers(previous, previous + 10**5))
    return entry


@SOME
@given(entry=weighted((3, coherent()), (2, entries)))
def test_usage_is_never_negative_and_refusals_are_by_field(
        meter: tuple[FeeCollection, int, int], entry: dict[str, object]) -> None:
    fees, unit, item = meter
    n = next(MONTHS) % 1200  # past 2099-12 a month may come again: "read already"
    period = f"{2000 + n // 12:04d}-{n % 12 + 1:02d}"
    data = ReadingInput(unit, item, period, dt.date(2026, 11, 18), **entry)  # type: ignore[arg-type]
    try:
        row = fees.enter_reading(data)
    except ValidationError as exc:
        event("refused: " + ("lower than previous" if "Lower" in exc.errors.get(
            "current", "") else "by field"))
        assert exc.errors and set(exc.errors) <= FIELDS, exc.errors
        assert all(isinstance(m, str) and m for m in exc.errors.values())
        if "Lower" in exc.errors.get("current", ""):  # refused only when not marked
            assert entry["kind"] in (ReadingKind.NORMAL, "normal")
        return
    event(f"taken: {row.kind.value}")
    assert row.usage >= 0
    if row.kind is ReadingKind.NORMAL:
        assert row.current >= row.previous
        assert row.usage == (row.current - row.previous) * row.multiplier
    elif row.kind is ReadingKind.ROLLOVER:
        assert row.rollover_at is not None and row.current < row.previous < row.rollover_at
        assert row.usage == (row.rollover_at - row.previous + row.current) * row.multiplier
    else:
        assert row.old_meter_final is not None and row.old_meter_final >= row.previous
        assert row.usage == (row.old_meter_final - row.previous + row.current) * row.multiplier
    assert row.usage <= MAX_QUANTITY
