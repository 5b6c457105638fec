"""Search everything: each kind found by what the counter types, grouped, newest first,
masked; nothing typed (or anything at all) never raises and finds only matches."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, col, select

from deskapp.bootstrap import Services
from deskapp.db.fee_models import FeeDeposit, Receipt
from deskapp.db.models import KeySet, Unit, Visit
from deskapp.db.service_models import FoundItem, Parcel, ReleasePass
from deskapp.domain import pinyin
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.search_everything import Hit, read_typed
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.usecases.demo import load_demo


@pytest.fixture
def demo(services: Services) -> Services:
    load_demo(services, days=1)
    return services


def first(services: Services, model, *where):  # type: ignore[no-untyped-def]
    with Session(services.engine) as session:
        return session.exec(select(model).where(*where).order_by(col(model.id))).first()


def last(services: Services, model, *where):  # type: ignore[no-untyped-def]
    with Session(services.engine) as session:
        return session.exec(select(model).where(*where).order_by(col(model.id).desc())).first()


def found(services: Services, typed: str) -> list[Hit]:
    result = services.search.search(typed)
    assert result.complete
    return list(result.hits)


def kinds(hits: list[Hit], kind: RecordKind) -> list[int]:
    return [hit.record_id for hit in hits if hit.kind is kind]


def test_a_name_its_pinyin_initials_and_a_phone_tail_find_the_visit(services: Services,
                                                                    now) -> None:  # type: ignore[no-untyped-def]
    services.visitors.check_in(VisitInput(name="张三丰", phone="13912345678",
                                          company="武当科技", host=HostRef("x")))
    now.advance(minutes=5)
    newer = services.visitors.check_in(VisitInput(name="张三", phone="13800005678",
                                                  company="星光电子", host=HostRef("x")))
    for typed in ("张三", "zs", "ZS", "zhangsan", "5678"):
        hits = found(services, typed)
        visits = kinds(hits, RecordKind.VISIT)
        assert len(visits) == 2, typed
        assert visits[0] == newer.id, typed  # newest first
    hit = found(services, "星光")[0]
    assert (hit.group, hit.title) == ("visitors", "张三")
    assert "138****5678" in hit.detail and "13800005678" not in hit.detail
    assert kinds(found(services, "zsf"), RecordKind.VISIT) != [newer.id]
    assert found(services, "李四") == []


def test_every_kind_is_found_on_a_demo_day(demo: Services) -> None:
    """One demo day (loading it takes a while) for every kind of the registers."""
    _by_number(demo)
    _deposit_payer_and_unit(demo)
    _unit_by_pinyin_and_key_set_by_tag(demo)
    _one_character_searches_only_the_small_tables(demo)
    _grouped_in_the_tabs_order_at_most_the_limit_of_each_kind(demo)


def _by_number(demo: Services) -> None:
    receipt = first(demo, Receipt)
    parcel = first(demo, Parcel)
    release = first(demo, ReleasePass)
    item = first(demo, FoundItem)
    for model, record, kind, group in ((Receipt, receipt, RecordKind.RECEIPT, "fees"),
                                       (Parcel, parcel, RecordKind.PARCEL, "services"),
                                       (ReleasePass, release, RecordKind.RELEASE_PASS,
                                        "services"),
                                       (FoundItem, item, RecordKind.FOUND_ITEM, "services")):
        assert record is not None, model
        whole = [h for h in found(demo, record.number) if h.kind is kind]
        assert [(h.record_id, h.group) for h in whole] == [(record.id, group)]
        assert kinds(found(demo, record.number.lower().replace("-", "")), kind) == [record.id]
        tail = str(int(record.number.rsplit("-", 1)[1])).zfill(3)
        assert record.id in kinds(found(demo, tail), kind), (model, tail)


def _deposit_payer_and_unit(demo: Services) -> None:
    deposit = first(demo, FeeDeposit)
    if deposit is not None:
        receipt = first(demo, Receipt, Receipt.id == deposit.receipt_id)
        assert kinds(found(demo, receipt.number), RecordKind.DEPOSIT) == [deposit.id]
    receipt = last(demo, Receipt, Receipt.payer != "", col(Receipt.unit_id).is_not(None))
    assert receipt.id in kinds(found(demo, receipt.payer), RecordKind.RECEIPT)
    unit = first(demo, Unit, Unit.id == receipt.unit_id)
    hits = found(demo, unit.number)
    assert unit.id in kinds(hits, RecordKind.UNIT)
    assert kinds(hits, RecordKind.RECEIPT), "the unit's receipts"
    assert len(kinds(hits, RecordKind.RECEIPT)) <= 5


def _unit_by_pinyin_and_key_set_by_tag(demo: Services) -> None:
    unit = first(demo, Unit, Unit.occupant != "")
    initials = pinyin.readings(unit.occupant)[1]
    assert unit.id in kinds(demo.search.search(initials, limit=50).hits, RecordKind.UNIT)
    key_set = first(demo, KeySet)
    hits = found(demo, key_set.tag)
    assert kinds(hits, RecordKind.KEY_SET) == [key_set.id]
    assert {h.group for h in hits if h.kind is RecordKind.KEY_SET} == {"keys"}


def _one_character_searches_only_the_small_tables(demo: Services) -> None:
    for typed in ("1", "张", "a"):
        assert {hit.kind for hit in found(demo, typed)} <= {RecordKind.UNIT,
                                                            RecordKind.KEY_SET}


def _grouped_in_the_tabs_order_at_most_the_limit_of_each_kind(demo: Services) -> None:
    hits = demo.search.search("0", limit=3).hits + demo.search.search("00").hits
    order = ["visitors", "calls", "requests", "keys", "fees", "services"]
    for result in (demo.search.search("00").hits, demo.search.search("0", limit=3).hits):
        groups = [order.index(hit.group) for hit in result]
        assert groups == sorted(groups)
    per_kind: dict[RecordKind, int] = {}
    for hit in demo.search.search("0", limit=3).hits:
        per_kind[hit.kind] = per_kind.get(hit.kind, 0) + 1
    assert max(per_kind.values()) <= 3
    assert hits


@pytest.mark.parametrize("typed", ["", "   ", None, 12, "x" * 101, " ".join("ab" * 9),
                                   "%", "_", "\\", "'", '"', "*", "a AND b", "NEAR(x)"])
def test_anything_typed_never_raises(services: Services, typed: object) -> None:
    assert services.search.search(typed).complete


def test_typed_numbers() -> None:
    assert read_typed("sk2026000123").numbers("SK", 6, 2026) == ["SK2026-000123"]
    assert read_typed("SK2026-000123").numbers("PK", 6, 2026) == []
    assert read_typed("123").numbers("FX", 4, 2026)[:2] == ["FX2026-0123", "FX2025-0123"]
    assert read_typed("12345").numbers("FX", 4, 2026) == []
    assert read_typed("7").numbers("SK", 6, 2026) == []
    assert read_typed("１２３").tail == 123  # typed with a Chinese input method


_TEXT = st.text(alphabet=st.sampled_from(list("张三丰李四zhangsZS13857-V%_ 星光电子'\"*")),
                max_size=12)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=_TEXT)
def test_whatever_is_typed_only_matches_are_found(services: Services, typed: str) -> None:
    _two_visits(services)
    words = read_typed(typed).words
    for hit in services.search.search(typed).hits:
        assert hit.kind in (RecordKind.VISIT, RecordKind.UNIT)
        if hit.kind is RecordKind.VISIT:
            visit = first(services, Visit, Visit.id == hit.record_id)
            texts = [visit.name, visit.phone, visit.company, visit.host_label, visit.plate,
                     visit.pass_no, *pinyin.readings(visit.name)]
            for word in words:
                assert any(word.lower() in t.lower() for t in texts), (word, texts)


def _two_visits(services: Services) -> None:
    if first(services, Visit) is None:
        services.visitors.check_in(VisitInput(name="张三丰", phone="13912345678",
                                              company="武当科技", host=HostRef("x")))
        services.visitors.check_in(VisitInput(name="李四", phone="13800005678",
                                              company="星光电子", host=HostRef("x")))


@given(text=st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E),
                    min_size=2, max_size=20))
def test_every_two_character_word_of_an_ascii_text_is_among_the_n_grams_it_starts(
        text: str) -> None:
    """PostgreSQL looks a two-letter word ("zs") up by the n-grams it starts: an ASCII text
    holding it holds one of them."""
    from deskapp.db import ngrams

    held = set(ngrams.distinct_tokens(ngrams.document([text])))
    for start in range(len(text) - 1):
        word = text[start:start + 2]
        assert held & set(ngrams.starting_tokens(word) or []), word
    assert ngrams.starting_tokens("张三") is None and ngrams.starting_tokens("abc") is None


def test_out_of_time_the_rest_of_the_finders_are_skipped(services: Services) -> None:
    result = services.search.search("张三", budget_ms=-1)
    assert not result.complete and result.hits == ()
