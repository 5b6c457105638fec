"""The bench's rows, made fast: five years of visits with their visitors, host answers and
check-out events, calls with their messages and callbacks, requests
(:mod:`deskapp.bench.requests_data`), key loans (:mod:`deskapp.bench.keys_data`) and fee
collection's bills and receipts (:mod:`deskapp.bench.fees_data`), written
in bulk — one transaction, ``executemany``
(COPY on a server), the secondary indexes built once at the end — and every record put in
the search index through the same :func:`deskapp.db.dialect.index_records` the services
use.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Connection, Engine, text

from deskapp.bench.fees_data import FEE_BULK_TABLES, FEE_NUMBERED, FeeRows
from deskapp.bench.keys_data import Cabinet, KeyRows, finish_keys, write_key_rows
from deskapp.bench.parcels_data import ParcelRows, Shelf, finish_parcels, write_parcel_rows
from deskapp.bench.requests_data import (
    EVENT_COLUMNS,
    REQUEST_COLUMNS,
    REVISIT_COLUMNS,
    RequestRows,
    TakenCall,
)
from deskapp.bench.stamps import stamp
from deskapp.db.dialect import (
    CALL_SEARCH,
    KEY_LOAN_SEARCH,
    REQUEST_SEARCH,
    VISIT_SEARCH,
    begin_bulk_fill,
    bulk_insert,
    continue_ids,
    drop_secondary_indexes,
    end_bulk_fill,
    index_records,
)
from deskapp.domain.calls.records import Category, DeliveredHow
from deskapp.domain.clock import Clock
from deskapp.domain.directory import HostOption
from deskapp.domain.identity import id18_check_char
from deskapp.domain.pinyin import readings
from deskapp.domain.records import Purpose
from deskapp.usecases.demo import DemoDay
from deskapp.usecases.demos.calls import SUBJECTS
from deskapp.usecases.demos.visitors import ITEMS, PLATES

SEED = 20261201
# A wider choice of names than the demo's, so that two characters pick out a few people.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳上官司马"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国玉志红梅海燕文辉晓东丹三思帅"
    "淑生森胜爽松帆峰飞凤刚浩宏鸿佳嘉杰婧俊凯康岚雷蕾林琳玲龙梦敏娜宁鹏萍琪倩青蓉瑞睿珊"
    "诗婷薇玮欣新鑫雪雅妍燕阳怡毅颖宇雨玉源悦云泽哲振政志智忠梓子"
)
COMPANIES = ("华为技术有限公司", "顺丰速运", "京东物流", "美团配送", "中国平安保险", "招商银行",
             "德勤咨询", "万科物业", "腾讯科技", "碧桂园装饰", "东方雨虹防水", "格力空调售后",
             "链家地产", "中通快递", "新东方教育", "深圳市星光电子有限公司", "中建三局",
             "南山区税务局", "迈瑞医疗", "比亚迪汽车", "", "", "")
DECLINE_MESSAGES = ("今天不在公司，请改约", "会议中，留言稍后回电")
CALL_MESSAGES = ("请尽快回电", "快递已放前台，请来取", "明天上午来访")
CALLBACK_RESULTS = ("已回电，问题已解决", "已回电，约明天上门")
BATCH = 20_000

VISIT_COLUMNS = (
    "id", "pass_no", "visitor_id", "name", "id_type", "id_number", "phone", "company",
    "party_size", "purpose", "host_unit_id", "host_department_id", "host_label",
    "host_response", "host_message", "appointment_at", "plate", "items", "note",
    "temp_pass_id", "exempt", "deny_override_reason", "time_in", "time_out", "valid_until",
    "created_at", "created_by")
CALL_COLUMNS = (
    "id", "direction", "caller_name", "phone", "about_unit_id", "about_department_id",
    "about_label", "category", "subject", "notes", "transferred_to", "started_at", "ended_at",
    "callback_due", "callback_done_at", "callback_result", "callback_done_by",
    "for_callback_id", "created_at", "created_by")
MESSAGE_COLUMNS = ("call_id", "recipient", "text", "delivered_at", "delivered_to",
                    "delivered_how", "delivered_by", "created_at", "created_by")
VISITOR_COLUMNS = ("id", "name", "id_type", "id_number", "phone", "company", "plate",
                    "exempt", "last_visit_id", "visit_count", "last_seen")
# Tables written in bulk, whose secondary indexes are dropped and built again once (on
# SQLite the search index's tables have none; on PostgreSQL the n-grams' GIN index).
BULK_TABLES = ("visit", "visitor", "hostresponseevent", "visitevent", "call", "callmessage",
                "request", "requestevent", "revisit", "keyloan", "keyreturn", "keyevent",
                "parcel", "parcelpickup", VISIT_SEARCH.readings.name, CALL_SEARCH.readings.name,
                REQUEST_SEARCH.readings.name, KEY_LOAN_SEARCH.readings.name, *FEE_BULK_TABLES)
# Tables whose rows are written with their ids.
NUMBERED = ("visit", "visitor", "call", "request", "keyset", "keydeposit", "keyauthorisation",
            "keyloan", "parcel", "parcelpickup", *FEE_NUMBERED)


@dataclass
class Person:
    name: str
    id_number: str
    phone: str
    company: str
    plate: str


@dataclass
class Plan:
    """What the generator writes, and the ids it continues from."""

    hosts: list[HostOption]
    operator: str
    next_visit: int = 1
    next_call: int = 1
    next_request: int = 1
    request_serials: dict[int, int] = field(default_factory=dict)  # year → last number
    people: list[Person] = field(default_factory=list)
    visitor_ids: list[int] = field(default_factory=list)  # 0: not on record yet
    next_visitor: int = 1
    counts: list[int] = field(default_factory=list)  # visits per person
    last_visit: list[int] = field(default_factory=list)
    last_seen: list[dt.datetime | None] = field(default_factory=list)
    cabinet: Cabinet = field(default_factory=Cabinet)  # the key sets, as the last run left them
    shelf: Shelf = field(default_factory=Shelf)  # the parcels, as the last run left them


def spread(total: int, days: list[DemoDay], rng: random.Random, seed: int) -> list[int]:
    """``total`` records over ``days``: fewer at weekends, a few days of events."""
    weights = []
    for day in days:
        weight = {5: 0.45, 6: 0.3}.get(day.day.weekday(), 1.0)
        if random.Random(seed * 7919 + day.day.toordinal()).random() < 0.01:
            weight *= 2.5  # a trade fair upstairs, a move-in day
        span = (day.end - day.opening).total_seconds() / (8 * 3600 + 40 * 60)
        weights.append(weight * min(1.0, span))
    scale = total / sum(weights) if weights else 0
    counts, carried = [], 0.0
    for weight in weights:
        carried += weight * scale
        counts.append(int(carried) - sum(counts))
    if counts:
        counts[-1] += total - sum(counts)
    return counts


def add_people(plan: Plan, rng: random.Random, size: int) -> None:
    areas = ("110105", "310104", "440305", "330106", "510107", "320102", "440106", "420106")
    for _ in range(size):
        surname = rng.choice(SURNAMES[:-8]) if rng.random() < 0.97 else rng.choice(
            ("欧阳", "上官", "司马", "诸葛"))
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
        id_number = ""
        if rng.random() < 0.8:
            birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 45))
            first17 = rng.choice(areas) + birth.strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
            id_number = first17 + id18_check_char(first17)
        plate = ""
        if rng.random() < 0.3:
            plate = rng.choice(PLATES) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
                                                 for _ in range(5))
        plan.people.append(Person(surname + given, id_number, _mobile(rng),
                                   rng.choice(COMPANIES), plate))
    plan.visitor_ids = [0] * size
    plan.counts = [0] * size
    plan.last_visit = [0] * size
    plan.last_seen = [None] * size


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


def _moments(day: DemoDay, count: int, rng: random.Random) -> list[dt.datetime]:
    span = int((day.end - day.opening).total_seconds())
    return sorted(day.opening + dt.timedelta(seconds=rng.randrange(max(1, span)),
                                             microseconds=rng.randrange(1_000_000))
                  for _ in range(count))


def write_days(engine: Engine, plan: Plan, rng: random.Random, clock: Clock,
               real_now: dt.datetime, days: list[DemoDay],
               paces: list[tuple[int, int, int, int, int]], *, fresh: bool,
               finish: Callable[[Connection], None] | None = None, receipts: int = 0) -> None:
    """The days' rows (``paces``: visits, calls, requests, key loans and parcels of each)
    in one transaction, and about ``receipts`` fee receipts with their bills (new data only),
    ``finish`` the last thing in it; ``fresh``: into new data nobody else uses yet."""
    with engine.connect() as conn:
        if fresh:  # a private file until it is moved into place (or a bench's database)
            begin_bulk_fill(conn)
        conn.commit()  # SQLAlchemy's own bookkeeping: the pragmas began no transaction
        with conn.begin():
            rebuild = drop_secondary_indexes(conn, BULK_TABLES) if fresh else []
            writer = _Writer(conn, plan, rng, clock, real_now)
            fees = FeeRows(conn, random.Random(SEED + 7), clock, real_now, receipts) \
                if fresh and receipts else None
            for day, pace in zip(days, paces, strict=True):
                writer.day(day, *pace)
                if fees is not None:
                    fees.day(day)
            writer.flush()
            if fees is not None:
                fees.finish()
            writer.write_visitors(fresh=fresh)
            writer.write_request_counters(fresh=fresh)
            writer.finish_keys()
            writer.finish_parcels()
            for statement in rebuild:
                conn.exec_driver_sql(statement)
            continue_ids(conn, NUMBERED)
            if finish is not None:
                finish(conn)
        if fresh:
            end_bulk_fill(conn)
            conn.commit()


class _Writer:
    """Rows of the days, written in batches."""

    def __init__(self, conn: Connection, plan: Plan, rng: random.Random, clock: Clock,
                 real_now: dt.datetime) -> None:
        self._conn, self._plan, self._rng, self._clock = conn, plan, rng, clock
        self._now = real_now
        self._visits: list[tuple[object, ...]] = []
        self._responses: list[tuple[object, ...]] = []
        self._events: list[tuple[object, ...]] = []
        self._calls: list[tuple[object, ...]] = []
        self._messages: list[tuple[object, ...]] = []
        self._visit_search: list[tuple[int, list[str], tuple[str, ...]]] = []
        self._call_search: list[tuple[int, list[str], tuple[str, ...]]] = []
        self._counters: list[tuple[str, int]] = []
        self._read = lru_cache(maxsize=None)(readings)
        # Their own generator: the visits and calls are the same with or without requests.
        self._requests = RequestRows(
            random.Random(SEED + 3 + (0 if plan.next_request == 1 else real_now.toordinal())),
            clock, real_now, plan.hosts, plan.operator, plan.next_request,
            plan.request_serials, self._read)
        # Who comes to the counter with a request: people of the building, often again.
        self._complainants = [(p.name, p.phone) for p in plan.people[:2000]]
        self._day_calls: list[TakenCall] = []
        # Their own generator too; borrowers show an ID unless they are staff.
        cabinet = plan.cabinet
        self._keys = KeyRows(
            random.Random(SEED + 5 + (real_now.toordinal() if cabinet.registered else 0)),
            clock, real_now, plan.operator, cabinet,
            [(p.name, p.phone, p.id_number, p.company) for p in plan.people[:3000]
             if p.id_number], self._read)
        self._keys_begun = False
        # Their own generator too: the other rows are the same with or without parcels.
        self._parcels = ParcelRows(
            random.Random(SEED + 7 + (real_now.toordinal() if plan.shelf.next_parcel > 1
                                      else 0)),
            clock, real_now, plan.operator, plan.shelf, plan.hosts,
            [(p.name, p.phone, p.id_number, p.company) for p in plan.people[:3000]
             if p.id_number] or [("张三", "13800138000", "11010519491231002X", "")])
        if plan.shelf.waiting:
            self._parcels.collect_left_waiting()
        size = len(plan.people)
        # Couriers and cleaners come every day; most people come once or twice.
        self._regulars = list(range(min(20, size)))

    def _pick(self) -> int:
        rng, size = self._rng, len(self._plan.people)
        if rng.random() < 0.08:
            return rng.choice(self._regulars)
        return int(size * rng.random() ** 2)

    def day(self, day: DemoDay, visits: int, calls: int, requests: int, key_loans: int,
            parcels: int = 0) -> None:
        prefix = "V" + day.day.strftime("%y%m%d")
        valid_until = stamp(self._clock.day_bounds(day.day)[1] - dt.timedelta(seconds=1))
        for number, moment in enumerate(_moments(day, visits, self._rng), start=1):
            self._visit(moment, f"{prefix}-{number:04d}", valid_until, day.days_ago)
        if visits:
            self._counters.append((f"visit-pass:{prefix}", visits))
        self._day_calls.clear()
        for moment in _moments(day, calls, self._rng):
            self._call(moment)
        self._requests.day(_moments(day, requests, self._requests.rng), self._complainants,
                           self._day_calls)
        if not self._keys_begun:
            self._keys_begun = True
            if self._plan.cabinet.registered:
                self._keys.bring_back_left_out()
            else:  # the cabinet hung the day before the first loans
                self._keys.register(self._plan.hosts, day.opening - dt.timedelta(days=1))
        self._keys.day(_moments(day, key_loans, self._keys.rng))
        self._parcels.day(_moments(day, parcels, self._parcels.rng))
        if len(self._visits) + len(self._calls) + len(self._requests) + len(self._keys) \
                + len(self._parcels) >= BATCH:
            self.flush()

    def _visit(self, moment: dt.datetime, pass_no: str, valid_until: str | None,
               days_ago: int) -> None:
        rng, plan = self._rng, self._plan
        person_at = self._pick()
        person = plan.people[person_at]
        visit_id = plan.next_visit
        plan.next_visit += 1
        host = rng.choice(plan.hosts)
        answered = moment + dt.timedelta(minutes=rng.randint(1, 4))
        leave = moment + dt.timedelta(minutes=rng.randint(10, 150))
        response, message, time_out = "received", "", None
        if answered > self._now:
            response, answered = "pending", None
        elif rng.random() < 0.08:
            response, message, time_out = "declined", rng.choice(DECLINE_MESSAGES), answered
        elif days_ago > 0 or leave < self._now - dt.timedelta(minutes=20):
            time_out = leave
        if answered is not None:
            self._responses.append((visit_id, stamp(answered), response, message, None,
                                    plan.operator))
        if time_out is not None and response == "received":
            self._events.append((visit_id, stamp(time_out), "checked_out", plan.operator))
        if not plan.visitor_ids[person_at]:  # the first visit puts a person on record
            plan.visitor_ids[person_at] = plan.next_visitor
            plan.next_visitor += 1
        self._visits.append((
            visit_id, pass_no, plan.visitor_ids[person_at], person.name, "resident",
            person.id_number, person.phone, person.company, rng.choice((1, 1, 1, 2, 2, 3)),
            rng.choice(tuple(Purpose)).value,
            host.id if host.kind == "unit" else None,
            host.id if host.kind == "department" else None, host.label, response, message,
            None, person.plate, rng.choice(ITEMS), "", None, 0, "", stamp(moment),
            stamp(time_out), valid_until, stamp(moment), plan.operator))
        self._visit_search.append((visit_id, [person.name, person.phone, person.company,
                                              host.label, person.plate, pass_no],
                                   self._read(person.name)))
        plan.counts[person_at] += 1
        plan.last_visit[person_at] = visit_id
        plan.last_seen[person_at] = moment

    def _call(self, moment: dt.datetime) -> None:
        rng, plan = self._rng, self._plan
        call_id = plan.next_call
        plan.next_call += 1
        category = rng.choice(tuple(Category))
        host = rng.choice(plan.hosts)
        caller = (plan.people[self._pick()].name if rng.random() < 0.5
                  else rng.choice(SURNAMES[:-8]) + rng.choice(GIVEN))
        phone = _mobile(rng)
        wants_message = category is Category.MESSAGE or rng.random() < 0.08
        wants_callback = not wants_message and rng.random() < 0.15
        ended = moment + dt.timedelta(seconds=rng.randint(30, 240))
        settle = moment + dt.timedelta(minutes=rng.randint(20, 90))
        settled = settle <= self._now - dt.timedelta(minutes=10)
        due = moment + dt.timedelta(minutes=30) if wants_callback else None
        subject = rng.choice(SUBJECTS[category])
        transferred = rng.choice(("", "", "工程部", "安保部"))
        done = settle if due is not None and settled else None
        self._calls.append((
            call_id, "in", caller, phone, host.id if host.kind == "unit" else None,
            host.id if host.kind == "department" else None, host.label, category.value,
            subject, "", transferred, stamp(moment), stamp(ended), stamp(due),
            stamp(done), rng.choice(CALLBACK_RESULTS) if done else "",
            plan.operator if done else "", None, stamp(ended), plan.operator))
        if wants_message:
            delivered = settle if settled else None
            self._messages.append((
                call_id, host.label, rng.choice(CALL_MESSAGES), stamp(delivered),
                host.label if delivered else "",
                rng.choice(tuple(DeliveredHow)).value if delivered else "",
                plan.operator if delivered else "", stamp(ended), plan.operator))
        self._call_search.append((call_id, [caller, phone, host.label, subject],
                                  self._read(caller)))
        if category in (Category.REPAIR, Category.COMPLAINT):
            self._day_calls.append(TakenCall(
                call_id, moment, category.value, caller, phone, host.label,
                host.id if host.kind == "unit" else None, subject))

    def flush(self) -> None:
        conn = self._conn
        for table, columns, rows in (
                ("visit", VISIT_COLUMNS, self._visits),
                ("hostresponseevent", ("visit_id", "at", "response", "message",
                                       "appointment_at", "created_by"), self._responses),
                ("visitevent", ("visit_id", "at", "kind", "created_by"), self._events),
                ("call", CALL_COLUMNS, self._calls),
                ("callmessage", MESSAGE_COLUMNS, self._messages),
                ("counter", ("series", "value"), self._counters),
                ("request", REQUEST_COLUMNS, self._requests.requests),
                ("requestevent", EVENT_COLUMNS, self._requests.events),
                ("revisit", REVISIT_COLUMNS, self._requests.revisits)):
            bulk_insert(conn, table, columns, rows)
            rows.clear()
        write_key_rows(conn, self._keys)
        write_parcel_rows(conn, self._parcels)
        index_records(conn, VISIT_SEARCH, self._visit_search)
        index_records(conn, CALL_SEARCH, self._call_search)
        index_records(conn, REQUEST_SEARCH, self._requests.search)
        self._visit_search.clear()
        self._call_search.clear()
        self._requests.clear()

    def write_request_counters(self, *, fresh: bool) -> None:
        """Each year's request numbers stand at the last one taken: a request taken
        afterwards goes on from there."""
        known = {} if fresh else self._plan.request_serials
        for series, value in self._requests.counters().items():
            year = int(series.rsplit("-", 1)[1])
            if year in known:
                self._conn.execute(text("UPDATE counter SET value = :value "
                                        "WHERE series = :series"),
                                   {"value": value, "series": series})
            else:
                bulk_insert(self._conn, "counter", ("series", "value"), [(series, value)])

    def finish_keys(self) -> None:
        """The key sets' states and the key number series, once every loan is written."""
        finish_keys(self._conn, self._keys)

    def finish_parcels(self) -> None:
        """The parcel number series, once every parcel is written."""
        finish_parcels(self._conn, self._parcels)

    def write_visitors(self, *, fresh: bool) -> None:
        plan = self._plan
        rows = []
        for at, person in enumerate(plan.people):
            if not plan.visitor_ids[at]:
                continue  # never came: not on record
            rows.append((plan.visitor_ids[at], person.name, "resident", person.id_number,
                         person.phone, person.company, person.plate, 1 if at < 3 else 0,
                         plan.last_visit[at] or None, plan.counts[at],
                         stamp(plan.last_seen[at])))
        rows.sort()
        if fresh:
            bulk_insert(self._conn, "visitor", VISITOR_COLUMNS, rows)
        else:
            self._conn.execute(text(
                "UPDATE visitor SET last_visit_id = :last, visit_count = :count, "
                "last_seen = :seen WHERE id = :id"),
                [{"last": r[8], "count": r[9], "seen": r[10], "id": r[0]} for r in rows])
