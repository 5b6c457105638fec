"""Property tests of parcel intake (hypothesis): whatever a caller hands the service as the
recipient and the item, it answers with a ValidationError naming fields, a double scan
refused in words with nothing saved, or a parcel that reads back as stored — the waybill
normalised, the recipient resolved against the directory, numbered in the year's series —;
never another exception."""

from __future__ import annotations

import re
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
from deskapp.domain.services.parcels.base import DoubleScan
from deskapp.domain.services.parcels.records import (
    WAYBILL,
    Carrier,
    ParcelInput,
    ParcelKind,
    ParcelState,
    Recipient,
    normalise_waybill,
)
from deskapp.domain.text import clean_text
from strategies import (
    NOW,
    SHANGHAI,
    clean_names,
    mostly_valid,
    not_texts,
    numbers,
    phones,
    texts,
    valid_phones,
)

SOME = settings(max_examples=200, deadline=None)
FIELDS = {"recipient", "recipient_name", "recipient_phone", "waybill", "carrier", "kind",
          "shelf", "damaged", "damage", "note"}
UNIT, DEPARTMENT = 1, 1  # the ids the directory's entries below get in a new file
ON_THE_SHELF = "SF100000000001"  # waiting all along: scanned again, a double scan


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path: Path = tmp_path_factory.mktemp("parcels") / "deskapp.sqlite"
    services = build_services(path, clock=Clock(lambda: NOW, tz=SHANGHAI))
    assert services.directory.save_unit(UnitRow(None, "1203", "张三", "", "13800138000")).id \
        == UNIT
    assert services.directory.save_department(DepartmentRow(None, "工程部", "8001")).id \
        == DEPARTMENT
    services.parcels.intake(Recipient("1203"), ParcelInput(ON_THE_SHELF))
    yield services
    services.close()


waybills = st.one_of(
    st.from_regex(r"SF[0-9]{12}", fullmatch=True),
    st.from_regex(r"[0-9]{12,15}", fullmatch=True),
    st.from_regex(r"[A-Z]{2}[0-9]{9}CN", fullmatch=True),
    st.from_regex(r"ＪＤ[０-９]{10}", fullmatch=True),  # typed with a Chinese input method
    st.from_regex(r"[0-9]{4} [0-9]{4} [0-9]{4}", fullmatch=True),
    st.just(""), st.just(ON_THE_SHELF), st.just("sf 1000 0000 0001"))
recipients = mostly_valid(Recipient, valid={
    "label": st.sampled_from(["1203", "1203 张三", "工程部", "天虹商场", ""]),
    "unit_id": st.sampled_from([None, None, UNIT]),
    "department_id": st.sampled_from([None, None, DEPARTMENT]),
    "name": st.one_of(st.just(""), clean_names),
    "phone": valid_phones,
}, junk={
    "label": st.one_of(texts, not_texts),
    "unit_id": st.one_of(numbers, not_texts),
    "department_id": st.one_of(numbers, not_texts),
    "name": st.one_of(texts, not_texts),
    "phone": st.one_of(phones, not_texts),
})
items = mostly_valid(ParcelInput, valid={
    "waybill": waybills,
    "carrier": st.sampled_from(["", Carrier.SF.value, Carrier.EMS.value, "闪送"]),
    "kind": st.sampled_from(list(ParcelKind)),
    "shelf": st.sampled_from(["", "A-3", "ｂ２"]),
    "damaged": st.booleans(),
    "damage": st.sampled_from(["", "外箱破损"]),
    "note": st.sampled_from(["", "易碎"]),
}, junk={
    "waybill": st.one_of(texts, not_texts),
    "carrier": st.one_of(texts, not_texts, st.just(Carrier.OTHER.value)),
    "kind": st.one_of(st.sampled_from(["parcel", "box"]), not_texts),
    "shelf": st.one_of(texts, not_texts),
    "damaged": st.one_of(st.booleans(), not_texts),
    "damage": st.one_of(texts, not_texts),
    "note": st.one_of(texts, not_texts),
})


@SOME
@given(recipient=recipients, item=items)
def test_intake_refuses_by_field_or_in_words_or_stores_what_it_was_given(
        desk: Services, recipient: Recipient, item: ParcelInput) -> None:
    parcels = desk.parcels
    before = parcels.uncollected()
    try:
        row = parcels.intake(recipient, item)
    except ValidationError as exc:
        event("refused by field")
        assert exc.errors and set(exc.errors) <= FIELDS, exc.errors
        assert all(isinstance(m, str) and m for m in exc.errors.values())
        assert parcels.uncollected() == before  # nothing half-saved
        return
    except DoubleScan as exc:
        event("double scan")
        assert str(exc) and exc.waiting in before
        assert exc.waiting.waybill == normalise_waybill(item.waybill)
        assert parcels.uncollected() == before
        return
    event(f"signed for ({row.kind.value})")
    try:
        assert parcels.parcel(row.id) == row
        assert re.fullmatch(r"PK2026-[0-9]{6}", row.number)
        assert row.state is ParcelState.WAITING and row.received_at == NOW
        assert row.waybill == normalise_waybill(item.waybill)
        assert row.waybill == "" or WAYBILL.fullmatch(row.waybill)
        assert row.waybill or not row.kind.needs_waybill
        assert row.condition == (clean_text(item.damage) if item.damaged else "")
        assert row.unit_id in (None, UNIT) and row.department_id in (None, DEPARTMENT)
        assert row.recipient_label or row.recipient_name
        assert row.recipient_phone == normalise_phone(recipient.phone)
        assert phone_problem(row.recipient_phone) is None
        assert row.unit_id or row.department_id or row.recipient_phone
        if recipient.unit_id == UNIT:
            assert row.unit_id == UNIT and row.recipient_label == "1203 张三"
    finally:
        parcels.return_to_sender(row.id, "测试")  # the next example's waybill is free again
