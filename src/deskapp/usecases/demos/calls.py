"""The call log's demo: calls every day, messages passed on or waiting, callbacks, and the
phone directory of the building's services."""

from __future__ import annotations

import datetime as dt

from deskapp.domain.calls.phone_book import EntryKind, PhoneEntryRow
from deskapp.domain.calls.records import About, CallInput, Category, DeliveredHow, Direction
from deskapp.usecases.demo import DemoContext, DemoDay, DemoModule
from deskapp.usecases.demos.people import mobile, name

SUBJECTS = {
    Category.INQUIRY: ("咨询停车月卡办理", "询问物业费缴费时间", "咨询装修手续", "询问会议室预订"),
    Category.REPAIR: ("卫生间漏水", "空调不制冷", "走廊灯不亮", "门禁卡失灵"),
    Category.COMPLAINT: ("楼上噪音扰民", "电梯等候时间太长", "保洁不及时"),
    Category.APPOINTMENT: ("预约明早看房", "预约下午收快递"),
    Category.MESSAGE: ("请回电", "有快递待取", "会议改到三点"),
    Category.DELIVERY: ("快递员找不到地址", "外卖送达询问"),
    Category.OTHER: ("推销电话", "打错电话"),
}
DIRECTORY = (
    ("工程部", EntryKind.DEPARTMENT, "", "8001", ""),
    ("安保部", EntryKind.DEPARTMENT, "", "8002", ""),
    ("保洁部", EntryKind.DEPARTMENT, "", "8003", ""),
    ("财务部", EntryKind.DEPARTMENT, "", "8004", ""),
    ("客服中心", EntryKind.DEPARTMENT, "0755-86001234", "8000", ""),
    ("陈经理", EntryKind.STAFF, "13923456789", "8010", "客服经理"),
    ("报警", EntryKind.EXTERNAL, "110", "", ""),
    ("火警", EntryKind.EXTERNAL, "119", "", ""),
    ("急救", EntryKind.EXTERNAL, "120", "", ""),
    ("供电局", EntryKind.EXTERNAL, "95598", "", "南方电网"),
    ("电梯维保", EntryKind.EXTERNAL, "400-820-1234", "", "奥的斯电梯"),
)


class CallsDemo:
    """Between 8 and 20 calls a day; most settled at once, some with a message or a callback."""

    def day(self, demo: DemoContext, day: DemoDay) -> int:
        rng, calls = demo.rng, demo.domain.calls
        count = 0
        for moment in demo.moments(day, 8, 20):
            demo.at(moment + dt.timedelta(seconds=rng.randint(30, 240)))
            category = rng.choice(list(Category))
            host = rng.choice(demo.hosts)
            wants_message = category is Category.MESSAGE or rng.random() < 0.08
            wants_callback = not wants_message and rng.random() < 0.15
            row = calls.log_call(CallInput(
                subject=rng.choice(SUBJECTS[category]), direction=Direction.IN,
                caller_name=name(rng), phone=mobile(rng), about=About(host.label),
                category=category, started_at=moment,
                transferred_to=rng.choice(("", "", "工程部", "安保部")),
                message_for=host.label if wants_message else "",
                message=rng.choice(("请尽快回电", "快递已放前台，请来取", "明天上午来访"))
                if wants_message else "",
                callback_due=moment + dt.timedelta(minutes=30) if wants_callback else None))
            count += 1
            # What is old is settled; today's last messages and callbacks are still open.
            settle = moment + dt.timedelta(minutes=rng.randint(20, 90))
            if settle > demo.real_now - dt.timedelta(minutes=10):
                continue
            demo.at(settle)
            for message in row.messages:
                calls.deliver_message(message.id, to=message.recipient,
                                      how=rng.choice(list(DeliveredHow)))
            if row.callback_open:
                calls.complete_callback(row.id, rng.choice(("已回电，问题已解决",
                                                            "已回电，约明天上门")))
        return count

    def finish(self, demo: DemoContext) -> None:
        book = demo.domain.phone_book
        known = {entry.name for entry in book.entries(include_retired=True,
                                                      include_occupants=False)}
        for entry_name, kind, number, extension, organisation in DIRECTORY:
            if entry_name not in known:
                book.save(PhoneEntryRow(None, entry_name, kind, number, organisation, extension,
                                        confidential=kind is EntryKind.STAFF))
        if book.last_review() is None:
            book.mark_reviewed()


CALLS = DemoModule("calls", lambda _demo: CallsDemo())
