"""The notices' demo: a few notices drafted at the desk from the templates over the last
weeks — a water interruption, lift maintenance, a fire drill (in Chinese and in English for
the offices' foreign staff), the holiday hours — one of them withdrawn when the work was
put off. Made once, on a file that has no notice yet; nothing on a file of real records.
"""

from __future__ import annotations

import datetime as dt
import re

from deskapp.domain.checks import FIRST_DAY
from deskapp.domain.services.notice_templates import (
    Blank,
    NoticeLanguage,
    NoticeTemplate,
    draft,
)
from deskapp.domain.services.notices import NoticeFilter, NoticeInput, NoticeQuery
from deskapp.usecases.demo import DemoContext, DemoDay, DemoModule

ZH, EN = NoticeLanguage.ZH, NoticeLanguage.EN
# Days before today each is issued, its template and language, what fills its blanks
# (the event itself a few days after the notice), and why it was withdrawn ("" for never).
NOTICES: tuple[tuple[int, NoticeTemplate, NoticeLanguage, dict[Blank, str], str], ...] = (
    (20, NoticeTemplate.WATER, ZH, {Blank.AREA: "A座10至18层", Blank.DATE: "{d3}",
                                    Blank.TIME: "9:00至16:00"}, ""),
    (12, NoticeTemplate.LIFT, ZH, {Blank.AREA: "3号客梯", Blank.DATE: "{d2}",
                                   Blank.TIME: "14:00至17:00"}, "维保单位改期，另行通知"),
    (9, NoticeTemplate.FIRE_DRILL, ZH, {Blank.AREA: "A座全体楼层", Blank.DATE: "{d5}",
                                        Blank.TIME: "15:00"}, ""),
    (9, NoticeTemplate.FIRE_DRILL, EN, {Blank.AREA: "Tower A, all floors",
                                        Blank.DATE: "{e5}", Blank.TIME: "at 15:00"}, ""),
    (4, NoticeTemplate.POWER, ZH, {Blank.AREA: "B1停车场及一楼大堂", Blank.DATE: "{d6}",
                                   Blank.TIME: "22:00至次日6:00"}, ""),
    (2, NoticeTemplate.HOLIDAY, ZH, {Blank.HOLIDAY: "{h9}", Blank.DATE: "{d9}至{d11}",
                                     Blank.TIME: "9:00至17:00"}, ""),
)
WEEKDAYS_ZH = "一二三四五六日"
# The public holiday nearest a month, near enough for made-up holiday hours.
HOLIDAYS = ("春节", "春节", "清明节", "清明节", "劳动节", "端午节", "端午节", "中秋节", "中秋节",
            "国庆节", "元旦", "元旦")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def _when(text: str, issued: dt.date) -> str:
    """``{d3}``: three days after ``issued`` in Chinese; ``{e5}`` five days after in English;
    ``{h9}`` the holiday of nine days after."""
    def day(match: re.Match[str]) -> str:
        at = issued + dt.timedelta(days=int(match.group(2)))
        if match.group(1) == "h":
            return HOLIDAYS[at.month - 1]
        if match.group(1) == "d":
            return f"{at.month}月{at.day}日（星期{WEEKDAYS_ZH[at.weekday()]}）"
        return f"{WEEKDAYS_EN[at.weekday()]} {at.day} {MONTHS_EN[at.month - 1]}"

    return re.sub(r"\{([deh])(\d+)\}", day, text)


class NoticesDemo:
    """The notices of the last three weeks, made once (with the demo's first day)."""

    def __init__(self, demo: DemoContext) -> None:
        self._notices = demo.domain.notices
        self._now = demo.real_now
        self._idle = not demo.domain.settings.load().demo
        self._done = False

    def day(self, demo: DemoContext, day: DemoDay) -> int:
        if self._done or self._idle:
            return 0
        self._done = True
        notices = self._notices
        clock = notices.clock
        today = clock.local(self._now).date()
        if notices.page(NoticeQuery(FIRST_DAY, today, only=NoticeFilter.ALL), limit=1):
            return 0
        for days_ago, template, language, blanks, withdrawn in NOTICES:
            issued = today - dt.timedelta(days=days_ago)
            demo.at(clock.at_local(issued, 9, 40))
            text = draft(template, language).filled(
                {blank: _when(value, issued) for blank, value in blanks.items()})
            row = notices.issue(NoticeInput(text.title, text.body, language=language,
                                            template=template))
            if withdrawn:
                demo.at(clock.at_local(issued + dt.timedelta(days=1), 10, 15))
                notices.withdraw(row.id, withdrawn)
        return len(NOTICES)

    def finish(self, demo: DemoContext) -> None:
        demo.at(self._now)


NOTICES_DEMO = DemoModule("notices", NoticesDemo)
