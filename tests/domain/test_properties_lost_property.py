"""Property tests of recording a found item (hypothesis): whatever a caller hands the
service, it answers with a ValidationError naming fields and saves nothing, or saves an
item that reads back as stored — recorded by two different staff, numbered in turn, kept;
never another exception. Claims likewise: refused by field, or the item claimed once."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from deskapp.bootstrap import Services, build_services
from deskapp.domain.clock import Clock
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.roles import Role
from deskapp.domain.services.lost_property import CLOCK_SLACK
from deskapp.domain.services.lost_property_base import same_person
from deskapp.domain.services.lost_property_records import (
    ClaimInput,
    FoundCategory,
    FoundItemInput,
    FoundState,
)
from deskapp.domain.text import clean_text
from strategies import (
    NOW,
    SHANGHAI,
    clean_names,
    id_numbers,
    mobiles,
    moments,
    mostly_valid,
    not_texts,
    past,
    phones,
    resident_ids,
    texts,
)

SOME = settings(max_examples=200, deadline=None)
FIELDS = {"description", "category", "contents", "found_where", "found_at", "found_by",
          "kept_where", "recorded_by", "witnessed_by", "photo"}
CLAIM_FIELDS = {"claimant_name", "id_type", "id_number", "phone", "claim_description"}
OPERATOR = "王芳"
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 16


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path: Path = tmp_path_factory.mktemp("lost") / "deskapp.sqlite"
    services = build_services(path, clock=Clock(lambda: NOW, tz=SHANGHAI))
    services.operator.hand_over(OPERATOR, Role.RECEPTIONIST)
    yield services
    services.close()


photos = st.one_of(st.none(), st.just(JPEG), st.just(b"\x89PNG\r\n\x1a\n1234"))
found_inputs = mostly_valid(FoundItemInput, valid={
    "description": st.one_of(st.just("黑色双肩包"), clean_names),
    "found_where": st.sampled_from(["三楼电梯厅", "大堂沙发", "B1 停车场"]),
    "witnessed_by": st.one_of(st.sampled_from(["陈静", "李建国"]), clean_names),
    "category": st.sampled_from(list(FoundCategory)),
    "contents": st.sampled_from(["", "现金 200 元\n身份证一张", "雨伞"]),
    "found_at": st.one_of(st.none(), past),
    "found_by": st.sampled_from(["", "保洁 刘阿姨"]),
    "kept_where": st.sampled_from(["", "前台保险柜"]),
    "photo": photos,
    "recorded_by": st.sampled_from(["", "刘洋"]),
}, junk={
    "description": st.one_of(texts, not_texts),
    "found_where": st.one_of(texts, not_texts),
    "witnessed_by": st.one_of(texts, not_texts, st.sampled_from([OPERATOR, " 王 芳 "])),
    "category": st.one_of(st.sampled_from(["bag", "keys"]), not_texts),
    "contents": st.one_of(texts, not_texts),
    "found_at": moments,
    "found_by": st.one_of(texts, not_texts),
    "kept_where": st.one_of(texts, not_texts),
    "photo": st.one_of(photos, st.binary(max_size=20), not_texts),
    "recorded_by": st.one_of(texts, not_texts),
})
claims = mostly_valid(ClaimInput, valid={
    "claimant_name": clean_names,
    "id_number": resident_ids,
    "phone": mobiles,
    "claim_description": st.sampled_from(["黑色双肩包，有电脑", "wallet with two cards"]),
    "id_type": st.just(IdType.RESIDENT),
}, junk={
    "claimant_name": st.one_of(texts, not_texts),
    "id_number": st.one_of(id_numbers, not_texts),
    "phone": st.one_of(phones, not_texts),
    "claim_description": st.one_of(texts, not_texts),
    "id_type": st.one_of(st.sampled_from(list(IdType)), st.just("card"), not_texts),
})


def kept_count(services: Services) -> int:
    return len(services.lost_property.kept_items())


@SOME
@given(data=found_inputs)
def test_recording_refuses_by_field_or_stores_what_it_was_given(
        desk: Services, data: FoundItemInput) -> None:
    lost = desk.lost_property
    before = kept_count(desk)
    try:
        row = lost.record_found(data)
    except ValidationError as exc:
        event("refused by field")
        assert exc.errors and set(exc.errors) <= FIELDS, exc.errors
        assert all(isinstance(m, str) and m for m in exc.errors.values())
        assert kept_count(desk) == before
        return
    event("recorded")
    assert kept_count(desk) == before + 1
    assert re.fullmatch(r"SW2026-\d{4}", row.number)
    assert row.state is FoundState.KEPT and row.recorded_by == OPERATOR
    assert row.description == clean_text(data.description) and row.description
    assert row.witnessed_by and not same_person(row.witnessed_by, OPERATOR)
    assert row.found_at <= NOW + CLOCK_SLACK and row.found_at.tzinfo is not None
    if data.found_at is None:
        assert row.found_at == NOW
    assert row.has_photo == (data.photo is not None)
    assert "\n\n" not in row.contents and row.contents == row.contents.strip()
    assert desk.lost_property.item(row.id) == row


@pytest.fixture(scope="module")
def item_ids(desk: Services) -> list[int]:
    lost = desk.lost_property
    return [lost.record_found(FoundItemInput("钱包", "大堂", "陈静",
                                             found_at=NOW - dt.timedelta(hours=1))).id
            for _ in range(3)]


@SOME
@given(data=claims, pick=st.integers(0, 2))
def test_a_claim_refuses_by_field_or_hands_the_item_over_once(
        desk: Services, item_ids: list[int], data: ClaimInput, pick: int) -> None:
    lost = desk.lost_property
    item_id = item_ids[pick]
    before = lost.item(item_id)
    try:
        row = lost.claim(item_id, data)
    except ValidationError as exc:
        event("refused by field")
        assert exc.errors and set(exc.errors) <= CLAIM_FIELDS, exc.errors
        assert lost.item(item_id) == before
        return
    except DomainError:
        event("claimed already")
        assert before.state is FoundState.CLAIMED and lost.item(item_id) == before
        return
    event("claimed")
    assert before.state is FoundState.KEPT and row.state is FoundState.CLAIMED
    assert row.claimant_id_number and "*" in row.claimant_id_masked
    assert row.claimant_id_number[-4:] == row.claimant_id_masked[-4:]
    assert row.handed_over_by == OPERATOR and row.handed_over_at == NOW
