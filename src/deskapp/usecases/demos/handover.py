"""The shift handover's demo: at the end of each demo day the shift on duty writes its
handover note — a line of what to know, a few of the keys, messages and parcels still open
(offered as items), one thing to follow up typed by hand —; the next morning the other
receptionist acknowledges it and signs most items off during the day. The last note is left
unread, so the practice operator 王芳 reads it first at her log-in. Nothing on a file of
real records: the notes would be signed by made-up operators."""

from __future__ import annotations

import datetime as dt

from deskapp.db.engine import acting
from deskapp.domain.handover.records import ItemInput, NoteInput, NoteRow
from deskapp.domain.handover.service import ShiftHandover
from deskapp.domain.operators import Operator
from deskapp.usecases.demo import DemoContext, DemoDay, DemoModule

# The two receptionists take turns; the last note of the demo is 陈静's, for 王芳 to read.
LAST_WRITER, OTHER_WRITER = "陈静", "王芳"
SHIFT = "白班"
TEXTS = (
    "今日访客较多，12楼会议室下午有外来培训，已通知保安部加强登记。",
    "2号客梯下午14:00—16:00维保，已在大堂张贴告示。",
    "1203空调报修已派工程部，业主要求明天上午再回访一次。",
    "消防演习通知已发至各租户，演习当天前台需配合广播。",
    "大堂饮水机无水，已报保洁部更换。",
    "今日无特殊情况，快递柜已满，请留意货架。",
)
FREE_ITEMS = (
    "给1505回电确认装修进场时间",
    "明早9点前打印本周访客统计交主管",
    "跟进B1停车场照明报修",
    "提醒保洁部补充大堂消毒液",
    "联系招商部确认1802看房钥匙归还时间",
)
SIGN_OFF_NOTES = ("已处理", "已回电", "已归还", "已通知", "")
# How many of the open keys, messages and parcels a note lists (the rest are on the lists).
OFFERED_IN_NOTE = 3


class HandoverDemo:
    """A note a day, read and followed up the next morning."""

    def __init__(self, demo: DemoContext) -> None:
        self._idle = not demo.domain.settings.load().demo

    def _desk(self, demo: DemoContext, name: str) -> ShiftHandover:
        """The handover log as ``name`` uses it at the demo's counter."""
        domain = demo.domain
        operator = Operator(name, domain.operator.desk)
        return ShiftHandover(acting(domain.engine, operator, domain.clock.now), domain.clock,
                             operator, keys=domain.keys, calls=domain.calls,
                             parcels=domain.parcels)

    def day(self, demo: DemoContext, day: DemoDay) -> int:
        if self._idle:
            return 0
        # One shift a day, the two receptionists in turn, so that today's is LAST_WRITER's.
        name = LAST_WRITER if day.days_ago % 2 == 0 else OTHER_WRITER
        span = day.end - day.opening
        self._follow_up(demo, self._desk(demo, name), day.opening, span)
        demo.at(day.end - span / 20)
        desk = self._desk(demo, name)
        offered = [o.as_input() for o in desk.offered_items()[:OFFERED_IN_NOTE]]
        desk.write(NoteInput(SHIFT, demo.rng.choice(TEXTS),
                             [*offered, ItemInput(demo.rng.choice(FREE_ITEMS))]))
        return 1

    @staticmethod
    def _follow_up(demo: DemoContext, desk: ShiftHandover, opening: dt.datetime,
                   span: dt.timedelta) -> None:
        """The shift reads first what the last one left, and by midday signs off the items
        whose record is no longer open and most of the typed ones."""
        demo.at(opening + span / 20)
        notes: list[NoteRow] = desk.acknowledge_all(
            [n.id for n in desk.unacknowledged(desk.operator_name)])
        still_open = {(o.record_kind, o.record_id) for o in desk.offered_items()}
        for note in notes:
            for item in note.items:
                done = ((item.record_kind, item.record_id) not in still_open if item.linked
                        else demo.rng.random() < 0.75)
                if done:
                    demo.at(opening + span * demo.rng.uniform(0.1, 0.5))
                    desk.sign_off(item.id, demo.rng.choice(SIGN_OFF_NOTES))

    def finish(self, demo: DemoContext) -> None:
        demo.at(demo.real_now)


HANDOVER_DEMO = DemoModule("handover notes", HandoverDemo)
