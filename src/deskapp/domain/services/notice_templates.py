"""The notices the desk posts most, ready to fill in (物业通知模板): water and power
interruptions, lift maintenance, a fire drill, holiday hours — each in Chinese and in
English, whichever the notice is written in (not the language of the window).

A template leaves blanks for what changes from one notice to the next — 【日期】【时间】
【区域】【节日】 in Chinese, [date] [time] [area] [holiday] in English — which the
receptionist fills in; a notice is not issued while a blank is left.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from deskapp.i18n import translate


class NoticeLanguage(StrEnum):
    """The language a notice is written in."""

    ZH = "zh_CN"
    EN = "en"

    def label(self) -> str:
        """The language in the user's language."""
        return {NoticeLanguage.ZH: translate("NoticeLanguage", "Chinese"),
                NoticeLanguage.EN: translate("NoticeLanguage", "English")}[self]


class Blank(StrEnum):
    """What a template leaves to fill in."""

    DATE = "date"
    TIME = "time"
    AREA = "area"
    HOLIDAY = "holiday"

    def mark(self, language: NoticeLanguage) -> str:
        """How the blank reads in a notice of ``language``: 【日期】 or [date]."""
        if language is NoticeLanguage.ZH:
            return {Blank.DATE: "【日期】", Blank.TIME: "【时间】", Blank.AREA: "【区域】",
                    Blank.HOLIDAY: "【节日】"}[self]
        return f"[{self.value}]"


class NoticeTemplate(StrEnum):
    """Where a notice started: a template, or a blank page."""

    BLANK = "blank"
    WATER = "water"
    POWER = "power"
    LIFT = "lift"
    FIRE_DRILL = "fire_drill"
    HOLIDAY = "holiday"

    def label(self) -> str:
        """The template in the user's language."""
        return {NoticeTemplate.BLANK: translate("NoticeTemplate", "Blank notice"),
                NoticeTemplate.WATER: translate("NoticeTemplate", "Water interruption"),
                NoticeTemplate.POWER: translate("NoticeTemplate", "Power interruption"),
                NoticeTemplate.LIFT: translate("NoticeTemplate", "Lift maintenance"),
                NoticeTemplate.FIRE_DRILL: translate("NoticeTemplate", "Fire drill"),
                NoticeTemplate.HOLIDAY: translate("NoticeTemplate", "Holiday hours")}[self]


@dataclass(frozen=True)
class NoticeDraft:
    """A template's title and body in one language, its blanks not yet filled in."""

    title: str
    body: str
    language: NoticeLanguage
    template: NoticeTemplate

    @property
    def blanks(self) -> tuple[Blank, ...]:
        """The blanks it leaves, in the order of :class:`Blank`."""
        text = self.title + self.body
        return tuple(blank for blank in Blank if blank.mark(self.language) in text)

    def filled(self, values: dict[Blank, str]) -> NoticeDraft:
        """The draft with the blanks given filled in (one left empty stays a blank)."""
        return NoticeDraft(fill_blanks(self.title, self.language, values),
                           fill_blanks(self.body, self.language, values), self.language,
                           self.template)


_ZH_GREETING = "尊敬的各位业主、租户："
_ZH_CONTACT = "如有疑问，请联系物业服务中心前台。"
_EN_GREETING = "Dear owners and tenants,"
_EN_CONTACT = "For any questions, please contact the reception desk of the property service " \
    "centre."

