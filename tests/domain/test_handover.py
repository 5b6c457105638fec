"""The shift handover: a note written in one transaction and signed, the open keys,
messages and parcels offered as items, acknowledged once by the next operator (never by its
writer; two counters at once: one wins), each item signed off once, past notes found."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import AuditEntry
from deskapp.domain.calls.records import About, CallInput, Category
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.handover.records import AlreadyDone, ItemInput, NoteInput, OwnNote
from deskapp.domain.handover.service import ITEMS_LIMIT, ShiftHandover
from deskapp.domain.keys.records import IssueInput, KeyKind, KeySetInput, LoanPurpose
from deskapp.domain.operators import Operator
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.services.parcels.records import ParcelInput, Recipient

ID_ZHANG = "11010519491231002X"


@pytest.fixture
def handover(services: Services) -> ShiftHandover:
    services.operator.hand_over("王芳")
    services.operator.move_to("大堂")
    return services.handover


def as_operator(services: Services, name: str) -> ShiftHandover:
    """The same data file at another counter, where ``name`` is on duty."""
    return services.with_clock(services.clock, Operator(name, "二号台")).handover


def test_a_note_is_saved_with_its_items_signed_and_audited(services: Services,
                                                           handover: ShiftHandover) -> None:
    row = handover.write(NoteInput(" 早班 ", "空调报修已派工程部\n\n  等回复  ", [
        ItemInput("  1203 快递待取 "), ItemInput("", "key-loan", 7), ItemInput("")]))
    assert (row.shift, row.text, row.written_by, row.desk) == ("早班", "空调报修已派工程部\n等回复",
                                                               "王芳", "大堂")
    assert [(i.position, i.text, i.record_kind, i.record_id) for i in row.items] == [
        (1, "1203 快递待取", None, None), (2, "key loan 7", RecordKind.KEY_LOAN, 7)]
    assert not row.acknowledged and row.open_items == 2
    assert handover.note(row.id) == row
    with Session(services.engine) as session:
        kinds = [e.record_kind for e in session.exec(select(AuditEntry))]
    assert kinds.count("handover_note") == 1 and kinds.count("handover_item") == 2


def test_a_note_needs_text_or_an_item_and_says_each_bad_field(handover: ShiftHandover) -> None:
    with pytest.raises(ValidationError) as err:
        handover.write(NoteInput("早班", "  \n ", [ItemInput(" ")]))
    assert set(err.value.errors) == {"text"}
    with pytest.raises(ValidationError) as err:
        handover.write(NoteInput("x" * 33, "y" * 2001, [ItemInput("ok"), ItemInput("z" * 501)]))
    assert set(err.value.errors) == {"shift", "text", "items"}
    assert "Item 2" in err.value.errors["items"]
    with pytest.raises(ValidationError) as err:
        handover.write(NoteInput(text="x", items=[ItemInput("a", "spaceship", 1)]))
    assert set(err.value.errors) == {"items"}
    with pytest.raises(ValidationError) as err:
        handover.write(NoteInput(text="x", items=[ItemInput("a", "call", None)]))
    assert set(err.value.errors) == {"items"}
    with pytest.raises(ValidationError):
        handover.write(NoteInput(text="x", items=[ItemInput(str(i)) for i in
                                                  range(ITEMS_LIMIT + 1)]))
    assert handover.search() == []


def test_keys_out_messages_and_parcels_are_offered_with_their_links(
        services: Services, handover: ShiftHandover, now) -> None:  # type: ignore[no-untyped-def]
    assert handover.offered_items() == []
    key_set = services.keys.register(KeySetInput("1203", KeyKind.VACANT, 2, "A-01"))
    loan = services.keys.issue(IssueInput(
        key_set_id=key_set.id, borrower_name="张三",
        expected_back=now.value + dt.timedelta(hours=2), phone="13712345678",
        id_number=ID_ZHANG, company="链家地产",
        purpose=LoanPurpose.VIEWING, authorised_by="招商部"))
    call = services.calls.log_call(CallInput(
        subject="找李四", caller_name="陈先生", phone="13800138000", about=About("1203"),
        category=Category.MESSAGE, message_for="1203 李四", message="请回电"))
    parcel = services.parcels.intake(Recipient("1203 李四", phone="13900139000"),
                                     ParcelInput("SF1000000000001", shelf="A-3"))
    offered = handover.offered_items()
    assert [(o.record_kind, o.record_id) for o in offered] == [
        (RecordKind.KEY_LOAN, loan.id), (RecordKind.CALL, call.id),
        (RecordKind.PARCEL, parcel.id)]
    assert "K0001" in offered[0].text and "张三" in offered[0].text
    assert "请回电" in offered[1].text and parcel.number in offered[2].text
    now.advance(hours=3)
    assert handover.offered_items()[0].text.startswith("Keys overdue")
    row = handover.write(NoteInput("夜班", "", [o.as_input() for o in offered]))
    assert [i.record_kind for i in row.items] == [RecordKind.KEY_LOAN, RecordKind.CALL,
                                                 RecordKind.PARCEL]


def test_the_next_operator_acknowledges_a_note_once_never_its_writer(
        services: Services, handover: ShiftHandover, now) -> None:  # type: ignore[no-untyped-def]
    note = handover.write(NoteInput("早班", "1203 空调报修未完"))
    assert handover.unacknowledged("王芳") == []
    later = handover.write(NoteInput("早班", "还有一件"))
    assert [n.id for n in handover.unacknowledged("李娜")] == [note.id, later.id]
    with pytest.raises(OwnNote):
        handover.acknowledge(note.id)
    now.advance(hours=8)
    li = as_operator(services, "李娜")
    read = li.acknowledge(note.id)
    assert (read.acknowledged_by, read.acknowledged_at) == ("李娜", now.value)
    with pytest.raises(AlreadyDone, match="李娜"):
        as_operator(services, "赵强").acknowledge(note.id)
    assert [n.id for n in li.unacknowledged("李娜")] == [later.id]
    assert [n.id for n in li.acknowledge_all([later.id, note.id, later.id])] == [later.id]
    assert li.unacknowledged("赵强") == []
    with pytest.raises(NotFound):
        li.acknowledge(9999)


def test_two_counters_acknowledging_at_once_one_wins(services: Services,
                                                     handover: ShiftHandover) -> None:
    for _round in range(3):
        note = handover.write(NoteInput("早班", "交接"))
        readers = [as_operator(services, name) for name in ("李娜", "赵强")]
        start = threading.Barrier(2)
        results: list[str] = []

        def read(reader: ShiftHandover, note_id: int = note.id) -> None:
            start.wait()
            try:
                results.append(reader.acknowledge(note_id).acknowledged_by)
            except AlreadyDone:
                results.append("refused")

        threads = [threading.Thread(target=read, args=(r,)) for r in readers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert len(results) == 2 and results.count("refused") == 1, results
        winner = next(r for r in results if r != "refused")
        assert handover.note(note.id).acknowledged_by == winner


def test_an_item_is_signed_off_once(services: Services, handover: ShiftHandover) -> None:
    row = handover.write(NoteInput("早班", "", [ItemInput("1203 钥匙未还"), ItemInput("回电")]))
    first, second = row.items
    li = as_operator(services, "李娜")
    done = li.sign_off(first.id, "  已还 ")
    assert done.done and (done.done_by, done.done_note) == ("李娜", "已还")
    with pytest.raises(AlreadyDone, match="李娜"):
        handover.sign_off(first.id)
    with pytest.raises(ValidationError) as err:
        handover.sign_off(second.id, "x" * 201)
    assert set(err.value.errors) == {"note"}
    with pytest.raises(NotFound):
        handover.sign_off(9999)
    assert handover.note(row.id).open_items == 1


def test_two_counters_signing_off_at_once_one_wins(services: Services,
                                                  handover: ShiftHandover) -> None:
    [item] = handover.write(NoteInput("早班", "", [ItemInput("钥匙")])).items
    readers = [as_operator(services, name) for name in ("李娜", "赵强")]
    start = threading.Barrier(2)
    results: list[str] = []

    def sign(reader: ShiftHandover) -> None:
        start.wait()
        try:
            results.append(reader.sign_off(item.id).done_by)
        except AlreadyDone:
            results.append("refused")

    threads = [threading.Thread(target=sign, args=(r,)) for r in readers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results.count("refused") == 1, results


def test_past_notes_are_found_by_text_items_and_writer_newest_first_paged(
        handover: ShiftHandover, now) -> None:  # type: ignore[no-untyped-def]
    written = []
    for day in range(7):
        written.append(handover.write(NoteInput("早班" if day % 2 else "夜班", f"第{day}天",
                                                [ItemInput(f"item-{day} 100%")])))
        now.advance(hours=12)
    assert [n.id for n in handover.search()] == [n.id for n in reversed(written)]
    first = handover.search(limit=3)
    rest = handover.search(after=handover.cursor_after(first[-1]), limit=10)
    assert [n.id for n in first + rest] == [n.id for n in reversed(written)]
    assert [n.id for n in handover.search("ITEM-3")] == [written[3].id]
    assert [n.id for n in handover.search("夜班 第4")] == [written[4].id]
    assert len(handover.search("王芳 100%")) == 7 and handover.search("0%x") == []
    with pytest.raises(ValidationError):
        handover.search(" ".join("w" * 9))


def test_the_days_notes_in_the_order_written(handover: ShiftHandover, now) -> None:  # type: ignore[no-untyped-def]
    morning = handover.write(NoteInput("早班", "a"))
    now.advance(hours=15)  # 00:30 the next day
    handover.write(NoteInput("夜班", "b"))
    assert [n.id for n in handover.day_notes(dt.date(2026, 11, 23))] == [morning.id]
