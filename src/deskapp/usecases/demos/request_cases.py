"""What tenants bring to the counter of an office tower, as the request log's demo and the
bench tell it: complaints, repairs, inquiries and suggestions, each with the department
that handles it and how it ends."""

from __future__ import annotations

from dataclasses import dataclass

from deskapp.domain.requests.records import Grounds, Kind, Nature, Severity


@dataclass(frozen=True)
class Case:
    """One kind of request: what is said, who handles it, what is done about it."""

    kind: Kind
    content: str
    department: str
    note: str  # the first progress note
    result: str  # as the department writes it on the form
    rectification: str = ""  # for a complaint: what changes so it does not happen again
    nature: Nature = Nature.VALID
    severity: Severity = Severity.GENERAL
    grounds: Grounds | None = None


_C, _R, _I, _S = Kind.COMPLAINT, Kind.REPAIR, Kind.INQUIRY, Kind.SUGGESTION
_HELP, _ASK, _VENT = Nature.HELP_SEEKING, Nature.INQUIRY, Nature.VENTING
_IMPORTANT = Severity.IMPORTANT

REPAIRS = (
    Case(_R, "卫生间洗手盆下水堵塞，水排不下去", "工程部", "已派维修工带疏通机上门",
         "疏通洗手盆下水管，清出毛发杂物，排水恢复正常", nature=_HELP),
    Case(_R, "办公室空调不制冷，下午室温三十度左右", "工程部", "维修工上门检查空调内机",
         "清洗空调滤网，补充冷媒，出风温度恢复正常", nature=_HELP),
    Case(_R, "走廊感应灯不亮，晚上下班很黑", "工程部", "电工到现场排查线路",
         "更换感应开关和两支灯管，照明恢复", nature=_HELP),
    Case(_R, "公司门禁刷卡没反应，员工进不了门", "工程部", "弱电维修员上门检查读卡器",
         "读卡器电源适配器损坏，已更换，刷卡正常", nature=_HELP),
    Case(_R, "茶水间水龙头关不紧，一直滴水", "工程部", "维修工上门查看",
         "更换水龙头阀芯，已不再滴水", nature=_HELP),
    Case(_R, "会议室墙上插座没电，投影仪用不了", "工程部", "电工上门检查配电箱",
         "该回路漏电开关跳闸，排除插座进水故障后恢复供电", nature=_HELP),
    Case(_R, "窗户关不严，下雨时雨水渗进来", "工程部", "维修工上门查看窗扇",
         "调整窗扇五金件，窗框外侧重新打胶密封", nature=_HELP),
    Case(_R, "卫生间马桶水箱一直流水", "工程部", "维修工上门检修",
         "更换水箱进水阀和止水皮垫，不再漏水", nature=_HELP),
    Case(_R, "办公室吊顶有水渍，怀疑楼上漏水", "工程部", "维修工到楼上单位排查",
         "楼上空调冷凝水管脱落，已重新接好固定，污损吊顶板已更换", nature=_HELP),
    Case(_R, "电梯厅呼梯按钮失灵，按了没反应", "工程部", "已通知电梯维保单位到场",
         "维保单位更换呼梯按钮板，电梯运行正常", nature=_HELP),
    Case(_R, "消防通道的防火门闭门器坏了，门关不上", "工程部", "维修工到现场查看",
         "更换防火门闭门器，门能自动关闭", nature=_HELP, severity=_IMPORTANT,
         grounds=Grounds.SAFETY),
)

COMPLAINTS = (
    Case(_C, "楼上装修电钻声太大，午休时间也在施工", "安保部", "保安到楼上装修现场查看",
         "已制止午休时间施工，并向装修单位重申施工时间（8:30–12:00，14:00–18:00）",
         "装修巡查每天中午增加一次"),
    Case(_C, "早上电梯等候时间太长，经常要等五分钟以上", "工程部", "工程部观察早高峰运行情况",
         "早高峰 8:30–9:30 改为分层运行，另开一台直达高区",
         "早高峰安排秩序维护员在大堂疏导"),
    Case(_C, "卫生间保洁不及时，下午经常没有纸巾", "保洁部", "保洁领班到楼层检查",
         "下午增加两次巡查补充纸巾和洗手液", "保洁巡查表增加纸巾、洗手液检查项"),
    Case(_C, "大堂拖地没放警示牌，我差点滑倒", "保洁部", "保洁领班核实当班情况",
         "已对当班保洁员提醒教育，拖地时必须放置“小心地滑”警示牌",
         "保洁作业前检查警示牌，纳入每日考核", severity=_IMPORTANT, grounds=Grounds.SAFETY),
    Case(_C, "快递员把包裹堆在大堂，影响进出", "安保部", "保安到大堂清理通道",
         "已划定快递临时存放区，通知各快递员按区域放置", "大堂岗每小时巡查一次通道"),
    Case(_C, "地下车库我的固定车位经常被别的车占用", "安保部", "保安联系占位车主挪车",
         "已联系车主挪车并警告，车位加装地锁", "车库岗加强对固定车位的巡查"),
    Case(_C, "垃圾房异味很大，清运不及时", "保洁部", "保洁部查看垃圾房",
         "垃圾房已冲洗消毒，清运改为每天两次", "夏季每天喷洒除臭剂"),
    Case(_C, "这个月空调分摊费用比上月多了很多，怀疑算错了", "财务部", "财务部核对抄表数据",
         "核对抄表数据无误，费用增加是因本月加时空调较多，已向客户逐项说明",
         nature=_ASK),
    Case(_C, "晚上加班时大楼空调提前关了", "工程部", "工程部核查空调运行时间",
         "已告知加时空调需提前一天到前台申请，本次已为客户补开两小时",
         "空调关闭前在电梯内张贴提示", nature=_HELP),
    Case(_C, "停车费又涨了，太不合理", "客服中心", "客服向客户解释收费标准",
         "已说明停车收费标准经物价部门备案，客户表示理解", nature=_VENT),
    Case(_C, "前台接电话语气不耐烦", "客服中心", "客服主管了解当时情况",
         "已对当班客服批评教育，主管致电客户道歉", "客服中心组织一次电话礼仪培训",
         severity=_IMPORTANT, grounds=Grounds.ATTITUDE),
    Case(_C, "同样的报修，不同维修工收费标准不一样", "工程部", "工程部核对维修收费单",
         "统一按公示的有偿维修价目表收费，多收的 30 元已退还客户",
         "维修收费单须客户签字确认并附价目表", severity=_IMPORTANT,
         grounds=Grounds.CONSISTENCY),
)

