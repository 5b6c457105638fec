"""Property tests of writing a handover note (hypothesis): whatever a caller hands the
service, it answers with a ValidationError naming the note's fields, or a note that reads
back as stored — texts cleaned, empty items dropped, links kept —; never another exception."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from deskapp.bootstrap import Services, build_services
from deskapp.domain.clock import Clock
from deskapp.domain.errors import ValidationError
from deskapp.domain.handover.records import ItemInput, NoteInput
from deskapp.domain.record_kinds import RecordKind
from strategies import NOW, SHANGHAI, not_texts, numbers, texts

SOME = settings(max_examples=200, deadline=None)
FIELDS = {"shift", "text", "items"}


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path: Path = tmp_path_factory.mktemp("handover") / "deskapp.sqlite"
    services = build_services(path, clock=Clock(lambda: NOW, tz=SHANGHAI))
    services.operator.hand_over("王芳")
    yield services
    services.close()


kinds = st.one_of(st.just(""), st.sampled_from([k.value for k in RecordKind]), texts, not_texts)
record_ids = st.one_of(st.none(), st.integers(1, 10_000), numbers)
items = st.builds(ItemInput, st.one_of(texts, texts, not_texts), kinds, record_ids)
plain = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
good_items = st.one_of(
    st.builds(ItemInput, plain),
    st.builds(ItemInput, plain, st.sampled_from([k.value for k in RecordKind]),
              st.integers(1, 10_000)))
good_notes = st.builds(NoteInput, plain, plain, st.lists(good_items, max_size=5))
junk_notes = st.builds(NoteInput, st.one_of(texts, not_texts), st.one_of(texts, texts, not_texts),
                  st.one_of(st.lists(items, max_size=5), st.lists(items, max_size=120),
                            not_texts, texts))


@SOME
@given(data=st.one_of(good_notes, good_notes, junk_notes, not_texts))
def test_a_note_is_saved_as_it_reads_back_or_refused_by_field(desk: Services, data) -> None:  # type: ignore[no-untyped-def]
    try:
        row = desk.handover.write(data)
    except ValidationError as err:
        event("refused")
        assert err.errors and set(err.errors) <= FIELDS, err.errors
        return
    event("saved")
    assert row.text or row.items
    assert len(row.shift) <= 32 and len(row.text) <= 2000 and len(row.items) <= 100
    assert all(item.text and len(item.text) <= 500 for item in row.items)
    assert all((item.record_kind is None) == (item.record_id is None) for item in row.items)
    assert desk.handover.note(row.id) == row
