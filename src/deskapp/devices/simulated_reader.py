"""The built-in simulated ID-card reader: a queue of cards for tests, made-up cards for
practice.

Installed as ``simulated`` (pyproject.toml's ``deskapp.id_card_readers`` entry point, and
built in for a frozen app). The practice file's check-in uses it, so a newcomer can try
"Read ID card" without a reader or anyone's real card.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import deque
from collections.abc import Callable, Iterable

from deskapp.devices.id_card import (
    IdCardFields,
    IdCardReaderError,
    ReaderProblem,
    Sex,
)
from deskapp.domain.identity import id18_check_char

# Area codes of GB/T 2260 with a matching address and the police office that issues cards
# there: made-up people, but cards that look like the ones at a real counter.
PRACTICE_AREAS = (
    ("110105", "北京市朝阳区建国路88号院3号楼1单元502号", "北京市公安局朝阳分局"),
    ("310104", "上海市徐汇区漕溪北路201弄5号602室", "上海市公安局徐汇分局"),
    ("440305", "广东省深圳市南山区科技园南路18号", "深圳市公安局南山分局"),
    ("510107", "四川省成都市武侯区人民南路四段12号附1号", "成都市公安局武侯区分局"),
    ("330106", "浙江省杭州市西湖区文三路90号东部软件园", "杭州市公安局西湖区分局"),
    ("420106", "湖北省武汉市武昌区中北路108号3栋2单元", "武汉市公安局武昌区分局"),
)
SURNAMES = tuple("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高") + ("欧阳", "司马")
GIVEN = ("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明",
         "超", "秀英", "志强", "建华", "晓燕", "子涵", "浩然", "雨桐", "喆", "堃")
ETHNICITIES = ("汉",) * 12 + ("回", "满", "壮", "蒙古", "维吾尔", "土家")


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def validity_years(age_at_issue: int) -> int | None:
    """How long a card issued at that age is valid (居民身份证法 art. 5); None: long-term."""
    if age_at_issue < 16:
        return 5
    if age_at_issue <= 25:
        return 10
    if age_at_issue <= 45:
        return 20
    return None


def _valid_to(birth: dt.date, issued: dt.date) -> dt.date | None:
    age = issued.year - birth.year - ((issued.month, issued.day) < (birth.month, birth.day))
    term = validity_years(age)
    return None if term is None else _years_after(issued, term)


def practice_card(rng: random.Random, today: dt.date) -> IdCardFields:
    """A made-up, valid, unexpired card of an adult: its number passes the GB 11643 check
    and agrees with its birth date and sex."""
    area, address, authority = rng.choice(PRACTICE_AREAS)
    birth = today - dt.timedelta(days=rng.randint(18 * 366, 75 * 365))
    sex = rng.choice((Sex.MALE, Sex.FEMALE))
    sequence = rng.randrange(500) * 2 + (1 if sex is Sex.MALE else 0)
    first17 = f"{area}{birth:%Y%m%d}{sequence:03d}"
    # Adults' cards are issued from 16; at 18 or older that was two years ago at least.
    valid_from = max(today - dt.timedelta(days=rng.randint(0, 19 * 365)),
                     _years_after(birth, 16))
    valid_to = _valid_to(birth, valid_from)
    if valid_to is not None and valid_to < today:
        # That card has expired: this person renewed it within the last year.
        valid_from = today - dt.timedelta(days=rng.randint(0, 365))
    return IdCardFields(
        name=rng.choice(SURNAMES) + rng.choice(GIVEN), sex=sex,
        ethnicity=rng.choice(ETHNICITIES),
        birth_date=birth, address=address, id_number=first17 + id18_check_char(first17),
        issuing_authority=authority, valid_from=valid_from,
        valid_to=_valid_to(birth, valid_from))


class SimulatedIdCardReader:
    """A reader without hardware.

    With ``cards`` (tests), each read hands over the next queued card, or raises the next
    queued :class:`IdCardReaderError`; an empty queue reads as "no card placed". Without
    ``cards`` (practice), a read with nothing queued makes up a card (:func:`practice_card`).
    ``connected`` False rehearses an unplugged reader.
    """

    NAME = "simulated"

    def __init__(self, cards: Iterable[IdCardFields | IdCardReaderError] | None = None, *,
                 seed: int | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._practice = cards is None
        self._queue: deque[IdCardFields | IdCardReaderError] = deque(cards or ())
        self._rng = random.Random(seed)
        self._today = today
        self.connected = True

    @property
    def name(self) -> str:
        """``simulated``."""
        return self.NAME

    def put(self, *cards: IdCardFields | IdCardReaderError) -> None:
        """Queue cards (or failures) for the next reads."""
        self._queue.extend(cards)

    def read(self, timeout_s: float) -> IdCardFields | None:
        """The next queued card at once (no wait), a made-up one in practice, or None."""
        if not self.connected:
            raise IdCardReaderError(ReaderProblem.NO_READER)
        if self._queue:
            item = self._queue.popleft()
            if isinstance(item, IdCardReaderError):
                raise item
            return item
        if self._practice:
            return practice_card(self._rng, self._today())
        return None
