"""Realistic Chinese demo data, so a newcomer sees a working counter at once.

Everything goes through the same services as real work (validation, screening, pass
numbers), with a clock walked through the past days.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import Engine
from sqlmodel import Session, select

from deskapp.db.models import DenyEntry, Department, TempPass, Unit, Visit, WatchEntry
from deskapp.domain.clock import Clock
from deskapp.domain.errors import DomainError
from deskapp.domain.directory import DepartmentKind, DepartmentRow, DirectoryService, UnitRow
from deskapp.domain.identity import IdType, id18_check_char
from deskapp.domain.records import HostResponse, Purpose
from deskapp.domain.screening import DenyReason, ScreeningService
from deskapp.domain.settings import SettingsService
from deskapp.domain.visitors import HostRef, VisitInput, VisitorLog
from deskapp.i18n import translate

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰志强红梅海燕文辉晓东丹丹"
COMPANIES = ("华为技术有限公司", "顺丰速运", "京东物流", "美团配送", "中国平安保险", "招商银行",
             "德勤咨询", "万科物业", "腾讯科技", "碧桂园装饰", "东方雨虹防水", "格力空调售后",
             "链家地产", "中通快递", "新东方教育", "")
PLATES = ("粤B", "京A", "沪C", "浙A", "苏E", "川A")
ITEMS = ("", "", "", "文件袋", "笔记本电脑", "样品两箱", "鲜花", "工具箱", "外卖")


@dataclass
class _WalkingClock:
    value: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.value


def _name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
    return rng.choice(SURNAMES) + given


def _mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def _resident_id(rng: random.Random) -> str:
    area = rng.choice(("110105", "310104", "440305", "330106", "510107", "320102"))
    birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 40))
    first17 = area + birth.strftime("%Y%m%d") + f"{rng.randrange(0, 1000):03d}"
    return first17 + id18_check_char(first17)


def load_directory(directory: DirectoryService, rng: random.Random) -> int:
    """Units of a 12-floor tower and the usual departments; returns how many were added."""
    added = 0
    existing = {u.number for u in directory.units()}
    for floor in range(2, 14):
        for room in range(1, 7):
            number = f"{floor}{room:02d}"
            if number in existing:
                continue
            vacant = rng.random() < 0.12
            directory.save_unit(UnitRow(
                id=None, number=number, occupant="" if vacant else _name(rng),
                company="" if vacant else rng.choice(COMPANIES[:-1]),
                phones="" if vacant else _mobile(rng), occupied=not vacant,
                notes="空置，钥匙由前台保管" if vacant else ""))
            added += 1
    known = {d.name for d in directory.departments()}
    for name, phone, kind in (("工程部", "8001", DepartmentKind.ENGINEERING),
                              ("安保部", "8002", DepartmentKind.SECURITY),
                              ("保洁部", "8003", DepartmentKind.CLEANING),
                              ("财务部", "8004", DepartmentKind.FINANCE),
                              ("招商部", "8005", DepartmentKind.LEASING),
                              ("客服中心", "8000", DepartmentKind.MANAGEMENT)):
        if name not in known:
            directory.save_department(DepartmentRow(None, name, phone, kind))
            added += 1
    return added


class DemoRefused(DomainError):
    """The file holds the counter's real records: demo data would mix with them."""


def holds_real_records(engine: Engine) -> bool:
    """Whether the file has records that are not demo data (any visit, unit, list entry)."""
    if SettingsService(engine).load().demo:
        return False
    with Session(engine) as session:
        return any(session.exec(select(table.id).limit(1)).first() is not None  # type: ignore[attr-defined]
                   for table in (Visit, Unit, Department, DenyEntry, WatchEntry, TempPass))