_TEXTS: dict[tuple[NoticeTemplate, NoticeLanguage], tuple[str, str]] = {
    (NoticeTemplate.WATER, NoticeLanguage.ZH): ("停水通知", "\n".join((
        _ZH_GREETING,
        "因【区域】供水管道检修，定于【日期】【时间】暂停供水，恢复时间视施工进度而定。"
        "请提前做好储水准备；停水期间请关闭水龙头，以免恢复供水时跑水。",
        "由此带来的不便，敬请谅解。" + _ZH_CONTACT))),
    (NoticeTemplate.WATER, NoticeLanguage.EN): ("Water supply interruption", "\n".join((
        _EN_GREETING,
        "Because the water pipes serving [area] are being repaired, the water supply will be "
        "off on [date], [time]; it returns as soon as the work allows. Please store some "
        "water beforehand, and keep your taps closed meanwhile so that no water runs when "
        "the supply comes back.",
        "We apologise for the inconvenience. " + _EN_CONTACT))),
    (NoticeTemplate.POWER, NoticeLanguage.ZH): ("停电通知", "\n".join((
        _ZH_GREETING,
        "因【区域】供电线路检修，定于【日期】【时间】暂停供电。停电期间电梯、门禁及公共照明"
        "将受影响，请提前保存电脑资料并关闭用电设备，冰箱内食品请妥善处理。",
        "由此带来的不便，敬请谅解。" + _ZH_CONTACT))),
    (NoticeTemplate.POWER, NoticeLanguage.EN): ("Power interruption", "\n".join((
        _EN_GREETING,
        "Because the electrical supply to [area] is being serviced, the power will be off on "
        "[date], [time]. Lifts, access control and common lighting will be affected. Please "
        "save your work and switch off computers and other equipment beforehand.",
        "We apologise for the inconvenience. " + _EN_CONTACT))),
    (NoticeTemplate.LIFT, NoticeLanguage.ZH): ("电梯维护保养通知", "\n".join((
        _ZH_GREETING,
        "为保障电梯安全运行，我司定于【日期】【时间】对【区域】进行维护保养，保养期间该电梯"
        "暂停使用，请改乘其他电梯或走楼梯。",
        "由此带来的不便，敬请谅解。感谢您的理解与配合！"))),
    (NoticeTemplate.LIFT, NoticeLanguage.EN): ("Lift maintenance", "\n".join((
        _EN_GREETING,
        "To keep the lifts safe, [area] will be serviced on [date], [time] and will be out "
        "of use meanwhile. Please use the other lifts or the stairs.",
        "We apologise for the inconvenience and thank you for your understanding."))),
    (NoticeTemplate.FIRE_DRILL, NoticeLanguage.ZH): ("消防演练通知", "\n".join((
        _ZH_GREETING,
        "为提高大厦全体人员的消防安全意识和应急疏散能力，物业服务中心定于【日期】【时间】"
        "在【区域】举行消防疏散演练。演练期间将响起火警警报，请听从工作人员指挥，沿疏散通道"
        "有序撤离至集合点，切勿乘坐电梯。",
        "届时请各位积极参与，感谢您的配合！"))),
    (NoticeTemplate.FIRE_DRILL, NoticeLanguage.EN): ("Fire drill", "\n".join((
        _EN_GREETING,
        "To practise a safe evacuation, the property service centre will hold a fire drill "
        "in [area] on [date], [time]. The fire alarm will sound during the drill: please "
        "follow the staff's directions, leave by the evacuation routes to the assembly "
        "point, and do not use the lifts.",
        "Thank you for taking part."))),
    (NoticeTemplate.HOLIDAY, NoticeLanguage.ZH): ("【节日】期间服务时间安排", "\n".join((
        _ZH_GREETING,
        "【节日】期间（【日期】），物业服务中心前台服务时间调整为【时间】。其间安保、工程维修"
        "人员照常24小时值班，如遇紧急情况，请拨打物业服务中心值班电话。",
        "祝您节日快乐！"))),
    (NoticeTemplate.HOLIDAY, NoticeLanguage.EN): ("Service hours over [holiday]", "\n".join((
        _EN_GREETING,
        "Over [holiday] ([date]), the reception desk of the property service centre will be "
        "open [time]. Security and maintenance staff remain on duty around the clock; in an "
        "emergency, please call the property service centre's duty phone.",
        "We wish you a happy holiday!"))),
}


def draft(template: NoticeTemplate, language: NoticeLanguage) -> NoticeDraft:
    """``template``'s title and body in ``language`` (a blank notice: both empty)."""
    title, body = _TEXTS.get((NoticeTemplate(template), NoticeLanguage(language)), ("", ""))
    return NoticeDraft(title, body, NoticeLanguage(language), NoticeTemplate(template))


def fill_blanks(text: str, language: NoticeLanguage, values: dict[Blank, str]) -> str:
    """``text`` with each blank whose value is given (not empty) filled in."""
    for blank, value in values.items():
        if value.strip():
            text = text.replace(blank.mark(language), value.strip())
    return text


def blanks_left(text: str) -> list[str]:
    """The blanks of either language still in ``text`` (【日期】, [date] …), in order."""
    marks = {blank.mark(language) for blank in Blank for language in NoticeLanguage}
    found = [(text.find(mark), mark) for mark in marks if mark in text]
    return [mark for _at, mark in sorted(found)]
