"""The shift handover's demo: a note a day, each read the next morning by the other
receptionist with most items signed off; the last left for 王芳 to read at her log-in."""

from __future__ import annotations

import datetime as dt

from deskapp.bootstrap import Services
from deskapp.usecases.demo import load_demo


def test_the_demo_leaves_a_note_a_day_and_the_last_one_unread(services: Services,
                                                             now) -> None:  # type: ignore[no-untyped-def]
    counts = load_demo(services, days=4)
    notes = services.handover.search(limit=50)
    assert counts["handover notes"] == len(notes) == 4
    assert [n.written_by for n in notes] == ["陈静", "王芳", "陈静", "王芳"]
    last, *earlier = notes
    assert not last.acknowledged and all(n.acknowledged for n in earlier)
    assert [n.acknowledged_by for n in earlier] == ["陈静", "王芳", "陈静"]
    assert [n.id for n in services.handover.unacknowledged("王芳")] == [last.id]
    items = [i for n in earlier for i in n.items]
    assert any(i.done for i in items) and any(i.linked for i in items)
    still_open = {(o.record_kind, o.record_id) for o in services.handover.offered_items()}
    assert not any(i.done and (i.record_kind, i.record_id) in still_open for i in items)
    assert all(i.done_at >= n.acknowledged_at for n in earlier for i in n.items if i.done)
    assert len(services.handover.day_notes(services.clock.today() - dt.timedelta(days=1))) == 1
    now.advance(days=1)
    load_demo(services, days=1)  # 陈静 again the next day: her notes wait for 王芳
    waiting = services.handover.unacknowledged("王芳")
    assert [n.written_by for n in waiting] == ["陈静", "陈静"] and waiting[0].id == last.id
