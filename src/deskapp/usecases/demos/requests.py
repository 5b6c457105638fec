"""The request log's demo: three months of complaints, repairs, inquiries and suggestions
taken at the counter — some from logged calls — and walked through dispatch, handling,
revisit and closing; the recent ones still on their way, so the workspace shows every state
it knows (a paused repair, a revisit due, a reopened complaint, one escalated after 30 days).

Each request's whole way is written when it is taken, the clock jumping ahead to each step
and back for the next request; a step that would fall after now is left undone, which is
what leaves the recent requests open.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from deskapp.domain.calls.records import About, CallInput, CallQuery, Category
from deskapp.domain.clock import Clock
from deskapp.domain.directory import unit_label
from deskapp.domain.requests.log import RequestLog
from deskapp.domain.requests.records import (
    Channel,
    Grounds,
    Kind,
    Nature,
    RequestInput,
    RevisitHow,
    RevisitInput,
    Satisfaction,
    Severity,
)
from deskapp.usecases.demo import DemoContext, DemoDay, DemoModule, demo_days
from deskapp.usecases.demos.people import mobile, name
from deskapp.usecases.demos.request_cases import (
    COMPLAINTS,
    EFFECTS,
    FINAL_OPINIONS,
    FROM_CALLS,
    HANDLERS,
    INQUIRIES,
    PAUSE_REASONS,
    REPAIRS,
    SUGGESTIONS,
    SUGGESTIONS_AT_REVISIT,
    Case,
)

# How far back the request log goes, whatever the demo's days.
HISTORY_DAYS = 90
# A step closer to now than this is left for the counter to do.
LEFT_UNDONE = dt.timedelta(minutes=2)
# Who revisits by severity (the same level that handled it): the assistant on duty (the
# demo's operator), the supervisor and the manager of the demo's directory.
REVISITED_BY = {Severity.GENERAL: "", Severity.IMPORTANT: "李建国", Severity.MAJOR: "陈经理"}
MANAGER = "陈经理"

Step = Callable[[RequestLog, int], object]


@dataclass
class _Planned:
    """A request as it will be taken, and its steps after intake, in order."""

    data: RequestInput
    steps: list[tuple[dt.datetime, Step]]

    @property
    def received_at(self) -> dt.datetime:
        assert self.data.received_at is not None
        return self.data.received_at


def _dispatch(department: str, department_id: int | None) -> Step:
    return lambda log, rid: log.dispatch(rid, department, department_id)


def _progress(note: str, handler: str = "") -> Step:
    return lambda log, rid: log.record_progress(rid, note, handler)


def _pause(reason: str) -> Step:
    return lambda log, rid: log.pause(rid, reason)


def _resume() -> Step:
    return lambda log, rid: log.resume(rid)


def _resolve(result: str, handler: str = "", rectification: str = "") -> Step:
    return lambda log, rid: log.resolve(rid, result, handler, rectification)


def _revisit(data: RevisitInput) -> Step:
    return lambda log, rid: log.revisit(rid, data)


def _reclassify(severity: Severity, grounds: Grounds, reason: str) -> Step:
    return lambda log, rid: log.reclassify(rid, severity, grounds, reason)


def _close(final_opinion: str) -> Step:
    return lambda log, rid: log.close(rid, final_opinion)


class RequestsDemo:
    """One to three requests a working day (fewer at weekends), a few of the day's calls
    taken as requests, and the featured ones that show each state."""

    def __init__(self, demo: DemoContext) -> None:
        directory = demo.domain.directory
        self._clock: Clock = demo.domain.clock
        self._now = demo.real_now
        self._today = self._clock.local(self._now).date()
        self._departments = {d.name: d.id for d in directory.departments()}
        self._tenants = [u for u in directory.units() if u.occupied and u.occupant]
        # The history and the featured requests are made once: a second load adds days only.
        first_load = not demo.domain.requests.has_requests()
        self._history_due = first_load
        self._featured_due = self._featured(random.Random(demo.seed + 2)) if first_load else []
        self._from_calls = 0
        # Its own generator: the visits and calls stay as they were without requests.
        self._rng = random.Random(demo.seed * 7919 + 11)

    # --- The days
    def day(self, demo: DemoContext, day: DemoDay) -> int:
        made = 0
        if self._history_due:
            self._history_due = False
            for earlier in demo_days(Clock(lambda: self._now, tz=self._clock.tz),
                                     HISTORY_DAYS, self._now):
                if earlier.day < day.day:
                    made += self._run_day(demo, earlier, self._random_plans(demo, earlier))
        plans = self._random_plans(demo, day) + self._call_plans(demo, day)
        return made + self._run_day(demo, day, plans)

    def finish(self, demo: DemoContext) -> None:
        log = demo.domain.requests
        leftover = sorted(self._featured_due, key=lambda p: p.received_at)
        self._featured_due = []
        if self._from_calls == 0:  # a day without a repair call: one comes in now
            leftover.append(self._a_call_now(demo))
        for plan in leftover:
            self._carry_out(demo, plan)
        demo.at(self._now)
        log.escalate_overdue()

    def _run_day(self, demo: DemoContext, day: DemoDay, plans: list[_Planned]) -> int:
        # The morning's check: valid complaints a month old become major.
        demo.at(day.opening)
        demo.domain.requests.escalate_overdue()
        featured = [p for p in self._featured_due
                    if self._clock.local(p.received_at).date() <= day.day]
        self._featured_due = [p for p in self._featured_due if p not in featured]
        plans = sorted(plans + featured, key=lambda p: p.received_at)
        for plan in plans:
            self._carry_out(demo, plan)
        return len(plans)

    def _carry_out(self, demo: DemoContext, plan: _Planned) -> None:
        log = demo.domain.requests
        demo.at(min(plan.received_at + dt.timedelta(minutes=3), self._now))
        row = log.register(plan.data)
        for moment, step in plan.steps:
            if moment > self._now - LEFT_UNDONE:
                return
            demo.at(moment)
            step(log, row.id)

    # --- Made-up requests
    def _random_plans(self, demo: DemoContext, day: DemoDay) -> list[_Planned]:
        rng = self._rng
        weekend = day.day.weekday() >= 5
        moments = self._moments(day, 0 if weekend else 1, 1 if weekend else 3)
        plans = []
        for moment in moments:
            group = rng.choices((REPAIRS, COMPLAINTS, INQUIRIES, SUGGESTIONS),
                                weights=(45, 30, 15, 10))[0]
            case = rng.choice(group)
            plans.append(_Planned(self._intake(rng, case, moment),
                                  self._steps(rng, case, moment)))
        return plans

    def _intake(self, rng: random.Random, case: Case, received: dt.datetime) -> RequestInput:
        channel = rng.choices(list(Channel), weights=(40, 40, 5, 15))[0]
        complainant, phone, about, unit_id = name(rng), mobile(rng), "", None
        if self._tenants:
            tenant = rng.choice(self._tenants)
            about, unit_id = unit_label(tenant), tenant.id
            if rng.random() < 0.5:  # the tenant, or someone working there
                complainant = tenant.occupant
                phone = tenant.phones.split(",")[0].strip() or phone
        return RequestInput(
            content=case.content, complainant=complainant, phone=phone, about_label=about,
            about_unit_id=unit_id, channel=channel,
            forwarded_from=rng.choice(("安保部", "工程部", "招商部"))
            if channel is Channel.FORWARDED else "",
            kind=case.kind, nature=case.nature, severity=case.severity, grounds=case.grounds,
            received_at=received)

    def _steps(self, rng: random.Random, case: Case,
               received: dt.datetime) -> list[tuple[dt.datetime, Step]]:
        """The way of a made-up request: dispatched, handled, resolved, revisited or closed."""
        minutes = dt.timedelta(minutes=1)
        steps: list[tuple[dt.datetime, Step]] = []
        handler = rng.choice(HANDLERS.get(case.department, ("",)))
        if case.kind is Kind.INQUIRY and not case.note:  # answered at the counter
            at = received + rng.randint(4, 12) * minutes
            return [(at, _resolve(case.result)), (at + minutes, _close("已知悉，谢谢"))]
        at = self._working(rng, received + rng.randint(5, 25) * minutes)
        steps.append((at, _dispatch(case.department, self._departments.get(case.department))))
        if case.note:
            at = self._working(rng, at + rng.randint(20, 90) * minutes)
            steps.append((at, _progress(case.note, handler)))
        if case.kind is Kind.REPAIR and rng.random() < 0.1:
            at = self._working(rng, at + rng.randint(10, 30) * minutes)
            steps.append((at, _pause(rng.choice(PAUSE_REASONS))))
            at = self._next_morning(rng, at)
            steps.append((at, _resume()))
        hours = {Kind.REPAIR: (1, 5), Kind.COMPLAINT: (3, 30), Kind.INQUIRY: (1, 4),
                 Kind.SUGGESTION: (24, 96)}[case.kind]
        if case.severity is not Severity.GENERAL:
            hours = (1, 4)
        at = self._working(rng, at + dt.timedelta(minutes=rng.randint(hours[0] * 60,
                                                                        hours[1] * 60)))
        steps.append((at, _resolve(case.result, handler, case.rectification)))
        if not case.kind.needs_revisit:
            at += rng.randint(10, 60) * minutes
            steps.append((at, _close("感谢采纳" if case.kind is Kind.SUGGESTION else "已知悉")))
            return steps
        at = self._revisit_time(rng, at)
        by = REVISITED_BY[case.severity]
        if rng.random() < 0.05:  # not put right: back to the department, and again
            steps.append((at, _revisit(RevisitInput(
                Satisfaction.DISSATISFIED, effect="问题仍然存在",
                shortcomings="处理后没几天又出现同样的问题", revisited_by=by,
                sent_back=f"请{case.department}复查，彻底解决"))))
            at = self._next_morning(rng, at)
            steps.append((at, _progress("复查后重新处理", handler)))
            at = self._working(rng, at + rng.randint(2, 6) * 60 * minutes)
            steps.append((at, _resolve(case.result + "；复查后已彻底处理", handler,
                                       case.rectification)))
            at = self._revisit_time(rng, at)
        satisfaction = rng.choices(
            (Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED, Satisfaction.NEUTRAL),
            weights=(30, 60, 10))[0]
        steps.append((at, _revisit(RevisitInput(
            satisfaction, how=RevisitHow.IN_PERSON if rng.random() < 0.2 else RevisitHow.PHONE,
            effect=rng.choice(EFFECTS), suggestions=rng.choice(SUGGESTIONS_AT_REVISIT),
            final_opinion="基本满意" if satisfaction is Satisfaction.NEUTRAL
            else rng.choice(FINAL_OPINIONS), revisited_by=by))))
        return steps

    # --- Calls taken as requests
    def _call_plans(self, demo: DemoContext, day: DemoDay) -> list[_Planned]:
        """One or two of the day's repair and complaint calls from a tenant (about a unit,
        whose label starts with its number), written down as requests."""
        rng, log = self._rng, demo.domain.requests
        calls = [c for c in demo.domain.calls.page(CallQuery(day.day, day.day), limit=500)
                 if c.category in (Category.REPAIR, Category.COMPLAINT)
                 and c.subject in FROM_CALLS and c.about_label.split(" ")[0].isdigit()
                 and log.request_for_call(c.id) is None]
        rng.shuffle(calls)
        plans = []
        for call in sorted(calls[:rng.randint(1, 2)], key=lambda c: c.started_at):
            plans.append(self._from_call(rng, log, call.id, call.subject))
        return plans

    def _from_call(self, rng: random.Random, log: RequestLog, call_id: int,
                   subject: str) -> _Planned:
        data = log.from_call(call_id)
        department, note, result = FROM_CALLS[subject]
        case = Case(data.kind, data.content, department, note, result, nature=data.nature)
        self._from_calls += 1
        assert data.received_at is not None
        return _Planned(data, self._steps(rng, case, data.received_at))

    def _a_call_now(self, demo: DemoContext) -> _Planned:
        rng = random.Random(demo.seed + 3)
        started = self._now - dt.timedelta(minutes=12)
        demo.at(started + dt.timedelta(minutes=2))
        tenant = rng.choice(self._tenants) if self._tenants else None
        call = demo.domain.calls.log_call(CallInput(
            subject="空调不制冷", caller_name=tenant.occupant if tenant else name(rng),
            phone=mobile(rng), category=Category.REPAIR, started_at=started,
            about=About(unit_label(tenant), unit_id=tenant.id) if tenant else About()))
        return self._from_call(rng, demo.domain.requests, call.id, call.subject)

    # --- Times
    def _moments(self, day: DemoDay, low: int, high: int) -> list[dt.datetime]:
        span = int((day.end - day.opening).total_seconds())
        return sorted(day.opening + dt.timedelta(seconds=self._rng.randrange(0, span))
                      for _ in range(self._rng.randint(low, high)))

    def _working(self, rng: random.Random, moment: dt.datetime) -> dt.datetime:
        """``moment``, or the next opening hours' start when the counter is closed."""
        local = self._clock.local(moment)
        if local.time() < dt.time(8, 50):
            return self._clock.at_local(local.date(), 9, rng.randint(0, 40))
        if local.time() > dt.time(17, 30):
            return self._next_morning(rng, moment)
        return moment

    def _next_morning(self, rng: random.Random, moment: dt.datetime) -> dt.datetime:
        day = self._clock.local(moment).date() + dt.timedelta(days=1)
        return self._clock.at_local(day, 9, rng.randint(0, 50))

    def _revisit_time(self, rng: random.Random, resolved: dt.datetime) -> dt.datetime:
        """Within the three days the documents allow."""
        day = self._clock.local(resolved).date() + dt.timedelta(days=rng.randint(1, 3))
        return self._clock.at_local(day, 10, 0) + dt.timedelta(minutes=rng.randint(0, 390))

    # --- The featured requests: one of each state the workspace shows
    def _on(self, days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
        return self._clock.at_local(self._today - dt.timedelta(days=days_ago), hour, minute)

    def _ago(self, minutes: int) -> dt.datetime:
        return self._now - dt.timedelta(minutes=minutes)

    def _featured(self, rng: random.Random) -> list[_Planned]:
        def tenant(floor: int | None = None) -> tuple[str, str, str, int | None]:
            fitting = [t for t in self._tenants
                       if floor is None or t.number.startswith(str(floor))]
            if not fitting:
                return name(rng), mobile(rng), "", None
            chosen = rng.choice(fitting)
            return (chosen.occupant, chosen.phones.split(",")[0].strip() or mobile(rng),
                    unit_label(chosen), chosen.id)

        def taken(content: str, received: dt.datetime, *, floor: int | None = None,
                  **fields: object) -> RequestInput:
            who, phone, about, unit_id = tenant(floor)
            return replace(RequestInput(content=content, complainant=who, phone=phone,
                                        about_label=about, about_unit_id=unit_id,
                                        received_at=received), **fields)

        dept = self._departments.get
        eng, sec, clean = ("工程部", dept("工程部")), ("安保部", dept("安保部")), \
            ("保洁部", dept("保洁部"))
        minute = dt.timedelta(minutes=1)
        plans = []

        # A valid complaint never put right: a month on, the morning's check makes it major.
        at = self._on(40, 10, 20)
        plans.append(_Planned(taken(
            "地下车库 B2 层我的车位上方管道一直滴水，车顶全是水渍，之前说过两次还没解决", at),
            [(at + 15 * minute, _dispatch(*eng)),
             (at + 75 * minute, _progress("工程部查看：消防管道接头渗漏，需停水更换，"
                                          "待与消防维保单位协调", "刘师傅")),
             (self._on(33, 10), _progress("已联系消防维保单位，接头配件在订货")),
             (self._on(25, 15), _progress("客户来电催问，已告知配件预计下周到货，"
                                          "先在车位上方加装接水槽")),
             (self._on(9, 11), _progress("已升级为重大投诉，由陈经理牵头督办，"
                                         "约消防维保单位停水更换接头")),
             (self._on(2, 16), _progress("配件已到货，维保单位确认本周六上午施工"))]))

        # Major: a cleaner charging for rubble removal without a receipt.
        at = self._on(27, 14, 5)
        plans.append(_Planned(taken(
            "装修单位反映，保洁员私下收了 200 元建筑垃圾清运费，没有开收据", at,
            channel=Channel.PHONE, severity=Severity.MAJOR,
            grounds=Grounds.UNAUTHORISED_CHARGING, owner=MANAGER,
            due_at=at + dt.timedelta(hours=24)),
            [(at + 10 * minute, _dispatch(*clean)),
             (at + 130 * minute, _progress("陈经理约谈保洁领班和当事保洁员，情况属实",
                                           "保洁领班周红")),
             (self._on(26, 11), _resolve(
                 "当事保洁员已退还 200 元并停职处理，公司向客户书面致歉", "保洁领班周红",
                 "建筑垃圾清运一律在前台开票收费，收费标准在各楼层公告栏公示")),
             (self._on(25, 10, 30), _revisit(RevisitInput(
                 Satisfaction.SATISFIED, how=RevisitHow.IN_PERSON, effect="退款已收到",
                 final_opinion="对处理结果满意", revisited_by=MANAGER)))]))

        # Taken as general, made important (attitude) once the guard's shouting was seen.
        at = self._on(20, 9, 40)
        plans.append(_Planned(taken(
            "大堂保安对来访客户大声呵斥，态度很差", at),
            [(at + 10 * minute, _dispatch(*sec)),
             (at + 60 * minute, _progress("安保部调取大堂监控核实情况", "保安队长赵强")),
             (at + 70 * minute, _reclassify(Severity.IMPORTANT, Grounds.ATTITUDE,
                                            "监控显示保安确有呵斥行为")),
             (at + 5 * 60 * minute, _resolve(
                 "当班保安已当面向客户道歉，安保部通报批评", "保安队长赵强",
                 "安保部本月组织一次文明礼貌服务培训")),
             (self._on(18, 15), _revisit(RevisitInput(
                 Satisfaction.VERY_SATISFIED, effect="保安已道歉", final_opinion="处理得很认真",
                 revisited_by="李建国")))]))

        # Major emergency: a burst pipe, owner and deadline set by the manager.
        at = self._on(12, 11, 10)
        plans.append(_Planned(taken(
            "12 楼茶水间水管爆裂，水漫到走廊和电梯厅了", at, floor=12, channel=Channel.PHONE,
            kind=Kind.REPAIR, nature=Nature.HELP_SEEKING, severity=Severity.MAJOR,
            grounds=Grounds.EMERGENCY, owner=MANAGER, due_at=at + dt.timedelta(hours=2)),
            [(at + 5 * minute, _dispatch(*eng)),
             (at + 15 * minute, _progress("已关闭 12 层给水总阀，保洁部正在吸水，"
                                          "电梯暂停 12 层停靠", "刘师傅")),
             (at + 100 * minute, _resolve(
                 "更换爆裂的三通接头，恢复供水，地面已清理干净，电梯恢复停靠", "刘师傅",
                 "每季度检查茶水间给水管件，老化的提前更换")),
             (self._on(11, 10), _revisit(RevisitInput(
                 Satisfaction.SATISFIED, how=RevisitHow.IN_PERSON, effect="供水正常",
                 final_opinion="抢修很及时", revisited_by=MANAGER)))]))

        # A letter: revisited, kept open until the written reply goes out.
        at = self._on(9, 10)
        plans.append(_Planned(taken(
            "来信反映：楼下餐厅的油烟从窗户飘进办公室，夏天都不敢开窗", at, floor=3,
            channel=Channel.LETTER),
            [(at + 60 * minute, _dispatch(*eng)),
             (self._on(8, 10, 30), _progress("工程部检查餐厅排烟管道", "张师傅")),
             (self._on(5, 16), _resolve(
                 "督促餐厅清洗油烟净化器，排烟口加装导流罩，已无明显油烟", "张师傅",
                 "每月检查餐厅油烟净化器的清洗记录")),
             (self._on(2, 10, 30), _revisit(RevisitInput(
                 Satisfaction.SATISFIED, how=RevisitHow.IN_PERSON, effect="油烟基本没有了",
                 final_opinion="满意，等物业的书面答复", close=False)))]))

        # Forwarded, important (timeliness): a dissatisfied revisit reopened it.
        at = self._on(8, 14, 30)
        plans.append(_Planned(taken(
            "空调报修三天了还没人来修，办公室太热没法上班", at, channel=Channel.FORWARDED,
            forwarded_from="招商部", severity=Severity.IMPORTANT, grounds=Grounds.TIMELINESS),
            [(at + 20 * minute, _dispatch(*eng)),
             (at + 40 * minute, _progress("刘师傅上门检修空调", "刘师傅")),
             (at + 160 * minute, _resolve("清洗空调滤网、补充冷媒，试机正常", "刘师傅")),
             (self._on(4, 10), _revisit(RevisitInput(
                 Satisfaction.DISSATISFIED, effect="上午凉快，下午还是热",
                 shortcomings="下午两点以后还是不凉", sent_back="请工程部复查空调外机",
                 revisited_by="李建国"))),
             (self._on(3, 11), _progress("复查发现外机冷凝器积灰严重、冷媒不足，已约格力售后",
                                         "张师傅")),
             (self._on(1, 15, 30), _progress("格力售后明天上午上门清洗外机"))]))

        # Overdue: still being handled past its three working days.
        at = self._on(6, 16, 10)
        plans.append(_Planned(taken(
            "对面楼顶广告灯箱整夜亮着，灯光直射办公室，晚上加班很刺眼", at,
            channel=Channel.PHONE),
            [(at + 20 * minute, _dispatch(*eng)),
             (self._on(5, 10), _progress("工程部联系灯箱业主，协商调整亮灯时间", "张师傅"))]))

        # Resolved, the revisit two days late.
        at = self._on(6, 9, 15)
        plans.append(_Planned(taken(
            "财务室门锁锁芯卡住，钥匙拧不动", at, kind=Kind.REPAIR, nature=Nature.HELP_SEEKING),
            [(at + 10 * minute, _dispatch(*eng)),
             (at + 40 * minute, _progress("维修工上门拆锁检查", "张师傅")),
             (self._on(5, 10), _resolve("更换锁芯，新钥匙三把交客户签收", "张师傅"))]))

        # Resolved three days ago: the revisit falls due today.
        at = self._on(4, 15)
        plans.append(_Planned(taken(
            "空调出风口往下滴水，滴到办公桌上", at, kind=Kind.REPAIR,
            nature=Nature.HELP_SEEKING, channel=Channel.PHONE),
            [(at + 15 * minute, _dispatch(*eng)),
             (at + 60 * minute, _progress("维修工上门查看", "刘师傅")),
             (self._on(3, 11), _resolve("疏通空调冷凝水管，出风口不再滴水", "刘师傅"))]))

        # Waiting on the customer: the deadline stands still.
        at = self._on(2, 10, 30)
        plans.append(_Planned(taken(
            "卫生间地漏返臭味，整个办公室都能闻到", at, kind=Kind.REPAIR,
            nature=Nature.HELP_SEEKING),
            [(at + 15 * minute, _dispatch(*eng)),
             (at + 60 * minute, _progress("维修工上门，需拆开地漏更换防臭芯", "张师傅")),
             (at + 70 * minute, _pause("客户出差，等客户回来后约时间上门"))]))

        # Resolved yesterday: the revisit is due in two days.
        at = self._on(1, 9, 50)
        plans.append(_Planned(taken(
            "办公室网线接口松动，电脑经常断网", at, kind=Kind.REPAIR, nature=Nature.HELP_SEEKING,
            channel=Channel.PHONE),
            [(at + 10 * minute, _dispatch(*eng)),
             (at + 50 * minute, _progress("弱电维修员上门检查", "电工小王")),
             (self._on(1, 16), _resolve("重新压接网线水晶头，更换信息面板", "电工小王"))]))

        # In progress since yesterday.
        at = self._on(1, 14, 20)
        plans.append(_Planned(taken(
            "楼上单位搬家拖拽家具，噪音很大，影响开会", at),
            [(at + 10 * minute, _dispatch(*sec)),
             (at + 30 * minute, _progress("秩序维护员到楼上提醒搬家单位轻拿轻放",
                                          "秩序维护员孙磊"))]))

        # Today: dispatched, and two just written down.
        at = self._ago(70)
        plans.append(_Planned(taken("会议室投影仪无法开机，下午有客户来开会", at,
                                    kind=Kind.REPAIR, nature=Nature.HELP_SEEKING,
                                    channel=Channel.PHONE),
                              [(at + 10 * minute, _dispatch(*eng))]))
        plans.append(_Planned(taken("建议午餐高峰时段增开一部电梯", self._ago(25),
                                    kind=Kind.SUGGESTION), []))
        plans.append(_Planned(taken("询问周日能否临时进场加班，空调怎么申请", self._ago(10),
                                    kind=Kind.INQUIRY, nature=Nature.INQUIRY,
                                    channel=Channel.PHONE), []))
        return plans


REQUESTS = DemoModule("requests", RequestsDemo)
