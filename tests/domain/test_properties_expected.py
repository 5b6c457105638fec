"""Property tests of adding an expected visitor (hypothesis): whatever a caller hands the
service, it answers with a ValidationError naming fields, or with an entry that reads back
as stored; never another exception."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from deskapp.bootstrap import Services, build_services
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.errors import ValidationError
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.records import Purpose
from deskapp.domain.text import clean_text
from deskapp.domain.visitors import HostRef
from deskapp.domain.visitors.expected import (
    MAX_DAYS_AHEAD,
    PAST_GRACE,
    ExpectedInput,
    ExpectedState,
)
from strategies import (
    NOW,
    SHANGHAI,
    clean_names,
    moments,
    mostly_valid,
    not_texts,
    numbers,
    phones,
    texts,
    valid_phones,
)

SOME = settings(max_examples=150, deadline=None)
FIELDS = {"name", "phone", "company", "party_size", "purpose", "host", "expected_at", "note",
          "from_visit_id"}


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path: Path = tmp_path_factory.mktemp("expected") / "deskapp.sqlite"
    services = build_services(path, clock=Clock(lambda: NOW, tz=SHANGHAI))
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为"))
    services.directory.save_department(DepartmentRow(None, "工程部", "8001"))
    yield services
    services.close()


def text_or_junk(*common: str) -> st.SearchStrategy[object]:
    return st.one_of(st.sampled_from(common), texts, not_texts) if common else st.one_of(
        texts, not_texts)


ahead = st.builds(lambda minutes, tz: (NOW + dt.timedelta(minutes=minutes)).astimezone(tz),
                  st.integers(-9, 60 * 24 * MAX_DAYS_AHEAD), st.sampled_from([SHANGHAI, dt.UTC]))

expected_inputs = mostly_valid(ExpectedInput, valid={
    "name": clean_names,
    "expected_at": ahead,
    "host": st.sampled_from([HostRef("1203"), HostRef("物业办公室"), HostRef("工程部"),
                             HostRef("1203 李四 (华为)", 1), HostRef("工程部", None, 1)]),
    "phone": valid_phones,
    "company": st.sampled_from(["", "华为", "顺丰速运"]),
    "party_size": st.integers(1, 50),
    "purpose": st.sampled_from(list(Purpose)),
    "note": st.sampled_from(["", "带样品\n两箱"]),
    "from_visit_id": st.none(),
}, junk={
    "name": st.one_of(texts, not_texts),
    "expected_at": moments,
    "host": st.one_of(st.builds(HostRef, text_or_junk("1203"),
                                st.one_of(st.none(), st.integers(), not_texts),
                                st.one_of(st.none(), st.integers(), not_texts)),
                      text_or_junk("1203")),
    "phone": st.one_of(phones, not_texts),
    "company": text_or_junk(),
    "party_size": numbers,
    "purpose": st.one_of(st.sampled_from(["visit", "?"]), not_texts),
    "note": text_or_junk(),
    "from_visit_id": st.one_of(st.integers(), numbers, not_texts),
})


@SOME
@given(data=expected_inputs)
def test_add_refuses_by_field_or_stores_what_it_was_given(desk: Services,
                                                          data: ExpectedInput) -> None:
    try:
        row = desk.expected.add(data)
    except ValidationError as exc:
        event("refused")
        assert exc.errors and set(exc.errors) <= FIELDS, exc.errors
        assert all(isinstance(m, str) and m for m in exc.errors.values())
        return
    event("added")
    assert desk.expected.row(row.id) == row
    assert row.state is ExpectedState.WAITING and row.visit_id is None
    assert row.name == clean_text(data.name) and 0 < len(row.name) <= 100
    assert row.phone == normalise_phone(data.phone) and phone_problem(row.phone) is None
    assert row.company == clean_text(data.company) and row.note == clean_text(data.note)
    assert type(row.party_size) is int and 1 <= row.party_size <= 50
    assert row.expected_at == data.expected_at and row.expected_at.utcoffset() == dt.timedelta(0)
    assert NOW - PAST_GRACE <= row.expected_at <= NOW + dt.timedelta(days=MAX_DAYS_AHEAD)
    assert row.host.label and row.host.label == clean_text(row.host.label)
    day = desk.clock.local(row.expected_at).date()
    assert row.id in {r.id for r in desk.expected.for_day(day)}