def load_demo(engine: Engine, clock: Clock, *, days: int = 14, seed: int = 7,
              force: bool = False,
              progress: Callable[[int, int | None], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> dict[str, int]:
    """Fill ``engine`` with demo data over the last ``days`` days, today included.

    A file without records becomes a demo file (marked, with a made-up organisation). A
    file with the counter's real records is refused unless ``force``; even then its
    settings are left alone, so made-up names never print on its documents. Loading twice
    adds visits but never a second copy of the lists and regulars.

    ``progress(done_days, days)`` is called after each day; ``cancelled()`` is checked
    between days (what was added so far stays: it is demo data). Returns counts.

    Raises:
        DemoRefused: real records and no ``force``.
    """
    settings = SettingsService(engine)
    if holds_real_records(engine):
        if not force:
            raise DemoRefused(translate(
                "Demo", "This data file holds real records, and demo data would mix with "
                "them. Try deskapp on a file of its own instead."))
    else:
        current = settings.load()
        settings.save(replace(current, demo=True, welcomed=True,
                              org_name=current.org_name or "星河国际大厦物业服务中心",
                              org_address=current.org_address or "深圳市南山区科技园星河路 88 号",
                              org_phone=current.org_phone or "0755-86001234",
                              counter_name=current.counter_name or "一楼大堂前台"))
    rng = random.Random(seed)
    real_now = clock.now()
    walker = _WalkingClock(real_now)
    walked = Clock(walker, tz=clock.tz)
    directory = DirectoryService(engine)
    units = load_directory(directory, rng)
    hosts = [o for o in directory.host_options()]
    screening = ScreeningService(engine, walked, directory)
    visitors = VisitorLog(engine, walked, screening, directory)
    # Their own generator: the same three regulars however often the demo is loaded.
    stable = random.Random(seed + 1)
    regulars = [VisitInput(name=_name(stable), phone=_mobile(stable), company=c, party_size=1,
                           purpose=p, host=HostRef(h.label, h.id if h.kind == "unit" else None,
                                                   h.id if h.kind == "department" else None))
                for c, p, h in (("顺丰速运", Purpose.DELIVERY, stable.choice(hosts)),
                                ("美团配送", Purpose.DELIVERY, stable.choice(hosts)),
                                ("东方雨虹防水", Purpose.MAINTENANCE, stable.choice(hosts)))]
    count = 0
    today = clock.today()
    for back in range(days - 1, -1, -1):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(days - 1 - back, days)
        day = today - dt.timedelta(days=back)
        opening = clock.at_local(day, 8, 50)
        closing = clock.at_local(day, 17, 30)
        end = min(closing, real_now)
        if back == 0 and end - opening < dt.timedelta(hours=3):
            # Before or just after opening: today still gets a morning's worth of visitors.
            opening = max(clock.at_local(day, 0, 0), real_now - dt.timedelta(hours=5))
            end = real_now - dt.timedelta(minutes=5)
        if end <= opening:
            continue
        arrivals = sorted(opening + dt.timedelta(seconds=rng.randrange(
            0, int((end - opening).total_seconds()))) for _ in range(rng.randint(18, 34)))
        for moment in arrivals:
            walker.value = moment
            if rng.random() < 0.15:
                # A regular may still be on site from an earlier load of the demo.
                data = replace(rng.choice(regulars), time_in=moment, again_while_on_site=True)
            else:
                host = rng.choice(hosts)
                has_id = rng.random() < 0.8
                data = VisitInput(
                    name=_name(rng), id_type=IdType.RESIDENT,
                    id_number=_resident_id(rng) if has_id else "", phone=_mobile(rng),
                    company=rng.choice(COMPANIES), party_size=rng.choice((1, 1, 1, 2, 2, 3)),
                    purpose=rng.choice(list(Purpose)),
                    host=HostRef(host.label, host.id if host.kind == "unit" else None,
                                 host.id if host.kind == "department" else None),
                    plate=rng.choice(PLATES) + f"{rng.randrange(10000, 99999)}"
                    if rng.random() < 0.3 else "",
                    items=rng.choice(ITEMS), time_in=moment)
            row = visitors.check_in(data)
            count += 1
            walker.value = moment + dt.timedelta(minutes=rng.randint(1, 4))
            if rng.random() < 0.08:
                visitors.record_host_response(row.id, HostResponse.DECLINED,
                                              message=rng.choice(("今天不在公司，请改约", "会议中，留言稍后回电")))
                continue
            visitors.record_host_response(row.id, HostResponse.RECEIVED)
            stay = dt.timedelta(minutes=rng.randint(10, 150))
            leave = moment + stay
            if leave < real_now - dt.timedelta(minutes=20) or back > 0:
                walker.value = leave
                visitors.check_out(row.id)
    walker.value = real_now
    for regular in regulars:
        profile = visitors.find_returning(phone=regular.phone)
        if profile is not None:
            visitors.set_exempt(profile.visitor_id, True)
    _load_lists(screening, rng, today)
    return {"units": units, "visits": count}


def _load_lists(screening: ScreeningService, rng: random.Random, today: dt.date) -> None:
    """The deny and watch lists and a temporary pass, each added once however often."""
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
        screening.issue_temp_pass(holder_name="王建国", id_number=_resident_id(rng),
                                  phone=_mobile(rng), company="碧桂园装饰", host_label="1203",
                                  work="1203 室内装修", valid_from=today - dt.timedelta(days=3),
                                  valid_to=today + dt.timedelta(days=25))