INQUIRIES = (
    Case(_I, "咨询停车月卡办理需要哪些材料", "客服中心", "",
         "已告知需带行驶证、身份证复印件和租赁合同到前台办理", nature=_ASK),
    Case(_I, "询问这个月停水检修的具体时间", "工程部", "向工程部确认停水安排",
         "已答复：本周六 9:00–15:00 清洗二次供水水箱，届时停水", nature=_ASK),
    Case(_I, "咨询装修申请流程和施工保证金", "客服中心", "",
         "已提供装修申请表，说明施工保证金标准和三个工作日的审批时间", nature=_ASK),
    Case(_I, "询问物业费发票什么时候能开", "财务部", "向财务部确认开票时间",
         "已答复：缴费后三个工作日内凭收据到财务部换开发票", nature=_ASK),
    Case(_I, "咨询周末能不能搬家进场", "安保部", "",
         "已答复：周末可以搬家，需提前一天到前台办理放行登记", nature=_ASK),
)

SUGGESTIONS = (
    Case(_S, "建议在大堂放雨伞架和伞套机，下雨天地面很滑", "客服中心", "报客服经理研究",
         "建议已采纳，大堂入口已放置伞套机和雨伞架"),
    Case(_S, "建议地下车库增加电动汽车充电桩", "工程部", "工程部评估电力容量",
         "已报公司立项，明年一季度在 B2 层增设 10 个充电桩"),
    Case(_S, "建议在电梯里张贴各楼层企业导览", "客服中心", "",
         "已制作楼层导览牌，本周内安装到各电梯轿厢"),
    Case(_S, "建议卫生间隔间里加装挂钩", "工程部", "工程部统计需加装的数量",
         "各楼层卫生间隔间已加装挂钩"),
    Case(_S, "建议周六也供应空调到下午六点", "工程部", "工程部测算运行费用",
         "已答复：周六可按需申请加时空调，费用按加时标准分摊"),
)

# Who does the work in each department (a progress note names the handler).
HANDLERS = {
    "工程部": ("刘师傅", "张师傅", "电工小王"),
    "安保部": ("保安队长赵强", "秩序维护员孙磊"),
    "保洁部": ("保洁领班周红",),
    "财务部": ("财务部黄会计",),
    "客服中心": ("客服主管李建国",),
    "招商部": ("招商部林经理",),
}

# The calls the call log's demo takes, as requests: kind, department, note, result.
FROM_CALLS = {
    "卫生间漏水": ("工程部", "维修工上门查看漏点", "更换洗手盆下水管接头，不再漏水"),
    "空调不制冷": ("工程部", "维修工上门检查空调", "清洗滤网、补充冷媒，制冷恢复"),
    "走廊灯不亮": ("工程部", "电工到现场排查", "更换灯管，照明恢复"),
    "门禁卡失灵": ("工程部", "弱电维修员重新写卡", "门禁卡已重新授权，刷卡正常"),
    "楼上噪音扰民": ("安保部", "保安到楼上单位了解情况", "已提醒楼上单位控制音量，噪音已停止"),
    "电梯等候时间太长": ("工程部", "工程部观察电梯运行", "已调整高峰时段运行模式"),
    "保洁不及时": ("保洁部", "保洁领班到现场检查", "已补做清洁，增加该楼层巡查频次"),
}

FINAL_OPINIONS = ("满意，谢谢", "处理很及时，非常满意", "基本满意", "维修师傅很专业", "满意")
EFFECTS = ("问题已解决，使用正常", "处理后没有再出现", "效果不错", "已恢复正常")
SUGGESTIONS_AT_REVISIT = ("", "", "", "希望以后维修前先电话联系", "希望处理能再快一点")
PAUSE_REASONS = ("客户出差，等客户回来后约时间上门", "需进入室内维修，客户今天不在办公室",
                 "等客户确认维修报价")
