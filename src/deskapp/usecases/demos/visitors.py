"""The visitor log's demo: visitors every day, regulars, the lists, a temporary pass."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from deskapp.domain.directory import HostOption
from deskapp.domain.identity import IdType
from deskapp.domain.records import HostResponse, Purpose
from deskapp.domain.screening import DenyReason
from deskapp.domain.visitors import HostRef, VisitInput, VisitQuery
from deskapp.domain.visitors.expected import ExpectedInput
from deskapp.usecases.demo import DemoContext, DemoDay, DemoModule
from deskapp.usecases.demos.people import COMPANIES, mobile, name, resident_id

PLATES = ("粤B", "京A", "沪C", "浙A", "苏E", "川A")
ITEMS = ("", "", "", "文件袋", "笔记本电脑", "样品两箱", "鲜花", "工具箱", "外卖")


def _host(option: HostOption) -> HostRef:
    return HostRef(option.label, option.id if option.kind == "unit" else None,
                   option.id if option.kind == "department" else None)


class VisitorsDemo:
    """Between 18 and 34 visitors a day; most received, some declined, all checked out
    but today's last ones."""

    def __init__(self, demo: DemoContext) -> None:
        # Their own generator: the same three regulars however often the demo is loaded.
        stable = random.Random(demo.seed + 1)
        self._regulars = [
            VisitInput(name=name(stable), phone=mobile(stable), company=company, party_size=1,
                       purpose=purpose, host=_host(stable.choice(demo.hosts)))
            for company, purpose in (("顺丰速运", Purpose.DELIVERY), ("美团配送", Purpose.DELIVERY),
                                     ("东方雨虹防水", Purpose.MAINTENANCE))]
        # Each regular comes at least once, however short the demo (a one-day demo loaded
        # before opening has only a few visits).
        self._yet_to_come = list(self._regulars)

    def day(self, demo: DemoContext, day: DemoDay) -> int:
        rng, visitors = demo.rng, demo.domain.visitors
        count = 0
        for moment in demo.moments(day, 18, 34):
            demo.at(moment)
            if rng.random() < 0.15 or self._yet_to_come:
                regular = (self._yet_to_come.pop(0) if self._yet_to_come
                           else rng.choice(self._regulars))
                # A regular may still be on site from an earlier load of the demo.
                data = replace(regular, time_in=moment, again_while_on_site=True)
            else:
                data = VisitInput(
                    name=name(rng), id_type=IdType.RESIDENT,
                    id_number=resident_id(rng) if rng.random() < 0.8 else "",
                    phone=mobile(rng), company=rng.choice(COMPANIES),
                    party_size=rng.choice((1, 1, 1, 2, 2, 3)), purpose=rng.choice(list(Purpose)),
                    host=_host(rng.choice(demo.hosts)),
                    plate=rng.choice(PLATES) + f"{rng.randrange(10000, 99999)}"
                    if rng.random() < 0.3 else "",
                    items=rng.choice(ITEMS), time_in=moment,
                    # Every load draws from the same seed, so the same made-up people come
                    # back: one an earlier load left on site may come again.
                    again_while_on_site=True)
            row = visitors.check_in(data)
            count += 1
            demo.at(moment + dt.timedelta(minutes=rng.randint(1, 4)))
            if rng.random() < 0.08:
                visitors.record_host_response(
                    row.id, HostResponse.DECLINED,
                    message=rng.choice(("今天不在公司，请改约", "会议中，留言稍后回电")))
                continue
            visitors.record_host_response(row.id, HostResponse.RECEIVED)
            leave = moment + dt.timedelta(minutes=rng.randint(10, 150))
            if leave < demo.real_now - dt.timedelta(minutes=20) or day.days_ago > 0:
                demo.at(leave)
                visitors.check_out(row.id)
        return count

    def finish(self, demo: DemoContext) -> None:
        visitors, screening = demo.domain.visitors, demo.domain.screening
        for regular in self._regulars:
            profile = visitors.find_returning(phone=regular.phone)
            if profile is not None:
                visitors.set_exempt(profile.visitor_id, True)
        today = demo.domain.clock.today()
        deny_names = {d.name for d in screening.deny_list(include_inactive=True)}
        if "推销保险人员" not in deny_names:
            screening.add_deny(name="推销保险人员", phone="13912345678", reason=DenyReason.SALES,
                               note="多次进入楼层推销")
        if "派发传单人员" not in deny_names:
            screening.add_deny(name="派发传单人员", reason=DenyReason.ADVERTISING)
        if not any(w.name == "（协查对象）" for w in screening.watch_list(include_inactive=True)):
            screening.add_watch(name="（协查对象）", id_number="440305198808084419",
                                description="男，约35岁，身高175cm左右",
                                source="南山公安分局协查通报〔2026〕17号",
                                valid_until=today + dt.timedelta(days=60))
        if not any(p.holder_name == "王建国" for p in screening.temp_passes(current_only=False)):
            screening.issue_temp_pass(
                holder_name="王建国", id_number=resident_id(demo.rng), phone=mobile(demo.rng),
                company="碧桂园装饰", host_label="1203", work="室内装修（水电改造、吊顶）",
                valid_from=today - dt.timedelta(days=3), valid_to=today + dt.timedelta(days=25),
                deposit="50")
        self._today_extras(demo)

    def _today_extras(self, demo: DemoContext) -> None:
        """A decoration crew on site as a party, and two visitors booked for later today."""
        visitors, expected = demo.domain.visitors, demo.domain.expected
        now = demo.real_now
        demo.at(now)
        today = demo.domain.clock.today()
        on_site = visitors.page(VisitQuery(today, today, on_site_only=True), limit=500)
        if not any(v.group_id for v in on_site):
            host = _host(demo.rng.choice(demo.hosts))
            crew = [VisitInput(name=name(demo.rng), phone=mobile(demo.rng), company="碧桂园装饰",
                               purpose=Purpose.MAINTENANCE, host=host, items="工具箱",
                               time_in=now - dt.timedelta(minutes=40))]
            crew += [VisitInput(name=name(demo.rng)) for _ in range(2)]
            visitors.check_in_group(crew)
        if not expected.for_day(today):
            for minutes in (60, 150):
                expected.add(ExpectedInput(
                    name=name(demo.rng), phone=mobile(demo.rng),
                    company=demo.rng.choice(COMPANIES), host=_host(demo.rng.choice(demo.hosts)),
                    expected_at=now + dt.timedelta(minutes=minutes), note="来电预约"))


VISITORS = DemoModule("visits", VisitorsDemo)
