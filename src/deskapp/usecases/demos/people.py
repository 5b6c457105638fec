"""Made-up people, phones, companies and ID numbers that look like the real thing."""

from __future__ import annotations

import datetime as dt
import random

from deskapp.domain.identity import id18_check_char

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰志强红梅海燕文辉晓东丹丹"
COMPANIES = ("华为技术有限公司", "顺丰速运", "京东物流", "美团配送", "中国平安保险", "招商银行",
             "德勤咨询", "万科物业", "腾讯科技", "碧桂园装饰", "东方雨虹防水", "格力空调售后",
             "链家地产", "中通快递", "新东方教育", "")


def name(rng: random.Random) -> str:
    """A Chinese name of two or three characters."""
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
    return rng.choice(SURNAMES) + given


def mobile(rng: random.Random) -> str:
    """A mainland mobile number."""
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def resident_id(rng: random.Random) -> str:
    """A resident ID number with a real area code, a birth date and a correct check digit."""
    area = rng.choice(("110105", "310104", "440305", "330106", "510107", "320102"))
    birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 40))
    first17 = area + birth.strftime("%Y%m%d") + f"{rng.randrange(0, 1000):03d}"
    return first17 + id18_check_char(first17)
