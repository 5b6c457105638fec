"""Lost property's demo: now and then something found in the building — an umbrella in the
lobby, a phone in the car park, keys in a lift — recorded by the operator and a colleague;
most claimed by their owner within a few days, against an ID and a description, some still
kept. Made once, before the demo's days: a wallet unclaimed for over a month and handed to
the police, and a bag found five weeks ago, still unclaimed and due to go.

Everything goes through lost property's own methods on the walking clock, in time order;
on a file of real records (loaded with force) nothing is added.
"""

from __future__ import annotations

import datetime as dt
import random

from deskapp.domain.checks import FIRST_DAY
from deskapp.domain.services.lost_property import LostProperty
from deskapp.domain.services.lost_property_records import (
    POLICE_AFTER_DAYS,
    ClaimInput,
    FoundCategory,
    FoundFilter,
    FoundItemInput,
    FoundItemRow,
    FoundQuery,
    PoliceHandover,
)
from deskapp.usecases.demo import DemoContext, DemoDay, DemoModule
from deskapp.usecases.demos.people import mobile, name, resident_id

C = FoundCategory
# What is found, what it holds, and how the owner describes it.
FINDS: tuple[tuple[FoundCategory, str, str, str], ...] = (
    (C.BAGS, "黑色长柄雨伞", "伞柄缠有蓝色胶带", "黑色长柄伞，伞柄上缠了蓝胶带"),
    (C.ELECTRONICS, "黑色华为手机", "手机壳内夹一张门禁卡", "黑色华为手机，壳里夹着门禁卡"),
    (C.KEYS, "钥匙一串（4 把）", "挂有小熊钥匙扣，一把为汽车钥匙", "四把钥匙，有小熊挂件和车钥匙"),
    (C.DOCUMENTS, "工作证一张", "深圳某科技公司工牌，附员工卡套", "公司工牌，蓝色卡套"),
    (C.VALUABLES, "棕色皮质钱包", "现金 120 元，银行卡 2 张，身份证 1 张",
     "棕色钱包，里面一百多块现金、两张银行卡和身份证"),
    (C.BAGS, "灰色双肩包", "内有笔记本电脑一台、充电器一个", "灰色背包，里面有电脑和充电器"),
    (C.BAGS, "藏青色西装外套", "左侧口袋有名片若干", "藏青色西装，口袋里有名片"),
    (C.ELECTRONICS, "白色无线耳机（充电盒）", "充电盒背面贴有姓名贴纸", "白色耳机盒，背面贴了名字"),
    (C.OTHER, "保温杯", "粉色，杯身印有卡通图案", "粉色保温杯，有卡通图案"),
    (C.DOCUMENTS, "门禁卡一张", "卡套上写有 1203", "门禁卡，卡套写着1203"),
)
PLACES = ("一楼大堂休息区", "B1 停车场 C 区", "3 号电梯轿厢", "二楼卫生间洗手台", "五楼茶水间",
          "大堂旋转门旁", "B2 停车场电梯厅", "八楼会议室", "消防通道一楼", "地下非机动车棚")
FINDERS = ("保洁 刘阿姨", "保安 小陈", "访客（未留姓名）", "1203 租户", "外卖员", "")
KEPT_AT = ("前台保险柜", "前台失物柜 1 号格", "前台失物柜 2 号格", "前台抽屉")
COLLEAGUES = ("陈静", "李建国", "王芳")
STATIONS = ("粤海派出所", "南头派出所")


class LostPropertyDemo:
    """About one find every three days; most claimed within a few days."""

    def __init__(self, demo: DemoContext) -> None:
        self._lost: LostProperty = demo.domain.lost_property
        self._rng = random.Random(demo.seed * 7919 + 31)  # the other demos stay as they were
        self._now = demo.real_now
        self._idle = not demo.domain.settings.load().demo
        self._featured = False
        self._waiting: list[FoundItemRow] = []

    def _witness(self) -> str:
        me = self._lost.operator_name
        return self._rng.choice([n for n in COLLEAGUES if n != me])

    def _record(self, demo: DemoContext, at: dt.datetime,
                find: tuple[FoundCategory, str, str, str]) -> FoundItemRow:
        category, what, holds, _said = find
        demo.at(at)
        return self._lost.record_found(FoundItemInput(
            description=what, found_where=self._rng.choice(PLACES),
            witnessed_by=self._witness(), category=category, contents=holds,
            found_at=at - dt.timedelta(minutes=self._rng.randint(5, 40)),
            found_by=self._rng.choice(FINDERS), kept_where=self._rng.choice(KEPT_AT)))

    def _claim(self, demo: DemoContext, item: FoundItemRow, at: dt.datetime) -> None:
        said = next((f[3] for f in FINDS if f[1] == item.description), item.description)
        demo.at(at)
        self._lost.claim(item.id, ClaimInput(name(self._rng), resident_id(self._rng),
                                             mobile(self._rng), said))

    # --- The days
    def day(self, demo: DemoContext, day: DemoDay) -> int:
        if self._idle:
            return 0
        made = 0
        if not self._featured:
            self._featured = True
            made += self._featured_items(demo)
        # The owners of things found earlier come by.
        for item in list(self._waiting):
            at = demo.moments(day, 1, 1)[0]
            if at > item.found_at + dt.timedelta(hours=1) and self._rng.random() < 0.45 \
                    and at < self._now - dt.timedelta(minutes=10):
                self._claim(demo, item, at)
                self._waiting.remove(item)
        if self._rng.random() < 0.35:
            at = demo.moments(day, 1, 1)[0]
            if at < self._now - dt.timedelta(minutes=5):
                self._waiting.append(self._record(demo, at, self._rng.choice(FINDS)))
                made += 1
        return made

    def finish(self, demo: DemoContext) -> None:
        demo.at(self._now)

    def _featured_items(self, demo: DemoContext) -> int:
        """A wallet handed to the police and a bag due to go: made on the first load only."""
        lost = self._lost
        clock = lost.clock
        today = clock.local(self._now).date()
        if lost.count(FoundQuery(FIRST_DAY, today, only=FoundFilter.TO_POLICE)).shown:
            return 0

        def days_ago(days: int, hour: int) -> dt.datetime:
            return clock.at_local(today - dt.timedelta(days=days), hour)

        wallet = self._record(demo, days_ago(POLICE_AFTER_DAYS + 12, 11), FINDS[4])
        # Kept, unclaimed: the list shows it due for the police.
        self._record(demo, days_ago(POLICE_AFTER_DAYS + 5, 15), FINDS[5])
        demo.at(days_ago(11, 10))
        lost.hand_to_police(wallet.id, PoliceHandover(self._rng.choice(STATIONS), "李警官"))
        return 2


LOST_PROPERTY = DemoModule("found items", LostPropertyDemo)
